"""Claims: one packer per order, a supervisor's takeover journaled, changes announced at once."""

from __future__ import annotations

import asyncio
import contextlib

import psycopg
import pytest
from pg_support import add_open_order, station_connection

from packstation.warehouse.listen import queue_changes
from packstation.warehouse.station import WarehouseStation


async def test_two_stations_racing_for_one_order_get_one_winner(warehouse_db: str) -> None:
    await add_open_order(warehouse_db, "100")
    stations = [
        WarehouseStation(await station_connection(warehouse_db, f"Bench {n}"), f"Bench {n}")
        for n in range(1, 9)
    ]
    try:
        results = await asyncio.gather(
            *(s.claim("100", f"packer{n}") for n, s in enumerate(stations))
        )
        winners = [r for r in results if r is not None]
        assert len(winners) == 1
        winner = winners[0]
        for station in stations:
            queue = [row["id"] for row in await station.queue()]
            assert queue == (["100"] if station.station == winner.station else [])
        # The winner asking again (a restart resuming the pack) keeps it.
        again = await next(s for s in stations if s.station == winner.station).claim("100", "x")
        assert again == winner
    finally:
        for station in stations:
            await station.conn.close()


async def test_a_station_cannot_release_or_steal_another_stations_claim(warehouse_db: str) -> None:
    await add_open_order(warehouse_db, "7")
    async with (
        await station_connection(warehouse_db, "A") as a_conn,
        await station_connection(warehouse_db, "B") as b_conn,
    ):
        a, b = WarehouseStation(a_conn, "A"), WarehouseStation(b_conn, "B")
        assert await a.claim("7", "ann") is not None
        assert await b.release("7") is False
        await b_conn.execute("DELETE FROM claims")  # row-level security: not B's rows
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            await b_conn.execute("UPDATE claims SET station = 'B'")
        holder = await b.claim_of("7")
        assert holder is not None
        assert holder.station == "A"


async def test_a_supervisor_takeover_moves_the_claim_and_is_in_the_audit(warehouse_db: str) -> None:
    await add_open_order(warehouse_db, "55")
    async with (
        await station_connection(warehouse_db, "A") as a_conn,
        await station_connection(warehouse_db, "B") as b_conn,
    ):
        a, b = WarehouseStation(a_conn, "A"), WarehouseStation(b_conn, "B")
        await a.claim("55", "ann")
        with pytest.raises(psycopg.errors.RaiseException, match="reason"):
            await b.take_over("55", "bob", by="sue", why=" ")
        claim = await b.take_over("55", "bob", by="sue", why="Ann went home sick")
        assert (claim.station, claim.packer) == ("B", "bob")
        cur = await a_conn.execute(
            "SELECT station, who, what, why, details->>'from_station',"
            " details->>'from_packer' FROM audit WHERE fulfillment_id = '55'"
        )
        assert await cur.fetchall() == [
            ("B", "sue", "claim taken over", "Ann went home sick", "A", "ann")
        ]
        assert [row["id"] for row in await a.queue()] == []
        assert [row["id"] for row in await b.queue()] == ["55"]


async def test_an_order_claimed_at_one_station_is_announced_to_another(warehouse_db: str) -> None:
    await add_open_order(warehouse_db, "300")
    async with (
        await station_connection(warehouse_db, "A") as a_conn,
        await station_connection(warehouse_db, "B") as b_conn,
        await station_connection(warehouse_db, "B-listener") as listener,
    ):
        subscribed = asyncio.Event()
        changes = queue_changes(listener)

        async def first_claim() -> tuple[str, str, str | None]:
            await listener.execute("LISTEN packstation_queue")
            subscribed.set()
            async for change in changes:
                if change.kind == "claimed":
                    return change.kind, change.fulfillment_id, change.station
            raise AssertionError("the listener stopped")

        task = asyncio.create_task(first_claim())
        await subscribed.wait()
        assert await WarehouseStation(a_conn, "A").claim("300", "ann") is not None
        async with asyncio.timeout(1.0):
            assert await task == ("claimed", "300", "A")
        assert await WarehouseStation(b_conn, "B").queue() == []
        with contextlib.suppress(Exception):
            await changes.aclose()
