"""Proof: the sync service SIGKILLed again and again while it sends (answers lost after Stitch
committed, slow posts): 0 lost, 0 duplicate shipments, every box in Stitch exactly once."""

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

ORDERS = 16
KILLS = 3


@pytest.mark.slow
@pytest.mark.timeout(300)
async def test_sync_service_killed_and_restarted(warehouse_db: str, tmp_path: Path) -> None:
    sandbox = ChildSandbox(tmp_path / "stitch.sqlite3").start()
    sync = SyncProcess(
        warehouse_db, sandbox.base_url, tmp_path / "relay.sqlite3", tmp_path / "sync.log"
    )
    try:
        ids = add_orders(sandbox, ORDERS)
        # Slow posts, and a third of the answers lost after Stitch committed the shipment.
        sandbox.control(
            "PUT",
            "/faults",
            {"latency_ms": 150, "drop_after_commit_rate": 0.3, "paths": ["/shipments"]},
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
        floor = Floor(warehouse_db, tmp_path, stations=3)
        await floor.setup()
        shift = asyncio.create_task(floor.shift(ORDERS))
        for kill in range(1, KILLS + 1):
            # Kill once more boxes have been sent: mid-shift, mid-send.
            target = kill * ORDERS // (KILLS + 2)
            await wait_for(
                lambda t=target: one(
                    warehouse_db, "SELECT count(*) >= %s FROM shared_outbox WHERE state = 'sent'", t
                ),
                within=120,
            )
            sync.kill()
            sync.start()
        async with asyncio.timeout(180):
            await shift
        assert (
            await one(warehouse_db, "SELECT count(*) FROM shared_outbox WHERE state <> 'sent'") == 0
        )
        assert assert_every_box_in_stitch_once(sandbox, floor, ids) == ORDERS
    finally:
        sync.stop()
        sandbox.stop()
