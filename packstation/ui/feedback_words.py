"""What the banner says after a scan: the domain's event in the packer's words.

The domain decides (counted, wrong item, box complete ...), the banner rule
(`packstation.domain.banner_rule`) decides the banner's state and `packstation.domain.verdicts`
the verdict and the detail; this module translates them and adds the counts and the next step,
so every screen and the sounds say the same thing.
"""

from __future__ import annotations

from packstation.domain.banner_rule import BannerKind, banner_for
from packstation.domain.events import Outcome, PackError, PackEvent
from packstation.domain.session import LineView, Snapshot
from packstation.domain.verdicts import Words, error_words, event_words
from packstation.ui.banner import Feedback
from packstation.ui.domain_words import domain_text
from packstation.ui.i18n import fill as _fill
from packstation.ui.i18n import sentence as _sentence
from packstation.ui.i18n import translator

# Verdicts come from the domain in English: translated here, in one fixed context.
_tr = translator("FeedbackWords")


def _line(snapshot: Snapshot, line_id: str) -> LineView | None:
    return next((v for v in snapshot.lines if v.line_id == line_id), None)


def count_words(v: LineView, snapshot: Snapshot | None = None) -> str:
    """ "2 of 2": over every line of the SKU, so a SKU on two lines never says "1 of 1" twice."""
    if snapshot is not None and v.shared_sku > 1:
        count = snapshot.sku_count(v.sku)
        return _fill(_tr("%1 of %2"), count.verified, count.in_box_target)
    return _fill(_tr("%1 of %2"), v.verified, v.verified + v.left)


def _joined(*parts: str) -> str:
    return "  ·  ".join(p for p in parts if p)


def translated(words: Words) -> Words:
    return Words(domain_text(words.verdict), domain_text(words.detail))


def error_feedback(error: PackError, next_step: str = "") -> tuple[str, str]:
    """The verdict and the detail of an error, with what was expected where the session knows."""
    words = translated(error_words(error))
    detail = words.detail
    said = detail.casefold()
    for prefix in ("misread, scan again:", "misread:"):
        if said.startswith(prefix):  # the verdict already says it
            detail = _sentence(detail[len(prefix) :].strip())
            break
    if error.expected:
        # A SKU can be on two lines (a kit's part and on its own): name it once.
        unique = list(dict.fromkeys(e.name for e in error.expected))
        names = unique[:2]
        if len(unique) > 2:
            names.append(_fill(_tr("%1 more"), len(unique) - 2))
        detail = _joined(detail, _fill(_tr("Expected: %1"), _tr(" or ").join(names)))
    return words.verdict, _joined(detail, next_step)


def error_headline(error: PackError) -> str:
    """The verdict and the detail on one line (the log, the status bar)."""
    verdict, detail = error_feedback(error)
    return f"{verdict}: {detail}" if detail else verdict


def feedback_for(event: PackEvent, snapshot: Snapshot) -> Feedback:
    """The banner's message for one session event, given the snapshot after it."""
    kind = banner_for(event)
    result = event.result
    next_step = _sentence(domain_text(snapshot.next_action))
    outcome = result.outcome
    if outcome in (Outcome.COUNTED, Outcome.UNDONE):
        v = _line(snapshot, result.deltas[0].line_id) if result.deltas else None
        verdict = _tr("OK") if outcome is Outcome.COUNTED else _tr("UNDONE")
        if v is None:
            return Feedback(kind, verdict, next_step)
        return Feedback(kind, f"{verdict}   {count_words(v, snapshot)}", v.name)
    if outcome is Outcome.QTY_SET:
        return Feedback(
            kind,
            _fill(_tr("QUANTITY %1"), result.quantity),
            _fill(_tr("Scan the item once: it counts %1 times"), result.quantity),
        )
    if outcome is Outcome.ACKNOWLEDGED:
        return Feedback(kind, _tr("GO ON"), next_step)
    if outcome is Outcome.REFUSED:
        error = result.error or snapshot.error
        if error is None:
            return Feedback(kind, _tr("STILL LOCKED"), next_step)
        verdict, detail = error_feedback(error)
        return Feedback(
            kind,
            _fill(_tr("STILL LOCKED: %1"), verdict),
            _joined(detail, _tr("Press Esc or scan PS-CMD:ACK first")),
        )
    if result.error is not None or (outcome is Outcome.ERROR and snapshot.error is not None):
        error = result.error or snapshot.error
        assert error is not None
        verdict, detail = error_feedback(error, next_step)
        return Feedback(kind, verdict, detail)
    words = translated(event_words(event))
    if outcome is Outcome.BOX_COMPLETE and result.box is not None:
        box = result.box
        then = _tr("Order packed. Scan the next packing slip") if box.last_box else next_step
        detail = words.detail if kind is BannerKind.WARNING else _joined(words.detail, then)
        return Feedback(kind, words.verdict, detail)
    if outcome is Outcome.STOPPED:
        return Feedback(kind, words.verdict, _joined(words.detail, _tr("Then scan a packing slip")))
    if outcome is Outcome.STOP_ARMED:
        return Feedback(kind, words.verdict, words.detail)
    if outcome is Outcome.CLOSED:
        return Feedback(kind, words.verdict, _tr("Scan a packing slip"))
    verdict = words.verdict or _tr("GO ON")
    return Feedback(kind, verdict, _joined(words.detail, next_step))
