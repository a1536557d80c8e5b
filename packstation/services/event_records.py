"""How a pack session's event becomes a journal record: one mapping, and one way of writing it,
for every writer (the packing service, and the scripted packs of the figures' tests and benches).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from packstation.domain.events import Outcome, PackEvent
from packstation.domain.scans import kind_of
from packstation.services.shipment_payload import box_payload
from packstation.store import Journal, NewEvent, OutboxEntry, SessionOutcome


def journal_event(event: PackEvent, packer: str | None) -> NewEvent:
    """The journal row for `event`: kind of scan (or the acknowledge key), result, full record."""
    result = event.result
    return NewEvent(
        kind=event.cause.value if event.scan is None else kind_of(event.scan).value,
        at=event.at,
        raw=event.raw or "",
        result=result.error.kind.value if result.error is not None else result.outcome.value,
        payload=event.to_record(),
        packer=packer or None,
    )


@dataclass(frozen=True, slots=True)
class Journaled:
    """What writing one event did: the box it put in the outbox, and whether the pack ended."""

    box: OutboxEntry | None
    closed: bool


def write_pack_event(
    journal: Journal,
    session_id: str,
    event: PackEvent,
    packer: str | None,
    *,
    order_number: str,
    shipped_at: dt.datetime | None = None,
    expect: Mapping[str, object] | None = None,
) -> Journaled:
    """Journal `event`: a box closes into the outbox in the same transaction as its label scan,
    a stopped pack closes its session, anything else is appended. Raises `JournalUnavailable`.
    """
    result = event.result
    new = journal_event(event, packer)
    if result.box is not None:
        payload = box_payload(
            result.box,
            order_number=order_number,
            shipped_at=shipped_at or result.box.shipped_at,
            expect=expect or {},
        )
        entry = journal.close_box(
            session_id,
            new,
            payload.to_json(),
            close_session=result.box.last_box,
            outcome=SessionOutcome.SHIPPED,
        )
        return Journaled(entry, result.box.last_box)
    if result.outcome is Outcome.CANCELED:
        journal.close_session(session_id, outcome=SessionOutcome.CANCELED, event=new)
        return Journaled(None, True)
    journal.append_event(session_id, new)
    return Journaled(None, False)
