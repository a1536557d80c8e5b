"""The shipment outbox and the status-update outbox, with guarded state transitions.

Both share the journal's connection (see `packstation.store.database` for thread rules). Every
transition is one short write transaction that re-reads the row under the write lock, so a guard
can never act on a stale state.

Shipments: `pending → sending → sent`, `sending → pending` (retryable failure, with backoff),
`sending → rejected` (Stitch refused it for good) and a supervisor's `rejected → pending | sent |
discarded`. Status updates: the same, except that a newer status for the same fulfillment
supersedes a waiting older one (last write wins).

The sender (one per station; the journal's process lock makes that hold across processes):
at start-up `recover_interrupted()`; then for each of `due(now)`: `mark_sending`; if the entry is
`maybe_sent`, list the fulfillment's shipments first and `mark_sent(found_id)` if it is there;
otherwise POST and record the answer with `mark_sent`, `mark_rejected` or `mark_failed_retry`
(`maybe_sent=True` after a dropped connection or timeout). Never POST a `maybe_sent` entry blind.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from collections.abc import Mapping

from packstation.store import payloads, rows
from packstation.store.database import Database
from packstation.store.errors import UnknownOutboxEntryError
from packstation.store.outbox_rows import Clock, locked_row, transition
from packstation.store.records import (
    OutboxEntry,
    OutboxSummary,
    Resolution,
)
from packstation.store.status_outbox import StatusOutbox
from packstation.store.timestamps import from_db, to_db


def insert_shipment(
    conn: sqlite3.Connection,
    *,
    session_id: str,
    fulfillment_id: str,
    box_number: int,
    event_seq: int,
    payload: Mapping[str, object],
    at: dt.datetime,
) -> OutboxEntry:
    """Insert a pending shipment inside the caller's transaction (see `Journal.close_box`)."""
    now = to_db(at)
    row = conn.execute(
        "INSERT INTO shipment_outbox (local_id, fulfillment_id, session_id, box_number,"
        " event_seq, payload, state, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?) RETURNING *",
        (
            str(uuid.uuid4()),
            fulfillment_id,
            session_id,
            box_number,
            event_seq,
            payloads.dump(payload),
            now,
            now,
        ),
    ).fetchone()
    return rows.shipment(row)


