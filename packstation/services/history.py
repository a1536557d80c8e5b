"""The history of a fulfillment, and the supervisor audit trail, read from the journal.

`fulfillment_history(journal, fulfillment_id, zone)` is the evidence when a customer says an item
was missing: every pack session of the order on this station (who opened it, when, where), every
scan in it with its result in words (counted, wrong item, misread, undo ...), the supervisor's
decisions about it, and each box's shipment as the outbox knows it (state, tracking number,
Stitch's shipment id, when it was sent, why Stitch refused it). Times are in the station's zone.

`audit_trail(journal, start, end, zone)`: who did what, why and when (takeovers, resolutions of
rejected shipments, overrides, sign-ins). Export both with `packstation.services.history_export`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from packstation.domain.events import PackEvent
from packstation.domain.weighed_box import BOX_WEIGHED, WeighedBox
from packstation.services.history_words import (
    LineNames,
    describe,
    line_names,
    session_end,
    units_moved,
    units_words,
    weighing_words,
)
from packstation.services.weighed_boxes import weighed_boxes
from packstation.store import AuditEntry, EventRecord, Journal, OutboxEntry, SessionRecord


class EntryKind(StrEnum):
    """The `record` of a history row."""

    OPENED = "opened"  # a pack session started
    SCAN = "scan"  # a scan (or the acknowledge key) and what it did
    CLOSED = "closed"  # a pack session ended
    AUDIT = "audit"  # a decision journaled with who and why
    SHIPMENT = "shipment"  # a box's shipment (only in the flat CSV: see `shipments`)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    record: EntryKind
    at: dt.datetime  # in the station's zone
    station: str
    packer: str  # who scanned / who decided
    session_id: str
    seq: int | None  # the event's number within its session
    kind: str  # scan kind (product, gs1, tracking, command, misread, text, ack_key)
    scanned: str  # exactly what the scanner sent
    result: str  # the journal's word: counted, wrong_item, undone, box_complete ...
    units: int  # units put into (+) or taken out of (-) the box by this scan
    box_number: int | None  # the box being packed (the one closed, for a carrier label)
    description: str  # in words


@dataclass(frozen=True, slots=True)
class ShipmentLine:
    line_id: str
    sku: str
    quantity: int


@dataclass(frozen=True, slots=True)
class ShipmentEntry:
    local_id: str
    session_id: str
    box_number: int
    closed_at: dt.datetime  # when its carrier label was scanned (station zone)
    station: str
    packer: str  # who scanned the label
    state: str  # pending, sending, sent, rejected, discarded
    carrier: str
    service: str
    tracking_number: str
    shipped_at: str  # as posted to Stitch (ISO 8601 with the station's offset)
    lines: tuple[ShipmentLine, ...]
    attempts: int
    remote_id: str | None  # Stitch's shipment id once sent
    sent_at: dt.datetime | None
    rejected_message: str | None  # Stitch's reason, kept after a supervisor's resolution
    last_error: str | None

    @property
    def units(self) -> int:
        return sum(line.quantity for line in self.lines)


@dataclass(frozen=True, slots=True)
class FulfillmentHistory:
    fulfillment_id: str
    order_number: str  # "" when the journal holds nothing of it
    time_zone: str
    entries: tuple[HistoryEntry, ...]  # in time order
    shipments: tuple[ShipmentEntry, ...]  # by box closing time

    @property
    def found(self) -> bool:
        return bool(self.entries or self.shipments)


@dataclass(frozen=True, slots=True)
class AuditRow:
    at: dt.datetime  # in the station's zone
    station: str
    who: str
    what: str
    why: str
    fulfillment_id: str | None
    session_id: str | None
    details: Mapping[str, Any]


def zone_name(zone: dt.tzinfo) -> str:
    key = getattr(zone, "key", None)
    return str(key) if key else str(zone)


def fulfillment_history(
    journal: Journal, fulfillment_id: str, zone: dt.tzinfo
) -> FulfillmentHistory:
    sessions = journal.sessions_of_fulfillment(fulfillment_id)
    events = journal.events_of_fulfillment(fulfillment_id)
    boxes = journal.outbox.for_fulfillment(fulfillment_id)
    audits = tuple(a for a in journal.audit_entries() if a.fulfillment_id == fulfillment_id)
    return build_history(fulfillment_id, sessions, events, boxes, audits, zone)


def build_history(
    fulfillment_id: str,
    sessions: tuple[SessionRecord, ...],
    events: tuple[EventRecord, ...],
    boxes: tuple[OutboxEntry, ...],
    audits: tuple[AuditEntry, ...],
    zone: dt.tzinfo,
) -> FulfillmentHistory:
    """Pure: the history from the journal's rows of one fulfillment."""
    names: dict[str, LineNames] = {s.id: line_names(s.spec) for s in sessions}
    ranked: list[tuple[dt.datetime, int, str, int, HistoryEntry]] = []
    last_event: dict[str, EventRecord] = {}
    closers: dict[tuple[str, int], EventRecord] = {}
    for session in sessions:
        ranked.append((session.opened_at, 0, session.id, 0, _opened(session, zone)))
    for event in events:
        ranked.append((event.at, 1, event.session_id, event.seq, _scan(event, names, zone)))
        last_event[event.session_id] = event
        closers[(event.session_id, event.seq)] = event
    for audit in audits:
        ranked.append((audit.at, 2, audit.session_id or "", audit.id, _audit_entry(audit, zone)))
    for session in sessions:
        if session.closed_at is not None:
            last = last_event.get(session.id)
            entry = _closed(session, last, zone)
            ranked.append((session.closed_at, 3, session.id, 1 << 30, entry))
    ranked.sort(key=lambda item: item[:4])
    order_number = sessions[0].order_number if sessions else ""
    if not order_number and boxes:
        order_number = boxes[0].shipment.order_number
    shipments = tuple(
        _shipment(entry, closers.get((entry.session_id, entry.event_seq)), zone)
        for entry in sorted(boxes, key=lambda b: (b.created_at, b.session_id, b.box_number))
    )
    return FulfillmentHistory(
        fulfillment_id,
        order_number,
        zone_name(zone),
        tuple(item[4] for item in ranked),
        shipments,
    )


