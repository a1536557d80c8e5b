"""The status outbox: a fulfillment's status waits here until Stitch has it; a newer one
supersedes an older one still waiting.
"""

from __future__ import annotations

import datetime as dt
import uuid

from packstation.store import rows
from packstation.store.database import Database
from packstation.store.errors import UnknownOutboxEntryError
from packstation.store.outbox_rows import Clock, locked_row, transition
from packstation.store.records import OutboxSummary, StatusUpdate
from packstation.store.timestamps import from_db, to_db

MAX_STATUS_LENGTH = 255  # the contract's limit on a fulfillment's status


class StatusOutbox:
    """Fulfillment status updates waiting for Stitch; last write wins per fulfillment.

    Obtain it as `Journal.statuses`.
    """

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def put(
        self, fulfillment_id: str, status: str, *, at: dt.datetime | None = None
    ) -> StatusUpdate:
        """Queue `status` ("" clears it), superseding a still-waiting older one.

        A status already `sending` is left alone (it may be in flight); the new one waits until
        it is done, so Stitch always ends with the newest.
        """
        if len(status) > MAX_STATUS_LENGTH:
            raise ValueError(f"a status has at most {MAX_STATUS_LENGTH} characters")
        now = to_db(at or self._clock())
        with self._db.write("queue status update") as conn:
            conn.execute(
                "UPDATE status_outbox SET state = 'superseded', updated_at = ?"
                " WHERE fulfillment_id = ? AND state = 'pending'",
                (now, fulfillment_id),
            )
            row = conn.execute(
                "INSERT INTO status_outbox (local_id, fulfillment_id, status, state,"
                " created_at, updated_at) VALUES (?, ?, ?, 'pending', ?, ?) RETURNING *",
                (str(uuid.uuid4()), fulfillment_id, status, now, now),
            ).fetchone()
        return rows.status_update(row)

    def get(self, local_id: str) -> StatusUpdate:
        with self._db.read("read status update") as conn:
            row = conn.execute(
                "SELECT * FROM status_outbox WHERE local_id = ?", (local_id,)
            ).fetchone()
        if row is None:
            raise UnknownOutboxEntryError(local_id)
        return rows.status_update(row)

    def latest(self, fulfillment_id: str) -> StatusUpdate | None:
        """The newest status this station set for the fulfillment, in whatever state."""
        found = self._select(
            "SELECT * FROM status_outbox WHERE fulfillment_id = ? ORDER BY rowid DESC LIMIT 1",
            fulfillment_id,
        )
        return found[0] if found else None

    def due(self, now: dt.datetime | None = None, *, limit: int = 100) -> tuple[StatusUpdate, ...]:
        """Pending updates past their backoff whose fulfillment has none in flight."""
        return self._select(
            "SELECT * FROM status_outbox AS s WHERE state = 'pending'"
            " AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"
            " AND NOT EXISTS (SELECT 1 FROM status_outbox AS f"
            "   WHERE f.fulfillment_id = s.fulfillment_id AND f.state = 'sending')"
            " ORDER BY created_at, rowid LIMIT ?",
            to_db(now or self._clock()),
            limit,
        )

    def pending_summary(self) -> OutboxSummary:
        with self._db.read("summarise status outbox") as conn:
            waiting, oldest, rejected = conn.execute(
                "SELECT count(*) FILTER (WHERE state IN ('pending', 'sending')),"
                " min(created_at) FILTER (WHERE state IN ('pending', 'sending')),"
                " count(*) FILTER (WHERE state = 'rejected')"
                " FROM status_outbox"
            ).fetchone()
        return OutboxSummary(
            waiting=waiting,
            oldest_created_at=None if oldest is None else from_db(oldest),
            rejected=rejected,
        )

    def mark_sending(self, local_id: str, *, at: dt.datetime | None = None) -> StatusUpdate:
        now = to_db(at or self._clock())
        with self._db.write("mark status sending") as conn:
            row = transition(
                conn,
                "status_outbox",
                local_id,
                {"pending"},
                "start sending",
                "state = 'sending', attempts = attempts + 1, updated_at = ?",
                (now,),
            )
        return rows.status_update(row)

    def mark_sent(self, local_id: str, *, at: dt.datetime | None = None) -> StatusUpdate:
        now = to_db(at or self._clock())
        with self._db.write("mark status sent") as conn:
            row = transition(
                conn,
                "status_outbox",
                local_id,
                {"sending"},
                "mark sent",
                "state = 'sent', sent_at = ?, next_attempt_at = NULL, updated_at = ?",
                (now, now),
            )
        return rows.status_update(row)

    def mark_failed_retry(
        self,
        local_id: str,
        error: str,
        next_attempt_at: dt.datetime,
        *,
        at: dt.datetime | None = None,
    ) -> StatusUpdate:
        """sending → pending, or → superseded when a newer status is already waiting.

        Setting a status is idempotent, so no reconciliation is needed before resending.
        """
        now = to_db(at or self._clock())
        with self._db.write("reschedule status update") as conn:
            row = locked_row(conn, "status_outbox", local_id, {"sending"}, "retry")
            newer = conn.execute(
                "SELECT 1 FROM status_outbox WHERE fulfillment_id = ? AND state = 'pending'",
                (row["fulfillment_id"],),
            ).fetchone()
            state = "superseded" if newer else "pending"
            row = conn.execute(
                "UPDATE status_outbox SET state = ?, last_error = ?, next_attempt_at = ?,"
                " updated_at = ? WHERE local_id = ? RETURNING *",
                (state, error, to_db(next_attempt_at), now, local_id),
            ).fetchone()
        return rows.status_update(row)

    def mark_rejected(
        self, local_id: str, message: str, *, at: dt.datetime | None = None
    ) -> StatusUpdate:
        now = to_db(at or self._clock())
        with self._db.write("mark status rejected") as conn:
            row = transition(
                conn,
                "status_outbox",
                local_id,
                {"sending"},
                "reject",
                "state = 'rejected', rejected_message = ?, last_error = ?, "
                "next_attempt_at = NULL, updated_at = ?",
                (message, message, now),
            )
        return rows.status_update(row)

    def recover_interrupted(self, *, at: dt.datetime | None = None) -> tuple[StatusUpdate, ...]:
        """At start-up: `sending` rows go back to pending (or superseded if a newer waits)."""
        now = to_db(at or self._clock())
        with self._db.write("recover interrupted status updates") as conn:
            conn.execute(
                "UPDATE status_outbox SET state = 'superseded', updated_at = ?"
                " WHERE state = 'sending' AND EXISTS (SELECT 1 FROM status_outbox AS n"
                "   WHERE n.fulfillment_id = status_outbox.fulfillment_id"
                "   AND n.state = 'pending')",
                (now,),
            )
            found = conn.execute(
                "UPDATE status_outbox SET state = 'pending', next_attempt_at = NULL,"
                " last_error = 'interrupted while sending', updated_at = ?"
                " WHERE state = 'sending' RETURNING *",
                (now,),
            ).fetchall()
        return tuple(rows.status_update(row) for row in found)

    def _select(self, sql: str, *params: object) -> tuple[StatusUpdate, ...]:
        with self._db.read("read status outbox") as conn:
            found = conn.execute(sql, params).fetchall()
        return tuple(rows.status_update(row) for row in found)


__all__ = ["MAX_STATUS_LENGTH", "StatusOutbox"]
