"""A journal that fails its start-up check is told to the packer at the window, calmly: packing
goes on, boxes wait on the station, IT is called (not only a log line)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from station_support import Rig
from support.waiting import until

from packstation.store import HealthReport
from packstation.ui.banner import BannerState


async def test_a_failed_journal_check_tells_the_packer_to_call_it(
    sandbox: Any, station_settings: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import packstation.services.journal_check as journal_check

    def failed(path: Path) -> HealthReport:
        return HealthReport(path, False, "quick_check: 3 pages are damaged", ("page 7",))

    monkeypatch.setattr(journal_check, "check_journal_file", failed)
    async with Rig(sandbox, tmp_path) as rig:
        app = await rig.start()
        w = app.window
        await until(lambda: "call IT" in w.banner.text())
        assert w.banner.state is BannerState.WARNING
        assert "journal needs a check" in w.banner.text()
