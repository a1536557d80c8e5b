"""Offline: Stitch stops mid-shift, five orders are packed anyway, and arrive once when it is
back."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from support.child_sandbox import TOKEN, ChildSandbox, assert_each_box_once, post_products
from support.services import ADDRESS, CATALOG, fast_client, station_settings, ups_number
from support.waiting import until

from packstation.services.backoff import Backoff
from packstation.services.notifications import ConnectionChanged
from packstation.services.station import Station


def orders(sandbox: ChildSandbox, count: int) -> list[str]:
    post_products(
        sandbox,
        [
            {"sku": sku, "name": sku, "upc": upc, "quantity_on_hand": 1000}
            for sku, upc in CATALOG.items()
        ],
    )
    ids = []
    for n in range(count):
        body = {
            "order_number": f"OFF{n}",
            "channel_order_number": f"#{7000 + n}",
            "shipping_method": "UPS Ground",
            "notes": "",
            "ship_to": ADDRESS,
            "lines": [{"sku": "SKU-1", "quantity": 1}, {"sku": "SKU-2", "quantity": 1}],
        }
        ids.append(sandbox.control("POST", "/orders", body)["fulfillment"]["id"])
    return ids


@pytest.mark.slow
async def test_orders_packed_while_stitch_is_down_arrive_once_when_it_is_back(
    tmp_path: Path,
) -> None:
    sandbox = await asyncio.to_thread(ChildSandbox(tmp_path / "stitch.sqlite3").start)
    try:
        ids = await asyncio.to_thread(orders, sandbox, 5)
        settings = station_settings(sandbox.base_url, station="Station 5", poll_interval_s=1)
        station = await Station.start(
            settings,
            TOKEN,
            journal_path=tmp_path / "journal.sqlite3",
            client=fast_client(sandbox.base_url, TOKEN, retry_attempts=1),
            backoff=Backoff(initial=0.05, maximum=0.5, jitter=0.05),
        )
        changes: list[ConnectionChanged] = []
        station.notifier.on(ConnectionChanged, changes.append)
        try:
            queue = station.queue
            # The queue loaded the orders and saved their lines for packing offline.
            await until(
                lambda: all(queue.cached_lines(fid) is not None for fid in ids), within_s=60
            )
            await asyncio.to_thread(sandbox.stop)
            # The next poll finds Stitch gone (an open from a fresh queue asks Stitch nothing).
            await until(lambda: queue.online is False, within_s=30)

            for n, fid in enumerate(ids):
                opened = await station.packing.open(fid, "erin")
                assert opened.opened, opened.message
                assert opened.offline
                station.packing.scan(CATALOG["SKU-1"])
                station.packing.scan(CATALOG["SKU-2"])
                assert station.packing.scan(ups_number(700 + n)).box is not None

            summary = station.sender.summary()
            assert summary.waiting == 5
            assert summary.oldest_created_at is not None
            assert queue.online is False
            assert queue.offline_since is not None
            queue.publish()
            assert queue.fulfillments == ()  # packed here: out of this station's queue

            await asyncio.to_thread(sandbox.start)  # same port, same data
            await until(lambda: station.sender.summary().waiting == 0, within_s=60)
            assert queue.online is True
            assert [c.online for c in changes][-2:] == [False, True]
        finally:
            await station.aclose()
        assert assert_each_box_once(sandbox.api, tmp_path / "journal.sqlite3", ids) == 5
    finally:
        await asyncio.to_thread(sandbox.stop)
