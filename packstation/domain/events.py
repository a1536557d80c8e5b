"""What a pack session answers and journals: results, errors, boxes to ship, and event records.

Every transition of a `PackSession` is one `PackEvent`: the input (a classified scan or the UI's
acknowledge key), the result, and the state after it. Events carry the effect itself (the counts
that changed, the box that was shipped), so replaying them rebuilds a session exactly, whatever the
classifier or the rules would say today. `to_record()` gives a plain JSON-able dict for the journal.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from packstation.domain.scan_records import (
    JsonDict,
    candidate_from_record,
    candidate_to_record,
    scan_from_record,
    scan_to_record,
)
from packstation.domain.scans import Carrier, CommandName, Scan, TrackingCandidate

RECORD_VERSION = 1


class SessionState(StrEnum):
    SCANNING = "scanning"
    LOCKED = "locked"  # an error waits for PS-CMD:ACK (or the acknowledge key)
    AWAITING_TRACKING = "awaiting_tracking"  # the box is complete: scan its carrier label
    DONE = "done"  # nothing left to ship
    STOPPED = "canceled"  # packing stopped (the customer's order is untouched); journal value kept
    CANCELED = "canceled"  # the old name of STOPPED


class Cause(StrEnum):
    """What the packer did."""

    SCAN = "scan"
    ACK_KEY = "ack_key"  # the UI's acknowledge key (Esc), same as scanning PS-CMD:ACK
    UI = "ui"  # a UI action with no scan of its own (confirming a takeover)
    SCALE = "scale"  # the bench scale weighed the complete box (domain/weight_gate.py)


class Outcome(StrEnum):
    COUNTED = "counted"  # units verified into the box
    UNDONE = "undone"  # a counted scan reversed
    QTY_SET = "qty_set"  # the next item scan counts `quantity` units
    QTY_CLEARED = "qty_cleared"  # PS-CMD:UNDO right after PS-QTY takes the quantity back
    ERROR = "error"  # not counted; the session is locked
    REFUSED = "refused"  # locked: the scan was not looked at
    ACKNOWLEDGED = "acknowledged"  # the error is acknowledged, scanning goes on
    NOTICE = "notice"  # harmless, nothing changed (see `notice`)
    READY_FOR_LABEL = "ready_for_label"  # PS-CMD:SHIP / PARTIAL accepted
    BOX_COMPLETE = "box_complete"  # the carrier label closed the box: post `box`
    STOPPED = "canceled"  # packing stopped: `put_back` lists the units to take out of the box
    CANCELED = "canceled"  # the old name of STOPPED
    STOP_ARMED = "stop_armed"  # first PS-CMD:CANCEL with units in the box: scan it again to stop
    MISREAD = "misread"  # a broken read: nothing counted, no lock, scan again (`error` says what)
    TAKEOVER_ASKED = "takeover_asked"  # another packer's badge mid-pack: scan it again to take over
    TAKEN_OVER = "taken_over"  # `argument` took the pack over from `by`
    STATION = "station"  # PS-USER / PS-STATUS: for the service layer to act on
    CLOSED = "closed"  # the session is done or stopped: nothing changes
    WEIGHED = "weighed"  # the box's weight passed, went unjudged or was overridden (`by`)


class ErrorKind(StrEnum):
    WRONG_ITEM = "wrong_item"  # a known product that is not in this order
    UNKNOWN_CODE = "unknown_code"  # no line and no catalog entry knows this code
    MISREAD = "misread"  # check digit wrong and the like: scan again
    OVER_SCAN = "over_scan"  # in the order, but not that many left
    ITEMS_MISSING = "items_missing"  # ship / carrier label while units are still to pack
    NOTHING_VERIFIED = "nothing_verified"  # PS-CMD:PARTIAL on an empty box
    SHIP_COMMAND_REQUIRED = "ship_command_required"  # label before PS-CMD:SHIP (station setting)
    EXPECTED_LABEL = "expected_label"  # the box is complete, anything but a carrier label
    BAD_QUANTITY = "bad_quantity"  # PS-QTY outside 1..9999
    WRONG_CARRIER = "wrong_carrier"  # a label of another carrier than the order's: `label` held
    UNKNOWN_LABEL = "unknown_label"  # awaiting a label, a code no carrier format knows
    WEIGHT_MISMATCH = "weight_mismatch"  # the complete box weighs wrong: `detail` says by how much


class OverrideKind(StrEnum):
    """Why a box shipped on a label the station did not vouch for."""

    WRONG_CARRIER = "wrong_carrier"  # PS-CMD:SHIP over a carrier mismatch
    UNVERIFIED_LABEL = "unverified_label"  # PS-CMD:SHIP over a label no format knows


class Notice(StrEnum):
    NOTHING_TO_UNDO = "nothing_to_undo"
    NOT_LOCKED = "not_locked"  # acknowledge with no error showing
    SAME_ORDER = "same_order"  # this order's own packing slip scanned again
    APPROVAL_REQUIRED = "approval_required"  # an unknown label needs a supervisor's approval
    FINISH_BOX_FIRST = "finish_box_first"  # another packer's badge refused until the box closes


@dataclass(frozen=True, slots=True)
class LineDelta:
    """Units added to (or, when negative, taken from) one line's verified count."""

    line_id: str
    quantity: int


