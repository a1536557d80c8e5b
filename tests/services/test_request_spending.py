"""How a station spends the shared account's requests, against the real sandbox on loopback.

Each test counts the requests the station's client actually sent (`on_request`).
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from support.counting import Calls, Clock, counted_station
from support.services import (
    CATALOG,
    SandboxControl,
    fast_client,
    ups_number,
)

from packstation.api import NetworkError, ServerError, StitchClient
from packstation.api.budget import Priority, priority
from packstation.domain.events import SessionState
from packstation.domain.records import NewShipment, ProductUpsert, ShipmentLineRequest
from packstation.sandbox import SandboxServer
from packstation.services.notifications import Notifier, QueueChanged
from packstation.services.queue import QueueService
from packstation.services.station import Station
from packstation.store import Journal, ShipmentState


class FailPages(httpx.AsyncBaseTransport):
    """The real transport, except that list pages numbered `failing` get no connection."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.failing: set[str] = set()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.params.get("page_num") in self.failing:
            raise httpx.ConnectError("injected", request=request)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


@pytest.fixture
async def counted(
    sandbox: SandboxServer, stitch: StitchClient, tmp_path: Path
) -> AsyncIterator[tuple[Station, Calls, Clock]]:
    async with counted_station(sandbox, tmp_path) as counted:
        yield counted


async def prefetched(station: Station) -> None:
    task = station.queue._prefetch_task
    if task is not None:
        await task


async def test_only_the_next_five_orders_are_prefetched(
    counted: tuple[Station, Calls, Clock], ctl: SandboxControl
) -> None:
    station, calls, _ = counted
    orders = [await ctl.order({"SKU-1": 1}) for _ in range(8)]

    await station.queue.refresh_full()
    await prefetched(station)

    read = [e.path for e in calls.log if e.path.endswith("/line_items")]
    assert read == [f"/fulfillments/{o['id']}/line_items" for o in orders[:5]]
    assert station.queue.cached_lines(orders[5]["id"]) is None


async def test_another_stations_claim_does_not_make_the_lines_read_again(
    counted: tuple[Station, Calls, Clock], ctl: SandboxControl, stitch: StitchClient
) -> None:
    station, calls, _ = counted
    order = await ctl.order({"SKU-1": 2})
    await station.queue.refresh_full()
    await prefetched(station)
    lines_path = f"/fulfillments/{order['id']}/line_items"
    assert len(calls.of("GET", lines_path)) == 1

    await stitch.set_status(order["id"], "Packing · Station 9 · bob")
    await station.queue.poll()
    await prefetched(station)
    claimed = station.queue.get(order["id"])
    assert claimed is not None
    assert claimed.status == "Packing · Station 9 · bob"
    await station.queue.lines(order["id"])
    assert len(calls.of("GET", lines_path)) == 1  # a status changes no line

    (line,) = await stitch.list_line_items(order["id"])
    await stitch.create_shipment(
        NewShipment(
            fulfillment_id=order["id"],
            shipped_at=dt.datetime.now(dt.UTC),
            tracking_number=ups_number(700),
            line_items=(ShipmentLineRequest(line.id, 1),),
        )
    )
    await station.queue.poll()
    await prefetched(station)
    lines = await station.queue.lines(order["id"])
    assert len(calls.of("GET", lines_path)) == 2  # units shipped changed: read again
    assert lines[0].quantity_shipped == 1


async def test_our_claims_answer_goes_into_the_cache_and_the_poll_says_nothing_new(
    counted: tuple[Station, Calls, Clock], ctl: SandboxControl
) -> None:
    station, calls, _ = counted
    order = await ctl.order({"SKU-1": 1})
    await station.queue.refresh_full()
    await prefetched(station)
    assert (await station.packing.open(order["id"], "alice")).opened
    calls.clear()

    await station.sender.send_due()  # the claim

    assert [(e.method, e.path) for e in calls.log] == [("PUT", f"/fulfillments/{order['id']}")]
    cached = station.queue.get(order["id"])
    assert cached is not None
    assert cached.status == "Packing · Station 3 · alice"
    changes: list[QueueChanged] = []
    station.notifier.on(QueueChanged, changes.append)
    await station.queue.poll()
    assert changes == []


async def test_no_get_of_the_order_at_box_completion_or_before_the_post_when_fresh(
    counted: tuple[Station, Calls, Clock], ctl: SandboxControl, stitch: StitchClient
) -> None:
    station, calls, _ = counted
    order = await ctl.order({"SKU-1": 1})
    await station.queue.refresh_full()
    assert (await station.packing.open(order["id"], "alice")).opened
    calls.clear()
    station.packing.scan(CATALOG["SKU-1"])
    assert station.packing.current is not None
    assert station.packing.current.state is SessionState.AWAITING_TRACKING
    box = station.packing.scan(ups_number(701)).box
    assert box is not None

    await station.sender.send_due()

    assert station._journal.outbox.get(box.local_id).state is ShipmentState.SENT
    assert calls.of("GET", f"/fulfillments/{order['id']}") == []
    assert len(calls.of("POST", "/shipments")) == 1
    assert len(await stitch.list_shipments(order["id"])) == 1


