"""Packing at the real station window: errors that lock, undo, a box shipped in two parts, scans
while a question is on screen, statuses, and a restart in the middle of a pack."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from station_support import Rig, scanner_types
from support.waiting import until
from test_station_flow import lines_by_sku, shipments_of

from packstation.app import StationApp
from packstation.ui.banner import BannerState


async def opened(rig: Rig, lines: dict[str, int], **over: Any) -> tuple[StationApp, dict[str, Any]]:
    """The station with `lines` ordered and that order open by its slip."""
    order = await rig.ctl.order(lines, **over)
    app = await rig.start()
    w = app.window
    await until(lambda: w.queue.model.row_of(order["id"]) is not None)
    scanner_types(order["order_number"], w.pack_view.scan_field)
    await until(lambda: w.pack_view.header is not None)
    return app, order


def find(kind: type[QWidget]) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible():
            return widget
    return None


async def test_a_wrong_item_is_refused_and_locks_until_acknowledged_then_undo(
    sandbox: Any, station_settings: Path, tmp_path: Path
) -> None:
    async with Rig(sandbox, tmp_path) as rig:
        app, _ = await opened(rig, {"SKU-1": 2})
        w, field = app.window, app.window.pack_view.scan_field
        scanner_types(rig.barcodes["SKU-3"], field)  # not in this order
        assert w.banner.state is BannerState.ERROR_LOCKED
        assert "NOT IN THIS ORDER" in w.banner.text()
        assert "Product SKU-1" in w.banner.text()  # says what is expected
        assert w.pack_view.progress.format() == "0 of 2 units"

        scanner_types(rig.barcodes["SKU-1"], field)  # locked: not counted either
        assert w.banner.state is BannerState.ERROR_LOCKED
        assert w.pack_view.progress.format() == "0 of 2 units"

        scanner_types("PS-CMD:ACK", field)
        assert w.banner.state is BannerState.READY
        scanner_types(rig.barcodes["SKU-1"], field)
        assert w.pack_view.progress.format() == "1 of 2 units"

        scanner_types(rig.barcodes["SKU-4"], field)
        assert w.banner.state is BannerState.ERROR_LOCKED
        w.activateWindow()
        QTest.keyClick(field, Qt.Key.Key_Escape)  # the keyboard's acknowledge
        assert w.banner.state is BannerState.READY

        QTest.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo
        assert w.banner.state is BannerState.WARNING
        assert "UNDONE" in w.banner.text()
        assert w.pack_view.progress.format() == "0 of 2 units"
        w.pack_view.undo_button.click()  # and the mouse: nothing left to undo
        assert "NOTHING TO UNDO" in w.banner.text()


async def test_an_order_ships_in_two_boxes(
    sandbox: Any, station_settings: Path, tmp_path: Path
) -> None:
    from support.services import ups_number

    async with Rig(sandbox, tmp_path) as rig:
        app, order = await opened(rig, {"SKU-1": 2, "SKU-2": 1})
        w, field = app.window, app.window.pack_view.scan_field
        scanner_types(rig.barcodes["SKU-1"], field)
        scanner_types("PS-CMD:PARTIAL", field)
        assert "carrier label" in w.pack_view.next_action.text()
        scanner_types(ups_number(11), field)
        assert w.banner.state is BannerState.DONE
        assert w.pack_view.header is not None  # the rest of the order is still to pack
        assert w.pack_view.progress.format() == "1 of 3 units  ·  box 2"

        scanner_types(rig.barcodes["SKU-1"], field)
        scanner_types(rig.barcodes["SKU-2"], field)
        scanner_types(ups_number(12), field)
        assert w.banner.state is BannerState.DONE
        assert "Scan the next packing slip" in w.banner.text()
        assert w.pack_view.header is None

        first, second = sorted(
            await shipments_of(rig, order["id"], count=2), key=lambda s: s.tracking_number
        )
        assert (first.tracking_number, lines_by_sku(first)) == (ups_number(11), {"SKU-1": 1})
        assert (second.tracking_number, lines_by_sku(second)) == (
            ups_number(12),
            {"SKU-1": 1, "SKU-2": 1},
        )


async def test_a_scan_never_answers_the_question_on_screen(
    sandbox: Any, station_settings: Path, tmp_path: Path
) -> None:
    async with Rig(sandbox, tmp_path) as rig:
        order = await rig.ctl.order({"SKU-1": 1})
        await rig.stitch.set_status(order["id"], "Packing · Station 7 · bob")
        app = await rig.start()
        w = app.window
        await until(lambda: w.queue.model.row_of(order["id"]) is not None)
        assert w.queue.model.claimed_by(order["id"]) == "Station 7"

        scanner_types(order["order_number"], w.pack_view.scan_field)
        controller = app.controller
        assert controller is not None
        await until(lambda: controller.takeover_question is not None)
        question = controller.takeover_question
        assert question is not None
        assert "Station 7 is packing order" in question.text()

        scanner_types(rig.barcodes["SKU-1"], question.yes_button)  # its Enter lands on "yes"
        assert question.isVisible()  # nothing pressed
        assert "Finish this question first" in w.banner.text()

        QTest.keyClick(question, Qt.Key.Key_Escape)  # the keyboard answers: leave it
        await until(lambda: controller.takeover_question is None)
        assert w.pack_view.header is None
        assert "Left" in w.banner.text()


async def test_status_for_one_and_for_several_orders_reaches_stitch(
    sandbox: Any, station_settings: Path, tmp_path: Path
) -> None:
    from packstation.ui.supervisor.pin_gate import PinDialog

    async with Rig(sandbox, tmp_path) as rig:
        a = await rig.ctl.order({"SKU-1": 1})
        b = await rig.ctl.order({"SKU-2": 1})
        app = await rig.start()
        w = app.window
        model, table, proxy = w.queue.model, w.queue.table, w.queue.proxy
        await until(lambda: model.rowCount() == 2)
        actions = app.status_actions
        assert actions is not None

        table.selectRow(0)
        first = proxy.fulfillment_id(0)
        w.status_action.trigger()  # F2
        await until(lambda: actions.dialog is not None)
        dialog = actions.dialog
        assert dialog is not None
        scanner_types(rig.barcodes["SKU-1"], dialog.combo)  # a stray scan: typed nowhere
        assert dialog.isVisible()
        assert dialog.status() == ""
        dialog.combo.setCurrentText("Waiting for stock")
        dialog.set_button.click()
        await until(lambda: actions.dialog is None)
        assert model.fulfillment(model.row_of(first) or 0).status == "Waiting for stock"
        assert app.services is not None
        sender = app.services.sender

        async def status_in_stitch(fid: str, expected: str) -> None:
            loop = asyncio.get_running_loop()
            deadline = loop.time() + 15
            while (status := (await rig.stitch.get_fulfillment(fid)).status) != expected:
                assert loop.time() < deadline, f"{fid}: {status!r} in Stitch"
                await asyncio.sleep(0.05)

        await status_in_stitch(first, "Waiting for stock")
        assert sender.summary().waiting == 0

        table.selectAll()
        w.status_action.trigger()
        await until(lambda: actions.dialog is not None)
        dialog = actions.dialog
        assert dialog is not None
        dialog.combo.setCurrentText("Address problem – call customer")
        dialog.set_button.click()
        await until(lambda: find(PinDialog) is not None)  # several orders: a supervisor approves
        gate = find(PinDialog)
        assert isinstance(gate, PinDialog)
        gate.name_edit.setText("Sam")
        gate.approve_button.click()

        def shown(fid: str) -> str:
            row = model.row_of(fid)
            assert row is not None
            return model.fulfillment(row).status

        await until(lambda: shown(a["id"]) == shown(b["id"]) == "Address problem – call customer")
        for fid in (a["id"], b["id"]):
            await status_in_stitch(fid, "Address problem – call customer")


async def test_a_restart_resumes_the_pack_exactly_as_it_was(
    sandbox: Any, station_settings: Path, tmp_path: Path
) -> None:
    async with Rig(sandbox, tmp_path) as rig:
        app, order = await opened(rig, {"SKU-1": 3, "SKU-2": 1})
        field = app.window.pack_view.scan_field
        scanner_types("PS-USER:alice", field)
        scanner_types(rig.barcodes["SKU-1"], field)
        scanner_types(rig.barcodes["SKU-1"], field)
        assert app.window.pack_view.progress.format() == "2 of 4 units"
        await rig.stop(app)  # the station is closed (or the power went)

        again = await rig.start()
        w = again.window
        assert f"Resumed order {order['order_number']} where you left off" in w.banner.text()
        assert w.pack_view.progress.format() == "2 of 4 units"
        assert w.status_line.packer == "alice"
        assert "alice" in w.windowTitle()
        await until(lambda: "Ada Byron" in w.pack_view.ship_to.text())  # once the queue has it
        scanner_types(rig.barcodes["SKU-1"], w.pack_view.scan_field)
        assert w.pack_view.progress.format() == "3 of 4 units"
