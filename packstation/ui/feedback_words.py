"""What the banner says after a scan: the domain's event in the packer's words.

The domain decides (counted, wrong item, box complete ...); this module only words it, naming what
was scanned and what is expected, so every screen and the sounds say the same thing.
"""

from __future__ import annotations

from packstation.domain.display import shown
from packstation.domain.events import ErrorKind, Notice, Outcome, PackError, PackEvent
from packstation.domain.scans import CommandName
from packstation.domain.session import LineView, Snapshot
from packstation.domain.verdicts import error_words, event_words
from packstation.ui.banner import BannerState, Feedback
from packstation.ui.domain_words import domain_text
from packstation.ui.i18n import fill as _fill
from packstation.ui.i18n import sentence as _sentence
from packstation.ui.i18n import translator

_tr = translator("FeedbackWords")


def _line(snapshot: Snapshot, line_id: str) -> LineView | None:
    return next((v for v in snapshot.lines if v.line_id == line_id), None)


def _count(v: LineView, snapshot: Snapshot | None = None) -> str:
    if snapshot is not None and v.shared_sku > 1:
        # The same SKU on several lines (a kit's part and on its own) counts as one.
        count = snapshot.sku_count(v.sku)
        return _fill(_tr("%1 of %2"), count.verified, count.in_box_target)
    in_box_target = v.verified + v.left
    return _fill(_tr("%1 of %2"), v.verified, in_box_target)


def error_headline(error: PackError) -> str:
    what = error.name or error.sku or shown(error.raw, 40)
    match error.kind:
        case ErrorKind.WRONG_ITEM:
            return _fill(_tr("Wrong item: %1 is not in this order"), what)
        case ErrorKind.UNKNOWN_CODE:
            return _fill(_tr("Unknown code: %1"), shown(error.raw, 40))
        case ErrorKind.MISREAD:
            detail = error.detail or ""
            if detail.casefold().startswith("misread"):
                return _sentence(detail)  # the domain already says "misread, scan again: …"
            return _fill(_tr("Misread: %1"), detail or shown(error.raw, 40))
        case ErrorKind.OVER_SCAN:
            return _fill(_tr("One too many: %1 is already complete"), what)
        case ErrorKind.ITEMS_MISSING:
            left = sum(e.left for e in error.expected)
            return _fill(_tr("Not yet: %1 units still to pack"), left)
        case ErrorKind.NOTHING_VERIFIED:
            return _tr("The box is empty: nothing to ship yet")
        case ErrorKind.SHIP_COMMAND_REQUIRED:
            return _tr("Scan PS-CMD:SHIP before the carrier label")
        case ErrorKind.EXPECTED_LABEL:
            return _fill(_tr("Box complete: %1 is not a carrier label"), shown(error.raw, 40))
        case ErrorKind.BAD_QUANTITY:
            return _tr("Quantity must be between 1 and 9999")
        case ErrorKind.WRONG_CARRIER | ErrorKind.UNKNOWN_LABEL:
            words = error_words(error)
            return f"{domain_text(words.verdict)}: {domain_text(words.detail)}"
    return _fill(_tr("Not counted: %1"), what)


def feedback_for(event: PackEvent, snapshot: Snapshot) -> Feedback:
    """The banner's message for one session event, given the snapshot after it."""
    result = event.result
    next_step = _sentence(domain_text(snapshot.next_action))
    match result.outcome:
        case Outcome.COUNTED:
            v = _line(snapshot, result.deltas[0].line_id) if result.deltas else None
            if v is None:
                return Feedback(BannerState.OK, _tr("Counted"), next_step)
            return Feedback(BannerState.OK, f"{v.name}   {_count(v, snapshot)}", next_step)
        case Outcome.UNDONE:
            v = _line(snapshot, result.deltas[0].line_id) if result.deltas else None
            what = f"{v.name}   {_count(v, snapshot)}" if v else ""
            return Feedback(BannerState.WARNING, _fill(_tr("Undone: %1"), what), next_step)
        case Outcome.QTY_SET:
            return Feedback(
                BannerState.OK, _fill(_tr("Quantity %1: scan the item"), result.quantity), ""
            )
        case Outcome.QTY_CLEARED:
            return Feedback(BannerState.OK, _tr("Quantity taken back"), next_step)
        case Outcome.ERROR | Outcome.REFUSED:
            error = result.error or snapshot.error
            headline = error_headline(error) if error else _tr("Not counted")
            if result.outcome is Outcome.REFUSED:
                headline = _fill(_tr("Still locked: %1"), headline)
            detail = next_step
            if error and error.expected:
                # A SKU can be on two lines (a kit's part and on its own): name it once.
                unique = list(dict.fromkeys(e.name for e in error.expected))
                names = unique[:2]
                if len(unique) > 2:
                    names.append(_fill(_tr("%1 more"), len(unique) - 2))
                detail = _fill(_tr("%1  ·  Expected: %2"), next_step, _tr(" or ").join(names))
            return Feedback(BannerState.ERROR, headline, detail)
        case Outcome.ACKNOWLEDGED:
            return Feedback(
                BannerState.READY, _fill(_tr("Go on: %1"), domain_text(snapshot.next_action))
            )
        case Outcome.NOTICE:
            words = {
                Notice.NOTHING_TO_UNDO: _tr("Nothing to undo"),
                Notice.NOT_LOCKED: _tr("Nothing to acknowledge"),
                Notice.SAME_ORDER: _tr("This order is already open"),
            }
            notice = words.get(result.notice, _tr("Nothing changed")) if result.notice else ""
            return Feedback(BannerState.READY, notice, next_step)
        case Outcome.READY_FOR_LABEL:
            return Feedback(BannerState.OK, _tr("Box ready: scan the carrier label"), "")
        case Outcome.BOX_COMPLETE:
            box = result.box
            if box is None:
                return Feedback(BannerState.DONE, _tr("Box shipped"), next_step)
            headline = _fill(
                _tr("Box %1 shipped: %2 %3"), box.box_number, box.carrier_name, box.tracking_number
            )
            if box.carrier_warning:
                return Feedback(
                    BannerState.WARNING, headline, _sentence(domain_text(box.carrier_warning))
                )
            detail = _tr("Order packed. Scan the next packing slip") if box.last_box else next_step
            return Feedback(BannerState.DONE, headline, detail)
        case Outcome.CANCELED:
            return Feedback(
                BannerState.WARNING, _tr("Packing canceled"), _tr("Scan a packing slip")
            )
        case Outcome.STATION:
            if result.command is CommandName.USER:
                return Feedback(BannerState.OK, _fill(_tr("Signed in: %1"), result.argument), "")
            return Feedback(BannerState.OK, _fill(_tr("Status: %1"), result.argument), "")
        case Outcome.MISREAD | Outcome.STOP_ARMED | Outcome.TAKEOVER_ASKED | Outcome.TAKEN_OVER:
            # Interim words until the banner shows verdicts (packstation.domain.verdicts).
            said = event_words(event)
            state = BannerState.OK if result.outcome is Outcome.TAKEN_OVER else BannerState.WARNING
            return Feedback(state, domain_text(said.verdict), domain_text(said.detail))
        case Outcome.CLOSED:
            return Feedback(
                BannerState.WARNING, _tr("This order is finished"), _tr("Scan a packing slip")
            )
    return Feedback(BannerState.READY, next_step)
