"""What travels between a station, the sync service and PostgreSQL: plain frozen records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Claim:
    fulfillment_id: str
    station: str
    packer: str
    claimed_at: dt.datetime


@dataclass(frozen=True, slots=True)
class QueueChange:
    """One `packstation_queue` notification: claimed, released, taken_over, shipped, open, gone."""

    kind: str
    fulfillment_id: str
    station: str | None = None
    packer: str | None = None


@dataclass(frozen=True, slots=True)
class ForwardedSession:
    id: str
    fulfillment_id: str
    order_number: str
    packer: str
    opened_at: dt.datetime
    closed_at: dt.datetime | None = None
    outcome: str | None = None
    spec: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ForwardedEvent:
    session_id: str
    seq: int
    at: dt.datetime
    packer: str
    fulfillment_id: str
    kind: str
    raw: str = ""
    result: str = ""
    payload: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ForwardedBox:
    """A box journaled at a station; `state`/`remote_id` as the station knows them."""

    local_id: str
    fulfillment_id: str
    session_id: str
    box_number: int
    payload: dict[str, Any]
    created_at: dt.datetime
    state: str = "pending"  # 'sent' when the station itself already sent it
    maybe_sent: bool = False
    remote_id: str | None = None
    event_seq: int = 0  # the pack event that closed the box


@dataclass(frozen=True, slots=True)
class ForwardedAudit:
    """A supervisor's decision journaled at a station (its local id: the journal's row id)."""

    local_id: str
    at: dt.datetime
    who: str
    what: str
    why: str
    fulfillment_id: str | None
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ForwardedStatus:
    local_id: str
    fulfillment_id: str
    status: str
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class SharedBox:
    """A row of the shared outbox as the sync service sees it."""

    station: str
    local_id: str
    fulfillment_id: str
    session_id: str
    box_number: int
    payload: dict[str, Any]
    state: str
    maybe_sent: bool
    relayed_by: str | None
    remote_id: str | None
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class SharedStatus:
    station: str
    local_id: str
    fulfillment_id: str
    status: str
    created_at: dt.datetime
