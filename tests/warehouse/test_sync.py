"""The sync service: the shared queue from Stitch, every station's boxes sent once, one leader."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from pg_support import station_connection
from sync_support import one, running_sync, wait_for
from warehouse_helpers import journal_box

from packstation.api import StitchClient
from packstation.sandbox import SandboxServer
from packstation.services.warehouse_forward import JournalForwarder
from packstation.store import Journal, ShipmentState
from packstation.warehouse.station import WarehouseStation

TOKEN = "warehouse-sync-token-5e1d77"  # distinctive: the secrecy check looks for it


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(seed="empty", port=0, token=TOKEN) as server:
        yield server


@pytest.fixture
async def ctl(sandbox: SandboxServer) -> AsyncIterator[Any]:
    from support.services import SandboxControl, fast_client, stock

    control = SandboxControl(sandbox.root_url, sandbox.token)
    await control.reset("empty")
    async with fast_client(sandbox.base_url, sandbox.token) as client:
        await stock(client)
    yield control
    await control.aclose()


async def _lines(sandbox: SandboxServer, fid: str) -> list[tuple[str, str, int]]:
    async with StitchClient(sandbox.base_url, sandbox.token) as client:
        return [(li.id, li.sku, li.quantity) for li in await client.list_line_items(fid)]


async def test_the_queue_lines_and_products_reach_postgresql_and_boxes_reach_stitch_once(
    sandbox: SandboxServer, ctl: Any, warehouse_db: str, tmp_path: Path
) -> None:
    from support.services import CATALOG

    skus = list(CATALOG)
    first = await ctl.order({skus[0]: 2})
    second = await ctl.order({skus[1]: 1, skus[2]: 1})
    async with running_sync(
        warehouse_db, sandbox.base_url, TOKEN, tmp_path / "relay.sqlite3", name="sync-1"
    ):
        await wait_for(
            lambda: one(
                warehouse_db,
                "SELECT count(*) = 2 FROM fulfillments WHERE lines_synced_at IS NOT NULL",
            )
        )
        assert await one(warehouse_db, "SELECT count(*) FROM products") == len(CATALOG)
        async with await station_connection(warehouse_db, "A") as conn:
            station = WarehouseStation(conn, "A")
            assert [row["id"] for row in await station.queue()] == [first["id"], second["id"]]
            record, lines = await station.open_order(first["id"])
            assert record["order_number"] == first["order_number"]
            assert [(li["sku"], li["quantity"]) for li in lines] == [(skus[0], 2)]
            # The station packs the first order and forwards it; the sync service sends it.
            with Journal.open(tmp_path / "a.sqlite3") as journal:
                box = journal_box(
                    journal,
                    station="A",
                    fulfillment_id=first["id"],
                    order_number=first["order_number"],
                    lines=await _lines(sandbox, first["id"]),
                )
                forwarder = JournalForwarder(journal, station)
                await forwarder.forward_once()
                assert [row["id"] for row in await station.queue()] == [second["id"]]
                await wait_for(
                    lambda: one(warehouse_db, "SELECT state = 'sent' FROM shared_outbox")
                )
                await forwarder.forward_once()
                sent = journal.outbox.get(box.local_id)
                assert sent.state is ShipmentState.SENT
            # A replay of the same box changes nothing.
            assert (
                await JournalForwarder(Journal.open(tmp_path / "a.sqlite3"), station).forward_once()
                == 0
            )
        async with StitchClient(sandbox.base_url, sandbox.token) as client:
            shipments = await client.list_shipments(first["id"])
            assert [s.id for s in shipments] == [sent.remote_id]
            assert shipments[0].tracking_number == box.payload["tracking_number"]
            # The order is complete in Stitch: the next full load takes it off the shared queue.
        await wait_for(lambda: one(warehouse_db, "SELECT count(*) = 1 FROM fulfillments"))


async def test_the_stitch_token_is_nowhere_in_postgresql(
    sandbox: SandboxServer, ctl: Any, warehouse_db: str, tmp_path: Path
) -> None:
    from support.services import CATALOG

    await ctl.order({next(iter(CATALOG)): 1})
    async with running_sync(
        warehouse_db, sandbox.base_url, TOKEN, tmp_path / "relay.sqlite3", name="sync-1"
    ):
        await wait_for(
            lambda: one(
                warehouse_db,
                "SELECT count(*) = 1 FROM fulfillments WHERE lines_synced_at IS NOT NULL",
            )
        )
    async with await psycopg.AsyncConnection.connect(warehouse_db) as conn:
        cur = await conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        )
        for (table,) in await cur.fetchall():
            rows = await conn.execute(f'SELECT t::text FROM "{table}" t'.encode())
            for (text,) in await rows.fetchall():
                assert TOKEN not in text, table


async def _leaders(*syncs: Any) -> list[str]:
    await asyncio.sleep(0)
    return [s.name for s in syncs if s.leading.is_set()]


async def test_one_sync_service_leads_and_the_second_takes_over_when_it_dies(
    sandbox: SandboxServer, ctl: Any, warehouse_db: str, tmp_path: Path
) -> None:
    async with (
        running_sync(
            warehouse_db, sandbox.base_url, TOKEN, tmp_path / "r1.sqlite3", name="sync-1"
        ) as (first, _),
        running_sync(
            warehouse_db, sandbox.base_url, TOKEN, tmp_path / "r2.sqlite3", name="sync-2"
        ) as (second, _),
    ):
        await wait_for(lambda: first.leading.is_set() or second.leading.is_set())
        leader, follower = (first, second) if first.leading.is_set() else (second, first)
        assert await _leaders(first, second) == [leader.name]
        # The leader's connections die (a crashed machine): the other takes over.
        async with await psycopg.AsyncConnection.connect(warehouse_db, autocommit=True) as c:
            await c.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory'"
                " AND granted"
            )
        await wait_for(lambda: follower.leading.is_set(), what="the follower takes over")
        assert not leader.leading.is_set()
        assert await _leaders(first, second) == [follower.name]


async def test_the_sync_service_stays_under_the_accounts_limit(
    sandbox: SandboxServer, ctl: Any, warehouse_db: str, tmp_path: Path
) -> None:
    from dataclasses import replace

    from support.services import CATALOG
    from sync_support import FAST

    skus = list(CATALOG)
    for n in range(12):
        await ctl.order({skus[n % len(skus)]: 1})
    await ctl.faults(rate_limit_per_s=4)  # the account's limit
    try:
        async with running_sync(
            warehouse_db,
            sandbox.base_url,
            TOKEN,
            tmp_path / "r.sqlite3",
            name="sync-1",
            settings=replace(FAST, rate_limit=4),
        ) as (sync, _):
            await wait_for(
                lambda: one(
                    warehouse_db,
                    "SELECT count(*) = 12 FROM fulfillments WHERE lines_synced_at IS NOT NULL",
                ),
                within=60,
            )
            assert sync.bucket is not None
            assert sync.bucket.throttled == 0  # no 429 answered: the bucket paced every call
    finally:
        await ctl.faults()


async def test_a_pack_open_for_a_while_shows_in_stitch_as_a_status(
    sandbox: SandboxServer, ctl: Any, warehouse_db: str, tmp_path: Path
) -> None:
    from dataclasses import replace

    from support.services import CATALOG
    from sync_support import FAST

    order = await ctl.order({next(iter(CATALOG)): 1})
    async with running_sync(
        warehouse_db,
        sandbox.base_url,
        TOKEN,
        tmp_path / "r.sqlite3",
        name="sync-1",
        settings=replace(FAST, claim_status_after_s=0.0),
    ):
        await wait_for(lambda: one(warehouse_db, "SELECT count(*) = 1 FROM fulfillments"))
        async with await station_connection(warehouse_db, "Bench 7") as conn:
            assert await WarehouseStation(conn, "Bench 7").claim(order["id"], "ann") is not None
        async with StitchClient(sandbox.base_url, sandbox.token) as client:

            async def status() -> str:
                return (await client.get_fulfillment(order["id"])).status

            await wait_for(lambda: _is(status(), "Packing at Bench 7"))
        assert await one(warehouse_db, "SELECT status_written_at IS NOT NULL FROM claims")


async def _is(value: Any, expected: str) -> bool:
    return bool(await value == expected)
