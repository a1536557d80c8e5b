"""The station's own services in warehouse mode (what the window runs when the machine settings
name `warehouse.db_url`): the queue from PostgreSQL by LISTEN/NOTIFY, claims as rows, takeover
journaled, boxes forwarded and sent by the sync service, packing on from the last copy while
PostgreSQL is down. The stations hold no Stitch token: they cannot post to Stitch."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sync_support import one, running_sync, wait_for

from packstation.sandbox import SandboxServer
from packstation.services.figures import Grouping
from packstation.services.headless import HeadlessPacker
from packstation.services.notifications import QueueChanged
from packstation.services.pack_state import OpenRefusal
from packstation.services.periods import today
from packstation.services.settings import Settings
from packstation.services.station import Station
from packstation.store import ShipmentState
from packstation.warehouse.cluster import LocalCluster
from packstation.warehouse.roles import add_station, login_role_for

TOKEN = "warehouse-mode-token-91c0"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(seed="empty", port=0, token=TOKEN) as server:
        yield server


@pytest.fixture
async def orders(sandbox: SandboxServer) -> AsyncIterator[list[str]]:
    from support.services import CATALOG, SandboxControl, fast_client, stock

    control = SandboxControl(sandbox.root_url, sandbox.token)
    await control.reset("empty")
    async with fast_client(sandbox.base_url, sandbox.token) as client:
        await stock(client)
    skus = list(CATALOG)
    ids = [str((await control.order({skus[n]: 1 + n % 2}))["id"]) for n in range(4)]
    yield ids
    await control.aclose()


@asynccontextmanager
async def warehouse_station(dsn: str, name: str, tmp: Path) -> AsyncIterator[Station]:
    async with await psycopg.AsyncConnection.connect(dsn, autocommit=True) as admin:
        await add_station(admin, name)
    own = dsn.replace("//packstation@", f"//{login_role_for(name)}@")
    settings = Settings(station=name, warehouse_db_url=own, time_zone="UTC")
    station = await Station.start_warehouse(settings, None, journal_path=tmp / f"{name}.sqlite3")
    try:
        yield station
    finally:
        await station.aclose()


async def pack_open_order(station: Station) -> None:
    """Scan every unit and the carrier label, as a packer at the bench would."""
    packer = HeadlessPacker(station)
    while station.packing.current is not None:
        packer.next_step(station.packing.current)
        await asyncio.sleep(0)


async def test_two_stations_share_the_queue_claims_are_rows_and_boxes_reach_stitch_once(
    sandbox: SandboxServer, orders: list[str], warehouse_db: str, tmp_path: Path
) -> None:
    async with running_sync(warehouse_db, sandbox.base_url, TOKEN, tmp_path / "relay.sqlite3",
                            name="sync-1"), \
            warehouse_station(warehouse_db, "Bench A", tmp_path) as a, \
            warehouse_station(warehouse_db, "Bench B", tmp_path) as b:
        assert a.warehouse is not None
        assert b.warehouse is not None
        await wait_for(lambda: len(a.queue.fulfillments) == len(orders)
                       and len(b.queue.fulfillments) == len(orders), within=60)
        changes: asyncio.Queue[QueueChanged] = asyncio.Queue()
        b.notifier.on(QueueChanged, changes.put_nowait)
        first = orders[0]

        opened = await a.packing.open(first, "ann")
        assert opened.opened, opened.message
        assert not opened.offline
        async with asyncio.timeout(1.0):  # the "leaves every other queue within a second"
            while first not in (await changes.get()).removed:
                pass
        assert first not in [f.id for f in b.queue.fulfillments]
        # A slip scanned at B anyway: refused, A is packing it.
        refused = await b.packing.open(first, "bob")
        assert (refused.opened, refused.refusal) == (False, OpenRefusal.CLAIMED)
        assert "Bench A" in refused.message

        await pack_open_order(a)
        box = a._journal.outbox.for_fulfillment(first)[0]
        await wait_for(lambda: a._journal.outbox.get(box.local_id).state
                       is ShipmentState.SENT, within=60)
        assert await one(warehouse_db, "SELECT count(*) FROM shared_outbox WHERE state = 'sent'"
                         " AND fulfillment_id = %s", first) == 1
        assert await one(warehouse_db, "SELECT count(*) FROM claims WHERE fulfillment_id = %s",
                         first) == 0
        in_stitch = await _shipments(sandbox, first)
        assert [s.tracking_number for s in in_stitch] == [box.payload["tracking_number"]]

        # A supervisor moves B's pack to A: an UPDATE of the row, with its audit row.
        second = orders[1]
        assert (await b.packing.open(second, "bob")).opened
        taken = await a.packing.open(second, "ann")
        assert taken.refusal is OpenRefusal.CLAIMED
        taken = await a.packing.open(second, "ann", takeover=True)
        assert taken.opened
        assert await one(warehouse_db, "SELECT station FROM claims WHERE fulfillment_id = %s",
                         second) == "Bench A"
        assert await one(warehouse_db, "SELECT details->>'from_station' FROM audit WHERE"
                         " what = 'claim taken over' AND fulfillment_id = %s", second) == "Bench B"

        # A supervisor at Bench B sees the floor's figures, the order's history and the audit
        # trail of every station, from PostgreSQL (the screens' reports, computed as for one).
        reports = b.shared_reports
        assert reports is not None
        zone = dt.UTC
        now = dt.datetime.now(dt.UTC)
        history = await wait_for(
            lambda: _history_with_sent_box(reports, first, zone), within=30
        )
        assert {e.station for e in history.entries} == {"Bench A"}
        assert [(s.station, s.tracking_number, s.state) for s in history.shipments] == [
            ("Bench A", box.payload["tracking_number"], "sent")
        ]
        figures = await reports.figures_report(today(zone, now), Grouping.STATION)
        by_station = {g.name: g.figures for g in figures.rows}
        assert by_station["Bench A"].boxes == 1
        assert by_station["Bench A"].fulfillments_packed == 1
        trail = await wait_for(
            lambda: _audit_whats(reports, zone, now - dt.timedelta(hours=1)), within=30
        )
        assert ("Bench A", "claim taken over") in trail
        assert ("Bench A", "took over a claimed order") in trail  # forwarded from A's journal


async def _history_with_sent_box(reports: Any, fid: str, zone: dt.tzinfo) -> Any:
    history = await reports.order_history(fid, zone)
    return history if any(s.state == "sent" for s in history.shipments) else None


async def _audit_whats(reports: Any, zone: dt.tzinfo, since: dt.datetime) -> Any:
    rows = await reports.audit_trail(zone, since, dt.datetime.now(dt.UTC) + dt.timedelta(1))
    whats = {(r.station, r.what) for r in rows}
    return whats if ("Bench A", "took over a claimed order") in whats else None


async def test_packing_goes_on_from_the_last_copy_while_postgresql_is_down(
    sandbox: SandboxServer, orders: list[str], warehouse_db: str, pg_cluster: LocalCluster,
    tmp_path: Path,
) -> None:
    async with running_sync(warehouse_db, sandbox.base_url, TOKEN, tmp_path / "relay.sqlite3",
                            name="sync-1"), \
            warehouse_station(warehouse_db, "Bench A", tmp_path) as a:
        await wait_for(lambda: len(a.queue.fulfillments) == len(orders)
                       and all(a.queue.cached_lines(f) for f in orders), within=60)
        await asyncio.to_thread(pg_cluster.kill)
        try:
            opened = await a.packing.open(orders[2], "ann")
            assert opened.opened
            assert opened.offline
            assert opened.message == (
                "The warehouse server can't be reached: packing from the saved order"
            )
            await pack_open_order(a)
            box = a._journal.outbox.for_fulfillment(orders[2])[0]
            assert box.state is ShipmentState.PENDING  # journaled, waiting for the server
        finally:
            await asyncio.to_thread(pg_cluster.start)
        await wait_for(lambda: a._journal.outbox.get(box.local_id).state
                       is ShipmentState.SENT, within=90)
        in_stitch = await _shipments(sandbox, orders[2])
        assert [s.tracking_number for s in in_stitch] == [box.payload["tracking_number"]]


async def _shipments(sandbox: SandboxServer, fid: str) -> list[Any]:
    from support.services import fast_client

    async with fast_client(sandbox.base_url, sandbox.token) as client:
        return list(await client.list_shipments(fid))