@dataclass(frozen=True, slots=True)
class ExpectedLine:
    """A line that still has units to pack in this box."""

    line_id: str
    sku: str
    name: str
    left: int


@dataclass(frozen=True, slots=True)
class PackError:
    """Data for the UI to say what went wrong; the packer's words are the UI's job."""

    kind: ErrorKind
    raw: str  # what was scanned (may hold control characters: show it escaped)
    sku: str | None = None  # what it is, when known
    name: str | None = None
    quantity: int = 1  # units the scan tried to count (PS-QTY)
    detail: str | None = None  # the classifier's problem text, a carrier mismatch ...
    expected: tuple[ExpectedLine, ...] = ()  # what is still to pack in this box
    label: TrackingCandidate | None = None  # WRONG_CARRIER: the label PS-CMD:SHIP would ship


@dataclass(frozen=True, slots=True)
class LabelOverride:
    """Who shipped a box on a label the station flagged, journaled with the box."""

    kind: OverrideKind
    by: str | None  # the packer signed in when it was accepted (None: nobody)
    approved_by: str | None = None  # the supervisor who approved it, when a PIN was asked


@dataclass(frozen=True, slots=True)
class PutBack:
    """Units that were in the box when packing stopped: they go back to the shelf."""

    line_id: str
    sku: str
    name: str
    quantity: int


@dataclass(frozen=True, slots=True)
class BoxLine:
    line_id: str
    sku: str
    quantity: int


@dataclass(frozen=True, slots=True)
class BoxShipment:
    """One box closed by its carrier label: the shipment to post for it."""

    fulfillment_id: str
    box_number: int
    shipped_at: dt.datetime
    tracking_number: str
    carrier: Carrier | None  # None: a label no format knows, on an order naming no carrier
    tracking_url: str
    service: str
    lines: tuple[BoxLine, ...]
    carrier_warning: str | None = None  # "looks like UPS, order ships FedEx"
    last_box: bool = True  # nothing is left to ship after this box
    override: LabelOverride | None = None  # shipped over a wrong-carrier or unknown-label lock

    @property
    def carrier_name(self) -> str:
        return "unknown carrier" if self.carrier is None else self.carrier.value

    @property
    def units(self) -> int:
        return sum(line.quantity for line in self.lines)


