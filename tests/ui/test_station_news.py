"""What Stitch does while the station packs reaches the packer: an order canceled mid-pack is
refused when its box is posted (Stitch's 409), with a red banner; Stitch unreachable shows a calm
notice with the last sync and work goes on. The keyboard and mouse reach what a scan does
(quantity, sign-in).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from station_support import Rig, scanner_types
from support.waiting import until
from test_station_packing import opened

from packstation.services.credentials import clear_token
from packstation.ui.banner import BannerState


async def test_an_order_canceled_in_stitch_mid_pack_stops_the_pack(
    sandbox: Any, station_settings: Path, tmp_path: Path
) -> None:
    from support.services import ups_number

    async with Rig(sandbox, tmp_path) as rig:
        app, order = await opened(rig, {"SKU-1": 2})
        w = app.window
        scanner_types(rig.barcodes["SKU-1"], w.pack_view.scan_field)
        await rig.ctl.cancel(order["id"])
        scanner_types(rig.barcodes["SKU-1"], w.pack_view.scan_field)
        # The last poll is fresh: no look at Stitch at box completion (the account's requests are
        # shared); the post of the box is refused and says why.
        scanner_types(ups_number(811), w.pack_view.scan_field)
        await until(lambda: w.pack_view.header is None)
        await until(lambda: w.banner.is_red)
        assert f"Order {order['order_number']} was canceled" in w.banner.text()
        assert "do not ship it" in w.banner.text().lower()
        await until(lambda: w.queue.model.row_of(order["id"]) is None)


async def test_stitch_unreachable_says_so_calmly_and_packing_goes_on(
    sandbox: Any, station_settings: Path, tmp_path: Path
) -> None:
    from support.services import ups_number

    async with Rig(sandbox, tmp_path) as rig:
        app, order = await opened(rig, {"SKU-1": 1})
        w = app.window
        assert not w.connection_notice.isVisible()
        await rig.ctl.faults(error_rate=1.0, error_status=503)
        try:
            await until(lambda: w.connection_notice.isVisible())
            assert "Stitch can't be reached" in w.connection_notice.text()
            assert "last sync" in w.connection_notice.text()
            assert "unreachable" in w.status_line.stitch.text()
            scanner_types(rig.barcodes["SKU-1"], w.pack_view.scan_field)
            scanner_types(ups_number(5), w.pack_view.scan_field)
            assert w.banner.state is BannerState.DONE  # the box is on this station
            await until(lambda: "1 waiting to send" in w.status_line.waiting.text())
        finally:
            await rig.ctl.faults(error_rate=0.0)
        await until(lambda: not w.connection_notice.isVisible())
        await until(lambda: not w.status_line.waiting.isVisible())
        (shipment,) = await rig.stitch.list_shipments(order["id"])
        assert shipment.tracking_number == ups_number(5)


async def test_quantity_and_sign_in_by_keyboard_and_mouse(
    sandbox: Any, station_settings: Path, tmp_path: Path
) -> None:
    async with Rig(sandbox, tmp_path) as rig:
        app, _ = await opened(rig, {"SKU-1": 5})
        w, controller = app.window, app.controller
        assert controller is not None
        w.quantity_action.trigger()  # F4
        await until(lambda: controller.quantity_dialog is not None)
        dialog = controller.quantity_dialog
        assert dialog is not None
        dialog.setIntValue(4)
        dialog.accept()
        await until(lambda: controller.quantity_dialog is None)
        assert "QUANTITY 4" in w.banner.text()
        scanner_types(rig.barcodes["SKU-1"], w.pack_view.scan_field)
        assert w.pack_view.progress.format() == "4 of 5 units"

        controller.sign_in("bea")  # what the Sign in… dialog does with its answer
        assert w.status_line.packer == "bea"
        assert "bea" in w.windowTitle()


async def test_a_refused_token_asks_calmly_for_a_new_one_and_nothing_is_lost(
    sandbox: Any, station_settings: Path, tmp_path: Path
) -> None:
    from packstation.ui.setup_screen import SetupScreen

    async with Rig(sandbox, tmp_path) as rig:
        app, _ = await opened(rig, {"SKU-1": 2})
        w = app.window
        await rig.ctl.faults(error_rate=1.0, error_status=401)
        try:
            await until(lambda: w.connection_notice.token_button.isVisible())
            assert "refused this station's access token" in w.connection_notice.text()
            scanner_types(rig.barcodes["SKU-1"], w.pack_view.scan_field)  # packing goes on
            assert w.pack_view.progress.format() == "1 of 2 units"
        finally:
            await rig.ctl.faults(error_rate=0.0)
        w.connection_notice.token_button.click()
        screen = app.token_dialog.findChild(SetupScreen)
        assert isinstance(screen, SetupScreen)
        assert screen.url_edit.isReadOnly()  # the same account, a new token
        screen.token_edit.setText(sandbox.token)
        try:
            assert await screen.submit()
            await until(lambda: not w.connection_notice.isVisible())
            assert app.services is not None
            assert not app.services.sender.paused
        finally:
            clear_token(sandbox.base_url)  # the real keyring in CI: leave nothing behind
