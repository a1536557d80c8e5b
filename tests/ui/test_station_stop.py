"""Stop packing at the real window (issue 11 item 3): a started box needs a second PS-CMD:CANCEL
(or a yes in the UI), and the stopped pack's banner names the order and lists every unit to put
back until PS-CMD:ACK; an order Stitch cancels mid-pack stops the same way and ships nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from station_support import Rig, scanner_types
from support.services import ups_number
from support.waiting import until
from test_station_packing import opened

from packstation.ui.banner import BannerState


async def test_stop_packing_asks_a_second_scan_then_keeps_the_put_back_list_until_ack(
    sandbox: Any, station_settings: Path, tmp_path: Path
) -> None:
    async with Rig(sandbox, tmp_path) as rig:
        app, order = await opened(rig, {"SKU-1": 3, "SKU-2": 1})
        w, field = app.window, app.window.pack_view.scan_field
        number = order["order_number"]
        scanner_types(rig.barcodes["SKU-1"], field)
        scanner_types(rig.barcodes["SKU-1"], field)

        scanner_types("PS-CMD:CANCEL", field)
        assert "STOP PACKING?" in w.banner.text()
        assert w.pack_view.header is not None, "one scan does not stop a started box"

        scanner_types("PS-CMD:CANCEL", field)
        assert w.pack_view.header is None
        assert f"PACKING STOPPED: {number}" in w.banner.text()
        assert "2 × Product SKU-1" in w.banner.text()
        assert w.banner.state is BannerState.WARNING

        # The next slip waits: the list stays on screen until the units are back.
        scanner_types(number, field)
        assert w.pack_view.header is None
        assert f"PUT BACK FIRST: {number}" in w.banner.text()
        assert "2 × Product SKU-1" in w.banner.text()
        w.queue.open_requested.emit(order["id"])  # Enter in the queue: the same
        await until(lambda: app.controller is not None and app.controller.opening is None)
        assert w.pack_view.header is None
        assert "2 × Product SKU-1" in w.banner.text()

        scanner_types("PS-CMD:ACK", field)
        assert w.banner.state is BannerState.READY
        assert "put back" in w.banner.text()
        scanner_types(number, field)
        await until(lambda: w.pack_view.header is not None)


async def test_stop_packing_by_the_button_asks_and_an_empty_box_stops_at_once(
    sandbox: Any, station_settings: Path, tmp_path: Path
) -> None:
    async with Rig(sandbox, tmp_path) as rig:
        app, order = await opened(rig, {"SKU-1": 2})
        w, field, controller = app.window, app.window.pack_view.scan_field, app.controller
        assert controller is not None
        assert w.pack_view.cancel_button.text() == "Stop packing"
        assert w.cancel_action.text().replace("&", "") == "Stop packing"
        scanner_types(rig.barcodes["SKU-1"], field)

        w.pack_view.cancel_button.click()
        await until(lambda: controller.stop_question is not None)
        question = controller.stop_question
        assert question is not None
        assert "Put this unit back: 1 × Product SKU-1" in question.informativeText()
        question.no_button.click()
        await until(lambda: controller.stop_question is None)
        assert w.pack_view.header is not None, "Go on packing keeps the pack"

        w.cancel_action.trigger()  # Ctrl+Shift+X
        await until(lambda: controller.stop_question is not None)
        question = controller.stop_question
        assert question is not None
        question.yes_button.click()
        await until(lambda: w.pack_view.header is None)
        assert f"PACKING STOPPED: {order['order_number']}" in w.banner.text()
        w.acknowledge_requested.emit()  # Esc
        assert w.banner.state is BannerState.READY

        scanner_types(order["order_number"], field)
        await until(lambda: w.pack_view.header is not None)
        scanner_types("PS-CMD:CANCEL", field)  # nothing in the box: no question
        assert w.pack_view.header is None
        assert controller.stop_question is None
        assert "PACKING STOPPED" in w.banner.text()


async def test_an_order_canceled_in_stitch_mid_pack_ships_nothing_and_lists_what_goes_back(
    sandbox: Any, station_settings: Path, tmp_path: Path
) -> None:
    async with Rig(sandbox, tmp_path) as rig:
        app, order = await opened(rig, {"SKU-1": 2})
        w, field = app.window, app.window.pack_view.scan_field
        scanner_types(rig.barcodes["SKU-1"], field)
        await rig.ctl.cancel(order["id"])
        # What the queue's news of the order (or a complete box) sets off: the watch reads the
        # order in Stitch and stops the pack.
        assert app.services is not None
        await app.services.packing.verify_open()
        await until(lambda: w.pack_view.header is None)
        number = order["order_number"]
        assert w.banner.state is BannerState.ERROR_LOCKED
        assert f"ORDER CANCELED: {number}" in w.banner.text()
        assert "do not ship it" in w.banner.text()
        assert "1 × Product SKU-1" in w.banner.text()

        scanner_types(rig.barcodes["SKU-1"], field)
        scanner_types(ups_number(77), field)  # the label the packer had in hand: nothing ships
        assert "1 × Product SKU-1" in w.banner.text()
        assert app.services is not None
        assert app.services.packing.has_open_pack is False
        contents = app.services.outbox_contents()
        assert not contents.waiting
        assert not contents.rejected

        scanner_types("PS-CMD:ACK", field)
        assert w.banner.state is BannerState.READY
        assert await rig.stitch.list_shipments(order["id"]) == []
