"""Floor rules of the pack session (issue 11): a misread never locks, stopping a started box takes
two scans and lists what to put back, a badge mid-pack asks before it takes over, repeated SKUs
count together, and journals written before these rules still replay."""

from __future__ import annotations

import datetime as dt
import json

from session_helpers import (
    ACK,
    CANCEL,
    MUG,
    MUG_GTIN,
    SHIP,
    T0,
    TEA,
    TEA_GTIN,
    UPS_LABEL,
    Packer,
    cmd,
    misread,
    new,
    product,
    qty,
    spec,
    text,
)

from packstation.domain.events import (
    Cause,
    ErrorKind,
    Notice,
    Outcome,
    PackEvent,
    PutBack,
    SessionState,
)
from packstation.domain.scan_records import scan_to_record
from packstation.domain.scans import CommandName
from packstation.domain.session import PackLine, PackSession, SessionSpec
from packstation.domain.signin import BadgePolicy
from packstation.domain.verdicts import event_words

# -- misread: no lock ---------------------------------------------------------------------------


def test_a_misread_counts_nothing_does_not_lock_and_the_next_good_read_counts() -> None:
    packer = new()
    event = packer(misread())
    assert event.result.outcome is Outcome.MISREAD
    assert event.result.error is not None
    assert event.result.error.kind is ErrorKind.MISREAD
    assert packer.session.state is SessionState.SCANNING
    assert packer.session.verified_total == 0
    assert event_words(event).verdict == "SCAN AGAIN"
    assert packer(product(MUG_GTIN)).result.outcome is Outcome.COUNTED


def test_a_misread_keeps_the_pending_quantity_for_the_rescan() -> None:
    packer = new()
    packer(qty(2), misread())
    assert packer.session.pending_qty == 2
    assert packer(product(MUG_GTIN)).result.deltas[0].quantity == 2


def test_a_misread_label_does_not_lock_and_the_rescan_closes_the_box() -> None:
    packer = new(TEA)
    packer(product(TEA_GTIN))
    assert packer(misread("1Z999AA10123456785")).result.outcome is Outcome.MISREAD
    assert packer.session.state is SessionState.AWAITING_TRACKING
    assert packer(UPS_LABEL).result.outcome is Outcome.BOX_COMPLETE


def test_wrong_items_and_over_scans_still_lock() -> None:
    packer = new(TEA)
    assert packer(text("NOPE")).after.state is SessionState.LOCKED
    packer(ACK)
    packer(product(TEA_GTIN), SHIP)
    packer(product(TEA_GTIN))
    assert packer.session.state is SessionState.LOCKED


# -- stop packing -----------------------------------------------------------------------------


def test_stop_with_units_in_the_box_asks_for_a_second_scan_then_lists_them() -> None:
    packer = new()
    packer(product(MUG_GTIN), product(MUG_GTIN), product(TEA_GTIN))
    armed = packer(CANCEL)
    assert armed.result.outcome is Outcome.STOP_ARMED
    assert packer.session.state is SessionState.SCANNING
    assert packer.session.stop_armed
    assert event_words(armed).detail == "Scan STOP again to stop packing and put 3 units back"
    stopped = packer(CANCEL)
    assert stopped.result.outcome is Outcome.STOPPED
    assert stopped.result.put_back == (
        PutBack("880001", "MUG-BLU-12", "Blue mug, 12 oz", 2),
        PutBack("880002", "TEA-EARL", "Earl Grey tea", 1),
    )
    assert packer.session.state is SessionState.STOPPED
    assert event_words(stopped).verdict == "PACKING STOPPED"


def test_a_second_stop_too_late_only_arms_again() -> None:
    packer = new()
    packer(product(MUG_GTIN), CANCEL)
    packer.clock += dt.timedelta(seconds=10)
    assert packer(CANCEL).result.outcome is Outcome.STOP_ARMED
    assert packer(CANCEL).result.outcome is Outcome.STOPPED


def test_any_scan_between_the_two_stops_disarms() -> None:
    packer = new()
    packer(product(MUG_GTIN), CANCEL, product(TEA_GTIN))
    assert not packer.session.stop_armed
    assert packer(CANCEL).result.outcome is Outcome.STOP_ARMED


def test_stop_with_an_empty_box_is_at_once() -> None:
    packer = new()
    assert packer(CANCEL).result.outcome is Outcome.STOPPED


def test_stop_window_is_a_session_option() -> None:
    packer = new(stop_confirm_seconds=30.0)
    packer(product(MUG_GTIN), CANCEL)
    packer.clock += dt.timedelta(seconds=20)
    assert packer(CANCEL).result.outcome is Outcome.STOPPED


def test_stop_while_locked_keeps_the_lock_until_it_stops() -> None:
    packer = new()
    packer(product(MUG_GTIN), text("NOPE"))
    assert packer(CANCEL).after.state is SessionState.LOCKED
    assert packer(CANCEL).after.state is SessionState.STOPPED


# -- a badge mid-pack -------------------------------------------------------------------------


def test_another_badge_mid_box_asks_and_the_same_badge_again_takes_over() -> None:
    packer = new(packer="ada")
    packer(product(MUG_GTIN))
    asked = packer(cmd(CommandName.USER, "bob"))
    assert asked.result.outcome is Outcome.TAKEOVER_ASKED
    assert asked.result.command is None  # nobody is switched by the question
    assert packer.session.takeover_asked == "bob"
    taken = packer(cmd(CommandName.USER, "bob"))
    assert (taken.result.outcome, taken.result.argument, taken.result.by) == (
        Outcome.TAKEN_OVER,
        "bob",
        "ada",
    )
    assert taken.result.command is CommandName.USER
    assert packer.session.verified_total == 1  # the pack goes on


