"""`warehouse init`: creates the schema, is idempotent, refuses a newer one; the station role."""

from __future__ import annotations

import psycopg
import pytest

from packstation.warehouse.roles import add_station
from packstation.warehouse.schema import SCHEMA_VERSION, SchemaTooNew, migrate, schema_version


async def test_init_creates_the_schema_and_a_second_run_changes_nothing(pg_dsn: str) -> None:
    async with await psycopg.AsyncConnection.connect(pg_dsn, autocommit=True) as conn:
        assert await schema_version(conn) == 0
        assert await migrate(conn) == (0, SCHEMA_VERSION)
        assert await migrate(conn) == (SCHEMA_VERSION, SCHEMA_VERSION)
        cur = await conn.execute("SELECT count(*) FROM packstation_schema")
        assert await cur.fetchone() == (SCHEMA_VERSION,)


async def test_a_newer_schema_is_refused_and_left_alone(pg_dsn: str) -> None:
    async with await psycopg.AsyncConnection.connect(pg_dsn, autocommit=True) as conn:
        await migrate(conn)
        await conn.execute("INSERT INTO packstation_schema (version) VALUES (%s)", (99,))
        with pytest.raises(SchemaTooNew, match=r"version 99.*Update Packstation"):
            await migrate(conn)
        assert await schema_version(conn) == 99


async def test_a_failed_migration_leaves_the_previous_version(pg_dsn: str) -> None:
    from packstation.warehouse.schema import MIGRATIONS

    broken = (*MIGRATIONS, ("CREATE TABLE later (x int)", "THIS IS NOT SQL"))
    async with await psycopg.AsyncConnection.connect(pg_dsn, autocommit=True) as conn:
        await migrate(conn)
        with pytest.raises(psycopg.errors.SyntaxError):
            await migrate(conn, broken)
        assert await schema_version(conn) == SCHEMA_VERSION
        cur = await conn.execute("SELECT to_regclass('later')")
        assert await cur.fetchone() == (None,)


async def test_no_table_has_a_place_for_the_stitch_token(warehouse_db: str) -> None:
    async with await psycopg.AsyncConnection.connect(warehouse_db) as conn:
        cur = await conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = 'public' AND (column_name ILIKE '%%token%%'"
            " OR column_name ILIKE '%%secret%%' OR column_name ILIKE '%%password%%')"
        )
        assert await cur.fetchall() == []


async def _station_conn(dsn: str, station: str) -> psycopg.AsyncConnection[tuple[object, ...]]:
    async with await psycopg.AsyncConnection.connect(dsn, autocommit=True) as admin:
        role = await add_station(admin, station)
    return await psycopg.AsyncConnection.connect(
        dsn.replace("//packstation@", f"//{role}@"), autocommit=True
    )


async def test_a_station_writes_its_own_journal_rows_and_no_other_stations(
    warehouse_db: str,
) -> None:
    async with (
        await _station_conn(warehouse_db, "Bench 1") as one,
        await _station_conn(warehouse_db, "Bench 2") as two,
    ):
        await one.execute(
            "INSERT INTO station_sessions (station, id, fulfillment_id, order_number, packer,"
            " opened_at) VALUES ('Bench 1', 's1', '10', '#10', 'ann', now())"
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            await two.execute(
                "INSERT INTO station_sessions (station, id, fulfillment_id, order_number,"
                " packer, opened_at) VALUES ('Bench 1', 's2', '11', '#11', 'bob', now())"
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            await two.execute("UPDATE shared_outbox SET state = 'sent'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            await two.execute(
                "INSERT INTO fulfillments (id, order_number, unit_count,"
                " units_shipped, updated_at, record) VALUES"
                " ('1', '1', 1, 0, now(), '{}')"
            )
        # Closing someone else's session changes nothing.
        await two.execute("UPDATE station_sessions SET outcome = 'x', closed_at = now()")
        cur = await one.execute("SELECT station, outcome FROM station_sessions")
        assert await cur.fetchall() == [("Bench 1", None)]


def test_the_init_command_creates_migrates_and_refuses_a_newer_schema(pg_dsn: str) -> None:
    import subprocess
    import sys

    def init() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "packstation", "warehouse", "init", "--db", pg_dsn],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )

    first = init()
    assert (first.returncode, first.stdout.strip()) == (
        0,
        f"✓ warehouse schema migrated from version 0 to {SCHEMA_VERSION}",
    )
    again = init()
    assert again.returncode == 0
    assert "up to date" in again.stdout
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        conn.execute("INSERT INTO packstation_schema (version) VALUES (42)")
    refused = init()
    assert refused.returncode == 4
    assert "schema version 42" in refused.stderr
    assert "Traceback" not in refused.stderr
