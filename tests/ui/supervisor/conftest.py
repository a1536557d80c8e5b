"""Fixtures of the supervisor screens' tests: a real sandbox over loopback, a real journal, the
services tests' helpers (sandbox control, station builder, the known shift)."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication
from supervisor_support import AppContext
from support.services import SandboxControl, build_station, station_settings

from packstation.sandbox import SandboxServer
from packstation.services.pin import hash_pin
from packstation.ui.tasks import TaskSpawner

TOKEN = "supervisor-test-token-51c0"
PIN = "2468"


@pytest.fixture(autouse=True)
def keep_running_without_windows(qapp: QApplication) -> None:
    """The app has its main window; here a dialog may be the last window, and closing it must
    not quit the Qt loop that the test's asyncio loop runs on."""
    qapp.setQuitOnLastWindowClosed(False)
    # Qt's own file dialog, which a test can drive (a platform dialog is another process).
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)


@pytest.fixture(autouse=True)
def collect_garbage_in_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As the app does (`packstation.ui.gc_guard`): Python's cyclic GC may run in
    whichever thread allocates (here also the sandbox's server thread), and a Qt object collected
    outside the GUI thread warns ("Timers cannot be stopped from another thread") or crashes. So
    no automatic collection during a test; afterwards the dialogs it closed are deleted and the
    garbage collected here, in the GUI thread, leaving nothing for a later test's threads."""
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    for _ in range(2):
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
    if was_enabled and screens_installed_collector() is None:
        gc.enable()


def screens_installed_collector() -> object:
    """The app-wide collector `install()` put on the QApplication (it keeps gc off)."""
    from packstation.ui.gc_guard import GUARD_NAME, GuiThreadGarbageCollector

    app = QApplication.instance()
    return None if app is None else app.findChild(GuiThreadGarbageCollector, GUARD_NAME)


@pytest.fixture(scope="session")
def pin_hash() -> str:
    return hash_pin(PIN)  # scrypt: once per session


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(seed="empty", port=0, token=TOKEN) as server:
        yield server


@pytest.fixture
async def ctl(sandbox: SandboxServer) -> AsyncIterator[SandboxControl]:
    control = SandboxControl(sandbox.root_url, sandbox.token)
    await control.reset("empty")
    yield control
    await control.aclose()


@pytest.fixture
async def context(
    sandbox: SandboxServer, ctl: SandboxControl, tmp_path: Path, pin_hash: str
) -> AsyncIterator[AppContext]:
    journal_path = tmp_path / "journal.sqlite3"
    settings = station_settings(sandbox.base_url, supervisor_pin_hash=pin_hash)
    station = build_station(settings, sandbox.token, journal_path)
    spawner = TaskSpawner()
    ctx = AppContext(settings, station, spawner, journal_path)
    yield ctx
    await spawner.cancel_all()
    await station.aclose()
