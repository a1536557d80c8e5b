"""`packstation --demo` for real: the sandbox with demo data over loopback HTTP, the queue filled,
the TRAINING marker shown; a slip scanned with real key events opens its order, a wrong item locks
with an error until Esc."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from support.waiting import until

from packstation.app import StationApp
from packstation.ui.banner import BannerState


def scanner_types(widget: QWidget, code: str, start_ms: int) -> None:
    t = start_ms
    for ch in [*code, "\r"]:
        key = Qt.Key.Key_Return if ch == "\r" else Qt.Key(ord(ch.upper()))
        for etype in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            ev = QKeyEvent(etype, key, Qt.KeyboardModifier.NoModifier, ch)
            ev.setTimestamp(t)
            QCoreApplication.postEvent(widget, ev)
        t += 4
    QCoreApplication.sendPostedEvents()


@pytest.fixture
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PACKSTATION_USER_CONFIG", str(tmp_path / "user.toml"))
    monkeypatch.setenv("PACKSTATION_MACHINE_CONFIG", str(tmp_path / "machine.toml"))


async def test_demo_fills_the_queue_and_packs_by_scanning(
    qtbot: QtBot, isolated_settings: None
) -> None:
    args = argparse.Namespace(demo=True, api_url=None, station="Station 3")
    station = StationApp(QApplication.instance(), args)
    try:
        await station.start()
        w = station.window
        model = w.queue.model
        await until(lambda: model.rowCount() > 0)
        assert w.status_line.training.isVisible()
        assert w.status_line.stitch.text() == "● Stitch ok"
        assert w.queue.counts.text() == f"Queue: {model.rowCount()} open"

        target = model.fulfillment(0)
        focus = w.queue.filter_edit
        focus.setFocus()
        scanner_types(focus, "PS-USER:trainee", 999_000)  # training packs sign in like the floor
        await until(lambda: "trainee" in w.windowTitle())
        scanner_types(focus, target.id, 1_000_000)
        assert focus.text() == ""  # the slip's digits never landed in the filter
        await until(lambda: w.pack_view.header is not None)
        assert w.pack_view.header is not None
        assert w.pack_view.header.order_number == target.order_number
        assert w.banner.state is BannerState.OK

        scanner_types(focus, "4006381333931", 1_001_000)  # not in this order
        assert w.banner.state is BannerState.ERROR_LOCKED
        assert w.pack_view.progress.value() == 0  # not counted
        w.ack_action.trigger()
        assert w.banner.state is BannerState.READY
    finally:
        station.window.hide()  # not close(): the last window closed would stop the test's loop
        await station.shutdown()
