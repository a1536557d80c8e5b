"""A journaled pack event in words: what the packer did and what the station made of it.

For the history of a fulfillment, the evidence read by someone who was not at the bench: plain
English, the SKU and name of each line, whether units were counted or not. Deterministic, so an
export is the same every time it is made.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from packstation.domain.events import ErrorKind, Notice, Outcome, PackError, PackEvent
from packstation.domain.scans import CommandName, CommandScan
from packstation.domain.weighed_box import WeighedBox
from packstation.domain.weight_check import Verdict as WeightVerdict
from packstation.store import SessionOutcome

LineNames = Mapping[str, tuple[str, str]]  # line id -> (sku, name)

_NOT_COUNTED = "not counted"

_ERRORS: Mapping[ErrorKind, str] = {
    ErrorKind.WRONG_ITEM: "wrong item",
    ErrorKind.UNKNOWN_CODE: "unknown code",
    ErrorKind.MISREAD: "misread",
    ErrorKind.OVER_SCAN: "one too many",
    ErrorKind.ITEMS_MISSING: "refused: items still to pack",
    ErrorKind.NOTHING_VERIFIED: "refused: nothing in the box yet",
    ErrorKind.SHIP_COMMAND_REQUIRED: "refused: scan PS-CMD:SHIP before the carrier label",
    ErrorKind.EXPECTED_LABEL: "refused: the box waits for its carrier label",
    ErrorKind.BAD_QUANTITY: "refused: quantity out of range",
    ErrorKind.WRONG_CARRIER: "wrong carrier",
    ErrorKind.UNKNOWN_LABEL: "unknown label",
    ErrorKind.WEIGHT_MISMATCH: "wrong weight",
}

_WEIGHINGS: Mapping[WeightVerdict, str] = {
    WeightVerdict.PASS: "within the tolerance",
    WeightVerdict.STOP: "outside the tolerance: stopped",
    WeightVerdict.UNJUDGED: "not checked: too little known",
}

_NOTICES: Mapping[Notice, str] = {
    Notice.NOTHING_TO_UNDO: "nothing to undo",
    Notice.NOT_LOCKED: "nothing to acknowledge",
    Notice.SAME_ORDER: "this order's packing slip again",
    Notice.APPROVAL_REQUIRED: "refused: an unknown label needs a supervisor's approval",
    Notice.FINISH_BOX_FIRST: "badge refused: finish this box first",
}

_SESSION_ENDS: Mapping[str, str] = {
    SessionOutcome.SHIPPED: "packing finished: every unit is in a box",
    SessionOutcome.PARTIAL: "packing ended with units left to ship",
    SessionOutcome.CANCELED: "packing canceled",
    SessionOutcome.STOPPED: "packing stopped: the order was canceled or shipped elsewhere",
}


def line_names(spec: Mapping[str, Any]) -> dict[str, tuple[str, str]]:
    """Line id -> (sku, name) from a journaled session spec (empty if it has no lines)."""
    names: dict[str, tuple[str, str]] = {}
    lines = spec.get("lines")
    if not isinstance(lines, list):
        return names
    for line in lines:
        if isinstance(line, Mapping) and "line_id" in line:
            names[str(line["line_id"])] = (str(line.get("sku", "")), str(line.get("name", "")))
    return names


def _item(sku: str | None, name: str | None) -> str:
    if sku and name:
        return f"{sku} ({name})"
    return sku or name or "?"


def units_words(quantity: int) -> str:
    return f"{quantity} unit" if quantity == 1 else f"{quantity} units"


def _line(names: LineNames, line_id: str, quantity: int) -> str:
    sku, name = names.get(line_id, (line_id, ""))
    return f"{quantity} × {_item(sku, name)}"


def _error(error: PackError) -> str:
    words = _ERRORS.get(error.kind, error.kind.value)
    if error.kind is ErrorKind.WRONG_ITEM:
        return f"{words}: {_item(error.sku, error.name)} is not in this order; {_NOT_COUNTED}"
    if error.kind is ErrorKind.OVER_SCAN:
        return (
            f"{words}: {units_words(error.quantity)} of {_item(error.sku, error.name)}"
            f" is more than is left to pack; {_NOT_COUNTED}"
        )
    if error.kind is ErrorKind.MISREAD:
        return f"{error.detail or 'misread, scan again'}; {_NOT_COUNTED}"
    if error.kind is ErrorKind.UNKNOWN_CODE:
        return f"{words}: no line of this order and no known product; {_NOT_COUNTED}"
    if error.kind in (ErrorKind.WRONG_CARRIER, ErrorKind.UNKNOWN_LABEL):
        return f"{words}: {error.detail or error.raw}; nothing shipped"
    if error.kind is ErrorKind.WEIGHT_MISMATCH:
        # A label scanned while the lock held carries the code it refused.
        refused = f"; label {error.raw} refused" if error.raw else ""
        return f"{words}: {error.detail or ''}{refused}"
    if error.kind is ErrorKind.BAD_QUANTITY and error.detail:
        return f"{words} ({error.detail})"
    return words


def describe(event: PackEvent, names: LineNames) -> str:
    """One event in the packer's words, e.g. "counted 2 × MUG-BLU-12 (Blue mug, 12 oz)"."""
    result = event.result
    outcome = result.outcome
    if outcome is Outcome.COUNTED:
        return "counted " + ", ".join(_line(names, d.line_id, d.quantity) for d in result.deltas)
    if outcome is Outcome.UNDONE:
        taken = ", ".join(_line(names, d.line_id, -d.quantity) for d in result.deltas)
        return f"undo: took back scan #{result.undone_seq} ({taken})"
    if outcome is Outcome.QTY_SET:
        return f"quantity {result.quantity} set for the next item"
    if outcome is Outcome.QTY_CLEARED:
        return f"quantity {result.quantity} taken back"
    if outcome in (Outcome.ERROR, Outcome.MISREAD) and result.error is not None:
        return _error(result.error)
    if outcome is Outcome.REFUSED:
        return f"ignored: an error was waiting to be acknowledged; {_NOT_COUNTED}"
    if outcome is Outcome.ACKNOWLEDGED:
        return "error acknowledged"
    if outcome is Outcome.NOTICE and result.notice is not None:
        return _NOTICES.get(result.notice, result.notice.value)
    if outcome is Outcome.READY_FOR_LABEL:
        scan = event.scan
        if isinstance(scan, CommandScan) and scan.name is CommandName.PARTIAL:
            return "box closed as partial: waiting for the carrier label"
        return "box complete: waiting for the carrier label"
    if outcome is Outcome.BOX_COMPLETE and result.box is not None:
        box = result.box
        contents = ", ".join(_line(names, line.line_id, line.quantity) for line in box.lines)
        total = sum(line.quantity for line in box.lines)
        rest = "last box" if box.last_box else "units still to ship"
        warning = f"; {box.carrier_warning}" if box.carrier_warning else ""
        if box.override is not None:
            who = box.override.by or "nobody signed in"
            approved = (
                f", approved by {box.override.approved_by}" if box.override.approved_by else ""
            )
            warning += f"; {box.override.kind.value.replace('_', ' ')} shipped by {who}{approved}"
        return (
            f"box {box.box_number} closed with {box.carrier_name} label {box.tracking_number}:"
            f" {units_words(total)} ({contents}); {rest}{warning}"
        )
    if outcome is Outcome.STOP_ARMED:
        return f"stop packing asked with {units_words(result.quantity or 0)} in the box"
    if outcome is Outcome.CANCELED:
        return "packing canceled"
    if outcome is Outcome.TAKEN_OVER:
        return f"pack taken over by {result.argument or ''} from {result.by or 'nobody'}"
    if outcome is Outcome.STATION and result.command is CommandName.USER:
        return f"packer signed in: {result.argument or ''}"
    if outcome is Outcome.STATION and result.command is CommandName.STATUS:
        return f"status set in Stitch: {result.argument or ''}"
    if outcome is Outcome.CLOSED:
        return "ignored: the pack is already finished"
    if outcome is Outcome.WEIGHED and result.by:
        return f"wrong weight let go by {result.by} (supervisor PIN): {result.argument or ''}"
    if outcome is Outcome.WEIGHED:
        return f"weight settled: {result.argument or ''}"
    return outcome.value


def weighing_words(weighed: WeighedBox) -> str:
    """One weighing of the bench scale, e.g. "box 1 weighed: 1150 g (outside the tolerance...)"."""
    verdict = _WEIGHINGS.get(weighed.verdict, str(weighed.verdict))
    return f"box {weighed.box_number} weighed: {weighed.measured.display()} ({verdict})"


def session_end(outcome: str | None) -> str:
    if outcome is None:
        return "packing ended"
    return _SESSION_ENDS.get(outcome, f"packing ended ({outcome})")


def units_moved(event: PackEvent) -> int:
    """Units this event put into (+) or took out of (-) the box being packed."""
    if event.result.outcome in (Outcome.COUNTED, Outcome.UNDONE):
        return sum(d.quantity for d in event.result.deltas)
    return 0


__all__ = [
    "LineNames",
    "describe",
    "line_names",
    "session_end",
    "units_moved",
    "units_words",
    "weighing_words",
]
