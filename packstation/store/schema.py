"""The journal's schema and the migrations that build it, run on every open.

`PRAGMA user_version` is the number of migrations applied. Each migration runs in its own
transaction together with the version bump, so a crash mid-migration leaves the previous version
intact. Migrations are append-only: never edit one that has shipped, add the next one instead.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from packstation.store.errors import (
    JournalTooNew,
    JournalUnavailable,
    NotAJournalError,
    is_environmental,
)

# "PkSt": marks the file as ours so we never migrate some other program's database.
APPLICATION_ID = int.from_bytes(b"PkSt", "big")

Migration = Sequence[str]

_V1_SESSIONS_EVENTS_AUDIT: Migration = (
    f"PRAGMA application_id = {APPLICATION_ID}",
    """
    CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        fulfillment_id TEXT NOT NULL,
        order_number TEXT NOT NULL,
        station TEXT NOT NULL,
        packer TEXT NOT NULL,
        opened_at TEXT NOT NULL,
        closed_at TEXT,
        outcome TEXT,
        spec TEXT NOT NULL CHECK (json_valid(spec)),
        CHECK ((closed_at IS NULL) = (outcome IS NULL))
    ) STRICT
    """,
    # A station packs one order at a time; the unfinished one is what a restart resumes.
    "CREATE UNIQUE INDEX sessions_one_open_per_station ON sessions(station)"
    " WHERE closed_at IS NULL",
    "CREATE INDEX sessions_by_fulfillment ON sessions(fulfillment_id, opened_at)",
    "CREATE INDEX sessions_by_opened_at ON sessions(opened_at)",
    "CREATE INDEX sessions_by_closed_at ON sessions(closed_at) WHERE closed_at IS NOT NULL",
    # Only closing is allowed, once; everything else about a session is fixed when it opens.
    """
    CREATE TRIGGER sessions_close_once BEFORE UPDATE ON sessions
    WHEN OLD.closed_at IS NOT NULL
      OR NEW.id IS NOT OLD.id OR NEW.fulfillment_id IS NOT OLD.fulfillment_id
      OR NEW.order_number IS NOT OLD.order_number OR NEW.station IS NOT OLD.station
      OR NEW.packer IS NOT OLD.packer OR NEW.opened_at IS NOT OLD.opened_at
      OR NEW.spec IS NOT OLD.spec
    BEGIN SELECT RAISE(ABORT, 'a pack session only changes by closing, once'); END
    """,
    """
    CREATE TABLE events (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL CHECK (seq >= 1),
        at TEXT NOT NULL,
        station TEXT NOT NULL,
        packer TEXT NOT NULL,
        fulfillment_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        raw TEXT NOT NULL,
        result TEXT NOT NULL,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        PRIMARY KEY (session_id, seq)
    ) STRICT, WITHOUT ROWID
    """,
    "CREATE INDEX events_by_fulfillment ON events(fulfillment_id, at)",
    "CREATE INDEX events_by_at ON events(at)",
    """
    CREATE TRIGGER events_append_only BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'journal events are append-only'); END
    """,
    """
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        station TEXT NOT NULL,
        who TEXT NOT NULL,
        what TEXT NOT NULL,
        why TEXT NOT NULL,
        fulfillment_id TEXT,
        session_id TEXT,
        details TEXT NOT NULL CHECK (json_valid(details))
    ) STRICT
    """,
    "CREATE INDEX audit_by_at ON audit(at)",
    """
    CREATE TRIGGER audit_append_only BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END
    """,
)

_V2_SHIPMENT_OUTBOX: Migration = (
    """
    CREATE TABLE shipment_outbox (
        local_id TEXT PRIMARY KEY,
        fulfillment_id TEXT NOT NULL,
        session_id TEXT NOT NULL REFERENCES sessions(id),
        box_number INTEGER NOT NULL CHECK (box_number >= 1),
        event_seq INTEGER NOT NULL,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        state TEXT NOT NULL
            CHECK (state IN ('pending', 'sending', 'sent', 'rejected', 'discarded')),
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        -- 1 once a POST may have reached Stitch without an answer: reconcile before resending.
        maybe_sent INTEGER NOT NULL DEFAULT 0 CHECK (maybe_sent IN (0, 1)),
        next_attempt_at TEXT,
        last_error TEXT,
        rejected_message TEXT,
        remote_id TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        sent_at TEXT,
        UNIQUE (session_id, box_number),
        FOREIGN KEY (session_id, event_seq) REFERENCES events(session_id, seq),
        CHECK (state <> 'sent' OR (remote_id IS NOT NULL AND sent_at IS NOT NULL))
    ) STRICT
    """,
    "CREATE INDEX shipment_outbox_by_state ON shipment_outbox(state, next_attempt_at)",
    "CREATE INDEX shipment_outbox_by_fulfillment ON shipment_outbox(fulfillment_id)",
    "CREATE INDEX shipment_outbox_by_session ON shipment_outbox(session_id)",
    # What was closed is what gets sent: the payload and its ties never change; sent is final.
    """
    CREATE TRIGGER shipment_outbox_fixed BEFORE UPDATE ON shipment_outbox
    WHEN OLD.state IN ('sent', 'discarded')
      OR NEW.local_id IS NOT OLD.local_id OR NEW.payload IS NOT OLD.payload
      OR NEW.fulfillment_id IS NOT OLD.fulfillment_id OR NEW.session_id IS NOT OLD.session_id
      OR NEW.box_number IS NOT OLD.box_number OR NEW.event_seq IS NOT OLD.event_seq
      OR NEW.created_at IS NOT OLD.created_at
    BEGIN SELECT RAISE(ABORT, 'an outbox shipment is fixed once written; sent is final'); END
    """,
)

_V3_STATUS_OUTBOX: Migration = (
    """
    CREATE TABLE status_outbox (
        local_id TEXT PRIMARY KEY,
        fulfillment_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (length(status) <= 255),
        state TEXT NOT NULL
            CHECK (state IN ('pending', 'sending', 'sent', 'rejected', 'superseded')),
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at TEXT,
        last_error TEXT,
        rejected_message TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        sent_at TEXT
    ) STRICT
    """,
    # Last write wins: at most one status waits per fulfillment.
    "CREATE UNIQUE INDEX status_outbox_one_pending ON status_outbox(fulfillment_id)"
    " WHERE state = 'pending'",
    "CREATE INDEX status_outbox_by_state ON status_outbox(state, next_attempt_at)",
    "CREATE INDEX status_outbox_by_fulfillment ON status_outbox(fulfillment_id)",
    """
    CREATE TRIGGER status_outbox_fixed BEFORE UPDATE ON status_outbox
    WHEN OLD.state IN ('sent', 'superseded')
      OR NEW.local_id IS NOT OLD.local_id OR NEW.status IS NOT OLD.status
      OR NEW.fulfillment_id IS NOT OLD.fulfillment_id OR NEW.created_at IS NOT OLD.created_at
    BEGIN SELECT RAISE(ABORT, 'a status update is fixed once written; sent is final'); END
    """,
)

# Personal data (the ship-to address, phone, email and the order's notes) sits in JSON under
# `$.expect` of a session's spec, a box's payload and an "order changed" audit entry. Erasing it is
# the one change the guards allow on a finished row: the same row with exactly those keys removed.
PERSONAL_PATHS = ("$.expect.ship_to", "$.expect.notes")
_PATHS_SQL = ", ".join(f"'{p}'" for p in PERSONAL_PATHS)


def _erasure_only(table_columns: Sequence[str], json_column: str) -> str:
    same = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in table_columns if c != json_column)
    return f"NEW.{json_column} IS json_remove(OLD.{json_column}, {_PATHS_SQL}) AND {same}"


_SESSION_COLUMNS = (
    "id", "fulfillment_id", "order_number", "station", "packer", "opened_at", "closed_at",
    "outcome", "spec",
)  # fmt: skip
_SHIPMENT_COLUMNS = (
    "local_id", "fulfillment_id", "session_id", "box_number", "event_seq", "payload", "state",
    "attempts", "maybe_sent", "next_attempt_at", "last_error", "rejected_message", "remote_id",
    "created_at", "updated_at", "sent_at",
)  # fmt: skip
_AUDIT_COLUMNS = (
    "id", "at", "station", "who", "what", "why", "fulfillment_id", "session_id", "details",
)  # fmt: skip

_V4_PERSONAL_DATA_ERASURE: Migration = (
    "DROP TRIGGER sessions_close_once",
    f"""
    CREATE TRIGGER sessions_close_once BEFORE UPDATE ON sessions
    WHEN NOT (OLD.closed_at IS NOT NULL AND {_erasure_only(_SESSION_COLUMNS, "spec")})
     AND (OLD.closed_at IS NOT NULL
      OR NEW.id IS NOT OLD.id OR NEW.fulfillment_id IS NOT OLD.fulfillment_id
      OR NEW.order_number IS NOT OLD.order_number OR NEW.station IS NOT OLD.station
      OR NEW.packer IS NOT OLD.packer OR NEW.opened_at IS NOT OLD.opened_at
      OR NEW.spec IS NOT OLD.spec)
    BEGIN SELECT RAISE(ABORT, 'a pack session only changes by closing, once'); END
    """,
    "DROP TRIGGER shipment_outbox_fixed",
    f"""
    CREATE TRIGGER shipment_outbox_fixed BEFORE UPDATE ON shipment_outbox
    WHEN NOT (OLD.state IN ('sent', 'discarded') AND {_erasure_only(_SHIPMENT_COLUMNS, "payload")})
     AND (OLD.state IN ('sent', 'discarded')
      OR NEW.local_id IS NOT OLD.local_id OR NEW.payload IS NOT OLD.payload
      OR NEW.fulfillment_id IS NOT OLD.fulfillment_id OR NEW.session_id IS NOT OLD.session_id
      OR NEW.box_number IS NOT OLD.box_number OR NEW.event_seq IS NOT OLD.event_seq
      OR NEW.created_at IS NOT OLD.created_at)
    BEGIN SELECT RAISE(ABORT, 'an outbox shipment is fixed once written; sent is final'); END
    """,
    "DROP TRIGGER audit_append_only",
    f"""
    CREATE TRIGGER audit_append_only BEFORE UPDATE ON audit
    WHEN NOT ({_erasure_only(_AUDIT_COLUMNS, "details")})
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END
    """,
)

MIGRATIONS: tuple[Migration, ...] = (
    _V1_SESSIONS_EVENTS_AUDIT,
    _V2_SHIPMENT_OUTBOX,
    _V3_STATUS_OUTBOX,
    _V4_PERSONAL_DATA_ERASURE,
)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    return int(version)


def migrate(
    conn: sqlite3.Connection,
    *,
    path: Path | str,
    migrations: Sequence[Migration] = MIGRATIONS,
    target: int | None = None,
) -> int:
    """Bring the database up to `target` (default: the latest); return the version found.

    `conn` must be in autocommit mode (`isolation_level=None`): each step manages its own
    transaction. Raises `JournalTooNew` for a newer schema, `NotAJournalError` for a foreign file.
    """
    goal = len(migrations) if target is None else target
    try:
        found = schema_version(conn)
        (app_id,) = conn.execute("PRAGMA application_id").fetchone()
        (tables,) = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlite3.DatabaseError as error:
        raise JournalUnavailable.from_sqlite(error, path=path, operation="read schema") from error
    if app_id not in (0, APPLICATION_ID) or (found == 0 and tables > 0):
        raise NotAJournalError(path)
    if found > len(migrations):
        raise JournalTooNew(found, len(migrations), path=path)
    for version in range(found, goal):
        try:
            conn.execute("BEGIN IMMEDIATE")
            # Re-read under the write lock: another process may have migrated meanwhile.
            if schema_version(conn) != version:
                conn.execute("ROLLBACK")
                return migrate(conn, path=path, migrations=migrations, target=target)
            for statement in migrations[version]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if is_environmental(error):
                raise JournalUnavailable.from_sqlite(
                    error, path=path, operation=f"migrate to schema {version + 1}"
                ) from error
            raise
    return found
