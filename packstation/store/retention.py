"""How long the journal keeps things: whole finished sessions (`prune`), and customers' personal
data (`erase_personal_data`), which goes much sooner than the scan history it belongs to.

An order's personal data (ship-to name, address, phone, email and the order's notes, see
`schema.PERSONAL_PATHS`) is erased once every session of the order is closed, none of its boxes
waits to be sent (pending, sending, rejected) and its last box was sent (or its last session
closed) more than N days ago. Scan events, figures and the audit trail (order ids, SKUs, packer,
times) stay.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import astuple, dataclass

from packstation.store.database import Database
from packstation.store.records import PruneResult
from packstation.store.schema import PERSONAL_PATHS
from packstation.store.timestamps import from_db, to_db

DEFAULT_RETENTION_DAYS = 180
DEFAULT_PERSONAL_DATA_DAYS = 90

_PATHS = ", ".join(f"'{p}'" for p in PERSONAL_PATHS)
_HOLDS_PERSONAL = " OR ".join(f"json_type({{col}}, '{p}') IS NOT NULL" for p in PERSONAL_PATHS)
_WAITING = "('pending', 'sending', 'rejected')"

# Orders whose personal data may go: nothing open, nothing waiting, last activity before :cutoff.
_DUE_ORDERS = f"""
    SELECT s.fulfillment_id FROM sessions AS s
    WHERE s.fulfillment_id IN (SELECT value FROM json_each(:batch))
    GROUP BY s.fulfillment_id
    HAVING count(s.closed_at) = count(*)
       AND max(coalesce(
             (SELECT max(o.sent_at) FROM shipment_outbox AS o WHERE o.session_id = s.id),
             s.closed_at)) < :cutoff
       AND NOT EXISTS (SELECT 1 FROM shipment_outbox AS w
                       WHERE w.fulfillment_id = s.fulfillment_id AND w.state IN {_WAITING})
"""  # noqa: S608 (constants only)


@dataclass(frozen=True, slots=True)
class ErasureResult:
    orders: int
    sessions: int
    shipments: int
    audit_entries: int


@dataclass(frozen=True, slots=True)
class PersonalDataAge:
    rows: int  # rows still holding personal data (sessions, boxes, audit entries)
    oldest: dt.datetime | None  # when the oldest of them was written


def erase_personal_data(
    db: Database, days: int, now: dt.datetime, *, batch: int = 200
) -> ErasureResult:
    """Erase in short transactions of `batch` orders, so scans never wait long for the lock."""
    if days < 1:
        raise ValueError("personal data is kept at least one day")
    cutoff = to_db(now - dt.timedelta(days=days))
    with db.read("find personal data to erase") as conn:
        candidates = [
            str(row[0])
            for row in conn.execute(
                "SELECT DISTINCT fulfillment_id FROM sessions"  # noqa: S608
                f" WHERE closed_at < ? AND ({_HOLDS_PERSONAL.format(col='spec')})"
                " UNION SELECT DISTINCT fulfillment_id FROM shipment_outbox"
                f" WHERE updated_at < ? AND ({_HOLDS_PERSONAL.format(col='payload')})",
                (cutoff, cutoff),
            )
        ]
    total = ErasureResult(0, 0, 0, 0)
    for start in range(0, len(candidates), batch):
        ids = json.dumps(candidates[start : start + batch])
        done = _erase_batch(db, cutoff, ids)
        total = ErasureResult(*(a + b for a, b in zip(astuple(total), astuple(done), strict=True)))
    return total


def _erase_batch(db: Database, cutoff: str, ids: str) -> ErasureResult:
    params = {"cutoff": cutoff, "batch": ids}
    with db.write("erase personal data") as conn:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS due_orders (id TEXT PRIMARY KEY)")
        conn.execute("DELETE FROM temp.due_orders")
        orders = conn.execute(
            f"INSERT INTO temp.due_orders {_DUE_ORDERS}",
            params,
        ).rowcount
        sessions = conn.execute(
            f"UPDATE sessions SET spec = json_remove(spec, {_PATHS})"  # noqa: S608
            f" WHERE fulfillment_id IN temp.due_orders AND ({_HOLDS_PERSONAL.format(col='spec')})"
        ).rowcount
        shipments = conn.execute(
            f"UPDATE shipment_outbox SET payload = json_remove(payload, {_PATHS})"  # noqa: S608
            " WHERE state IN ('sent', 'discarded') AND fulfillment_id IN temp.due_orders"
            f" AND ({_HOLDS_PERSONAL.format(col='payload')})"
        ).rowcount
        audit = conn.execute(
            f"UPDATE audit SET details = json_remove(details, {_PATHS})"  # noqa: S608
            " WHERE fulfillment_id IN temp.due_orders"
            f" AND ({_HOLDS_PERSONAL.format(col='details')})"
        ).rowcount
        conn.execute("DELETE FROM temp.due_orders")
    return ErasureResult(orders, sessions, shipments, audit)


def personal_data_age(db: Database) -> PersonalDataAge:
    with db.read("read personal data age") as conn:
        row = conn.execute(
            "SELECT sum(n), min(oldest) FROM ("  # noqa: S608
            f" SELECT count(*) AS n, min(opened_at) AS oldest FROM sessions"
            f"  WHERE {_HOLDS_PERSONAL.format(col='spec')}"
            f" UNION ALL SELECT count(*), min(created_at) FROM shipment_outbox"
            f"  WHERE {_HOLDS_PERSONAL.format(col='payload')}"
            f" UNION ALL SELECT count(*), min(at) FROM audit"
            f"  WHERE {_HOLDS_PERSONAL.format(col='details')})"
        ).fetchone()
    rows, oldest = int(row[0] or 0), row[1]
    return PersonalDataAge(rows, None if oldest is None else from_db(oldest))


def prune(db: Database, older_than_days: int, now: dt.datetime) -> PruneResult:
    """Delete closed sessions (with their events and sent boxes) closed before the cutoff.

    Never touches open sessions, nor a session with a shipment not yet in Stitch
    (pending, sending or rejected). Finished status updates and audit entries older than
    the cutoff go too.
    """
    if older_than_days < 1:
        raise ValueError("retention must be at least one day")
    cutoff = to_db(now - dt.timedelta(days=older_than_days))
    victims = (
        "SELECT id FROM sessions AS s WHERE s.closed_at IS NOT NULL AND s.closed_at < ?"  # noqa: S608
        " AND NOT EXISTS (SELECT 1 FROM shipment_outbox AS o WHERE o.session_id = s.id"
        f"   AND o.state IN {_WAITING})"
    )
    with db.write("prune old sessions") as conn:
        shipments = conn.execute(
            f"DELETE FROM shipment_outbox WHERE session_id IN ({victims})",  # noqa: S608
            (cutoff,),
        ).rowcount
        events = conn.execute(
            f"DELETE FROM events WHERE session_id IN ({victims})",  # noqa: S608
            (cutoff,),
        ).rowcount
        sessions = conn.execute(
            f"DELETE FROM sessions WHERE id IN ({victims})",  # noqa: S608
            (cutoff,),
        ).rowcount
        statuses = conn.execute(
            "DELETE FROM status_outbox WHERE state IN ('sent', 'superseded', 'rejected')"
            " AND updated_at < ?",
            (cutoff,),
        ).rowcount
        audit = conn.execute("DELETE FROM audit WHERE at < ?", (cutoff,)).rowcount
    return PruneResult(
        sessions=sessions,
        events=events,
        shipments=shipments,
        status_updates=statuses,
        audit_entries=audit,
    )
