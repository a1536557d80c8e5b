"""The bench scale over a simulated month: how fast weights are learned, how well the gate works.

The month: 200 SKUs with true unit weights (log-normal, median 180 g, 8 g to 4 kg; each unit varies
1.5 %), popular SKUs shipping far more than the rest (Zipf), 300 boxes a day for 30 days, 1 to 4
lines per box. Five carton sizes chosen by content weight, each carton's tare varying 3 % plus 0 to
20 g of void fill. A 2 g-resolution scale with 1 g noise. 1 % of boxes are mis-packed: one unit
missing or one unit too many of a line of the box.

Learning (`learn_weights`, nothing configured: every tare and unit weight learned) re-runs every
`--relearn` boxes, as a worker would; the gate judges each box with what was learned before it.
A stopped mis-pack is fixed and its corrected weight recorded; one that slips through is recorded
as weighed (an outlier for the learning to ignore).

Printed:
- boxes until a SKU's estimate is within 5 % of the truth (and stays so), and until learning
  declares it known (and whether it was right to);
- per tolerance: the share of boxes the gate could judge, its catch rate of mis-packs, its
  false-stop rate of correct boxes, and how often the named likely cause was right. The month's
  1 % mis-packs are few, so the catch rate is also measured on "what-if" boxes: every judged
  correct box weighed as if one unit were missing and as if one were too many.

    .venv/bin/python bench/scale_learning_bench.py [--days 30] [--boxes-per-day 300] [--seed 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
import statistics
import time
from dataclasses import dataclass

from packstation.domain.weighed_box import WeighedBox
from packstation.domain.weight_check import BoxLine, Verdict, WeightKnowledge, judge_box
from packstation.domain.weights import Tolerance, Weight
from packstation.services.weight_learning import learn_weights

TOLERANCES = (
    Tolerance.of(15, 2),
    Tolerance.of(20, 3),
    Tolerance.of(25, 3),
    Tolerance.of(25, 4),
    Tolerance.of(30, 4),
    Tolerance.of(40, 5),
)
DEFAULT = Tolerance.of(25, 4)
BOX_SIZES = (("S", 60.0, 300.0), ("M", 120.0, 1000.0), ("L", 220.0, 2500.0), ("XL", 380.0, 6e3))
BOX_HUGE = ("XXL", 650.0)


@dataclass
class Gate:
    tolerance: Tolerance
    judged: int = 0
    judged_mispacks: int = 0
    stopped_mispacks: int = 0
    judged_correct: int = 0
    stopped_correct: int = 0
    all_mispacks: int = 0
    causes_right: int = 0
    causes_named: int = 0
    boxes: int = 0
    # Every judged correct box also weighed as if one unit were missing, and one too many.
    what_ifs: int = 0
    what_ifs_caught: int = 0


def simulate(days: int, per_day: int, seed: int, relearn: int, box_sizes: bool = True) -> None:
    rng = random.Random(seed)
    n_skus = 200
    names = [f"SKU-{i:03d}" for i in range(n_skus)]
    truth = [min(max(rng.lognormvariate(math.log(180.0), 1.0), 8.0), 4000.0) for _ in names]
    popularity = [1.0 / rank for rank in range(1, n_skus + 1)]
    rng.shuffle(popularity)

    gates = [Gate(t) for t in TOLERANCES]
    knowledge = WeightKnowledge({}, {})
    records: list[WeighedBox] = []
    seen = [0] * n_skus  # shipped boxes containing each SKU
    within_since: dict[int, int] = {}  # sku -> box count when it came (and stayed) within 5 %
    declared_at: dict[int, int] = {}
    declared_wrong = 0
    solve_seconds: list[float] = []
    residual_scale, outliers = float("nan"), 0
    start = dt.datetime(2026, 11, 2, 8, tzinfo=dt.UTC)
    total = days * per_day

    for k in range(total):
        if k % relearn == 0 and records:
            t0 = time.perf_counter()
            learned = learn_weights(records)
            solve_seconds.append(time.perf_counter() - t0)
            knowledge = learned.knowledge
            residual_scale, outliers = learned.residual_scale, learned.outliers
            for i, name in enumerate(names):
                est = knowledge.unit_weights.get(name)
                close = est is not None and abs(est.grams - truth[i]) <= 0.05 * truth[i]
                if close:
                    within_since.setdefault(i, int(seen[i]))
                else:
                    within_since.pop(i, None)
                if est is not None and est.known and i not in declared_at:
                    declared_at[i] = int(seen[i])
                    declared_wrong += not close

        lines = _order(rng, popularity)
        mispack = rng.random() < 0.01
        packed = dict(lines)
        if mispack:
            sku = list(packed)[rng.randrange(len(packed))]
            packed[sku] += 1 if rng.random() < 0.5 else -1
        content = sum(truth[s] * q * (1 + 0.015 * rng.gauss(0.0, 1.0)) for s, q in packed.items())
        size_name, tare = _carton(sum(truth[s] * q for s, q in lines.items()))
        size = size_name if box_sizes else None
        carton = tare * (1 + 0.03 * rng.gauss(0.0, 1.0)) + rng.uniform(0, 20)
        grams = round((content + carton + rng.gauss(0.0, 1.0)) / 2) * 2
        box_lines = tuple(BoxLine(names[s], q) for s, q in lines.items())
        measured = Weight.grams(grams)

        what_if_sku = list(lines)[rng.randrange(len(lines))]
        unit_grams = truth[what_if_sku] * (1 + 0.015 * rng.gauss(0.0, 1.0))
        what_ifs = [
            Weight.grams(round(grams - unit_grams)),
            Weight.grams(round(grams + unit_grams)),
        ]
        caught_by_default = False
        for gate in gates:
            gate.boxes += 1
            gate.all_mispacks += mispack
            j = judge_box(measured, box_lines, knowledge, gate.tolerance, size)
            if j.verdict is Verdict.UNJUDGED:
                continue
            gate.judged += 1
            stopped = j.verdict is Verdict.STOP
            if mispack:
                gate.judged_mispacks += 1
                gate.stopped_mispacks += stopped
                if stopped and j.cause is not None:
                    gate.causes_named += 1
                    wrong_sku = next(s for s in packed if packed[s] != lines[s])
                    gate.causes_right += j.cause.sku == names[wrong_sku] and (
                        j.cause.units == packed[wrong_sku] - lines[wrong_sku]
                    )
            else:
                gate.judged_correct += 1
                gate.stopped_correct += stopped
                for what_if in what_ifs:
                    verdict = judge_box(what_if, box_lines, knowledge, gate.tolerance, size)
                    gate.what_ifs += 1
                    gate.what_ifs_caught += verdict.verdict is Verdict.STOP
            if gate.tolerance == DEFAULT:
                caught_by_default = stopped and mispack
        if caught_by_default:  # fixed at the bench, then re-weighed right
            grams = round((sum(truth[s] * q for s, q in lines.items()) + carton) / 2) * 2
            measured = Weight.grams(grams)
        records.append(
            WeighedBox(box_lines, size, measured, True, start + dt.timedelta(minutes=2 * k))
        )
        for s in lines:
            seen[s] += 1

    _report(truth, seen, within_since, declared_at, declared_wrong, knowledge, names, gates)
    print(
        f"\nlearning: {len(solve_seconds)} solves, last one over {len(records)} boxes took "
        f"{solve_seconds[-1] * 1000:.0f} ms "
        f"(median {statistics.median(solve_seconds) * 1000:.0f} ms); residual spread "
        f"{residual_scale:.2f} x the noise model, {outliers} boxes set aside as outliers"
    )


def _order(rng: random.Random, popularity: list[float]) -> dict[int, int]:
    n_lines = rng.choices([1, 2, 3, 4], [0.55, 0.25, 0.12, 0.08])[0]
    skus: list[int] = []
    while len(skus) < n_lines:  # by popularity, without replacement
        sku = rng.choices(range(len(popularity)), popularity)[0]
        if sku not in skus:
            skus.append(sku)
    return {s: rng.choices([1, 2, 3], [0.8, 0.15, 0.05])[0] for s in skus}


def _carton(content_grams: float) -> tuple[str, float]:
    for name, tare, limit in BOX_SIZES:
        if content_grams < limit:
            return name, tare
    return BOX_HUGE


def _report(
    truth: list[float],
    seen: list[int],
    within_since: dict[int, int],
    declared_at: dict[int, int],
    declared_wrong: int,
    knowledge: WeightKnowledge,
    names: list[str],
    gates: list[Gate],
) -> None:
    def spread(values: list[int]) -> str:
        if not values:
            return "-"
        # As numpy.percentile: linear between the closest ranks.
        p90 = statistics.quantiles(values, n=10, method="inclusive")[8] if values[1:] else values[0]
        return f"median {statistics.median(values):.0f}, p90 {p90:.0f}"

    shipped = sum(n > 0 for n in seen)
    final_known = [
        i for i, n in enumerate(names) if (e := knowledge.unit_weights.get(n)) and e.known
    ]
    final_off = sum(
        abs(knowledge.unit_weights[names[i]].grams - truth[i]) > 0.05 * truth[i]
        for i in final_known
    )
    print("Learning unit weights (boxes = shipped boxes containing the SKU)")
    print(f"  SKUs shipped this month                       {shipped}")
    print(
        f"  within 5 % of the truth (and stayed)          {len(within_since)}  "
        f"boxes until then: {spread(list(within_since.values()))}"
    )
    print(
        f"  declared known by the learning                {len(declared_at)}  "
        f"boxes until then: {spread(list(declared_at.values()))}"
    )
    print(f"    of which more than 5 % off when declared    {declared_wrong}")
    print(f"  known at month end / of them more than 5 % off {len(final_known)} / {final_off}")
    print()
    print("The gate (judged: all SKUs of the box and its tare known with confidence)")
    header = (
        f"  {'tolerance':<16}{'judged':>8}{'mis-packs':>11}{'caught':>8}{'catch %':>9}"
        f"{'correct':>9}{'stopped':>9}{'false-stop %':>14}{'cause right':>13}{'what-if catch':>15}"
    )
    print(header)
    for g in gates:
        label = f"max({g.tolerance.grams} g, {g.tolerance.percent} %)"
        catch = 100 * g.stopped_mispacks / g.judged_mispacks if g.judged_mispacks else 0.0
        false = 100 * g.stopped_correct / g.judged_correct if g.judged_correct else 0.0
        causes = f"{g.causes_right}/{g.causes_named}"
        what_if = 100 * g.what_ifs_caught / max(g.what_ifs, 1)
        mark = " *" if g.tolerance == DEFAULT else ""
        print(
            f"  {label:<16}{100 * g.judged / g.boxes:>7.1f}%{g.judged_mispacks:>11}"
            f"{g.stopped_mispacks:>8}{catch:>8.1f}%{g.judged_correct:>9}{g.stopped_correct:>9}"
            f"{false:>13.2f}%{causes:>13}{what_if:>14.1f}%{mark}"
        )
    print("  * the default (settings: scale_tolerance_grams, scale_tolerance_percent)")
    print(
        "  what-if catch: every judged correct box weighed again as if one unit of one of its"
        " lines\n  were missing, and as if one were too many (same scale, same knowledge)"
    )
    print(f"  mis-packs in the month: {gates[0].all_mispacks}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--boxes-per-day", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--relearn", type=int, default=150, help="re-learn every N boxes")
    parser.add_argument(
        "--no-box-sizes",
        action="store_true",
        help="the station does not record carton sizes: one learned tare for every box",
    )
    args = parser.parse_args()
    simulate(args.days, args.boxes_per_day, args.seed, args.relearn, not args.no_box_sizes)


if __name__ == "__main__":
    main()
