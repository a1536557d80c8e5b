"""A station's queue from PostgreSQL: an order claimed at another station leaves it at once."""

from __future__ import annotations

import asyncio
import datetime as dt

import psycopg
from pg_support import station_connection
from psycopg.types.json import Jsonb

from packstation.services.notifications import Notifier, QueueChanged
from packstation.services.warehouse_queue import WarehouseQueue
from packstation.warehouse.station import WarehouseStation

ADDRESS = {
    k: ""
    for k in (
        "name",
        "company",
        "street1",
        "street2",
        "city",
        "state",
        "zip",
        "country",
        "country_iso",
        "phone",
        "email",
    )
}


async def _order(dsn: str, fid: str) -> None:
    now = dt.datetime.now(dt.UTC).isoformat()
    record = {
        "id": fid,
        "order_number": f"#{fid}",
        "channel_order_number": "",
        "status": "",
        "state": "open",
        "shipping_method": "UPS Ground",
        "notes": "",
        "ship_to": ADDRESS,
        "line_item_count": 1,
        "unit_count": 1,
        "units_shipped": 0,
        "created_at": now,
        "updated_at": now,
    }
    async with await psycopg.AsyncConnection.connect(dsn, autocommit=True) as conn:
        await conn.execute(
            "INSERT INTO fulfillments (id, order_number, unit_count, units_shipped, updated_at,"
            " record, lines_synced_at) VALUES (%s, %s, 1, 0, now(), %s, now())",
            (fid, f"#{fid}", Jsonb(record)),
        )
        await conn.execute(
            "INSERT INTO line_items (fulfillment_id, position, record) VALUES (%s, 1, %s)",
            (
                fid,
                Jsonb(
                    {
                        "id": f"{fid}1",
                        "fulfillment_id": fid,
                        "sku": "SKU-1",
                        "name": "One",
                        "upc": "",
                        "quantity": 1,
                        "quantity_shipped": 0,
                    }
                ),
            ),
        )


async def test_an_order_claimed_elsewhere_leaves_the_queue_and_a_new_one_arrives(
    warehouse_db: str,
) -> None:
    await _order(warehouse_db, "41")
    await _order(warehouse_db, "42")
    notifier = Notifier()
    seen: asyncio.Queue[QueueChanged] = asyncio.Queue()
    notifier.on(QueueChanged, seen.put_nowait)
    async with (
        await station_connection(warehouse_db, "B") as b_conn,
        await station_connection(warehouse_db, "A") as a_conn,
    ):
        queue = WarehouseQueue(WarehouseStation(b_conn, "B"), b_conn.info.dsn, notifier)
        task = asyncio.create_task(queue.run())
        try:
            first = await seen.get()
            assert [f.id for f in first.added] == ["41", "42"]
            record, lines = await queue.open("41")
            assert (record.order_number, [li.sku for li in lines]) == ("#41", ["SKU-1"])
            await queue.listening.wait()
            assert await WarehouseStation(a_conn, "A").claim("41", "ann") is not None
            async with asyncio.timeout(1.0):  # the "within a second"
                change = await seen.get()
            assert change.removed == ("41",)
            assert [f.id for f in queue.fulfillments] == ["42"]
            await _order(warehouse_db, "43")
            change = await seen.get()
            assert [f.id for f in change.added] == ["43"]
        finally:
            task.cancel()
