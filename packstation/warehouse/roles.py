"""Stations join the warehouse: one login role each, a member of `packstation_station`.

Run by whoever set the database up (`packstation warehouse add-station`): the station stores the
password in its OS keyring, like the Stitch token.
"""

from __future__ import annotations

import re
from typing import Any

import psycopg
from psycopg import sql

from packstation.warehouse.schema import STATION_ROLE, SYNC_ROLE

_ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def login_role_for(station: str) -> str:
    """`Bench 01` -> `station_bench_01`: a role name without quoting surprises."""
    slug = re.sub(r"[^a-z0-9]+", "_", station.casefold()).strip("_") or "x"
    return f"station_{slug}"[:63]


async def add_station(
    conn: psycopg.AsyncConnection[Any],
    station: str,
    *,
    password: str | None = None,
    login_role: str | None = None,
) -> str:
    """Create (or update) the station and its login role; the role's name."""
    role = login_role or login_role_for(station)
    if not _ROLE_NAME.fullmatch(role):
        raise ValueError(f"not a usable role name: {role!r}")
    async with conn.transaction():
        cur = await conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
        verb = "ALTER" if await cur.fetchone() else "CREATE"
        statement = sql.SQL("{} ROLE {} LOGIN").format(sql.SQL(verb), sql.Identifier(role))
        if password is not None:
            statement = sql.SQL("{} PASSWORD {}").format(statement, sql.Literal(password))
        await conn.execute(statement)
        await conn.execute(
            sql.SQL("GRANT {} TO {}").format(sql.Identifier(STATION_ROLE), sql.Identifier(role))
        )
        await conn.execute(
            "INSERT INTO stations (name, login_role) VALUES (%s, %s)"
            " ON CONFLICT (name) DO UPDATE SET login_role = excluded.login_role",
            (station, role),
        )
    return role


async def add_sync_login(
    conn: psycopg.AsyncConnection[Any], role: str, *, password: str | None = None
) -> None:
    """A login role for the sync service (member of `packstation_sync`)."""
    if not _ROLE_NAME.fullmatch(role):
        raise ValueError(f"not a usable role name: {role!r}")
    async with conn.transaction():
        cur = await conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
        verb = "ALTER" if await cur.fetchone() else "CREATE"
        statement = sql.SQL("{} ROLE {} LOGIN").format(sql.SQL(verb), sql.Identifier(role))
        if password is not None:
            statement = sql.SQL("{} PASSWORD {}").format(statement, sql.Literal(password))
        await conn.execute(statement)
        await conn.execute(
            sql.SQL("GRANT {} TO {}").format(sql.Identifier(SYNC_ROLE), sql.Identifier(role))
        )
