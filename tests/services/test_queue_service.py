"""The queue against the real sandbox: what the packer sees, and how it follows Stitch."""

from __future__ import annotations

import datetime as dt

import pytest
from support.services import CATALOG, SandboxControl, ups_number

from packstation.api import ServerError, StitchClient
from packstation.domain.records import NewShipment, ShipmentLineRequest
from packstation.services.notifications import QueueChanged
from packstation.services.station import Station


def recorder(station: Station) -> list[QueueChanged]:
    seen: list[QueueChanged] = []
    station.notifier.on(QueueChanged, seen.append)
    return seen


def ids(fulfillments: object) -> list[str]:
    return [f.id for f in fulfillments]  # type: ignore[attr-defined]


async def test_the_first_load_lists_every_open_order_in_one_batch(
    station: Station, ctl: SandboxControl
) -> None:
    orders = [await ctl.order({"SKU-1": 1}) for _ in range(3)]
    seen = recorder(station)

    await station.queue.refresh_full()

    assert len(seen) == 1
    assert ids(seen[0].added) == [o["id"] for o in orders]
    assert ids(station.queue.fulfillments) == [o["id"] for o in orders]


async def test_polling_brings_new_and_edited_orders_once(
    station: Station, ctl: SandboxControl, stitch: StitchClient
) -> None:
    first = await ctl.order({"SKU-1": 1})
    await station.queue.refresh_full()
    seen = recorder(station)

    second = await ctl.order({"SKU-2": 1})
    await ctl.edit(first["id"], notes="Leave at the back door")
    await station.queue.poll()

    assert len(seen) == 1
    assert ids(seen[0].added) == [second["id"]]
    assert ids(seen[0].changed) == [first["id"]]
    assert seen[0].changed[0].notes == "Leave at the back door"
    # `updated_since` is inclusive: the next poll sees the same records again, and says nothing.
    await station.queue.poll()
    assert len(seen) == 1


async def test_canceled_and_completed_elsewhere_leave_the_queue_on_the_full_resync(
    station: Station, ctl: SandboxControl, stitch: StitchClient
) -> None:
    kept, canceled, shipped = [await ctl.order({"SKU-1": 1}) for _ in range(3)]
    await station.queue.refresh_full()
    seen = recorder(station)

    await ctl.cancel(canceled["id"])
    (line,) = await stitch.list_line_items(shipped["id"])
    await stitch.create_shipment(
        NewShipment(
            fulfillment_id=shipped["id"],
            shipped_at=dt.datetime.now(dt.UTC),
            tracking_number=ups_number(900),
            line_items=(ShipmentLineRequest(line.id, 1),),
        )
    )
    await station.queue.poll()  # an open-list poll cannot see what left the list
    assert seen == []
    await station.queue.refresh_full()

    assert [sorted(c.removed) for c in seen] == [sorted([canceled["id"], shipped["id"]])]
    assert ids(station.queue.fulfillments) == [kept["id"]]


async def test_the_queue_resyncs_fully_when_due(station: Station, ctl: SandboxControl) -> None:
    order = await ctl.order({"SKU-1": 1})
    await station.queue.sync_once()
    seen = recorder(station)
    await ctl.cancel(order["id"])

    await station.queue.sync_once()  # a poll
    await station.queue.sync_once()  # a poll
    assert seen == []
    station.queue.schedule.next_full = dt.datetime.now(dt.UTC)  # the hour is up
    await station.queue.sync_once()  # the full resync

    assert [c.removed for c in seen] == [(order["id"],)]


async def test_a_packing_slip_finds_its_order_by_any_reference(
    station: Station, ctl: SandboxControl
) -> None:
    order = await ctl.order({"SKU-1": 1}, order_number="O1053", channel_order_number="#1052")
    await station.queue.refresh_full()
    find = station.queue.find_reference

    for reference in (order["id"], "O1053", "o1053", " O1053 ", "#1052", "1052"):
        found = find(reference)
        assert found is not None, reference
        assert found.id == order["id"]
    assert find("O9999") is None
    assert find("") is None
    assert find("#") is None


async def test_an_order_packed_here_leaves_the_queue_and_the_catalog_names_barcodes(
    station: Station, ctl: SandboxControl
) -> None:
    order = await ctl.order({"SKU-4": 1})
    await station.queue.sync_once()  # the first sync loads the catalog, then the queue
    assert station.queue.barcodes_for("SKU-4") == {"00" + CATALOG["SKU-4"]}
    seen = recorder(station)
    assert (await station.packing.open(order["id"], "alice")).opened
    station.packing.scan(CATALOG["SKU-4"])

    box = station.packing.scan(ups_number(31)).box
    assert box is not None
    station.queue.publish()

    assert [c.removed for c in seen] == [(order["id"],)]
    assert station.queue.fulfillments == ()
    # Still hidden after it is sent, until Stitch's open list drops it.
    await station.sender.send_due()
    await station.queue.poll()
    assert station.queue.fulfillments == ()


async def test_connection_state_follows_stitch(station: Station, ctl: SandboxControl) -> None:
    await station.queue.refresh_full()
    assert station.queue.online is True
    assert station.queue.last_sync is not None
    await ctl.faults(error_rate=1.0, error_status=503)
    with pytest.raises(ServerError):
        await station.queue.poll()
    assert station.queue.online is False
    assert station.queue.offline_since is not None
    await ctl.faults(error_rate=0.0)
    await station.queue.poll()
    assert station.queue.online is True
    assert station.queue.offline_since is None


async def test_a_partly_shipped_order_stays_in_the_queue_for_the_rest(
    station: Station, ctl: SandboxControl
) -> None:
    order = await ctl.order({"SKU-5": 3})
    await station.queue.refresh_full()
    assert (await station.packing.open(order["id"], "alice")).opened
    station.packing.scan(CATALOG["SKU-5"])
    station.packing.partial()
    assert station.packing.scan(ups_number(33)).box is not None
    station.packing.cancel()  # the rest is out of stock today

    station.queue.publish()
    assert ids(station.queue.fulfillments) == [order["id"]]
    await station.sender.send_due()
    await station.queue.poll()

    (shown,) = station.queue.fulfillments
    assert shown.units_shipped == 1
    reopened = await station.packing.open(order["id"], "bob")
    assert reopened.snapshot is not None
    assert reopened.snapshot.left_total == 2
