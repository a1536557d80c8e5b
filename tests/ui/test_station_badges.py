"""Who packs (issue 11 item 4), at the real window: another packer's badge mid-pack asks (the
badge again, or the Take over button, hands the pack over, journaled) or is refused until the box
ships; the idle setting signs the packer out, and the pack waits for a badge."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from station_support import Rig, scanner_types
from support.waiting import until
from test_station_packing import opened


@pytest.fixture
def signed_in_only(station_settings: Path) -> Path:
    """The station's default: no anonymous packing (the other tests' settings allow it)."""
    text = station_settings.read_text(encoding="utf-8")
    station_settings.write_text(text.replace("allow_anonymous_packing = true\n", ""), "utf-8")
    return station_settings


def _taken_over(app: Any, fid: str) -> list[dict[str, Any]]:
    events = app.services._journal.events_of_fulfillment(fid)
    return [e.payload for e in events if e.result == "taken_over"]


async def test_a_badge_mid_pack_asks_and_the_button_or_the_badge_again_takes_over(
    sandbox: Any, station_settings: Path, tmp_path: Path
) -> None:
    async with Rig(sandbox, tmp_path) as rig:
        app, order = await opened(rig, {"SKU-1": 3})
        w, field = app.window, app.window.pack_view.scan_field
        scanner_types("PS-USER:ada", field)
        scanner_types(rig.barcodes["SKU-1"], field)

        scanner_types("PS-USER:bea", field)
        assert "NEW PACKER?" in w.banner.text()
        assert app.services.packing.packer == "ada", "a badge never switches silently"
        assert w.pack_view.take_over_button.isVisible()
        assert "bea" in w.pack_view.take_over_button.text()

        w.pack_view.take_over_button.click()
        assert app.services.packing.packer == "bea"
        assert w.status_line.packer == "bea"
        assert "PACK TAKEN OVER" in w.banner.text()
        assert not w.pack_view.take_over_button.isVisible()

        scanner_types(rig.barcodes["SKU-1"], field)
        scanner_types("PS-USER:cyd", field)
        scanner_types("PS-USER:cyd", field)  # the same badge again: yes
        assert app.services.packing.packer == "cyd"
        assert w.pack_view.progress.format() == "2 of 3 units"
        assert len(_taken_over(app, order["id"])) == 2


async def test_a_badge_mid_pack_is_refused_until_the_box_ships_when_set_so(
    sandbox: Any, station_settings: Path, tmp_path: Path
) -> None:
    with station_settings.open("a", encoding="utf-8") as f:
        f.write('badge_mid_pack = "refuse"\n')
    async with Rig(sandbox, tmp_path) as rig:
        app, _ = await opened(rig, {"SKU-1": 3})
        w, field = app.window, app.window.pack_view.scan_field
        scanner_types("PS-USER:ada", field)
        scanner_types(rig.barcodes["SKU-1"], field)
        scanner_types("PS-USER:bea", field)
        scanner_types("PS-USER:bea", field)
        assert "FINISH THIS BOX FIRST" in w.banner.text()
        assert app.services.packing.packer == "ada"
        assert not w.pack_view.take_over_button.isVisible()


async def test_idle_signs_the_packer_out_and_the_pack_waits_for_a_badge(
    sandbox: Any, signed_in_only: Path, tmp_path: Path
) -> None:
    async with Rig(sandbox, tmp_path) as rig:
        order = await rig.ctl.order({"SKU-1": 3})
        app = await rig.start()
        w, field, controller = app.window, app.window.pack_view.scan_field, app.controller
        assert controller is not None
        await until(lambda: w.queue.model.row_of(order["id"]) is not None)
        scanner_types("PS-USER:ada", field)
        scanner_types(order["order_number"], field)
        await until(lambda: w.pack_view.header is not None)
        scanner_types(rig.barcodes["SKU-1"], field)
        scanned = dt.datetime.now(dt.UTC)
        assert app.services.packing.idle_minutes == 15  # the default

        controller.check_idle(now=scanned + dt.timedelta(minutes=14))
        assert app.services.packing.packer == "ada"

        controller.check_idle(now=scanned + dt.timedelta(minutes=16))
        assert app.services.packing.packer == ""
        assert w.status_line.packer is None
        assert "SIGNED OUT: ada" in w.banner.text()
        assert w.pack_view.header is not None, "the pack stays, ready for the next packer"
        assert any(
            a.what == "signed out" and a.who == "ada" for a in app.services._journal.audit_entries()
        )

        scanner_types(rig.barcodes["SKU-1"], field)  # nobody signed in: not counted
        assert "SIGN IN FIRST" in w.banner.text()
        assert w.pack_view.progress.format() == "1 of 3 units"
        scanner_types("PS-USER:bea", field)
        scanner_types(rig.barcodes["SKU-1"], field)
        assert w.pack_view.progress.format() == "2 of 3 units"
        assert app.services.packing.packer == "bea"