class ShipmentOutbox:
    """Shipments waiting for Stitch. Obtain it as `Journal.outbox`."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    # -- reads ---------------------------------------------------------------------------

    def get(self, local_id: str) -> OutboxEntry:
        with self._db.read("read outbox entry") as conn:
            row = conn.execute(
                "SELECT * FROM shipment_outbox WHERE local_id = ?", (local_id,)
            ).fetchone()
        if row is None:
            raise UnknownOutboxEntryError(local_id)
        return rows.shipment(row)

    def for_session(self, session_id: str) -> tuple[OutboxEntry, ...]:
        return self._select(
            "SELECT * FROM shipment_outbox WHERE session_id = ? ORDER BY box_number", session_id
        )

    def for_fulfillment(self, fulfillment_id: str) -> tuple[OutboxEntry, ...]:
        return self._select(
            "SELECT * FROM shipment_outbox WHERE fulfillment_id = ? ORDER BY created_at, rowid",
            fulfillment_id,
        )

    def due(self, now: dt.datetime | None = None, *, limit: int = 100) -> tuple[OutboxEntry, ...]:
        """Pending shipments whose backoff has passed, oldest first."""
        return self._select(
            "SELECT * FROM shipment_outbox WHERE state = 'pending'"
            " AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"
            " ORDER BY created_at, rowid LIMIT ?",
            to_db(now or self._clock()),
            limit,
        )

    def next_attempt_at(self) -> dt.datetime | None:
        """When the earliest pending shipment becomes due (None: nothing pending).

        A pending row without a backoff is due at its creation time.
        """
        with self._db.read("read outbox schedule") as conn:
            (value,) = conn.execute(
                "SELECT min(coalesce(next_attempt_at, created_at)) FROM shipment_outbox"
                " WHERE state = 'pending'"
            ).fetchone()
        return None if value is None else from_db(value)

    def in_flight(self) -> tuple[OutboxEntry, ...]:
        return self._select("SELECT * FROM shipment_outbox WHERE state = 'sending' ORDER BY rowid")

    def waiting(self) -> tuple[OutboxEntry, ...]:
        return self._select(
            "SELECT * FROM shipment_outbox WHERE state IN ('pending', 'sending')"
            " ORDER BY created_at, rowid"
        )

    def rejected(self) -> tuple[OutboxEntry, ...]:
        return self._select(
            "SELECT * FROM shipment_outbox WHERE state = 'rejected' ORDER BY created_at, rowid"
        )

    def pending_summary(self) -> OutboxSummary:
        with self._db.read("summarise outbox") as conn:
            waiting, oldest, rejected = conn.execute(
                "SELECT count(*) FILTER (WHERE state IN ('pending', 'sending')),"
                " min(created_at) FILTER (WHERE state IN ('pending', 'sending')),"
                " count(*) FILTER (WHERE state = 'rejected')"
                " FROM shipment_outbox"
            ).fetchone()
        return OutboxSummary(
            waiting=waiting,
            oldest_created_at=None if oldest is None else from_db(oldest),
            rejected=rejected,
        )

    def fulfillments_in_outbox(
        self, *, include_sent_since: dt.datetime | None = None
    ) -> frozenset[str]:
        """Fulfillments with a shipment not yet in Stitch (pending, sending or rejected).

        With `include_sent_since`, also those sent since then: Stitch's open list may still
        show them until the queue's next poll.
        """
        sent_since = None if include_sent_since is None else to_db(include_sent_since)
        with self._db.read("list fulfillments in outbox") as conn:
            found = conn.execute(
                "SELECT DISTINCT fulfillment_id FROM shipment_outbox"
                " WHERE state IN ('pending', 'sending', 'rejected')"
                " OR (state = 'sent' AND ? IS NOT NULL AND sent_at >= ?)",
                (sent_since, sent_since),
            ).fetchall()
        return frozenset(row[0] for row in found)

    # -- transitions ---------------------------------------------------------------------

    def mark_sending(self, local_id: str, *, at: dt.datetime | None = None) -> OutboxEntry:
        """pending → sending, counting the attempt. Call before the POST (or reconciliation)."""
        now = to_db(at or self._clock())
        with self._db.write("mark shipment sending") as conn:
            row = transition(
                conn,
                "shipment_outbox",
                local_id,
                {"pending"},
                "start sending",
                "state = 'sending', attempts = attempts + 1, updated_at = ?",
                (now,),
            )
        return rows.shipment(row)

    def mark_sent(
        self, local_id: str, remote_id: str, *, at: dt.datetime | None = None
    ) -> OutboxEntry:
        """sending → sent: Stitch has it as `remote_id` (answered, or found by reconciling)."""
        if not remote_id:
            raise ValueError("a sent shipment needs Stitch's shipment id")
        now = to_db(at or self._clock())
        with self._db.write("mark shipment sent") as conn:
            row = transition(
                conn,
                "shipment_outbox",
                local_id,
                {"sending"},
                "mark sent",
                "state = 'sent', remote_id = ?, sent_at = ?, maybe_sent = 0, "
                "next_attempt_at = NULL, updated_at = ?",
                (remote_id, now, now),
            )
        return rows.shipment(row)

    def mark_failed_retry(
        self,
        local_id: str,
        error: str,
        next_attempt_at: dt.datetime,
        *,
        maybe_sent: bool = True,
        at: dt.datetime | None = None,
    ) -> OutboxEntry:
        """sending → pending, to be retried at `next_attempt_at`.

        `maybe_sent=False` only when the failure proves nothing reached Stitch (no connection,
        a 429, a validated error answer); the default is the safe side: reconcile first.
        `error` goes to the log and the supervisor's view: never put a token in it.
        """
        now = to_db(at or self._clock())
        with self._db.write("reschedule shipment") as conn:
            locked_row(conn, "shipment_outbox", local_id, {"sending"}, "retry")
            row = conn.execute(
                "UPDATE shipment_outbox SET state = 'pending', last_error = ?,"
                " next_attempt_at = ?, maybe_sent = ?, updated_at = ?"
                " WHERE local_id = ? RETURNING *",
                (error, to_db(next_attempt_at), int(maybe_sent), now, local_id),
            ).fetchone()
        return rows.shipment(row)

    def mark_rejected(
        self, local_id: str, message: str, *, at: dt.datetime | None = None
    ) -> OutboxEntry:
        """sending → rejected, keeping Stitch's message for a supervisor."""
        now = to_db(at or self._clock())
        with self._db.write("mark shipment rejected") as conn:
            row = transition(
                conn,
                "shipment_outbox",
                local_id,
                {"sending"},
                "reject",
                "state = 'rejected', rejected_message = ?, last_error = ?, "
                "maybe_sent = 0, next_attempt_at = NULL, updated_at = ?",
                (message, message, now),
            )
        return rows.shipment(row)

    def resolve_rejected(
        self,
        local_id: str,
        *,
        resolution: Resolution,
        by: str,
        why: str,
        station: str,
        remote_id: str | None = None,
        at: dt.datetime | None = None,
    ) -> OutboxEntry:
        """A supervisor's decision on a rejected shipment, audited in the same transaction."""
        if (resolution is Resolution.SENT_ELSEWHERE) != (remote_id is not None):
            raise ValueError("give a remote id exactly when the shipment was sent elsewhere")
        if not by.strip() or not why.strip():
            raise ValueError("a resolution needs who decided and why")
        moment = at or self._clock()
        now = to_db(moment)
        with self._db.write("resolve rejected shipment") as conn:
            before = locked_row(
                conn, "shipment_outbox", local_id, {"rejected"}, f"resolve ({resolution})"
            )
            if resolution is Resolution.RETRY:
                row = conn.execute(
                    "UPDATE shipment_outbox SET state = 'pending', next_attempt_at = NULL,"
                    " updated_at = ? WHERE local_id = ? RETURNING *",
                    (now, local_id),
                ).fetchone()
            elif resolution is Resolution.DISCARD:
                row = conn.execute(
                    "UPDATE shipment_outbox SET state = 'discarded', updated_at = ?"
                    " WHERE local_id = ? RETURNING *",
                    (now, local_id),
                ).fetchone()
            else:
                row = conn.execute(
                    "UPDATE shipment_outbox SET state = 'sent', remote_id = ?, sent_at = ?,"
                    " updated_at = ? WHERE local_id = ? RETURNING *",
                    (remote_id, now, now, local_id),
                ).fetchone()
            rows.insert_audit(
                conn,
                at=moment,
                station=station,
                who=by,
                what=f"rejected shipment: {resolution.value}",
                why=why,
                details={
                    "local_id": local_id,
                    "box_number": before["box_number"],
                    "rejected_message": before["rejected_message"],
                    "remote_id": remote_id,
                },
                fulfillment_id=before["fulfillment_id"],
                session_id=before["session_id"],
            )
        return rows.shipment(row)

    def recover_interrupted(self, *, at: dt.datetime | None = None) -> tuple[OutboxEntry, ...]:
        """At start-up: rows left `sending` by a crash go back to pending, to be reconciled.

        Only one process may use a journal, so any `sending` row at start-up is orphaned.
        """
        now = to_db(at or self._clock())
        with self._db.write("recover interrupted shipments") as conn:
            found = conn.execute(
                "UPDATE shipment_outbox SET state = 'pending', maybe_sent = 1,"
                " next_attempt_at = NULL, last_error = 'interrupted while sending',"
                " updated_at = ? WHERE state = 'sending' RETURNING *",
                (now,),
            ).fetchall()
        return tuple(rows.shipment(row) for row in found)

    def _select(self, sql: str, *params: object) -> tuple[OutboxEntry, ...]:
        with self._db.read("read outbox") as conn:
            found = conn.execute(sql, params).fetchall()
        return tuple(rows.shipment(row) for row in found)


__all__ = ["Clock", "ShipmentOutbox", "StatusOutbox", "insert_shipment"]
