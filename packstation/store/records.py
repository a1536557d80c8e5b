"""What the journal hands back: immutable records of sessions, events, outbox rows and audit.

Payload and spec dicts are decoded afresh on every read, so mutating one changes nothing stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from packstation.domain.shipment_payload import ShipmentPayload


class SessionOutcome(StrEnum):
    """How a pack session ended (stored as text; these are the values the app writes)."""

    SHIPPED = "shipped"  # every box closed, the order is fully packed
    PARTIAL = "partial"  # closed with units left to ship
    CANCELED = "canceled"  # the packer canceled the pack
    STOPPED = "stopped"  # Stitch canceled the order or it was completed elsewhere


class ShipmentState(StrEnum):
    PENDING = "pending"  # waiting to be sent (first time or after a retryable failure)
    SENDING = "sending"  # a POST may be in flight: reconcile before sending again
    SENT = "sent"  # Stitch has it (remote_id set); final
    REJECTED = "rejected"  # Stitch refused it for good; a supervisor decides
    DISCARDED = "discarded"  # a supervisor decided it must not be sent; final


class StatusState(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    REJECTED = "rejected"
    SUPERSEDED = "superseded"  # a newer status for the same fulfillment replaced it; final


class Resolution(StrEnum):
    """What a supervisor decided about a rejected shipment."""

    RETRY = "retry"  # send it again (the cause was fixed in Stitch)
    DISCARD = "discard"  # do not send it
    SENT_ELSEWHERE = "sent_elsewhere"  # it is in Stitch after all (give its remote id)


@dataclass(frozen=True, slots=True)
class NewEvent:
    """An event to append: what the pack session produced, in JSON-able form."""

    kind: str  # e.g. a ScanKind value, or "undo", "box_closed", "canceled"
    at: dt.datetime
    raw: str = ""  # the scanned text as received ("" for events without a scan)
    result: str = ""  # e.g. "accepted", "wrong_item", "over_scan"
    payload: Mapping[str, object] = field(default_factory=dict)  # counts and the rest
    packer: str | None = None  # who scanned, if not the session's packer


@dataclass(frozen=True, slots=True)
class SessionRecord:
    id: str
    fulfillment_id: str
    order_number: str
    station: str
    packer: str
    opened_at: dt.datetime
    closed_at: dt.datetime | None
    outcome: str | None
    spec: dict[str, Any]

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True, slots=True)
class EventRecord:
    session_id: str
    seq: int
    at: dt.datetime
    station: str
    packer: str
    fulfillment_id: str
    kind: str
    raw: str
    result: str
    payload: dict[str, Any]


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    local_id: str
    fulfillment_id: str
    session_id: str
    box_number: int
    event_seq: int  # the event that closed this box
    payload: dict[str, Any]
    state: ShipmentState
    attempts: int
    # A POST of this shipment may have reached Stitch without an answer (dropped connection,
    # timeout, crash while sending): list the fulfillment's shipments before posting again.
    maybe_sent: bool
    next_attempt_at: dt.datetime | None
    last_error: str | None
    rejected_message: str | None
    remote_id: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    sent_at: dt.datetime | None

    @property
    def shipment(self) -> ShipmentPayload:
        """The payload, typed; raises KeyError/ValueError/TypeError on one not written by us."""
        return ShipmentPayload.from_json(self.payload)


@dataclass(frozen=True, slots=True)
class StatusUpdate:
    local_id: str
    fulfillment_id: str
    status: str
    state: StatusState
    attempts: int
    next_attempt_at: dt.datetime | None
    last_error: str | None
    rejected_message: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    sent_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class ResumableSession:
    """An unfinished session with everything needed to rebuild it exactly."""

    session: SessionRecord
    events: tuple[EventRecord, ...]  # in seq order
    boxes: tuple[OutboxEntry, ...]  # boxes already closed in this session, by box number


@dataclass(frozen=True, slots=True)
class OutboxSummary:
    """For the status line: "3 waiting to send since 10:42"."""

    waiting: int  # pending + sending
    oldest_created_at: dt.datetime | None  # of the waiting ones
    rejected: int  # need a supervisor


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: dt.datetime
    station: str
    who: str
    what: str
    why: str
    fulfillment_id: str | None
    session_id: str | None
    details: dict[str, Any]


@dataclass(frozen=True, slots=True)
class PruneResult:
    sessions: int
    events: int
    shipments: int
    status_updates: int
    audit_entries: int
