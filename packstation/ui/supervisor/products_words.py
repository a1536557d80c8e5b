"""What the Products dialog shows in words: the titles of its change tables, their columns (a
changed name or barcode as "was → now") and the push's outcome, naming the SKUs."""

from __future__ import annotations

from collections.abc import Sequence

from packstation.services.products import ChangeKind, PlannedChange, PushResult
from packstation.ui.i18n import plural, translator
from packstation.ui.supervisor.rows_model import Column

__all__ = ["CHANGE_COLUMNS", "PROBLEM_COLUMNS", "kind_title", "result_text"]

_tr = translator("ProductsDialog")  # the dialog's context: one set of translations


def kind_title(kind: ChangeKind) -> str:
    return {
        ChangeKind.NEW: _tr("New"),
        ChangeKind.CHANGED: _tr("Name or barcode changed"),
        ChangeKind.STOCK: _tr("Stock changed"),
        ChangeKind.UNCHANGED: _tr("Unchanged"),
        ChangeKind.UNKNOWN: _tr("Not in Stitch (skipped)"),
    }[kind]


def _was_now(before: str | None, after: str | None, changed: bool) -> str:
    if changed and before is not None:
        return f"{before or '—'} → {after or '—'}"
    return after if after is not None else (before or "")


def _name(change: PlannedChange) -> str:
    before = change.current.name if change.current is not None else None
    return _was_now(before, change.wanted.name, change.name_changed)


def _upc(change: PlannedChange) -> str:
    before = change.current.upc if change.current is not None else None
    return _was_now(before, change.wanted.upc, change.upc_changed)


CHANGE_COLUMNS = (
    Column(_tr("Line"), lambda c: c.line, numeric=True),
    Column("SKU", lambda c: c.sku),
    Column(_tr("Name"), _name),
    Column(_tr("Barcode"), _upc),
    Column(_tr("Stock in Stitch"), lambda c: c.stock_before, numeric=True),
    Column(_tr("Stock in file"), lambda c: c.wanted.quantity_on_hand, numeric=True),
)
PROBLEM_COLUMNS = (
    Column(_tr("Line"), lambda p: p.line or "", numeric=True),
    Column(_tr("What is wrong"), lambda p: p.message),
)


def result_text(result: PushResult, *, source: str = "", limit: int | None = None) -> str:
    """The push's outcome in words, naming the SKUs (at most `limit` per list)."""

    def skus(values: Sequence[str]) -> str:
        shown = list(values if limit is None else values[:limit])
        more = len(values) - len(shown)
        text = ", ".join(shown)
        return text + (_tr(" … and {n} more").format(n=more) if more > 0 else "")

    lines: list[str] = []
    if source:
        lines.append(_tr("File: {source}").format(source=source))
    if result.ok and not result.canceled:
        lines.append(
            plural(
                "ProductsDialog",
                "All %n changes landed in Stitch.",
                len(result.landed),
                one="The change landed in Stitch.",
            )
        )
    else:
        lines.append(_tr("Landed in Stitch: {n}").format(n=len(result.landed)))
    if result.canceled:
        lines.append(_tr("Stopped by the Cancel button after the batch in flight."))
    if result.error is not None:
        batch = result.failed_batch or 0
        lines.append(
            _tr("Batch {batch} of {total} failed: {error}").format(
                batch=batch, total=result.batches_total, error=result.error
            )
        )
    if result.uncertain:
        lines.append(
            _tr("Uncertain (sent, no answer came; may have landed): {n}").format(
                n=len(result.uncertain)
            )
        )
        lines.append("  " + skus(result.uncertain))
    if result.not_landed:
        lines.append(_tr("Not landed: {n}").format(n=len(result.not_landed)))
        lines.append("  " + skus(result.not_landed))
    for line, sku, reason in result.refused:
        lines.append(
            _tr("Stitch refused line {line} ({sku}): {reason}").format(
                line=line, sku=sku, reason=reason
            )
        )
    if result.landed and limit is None:
        lines.append(_tr("Landed SKUs:"))
        lines.append("  " + skus(result.landed))
    if not result.ok or result.canceled:
        lines.append(_tr("Push the same file again: only what still differs is sent."))
    return "\n".join(lines)
