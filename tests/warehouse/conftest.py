"""A throwaway PostgreSQL cluster for the whole session, and a fresh database per test.

Runs initdb as the `postgres` user when root (PostgreSQL refuses root), as the current user
otherwise, on a free port on 127.0.0.1. With CI=true a PostgreSQL that cannot start fails the
run loudly; elsewhere the warehouse tests are skipped with the reason.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from psycopg.types.json import Jsonb

from packstation.warehouse.cluster import ClusterError, LocalCluster
from packstation.warehouse.schema import migrate


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[LocalCluster]:
    try:
        cluster = LocalCluster().start()
    except ClusterError as exc:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL test cluster did not start: {exc}", pytrace=False)
        pytest.skip(f"PostgreSQL test cluster did not start: {exc}")
    try:
        yield cluster
    finally:
        cluster.remove()


@pytest.fixture
def pg_dsn(pg_cluster: LocalCluster) -> Iterator[str]:
    """A new, empty database for one test (dropped afterwards)."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    if not (pg_cluster.data / "postmaster.pid").exists():
        pg_cluster.start()  # a proof test stopped it
    with psycopg.connect(pg_cluster.dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"'.encode())
    yield pg_cluster.dsn_for("packstation", name)
    if not (pg_cluster.data / "postmaster.pid").exists():
        pg_cluster.start()
    with psycopg.connect(pg_cluster.dsn, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)'.encode())


@pytest.fixture
async def warehouse_db(pg_dsn: str) -> str:
    """A database with the warehouse schema."""
    async with await psycopg.AsyncConnection.connect(pg_dsn, autocommit=True) as conn:
        await migrate(conn)
    return pg_dsn


async def station_connection(dsn: str, station: str) -> psycopg.AsyncConnection[Any]:
    """An autocommit connection as the station's own login role (row-level security applies)."""
    from packstation.warehouse.roles import add_station

    async with await psycopg.AsyncConnection.connect(dsn, autocommit=True) as admin:
        role = await add_station(admin, station)
    return await psycopg.AsyncConnection.connect(
        dsn.replace("//packstation@", f"//{role}@"), autocommit=True
    )


async def add_open_order(dsn: str, fid: str, units: int = 2) -> None:
    """As the sync service would have written it."""
    record = {"id": fid, "order_number": f"#{fid}", "unit_count": units}
    async with await psycopg.AsyncConnection.connect(dsn, autocommit=True) as conn:
        await conn.execute(
            "INSERT INTO fulfillments (id, order_number, unit_count, units_shipped, updated_at,"
            " record) VALUES (%s, %s, %s, 0, now(), %s)",
            (fid, f"#{fid}", units, Jsonb(record)),
        )
