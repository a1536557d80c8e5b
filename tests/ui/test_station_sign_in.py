"""By default a packing slip does not open until a packer signed in (issue 11 item 4); a badge
scanned then works by scanning alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from station_support import Rig, scanner_types
from support.waiting import until

from packstation.ui.banner import BannerState


@pytest.fixture
def signed_in_only(station_settings: Path) -> Path:
    """The station's default: no anonymous packing (the other tests' settings allow it)."""
    text = station_settings.read_text(encoding="utf-8")
    station_settings.write_text(text.replace("allow_anonymous_packing = true\n", ""), "utf-8")
    return station_settings


async def test_a_slip_waits_for_a_badge_then_opens_by_scanning_alone(
    sandbox: Any, signed_in_only: Path, tmp_path: Path
) -> None:
    async with Rig(sandbox, tmp_path) as rig:
        order = await rig.ctl.order({"SKU-1": 1})
        app = await rig.start()
        w, field = app.window, app.window.pack_view.scan_field
        await until(lambda: w.queue.model.row_of(order["id"]) is not None)

        scanner_types(order["order_number"], field)
        assert "SIGN IN FIRST" in w.banner.text()
        assert w.banner.state is BannerState.WARNING
        assert w.pack_view.header is None
        assert app.services.packing.has_open_pack is False

        scanner_types("PS-USER:dora", field)
        assert "dora" in w.banner.text()
        scanner_types(order["order_number"], field)
        await until(lambda: w.pack_view.header is not None)
        assert app.services.packing.packer == "dora"
