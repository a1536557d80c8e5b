"""The packing station for real: the app's window over the services, a real sandbox on loopback,
a real journal; scans are real key events caught by the app-wide scan capture."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path
from typing import Any

from station_support import Rig, scanner_types
from support.waiting import until

from packstation.domain.records import Shipment
from packstation.ui.banner import BannerState

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


async def shipments_of(rig: Rig, fulfillment_id: str, count: int = 1) -> list[Shipment]:
    found: list[Shipment] = []

    async def fetch() -> None:
        found[:] = await rig.stitch.list_shipments(fulfillment_id)

    loop_deadline = 15.0
    import asyncio

    loop = asyncio.get_running_loop()
    deadline = loop.time() + loop_deadline
    while True:
        await fetch()
        if len(found) >= count:
            return found
        assert loop.time() < deadline, f"{count} shipment(s) not in Stitch in time: {found}"
        await asyncio.sleep(0.05)


def lines_by_sku(shipment: Shipment) -> dict[str, int]:
    return {line.sku: line.quantity for line in shipment.line_items}


async def test_a_whole_order_is_packed_and_shipped_by_scans_alone(
    sandbox: Any, station_settings: Path, tmp_path: Path
) -> None:
    from support.services import ups_number

    async with Rig(sandbox, tmp_path) as rig:
        order = await rig.ctl.order({"SKU-1": 1, "SKU-2": 3}, notes="Gift wrap, no invoice")
        fid = order["id"]
        app = await rig.start()
        w = app.window
        await until(lambda: w.queue.model.row_of(fid) is not None)
        assert w.queue.counts.text() == "Queue: 1 open"

        field = w.queue.filter_edit
        field.setFocus()
        scanner_types(order["order_number"], field)
        assert field.text() == ""  # the slip's characters never landed in the filter
        assert "Opening" in w.banner.text()
        await until(lambda: w.pack_view.header is not None)
        assert w.pack_view.header is not None
        assert w.pack_view.header.order_number == order["order_number"]
        assert "Gift wrap, no invoice" in w.pack_view.notes.text()
        assert "Ada Byron" in w.pack_view.ship_to.text()
        assert w.banner.state is BannerState.OK

        scanner_types(rig.barcodes["SKU-1"], field)  # one by one
        assert w.banner.state is BannerState.OK
        assert "Product SKU-1" in w.banner.text()
        assert w.pack_view.progress.format() == "1 of 4 units"

        scanner_types("PS-QTY:3", field)  # then three at once
        scanner_types(rig.barcodes["SKU-2"], field)
        assert w.pack_view.progress.format() == "4 of 4 units"
        assert "carrier label" in w.pack_view.next_action.text()

        tracking = ups_number(7)
        before = dt.datetime.now(dt.UTC)
        scanner_types(tracking, field)
        assert w.banner.state is BannerState.DONE
        assert "Scan the next packing slip" in w.banner.text()
        assert w.pack_view.header is None  # ready for the next slip at once
        assert tracking in w.pack_view.last_box.text()
        assert "ups.com" in w.pack_view.last_box.text()

        (shipment,) = await shipments_of(rig, fid)
        assert lines_by_sku(shipment) == {"SKU-1": 1, "SKU-2": 3}
        assert shipment.tracking_number == tracking
        assert shipment.carrier == "UPS"
        assert shipment.service == "UPS Ground"
        assert abs((shipment.shipped_at - before).total_seconds()) < 60
        # Stitch keeps the instant; the station sent it in its own zone.
        assert app.services is not None
        (entry,) = app.services._journal.outbox.for_fulfillment(fid)
        sent_at = dt.datetime.fromisoformat(entry.payload["shipped_at"])
        assert sent_at.utcoffset() == before.astimezone(BERLIN).utcoffset()
        assert sent_at == shipment.shipped_at
        await until(lambda: w.queue.model.row_of(fid) is None)
        assert w.queue.counts.text() == "Queue: 0 open"
