"""The weight gate in the pack session: a box that weighs wrong cannot be closed by its label."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from packstation.domain.events import ErrorKind, Outcome, PackEvent, SessionState
from packstation.domain.session import PackSession
from packstation.domain.verdicts import event_words
from packstation.domain.weight_check import (
    BoxLine,
    Estimate,
    WeightKnowledge,
    judge_box,
)
from packstation.domain.weight_gate import gate_decision
from packstation.domain.weights import Tolerance, Unit, Weight
from tests.domain.session_helpers import (
    ACK,
    MUG,
    MUG_GTIN,
    UNDO,
    UPS_LABEL,
    UPS_NUMBER,
    Packer,
    new,
    product,
)

WRONG = "BOX WEIGHS 1142 g — EXPECTED 810 g ± 24 g — one Blue mug too many?"


def complete_box() -> Packer:
    packer = new(MUG)
    packer(product(MUG_GTIN), product(MUG_GTIN))
    assert packer.session.state is SessionState.AWAITING_TRACKING
    return packer


def weigh(packer: Packer, passed: bool, words: str = WRONG, **kw: str) -> PackEvent:
    packer.clock += dt.timedelta(seconds=1)
    return packer.session.weighed(passed, words, packer.clock, **kw)


def test_a_box_that_weighs_wrong_locks_with_the_weights_in_the_words() -> None:
    packer = complete_box()
    event = weigh(packer, False)
    assert packer.session.state is SessionState.LOCKED
    assert event.result.error is not None
    assert event.result.error.kind is ErrorKind.WEIGHT_MISMATCH
    assert event_words(event).detail == WRONG


def test_its_label_cannot_close_it_even_after_acknowledging() -> None:
    packer = complete_box()
    weigh(packer, False)
    assert packer(UPS_LABEL).result.box is None  # locked: refused
    packer(ACK)
    event = packer(UPS_LABEL)
    assert event.result.box is None
    assert event.result.error is not None
    assert event.result.error.kind is ErrorKind.WEIGHT_MISMATCH
    assert not packer.session.boxes


def test_a_re_weigh_that_passes_releases_it_and_the_box_ships() -> None:
    packer = complete_box()
    weigh(packer, False)
    weigh(packer, True, "BOX WEIGHS 812 g — as expected")
    assert packer.session.state is SessionState.AWAITING_TRACKING
    box = packer(UPS_LABEL).result.box
    assert box is not None
    assert box.tracking_number == UPS_NUMBER


def test_a_supervisor_override_releases_it_and_is_journaled_with_who() -> None:
    packer = complete_box()
    weigh(packer, False)
    event = weigh(packer, False, WRONG, approved_by="Dana")
    assert event.result.outcome is Outcome.WEIGHED
    assert event.result.by == "Dana"
    assert "Dana" in event_words(event).detail
    assert packer(UPS_LABEL).result.box is not None


def test_fixing_the_box_lifts_the_hold_until_it_is_weighed_again() -> None:
    packer = complete_box()
    weigh(packer, False)
    packer(ACK, UNDO)
    assert packer.session.weight_hold is None
    packer(product(MUG_GTIN))
    assert packer.session.state is SessionState.AWAITING_TRACKING


def test_the_hold_survives_a_replay_of_the_journal() -> None:
    packer = complete_box()
    weigh(packer, False)
    packer(ACK)
    replayed = PackSession.replay(packer.session.spec, packer.session.events)
    assert replayed.weight_hold is not None
    event = replayed.scan(UPS_LABEL, packer.clock + dt.timedelta(seconds=5))
    assert event.result.box is None


def test_a_reading_after_the_box_changed_judges_nothing() -> None:
    packer = new(MUG)
    packer(product(MUG_GTIN))
    event = weigh(packer, False)
    assert packer.session.state is SessionState.SCANNING
    assert event.result.error is None


KNOWLEDGE = WeightKnowledge(
    unit_weights={"MUG-BLU-12": Estimate(330.0)}, tares={None: Estimate(150.0)}
)
TOLERANCE = Tolerance(Decimal(25), Decimal(4))
LINES = (BoxLine("MUG-BLU-12", 2),)


def grams(n: int) -> Weight:
    return Weight(Decimal(n), Unit.G)


def test_gate_words_for_a_stop_name_the_likely_cause() -> None:
    decision = gate_decision(
        judge_box(grams(1142), LINES, KNOWLEDGE, TOLERANCE), names={"MUG-BLU-12": "Blue mug"}
    )
    assert not decision.passed
    assert decision.words == "BOX WEIGHS 1142 g — EXPECTED 810 g ± 32 g — one Blue mug too many?"


def test_gate_lets_a_box_of_unknown_weight_go_and_says_so() -> None:
    decision = gate_decision(judge_box(grams(900), (BoxLine("TEA", 1),), KNOWLEDGE, TOLERANCE))
    assert decision.passed
    assert decision.words == "BOX WEIGHS 900 g — not checked: no weight known yet for TEA"


def test_gate_passes_a_right_box() -> None:
    decision = gate_decision(judge_box(grams(812), LINES, KNOWLEDGE, TOLERANCE))
    assert decision.passed
    assert "as expected" in decision.words
