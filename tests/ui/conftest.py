"""UI tests: offscreen Qt under its GLib dispatcher (as on a desktop), one QApplication for the
session, async tests on the station's qasync loop (`QtLoop`), a socket notifier touched outside
the GUI thread fails a test (`notifier_guard`), and Qt warnings fail a test (except the multimedia
noise of machines without VA-API or PipeWire)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import notifier_guard
import PySide6.QtWidgets
import pytest
from PySide6.QtWidgets import QApplication

notifier_guard.install()

QT_LOG_ALLOWED = (
    # qt.multimedia probing for PipeWire and VA-API on machines without them (pytest-qt matches the
    # message text, not the logging category):
    r"pipewire",
    r"VA-?API|libva|vaapi",
    r"^qt\.qpa\.fonts",  # offscreen platform's font database remarks
    r"propagateSizeHints|does not support raise",  # offscreen platform: not a problem of ours
    r"^QSoundEffect",  # no audio device: SoundPlayer turns sound off and says so once
    r"^PulseAudioService",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*QT_LOG_ALLOWED))


def pytest_asyncio_loop_factories(
    config: pytest.Config, item: pytest.Item
) -> dict[str, Callable[[], Any]]:
    def make() -> Any:
        from packstation.ui.gc_guard import collect_in_gui_thread
        from packstation.ui.qt_loop import QtLoop

        app = QApplication.instance() or QApplication([])
        # As the app does, from the first test on: no collection in the sandbox's thread.
        collect_in_gui_thread()
        return QtLoop(app)

    return {"qt": make}


@pytest.fixture(autouse=True)
def _socket_notifiers_stay_in_the_gui_thread() -> Iterator[None]:
    """Fails the test in which a socket notifier was touched outside the GUI thread (with the
    stack that did it): see notifier_guard."""
    notifier_guard.take_violations()
    yield
    violations = notifier_guard.take_violations()
    assert not violations, "\n".join(violations)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Any]:
    """A real sandbox over loopback HTTP (each test resets it)."""
    from packstation.sandbox import SandboxServer

    with SandboxServer(seed="empty", port=0, token="ui-test-token-51c0de") as server:
        yield server


@pytest.fixture
def station_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings files of this test only: polls every second, a fixed time zone."""
    user = tmp_path / "user.toml"
    user.write_text(
        'station = "Station 3"\npoll_interval_s = 1\ntime_zone = "Europe/Berlin"\n'
        "allow_anonymous_packing = true\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("PACKSTATION_USER_CONFIG", str(user))
    monkeypatch.setenv("PACKSTATION_MACHINE_CONFIG", str(tmp_path / "machine.toml"))
    return user


assert PySide6.QtWidgets
