"""Station connections and shared-queue rows for the warehouse tests."""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.types.json import Jsonb


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
            " record, lines_synced_at) VALUES (%s, %s, %s, 0, now(), %s, now())",
            (fid, f"#{fid}", units, Jsonb(record)),
        )
