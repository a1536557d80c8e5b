"""The log is never written through a symlink nor into someone else's folder, and its files are
private whatever the umask (issue 13, items 5 and 6)."""

from __future__ import annotations

import logging
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from packstation import logs

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX owners and modes")
SOMEONE_ELSE = 65534  # nobody


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    level = root.level
    yield
    for handler in list(root.handlers):
        if getattr(handler, "_packstation_handler", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    logging.captureWarnings(False)


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shared = tmp_path / "shared-tmp"
    shared.mkdir(mode=0o1777)
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    return shared


def _log_line(text: str) -> None:
    logging.getLogger("packstation.test").warning(text)
    for handler in logging.getLogger().handlers:
        handler.flush()


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def test_a_symlinked_log_file_is_not_followed(tmp_path: Path, temp_dir: Path) -> None:
    victim = tmp_path / "packers-own-file.txt"
    victim.write_text("precious\n")
    log_dir = tmp_path / "logs"
    log_dir.mkdir(mode=0o700)
    (log_dir / logs.LOG_FILE).symlink_to(victim)

    path = logs.configure_logging("INFO", log_dir, console=False)
    _log_line("after the symlink")

    assert victim.read_text() == "precious\n"
    assert path.parent != log_dir
    assert "after the symlink" in path.read_text()


def test_a_fallback_folder_pre_created_by_another_user_is_not_used(
    tmp_path: Path, temp_dir: Path
) -> None:
    if os.geteuid() != 0:
        pytest.skip("making a folder of another user needs root")
    victim = tmp_path / "packers-own-file.txt"
    victim.write_text("precious\n")
    planted = temp_dir / f"packstation-logs-{logs._user_tag()}"
    planted.mkdir(mode=0o777)
    planted.chmod(0o777)
    (planted / logs.LOG_FILE).symlink_to(victim)
    os.chown(planted, SOMEONE_ELSE, SOMEONE_ELSE)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")

    path = logs.configure_logging("INFO", blocker / "logs", console=False)
    _log_line("somewhere private")

    assert victim.read_text() == "precious\n"
    assert path.parent != planted
    assert "somewhere private" in path.read_text()
    info = os.lstat(path.parent)
    assert info.st_uid == os.geteuid()
    assert _mode(path.parent) == 0o700
    assert _mode(path) == 0o600


@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_log_files_and_folders_are_private_whatever_the_umask(tmp_path: Path, umask: int) -> None:
    old = os.umask(umask)
    try:
        path = logs.configure_logging("INFO", tmp_path / "state" / "log", console=False)
        _log_line("private")
    finally:
        os.umask(old)
    assert path == tmp_path / "state" / "log" / logs.LOG_FILE
    assert _mode(path) == 0o600
    assert _mode(path.parent) == 0o700
    assert _mode(path.parent.parent) == 0o700
