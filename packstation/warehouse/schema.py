"""The warehouse database: versioned migrations, run by `packstation warehouse init --db URL`.

`packstation_schema` holds one row per migration applied. Each migration runs in one transaction
with its row, under a transaction advisory lock so two `init`s never race. A database migrated by a
newer Packstation (a version this one does not know) is refused, never touched. Migrations are
append-only: never edit one that has shipped, add the next one.

The Stitch access token is never stored here: it stays in the sync service's OS keyring. Roles:
`packstation_sync` (the sync service: reads and writes everything) and `packstation_station` (a
station's login role is a member): reads the shared queue, writes its own journal rows only,
enforced by row-level security through `packstation_my_station()` (the station whose
`login_role` is the connected user).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import psycopg

Migration = Sequence[str]

STATION_ROLE = "packstation_station"
SYNC_ROLE = "packstation_sync"
# Any constant: this database's init lock (transaction level).
_INIT_LOCK = 0x506B5374_0001

_V1: Migration = (
    # Group roles are cluster-wide: create them only once.
    f"""
    DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{STATION_ROLE}') THEN
        CREATE ROLE {STATION_ROLE} NOLOGIN;
      END IF;
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{SYNC_ROLE}') THEN
        CREATE ROLE {SYNC_ROLE} NOLOGIN;
      END IF;
    END $$
    """,  # noqa: S608 - our own constants
    """
    CREATE TABLE stations (
        name text PRIMARY KEY CHECK (name <> ''),
        login_role text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
    )
    """,
    """
    CREATE FUNCTION packstation_my_station() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
    $$ SELECT name FROM stations WHERE login_role = session_user $$
    """,
    # -- the shared queue, written by the sync service only ------------------------------------
    """
    CREATE TABLE fulfillments (
        id text PRIMARY KEY,
        order_number text NOT NULL,
        channel_order_number text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT '',
        unit_count integer NOT NULL,
        units_shipped integer NOT NULL,
        updated_at timestamptz NOT NULL,
        record jsonb NOT NULL,
        synced_at timestamptz NOT NULL DEFAULT now(),
        lines_synced_at timestamptz
    )
    """,
    "CREATE INDEX fulfillments_by_order ON fulfillments (lower(order_number))",
    """
    CREATE TABLE line_items (
        fulfillment_id text NOT NULL REFERENCES fulfillments ON DELETE CASCADE,
        position integer NOT NULL,
        record jsonb NOT NULL,
        PRIMARY KEY (fulfillment_id, position)
    )
    """,
    """
    CREATE TABLE products (
        sku text PRIMARY KEY,
        upc text,
        name text NOT NULL DEFAULT '',
        record jsonb NOT NULL,
        synced_at timestamptz NOT NULL DEFAULT now()
    )
    """,
    "CREATE TABLE sync_state (key text PRIMARY KEY, value jsonb NOT NULL)",
    # -- claims: one packer per order ----------------------------------------------------------
    """
    CREATE TABLE claims (
        fulfillment_id text PRIMARY KEY,
        station text NOT NULL REFERENCES stations,
        packer text NOT NULL,
        claimed_at timestamptz NOT NULL DEFAULT now(),
        -- When the sync service wrote "Packing at …" to Stitch (packs open for a while only).
        status_written_at timestamptz
    )
    """,
    """
    CREATE TABLE audit (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        station text NOT NULL,
        who text NOT NULL,
        what text NOT NULL,
        why text NOT NULL DEFAULT '',
        fulfillment_id text,
        details jsonb NOT NULL DEFAULT '{}'
    )
    """,
    "CREATE INDEX audit_by_at ON audit (at)",
    # -- the stations' journals, forwarded: idempotent by (station, session, seq) ---------------
    """
    CREATE TABLE station_sessions (
        station text NOT NULL REFERENCES stations,
        id text NOT NULL,
        fulfillment_id text NOT NULL,
        order_number text NOT NULL,
        packer text NOT NULL,
        opened_at timestamptz NOT NULL,
        closed_at timestamptz,
        outcome text,
        PRIMARY KEY (station, id)
    )
    """,
    """
    CREATE TABLE station_events (
        station text NOT NULL,
        session_id text NOT NULL,
        seq integer NOT NULL,
        at timestamptz NOT NULL,
        packer text NOT NULL,
        fulfillment_id text NOT NULL,
        kind text NOT NULL,
        raw text NOT NULL,
        result text NOT NULL,
        payload jsonb NOT NULL,
        forwarded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (station, session_id, seq),
        FOREIGN KEY (station, session_id) REFERENCES station_sessions
    )
    """,
    "CREATE INDEX station_events_by_fulfillment ON station_events (fulfillment_id, at)",
    "CREATE INDEX station_events_by_at ON station_events (at)",
    # -- the shared outbox: every station's boxes and statuses, sent by the sync service --------
    """
    CREATE TABLE shared_outbox (
        station text NOT NULL REFERENCES stations,
        local_id text NOT NULL,
        fulfillment_id text NOT NULL,
        session_id text NOT NULL,
        box_number integer NOT NULL,
        payload jsonb NOT NULL,
        state text NOT NULL DEFAULT 'pending'
            CHECK (state IN ('pending', 'relayed', 'sent', 'rejected', 'discarded')),
        maybe_sent boolean NOT NULL DEFAULT false,
        relayed_by text,
        remote_id text,
        message text,
        created_at timestamptz NOT NULL,
        forwarded_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        PRIMARY KEY (station, local_id)
    )
    """,
    "CREATE INDEX shared_outbox_open ON shared_outbox (state) WHERE state IN"
    " ('pending', 'relayed')",
    "CREATE INDEX shared_outbox_by_fulfillment ON shared_outbox (fulfillment_id)",
    """
    CREATE TABLE shared_statuses (
        station text NOT NULL REFERENCES stations,
        local_id text NOT NULL,
        fulfillment_id text NOT NULL,
        status text NOT NULL,
        state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'relayed')),
        created_at timestamptz NOT NULL,
        PRIMARY KEY (station, local_id)
    )
    """,
    # -- notifications: every queue change and every new box -----------------------------------
    """
    CREATE FUNCTION packstation_notify_claim() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      row_ claims;
      kind text;
    BEGIN
      IF TG_OP = 'DELETE' THEN row_ := OLD; kind := 'released';
      ELSIF TG_OP = 'UPDATE' THEN row_ := NEW; kind := 'taken_over';
      ELSE row_ := NEW; kind := 'claimed';
      END IF;
      PERFORM pg_notify('packstation_queue', json_build_object(
        'kind', kind, 'fulfillment_id', row_.fulfillment_id, 'station', row_.station,
        'packer', row_.packer)::text);
      RETURN NULL;
    END $$
    """,
    "CREATE TRIGGER claims_notify AFTER INSERT OR UPDATE OF station, packer OR DELETE ON claims"
    " FOR EACH ROW EXECUTE FUNCTION packstation_notify_claim()",
    """
    CREATE FUNCTION packstation_notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        PERFORM pg_notify('packstation_outbox', json_build_object(
          'kind', 'box', 'station', NEW.station, 'local_id', NEW.local_id)::text);
      END IF;
      IF NEW.state = 'sent' AND (TG_OP = 'INSERT' OR OLD.state <> 'sent') THEN
        PERFORM pg_notify('packstation_queue', json_build_object(
          'kind', 'shipped', 'fulfillment_id', NEW.fulfillment_id, 'station', NEW.station,
          'remote_id', NEW.remote_id)::text);
      END IF;
      RETURN NULL;
    END $$
    """,
    "CREATE TRIGGER shared_outbox_notify AFTER INSERT OR UPDATE ON shared_outbox"
    " FOR EACH ROW EXECUTE FUNCTION packstation_notify_outbox()",
    """
    CREATE FUNCTION packstation_notify_status() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('packstation_outbox', json_build_object(
        'kind', 'status', 'station', NEW.station, 'local_id', NEW.local_id)::text);
      RETURN NULL;
    END $$
    """,
    "CREATE TRIGGER shared_statuses_notify AFTER INSERT ON shared_statuses"
    " FOR EACH ROW EXECUTE FUNCTION packstation_notify_status()",
    """
    CREATE FUNCTION packstation_notify_fulfillment() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('packstation_queue', json_build_object(
          'kind', 'gone', 'fulfillment_id', OLD.id)::text);
      ELSE
        PERFORM pg_notify('packstation_queue', json_build_object(
          'kind', 'open', 'fulfillment_id', NEW.id)::text);
      END IF;
      RETURN NULL;
    END $$
    """,
    "CREATE TRIGGER fulfillments_notify AFTER INSERT OR UPDATE OR DELETE ON fulfillments"
    " FOR EACH ROW EXECUTE FUNCTION packstation_notify_fulfillment()",
    # -- a supervisor's takeover: the one way a station changes another station's claim ---------
    """
    CREATE FUNCTION packstation_take_over(fid text, packer_ text, by_ text, why_ text)
    RETURNS claims LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
    DECLARE
      me text := coalesce(packstation_my_station(), current_user);
      before claims;
      after claims;
    BEGIN
      IF trim(why_) = '' THEN RAISE EXCEPTION 'a takeover needs a reason'; END IF;
      SELECT * INTO before FROM claims WHERE fulfillment_id = fid FOR UPDATE;
      IF NOT FOUND THEN RETURN NULL; END IF;
      UPDATE claims SET station = me, packer = packer_, claimed_at = now()
        WHERE fulfillment_id = fid RETURNING * INTO after;
      INSERT INTO audit (station, who, what, why, fulfillment_id, details)
        VALUES (me, by_, 'claim taken over', why_, fid, json_build_object(
          'from_station', before.station, 'from_packer', before.packer,
          'claimed_at', before.claimed_at, 'to_packer', packer_));
      RETURN after;
    END $$
    """,
    # -- privileges and row-level security -----------------------------------------------------
    f"GRANT USAGE ON SCHEMA public TO {STATION_ROLE}, {SYNC_ROLE}",
    f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {SYNC_ROLE}",
    f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {SYNC_ROLE}",
    f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {STATION_ROLE}",
    f"GRANT INSERT, DELETE ON claims TO {STATION_ROLE}",
    f"GRANT INSERT ON audit, station_sessions, station_events, shared_outbox, shared_statuses"
    f" TO {STATION_ROLE}",
    f"GRANT UPDATE (closed_at, outcome) ON station_sessions TO {STATION_ROLE}",
    f"GRANT USAGE ON SEQUENCE audit_id_seq TO {STATION_ROLE}",
    "REVOKE ALL ON FUNCTION packstation_take_over(text, text, text, text) FROM PUBLIC",
    f"GRANT EXECUTE ON FUNCTION packstation_take_over(text, text, text, text) TO {STATION_ROLE},"
    f" {SYNC_ROLE}",
    *(
        statement
        for table in (
            "claims", "audit", "station_sessions", "station_events", "shared_outbox",
            "shared_statuses",
        )
        for statement in (
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY {table}_read ON {table} FOR SELECT USING (true)",
            f"CREATE POLICY {table}_own_insert ON {table} FOR INSERT TO {STATION_ROLE}"
            " WITH CHECK (station = packstation_my_station())",
            f"CREATE POLICY {table}_sync ON {table} TO {SYNC_ROLE} USING (true) WITH CHECK (true)",
        )
    ),
    f"CREATE POLICY claims_own_release ON claims FOR DELETE TO {STATION_ROLE}"
    " USING (station = packstation_my_station())",
    f"CREATE POLICY station_sessions_own_close ON station_sessions FOR UPDATE TO {STATION_ROLE}"
    " USING (station = packstation_my_station())",
)

# Version 2: what supervisors' figures and order history need from every station's journal, as
# the station's own screens read it: the pack's spec (line names), the event closing each box,
# and the station's own audit entries (forwarded once each, by station and local id).
_V2: Migration = (
    "ALTER TABLE station_sessions ADD COLUMN spec jsonb NOT NULL DEFAULT '{}'",
    "ALTER TABLE shared_outbox ADD COLUMN event_seq integer NOT NULL DEFAULT 0",
    "ALTER TABLE audit ADD COLUMN local_id text",
    "CREATE UNIQUE INDEX audit_by_station_local ON audit (station, local_id)",
)

MIGRATIONS: tuple[Migration, ...] = (_V1, _V2)
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNew(RuntimeError):  # noqa: N818 - reads as what the database is
    """The database was migrated by a newer Packstation: refuse it, touch nothing."""

    def __init__(self, found: int, known: int) -> None:
        self.found = found
        self.known = known
        super().__init__(
            f"The warehouse database has schema version {found}, but this Packstation knows "
            f"versions up to {known}. Update Packstation on this machine; the database was "
            "not changed."
        )


_VERSION_TABLE = (
    "CREATE TABLE IF NOT EXISTS packstation_schema ("
    " version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
)


async def schema_version(conn: psycopg.AsyncConnection[Any]) -> int:
    """0 for a database Packstation never touched."""
    cur = await conn.execute("SELECT to_regclass('packstation_schema') IS NOT NULL")
    exists = await cur.fetchone()
    if not exists or not exists[0]:
        return 0
    cur = await conn.execute("SELECT coalesce(max(version), 0) FROM packstation_schema")
    row = await cur.fetchone()
    return int(row[0]) if row else 0


async def check_version(conn: psycopg.AsyncConnection[Any]) -> int:
    """The schema version, if this Packstation can work with it; else `SchemaTooNew`."""
    found = await schema_version(conn)
    if found > SCHEMA_VERSION:
        raise SchemaTooNew(found, SCHEMA_VERSION)
    return found


async def migrate(
    conn: psycopg.AsyncConnection[Any], migrations: Sequence[Migration] = MIGRATIONS
) -> tuple[int, int]:
    """Bring the schema to the newest version: (version before, version after)."""
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock(%s)", (_INIT_LOCK,))
        await conn.execute(_VERSION_TABLE)
        before = await schema_version(conn)
        if before > len(migrations):
            raise SchemaTooNew(before, len(migrations))
        for number, migration in enumerate(migrations, start=1):
            if number <= before:
                continue
            async with conn.transaction():
                for statement in migration:
                    await conn.execute(statement.encode())
                await conn.execute(
                    "INSERT INTO packstation_schema (version) VALUES (%s)", (number,)
                )
    return before, len(migrations)
