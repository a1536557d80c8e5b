"""The outbox sender against the real sandbox: exactly once, whatever Stitch does meanwhile."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

from support.services import (
    ADDRESS,
    CATALOG,
    SandboxControl,
    build_station,
    fast_client,
    station_settings,
    ups_number,
)

from packstation.api import StitchClient
from packstation.domain.events import SessionState
from packstation.domain.records import NewShipment, ShipmentLineRequest
from packstation.sandbox import SandboxServer
from packstation.services.notifications import (
    AlertKind,
    PackAlert,
    ShipmentSent,
    TokenNeeded,
)
from packstation.services.packing import Verdict
from packstation.services.station import Station
from packstation.store import SessionOutcome, ShipmentState


async def packed_to_label(station: Station, fulfillment_id: str, *skus: str) -> None:
    """Open the order and verify its items: the box waits for its carrier label."""
    opened = await station.packing.open(fulfillment_id, "alice")
    assert opened.opened, opened.message
    for sku in skus:
        assert station.packing.scan(CATALOG[sku]).verdict is Verdict.RECORDED
    assert station.packing.current is not None
    assert station.packing.current.state is SessionState.AWAITING_TRACKING


def alerts(station: Station) -> list[PackAlert]:
    seen: list[PackAlert] = []
    station.notifier.on(PackAlert, seen.append)
    return seen


async def test_a_lost_answer_is_reconciled_and_never_posted_twice(
    station: Station, ctl: SandboxControl, stitch: StitchClient
) -> None:
    order = await ctl.order({"SKU-1": 1})
    await station.queue.refresh_full()
    await packed_to_label(station, order["id"], "SKU-1")
    box = station.packing.scan(ups_number(41)).box
    assert box is not None
    sent: list[ShipmentSent] = []
    station.notifier.on(ShipmentSent, sent.append)
    await ctl.faults(drop_after_commit_rate=1.0, paths=["/shipments"])

    await station.sender.send_due()
    await station.sender.send_due(ignore_backoff=True)

    (shipment,) = await stitch.list_shipments(order["id"])
    entry = station._journal.outbox.get(box.local_id)
    assert entry.state is ShipmentState.SENT
    assert entry.remote_id == shipment.id
    assert [(s.remote_id, s.reconciled) for s in sent] == [(shipment.id, True)]


async def test_a_crash_while_sending_is_reconciled_on_start(
    sandbox: SandboxServer, ctl: SandboxControl, stitch: StitchClient, journal_path: Path
) -> None:
    landed, lost = await ctl.order({"SKU-1": 1}), await ctl.order({"SKU-2": 1})
    settings = station_settings(sandbox.base_url, claim_format="")
    first = build_station(settings, sandbox.token, journal_path)
    await first.queue.refresh_full()
    boxes = {}
    for order, sku, n in ((landed, "SKU-1", 51), (lost, "SKU-2", 52)):
        await packed_to_label(first, order["id"], sku)
        box = first.packing.scan(ups_number(n)).box
        assert box is not None
        boxes[order["id"]] = first._journal.outbox.mark_sending(box.local_id)
    # The first POST reached Stitch, then the station died: its row stays `sending`.
    (line,) = await stitch.list_line_items(landed["id"])
    await stitch.create_shipment(
        NewShipment(
            fulfillment_id=landed["id"],
            shipped_at=dt.datetime.now(dt.UTC),
            tracking_number=ups_number(51),
            line_items=(ShipmentLineRequest(line.id, 1),),
        )
    )
    await first.aclose()

    second = build_station(settings, sandbox.token, journal_path)
    try:
        second.sender._recover()  # what `run()` does first
        await second.sender.send_due()
    finally:
        await second.aclose()

    for order in (landed, lost):
        (shipment,) = await stitch.list_shipments(order["id"])
        assert shipment.tracking_number in (ups_number(51), ups_number(52))


async def test_a_401_pauses_sending_keeps_everything_and_resumes_with_a_new_token(
    sandbox: SandboxServer, station: Station, ctl: SandboxControl, stitch: StitchClient
) -> None:
    order = await ctl.order({"SKU-1": 1})
    await station.queue.refresh_full()
    await packed_to_label(station, order["id"], "SKU-1")
    box = station.packing.scan(ups_number(61)).box
    assert box is not None
    asked: list[TokenNeeded] = []
    station.notifier.on(TokenNeeded, asked.append)
    station.sender.client = fast_client(sandbox.base_url, "a-revoked-token")

    await station.sender.send_due()

    assert station.sender.paused
    assert len(asked) == 1
    assert station._journal.outbox.get(box.local_id).state is ShipmentState.PENDING
    assert station.sender.summary().waiting == 1
    assert await station.sender.send_due() == 0  # paused: nothing is tried
    await station.sender.client.aclose()

    await station.replace_token(sandbox.token)
    await station.sender.send_due()

    assert not station.sender.paused
    assert station._journal.outbox.get(box.local_id).state is ShipmentState.SENT
    assert len(await stitch.list_shipments(order["id"])) == 1


async def test_a_cancel_during_the_pack_stops_it_before_anything_is_posted(
    station: Station, ctl: SandboxControl, stitch: StitchClient
) -> None:
    order = await ctl.order({"SKU-1": 1, "SKU-2": 1})
    await station.queue.refresh_full()
    assert (await station.packing.open(order["id"], "alice")).opened
    station.packing.scan(CATALOG["SKU-1"])
    seen = alerts(station)
    stopped = asyncio.get_running_loop().create_future()
    station.notifier.on(PackAlert, lambda a: stopped.done() or stopped.set_result(a))

    await ctl.cancel(order["id"])
    await station.queue.refresh_full()  # the queue reports it gone; the pack checks Stitch
    alert = await asyncio.wait_for(stopped, 10)

    assert alert.kind is AlertKind.CANCELED
    assert "canceled" in alert.message
    assert station.packing.current is None
    (session,) = station._journal.sessions_of_fulfillment(order["id"])
    assert session.outcome == SessionOutcome.STOPPED
    assert [a.kind for a in seen] == [AlertKind.CANCELED]
    assert await stitch.list_shipments(order["id"]) == []


async def test_a_cancel_after_the_label_holds_the_box_back(
    station: Station, ctl: SandboxControl, stitch: StitchClient
) -> None:
    order = await ctl.order({"SKU-1": 1})
    await station.queue.refresh_full()
    await packed_to_label(station, order["id"], "SKU-1")
    box = station.packing.scan(ups_number(71)).box
    assert box is not None
    seen = alerts(station)
    await ctl.cancel(order["id"])

    await station.sender.send_due()

    entry = station._journal.outbox.get(box.local_id)
    assert entry.state is ShipmentState.REJECTED
    assert entry.rejected_message is not None
    assert "canceled" in entry.rejected_message
    assert [a.kind for a in seen] == [AlertKind.CANCELED]
    assert await stitch.list_shipments(order["id"]) == []


async def test_completed_elsewhere_stops_the_pack_and_holds_its_box(
    station: Station, ctl: SandboxControl, stitch: StitchClient
) -> None:
    order = await ctl.order({"SKU-1": 2})
    await station.queue.refresh_full()
    assert (await station.packing.open(order["id"], "alice")).opened
    station.packing.scan(CATALOG["SKU-1"])
    station.packing.partial()
    box = station.packing.scan(ups_number(81)).box
    assert box is not None
    # Meanwhile another station ships the whole order.
    (line,) = await stitch.list_line_items(order["id"])
    await stitch.create_shipment(
        NewShipment(
            fulfillment_id=order["id"],
            shipped_at=dt.datetime.now(dt.UTC),
            tracking_number=ups_number(800),
            line_items=(ShipmentLineRequest(line.id, 2),),
        )
    )

    alert = await station.packing.verify_open()
    await station.sender.send_due()

    assert alert is not None
    assert alert.kind is AlertKind.COMPLETED_ELSEWHERE
    assert station.packing.current is None
    entry = station._journal.outbox.get(box.local_id)
    assert entry.state is ShipmentState.REJECTED
    assert "shipped elsewhere" in (entry.rejected_message or "")
    assert [s.tracking_number for s in await stitch.list_shipments(order["id"])] == [
        ups_number(800)
    ]


async def test_an_edited_address_must_be_acknowledged_before_the_label(
    station: Station, ctl: SandboxControl, stitch: StitchClient
) -> None:
    order = await ctl.order({"SKU-1": 1})
    await station.queue.refresh_full()
    await packed_to_label(station, order["id"], "SKU-1")
    await ctl.edit(order["id"], ship_to={**ADDRESS, "street1": "1 Infinite Loop"})

    alert = await station.packing.verify_open()
    assert alert is not None
    assert alert.kind is AlertKind.EDITED
    assert alert.changed_fields == ("address",)

    refused = station.packing.scan(ups_number(91))
    assert refused.verdict is Verdict.RECHECK
    assert refused.box is None
    assert await stitch.list_shipments(order["id"]) == []

    assert station.packing.acknowledge().verdict is Verdict.CHANGE_ACKNOWLEDGED
    box = station.packing.scan(ups_number(91)).box
    assert box is not None
    await station.sender.send_due()
    assert station._journal.outbox.get(box.local_id).state is ShipmentState.SENT


async def test_an_edit_after_the_label_holds_the_box_until_released(
    station: Station, ctl: SandboxControl, stitch: StitchClient
) -> None:
    order = await ctl.order({"SKU-1": 1})
    await station.queue.refresh_full()
    await packed_to_label(station, order["id"], "SKU-1")
    box = station.packing.scan(ups_number(95)).box
    assert box is not None
    seen = alerts(station)
    await ctl.edit(order["id"], shipping_method="FedEx 2Day", notes="Fragile")

    await station.sender.send_due()

    entry = station._journal.outbox.get(box.local_id)
    assert entry.state is ShipmentState.REJECTED
    assert [a.kind for a in seen] == [AlertKind.HELD]
    assert seen[0].changed_fields == ("notes", "shipping method")
    assert await stitch.list_shipments(order["id"]) == []

    station.sender.release_held(box.local_id, by="alice", why="label checked")
    await station.sender.send_due()
    assert station._journal.outbox.get(box.local_id).state is ShipmentState.SENT
    assert len(await stitch.list_shipments(order["id"])) == 1


async def test_a_refused_shipment_is_kept_with_stitchs_message(
    station: Station, ctl: SandboxControl, stitch: StitchClient
) -> None:
    order = await ctl.order({"SKU-1": 2})
    await station.queue.refresh_full()
    await packed_to_label(station, order["id"], "SKU-1", "SKU-1")
    box = station.packing.scan(ups_number(97)).box
    assert box is not None
    (line,) = await stitch.list_line_items(order["id"])
    await stitch.create_shipment(  # one unit left elsewhere: our box of two no longer fits
        NewShipment(
            fulfillment_id=order["id"],
            shipped_at=dt.datetime.now(dt.UTC),
            tracking_number=ups_number(970),
            line_items=(ShipmentLineRequest(line.id, 1),),
        )
    )

    await station.sender.send_due()

    entry = station._journal.outbox.get(box.local_id)
    assert entry.state is ShipmentState.REJECTED
    assert "Stitch refused this box" in (entry.rejected_message or "")
    assert station.sender.summary().rejected == 1
    assert len(await stitch.list_shipments(order["id"])) == 1
