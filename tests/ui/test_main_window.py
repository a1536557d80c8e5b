"""The window: every action reachable by a key shown in its menu and tooltip, the queue collapses,
supervisor actions get the selected orders, the status line tells station, packer and Stitch."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from ui_records import fulfillment

from packstation.ui.banner import BannerState, Feedback
from packstation.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.queue.model.reset(fulfillment(i) for i in range(12))
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("ack_action", "Esc"),
        ("undo_action", "Ctrl+Z"),
        ("status_action", "F2"),
        ("refresh_action", "F5"),
        ("print_action", "Ctrl+P"),
        ("filter_action", "Ctrl+F"),
    ],
)
def test_actions_show_their_keys_in_menu_and_tooltip(
    window: MainWindow, name: str, keys: str
) -> None:
    action = getattr(window, name)
    assert action.shortcut() == QKeySequence(keys)
    native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
    assert native in action.toolTip()
    menus = window.menuBar().findChildren(QMenu)
    assert any(action in menu.actions() for menu in menus)


def test_the_keys_do_what_they_say(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.refresh_requested, timeout=1000):
        window.refresh_action.trigger()
    with qtbot.waitSignal(window.acknowledge_requested, timeout=1000):
        window.ack_action.trigger()
    window.filter_action.trigger()
    assert QApplication.focusWidget() is window.queue.filter_edit


def test_set_status_gets_every_selected_order(window: MainWindow, qtbot: QtBot) -> None:
    view = window.queue.table
    proxy = window.queue.proxy
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (1, 4):
        view.selectionModel().select(proxy.index(row, 0), flags)
    expected = [proxy.fulfillment_id(1), proxy.fulfillment_id(4)]
    with qtbot.waitSignal(window.set_status_requested, timeout=1000) as blocker:
        window.status_action.trigger()
    assert blocker.args == [expected]


def test_enter_on_a_queue_row_opens_that_order(window: MainWindow, qtbot: QtBot) -> None:
    view = window.queue.table
    view.setFocus()
    view.setCurrentIndex(window.queue.proxy.index(2, 1))
    with qtbot.waitSignal(window.open_requested, timeout=1000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [window.queue.proxy.fulfillment_id(2)]


def test_the_queue_collapses_and_comes_back(window: MainWindow) -> None:
    window.show_queue_action.trigger()
    assert window.splitter.sizes()[0] == 0
    window.filter_action.trigger()  # Ctrl+F brings it back to type in
    assert window.splitter.sizes()[0] > 0
    assert window.show_queue_action.isChecked()


def test_counts_follow_the_filter(window: MainWindow) -> None:
    assert window.queue.counts.text() == "Queue: 12 open"
    window.queue.filter_edit.setText("ada")
    assert window.queue.counts.text() == "Queue: 3 of 12 shown"


def test_status_line_says_who_where_and_how_stitch_is(window: MainWindow) -> None:
    line = window.status_line
    line.set_station("Station 3")
    line.set_packer("alice")
    line.set_training(True)
    line.set_waiting_to_send(2)
    line.set_stitch_state(False, dt.datetime(2026, 11, 27, 9, 41, tzinfo=dt.UTC))
    assert line.title.text() == "Packstation  ·  Station 3  ·  alice"
    assert line.training.isVisible()
    assert line.training.text() == "TRAINING – demo data"
    assert line.waiting.text() == "2 waiting to send"
    assert line.stitch.text().startswith("▲ Stitch unreachable · last sync ")


def test_feedback_goes_to_the_banner(window: MainWindow) -> None:
    window.show_feedback(Feedback(BannerState.ERROR, "Wrong item: TEA-EARL"))
    assert window.banner.state is BannerState.ERROR
