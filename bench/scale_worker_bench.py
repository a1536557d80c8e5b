"""Does learning the weights in a worker thread slow the scan path? The station learns in
`asyncio.to_thread` (services/bench_scale.py) while the GUI's event loop keeps taking scans; the
solver is pure Python, so the two share the GIL (5 ms switch interval).

Measured here on the loop thread, idle and while one learning round runs over a month of weighed
boxes (9,000 boxes of 200 SKUs, as in scale_learning_bench.py): the lateness of a timer due every
2 ms (how late the loop gets to the next scan's key events) and the time of classifying one scan
(CPU work a scan does on the loop). Target: the loop is never late by more than a frame (16 ms)
at p99.

    .venv/bin/python bench/scale_worker_bench.py [--boxes 9000]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import math
import random
import statistics
import time

from packstation.domain.classify import classify
from packstation.domain.weighed_box import WeighedBox
from packstation.domain.weight_check import BoxLine
from packstation.domain.weights import Weight
from packstation.services.weight_learning import learn_weights

SCAN = "4006381333931"


def month(boxes: int, seed: int = 7) -> list[WeighedBox]:
    rng = random.Random(seed)
    names = [f"SKU-{i:03d}" for i in range(200)]
    truth = [min(max(rng.lognormvariate(math.log(180.0), 1.0), 8.0), 4000.0) for _ in names]
    weights = [1.0 / rank for rank in range(1, len(names) + 1)]
    start = dt.datetime(2026, 11, 2, 8, tzinfo=dt.UTC)
    found = []
    for k in range(boxes):
        lines: dict[int, int] = {}
        for s in rng.choices(range(len(names)), weights, k=rng.randint(1, 4)):
            lines[s] = lines.get(s, 0) + rng.randint(1, 2)
        content = sum(truth[s] * q * (1 + 0.015 * rng.gauss(0.0, 1.0)) for s, q in lines.items())
        size = min(5, int(content // 400))
        grams = round(content + 60 + 60 * size + rng.gauss(0.0, 1.0))
        found.append(
            WeighedBox(
                tuple(BoxLine(names[s], q) for s, q in lines.items()),
                f"C{size}",
                Weight.grams(grams),
                True,
                start + dt.timedelta(minutes=2 * k),
            )
        )
    return found


async def loop_while(
    work: asyncio.Future[object] | None, seconds: float
) -> tuple[list[float], list[float]]:
    """Timer lateness (ms) and classify times (ms) on the loop until `work` ends (or `seconds`)."""
    loop = asyncio.get_running_loop()
    late: list[float] = []
    scans: list[float] = []
    deadline = loop.time() + seconds
    while (work is None and loop.time() < deadline) or (work is not None and not work.done()):
        due = time.perf_counter() + 0.002
        await asyncio.sleep(0.002)
        late.append(max(0.0, time.perf_counter() - due) * 1000)
        t0 = time.perf_counter()
        classify(SCAN)
        scans.append((time.perf_counter() - t0) * 1000)
    return late, scans


def pct(values: list[float], q: float) -> float:
    return sorted(values)[min(len(values) - 1, int(q * len(values)))]


async def main(boxes: int) -> None:
    records = month(boxes)
    t0 = time.perf_counter()
    learn_weights(records)
    alone = time.perf_counter() - t0
    idle = await loop_while(None, 2.0)
    t0 = time.perf_counter()
    work = asyncio.ensure_future(asyncio.to_thread(learn_weights, records))
    busy = await loop_while(work, 0.0)
    beside = time.perf_counter() - t0
    print(f"one learning round over {boxes} boxes: {alone:.2f} s alone, {beside:.2f} s in a worker")
    for name, (late, scans) in (("idle", idle), ("learning", busy)):
        print(
            f"  {name:9s} loop timer late p50 {statistics.median(late):.2f} ms, "
            f"p99 {pct(late, 0.99):.2f} ms, max {max(late):.2f} ms; classify one scan p50 "
            f"{statistics.median(scans) * 1000:.0f} µs, p99 {pct(scans, 0.99) * 1000:.0f} µs "
            f"({len(late)} ticks)"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--boxes", type=int, default=9000)
    asyncio.run(main(parser.parse_args().boxes))
