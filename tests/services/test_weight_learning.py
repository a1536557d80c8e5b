"""Learning unit weights and tares from weighed boxes: right on clean data, unmoved by mis-packs,
honest about what it cannot tell apart, and good enough for the weight check to catch a mistake."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from packstation.domain.weighed_box import WeighedBox
from packstation.domain.weight_check import BoxLine, Verdict, judge_box
from packstation.domain.weights import Tolerance, Weight
from packstation.services.weight_learning import learn_weights

TRUTH = {"MUG": 330.0, "TEE": 180.0, "BOOK": 520.0, "CANDLE": 240.0, "SOCKS": 60.0}
TARES = {"S": 70.0, "M": 140.0}
AT = dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)


def weighed(
    lines: dict[str, int],
    size: str | None,
    grams: float,
    *,
    stable: bool = True,
    shipped: bool = True,
) -> WeighedBox:
    return WeighedBox(
        tuple(BoxLine(sku, qty) for sku, qty in lines.items()),
        size,
        Weight.grams(round(grams)),
        stable,
        AT,
        shipped=shipped,
    )


def month(n: int, *, seed: int = 3, mispacks: int = 0) -> list[WeighedBox]:
    rng = random.Random(seed)
    boxes = []
    for i in range(n):
        skus = rng.sample(sorted(TRUTH), rng.choice([1, 1, 2, 3]))
        lines = {sku: rng.choice([1, 1, 2]) for sku in skus}
        size = "S" if sum(TRUTH[s] * q for s, q in lines.items()) < 500 else "M"
        grams = TARES[size] + sum(TRUTH[s] * q for s, q in lines.items()) + rng.gauss(0, 2)
        if i < mispacks:  # one mug too many, unseen by the packer
            grams += TRUTH["MUG"]
        boxes.append(weighed(lines, size, grams))
    rng.shuffle(boxes)
    return boxes


def test_unit_weights_and_tares_are_learned_from_clean_boxes() -> None:
    learned = learn_weights(month(300))
    units, tares = learned.knowledge.unit_weights, learned.knowledge.tares
    for sku, grams in TRUTH.items():
        assert units[sku].grams == pytest.approx(grams, rel=0.02), sku
        assert units[sku].known
    for size, grams in TARES.items():
        assert tares[size].grams == pytest.approx(grams, abs=5)
    assert learned.outliers == 0


def test_mis_packed_boxes_do_not_drag_the_weights() -> None:
    learned = learn_weights(month(300, mispacks=15))  # 5 %, each one mug heavier
    mug = learned.knowledge.unit_weights["MUG"]
    assert mug.grams == pytest.approx(TRUTH["MUG"], rel=0.02)
    assert learned.outliers >= 15


def test_too_few_boxes_is_not_known_yet() -> None:
    learned = learn_weights([*month(300), weighed({"LAMP": 1}, "M", 1040)])
    lamp = learned.knowledge.unit_weights["LAMP"]
    assert lamp.boxes == 1
    assert not lamp.known


def test_two_skus_always_shipped_together_cannot_be_told_apart() -> None:
    boxes = month(200) + [
        weighed({"PLATE": q, "BOWL": q}, "M", 140 + q * 700 + (-1) ** q) for q in (1, 2, 1, 3, 2, 1)
    ]
    units = learn_weights(boxes).knowledge.unit_weights
    assert not units["PLATE"].known
    assert not units["BOWL"].known
    assert units["MUG"].known


def test_catalogue_weights_and_configured_tares_are_taken_as_given() -> None:
    learned = learn_weights(
        month(200),
        catalogue={"MUG": Weight.grams(330)},
        tares={"S": Weight.grams(70), "M": Weight.grams(140)},
    )
    units, tares = learned.knowledge.unit_weights, learned.knowledge.tares
    assert units["MUG"].grams == 330
    assert units["MUG"].std_error == 0
    assert tares["M"].grams == 140
    assert "MUG" not in learned.learned_skus
    assert units["TEE"].grams == pytest.approx(TRUTH["TEE"], rel=0.02)


def test_unstable_and_stopped_weighings_are_not_learned_from() -> None:
    boxes = month(200)
    wrong = {"TEE": 1}
    extra = [weighed(wrong, "S", 5000, stable=False), weighed(wrong, "S", 4000, shipped=False)]
    assert learn_weights(boxes + extra).boxes_used == len(boxes)


def test_nothing_weighed_knows_nothing() -> None:
    learned = learn_weights([])
    assert learned.knowledge.unit_weights == {}
    assert learned.boxes_used == 0


def test_learned_weights_let_the_check_catch_a_mug_too_many() -> None:
    knowledge = learn_weights(month(300)).knowledge
    lines = [BoxLine("MUG", 1), BoxLine("TEE", 2)]
    right = 140 + 330 + 360
    tolerance = Tolerance.of(25, 4)
    assert judge_box(Weight.grams(right), lines, knowledge, tolerance, "M").verdict is Verdict.PASS
    stopped = judge_box(Weight.grams(right + 330), lines, knowledge, tolerance, "M")
    assert stopped.verdict is Verdict.STOP
    assert stopped.cause is not None
    assert stopped.cause.sku == "MUG"
    assert stopped.cause.units == 1


def test_cartons_of_very_different_weights_learned_as_one_tare_know_nothing() -> None:
    # Sizes not recorded: a 60 g mailer and a 600 g carton look alike to the learning, which
    # then cannot fit the boxes; it must say it knows nothing rather than stop good boxes.
    boxes = [
        weighed(
            {line.sku: line.quantity for line in b.lines},
            None,
            (60 if b.box_size == "S" else 600) + b.grams - TARES[str(b.box_size)],
        )
        for b in month(300)
    ]
    learned = learn_weights(boxes)
    assert learned.residual_scale > 2
    assert not any(e.known for e in learned.knowledge.unit_weights.values())


def test_standard_error_is_the_noise_over_root_n_on_an_exact_fit() -> None:
    # 25 boxes of one mug (configured 70 g carton), each weighing 400 g: the mug is 330 g, and
    # the noise model at 400 g is hypot(3 g, 1 % of 400 g) = 5 g, so the error is 5 / sqrt(25).
    boxes = [weighed({"MUG": 1}, "S", 400) for _ in range(25)]
    learned = learn_weights(boxes, tares={"S": Weight.grams(70)})
    mug = learned.knowledge.unit_weights["MUG"]
    assert mug.grams == pytest.approx(330, abs=1e-6)
    assert mug.std_error == pytest.approx(1.0, rel=1e-6)
    assert mug.boxes == 25
    assert mug.known


def test_an_insert_that_weighs_next_to_nothing_gets_zero_not_a_negative_weight() -> None:
    # With the flyer the boxes weigh 2 g less: plain least squares says -2 g. The learning
    # holds it at 0 (not known) and explains every box with the mug alone.
    boxes = [weighed({"MUG": 1}, "S", 400) for _ in range(10)]
    boxes += [weighed({"MUG": 1, "FLYER": 1}, "S", 398) for _ in range(10)]
    learned = learn_weights(boxes, tares={"S": Weight.grams(70)})
    units = learned.knowledge.unit_weights
    assert units["FLYER"].grams == 0
    assert not units["FLYER"].known
    assert units["MUG"].grams == pytest.approx(329, abs=0.05)
    assert units["MUG"].known


def test_two_skus_always_shipped_together_still_add_up() -> None:
    boxes = [weighed({"PLATE": q, "BOWL": q}, "M", 140 + q * 700) for q in (1, 2, 1, 3, 2, 1)]
    units = learn_weights(boxes, tares={"M": Weight.grams(140)}).knowledge.unit_weights
    assert units["PLATE"].grams + units["BOWL"].grams == pytest.approx(700, rel=1e-6)
    assert not units["PLATE"].known
    assert not units["BOWL"].known
