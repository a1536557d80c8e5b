"""Row ↔ record conversions and the inserts shared by several transactions."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Mapping

from packstation.store import payloads
from packstation.store.records import (
    AuditEntry,
    EventRecord,
    OutboxEntry,
    SessionRecord,
    ShipmentState,
    StatusState,
    StatusUpdate,
)
from packstation.store.timestamps import from_db, opt_from_db, to_db


def session(row: sqlite3.Row) -> SessionRecord:
    return SessionRecord(
        id=row["id"],
        fulfillment_id=row["fulfillment_id"],
        order_number=row["order_number"],
        station=row["station"],
        packer=row["packer"],
        opened_at=from_db(row["opened_at"]),
        closed_at=opt_from_db(row["closed_at"]),
        outcome=row["outcome"],
        spec=payloads.load(row["spec"]),
    )


def event(row: sqlite3.Row) -> EventRecord:
    return EventRecord(
        session_id=row["session_id"],
        seq=row["seq"],
        at=from_db(row["at"]),
        station=row["station"],
        packer=row["packer"],
        fulfillment_id=row["fulfillment_id"],
        kind=row["kind"],
        raw=row["raw"],
        result=row["result"],
        payload=payloads.load(row["payload"]),
    )


def shipment(row: sqlite3.Row) -> OutboxEntry:
    return OutboxEntry(
        local_id=row["local_id"],
        fulfillment_id=row["fulfillment_id"],
        session_id=row["session_id"],
        box_number=row["box_number"],
        event_seq=row["event_seq"],
        payload=payloads.load(row["payload"]),
        state=ShipmentState(row["state"]),
        attempts=row["attempts"],
        maybe_sent=bool(row["maybe_sent"]),
        next_attempt_at=opt_from_db(row["next_attempt_at"]),
        last_error=row["last_error"],
        rejected_message=row["rejected_message"],
        remote_id=row["remote_id"],
        created_at=from_db(row["created_at"]),
        updated_at=from_db(row["updated_at"]),
        sent_at=opt_from_db(row["sent_at"]),
    )


def status_update(row: sqlite3.Row) -> StatusUpdate:
    return StatusUpdate(
        local_id=row["local_id"],
        fulfillment_id=row["fulfillment_id"],
        status=row["status"],
        state=StatusState(row["state"]),
        attempts=row["attempts"],
        next_attempt_at=opt_from_db(row["next_attempt_at"]),
        last_error=row["last_error"],
        rejected_message=row["rejected_message"],
        created_at=from_db(row["created_at"]),
        updated_at=from_db(row["updated_at"]),
        sent_at=opt_from_db(row["sent_at"]),
    )


def audit_entry(row: sqlite3.Row) -> AuditEntry:
    return AuditEntry(
        id=row["id"],
        at=from_db(row["at"]),
        station=row["station"],
        who=row["who"],
        what=row["what"],
        why=row["why"],
        fulfillment_id=row["fulfillment_id"],
        session_id=row["session_id"],
        details=payloads.load(row["details"]),
    )


def insert_audit(
    conn: sqlite3.Connection,
    *,
    at: dt.datetime,
    station: str,
    who: str,
    what: str,
    why: str,
    details: Mapping[str, object],
    fulfillment_id: str | None,
    session_id: str | None,
) -> AuditEntry:
    row = conn.execute(
        "INSERT INTO audit (at, station, who, what, why, fulfillment_id, session_id, details)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING *",
        (to_db(at), station, who, what, why, fulfillment_id, session_id, payloads.dump(details)),
    ).fetchone()
    return audit_entry(row)
