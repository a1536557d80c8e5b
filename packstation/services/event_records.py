"""How a pack session's event becomes a journal record: one mapping for every writer."""

from __future__ import annotations

from packstation.domain.events import PackEvent
from packstation.domain.scans import kind_of
from packstation.store import NewEvent


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