async def test_the_order_is_read_before_the_post_when_the_last_poll_is_old(
    counted: tuple[Station, Calls, Clock], ctl: SandboxControl
) -> None:
    station, calls, clock = counted
    order = await ctl.order({"SKU-1": 1})
    await station.queue.refresh_full()
    assert (await station.packing.open(order["id"], "alice")).opened
    station.packing.scan(CATALOG["SKU-1"])
    clock.advance(station.queue.schedule.fresh_s + 1)  # no poll since
    box = station.packing.scan(ups_number(702)).box
    assert box is not None
    calls.clear()

    await station.sender.send_due()

    assert station._journal.outbox.get(box.local_id).state is ShipmentState.SENT
    assert calls.of("GET", f"/fulfillments/{order['id']}") != []


async def test_a_failed_full_resync_resumes_from_its_page_and_loses_no_order(
    sandbox: SandboxServer, ctl: SandboxControl, stitch: StitchClient, tmp_path: Path
) -> None:
    await ctl.call("POST", "/reset", {"seed": "empty"})
    await stitch.upsert_products([ProductUpsert("BULK", name="Bulk", quantity_on_hand=10**6)])
    orders = [(await ctl.order({"BULK": 1}))["id"] for _ in range(250)]
    calls = Calls()
    transport = FailPages()
    journal = Journal.open(tmp_path / "journal.sqlite3")
    client = fast_client(sandbox.base_url, sandbox.token, on_request=calls, transport=transport)
    queue = QueueService(client, journal, Notifier(), prefetch_lines=0)
    try:
        transport.failing = {"3"}
        with pytest.raises(NetworkError):
            await queue.refresh_full()
        assert not queue.loaded
        # Orders of the pages already read leave the list meanwhile: the rest shift left.
        for fid in orders[:3]:
            await ctl.cancel(fid)
        transport.failing = set()
        calls.clear()

        await queue.refresh_full()

        pages = [e.query for e in calls.log if e.path == "/fulfillments"]
        assert [p.split("page_num=")[1].split("&")[0] for p in pages] == ["2", "3"]
        # None of those that shifted onto the re-read page is lost (the three canceled ones were
        # read before they left: the next full resync removes them).
        assert [f.id for f in queue.fulfillments] == orders
    finally:
        await queue.aclose()
        await client.aclose()
        journal.close()


async def test_polls_after_a_bulk_import_do_not_read_it_again(
    counted: tuple[Station, Calls, Clock], ctl: SandboxControl, stitch: StitchClient
) -> None:
    station, calls, _ = counted
    await stitch.upsert_products([ProductUpsert("BULK", name="Bulk", quantity_on_hand=10**6)])
    orders = [(await ctl.order({"BULK": 1}))["id"] for _ in range(250)]
    station.queue._prefetch_limit = 0
    await station.queue.refresh_full()
    # The sandbox stamps whole seconds: until Stitch's clock (the `Date` of its answers) is past
    # the newest stamp's second, a write may still get it, and a poll reads that second again.
    async with asyncio.timeout(10):
        while not station.queue.watermark.closed:
            await asyncio.sleep(0.2)  # Stitch's clock has no event to wait for
            await station.queue.poll()
    calls.clear()

    for _ in range(3):
        await station.queue.poll()
    assert len(calls.of("GET", "/fulfillments")) == 3  # one empty page a poll, not three pages

    await ctl.edit(orders[10], notes="Fragile")
    await station.queue.poll()
    assert station.queue.get(orders[10]).notes == "Fragile"  # type: ignore[union-attr]


async def test_a_failed_poll_is_followed_by_a_poll_not_a_full_load(
    counted: tuple[Station, Calls, Clock], ctl: SandboxControl
) -> None:
    station, calls, _ = counted
    await ctl.order({"SKU-1": 1})
    await station.queue.sync_once()
    await ctl.faults(error_rate=1.0, error_status=503, paths=["/fulfillments"])
    with pytest.raises(ServerError):
        await station.queue.sync_once()
    await ctl.faults(error_rate=0.0)
    calls.clear()

    await station.queue.sync_once()

    lists = calls.of("GET", "/fulfillments")
    assert len(lists) == 1
    assert "updated_since" in lists[0].query


async def test_the_full_resync_and_the_catalog_come_when_their_jittered_time_is_due(
    counted: tuple[Station, Calls, Clock], ctl: SandboxControl, stitch: StitchClient
) -> None:
    station, _, clock = counted
    order = await ctl.order({"SKU-1": 1})
    await station.queue.sync_once()  # catalog and full load
    await ctl.cancel(order["id"])
    await stitch.upsert_products([ProductUpsert("NEW-1", name="New", upc="036000291452")])

    clock.advance(1800)
    await station.queue.sync_once()  # a poll: it cannot see the cancel
    assert [f.id for f in station.queue.fulfillments] == [order["id"]]
    assert station.queue.barcodes_for("NEW-1") == frozenset()

    clock.advance(2200)  # past an hour + 10 %
    await station.queue.sync_once()
    assert station.queue.fulfillments == ()
    assert station.queue.barcodes_for("NEW-1") == {"00036000291452"}


async def test_prefetching_waits_behind_a_shipment(sandbox: SandboxServer) -> None:
    """The bucket serves the station's shipment before its prefetch (priorities end to end)."""
    calls = Calls()
    async with StitchClient(
        sandbox.base_url, sandbox.token, requests_per_s=50.0, burst=1.0, on_request=calls
    ) as client:
        assert client.budget is not None
        client.budget.pause(0.2)  # the bucket is empty: both requests queue
        with priority(Priority.PREFETCH):
            low = asyncio.create_task(client.list_products())
        with priority(Priority.SHIPMENT):
            high = asyncio.create_task(client.list_shipments("1"))
        await asyncio.gather(low, high)
    assert [e.path for e in calls.log] == ["/shipments", "/products"]
