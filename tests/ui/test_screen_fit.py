"""The window on the monitors warehouses have: at 1366×768 everything a packer needs is on screen
without scrolling (banner, order header, notes, at least 8 pack lines, progress, next action, scan
field, the pack buttons, TRAINING); the window takes its screen's free area instead of a fixed
1600×960; the offline notice never moves the pack view; the keyboard does what the floor needs."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_records import fulfillment, pack_spec

from packstation.domain.session import PackSession
from packstation.ui import theme
from packstation.ui.main_window import MainWindow
from packstation.ui.pack_view import PackHeader


@pytest.fixture
def styled() -> None:
    """The station's look (15 pt type, the style sheet): sizes are what a packer sees."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, palette, sheet, style = app.font(), app.palette(), app.styleSheet(), app.style().name()
    theme.apply(app)
    yield
    app.setFont(font)
    app.setPalette(palette)
    app.setStyleSheet(sheet)
    app.setStyle(style)


def packing_window(qtbot: QtBot, width: int, height: int, lines: int = 14) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.queue.model.reset(fulfillment(i) for i in range(40))
    w.status_line.set_training(True)
    w.status_line.set_station("Station 3")
    w.status_line.set_packer("alice")
    w.show()
    w.setGeometry(0, 0, width, height)
    qtbot.waitExposed(w)
    session = PackSession(pack_spec(lines))
    f = replace(fulfillment(1), notes="Gift wrap, no invoice in the box. Fragile: bubble wrap")
    w.pack_view.open_order(PackHeader.from_records(f), session.snapshot())
    qtbot.waitUntil(lambda: w.pack_view.table.isVisible())
    QApplication.processEvents()
    return w


def inside(w: MainWindow, widget: QWidget) -> bool:
    top_left = widget.mapTo(w, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    return widget.isVisible() and w.rect().contains(rect) and not widget.visibleRegion().isEmpty()


@pytest.mark.usefixtures("styled")
@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080)])
def test_everything_a_packer_needs_is_on_a_1366x768_screen(
    qtbot: QtBot, width: int, height: int
) -> None:
    w = packing_window(qtbot, width, height)
    assert (w.width(), w.height()) == (width, height)
    v = w.pack_view
    needed = {
        "banner": w.banner,
        "order header": v.title,
        "ship to": v.ship_to,
        "notes": v.notes,
        "lines": v.table,
        "progress": v.progress,
        "next action": v.next_action,
        "scan field": v.scan_field,
        "undo": v.undo_button,
        "quantity": v.quantity_button,
        "partial": v.partial_button,
        "ship": v.ship_button,
        "stop packing": v.cancel_button,
        "TRAINING": w.status_line.training,
    }
    cut = [name for name, widget in needed.items() if not inside(w, widget)]
    assert cut == []
    rows = v.table.viewport().height() // v.table.verticalHeader().defaultSectionSize()
    assert rows >= 8
    for button in (v.undo_button, v.ship_button, v.cancel_button):
        assert button.width() >= button.fontMetrics().horizontalAdvance(button.text())
    # The Item column takes the width, the barcode is hidden, nothing scrolls sideways.
    name_width = v.table.columnWidth(1)
    assert name_width > v.table.viewport().width() // 3
    assert v.table.isColumnHidden(2)
    assert not v.table.horizontalScrollBar().isVisible()


@pytest.mark.usefixtures("styled")
def test_the_window_can_shrink_to_a_1366x768_screen(qtbot: QtBot) -> None:
    w = packing_window(qtbot, 1366, 768)
    hint = w.minimumSizeHint()
    assert hint.width() <= 1366
    assert hint.height() <= 768


def test_the_window_opens_maximised_on_its_screen_with_focus_in_the_scan_field(
    qtbot: QtBot,
) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show_fitted()
    qtbot.waitExposed(w)
    assert w.windowState() & Qt.WindowState.WindowMaximized
    screen = w.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    # As large as the screen's free area allows (the offscreen test screen is smaller than
    # the window's minimum; a real 1366×768 one is not: see the minimum size test).
    assert w.width() == max(area.width(), w.minimumSizeHint().width())
    assert (w.width(), w.height()) != (1600, 960)
    qtbot.waitUntil(w.pack_view.scan_field.hasFocus)


@pytest.mark.usefixtures("styled")
def test_going_offline_mid_pack_moves_nothing(qtbot: QtBot) -> None:
    w = packing_window(qtbot, 1366, 768)
    before = (
        w.banner.mapTo(w, QPoint(0, 0)),
        w.pack_view.mapTo(w, QPoint(0, 0)),
        w.pack_view.height(),
    )
    w.connection_notice.set_offline(dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC), None)
    QApplication.processEvents()
    assert w.connection_notice.isVisible()
    assert "can't be reached" in w.connection_notice.text()
    after = (
        w.banner.mapTo(w, QPoint(0, 0)),
        w.pack_view.mapTo(w, QPoint(0, 0)),
        w.pack_view.height(),
    )
    assert after == before


def test_pack_actions_are_off_while_no_order_is_open(qtbot: QtBot) -> None:
    w = packing_window(qtbot, 1366, 768)
    assert w.undo_action.isEnabled()
    assert w.ship_action.isEnabled()
    w.pack_view.clear()
    for action in (
        w.undo_action,
        w.quantity_action,
        w.partial_action,
        w.ship_action,
        w.cancel_action,
    ):
        assert not action.isEnabled()
    assert w.ack_action.isEnabled()  # Esc always acknowledges


def test_ctrl_z_undoes_the_last_scan_even_from_a_text_field(qtbot: QtBot) -> None:
    w = packing_window(qtbot, 1366, 768)
    w.activateWindow()
    for field in (w.pack_view.scan_field, w.queue.filter_edit):
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        with qtbot.waitSignal(w.undo_requested, timeout=1000):
            qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_tab_leaves_the_queue_table(qtbot: QtBot) -> None:
    w = packing_window(qtbot, 1366, 768)
    table = w.queue.table
    w.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.setCurrentIndex(table.model().index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1  # arrows move between cells


def test_lines_to_pack_come_first_and_shared_skus_are_marked(qtbot: QtBot) -> None:
    w = packing_window(qtbot, 1366, 768, lines=3)
    spec = pack_spec(3)
    first, second, third = spec.lines
    lines = (first, replace(second, sku=first.sku, kit="Calligraphy kit"), third)
    session = PackSession(replace(spec, lines=lines))
    from packstation.domain.classify import classify

    code = next(iter(third.barcodes))
    for _ in range(2):
        session.scan(classify(code), dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC))
    f = fulfillment(2)
    w.pack_view.show_last_box("Last box: O1001 box 1 · UPS 1Z…")
    w.pack_view.open_order(PackHeader.from_records(f), session.snapshot())
    model = w.pack_view.model
    names = [model.index(r, 1).data() for r in range(3)]
    assert names[0].startswith(first.name)
    assert "×2 lines" in names[0]
    assert "×2 lines" in names[1]
    assert "kit: Calligraphy kit" in names[1]
    assert names[2] == third.name  # done: below the lines to pack
    # The previous order's last box is gone, and no notes means no yellow box.
    assert not w.pack_view.last_box.isVisible()
    assert w.pack_view.notes.objectName() == "noNotes"
    assert w.pack_view.notes.text() == "No notes on this order"
