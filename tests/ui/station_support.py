"""Helpers of the station tests: the real app (`StationApp`) on a real sandbox over loopback HTTP
with a real journal in tmp_path, driven with real key events like a keyboard-wedge scanner."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from packstation.app import StationApp

_clock = [5_000_000]


def scanner_types(code: str, widget: QWidget | None = None) -> None:
    """A keyboard-wedge scanner: one key press and release per character, 4 ms apart, then Enter,
    delivered to whatever has focus."""
    target = widget or QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "nothing to type into"
    t = _clock[0]
    for ch in [*code, "\r"]:
        if ch == "\r":
            key = Qt.Key.Key_Return
        elif ch.isalnum():
            key = Qt.Key(ord(ch.upper()))
        else:
            key = Qt.Key(ord(ch))
        for etype in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            ev = QKeyEvent(etype, key, Qt.KeyboardModifier.NoModifier, ch)
            ev.setTimestamp(t)
            QCoreApplication.postEvent(target, ev)
        t += 4
    _clock[0] = t + 1000  # the next scan comes a second later
    QCoreApplication.sendPostedEvents()


def write_settings(path: Path, **values: object) -> None:
    lines = []
    for key, value in values.items():
        lines.append(f"{key} = {value!r}".replace("'", '"'))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


async def open_station(
    base_url: str, token: str, journal_path: Path, station: str = "Station 3"
) -> StationApp:
    app = QApplication.instance()
    args = argparse.Namespace(demo=False, api_url=base_url, station=station)
    running = StationApp(app, args, journal_path=journal_path)
    await running.start(token)
    return running


class Rig:
    """One test's world: the sandbox reset to empty and stocked, Stitch as another party sees it
    (`stitch`, `ctl`), and the station app (started with `start()`)."""

    def __init__(self, sandbox: object, tmp_path: Path) -> None:
        from support.services import SandboxControl, fast_client

        self.sandbox = sandbox
        self.tmp_path = tmp_path
        self.journal_path = tmp_path / "station" / "journal.sqlite3"
        self.ctl = SandboxControl(sandbox.root_url, sandbox.token)  # type: ignore[attr-defined]
        self.stitch = fast_client(sandbox.base_url, sandbox.token)  # type: ignore[attr-defined]
        self.apps: list[StationApp] = []
        self.barcodes: dict[str, str] = {}

    async def __aenter__(self) -> Rig:
        from support.services import stock

        await self.ctl.reset("empty")
        self.barcodes = await stock(self.stitch)
        return self

    async def start(self, station: str = "Station 3") -> StationApp:
        self.journal_path.parent.mkdir(parents=True, exist_ok=True)
        running = await open_station(
            self.sandbox.base_url,  # type: ignore[attr-defined]
            self.sandbox.token,  # type: ignore[attr-defined]
            self.journal_path,
            station,
        )
        self.apps.append(running)
        return running

    async def stop(self, running: StationApp) -> None:
        if running in self.apps:
            self.apps.remove(running)
            running.window.hide()  # not close(): the last window closed would stop the loop
            await running.shutdown()
            running.window.deleteLater()

    async def __aexit__(self, *exc: object) -> None:
        for running in list(self.apps):
            await self.stop(running)
        await self.stitch.aclose()
        await self.ctl.aclose()
