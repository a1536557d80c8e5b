"""Figures and History open within the screen they open on: at 1366×768 (the commonest station
monitor) nothing is off screen, and what does not fit scrolls inside."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from supervisor_support import AppContext
from support.waiting import until

from packstation.ui.main_window import MainWindow
from packstation.ui.supervisor import dialogs, install
from packstation.ui.supervisor.screens import screens_of

# A 1366×768 monitor with a 40 px task bar, as the window manager reports its available area.
SMALL_SCREEN = QRect(0, 0, 1366, 728)


@pytest.fixture
def small_screen(monkeypatch: pytest.MonkeyPatch) -> QRect:
    # Xvfb runs one 1920×1080 screen; the size this dialog sees is the one a station has.
    monkeypatch.setattr(dialogs, "screen_space", lambda _widget: SMALL_SCREEN)
    return SMALL_SCREEN


def _fits(dialog: QWidget, space: QRect) -> None:
    frame = dialogs.WINDOW_FRAME_PX
    assert dialog.width() <= space.width()
    assert dialog.height() + frame <= space.height()
    assert dialog.x() >= space.left()
    assert dialog.y() >= space.top()
    assert dialog.x() + dialog.width() <= space.right() + 1
    assert dialog.y() + dialog.height() + frame <= space.bottom() + 1
    # Qt cannot squeeze the layout into less than this: it must fit too.
    hint = dialog.minimumSizeHint()
    assert hint.width() <= space.width()
    assert hint.height() + frame <= space.height()


async def test_figures_and_history_fit_a_1366_by_768_screen(
    qtbot: QtBot, context: AppContext, small_screen: QRect
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    install(window, context)
    screens = screens_of(window)
    assert screens is not None
    screens.show_figures()
    assert screens.figures is not None
    await until(lambda: screens.figures is not None and screens.figures.isVisible(), "figures")
    _fits(screens.figures, small_screen)
    screens.show_history()
    assert screens.history is not None
    await until(lambda: screens.history is not None and screens.history.isVisible(), "history")
    _fits(screens.history, small_screen)
