"""The sentences a supervisor reads about a box that was not sent (canceled, shipped elsewhere,
refused, held because the order changed), kept with the box in the journal."""

from __future__ import annotations

from packstation.api.errors import StitchError, ValidationError
from packstation.store import OutboxEntry

__all__ = ["HELD_PREFIX", "canceled_words", "complete_words", "held_words", "refusal_words"]

HELD_PREFIX = "Held: "


def order_of(entry: OutboxEntry) -> str:
    return str(entry.payload.get("order_number") or entry.fulfillment_id)


def canceled_words(entry: OutboxEntry) -> str:
    return (
        f"Order {order_of(entry)} was canceled in Stitch: box {entry.box_number} was not sent. "
        "Do not ship it; take it to your supervisor."
    )


def complete_words(entry: OutboxEntry) -> str:
    return (
        f"Order {order_of(entry)} was shipped elsewhere: box {entry.box_number} was not sent. "
        "Do not ship it; take it to your supervisor."
    )


def refusal_words(exc: StitchError) -> str:
    detail = exc.message
    if isinstance(exc, ValidationError) and exc.field_errors:
        detail += " (" + "; ".join(f"{e.field}: {e.message}" for e in exc.field_errors) + ")"
    return f"Stitch refused this box: {detail}"


def held_words(entry: OutboxEntry, changed: tuple[str, ...]) -> str:
    what = ", ".join(changed)
    return (
        f"{HELD_PREFIX}order {order_of(entry)} was changed in Stitch ({what}) after box "
        f"{entry.box_number} was packed. Check the box and its label, then send it."
    )