def audit_trail(
    journal: Journal,
    zone: dt.tzinfo,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
) -> tuple[AuditRow, ...]:
    """Audit entries in [start, end), oldest first, times in the station's zone."""
    return tuple(
        audit_row(a, zone)
        for a in journal.audit_entries(start, end)
    )


# -- rows ------------------------------------------------------------------------------------


def _opened(session: SessionRecord, zone: dt.tzinfo) -> HistoryEntry:
    lines = session.spec.get("lines")
    to_pack = 0
    if isinstance(lines, list):
        for line in lines:
            if isinstance(line, Mapping):
                to_pack += max(0, int(line.get("ordered", 0)) - int(line.get("shipped_before", 0)))
    words = f"opened order {session.order_number}"
    if to_pack:
        words += f": {units_words(to_pack)} to pack"
    if session.spec.get("opened_offline"):
        words += " (from the saved order: Stitch could not be reached)"
    return HistoryEntry(
        EntryKind.OPENED,
        session.opened_at.astimezone(zone),
        session.station,
        session.packer,
        session.id,
        None,
        "",
        "",
        "opened",
        0,
        None,
        words,
    )


def _closed(session: SessionRecord, last: EventRecord | None, zone: dt.tzinfo) -> HistoryEntry:
    assert session.closed_at is not None
    return HistoryEntry(
        EntryKind.CLOSED,
        session.closed_at.astimezone(zone),
        session.station,
        last.packer if last is not None else session.packer,
        session.id,
        None,
        "",
        "",
        session.outcome or "",
        0,
        None,
        session_end(session.outcome),
    )


def _scan(event: EventRecord, names: Mapping[str, LineNames], zone: dt.tzinfo) -> HistoryEntry:
    weighed = _weighing(event)
    try:
        pack: PackEvent | None = None if weighed else PackEvent.from_record(event.payload)
    except (KeyError, ValueError, TypeError, IndexError):
        pack = None
    if weighed is not None:  # the bench scale's weighing of a complete box
        description = weighing_words(weighed)
        units, box = 0, weighed.box_number
    elif pack is not None:
        description = describe(pack, names.get(event.session_id, {}))
        units = units_moved(pack)
        box = pack.result.box.box_number if pack.result.box is not None else pack.after.box_number
    else:  # not a pack event record: say what the journal row says
        description = event.result or event.kind
        units = 0
        box = None
    return HistoryEntry(
        EntryKind.SCAN,
        event.at.astimezone(zone),
        event.station,
        event.packer,
        event.session_id,
        event.seq,
        event.kind,
        event.raw,
        event.result,
        units,
        box,
        description,
    )


def _weighing(event: EventRecord) -> WeighedBox | None:
    if event.kind != BOX_WEIGHED:
        return None
    found = weighed_boxes((event,))
    return found[0] if found else None


def _audit_entry(audit: AuditEntry, zone: dt.tzinfo) -> HistoryEntry:
    return HistoryEntry(
        EntryKind.AUDIT,
        audit.at.astimezone(zone),
        audit.station,
        audit.who,
        audit.session_id or "",
        None,
        "",
        "",
        audit.what,
        0,
        None,
        f"{audit.what}: {audit.why}" if audit.why else audit.what,
    )


def _shipment(entry: OutboxEntry, closer: EventRecord | None, zone: dt.tzinfo) -> ShipmentEntry:
    payload = entry.shipment
    lines = [
        ShipmentLine(line.fulfillment_line_item_id, line.sku, line.quantity)
        for line in payload.line_items
    ]
    return ShipmentEntry(
        local_id=entry.local_id,
        session_id=entry.session_id,
        box_number=entry.box_number,
        closed_at=entry.created_at.astimezone(zone),
        station=closer.station if closer is not None else "",
        packer=closer.packer if closer is not None else "",
        state=entry.state.value,
        carrier=payload.carrier,
        service=payload.service,
        tracking_number=payload.tracking_number,
        shipped_at=payload.shipped_at.isoformat(),
        lines=tuple(lines),
        attempts=entry.attempts,
        remote_id=entry.remote_id,
        sent_at=None if entry.sent_at is None else entry.sent_at.astimezone(zone),
        rejected_message=entry.rejected_message,
        last_error=entry.last_error,
    )



def audit_row(a: Any, zone: dt.tzinfo) -> AuditRow:
    """An audit entry (this station's journal's or the warehouse's) in the station's zone."""
    return AuditRow(
        at=a.at.astimezone(zone),
        station=a.station,
        who=a.who,
        what=a.what,
        why=a.why,
        fulfillment_id=a.fulfillment_id,
        session_id=a.session_id,
        details=a.details,
    )


__all__ = [
    "AuditRow",
    "EntryKind",
    "FulfillmentHistory",
    "HistoryEntry",
    "ShipmentEntry",
    "ShipmentLine",
    "audit_row",
    "audit_trail",
    "build_history",
    "fulfillment_history",
    "zone_name",
]