@dataclass(frozen=True, slots=True)
class Result:
    outcome: Outcome
    deltas: tuple[LineDelta, ...] = ()
    error: PackError | None = None
    box: BoxShipment | None = None
    notice: Notice | None = None
    quantity: int | None = None  # QTY_SET / QTY_CLEARED: the quantity
    undone_seq: int | None = None  # UNDONE: the event whose count was reversed
    command: CommandName | None = None  # STATION: USER or STATUS
    argument: str | None = None  # STATION: the packer's name or the status text; TAKEOVER_*
    put_back: tuple[PutBack, ...] = ()  # STOPPED: the units in the box; STOP_ARMED: the same
    by: str | None = None  # TAKEN_OVER: the packer before; box overrides: in `box.override`


@dataclass(frozen=True, slots=True)
class LineCount:
    """A line's counts after an event (only lines the event changed are listed)."""

    line_id: str
    verified: int
    left: int


@dataclass(frozen=True, slots=True)
class After:
    """The session after an event."""

    state: SessionState
    pending_qty: int | None
    box_number: int
    verified_total: int
    left_total: int
    lines: tuple[LineCount, ...] = ()


@dataclass(frozen=True, slots=True)
class PackEvent:
    seq: int  # 1, 2, 3 ... within one session
    at: dt.datetime
    cause: Cause
    scan: Scan | None  # None for the acknowledge key
    result: Result
    after: After

    @property
    def raw(self) -> str | None:
        return None if self.scan is None else self.scan.raw

    def to_record(self) -> JsonDict:
        """A plain dict of str, int, bool, None, lists and dicts: `json.dumps` takes it as is."""
        return {
            "v": RECORD_VERSION,
            "seq": self.seq,
            "at": self.at.isoformat(),
            "cause": self.cause.value,
            "scan": None if self.scan is None else scan_to_record(self.scan),
            "result": _result_to_record(self.result),
            "after": _after_to_record(self.after),
        }

    @classmethod
    def from_record(cls, record: JsonDict) -> PackEvent:
        """The event `to_record` wrote; KeyError/ValueError/TypeError on anything else."""
        if record.get("v") != RECORD_VERSION:
            raise ValueError(f"unsupported pack event record version {record.get('v')!r}")
        scan = record["scan"]
        return cls(
            seq=int(record["seq"]),
            at=_aware(record["at"]),
            cause=Cause(record["cause"]),
            scan=None if scan is None else scan_from_record(scan),
            result=_result_from_record(record["result"]),
            after=_after_from_record(record["after"]),
        )


def _aware(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError("pack event time without a UTC offset")
    return value


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)


def _opt_int(value: object) -> int | None:
    return None if value is None else int(str(value))


def _error_to_record(error: PackError) -> JsonDict:
    return {
        "kind": error.kind.value,
        "raw": error.raw,
        "sku": error.sku,
        "name": error.name,
        "quantity": error.quantity,
        "detail": error.detail,
        "expected": [[e.line_id, e.sku, e.name, e.left] for e in error.expected],
        "label": None if error.label is None else candidate_to_record(error.label),
    }


def _error_from_record(record: JsonDict) -> PackError:
    return PackError(
        kind=ErrorKind(record["kind"]),
        raw=str(record["raw"]),
        sku=_opt_str(record["sku"]),
        name=_opt_str(record["name"]),
        quantity=int(record["quantity"]),
        detail=_opt_str(record["detail"]),
        expected=tuple(
            ExpectedLine(str(lid), str(sku), str(name), int(left))
            for lid, sku, name, left in record["expected"]
        ),
        label=None if record.get("label") is None else candidate_from_record(record["label"]),
    )


def _box_to_record(box: BoxShipment) -> JsonDict:
    return {
        "fulfillment_id": box.fulfillment_id,
        "box_number": box.box_number,
        "shipped_at": box.shipped_at.isoformat(),
        "tracking_number": box.tracking_number,
        "carrier": None if box.carrier is None else box.carrier.value,
        "tracking_url": box.tracking_url,
        "service": box.service,
        "lines": [[line.line_id, line.sku, line.quantity] for line in box.lines],
        "carrier_warning": box.carrier_warning,
        "last_box": box.last_box,
        "override": None
        if box.override is None
        else {
            "kind": box.override.kind.value,
            "by": box.override.by,
            "approved_by": box.override.approved_by,
        },
    }


