"""A throwaway PostgreSQL cluster for the whole session, and a fresh database per test.

Runs initdb as the `postgres` user when root (PostgreSQL refuses root), as the current user
otherwise, on a free port on 127.0.0.1. With CI=true a PostgreSQL that cannot start fails the
run loudly; elsewhere the warehouse tests are skipped with the reason.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import psycopg
import pytest

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
