"""The carrier label decides nothing by itself: a wrong carrier or an unknown label locks, and only
the right label or a deliberate, journaled PS-CMD:SHIP ships the box (issues 11 §1, 12)."""

from __future__ import annotations

import json

import pytest
from session_helpers import (
    ACK,
    FEDEX_LABEL,
    FEDEX_NUMBER,
    SHIP,
    TEA,
    TEA_GTIN,
    UPS_LABEL,
    UPS_NUMBER,
    Packer,
    candidate,
    gs1,
    misread,
    new,
    product,
    spec,
    text,
)

from packstation.domain.events import (
    ErrorKind,
    LabelOverride,
    Notice,
    Outcome,
    OverrideKind,
    PackEvent,
    SessionState,
)
from packstation.domain.scans import Carrier, TrackingScan
from packstation.domain.session import PackSession, ProductInfo, SessionSpec
from packstation.domain.verdicts import error_words


def fedex_order(**options: object) -> Packer:
    fields: dict[str, object] = {"expected_carrier": Carrier.FEDEX, "service": "FedEx Ground"}
    fields.update(options)
    packer = new(TEA, **fields)
    packer.packer = "ada"
    packer(product(TEA_GTIN))
    assert packer.session.state is SessionState.AWAITING_TRACKING
    return packer


def test_a_label_of_another_carrier_locks_and_sends_nothing() -> None:
    packer = fedex_order()
    event = packer(UPS_LABEL)
    error = event.result.error
    assert error is not None
    assert (event.result.outcome, error.kind) == (Outcome.ERROR, ErrorKind.WRONG_CARRIER)
    assert event.result.box is None
    assert packer.session.boxes == ()
    assert packer.session.state is SessionState.LOCKED
    assert error.detail == "Label is UPS — this order ships FedEx"
    assert (
        packer.session.next_action() == "scan a FedEx label, or PS-CMD:SHIP to ship this one anyway"
    )
    words = error_words(error)
    assert words.verdict == "WRONG CARRIER"
    assert "UPS" in words.detail
    assert "FedEx" in words.detail


def test_any_other_scan_is_refused_while_the_carrier_lock_is_up() -> None:
    packer = fedex_order()
    packer(UPS_LABEL)
    for scan in (product(TEA_GTIN), text("hello"), misread()):
        assert packer(scan).result.outcome is Outcome.REFUSED
    assert packer.session.boxes == ()


def test_the_right_carriers_label_releases_the_lock_and_closes_the_box() -> None:
    packer = fedex_order()
    packer(UPS_LABEL)
    event = packer(FEDEX_LABEL)
    box = event.result.box
    assert box is not None
    assert (box.carrier, box.tracking_number, box.override) == (Carrier.FEDEX, FEDEX_NUMBER, None)
    assert box.carrier_warning is None
    assert packer.session.state is SessionState.DONE


def test_ship_over_the_carrier_lock_ships_that_label_and_names_who() -> None:
    packer = fedex_order()
    packer(UPS_LABEL)
    offer = packer.session.override_offer
    assert offer is not None
    assert (offer.kind, offer.tracking_number, offer.needs_approval) == (
        OverrideKind.WRONG_CARRIER,
        UPS_NUMBER,
        False,
    )
    box = packer(SHIP).result.box
    assert box is not None
    assert (box.carrier, box.tracking_number) == (Carrier.UPS, UPS_NUMBER)
    assert box.override == LabelOverride(OverrideKind.WRONG_CARRIER, "ada")
    assert packer.session.state is SessionState.DONE


def test_ack_only_clears_the_carrier_lock_and_the_label_is_not_used() -> None:
    packer = fedex_order()
    packer(UPS_LABEL)
    assert packer(ACK).result.outcome is Outcome.ACKNOWLEDGED
    assert packer.session.state is SessionState.AWAITING_TRACKING
    assert packer.session.override_offer is None
    # SHIP now only says "scan the label": the UPS label is forgotten.
    assert packer(SHIP).result.outcome is Outcome.READY_FOR_LABEL
    assert packer.session.boxes == ()


def test_a_second_wrong_label_replaces_the_held_one() -> None:
    packer = fedex_order()
    packer(UPS_LABEL)
    dhl = "1234567890"
    packer(TrackingScan(dhl, (candidate(Carrier.DHL, dhl),)))
    box = packer(SHIP).result.box
    assert box is not None
    assert (box.carrier, box.tracking_number) == (Carrier.DHL, dhl)


