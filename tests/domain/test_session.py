"""Every transition of the pack session, as a packer at the station meets it."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

import pytest
from session_helpers import (
    ACK,
    CANCEL,
    CAP,
    CAP_GTIN,
    FEDEX_LABEL,
    FEDEX_NUMBER,
    MUG,
    MUG_EAN,
    MUG_GTIN,
    PARTIAL,
    SHIP,
    SOCK_GTIN,
    T0,
    TEA,
    TEA_GTIN,
    UNDO,
    UPS_LABEL,
    UPS_LABEL_2,
    UPS_NUMBER,
    Packer,
    candidate,
    cmd,
    gs1,
    misread,
    product,
    qty,
    spec,
    text,
)

from packstation.domain.events import (
    BoxLine,
    Cause,
    ErrorKind,
    ExpectedLine,
    LineDelta,
    Notice,
    Outcome,
    PackEvent,
    SessionState,
)
from packstation.domain.scans import Carrier, CommandName, Scan, TrackingCandidate, TrackingScan
from packstation.domain.session import (
    PackLine,
    PackSession,
    ProductInfo,
    ReplayError,
    SessionSpec,
    TrackingChoice,
    choose_tracking,
)

ACK_FIRST = "scan PS-CMD:ACK or press Esc, then "
CATALOG = {SOCK_GTIN: ProductInfo("SOCK-RED", "Red socks")}


def new(*lines: PackLine, **options: object) -> Packer:
    return Packer(PackSession(spec(*lines, **options), catalog=CATALOG.get))


def state(packer: Packer) -> SessionState:
    return packer.session.state


def counts(packer: Packer) -> dict[str, int]:
    return {line.sku: line.verified for line in packer.session.snapshot().lines}


def pack_everything(packer: Packer) -> PackEvent:
    return packer(product(MUG_GTIN), product(MUG_GTIN), product(TEA_GTIN), qty(2), text("cap-blk"))


# -- starting ---------------------------------------------------------------------------------


def test_a_new_session_starts_with_nothing_verified() -> None:
    snap = new().session.snapshot()
    assert snap.state is SessionState.SCANNING
    assert [(v.sku, v.verified, v.left) for v in snap.lines] == [
        ("MUG-BLU-12", 0, 2),
        ("TEA-EARL", 0, 1),
        ("CAP-BLK", 0, 2),  # 3 ordered, 1 shipped before
    ]
    assert (snap.ordered_total, snap.shipped_before_total, snap.verified_total) == (6, 1, 0)
    assert snap.left_total == 5
    assert snap.next_action == "scan items"
    assert snap.error is None
    assert snap.box_number == 1


def test_an_order_with_nothing_left_to_ship_is_done_from_the_start() -> None:
    packer = new(PackLine("1", "A", "A", frozenset(), 2, shipped_before=2))
    assert state(packer) is SessionState.DONE
    assert packer(product(MUG_GTIN)).result.outcome is Outcome.CLOSED


def test_a_spec_with_a_line_twice_is_refused() -> None:
    with pytest.raises(ValueError):
        PackSession(spec(MUG, MUG))


def test_a_spec_with_a_negative_quantity_is_refused() -> None:
    with pytest.raises(ValueError):
        PackSession(spec(PackLine("1", "A", "A", frozenset(), -1)))


# -- counting ---------------------------------------------------------------------------------


def test_product_scan_counts_one_unit_of_its_line() -> None:
    packer = new()
    event = packer(product(MUG_GTIN))
    assert event.result.outcome is Outcome.COUNTED
    assert event.result.deltas == (LineDelta("880001", 1),)
    assert counts(packer) == {"MUG-BLU-12": 1, "TEA-EARL": 0, "CAP-BLK": 0}
    assert event.after.verified_total == 1
    assert event.after.left_total == 4
    assert [(c.line_id, c.verified, c.left) for c in event.after.lines] == [("880001", 1, 1)]


def test_any_barcode_of_the_line_counts() -> None:
    packer = new()
    packer(product(MUG_EAN))
    assert counts(packer)["MUG-BLU-12"] == 1


def test_gs1_scan_counts_by_its_gtin() -> None:
    packer = new()
    assert packer(gs1(TEA_GTIN)).result.outcome is Outcome.COUNTED
    assert counts(packer)["TEA-EARL"] == 1


def test_sku_typed_as_text_counts_case_insensitively() -> None:
    packer = new()
    assert packer(text("  tea-earl ")).result.outcome is Outcome.COUNTED
    assert counts(packer)["TEA-EARL"] == 1


def test_lines_of_the_same_product_fill_in_order() -> None:
    kit_mug = PackLine("900001", "MUG-BLU-12", "Blue mug (gift set)", frozenset({MUG_GTIN}), 1)
    loose_mug = PackLine("900002", "MUG-BLU-12", "Blue mug, 12 oz", frozenset({MUG_GTIN}), 2)
    packer = new(kit_mug, loose_mug)
    first = packer(product(MUG_GTIN))
    second = packer(product(MUG_GTIN))
    assert first.result.deltas == (LineDelta("900001", 1),)
    assert second.result.deltas == (LineDelta("900002", 1),)


# -- errors lock ------------------------------------------------------------------------------


def test_wrong_item_is_not_counted_and_locks_until_acknowledged() -> None:
    packer = new()
    packer(product(MUG_GTIN))
    event = packer(product(SOCK_GTIN))
    error = event.result.error
    assert event.result.outcome is Outcome.ERROR
    assert error is not None
    assert (error.kind, error.sku, error.name) == (ErrorKind.WRONG_ITEM, "SOCK-RED", "Red socks")
    assert error.raw == product(SOCK_GTIN).raw
    assert error.expected == (
        ExpectedLine("880001", "MUG-BLU-12", "Blue mug, 12 oz", 1),
        ExpectedLine("880002", "TEA-EARL", "Earl Grey tea", 1),
        ExpectedLine("880003", "CAP-BLK", "Black cap", 2),
    )
    snap = packer.session.snapshot()
    assert snap.state is SessionState.LOCKED
    assert snap.error == error
    assert snap.verified_total == 1
    assert snap.next_action == "scan PS-CMD:ACK or press Esc, then scan the right item"

    refused = packer(product(TEA_GTIN))
    assert refused.result.outcome is Outcome.REFUSED
    assert refused.after.state is SessionState.LOCKED
    assert counts(packer)["TEA-EARL"] == 0
    assert packer.session.error == error  # still the first mistake, not the refusal

    assert packer(ACK).result.outcome is Outcome.ACKNOWLEDGED
    assert state(packer) is SessionState.SCANNING
    assert packer(product(TEA_GTIN)).result.outcome is Outcome.COUNTED


@pytest.mark.parametrize(
    ("scan", "kind"),
    [
        (product("00099999999993"), ErrorKind.UNKNOWN_CODE),
        (text("NOT-A-SKU"), ErrorKind.UNKNOWN_CODE),
        (gs1(None), ErrorKind.UNKNOWN_CODE),  # an SSCC, no GTIN
    ],
)
def test_unknown_codes_lock(scan: object, kind: ErrorKind) -> None:
    packer = new()
    event = packer(scan)  # type: ignore[arg-type]
    assert event.result.error is not None
    assert event.result.error.kind is kind
    assert state(packer) is SessionState.LOCKED
    assert packer.session.verified_total == 0


def test_misread_error_passes_on_the_classifiers_problem() -> None:
    error = new()(misread()).result.error
    assert error is not None
    assert error.detail == "check digit wrong — scan again"


def test_one_too_many_is_an_over_scan() -> None:
    packer = new()
    packer(product(TEA_GTIN))
    error = packer(product(TEA_GTIN)).result.error
    assert error is not None
    assert (error.kind, error.sku, error.name) == (ErrorKind.OVER_SCAN, "TEA-EARL", "Earl Grey tea")
    assert counts(packer)["TEA-EARL"] == 1


def test_a_line_shipped_in_full_before_is_an_over_scan() -> None:
    shipped = PackLine("880009", "PEN", "Pen", frozenset({SOCK_GTIN}), 1, shipped_before=1)
    packer = new(MUG, shipped)
    error = packer(product(SOCK_GTIN)).result.error
    assert error is not None
    assert error.kind is ErrorKind.OVER_SCAN


def test_acknowledge_key_unlocks_like_the_ack_command() -> None:
    packer = new()
    packer(text("NOT-A-SKU"))
    event = packer.ack_key()
    assert event.cause is Cause.ACK_KEY
    assert event.scan is None
    assert event.result.outcome is Outcome.ACKNOWLEDGED
    assert state(packer) is SessionState.SCANNING


def test_acknowledge_without_an_error_is_a_harmless_notice() -> None:
    packer = new()
    packer(product(MUG_GTIN))
    event = packer(ACK)
    assert (event.result.outcome, event.result.notice) == (Outcome.NOTICE, Notice.NOT_LOCKED)
    assert counts(packer)["MUG-BLU-12"] == 1


@pytest.mark.parametrize("command", [UNDO, SHIP, PARTIAL, qty(2), UPS_LABEL])
def test_commands_and_labels_are_refused_while_locked(command: object) -> None:
    packer = new()
    packer(product(MUG_GTIN), product(SOCK_GTIN))
    event = packer(command)  # type: ignore[arg-type]
    assert event.result.outcome is Outcome.REFUSED
    assert counts(packer)["MUG-BLU-12"] == 1
    assert packer.session.pending_qty is None


# -- PS-QTY -----------------------------------------------------------------------------------


def test_qty_counts_several_units_with_the_next_item_only() -> None:
    packer = new()
    set_event = packer(qty(2))
    assert (set_event.result.outcome, set_event.result.quantity) == (Outcome.QTY_SET, 2)
    assert packer.session.snapshot().pending_qty == 2
    assert packer.session.next_action() == "scan the item to count 2"
    counted = packer(product(CAP_GTIN))
    assert counted.result.deltas == (LineDelta("880003", 2),)
    assert packer.session.pending_qty is None
    packer(product(MUG_GTIN))
    assert counts(packer) == {"MUG-BLU-12": 1, "TEA-EARL": 0, "CAP-BLK": 2}


def test_qty_that_would_over_scan_is_refused_whole() -> None:
    packer = new()
    error = packer(qty(3), product(CAP_GTIN)).result.error
    assert error is not None
    assert (error.kind, error.quantity) == (ErrorKind.OVER_SCAN, 3)
    assert counts(packer)["CAP-BLK"] == 0
    packer(ACK)
    assert packer.session.pending_qty is None  # the failed scan used the quantity up


def test_qty_spreads_over_lines_of_the_same_product_in_order() -> None:
    a = PackLine("1", "MUG-BLU-12", "Mug (kit)", frozenset({MUG_GTIN}), 1)
    b = PackLine("2", "MUG-BLU-12", "Mug", frozenset({MUG_GTIN}), 2)
    event = new(a, b)(qty(3), product(MUG_GTIN))
    assert event.result.deltas == (LineDelta("1", 1), LineDelta("2", 2))


@pytest.mark.parametrize("argument", ["0", "10000", "-1", "two", ""])
def test_qty_out_of_range_is_an_error(argument: str) -> None:
    packer = new()
    error = packer(qty(argument)).result.error
    assert error is not None
    assert error.kind is ErrorKind.BAD_QUANTITY
    assert packer.session.pending_qty is None


def test_undo_right_after_qty_takes_the_quantity_back() -> None:
    packer = new()
    packer(product(MUG_GTIN), qty(5))
    event = packer(UNDO)
    assert (event.result.outcome, event.result.quantity) == (Outcome.QTY_CLEARED, 5)
    assert packer.session.pending_qty is None
    assert counts(packer)["MUG-BLU-12"] == 1


# -- PS-CMD:UNDO ------------------------------------------------------------------------------


def test_undo_reverses_the_last_counted_scan_as_a_new_entry() -> None:
    packer = new()
    counted = packer(product(MUG_GTIN))
    undone = packer(UNDO)
    assert undone.result.outcome is Outcome.UNDONE
    assert undone.result.deltas == (LineDelta("880001", -1),)
    assert undone.result.undone_seq == counted.seq
    assert counts(packer)["MUG-BLU-12"] == 0
    assert [e.result.outcome for e in packer.session.events] == [Outcome.COUNTED, Outcome.UNDONE]


def test_repeated_undo_walks_back_then_says_nothing_to_undo() -> None:
    packer = new()
    packer(product(MUG_GTIN), qty(2), product(CAP_GTIN), product(SOCK_GTIN), ACK)
    assert packer(UNDO).result.deltas == (LineDelta("880003", -2),)  # the error was never counted
    assert packer(UNDO).result.deltas == (LineDelta("880001", -1),)
    nothing = packer(UNDO)
    assert (nothing.result.outcome, nothing.result.notice) == (
        Outcome.NOTICE,
        Notice.NOTHING_TO_UNDO,
    )
    assert packer.session.verified_total == 0


def test_undo_when_the_box_awaits_its_label_goes_back_to_scanning() -> None:
    packer = new()
    pack_everything(packer)
    assert state(packer) is SessionState.AWAITING_TRACKING
    packer(UNDO)
    assert state(packer) is SessionState.SCANNING
    assert counts(packer)["CAP-BLK"] == 0


# -- shipping: the normal flow ----------------------------------------------------------------


def test_every_unit_verified_awaits_the_carrier_label_by_itself() -> None:
    packer = new()
    last = pack_everything(packer)
    assert last.after.state is SessionState.AWAITING_TRACKING
    assert packer.session.next_action() == "scan the carrier label"

    event = packer(UPS_LABEL)
    box = event.result.box
    assert event.result.outcome is Outcome.BOX_COMPLETE
    assert box is not None
    assert box.lines == (
        BoxLine("880001", "MUG-BLU-12", 2),
        BoxLine("880002", "TEA-EARL", 1),
        BoxLine("880003", "CAP-BLK", 2),
    )
    assert (box.tracking_number, box.carrier, box.service) == (
        UPS_NUMBER,
        Carrier.UPS,
        "UPS Ground",
    )
    assert box.tracking_url == f"https://track.example/{UPS_NUMBER}"
    assert (box.fulfillment_id, box.box_number, box.shipped_at) == ("700123", 1, event.at)
    assert box.carrier_warning is None
    assert box.last_box
    snap = packer.session.snapshot()
    assert snap.state is SessionState.DONE
    assert snap.boxes == (box,)
    assert snap.next_action == "order packed"
    assert [(v.shipped_now, v.verified, v.left) for v in snap.lines] == [
        (2, 0, 0),
        (1, 0, 0),
        (2, 0, 0),
    ]


def test_scans_after_the_last_box_change_nothing() -> None:
    packer = new()
    pack_everything(packer)
    packer(UPS_LABEL)
    for scan in (product(MUG_GTIN), UNDO, CANCEL, ACK, UPS_LABEL):
        assert packer(scan).result.outcome is Outcome.CLOSED
    assert packer.ack_key().result.outcome is Outcome.CLOSED
    assert state(packer) is SessionState.DONE
    assert len(packer.session.boxes) == 1


def test_carrier_label_before_the_box_is_complete_names_what_is_missing() -> None:
    packer = new()
    packer(product(MUG_GTIN), product(MUG_GTIN), product(TEA_GTIN))
    error = packer(UPS_LABEL).result.error
    assert error is not None
    assert error.kind is ErrorKind.ITEMS_MISSING
    assert error.expected == (ExpectedLine("880003", "CAP-BLK", "Black cap", 2),)
    assert (
        packer.session.next_action() == "scan PS-CMD:ACK or press Esc, then scan the missing items"
    )


def test_label_number_that_also_reads_as_a_upc_counts_as_the_product_while_scanning() -> None:
    twelve = PackLine("5", "BOOK", "Book", frozenset({"00" + FEDEX_NUMBER}), 1)
    packer = new(twelve, MUG)
    event = packer(product("00" + FEDEX_NUMBER, tracking=FEDEX_LABEL.candidates))
    assert event.result.deltas == (LineDelta("5", 1),)


def test_label_read_as_a_upc_closes_the_box_when_awaiting_the_label() -> None:
    packer = new(TEA, expected_carrier=Carrier.FEDEX)
    packer(product(TEA_GTIN))
    box = packer(product("00" + FEDEX_NUMBER, tracking=FEDEX_LABEL.candidates)).result.box
    assert box is not None
    assert (box.carrier, box.tracking_number) == (Carrier.FEDEX, FEDEX_NUMBER)


def test_label_read_as_an_unknown_upc_too_early_says_items_are_missing() -> None:
    packer = new()
    error = packer(product("00" + FEDEX_NUMBER, tracking=FEDEX_LABEL.candidates)).result.error
    assert error is not None
    assert error.kind is ErrorKind.ITEMS_MISSING


def test_label_of_another_carrier_ships_with_a_warning_when_the_station_says_so() -> None:
    packer = new(TEA, expected_carrier=Carrier.FEDEX, carrier_mismatch_locks=False)
    packer(product(TEA_GTIN))
    box = packer(UPS_LABEL).result.box
    assert box is not None
    assert box.carrier is Carrier.UPS
    assert box.carrier_warning == "looks like UPS, order ships FedEx"


def test_the_expected_carrier_wins_among_matching_formats() -> None:
    both = TrackingScan(
        "1234567890",
        (candidate(Carrier.DHL, "1234567890"), candidate(Carrier.FEDEX, "1234567890", None)),
    )
    packer = new(TEA, expected_carrier=Carrier.FEDEX)
    packer(product(TEA_GTIN))
    box = packer(both).result.box
    assert box is not None
    assert (box.carrier, box.carrier_warning) == (Carrier.FEDEX, None)


def test_a_label_whose_check_digit_fails_is_a_misread() -> None:
    bad = TrackingScan(UPS_NUMBER, (candidate(Carrier.UPS, UPS_NUMBER, check=False),))
    packer = new(TEA)
    packer(product(TEA_GTIN))
    error = packer(bad).result.error
    assert error is not None
    assert error.kind is ErrorKind.MISREAD
    packer(ACK)
    assert state(packer) is SessionState.AWAITING_TRACKING
    assert packer(UPS_LABEL).result.outcome is Outcome.BOX_COMPLETE


def test_the_tracking_choice_is_injectable() -> None:
    seen: list[tuple[tuple[TrackingCandidate, ...], Carrier | None]] = []

    def always_last(
        candidates: Sequence[TrackingCandidate], expected: Carrier | None
    ) -> TrackingChoice:
        seen.append((tuple(candidates), expected))
        return TrackingChoice(candidates[-1], "picked by the station")

    two = TrackingScan("x", (candidate(Carrier.UPS, "A"), candidate(Carrier.USPS, "B")))
    session = PackSession(spec(TEA, carrier_mismatch_locks=False), tracking_chooser=always_last)
    session.scan(product(TEA_GTIN), T0)
    box = session.scan(two, T0).result.box
    assert box is not None
    assert (box.carrier, box.tracking_number, box.carrier_warning) == (
        Carrier.USPS,
        "B",
        "picked by the station",
    )
    assert seen == [(two.candidates, Carrier.UPS)]


def test_default_tracking_choice() -> None:
    ups, usps = candidate(Carrier.UPS, "A"), candidate(Carrier.USPS, "B", None)
    assert choose_tracking([ups, usps], None) == TrackingChoice(ups)
    assert choose_tracking([ups, usps], Carrier.USPS) == TrackingChoice(usps)
    assert choose_tracking([ups], Carrier.DHL) == TrackingChoice(
        ups, "looks like UPS, order ships DHL"
    )
    assert choose_tracking([candidate(Carrier.UPS, "A", False)], Carrier.UPS) is None
    assert choose_tracking([], Carrier.UPS) is None


# -- awaiting the label: anything else is an error ---------------------------------------------


def test_awaiting_the_label_an_item_with_units_left_is_an_error() -> None:
    packer = new()
    packer(product(MUG_GTIN), PARTIAL)
    error = packer(product(TEA_GTIN)).result.error
    assert error is not None
    assert error.kind is ErrorKind.EXPECTED_LABEL
    assert (
        packer.session.next_action() == "scan PS-CMD:ACK or press Esc, then scan the carrier label"
    )
    packer(ACK)
    assert state(packer) is SessionState.AWAITING_TRACKING
    assert counts(packer)["TEA-EARL"] == 0


def test_awaiting_the_label_one_more_of_a_complete_line_is_an_over_scan() -> None:
    packer = new()
    pack_everything(packer)
    error = packer(product(MUG_GTIN)).result.error
    assert error is not None
    assert error.kind is ErrorKind.OVER_SCAN


@pytest.mark.parametrize(
    ("scan", "kind"),
    [
        (qty(2), ErrorKind.EXPECTED_LABEL),
        (text("hello"), ErrorKind.UNKNOWN_LABEL),
        (product(SOCK_GTIN), ErrorKind.EXPECTED_LABEL),
        (misread(), ErrorKind.MISREAD),
    ],
)
def test_awaiting_the_label_other_scans_are_errors(scan: object, kind: ErrorKind) -> None:
    packer = new()
    pack_everything(packer)
    error = packer(scan).result.error  # type: ignore[arg-type]
    assert error is not None
    assert error.kind is kind


def test_ship_again_while_awaiting_the_label_is_harmless() -> None:
    packer = new()
    pack_everything(packer)
    assert packer(SHIP).result.outcome is Outcome.READY_FOR_LABEL
    assert state(packer) is SessionState.AWAITING_TRACKING


# -- PS-CMD:SHIP and the station setting ------------------------------------------------------


def test_ship_before_everything_is_verified_names_what_is_missing() -> None:
    packer = new()
    packer(product(MUG_GTIN))
    error = packer(SHIP).result.error
    assert error is not None
    assert error.kind is ErrorKind.ITEMS_MISSING
    assert [(e.sku, e.left) for e in error.expected] == [
        ("MUG-BLU-12", 1),
        ("TEA-EARL", 1),
        ("CAP-BLK", 2),
    ]


def test_required_ship_command_holds_the_box_until_ship() -> None:
    packer = new(require_ship_command=True)
    last = pack_everything(packer)
    assert last.after.state is SessionState.SCANNING
    assert packer.session.next_action() == "scan PS-CMD:SHIP"
    error = packer(UPS_LABEL).result.error
    assert error is not None
    assert error.kind is ErrorKind.SHIP_COMMAND_REQUIRED
    assert packer.session.next_action() == "scan PS-CMD:ACK or press Esc, then scan PS-CMD:SHIP"
    packer(ACK)
    assert packer(SHIP).result.outcome is Outcome.READY_FOR_LABEL
    assert state(packer) is SessionState.AWAITING_TRACKING
    assert packer(UPS_LABEL).result.outcome is Outcome.BOX_COMPLETE
    assert state(packer) is SessionState.DONE


# -- PS-CMD:PARTIAL: several boxes ------------------------------------------------------------


def test_partial_with_nothing_verified_is_an_error() -> None:
    packer = new()
    error = packer(PARTIAL).result.error
    assert error is not None
    assert error.kind is ErrorKind.NOTHING_VERIFIED


def test_partial_box_ships_what_is_verified_and_packing_goes_on() -> None:
    packer = new()
    packer(product(MUG_GTIN), product(TEA_GTIN))
    assert packer(PARTIAL).after.state is SessionState.AWAITING_TRACKING
    first = packer(UPS_LABEL)
    box1 = first.result.box
    assert box1 is not None
    assert box1.lines == (BoxLine("880001", "MUG-BLU-12", 1), BoxLine("880002", "TEA-EARL", 1))
    assert not box1.last_box
    assert first.after.state is SessionState.SCANNING
    snap = packer.session.snapshot()
    assert snap.box_number == 2
    assert [(v.shipped_now, v.verified, v.left) for v in snap.lines] == [
        (1, 0, 1),
        (1, 0, 0),
        (0, 0, 2),
    ]
    assert (snap.shipped_now_total, snap.verified_total, snap.left_total) == (2, 0, 3)
    # A posted box cannot be undone by scanning.
    assert packer(UNDO).result.notice is Notice.NOTHING_TO_UNDO
    # The tea is in the first box: another one is an over-scan.
    over = packer(product(TEA_GTIN)).result.error
    assert over is not None
    assert over.kind is ErrorKind.OVER_SCAN
    packer(ACK, product(MUG_GTIN), qty(2), product(CAP_GTIN))
    assert state(packer) is SessionState.AWAITING_TRACKING
    box2 = packer(UPS_LABEL_2).result.box
    assert box2 is not None
    assert box2.box_number == 2
    assert box2.lines == (BoxLine("880001", "MUG-BLU-12", 1), BoxLine("880003", "CAP-BLK", 2))
    assert box2.last_box
    assert state(packer) is SessionState.DONE
    assert packer.session.boxes == (box1, box2)


# -- cancel, station commands, slips ----------------------------------------------------------


@pytest.mark.parametrize("before", ["scanning", "locked", "awaiting"])
def test_cancel_abandons_the_pack(before: str) -> None:
    packer = new()
    packer(product(MUG_GTIN))
    if before == "locked":
        packer(text("NOT-A-SKU"))
    if before == "awaiting":
        packer(PARTIAL)
    assert packer(CANCEL).result.outcome is Outcome.STOP_ARMED  # a unit is in the box
    assert packer(CANCEL).result.outcome is Outcome.STOPPED
    snap = packer.session.snapshot()
    assert snap.state is SessionState.STOPPED
    assert snap.error is None
    assert snap.next_action == "packing stopped"
    assert packer(product(TEA_GTIN)).result.outcome is Outcome.CLOSED
    assert packer.session.boxes == ()


@pytest.mark.parametrize("setup", ["scanning", "locked", "awaiting", "done", "canceled"])
def test_user_and_status_commands_are_passed_up_in_any_state(setup: str) -> None:
    packer = new(TEA)
    setups: dict[str, list[Scan]] = {
        "scanning": [],
        "locked": [text("NOT-A-SKU")],
        "awaiting": [product(TEA_GTIN)],
        "done": [product(TEA_GTIN), UPS_LABEL],
        "canceled": [CANCEL],
    }
    steps = setups[setup]
    if steps:
        packer(*steps)
    before = packer.session.snapshot()
    user = packer(cmd(CommandName.USER, "ada"))
    status = packer(cmd(CommandName.STATUS, "Packing at station 3"))
    assert (user.result.outcome, user.result.command, user.result.argument) == (
        Outcome.STATION,
        CommandName.USER,
        "ada",
    )
    assert (status.result.command, status.result.argument) == (
        CommandName.STATUS,
        "Packing at station 3",
    )
    after = packer.session.snapshot()
    assert (after.state, after.error, after.lines) == (before.state, before.error, before.lines)


def test_this_orders_own_slip_again_is_a_harmless_notice() -> None:
    packer = new()
    packer(product(MUG_GTIN))
    for ref in ("700123", "o1053", "#1052"):
        event = packer(text(ref))
        assert (event.result.outcome, event.result.notice) == (Outcome.NOTICE, Notice.SAME_ORDER)
    assert state(packer) is SessionState.SCANNING


# -- events -----------------------------------------------------------------------------------


def test_every_transition_is_an_event_with_sequence_time_and_raw_scan() -> None:
    packer = new()
    pack_everything(packer)
    packer(UPS_LABEL)
    events = packer.session.events
    assert [e.seq for e in events] == list(range(1, 7))
    assert [e.at for e in events] == [T0 + dt.timedelta(seconds=s) for s in range(1, 7)]
    assert events[0].raw == product(MUG_GTIN).raw
    assert events[3].raw == "PS-QTY:2"
    assert events[-1].raw == UPS_NUMBER
    assert all(e.cause is Cause.SCAN for e in events)


def test_events_are_plain_json_and_read_back_equal() -> None:
    packer = new()
    packer(product(MUG_GTIN), gs1(TEA_GTIN), product(SOCK_GTIN))
    packer.ack_key()
    packer(qty(2), text("CAP-BLK"), UNDO, cmd(CommandName.USER, "ada"), misread(), ACK)
    packer(product(MUG_GTIN), qty(2), product(CAP_GTIN), UPS_LABEL)
    for event in packer.session.events:
        record = json.loads(json.dumps(event.to_record()))
        assert PackEvent.from_record(record) == event


def test_an_event_record_of_another_version_is_refused() -> None:
    record = new()(product(MUG_GTIN)).to_record()
    record["v"] = 99
    with pytest.raises(ValueError):
        PackEvent.from_record(record)


def test_naive_times_are_refused() -> None:
    session = PackSession(spec())
    with pytest.raises(ValueError):
        session.scan(product(MUG_GTIN), dt.datetime(2026, 11, 27, 8, 0))


# -- replay -----------------------------------------------------------------------------------


def test_replay_rebuilds_the_session_and_packing_goes_on() -> None:
    packer = new()
    packer(product(MUG_GTIN), PARTIAL, UPS_LABEL, product(MUG_GTIN), product(SOCK_GTIN))
    records = [json.dumps(e.to_record()) for e in packer.session.events]
    spec_record = json.dumps(packer.session.spec.to_record())

    resumed = PackSession.replay(
        SessionSpec.from_record(json.loads(spec_record)),
        [PackEvent.from_record(json.loads(r)) for r in records],
    )
    assert resumed.snapshot() == packer.session.snapshot()
    assert resumed.events == packer.session.events
    assert resumed.state is SessionState.LOCKED

    again = Packer(resumed)
    again.clock = packer.clock
    for scan in (ACK, UNDO, UNDO, product(TEA_GTIN)):
        assert again(scan) == packer(scan)
    assert resumed.snapshot() == packer.session.snapshot()


def test_replay_refuses_a_gap_in_the_events() -> None:
    packer = new()
    packer(product(MUG_GTIN), product(TEA_GTIN))
    with pytest.raises(ReplayError):
        PackSession.replay(packer.session.spec, packer.session.events[1:])


def test_replay_refuses_events_of_another_order() -> None:
    packer = new()
    packer(product(MUG_GTIN))
    with pytest.raises(ReplayError):
        PackSession.replay(spec(TEA, CAP), packer.session.events)
    # Same line ids, fewer units: the recorded counts no longer fit.
    small = PackLine("880001", "MUG-BLU-12", "Blue mug", frozenset({MUG_GTIN}), 1)
    packer(product(MUG_GTIN))
    with pytest.raises(ReplayError):
        PackSession.replay(spec(small), packer.session.events)


def test_spec_record_round_trip() -> None:
    original = spec(require_ship_command=True, expected_carrier=None)
    assert SessionSpec.from_record(json.loads(json.dumps(original.to_record()))) == original


def test_single_line_views_match_the_snapshot() -> None:
    packer = new()
    event = packer(product(CAP_GTIN))
    row = packer.session.index_of(event.result.deltas[0].line_id)
    assert packer.session.line(row) == packer.session.snapshot().lines[row]
    assert packer.session.line(row).verified == 1
    assert CAP.line_id == event.result.deltas[0].line_id