def _box_from_record(record: JsonDict) -> BoxShipment:
    carrier = record["carrier"]
    override: Any = record.get("override")  # absent in journals written before overrides
    return BoxShipment(
        fulfillment_id=str(record["fulfillment_id"]),
        box_number=int(record["box_number"]),
        shipped_at=_aware(record["shipped_at"]),
        tracking_number=str(record["tracking_number"]),
        carrier=None if carrier is None else Carrier(carrier),
        tracking_url=str(record["tracking_url"]),
        service=str(record["service"]),
        lines=tuple(BoxLine(str(lid), str(sku), int(q)) for lid, sku, q in record["lines"]),
        carrier_warning=_opt_str(record["carrier_warning"]),
        last_box=bool(record["last_box"]),
        override=None
        if override is None
        else LabelOverride(
            OverrideKind(override["kind"]),
            _opt_str(override["by"]),
            _opt_str(override["approved_by"]),
        ),
    )


def _result_to_record(result: Result) -> JsonDict:
    return {
        "outcome": result.outcome.value,
        "deltas": [[d.line_id, d.quantity] for d in result.deltas],
        "error": None if result.error is None else _error_to_record(result.error),
        "box": None if result.box is None else _box_to_record(result.box),
        "notice": None if result.notice is None else result.notice.value,
        "quantity": result.quantity,
        "undone_seq": result.undone_seq,
        "command": None if result.command is None else result.command.value,
        "argument": result.argument,
        "put_back": [[p.line_id, p.sku, p.name, p.quantity] for p in result.put_back],
        "by": result.by,
    }


def _result_from_record(record: JsonDict) -> Result:
    error: Any = record["error"]
    box: Any = record["box"]
    notice = record["notice"]
    command = record["command"]
    return Result(
        outcome=Outcome(record["outcome"]),
        deltas=tuple(LineDelta(str(lid), int(q)) for lid, q in record["deltas"]),
        error=None if error is None else _error_from_record(error),
        box=None if box is None else _box_from_record(box),
        notice=None if notice is None else Notice(notice),
        quantity=_opt_int(record["quantity"]),
        undone_seq=_opt_int(record["undone_seq"]),
        command=None if command is None else CommandName(command),
        argument=_opt_str(record["argument"]),
        # Absent in journals written before stop packing listed them.
        put_back=tuple(
            PutBack(str(lid), str(sku), str(name), int(q))
            for lid, sku, name, q in record.get("put_back") or ()
        ),
        by=_opt_str(record.get("by")),
    )


def _after_to_record(after: After) -> JsonDict:
    return {
        "state": after.state.value,
        "pending_qty": after.pending_qty,
        "box_number": after.box_number,
        "verified_total": after.verified_total,
        "left_total": after.left_total,
        "lines": [[c.line_id, c.verified, c.left] for c in after.lines],
    }


def _after_from_record(record: JsonDict) -> After:
    return After(
        state=SessionState(record["state"]),
        pending_qty=_opt_int(record["pending_qty"]),
        box_number=int(record["box_number"]),
        verified_total=int(record["verified_total"]),
        left_total=int(record["left_total"]),
        lines=tuple(LineCount(str(lid), int(v), int(left)) for lid, v, left in record["lines"]),
    )


__all__ = [
    "RECORD_VERSION",
    "After",
    "BoxLine",
    "BoxShipment",
    "Cause",
    "ErrorKind",
    "ExpectedLine",
    "LabelOverride",
    "LineCount",
    "LineDelta",
    "Notice",
    "Outcome",
    "OverrideKind",
    "PackError",
    "PackEvent",
    "PutBack",
    "Result",
    "SessionState",
]