def test_the_station_setting_turns_the_mismatch_into_a_warning() -> None:
    packer = fedex_order(carrier_mismatch_locks=False)
    box = packer(UPS_LABEL).result.box
    assert box is not None
    assert box.carrier_warning == "looks like UPS, order ships FedEx"
    assert box.override is None


def test_a_method_naming_no_carrier_never_locks_on_the_carrier() -> None:
    packer = fedex_order(expected_carrier=None)
    assert packer(UPS_LABEL).result.box is not None


# -- a label no format knows (issue 12) -------------------------------------------------------


@pytest.mark.parametrize("scan", [text("PX12345678CA"), gs1(None), product("05901234123457")])
def test_an_unknown_code_awaiting_the_label_locks_as_an_unknown_label(scan: object) -> None:
    packer = fedex_order()
    error = packer(scan).result.error  # type: ignore[arg-type]
    assert error is not None
    assert error.kind is ErrorKind.UNKNOWN_LABEL
    assert packer.session.state is SessionState.LOCKED
    assert error_words(error).detail.startswith("Not a carrier label this station knows: ")


def test_ship_accepts_an_unknown_label_as_the_orders_carrier_journaled_unverified() -> None:
    packer = fedex_order()
    packer(text("PX12345678CA"))
    box = packer(SHIP).result.box
    assert box is not None
    assert (box.carrier, box.tracking_number, box.tracking_url) == (
        Carrier.FEDEX,
        "PX12345678CA",
        "",
    )
    assert box.override == LabelOverride(OverrideKind.UNVERIFIED_LABEL, "ada")


def test_an_unknown_label_on_an_order_naming_no_carrier_ships_as_unknown_carrier() -> None:
    packer = fedex_order(expected_carrier=None)
    packer(text("PX12345678CA"))
    box = packer(SHIP).result.box
    assert box is not None
    assert box.carrier is None
    assert box.carrier_name == "unknown carrier"


def test_accepting_an_unknown_label_can_require_a_supervisor() -> None:
    packer = fedex_order(unknown_label_needs_approval=True)
    packer(text("PX12345678CA"))
    offer = packer.session.override_offer
    assert offer is not None
    assert offer.needs_approval
    event = packer(SHIP)
    assert (event.result.outcome, event.result.notice) == (
        Outcome.NOTICE,
        Notice.APPROVAL_REQUIRED,
    )
    assert packer.session.state is SessionState.LOCKED
    assert packer.session.boxes == ()
    packer.approved_by = "sam"
    box = packer(SHIP).result.box
    assert box is not None
    assert box.override == LabelOverride(OverrideKind.UNVERIFIED_LABEL, "ada", "sam")


def test_a_known_label_releases_the_unknown_label_lock() -> None:
    packer = fedex_order()
    packer(text("PX12345678CA"))
    box = packer(FEDEX_LABEL).result.box
    assert box is not None
    assert box.override is None


def test_a_product_of_the_catalog_awaiting_the_label_is_not_a_label() -> None:
    session = PackSession(
        spec(TEA, expected_carrier=Carrier.FEDEX),
        catalog={"00614141000036": ProductInfo("SOCK", "Socks")}.get,
    )
    packer = Packer(session)
    packer(product(TEA_GTIN))
    error = packer(product("00614141000036")).result.error
    assert error is not None
    assert error.kind is ErrorKind.EXPECTED_LABEL


def test_overrides_survive_the_journal_and_replay() -> None:
    packer = fedex_order(unknown_label_needs_approval=True)
    packer(text("PX12345678CA"))
    packer.approved_by = "sam"
    packer(SHIP)
    records = [json.loads(json.dumps(e.to_record())) for e in packer.session.events]
    again = PackSession.replay(
        SessionSpec.from_record(json.loads(json.dumps(packer.session.spec.to_record()))),
        [PackEvent.from_record(r) for r in records],
    )
    assert again.snapshot() == packer.session.snapshot()
    assert again.boxes[0].override == LabelOverride(OverrideKind.UNVERIFIED_LABEL, "ada", "sam")


def test_a_wrong_carrier_lock_survives_replay_and_ship_still_ships_it() -> None:
    packer = fedex_order()
    packer(UPS_LABEL)
    records = [json.loads(json.dumps(e.to_record())) for e in packer.session.events]
    again = Packer(
        PackSession.replay(packer.session.spec, [PackEvent.from_record(r) for r in records]),
        "ada",
    )
    again.clock = packer.clock
    box = again(SHIP).result.box
    assert box is not None
    assert box.tracking_number == UPS_NUMBER
