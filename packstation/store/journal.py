"""The station's journal: pack sessions, their events, the outboxes and the audit trail.

One SQLite file per station profile, opened once per process. WAL mode with `synchronous=FULL`:
a method that writes returns only after its transaction is on disk, so a scan's feedback can be
shown the moment `append_event` returns and survives a power cut.

Thread-safety: a `Journal` is used from the thread that opened it (the asyncio loop's thread).
Every call is synchronous and short (one transaction, one fsync); there is no background work.
Any failure to record raises `JournalUnavailable`; the caller must stop accepting scans.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType

from packstation.store import payloads, retention, rows
from packstation.store.database import Database, Synchronous
from packstation.store.errors import (
    JournalUnavailable,
    SessionClosedError,
    SessionStillOpenError,
    UnknownSessionError,
)
from packstation.store.files import make_private, make_private_dirs, side_file
from packstation.store.health import preflight
from packstation.store.lock import ProcessLock
from packstation.store.opening import lock_for, prepare, reason_for_os_error
from packstation.store.outbox import Clock, ShipmentOutbox, StatusOutbox, insert_shipment
from packstation.store.paths import default_journal_path
from packstation.store.records import (
    AuditEntry,
    EventRecord,
    NewEvent,
    OutboxEntry,
    PruneResult,
    ResumableSession,
    SessionOutcome,
    SessionRecord,
)
from packstation.store.retention import DEFAULT_PERSONAL_DATA_DAYS, DEFAULT_RETENTION_DAYS
from packstation.store.schema import migrate
from packstation.store.timestamps import to_db, utc_now


class Journal:
    """Open with `Journal.open(path)` or `Journal.for_profile(profile)`; close with `close()`."""

    def __init__(
        self, db: Database, *, clock: Clock = utc_now, lock: ProcessLock | None = None
    ) -> None:
        self._db = db
        self._clock = clock
        self._lock = lock
        self.outbox = ShipmentOutbox(db, clock)
        self.statuses = StatusOutbox(db, clock)

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        read_only: bool = False,
        busy_timeout_s: float = 5.0,
        synchronous: Synchronous = Synchronous.FULL,
        clock: Clock = utc_now,
    ) -> Journal:
        """Open (creating if needed) and migrate the journal at `path`.

        A writable journal is open in one process (one `Journal`) at a time: a second open
        raises `JournalUnavailable` (LOCKED) until the first is closed or its process is gone.
        `read_only=True` (inspection, support tools) takes no lock and never writes.
        Raises `JournalTooNew` if a newer Packstation wrote it, `NotAJournalError` for a foreign
        file and `JournalUnavailable` if it cannot be opened or migrated.
        """
        path = Path(path)
        if read_only:
            preflight(path)  # SQLite itself would delete a -wal beside an empty file, even here
        else:
            prepare(path)
        lock = None if read_only else lock_for(path)
        try:
            db = Database(
                path, read_only=read_only, busy_timeout_s=busy_timeout_s, synchronous=synchronous
            )
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        try:
            migrate(db.connection, path=path)
        except BaseException:
            db.close()
            if lock is not None:
                lock.release()
            raise
        if not read_only:
            for companion in ("", "-wal", "-shm"):
                make_private(side_file(path, companion))
        return cls(db, clock=clock, lock=lock)

    @classmethod
    def for_profile(cls, profile: str = "default", *, clock: Clock = utc_now) -> Journal:
        """The journal of a station profile at its platform default location."""
        path = default_journal_path(profile)
        try:
            make_private_dirs(path.parent)
        except OSError as error:
            raise JournalUnavailable(
                reason_for_os_error(error),
                path=path,
                operation="create journal directory",
                sqlite_error=str(error),
            ) from error
        return cls.open(path, clock=clock)

    @property
    def path(self) -> Path:
        return self._db.path

    def close(self) -> None:
        """Close the connection (SQLite checkpoints the WAL) and release the process lock."""
        try:
            self._db.close()
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> Journal:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Journal({str(self.path)!r})"

    def check_writable(self) -> None:
        """Write and commit a no-op change; raises `JournalUnavailable` if that fails.

        For re-enabling scanning after the cause of a `JournalUnavailable` was fixed.
        """
        with self._db.write("check the journal is writable") as conn:
            (version,) = conn.execute("PRAGMA user_version").fetchone()
            conn.execute(f"PRAGMA user_version = {int(version)}")

    # -- sessions and events -------------------------------------------------------------

    def open_session(
        self,
        *,
        fulfillment_id: str,
        order_number: str,
        station: str,
        packer: str,
        spec: Mapping[str, object],
        at: dt.datetime | None = None,
        session_id: str | None = None,
    ) -> SessionRecord:
        """Start a pack session; `spec` is what rebuilding it needs (the lines, etc.).

        Raises `SessionStillOpenError` if this station has an unfinished session.
        """
        spec_json = payloads.dump(spec)
        new_id = session_id or str(uuid.uuid4())
        opened = to_db(at or self._clock())
        with self._db.write("open pack session") as conn:
            other = conn.execute(
                "SELECT id FROM sessions WHERE station = ? AND closed_at IS NULL", (station,)
            ).fetchone()
            if other is not None:
                raise SessionStillOpenError(station, other["id"])
            row = conn.execute(
                "INSERT INTO sessions (id, fulfillment_id, order_number, station, packer,"
                " opened_at, spec) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *",
                (new_id, fulfillment_id, order_number, station, packer, opened, spec_json),
            ).fetchone()
        return rows.session(row)

    def append_event(self, session_id: str, event: NewEvent) -> EventRecord:
        """Append one event to an open session; on disk when this returns."""
        with self._db.write("save scan") as conn:
            return self._insert_event(conn, session_id, event)

    def close_box(
        self,
        session_id: str,
        event: NewEvent,
        shipment_payload: Mapping[str, object],
        *,
        close_session: bool,
        outcome: str = SessionOutcome.SHIPPED,
    ) -> OutboxEntry:
        """Record the box-closing event and its pending shipment in ONE transaction.

        With `close_session`, the session is closed with `outcome` at the event's time, too.
        Either all of it is on disk when this returns, or (on any error) none of it.
        """
        with self._db.write("close box") as conn:
            record = self._insert_event(conn, session_id, event)
            (box_number,) = conn.execute(
                "SELECT coalesce(max(box_number), 0) + 1 FROM shipment_outbox WHERE session_id = ?",
                (session_id,),
            ).fetchone()
            entry = insert_shipment(
                conn,
                session_id=session_id,
                fulfillment_id=record.fulfillment_id,
                box_number=box_number,
                event_seq=record.seq,
                payload=shipment_payload,
                at=event.at,
            )
            if close_session:
                self._close(conn, session_id, outcome, event.at)
        return entry

    def close_session(
        self,
        session_id: str,
        *,
        outcome: str,
        event: NewEvent | None = None,
        at: dt.datetime | None = None,
    ) -> SessionRecord:
        """Close a session without a shipment (canceled, stopped), with its last event."""
        with self._db.write("close pack session") as conn:
            if event is not None:
                self._insert_event(conn, session_id, event)
            moment = event.at if event is not None and at is None else (at or self._clock())
            return self._close(conn, session_id, outcome, moment)

    def _insert_event(
        self, conn: sqlite3.Connection, session_id: str, event: NewEvent
    ) -> EventRecord:
        session = self._open_session_row(conn, session_id)
        (seq,) = conn.execute(
            "SELECT coalesce(max(seq), 0) + 1 FROM events WHERE session_id = ?", (session_id,)
        ).fetchone()
        row = conn.execute(
            "INSERT INTO events (session_id, seq, at, station, packer, fulfillment_id, kind,"
            " raw, result, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *",
            (
                session_id,
                seq,
                to_db(event.at),
                session["station"],
                event.packer or session["packer"],
                session["fulfillment_id"],
                event.kind,
                event.raw,
                event.result,
                payloads.dump(event.payload),
            ),
        ).fetchone()
        return rows.event(row)

    def _close(
        self, conn: sqlite3.Connection, session_id: str, outcome: str, at: dt.datetime
    ) -> SessionRecord:
        self._open_session_row(conn, session_id)
        row = conn.execute(
            "UPDATE sessions SET closed_at = ?, outcome = ? WHERE id = ? RETURNING *",
            (to_db(at), str(outcome), session_id),
        ).fetchone()
        return rows.session(row)

    @staticmethod
    def _open_session_row(conn: sqlite3.Connection, session_id: str) -> sqlite3.Row:
        row: sqlite3.Row | None = conn.execute(
            "SELECT * FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()
        if row is None:
            raise UnknownSessionError(session_id)
        if row["closed_at"] is not None:
            raise SessionClosedError(session_id)
        return row

    # -- queries -------------------------------------------------------------------------

    def session(self, session_id: str) -> SessionRecord:
        with self._db.read("read pack session") as conn:
            row = conn.execute("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()
        if row is None:
            raise UnknownSessionError(session_id)
        return rows.session(row)

    def events(self, session_id: str) -> tuple[EventRecord, ...]:
        """A session's events in the order they happened."""
        with self._db.read("read session events") as conn:
            found = conn.execute(
                "SELECT * FROM events WHERE session_id = ? ORDER BY seq", (session_id,)
            ).fetchall()
        return tuple(rows.event(row) for row in found)

    def unfinished_session(self, station: str) -> ResumableSession | None:
        """The station's session left open (by a restart or crash), to resume exactly."""
        with self._db.read("find unfinished session") as conn:
            row = conn.execute(
                "SELECT * FROM sessions WHERE station = ? AND closed_at IS NULL", (station,)
            ).fetchone()
            if row is None:
                return None
            events = conn.execute(
                "SELECT * FROM events WHERE session_id = ? ORDER BY seq", (row["id"],)
            ).fetchall()
            boxes = conn.execute(
                "SELECT * FROM shipment_outbox WHERE session_id = ? ORDER BY box_number",
                (row["id"],),
            ).fetchall()
        return ResumableSession(
            session=rows.session(row),
            events=tuple(rows.event(e) for e in events),
            boxes=tuple(rows.shipment(b) for b in boxes),
        )

    def sessions_of_fulfillment(self, fulfillment_id: str) -> tuple[SessionRecord, ...]:
        with self._db.read("read fulfillment sessions") as conn:
            found = conn.execute(
                "SELECT * FROM sessions WHERE fulfillment_id = ? ORDER BY opened_at, rowid",
                (fulfillment_id,),
            ).fetchall()
        return tuple(rows.session(row) for row in found)

    def events_of_fulfillment(self, fulfillment_id: str) -> tuple[EventRecord, ...]:
        """Every event of every session of a fulfillment: its history, as evidence."""
        with self._db.read("read fulfillment history") as conn:
            found = conn.execute(
                "SELECT * FROM events WHERE fulfillment_id = ? ORDER BY at, session_id, seq",
                (fulfillment_id,),
            ).fetchall()
        return tuple(rows.event(row) for row in found)

    def sessions_between(
        self, start: dt.datetime, end: dt.datetime, *, station: str | None = None
    ) -> tuple[SessionRecord, ...]:
        """Sessions opened in [start, end), optionally of one station."""
        with self._db.read("read sessions in range") as conn:
            found = conn.execute(
                "SELECT * FROM sessions WHERE opened_at >= ? AND opened_at < ?"
                " AND (? IS NULL OR station = ?) ORDER BY opened_at, rowid",
                (to_db(start), to_db(end), station, station),
            ).fetchall()
        return tuple(rows.session(row) for row in found)

    def events_between(
        self, start: dt.datetime, end: dt.datetime, *, station: str | None = None
    ) -> tuple[EventRecord, ...]:
        """Events in [start, end), optionally of one station, in time order."""
        with self._db.read("read events in range") as conn:
            found = conn.execute(
                "SELECT * FROM events WHERE at >= ? AND at < ?"
                " AND (? IS NULL OR station = ?) ORDER BY at, session_id, seq",
                (to_db(start), to_db(end), station, station),
            ).fetchall()
        return tuple(rows.event(row) for row in found)

    # -- audit ---------------------------------------------------------------------------

    def audit(
        self,
        *,
        station: str,
        who: str,
        what: str,
        why: str = "",
        details: Mapping[str, object] | None = None,
        fulfillment_id: str | None = None,
        session_id: str | None = None,
        at: dt.datetime | None = None,
    ) -> AuditEntry:
        """Record who did what and why (takeovers, overrides, supervisor decisions)."""
        with self._db.write("write audit entry") as conn:
            return rows.insert_audit(
                conn,
                at=at or self._clock(),
                station=station,
                who=who,
                what=what,
                why=why,
                details=details or {},
                fulfillment_id=fulfillment_id,
                session_id=session_id,
            )

    def audit_entries(
        self, start: dt.datetime | None = None, end: dt.datetime | None = None
    ) -> tuple[AuditEntry, ...]:
        """Audit entries in [start, end) (open-ended when not given), oldest first."""
        low = None if start is None else to_db(start)
        high = None if end is None else to_db(end)
        with self._db.read("read audit trail") as conn:
            found = conn.execute(
                "SELECT * FROM audit WHERE (? IS NULL OR at >= ?) AND (? IS NULL OR at < ?)"
                " ORDER BY at, id",
                (low, low, high, high),
            ).fetchall()
        return tuple(rows.audit_entry(row) for row in found)

    # -- retention -----------------------------------------------------------------------

    def prune(
        self, older_than_days: int = DEFAULT_RETENTION_DAYS, *, now: dt.datetime | None = None
    ) -> PruneResult:
        """Delete finished sessions closed before the cutoff (see `retention.prune`)."""
        return retention.prune(self._db, older_than_days, now or self._clock())

    def erase_personal_data(
        self, days: int = DEFAULT_PERSONAL_DATA_DAYS, *, now: dt.datetime | None = None
    ) -> retention.ErasureResult:
        """Erase customers' addresses and contacts of orders finished `days` ago or more."""
        return retention.erase_personal_data(self._db, days, now or self._clock())

    def personal_data_age(self) -> retention.PersonalDataAge:
        return retention.personal_data_age(self._db)
