"""The banner always shows the latest outcome (issue 11 items 5 and 6), at the real window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from station_support import Rig, scanner_types
from support.services import ups_number
from test_station_packing import opened

from packstation.ui.banner import BannerState


async def test_a_good_label_after_a_refused_one_shows_the_box_shipped_not_red(
    sandbox: Any, station_settings: Path, tmp_path: Path
) -> None:
    async with Rig(sandbox, tmp_path) as rig:
        app, _ = await opened(rig, {"SKU-1": 2})
        w, field = app.window, app.window.pack_view.scan_field
        scanner_types(rig.barcodes["SKU-1"], field)
        scanner_types("PS-CMD:PARTIAL", field)
        scanner_types(ups_number(21), field)
        assert w.banner.state is BannerState.DONE
        scanner_types(rig.barcodes["SKU-1"], field)
        scanner_types(ups_number(21), field)  # box 1's label again: refused, does not lock
        assert w.banner.state is BannerState.ERROR
        assert "already on another box" in w.banner.text()

        scanner_types(ups_number(22), field)  # box 2's own label

        assert w.banner.state is BannerState.DONE
        assert "BOX SHIPPED" in w.banner.text()
        assert "Box 2" in w.banner.text()


async def test_a_misread_buzzes_says_scan_again_and_the_next_good_read_counts(
    sandbox: Any, station_settings: Path, tmp_path: Path
) -> None:
    async with Rig(sandbox, tmp_path) as rig:
        app, _ = await opened(rig, {"SKU-1": 2})
        w, field = app.window, app.window.pack_view.scan_field
        good = rig.barcodes["SKU-1"]
        broken = "4006381333932"  # an EAN-13 with a wrong check digit (…931 is right)
        scanner_types(broken, field)
        assert "SCAN AGAIN" in w.banner.text().upper()
        assert w.banner.state is not BannerState.ERROR  # not a lock: nothing to acknowledge
        assert w.pack_view.progress.format() == "0 of 2 units"

        scanner_types(good, field)

        assert w.pack_view.progress.format() == "1 of 2 units"
        assert w.banner.state is BannerState.OK
