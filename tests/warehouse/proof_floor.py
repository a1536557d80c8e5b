"""The proofs' floor: the sandbox and the sync service as child processes (killable), stations as
tasks packing from PostgreSQL into their own journals, and the final count of what Stitch holds."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import psycopg
from support.child_sandbox import TOKEN, ChildSandbox, post_products, shipments_in_stitch
from support.services import ADDRESS, CATALOG
from warehouse_helpers import journal_box

from packstation.services.warehouse_forward import JournalForwarder
from packstation.store import Journal, ShipmentState
from packstation.warehouse.roles import add_station
from packstation.warehouse.station import WarehouseStation

__all__ = ["TOKEN", "ChildSandbox", "Floor", "SyncProcess", "add_orders"]


def add_orders(sandbox: ChildSandbox, count: int) -> list[str]:
    skus = sorted(CATALOG)
    post_products(
        sandbox,
        [{"sku": s, "name": s, "upc": u, "quantity_on_hand": 10_000} for s, u in CATALOG.items()],
    )
    ids = []
    for n in range(count):
        body = {
            "order_number": f"W{n:04d}",
            "channel_order_number": f"#{7000 + n}",
            "shipping_method": "UPS Ground",
            "notes": "",
            "ship_to": ADDRESS,
            "lines": [{"sku": skus[n % len(skus)], "quantity": 1 + n % 3}],
        }
        ids.append(sandbox.control("POST", "/orders", body)["fulfillment"]["id"])
    return ids


class SyncProcess:
    """`packstation warehouse sync` as a child process (SIGKILL is a real crash)."""

    def __init__(self, dsn: str, base_url: str, relay: Path, log: Path) -> None:
        self.dsn, self.base_url, self.relay, self.log = dsn, base_url, relay, log
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        env = dict(os.environ, PACKSTATION_TOKEN=TOKEN, PYTHONUNBUFFERED="1")
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "packstation",
                    "warehouse",
                    "sync",
                    "--db",
                    self.dsn,
                    "--api-url",
                    self.base_url,
                    "--relay-journal",
                    str(self.relay),
                    "--rate-limit",
                    "40",
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                env=env,
            )

    def kill(self) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=30)
            self.process = None

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()
            self.process = None


class Floor:
    """Stations packing every open order once, each from its own journal."""

    def __init__(self, dsn: str, tmp: Path, stations: int) -> None:
        self.dsn = dsn
        self.tmp = tmp
        self.names = [f"Bench {n:02d}" for n in range(1, stations + 1)]
        self.packed: Counter[str] = Counter()  # fulfillment -> boxes packed on the floor
        self.offline: set[str] = set()  # stations cut off from the LAN
        self.journals: dict[str, Path] = {}
        self.unreachable: Counter[str] = Counter()  # attempts that found the server away

    async def setup(self) -> None:
        async with await psycopg.AsyncConnection.connect(self.dsn, autocommit=True) as conn:
            for name in self.names:
                await add_station(conn, name)

    def _station_dsn(self, name: str) -> str:
        from packstation.warehouse.roles import login_role_for

        return self.dsn.replace("//packstation@", f"//{login_role_for(name)}@")

    async def shift(self, orders: int) -> None:
        """Every station packs until `orders` orders are packed on the floor."""
        await asyncio.gather(*(self._station(name, orders) for name in self.names))

    async def _station(self, name: str, orders: int) -> None:
        path = self.tmp / f"{name}.sqlite3"
        self.journals[name] = path
        dsn = self._station_dsn(name)
        station = WarehouseStation(await _connect_retrying(dsn), name, dsn=dsn)
        mine: set[str] = set()  # packed here: never again, whatever the shared queue says
        with Journal.open(path) as journal:
            forwarder = JournalForwarder(journal, station)
            while sum(self.packed.values()) < orders:
                if name in self.offline:
                    await asyncio.sleep(0.05)
                    continue
                try:
                    if station.conn.closed:
                        station.conn = await psycopg.AsyncConnection.connect(dsn, autocommit=True)
                    await forwarder.forward_once()
                    for fid in list(mine):
                        await station.release(fid)
                    picked = None
                    for row in await station.queue():
                        if row["id"] not in mine and await station.claim(row["id"], name):
                            picked = row["id"]
                            break
                    if picked is None:
                        await asyncio.sleep(0.05)
                        continue
                    record, lines = await station.open_order(picked)
                except (psycopg.OperationalError, psycopg.InterfaceError):
                    self.unreachable[name] += 1
                    await asyncio.sleep(0.1)  # the server or the LAN is away: try again
                    continue
                if not lines:
                    await station.release(picked)
                    await asyncio.sleep(0.05)
                    continue
                journal_box(
                    journal,
                    station=name,
                    fulfillment_id=picked,
                    order_number=str(record["order_number"]),
                    packer=name,
                    lines=[(str(li["id"]), str(li["sku"]), int(li["quantity"])) for li in lines],
                )
                mine.add(picked)
                self.packed[picked] += 1
                await asyncio.sleep(0)
            # End of the shift: forward what is left, then wait for the verdicts.
            while journal.outbox.waiting():
                if name not in self.offline:
                    try:
                        if station.conn.closed:
                            station.conn = await psycopg.AsyncConnection.connect(
                                dsn, autocommit=True
                            )
                        await forwarder.forward_once()
                    except (psycopg.OperationalError, psycopg.InterfaceError):
                        self.unreachable[name] += 1
                await asyncio.sleep(0.1)
        await station.conn.close()

    def journal_boxes(self) -> list[Any]:
        rows = []
        for path in self.journals.values():
            with Journal.open(path, read_only=True) as journal:
                for fid in self.packed:
                    rows.extend(journal.outbox.for_fulfillment(fid))
        return rows


async def _connect_retrying(dsn: str) -> psycopg.AsyncConnection[Any]:
    async with asyncio.timeout(60):
        while True:
            try:
                return await psycopg.AsyncConnection.connect(dsn, autocommit=True)
            except psycopg.OperationalError:
                await asyncio.sleep(0.2)


def assert_every_box_in_stitch_once(
    sandbox: ChildSandbox, floor: Floor, fulfillment_ids: list[str]
) -> int:
    """0 lost, 0 duplicates: every journaled box is sent, and is exactly one shipment."""
    assert [f for f, n in floor.packed.items() if n > 1] == [], "an order was packed twice"
    boxes = floor.journal_boxes()
    assert boxes, "nothing was packed"
    assert Counter(b.state for b in boxes) == {ShipmentState.SENT: len(boxes)}
    in_stitch = [s for fid in fulfillment_ids for s in shipments_in_stitch(sandbox.api, fid)]
    tracking = Counter(s["tracking_number"] for s in in_stitch)
    assert [t for t, n in tracking.items() if n > 1] == [], "a box was posted twice"
    assert sorted(s["id"] for s in in_stitch) == sorted(str(b.remote_id) for b in boxes)
    by_id = {s["id"]: s for s in in_stitch}
    for box in boxes:
        assert by_id[str(box.remote_id)]["tracking_number"] == box.payload["tracking_number"]
    return len(in_stitch)
