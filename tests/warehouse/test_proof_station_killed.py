"""Proof: a warehouse station SIGKILLed mid-pack, again and again, beside the sync service.

The station is the headless packer (`packstation.services.headless --warehouse-db`) running the
station's real warehouse-mode services as a child process: the queue from PostgreSQL, claim rows,
the journal forwarded. It is killed after a random number of its progress lines (each printed
once its step is durable) while a pack is open; the restarted station resumes the pack from its
journal, keeps its claim row, and forwards what it had not. At the end: 0 lost, 0 duplicate
shipments, every journaled box in Stitch exactly once.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from proof_floor import ChildSandbox, SyncProcess, add_orders
from support.child_sandbox import assert_each_box_once
from sync_support import one, wait_for

from packstation.warehouse.roles import add_station, login_role_for

SEED = 20261203
ORDERS = 8
KILLS = 4
STATION = "Bench K"


def start_station(sandbox: ChildSandbox, dsn: str, journal: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable, "-m", "packstation.services.headless", "--api-url", sandbox.base_url,
            "--journal", str(journal), "--station", STATION, "--warehouse-db", dsn,
        ],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip


@pytest.mark.slow
@pytest.mark.timeout(300)
async def test_a_station_killed_mid_pack_resumes_and_ships_each_box_once(
    warehouse_db: str, tmp_path: Path
) -> None:
    rng = random.Random(SEED)
    sandbox = ChildSandbox(tmp_path / "stitch.sqlite3").start()
    sync = SyncProcess(warehouse_db, sandbox.base_url, tmp_path / "relay.sqlite3",
                       tmp_path / "sync.log")
    journal = tmp_path / "station.sqlite3"
    station: subprocess.Popen[str] | None = None
    try:
        ids = add_orders(sandbox, ORDERS)
        sync.start()
        await wait_for(lambda: one(warehouse_db, "SELECT count(*) = %s FROM fulfillments WHERE"
                                   " lines_synced_at IS NOT NULL", ORDERS), within=120)
        async with await psycopg.AsyncConnection.connect(warehouse_db, autocommit=True) as conn:
            await add_station(conn, STATION)
        own = warehouse_db.replace("//packstation@", f"//{login_role_for(STATION)}@")
        kills = 0
        while True:
            station = start_station(sandbox, own, journal)
            assert station.stdout is not None
            limit = rng.randint(2, 12) if kills < KILLS else None
            events = 0
            for line in station.stdout:
                if line.startswith("event "):
                    events += 1
                    mid_pack = "state=none" not in line and "outcome=shipped" not in line
                    if limit is not None and events >= limit and mid_pack:
                        break
                if line.startswith("done"):
                    break
            if limit is not None and station.poll() is None:
                station.kill()  # SIGKILL: no goodbye, no flush beyond what is durable
                station.wait(timeout=30)
                kills += 1
                continue
            assert station.wait(timeout=60) == 0
            break
        assert kills == KILLS
        assert await one(warehouse_db, "SELECT count(*) FROM shared_outbox WHERE state <>"
                         " 'sent'") == 0
        assert await one(warehouse_db, "SELECT count(DISTINCT fulfillment_id) FROM"
                         " shared_outbox") == ORDERS
        assert await one(warehouse_db, "SELECT count(*) FROM claims") == 0
        assert assert_each_box_once(sandbox.api, journal, ids) >= ORDERS
    finally:
        if station is not None and station.poll() is None:
            station.kill()
            station.wait(timeout=30)
        sync.stop()
        sandbox.stop()
