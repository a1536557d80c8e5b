"""Proofs: PostgreSQL stopped mid-shift and started again, and a station cut off from the LAN for
a while. Stations go on packing into their journals; 0 lost, 0 duplicate shipments, every box in
Stitch exactly once."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from proof_floor import (
    ChildSandbox,
    Floor,
    SyncProcess,
    add_orders,
    assert_every_box_in_stitch_once,
)
from sync_support import one, wait_for

from packstation.warehouse.cluster import LocalCluster

ORDERS = 12


async def _started(
    warehouse_db: str, tmp_path: Path
) -> tuple[ChildSandbox, SyncProcess, list[str]]:
    sandbox = ChildSandbox(tmp_path / "stitch.sqlite3").start()
    ids = add_orders(sandbox, ORDERS)
    sandbox.control("PUT", "/faults", {"latency_ms": 100, "paths": ["/shipments"]})
    sync = SyncProcess(
        warehouse_db, sandbox.base_url, tmp_path / "relay.sqlite3", tmp_path / "sync.log"
    )
    sync.start()
    await wait_for(
        lambda: one(
            warehouse_db,
            "SELECT count(*) = %s FROM fulfillments WHERE lines_synced_at IS NOT NULL",
            ORDERS,
        ),
        within=120,
    )
    return sandbox, sync, ids


@pytest.mark.slow
@pytest.mark.timeout(300)
async def test_postgresql_stopped_mid_shift_and_restarted(
    warehouse_db: str, pg_cluster: LocalCluster, tmp_path: Path
) -> None:
    sandbox, sync, ids = await _started(warehouse_db, tmp_path)
    try:
        floor = Floor(warehouse_db, tmp_path, stations=3)
        await floor.setup()
        shift = asyncio.create_task(floor.shift(ORDERS))
        await wait_for(
            lambda: one(
                warehouse_db, "SELECT count(*) >= 4 FROM shared_outbox WHERE state = 'sent'"
            ),
            within=120,
        )
        # The server goes down hard: every connection (stations, sync service) dies at once.
        await asyncio.to_thread(pg_cluster.kill)
        packed_before = sum(floor.packed.values())
        # An outage of a while: every station finds the server away a few times.
        await wait_for(lambda: sum(floor.unreachable.values()) >= 6)
        await asyncio.to_thread(pg_cluster.start)
        async with asyncio.timeout(180):
            await shift
        assert sum(floor.packed.values()) == ORDERS >= packed_before
        # The shift is over when the stations have forwarded their boxes; the sync service
        # sends the last ones to Stitch a moment later.
        await wait_for(
            lambda: one(
                warehouse_db, "SELECT count(*) = 0 FROM shared_outbox WHERE state <> 'sent'"
            ),
            within=60,
        )
        assert assert_every_box_in_stitch_once(sandbox, floor, ids) == ORDERS
    finally:
        sync.stop()
        sandbox.stop()


@pytest.mark.slow
@pytest.mark.timeout(300)
async def test_a_station_offline_from_the_lan_for_a_while(
    warehouse_db: str, tmp_path: Path
) -> None:
    sandbox, sync, ids = await _started(warehouse_db, tmp_path)
    try:
        floor = Floor(warehouse_db, tmp_path, stations=3)
        await floor.setup()
        shift = asyncio.create_task(floor.shift(ORDERS))
        await wait_for(lambda: sum(floor.packed.values()) >= 3)
        floor.offline.add("Bench 02")  # its cable is out: it forwards nothing meanwhile
        await wait_for(
            lambda: one(
                warehouse_db, "SELECT count(*) >= 6 FROM shared_outbox WHERE state = 'sent'"
            ),
            within=120,
        )
        floor.offline.discard("Bench 02")
        async with asyncio.timeout(180):
            await shift
        # The shift is over when the stations have forwarded their boxes; the sync service
        # sends the last ones to Stitch a moment later.
        await wait_for(
            lambda: one(
                warehouse_db, "SELECT count(*) = 0 FROM shared_outbox WHERE state <> 'sent'"
            ),
            within=60,
        )
        assert assert_every_box_in_stitch_once(sandbox, floor, ids) == ORDERS
    finally:
        sync.stop()
        sandbox.stop()
