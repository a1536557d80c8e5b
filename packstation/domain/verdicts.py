"""Verdict first: a short verdict in capitals for every outcome, and a detail line below it.

The banner shows the verdict big ("NOT IN THIS ORDER") and the detail in full under it (the item's
whole name, "Label is UPS — this order ships FedEx"), so the important words are never the ones cut
off. The strings are plain English constants: the UI translates them as it shows them.
"""

from __future__ import annotations

from dataclasses import dataclass

from packstation.domain.display import shown
from packstation.domain.events import ErrorKind, Notice, Outcome, PackError, PackEvent
from packstation.domain.scans import CommandName

ERROR_VERDICTS: dict[ErrorKind, str] = {
    ErrorKind.WRONG_ITEM: "NOT IN THIS ORDER",
    ErrorKind.UNKNOWN_CODE: "UNKNOWN CODE",
    ErrorKind.MISREAD: "SCAN AGAIN",
    ErrorKind.OVER_SCAN: "ONE TOO MANY",
    ErrorKind.ITEMS_MISSING: "NOT YET",
    ErrorKind.NOTHING_VERIFIED: "BOX IS EMPTY",
    ErrorKind.SHIP_COMMAND_REQUIRED: "SCAN SHIP FIRST",
    ErrorKind.EXPECTED_LABEL: "SCAN THE LABEL",
    ErrorKind.BAD_QUANTITY: "BAD QUANTITY",
    ErrorKind.WRONG_CARRIER: "WRONG CARRIER",
    ErrorKind.UNKNOWN_LABEL: "UNKNOWN LABEL",
    ErrorKind.WEIGHT_MISMATCH: "WRONG WEIGHT",
}

NOTICE_VERDICTS: dict[Notice, str] = {
    Notice.NOTHING_TO_UNDO: "NOTHING TO UNDO",
    Notice.NOT_LOCKED: "NOTHING TO ACKNOWLEDGE",
    Notice.SAME_ORDER: "ALREADY OPEN",
    Notice.APPROVAL_REQUIRED: "SUPERVISOR NEEDED",
    Notice.FINISH_BOX_FIRST: "FINISH THIS BOX FIRST",
}

OUTCOME_VERDICTS: dict[Outcome, str] = {
    Outcome.COUNTED: "OK",
    Outcome.UNDONE: "UNDONE",
    Outcome.QTY_SET: "QUANTITY SET",
    Outcome.QTY_CLEARED: "QUANTITY TAKEN BACK",
    Outcome.REFUSED: "STILL LOCKED",
    Outcome.ACKNOWLEDGED: "GO ON",
    Outcome.READY_FOR_LABEL: "SCAN THE LABEL",
    Outcome.BOX_COMPLETE: "BOX SHIPPED",
    Outcome.STOPPED: "PACKING STOPPED",
    Outcome.STOP_ARMED: "STOP PACKING?",
    Outcome.MISREAD: "SCAN AGAIN",
    Outcome.TAKEOVER_ASKED: "NEW PACKER?",
    Outcome.TAKEN_OVER: "PACK TAKEN OVER",
    Outcome.STATION: "SIGNED IN",
    Outcome.CLOSED: "ORDER FINISHED",
    Outcome.WEIGHED: "BOX WEIGHED",
}


@dataclass(frozen=True, slots=True)
class Words:
    verdict: str  # short, in capitals: shown big, never cut
    detail: str = ""  # the full name or the reason: wraps, never elided


def error_words(error: PackError) -> Words:
    """The verdict and the detail line for an error."""
    verdict = ERROR_VERDICTS[error.kind]
    what = error.name or error.sku or shown(error.raw)
    match error.kind:
        case ErrorKind.WRONG_ITEM | ErrorKind.OVER_SCAN:
            return Words(verdict, what)
        case ErrorKind.UNKNOWN_CODE:
            return Words(verdict, f"Code {shown(error.raw)} is no product this station knows")
        case ErrorKind.MISREAD:
            return Words(verdict, error.detail or f"Could not read {shown(error.raw)}")
        case ErrorKind.ITEMS_MISSING:
            left = sum(e.left for e in error.expected)
            return Words(verdict, f"{_units(left)} still to pack")
        case ErrorKind.NOTHING_VERIFIED:
            return Words(verdict, "Nothing in the box to ship yet")
        case ErrorKind.SHIP_COMMAND_REQUIRED:
            return Words(verdict, "Scan PS-CMD:SHIP before the carrier label")
        case ErrorKind.EXPECTED_LABEL:
            return Words(verdict, f"The box is complete: {shown(error.raw)} is not a carrier label")
        case ErrorKind.BAD_QUANTITY:
            return Words(verdict, "Quantity must be between 1 and 9999")
        case ErrorKind.WRONG_CARRIER:
            return Words(verdict, error.detail or "This label is another carrier's")
        case ErrorKind.UNKNOWN_LABEL:
            return Words(verdict, f"Not a carrier label this station knows: {shown(error.raw)}")
        case ErrorKind.WEIGHT_MISMATCH:
            return Words(verdict, error.detail or "The box weighs wrong")
    return Words(verdict, what)


def event_words(event: PackEvent) -> Words:
    """The verdict and the detail line for any pack event."""
    result = event.result
    if result.error is not None:
        return error_words(result.error)
    if result.outcome is Outcome.NOTICE and result.notice is not None:
        verdict = NOTICE_VERDICTS[result.notice]
        if result.notice is Notice.FINISH_BOX_FIRST:
            return Words(verdict, f"{result.argument} can take over once this box has shipped")
        if result.notice is Notice.APPROVAL_REQUIRED:
            return Words(verdict, "A supervisor's PIN accepts a label this station does not know")
        return Words(verdict)
    verdict = OUTCOME_VERDICTS.get(result.outcome, "")
    match result.outcome:
        case Outcome.STOP_ARMED:
            units = _units(result.quantity or 0)
            return Words(verdict, f"Scan STOP again to stop packing and put {units} back")
        case Outcome.STOPPED:
            items = "; ".join(f"{p.quantity} × {p.name}" for p in result.put_back)
            return Words(verdict, f"Put these back: {items}" if items else "Nothing was in the box")
        case Outcome.BOX_COMPLETE if result.box is not None:
            box = result.box
            detail = f"Box {box.box_number}: {box.carrier_name} {box.tracking_number}"
            if box.carrier_warning:
                detail = f"{detail} — {box.carrier_warning}"
            return Words(verdict, detail)
        case Outcome.WEIGHED:
            detail = result.argument or ""
            if result.by:  # a supervisor's override (PIN): said with who
                return Words("WEIGHT LET GO", f"{result.by} let this weight go: {detail}")
            return Words(verdict, detail)
        case Outcome.TAKEOVER_ASKED:
            return Words(verdict, f"Scan {result.argument}'s badge again to take over this pack")
        case Outcome.TAKEN_OVER:
            return Words(verdict, f"{result.argument} packs on (was {result.by or 'nobody'})")
        case Outcome.STATION:
            signed_in = result.command is CommandName.USER
            return Words("SIGNED IN" if signed_in else "STATUS SET", result.argument or "")
    return Words(verdict)


def _units(n: int) -> str:
    return f"{n} unit" if n == 1 else f"{n} units"


__all__ = [
    "ERROR_VERDICTS",
    "NOTICE_VERDICTS",
    "OUTCOME_VERDICTS",
    "Words",
    "error_words",
    "event_words",
]