def test_the_ui_confirms_a_takeover_with_an_event_of_its_own() -> None:
    packer = new(packer="ada")
    packer(product(MUG_GTIN), cmd(CommandName.USER, "bob"))
    event = packer.session.take_over("bob", T0 + dt.timedelta(minutes=1), previous="ada")
    assert (event.cause, event.result.outcome, event.result.by) == (
        Cause.UI,
        Outcome.TAKEN_OVER,
        "ada",
    )


def test_a_refusing_station_refuses_another_badge_until_the_box_closes() -> None:
    packer = new(TEA, MUG, packer="ada", badge_mid_pack=BadgePolicy.REFUSE)
    packer(product(TEA_GTIN))
    event = packer(cmd(CommandName.USER, "bob"))
    assert (event.result.outcome, event.result.notice) == (Outcome.NOTICE, Notice.FINISH_BOX_FIRST)
    packer(cmd(CommandName.PARTIAL), UPS_LABEL)  # the tea's box ships; the mug is left
    assert packer.session.verified_total == 0
    assert packer(cmd(CommandName.USER, "bob")).result.outcome is Outcome.TAKEN_OVER


def test_a_badge_with_nobody_signed_in_or_the_same_packer_signs_in() -> None:
    assert new()(cmd(CommandName.USER, "bob")).result.outcome is Outcome.STATION
    packer = new(packer="ada")
    packer(product(MUG_GTIN))
    assert packer(cmd(CommandName.USER, "ADA")).result.outcome is Outcome.STATION


# -- repeated SKUs --------------------------------------------------------------------------------


KIT_MUG = PackLine("880011", "MUG-BLU-12", "Blue mug, 12 oz", MUG.barcodes, 1, kit="Gift set")
OWN_MUG = PackLine("880012", "MUG-BLU-12", "Blue mug, 12 oz", MUG.barcodes, 1)


def test_one_sku_on_two_lines_counts_as_one_in_the_banner_and_marks_both_lines() -> None:
    packer = new(KIT_MUG, OWN_MUG, TEA)
    packer(product(MUG_GTIN))
    snap = packer.session.snapshot()
    assert (snap.sku_count("MUG-BLU-12").verified, snap.sku_count("MUG-BLU-12").in_box_target) == (
        1,
        2,
    )
    packer(product(MUG_GTIN))
    count = packer.session.sku_count("mug-blu-12")
    assert (count.verified, count.in_box_target) == (2, 2)
    views = packer.session.snapshot().lines
    assert [(v.shared_sku, v.kit) for v in views] == [(2, "Gift set"), (2, ""), (1, "")]
    packer(cmd(CommandName.UNDO))
    count = packer.session.sku_count("MUG-BLU-12")
    assert (count.verified, count.in_box_target) == (1, 2)


# -- journals written before these rules ----------------------------------------------------


def _old(record: dict[str, object]) -> dict[str, object]:
    """A record as a version without overrides, put-back lists or takeovers wrote it."""
    result = dict(record["result"])  # type: ignore[call-overload]
    result.pop("put_back")
    result.pop("by")
    if result["error"] is not None:
        result["error"] = {k: v for k, v in result["error"].items() if k != "label"}
    if result["box"] is not None:
        result["box"] = {k: v for k, v in result["box"].items() if k != "override"}
    return {**record, "result": result}


def _old_spec(s: SessionSpec) -> dict[str, object]:
    record = s.to_record()
    for key in ("carrier_mismatch_locks", "unknown_label_needs_approval"):
        record.pop(key)
    record.pop("stop_confirm_seconds")
    record.pop("badge_mid_pack")
    record["lines"] = [{k: v for k, v in line.items() if k != "kit"} for line in record["lines"]]
    return record


def test_an_old_journal_with_a_locked_misread_and_a_one_scan_cancel_still_replays() -> None:
    old_spec = spec(TEA, MUG)
    records = [
        {
            "v": 1,
            "seq": 1,
            "at": (T0 + dt.timedelta(seconds=1)).isoformat(),
            "cause": "scan",
            "scan": scan_to_record(misread()),
            "result": {
                "outcome": "error",
                "deltas": [],
                "error": {
                    "kind": "misread",
                    "raw": "0012345678901",
                    "sku": None,
                    "name": None,
                    "quantity": 1,
                    "detail": "check digit wrong — scan again",
                    "expected": [],
                },
                "box": None,
                "notice": None,
                "quantity": None,
                "undone_seq": None,
                "command": None,
                "argument": None,
            },
            "after": {
                "state": "locked",
                "pending_qty": None,
                "box_number": 1,
                "verified_total": 0,
                "left_total": 3,
                "lines": [],
            },
        },
    ]
    session = PackSession.replay(
        SessionSpec.from_record(json.loads(json.dumps(_old_spec(old_spec)))),
        [PackEvent.from_record(r) for r in records],
    )
    assert session.state is SessionState.LOCKED  # as it was journaled
    packer = Packer(session)
    packer.clock = T0 + dt.timedelta(seconds=1)
    packer(ACK, product(TEA_GTIN))
    old = [_old(e.to_record()) for e in packer(CANCEL, CANCEL) and packer.session.events]
    # A one-scan cancel of an old version: "canceled" with no units listed.
    old[-2] = {**old[-1], "seq": old[-2]["seq"]}
    old.pop()
    again = PackSession.replay(
        SessionSpec.from_record(_old_spec(old_spec)), [PackEvent.from_record(r) for r in old]
    )
    assert again.state is SessionState.STOPPED
    assert again.events[-1].result.put_back == ()
