"""The access token appears nowhere: not in the journal file, the log, or the settings files."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from support.services import CATALOG, SandboxControl, ups_number

from packstation.api import AuthError, StitchClient
from packstation.sandbox import SandboxServer
from packstation.services.settings import load_settings, save_user_settings
from packstation.services.station import Station


async def test_the_token_is_in_no_file_and_no_log_line(
    sandbox: SandboxServer,
    ctl: SandboxControl,
    stitch: StitchClient,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    token = sandbox.token
    order = await ctl.order({"SKU-1": 1})
    user_file = tmp_path / "settings.toml"
    machine_file = tmp_path / "machine.toml"
    machine_file.write_text('station = "Station 9"\n', encoding="utf-8")
    loaded = load_settings(
        {"api_url": sandbox.base_url}, machine_path=machine_file, user_path=user_file
    )
    save_user_settings(loaded.settings, user_file)
    journal_path = tmp_path / "journal.sqlite3"

    station = await Station.start(loaded.settings, token, journal_path=journal_path)
    try:
        await station.queue.refresh_full()
        assert (await station.packing.open(order["id"], "alice")).opened
        station.packing.scan(CATALOG["SKU-1"])
        station.packing.scan(ups_number(5))
        await station.sender.send_due()
        # A refused token too: its error path must not print it either.
        await station.replace_token("wrong-" + token)
        station.packing.scan(order["id"])
        with pytest.raises(AuthError):
            await station.queue.sync_once()
        await station.sender.send_due()
        assert repr(station._client).count(token) == 0
    finally:
        await station.aclose()

    assert len(await stitch.list_shipments(order["id"])) == 1
    for path, content in files_under(tmp_path):
        assert token.encode() not in content, path
    assert token not in caplog.text
    assert any(r.name.startswith("packstation") for r in caplog.records)


def files_under(root: Path) -> list[tuple[Path, bytes]]:
    """Every file the station wrote: journal, its WAL and lock, the settings files."""
    return [(p, p.read_bytes()) for p in root.rglob("*") if p.is_file()]
