"""Statuses through the outbox (PS-STATUS, claims) and the sender's retry schedule."""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import random

import pytest
from support.services import CATALOG, SandboxControl, ups_number

from packstation.api import StitchClient
from packstation.domain.events import Outcome
from packstation.domain.records import NewShipment, ShipmentLineRequest
from packstation.services.backoff import Backoff
from packstation.services.notifications import PackAlert
from packstation.services.packing import OpenRefusal, Verdict
from packstation.services.station import Station
from packstation.store import StatusState


async def test_a_status_scanned_during_a_pack_reaches_stitch_and_the_newest_wins(
    station: Station, ctl: SandboxControl, stitch: StitchClient
) -> None:
    order = await ctl.order({"SKU-1": 2})
    await station.queue.refresh_full()
    assert (await station.packing.open(order["id"], "alice")).opened

    first = station.packing.set_status_of_open("Waiting for stock")
    second = station.packing.scan("PS-STATUS:On hold – damaged")
    assert first.event is not None
    assert first.event.result.outcome is Outcome.STATION
    assert second.verdict is Verdict.RECORDED
    await station.sender.send_due()

    assert (await stitch.get_fulfillment(order["id"])).status == "On hold – damaged"
    # The claim and the first status were superseded before they went out.
    latest = station._journal.statuses.latest(order["id"])
    assert latest is not None
    assert latest.state is StatusState.SENT


async def test_a_status_for_an_order_that_closed_meanwhile_is_dropped_quietly(
    station: Station,
    ctl: SandboxControl,
    stitch: StitchClient,
    caplog: pytest.LogCaptureFixture,
) -> None:
    order = await ctl.order({"SKU-1": 1})
    await station.queue.refresh_full()
    assert (await station.packing.open(order["id"], "alice")).opened  # queues the claim
    alerts: list[PackAlert] = []
    station.notifier.on(PackAlert, alerts.append)
    (line,) = await stitch.list_line_items(order["id"])
    await stitch.create_shipment(
        NewShipment(
            fulfillment_id=order["id"],
            shipped_at=dt.datetime.now(dt.UTC),
            tracking_number=ups_number(300),
            line_items=(ShipmentLineRequest(line.id, 1),),
        )
    )
    caplog.set_level(logging.INFO, logger="packstation.services")

    await station.sender.send_due()

    latest = station._journal.statuses.latest(order["id"])
    assert latest is not None
    assert latest.state is StatusState.REJECTED
    assert alerts == []  # nothing for the packer: the order is simply no longer open
    assert any("status of" in r.getMessage() for r in caplog.records)
    assert station.sender.summary().waiting == 0


async def test_opening_offline_needs_the_order_saved_on_this_station(
    station: Station, ctl: SandboxControl
) -> None:
    order = await ctl.order({"SKU-1": 1})
    await ctl.faults(error_rate=1.0, error_status=503)

    refused = await station.packing.open(order["id"], "alice")

    assert refused.refusal is OpenRefusal.UNAVAILABLE
    assert "can't be reached" in refused.message
    assert station.packing.current is None
    assert station.packing.scan(CATALOG["SKU-1"]).verdict is Verdict.NO_PACK


def test_the_retry_delay_grows_is_capped_and_honours_retry_after() -> None:
    backoff = Backoff(initial=1.0, maximum=60.0, jitter=1.0, rng=random.Random(1))

    delays = [backoff.delay(n) for n in range(1, 12)]

    assert 1.0 <= delays[0] < 2.0
    assert all(b >= a - 1.0 for a, b in itertools.pairwise(delays))
    assert all(d <= 61.0 for d in delays)
    assert delays[-1] >= 60.0
    assert backoff.delay(1, retry_after=30.0) >= 30.0
    assert Backoff(jitter=0.0).delay(10_000) == 60.0
