"""Boxes journaled at a station the way the packing service journals them (no Qt, no Stitch)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from packstation.services.headless import demo_tracking_number
from packstation.store import Journal, NewEvent, OutboxEntry, SessionOutcome


def journal_box(
    journal: Journal,
    *,
    station: str,
    fulfillment_id: str,
    order_number: str,
    lines: Sequence[tuple[str, str, int]],  # (line id, sku, quantity)
    packer: str = "ann",
    box: int = 1,
    last_box: bool = True,
    session_id: str | None = None,
) -> OutboxEntry:
    """Open (or continue) a session, scan each unit, close a box: journaled like a real pack."""
    now = dt.datetime.now(dt.UTC)
    if session_id is None:
        session_id = journal.open_session(
            fulfillment_id=fulfillment_id,
            order_number=order_number,
            station=station,
            packer=packer,
            spec={"lines": [list(line) for line in lines]},
            at=now,
        ).id
    for _line_id, sku, quantity in lines:
        for _ in range(quantity):
            journal.append_event(
                session_id, NewEvent("item", now, raw=sku, result="accepted", payload={"sku": sku})
            )
    tracking = demo_tracking_number(fulfillment_id, box)
    payload = {
        "v": 1,
        "fulfillment_id": fulfillment_id,
        "order_number": order_number,
        "box_number": box,
        "shipped_at": now.isoformat(),
        "carrier": "UPS",
        "service": "Ground",
        "tracking_number": tracking,
        "tracking_url": f"https://www.ups.com/track?tracknum={tracking}",
        "line_items": [
            {"fulfillment_line_item_id": line_id, "sku": sku, "quantity": quantity}
            for line_id, sku, quantity in lines
        ],
        "expect": {},
    }
    return journal.close_box(
        session_id,
        NewEvent("carrier_label", now, raw=tracking, result="accepted"),
        payload,
        close_session=last_box,
        outcome=SessionOutcome.SHIPPED,
    )
