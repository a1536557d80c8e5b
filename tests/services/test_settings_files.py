"""The settings file is private whatever the umask: it names the station and holds the PIN's hash
(issue 13, item 5)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from packstation.services.settings import Settings, save_user_settings


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_the_settings_file_and_its_folder_are_private(tmp_path: Path, umask: int) -> None:
    path = tmp_path / "config" / "packstation" / "settings.toml"
    old = os.umask(umask)
    try:
        save_user_settings(Settings(station="Bench 7"), path)
        save_user_settings(Settings(station="Bench 8"), path)  # replacing keeps it private
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.parent.parent.stat().st_mode) == 0o700
    assert 'station = "Bench 8"' in path.read_text()
