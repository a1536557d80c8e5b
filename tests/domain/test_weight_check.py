"""The weight check of a complete box: pass, stop with the likely cause, or let go unjudged."""

from __future__ import annotations

import datetime as dt

from packstation.domain.weighed_box import WeighedBox
from packstation.domain.weight_check import (
    BoxLine,
    Estimate,
    LikelyCause,
    Verdict,
    WeightKnowledge,
    expected_weight,
    judge_box,
    likely_cause,
    stop_message,
)
from packstation.domain.weights import Tolerance, Unit, Weight

KNOWLEDGE = WeightKnowledge(
    unit_weights={
        "MUG-BLUE": Estimate(330.0, 2.0, boxes=40),
        "TEE-M": Estimate(180.0, 1.5, boxes=25),
        "TEE-L": Estimate(185.0, 1.5, boxes=25),
        "STICKER": Estimate(4.0, 0.2, boxes=30),
        "NEW-LAMP": Estimate(900.0, 200.0, boxes=1, known=False),
    },
    tares={"M": Estimate(150.0), None: Estimate(120.0, 3.0, boxes=50)},
)
TOLERANCE = Tolerance.of(20, 3)
NAMES = {"MUG-BLUE": "Blue mug"}


def box(*lines: tuple[str, int]) -> list[BoxLine]:
    return [BoxLine(sku, qty) for sku, qty in lines]


def test_expected_weight_is_tare_plus_units() -> None:
    found = expected_weight(box(("MUG-BLUE", 1), ("STICKER", 2)), KNOWLEDGE, "M")
    assert found is not None
    expected, error = found
    assert expected == Weight.grams(150 + 330 + 8)
    assert float(error.in_grams) > 0


def test_a_box_within_tolerance_passes() -> None:
    judgement = judge_box(Weight.grams(812), box(("MUG-BLUE", 2)), KNOWLEDGE, TOLERANCE, "M")
    assert judgement.verdict is Verdict.PASS
    assert judgement.expected == Weight.grams(810)


def test_one_mug_too_many_stops_and_names_it() -> None:
    judgement = judge_box(Weight.grams(1142), box(("MUG-BLUE", 2)), KNOWLEDGE, TOLERANCE, "M")
    assert judgement.verdict is Verdict.STOP
    assert judgement.cause == LikelyCause("MUG-BLUE", 1)
    assert stop_message(judgement, Unit.G, NAMES) == (
        "BOX WEIGHS 1142 g — EXPECTED 810 g ± 24 g — one Blue mug too many?"
    )


def test_one_mug_missing() -> None:
    judgement = judge_box(
        Weight.grams(480), box(("MUG-BLUE", 2), ("STICKER", 0)), KNOWLEDGE, TOLERANCE, "M"
    )
    assert judgement.verdict is Verdict.STOP
    assert judgement.cause is not None
    assert judgement.cause.words("Blue mug") == ("one Blue mug missing?")


def test_a_missing_unit_cannot_be_one_the_box_never_had() -> None:
    # 330 g light, but there is only one mug line with quantity 1 and two would be needed.
    cause = likely_cause(Weight.grams(-660), box(("MUG-BLUE", 1)), KNOWLEDGE, Weight.grams(20))
    assert cause is None


def test_two_skus_of_similar_weight_name_neither() -> None:
    judgement = judge_box(
        Weight.grams(150 + 180 + 185 + 183),
        box(("TEE-M", 1), ("TEE-L", 1)),
        KNOWLEDGE,
        TOLERANCE,
        "M",
    )
    assert judgement.verdict is Verdict.STOP
    assert judgement.cause is None
    assert stop_message(judgement) == "BOX WEIGHS 698 g — EXPECTED 515 g ± 20 g"


def test_a_difference_no_unit_explains_names_nothing() -> None:
    judgement = judge_box(Weight.grams(1000), box(("MUG-BLUE", 2)), KNOWLEDGE, TOLERANCE, "M")
    assert judgement.verdict is Verdict.STOP
    assert judgement.cause is None


def test_unknown_or_unsure_skus_let_the_box_go_unjudged() -> None:
    unknown = judge_box(Weight.grams(999), box(("NEVER-SEEN", 1)), KNOWLEDGE, TOLERANCE, "M")
    unsure = judge_box(Weight.grams(999), box(("NEW-LAMP", 1)), KNOWLEDGE, TOLERANCE, "M")
    assert unknown.verdict is Verdict.UNJUDGED
    assert unknown.unknown_skus == ("NEVER-SEEN",)
    assert unsure.verdict is Verdict.UNJUDGED
    assert unsure.unknown_skus == ("NEW-LAMP",)


def test_an_expected_weight_too_uncertain_for_the_tolerance_is_not_judged() -> None:
    shaky = WeightKnowledge({"X": Estimate(100.0, 15.0, boxes=5)}, {None: Estimate(100.0)})
    judgement = judge_box(Weight.grams(400), box(("X", 1)), shaky, TOLERANCE)
    assert judgement.verdict is Verdict.UNJUDGED
    assert judgement.uncertainty is not None


def test_a_box_size_without_a_tare_uses_the_unknown_size_tare() -> None:
    judgement = judge_box(Weight.grams(450), box(("MUG-BLUE", 1)), KNOWLEDGE, TOLERANCE, "XL")
    assert judgement.verdict is Verdict.PASS
    assert judgement.expected == Weight.grams(450)


def test_weighed_box_record_round_trips() -> None:
    weighed = WeighedBox(
        lines=(BoxLine("MUG-BLUE", 2),),
        box_size="M",
        measured=Weight.of("1.790", "lb"),
        stable=True,
        weighed_at=dt.datetime(2026, 12, 2, 18, 5, tzinfo=dt.UTC),
        verdict=Verdict.STOP,
        shipped=False,
        fulfillment_id="F-1",
        box_number=2,
    )
    record = weighed.to_record()
    assert record["grams"] == "811.9303423"
    assert WeighedBox.from_record(record) == weighed
