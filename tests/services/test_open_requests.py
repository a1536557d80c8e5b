"""What opening an order costs the shared account, against the real sandbox on loopback.

With the queue's last poll fresh, opening reads no record of the order from Stitch: its lines
(unless cached) and, after the open, the claim's PUT. Each test counts the requests the station's
client actually sent (`on_request`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from support.counting import Calls, Clock, counted_station
from support.services import CATALOG, SandboxControl
from support.waiting import until

from packstation.api import StitchClient
from packstation.sandbox import SandboxServer
from packstation.services.notifications import AlertKind, PackAlert
from packstation.services.packing import OpenRefusal
from packstation.services.station import Station
from packstation.store import SessionOutcome


@pytest.fixture
async def counted(
    sandbox: SandboxServer, stitch: StitchClient, tmp_path: Path
) -> AsyncIterator[tuple[Station, Calls, Clock]]:
    async with counted_station(sandbox, tmp_path, prefetch_lines=0) as counted:
        yield counted


def requests(calls: Calls) -> list[tuple[str, str]]:
    return [(e.method, e.path) for e in calls.log]


async def test_opening_from_a_fresh_queue_reads_only_the_lines_then_claims(
    counted: tuple[Station, Calls, Clock], ctl: SandboxControl, stitch: StitchClient
) -> None:
    station, calls, _ = counted
    order = await ctl.order({"SKU-1": 2})
    await station.queue.refresh_full()
    calls.clear()

    opened = await station.packing.open(order["id"], "alice")
    await station.sender.send_due()

    assert opened.opened
    assert not opened.offline
    fid = order["id"]
    assert requests(calls) == [
        ("GET", f"/fulfillments/{fid}/line_items"),
        ("PUT", f"/fulfillments/{fid}"),
    ]
    assert (await stitch.get_fulfillment(fid)).status == "Packing · Station 3 · alice"


async def test_opening_after_an_old_poll_reads_the_order_first(
    counted: tuple[Station, Calls, Clock], ctl: SandboxControl
) -> None:
    station, calls, clock = counted
    order = await ctl.order({"SKU-1": 1})
    await station.queue.refresh_full()
    await station.queue.lines(order["id"])
    clock.advance(station.queue.schedule.fresh_s + 1)  # no poll since
    calls.clear()

    assert (await station.packing.open(order["id"], "alice")).opened

    assert requests(calls) == [("GET", f"/fulfillments/{order['id']}")]  # lines unchanged


async def test_a_claim_the_queue_shows_is_read_again_before_the_packer_is_asked(
    counted: tuple[Station, Calls, Clock], ctl: SandboxControl, stitch: StitchClient
) -> None:
    station, calls, _ = counted
    claimed, released = await ctl.order({"SKU-1": 1}), await ctl.order({"SKU-2": 1})
    for order in (claimed, released):
        await stitch.set_status(order["id"], "Packing · Station 7 · bob")
    await station.queue.refresh_full()
    await stitch.set_status(released["id"], "")  # Station 7 let go since the poll
    calls.clear()

    refused = await station.packing.open(claimed["id"], "alice")
    assert refused.refusal is OpenRefusal.CLAIMED
    assert refused.claimed_by == "Packing · Station 7 · bob"
    assert requests(calls) == [("GET", f"/fulfillments/{claimed['id']}")]

    assert (await station.packing.open(released["id"], "alice")).opened


async def test_an_order_canceled_after_the_poll_stops_the_pack_when_the_claim_is_refused(
    counted: tuple[Station, Calls, Clock], ctl: SandboxControl
) -> None:
    station, calls, _ = counted
    order = await ctl.order({"SKU-1": 2})
    await station.queue.refresh_full()
    await ctl.cancel(order["id"])  # the poll cannot see it: canceled orders leave the open list
    alerts: list[PackAlert] = []
    station.notifier.on(PackAlert, alerts.append)
    assert (await station.packing.open(order["id"], "alice")).opened
    station.packing.scan(CATALOG["SKU-1"])
    calls.clear()

    await station.sender.send_due()  # the claim: 409
    await until(lambda: station.packing.current is None, "the pack to stop")

    assert [a.kind for a in alerts] == [AlertKind.CANCELED]
    fid = order["id"]
    assert requests(calls) == [("PUT", f"/fulfillments/{fid}"), ("GET", f"/fulfillments/{fid}")]
    assert station.queue.get(fid) is None
    (session,) = station._journal.sessions_of_fulfillment(fid)
    assert session.outcome == SessionOutcome.STOPPED
