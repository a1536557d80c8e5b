"""A label no carrier format knows (issue 12, at the window): it locks with the code in words;
PS-CMD:SHIP or the lock's "Ship this label anyway" button ships it, journaled as unverified, and
when the setting asks for it, only after a supervisor's PIN."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from station_support import Rig, scanner_types
from support.waiting import until
from test_station_flow import shipments_of
from test_station_packing import opened

from packstation.services.pin import hash_pin
from packstation.ui.banner import BannerState
from packstation.ui.supervisor.pin_gate import PinDialog

CODE = "ZZ-REGIONAL-4471"  # no carrier format this station knows
PIN = "2468"


def _pin_dialog() -> PinDialog | None:
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, PinDialog) and widget.isVisible():
            return widget
    return None


@pytest.fixture
def pin_needed(station_settings: Path, tmp_path: Path) -> Path:
    machine = tmp_path / "machine.toml"
    machine.write_text(
        f'unknown_label_needs_pin = true\nsupervisor_pin_hash = "{hash_pin(PIN)}"\n', "utf-8"
    )
    return station_settings


async def _locked_on_unknown_label(rig: Rig) -> tuple[Any, dict[str, Any]]:
    app, order = await opened(rig, {"SKU-1": 1})
    w, field = app.window, app.window.pack_view.scan_field
    scanner_types(rig.barcodes["SKU-1"], field)
    scanner_types(CODE, field)
    assert w.banner.state is BannerState.ERROR_LOCKED
    assert f"Not a carrier label this station knows: {CODE}" in w.banner.text()
    assert w.pack_view.ship_anyway_button.isVisible()
    return app, order


async def test_ps_cmd_ship_ships_an_unknown_label_without_a_pin_by_default(
    sandbox: Any, station_settings: Path, tmp_path: Path
) -> None:
    async with Rig(sandbox, tmp_path) as rig:
        app, order = await _locked_on_unknown_label(rig)
        scanner_types("PS-CMD:SHIP", app.window.pack_view.scan_field)
        assert app.window.banner.state is BannerState.WARNING  # shipped, flagged as unverified
        assert _pin_dialog() is None
        (shipment,) = await shipments_of(rig, order["id"])
        assert shipment.tracking_number == CODE


async def test_with_the_setting_ps_cmd_ship_asks_the_supervisor_pin_then_ships(
    sandbox: Any, pin_needed: Path, tmp_path: Path
) -> None:
    async with Rig(sandbox, tmp_path) as rig:
        app, order = await _locked_on_unknown_label(rig)
        w = app.window
        scanner_types("PS-CMD:SHIP", w.pack_view.scan_field)
        assert "SUPERVISOR NEEDED" in w.banner.text()
        await until(lambda: _pin_dialog() is not None)
        dialog = _pin_dialog()
        assert dialog is not None
        assert "carrier label this station does not know" in dialog.what_label.text()
        dialog.reject()  # not approved: the lock stays, nothing ships
        await until(lambda: _pin_dialog() is None)
        assert w.banner.state is BannerState.ERROR_LOCKED
        assert app.services.packing.has_open_pack

        w.pack_view.ship_anyway_button.click()  # the mouse's way to the same
        await until(lambda: _pin_dialog() is not None)
        dialog = _pin_dialog()
        assert dialog is not None
        dialog.name_edit.setText("Grace")
        dialog.pin_edit.setText(PIN)
        dialog.approve_button.click()
        await until(lambda: not app.services.packing.has_open_pack)
        (shipment,) = await shipments_of(rig, order["id"])
        assert shipment.tracking_number == CODE
        events = app.services._journal.events_of_fulfillment(order["id"])
        assert any("Grace" in str(e.payload) for e in events if e.result == "box_complete")
