"""The pack view follows a real domain session: what is left, the progress, the next step in words,
notes always shown; a scan repaints only the line it changed."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot
from ui_records import fulfillment, gtin14, pack_spec

from packstation.domain.classify import classify
from packstation.domain.session import PackSession
from packstation.ui.pack_lines_model import LineColumn
from packstation.ui.pack_view import PackHeader, PackView

T0 = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)


def open_view(qtbot: QtBot, n_lines: int = 3, notes: str = "Gift wrap, no invoice in box"):
    view = PackView()
    qtbot.addWidget(view)
    session = PackSession(pack_spec(n_lines))
    header = PackHeader.from_records(replace(fulfillment(1), notes=notes))
    view.open_order(header, session.snapshot())
    view.show()
    return view, session


def cell(view: PackView, row: int, column: LineColumn) -> object:
    return view.model.index(row, column).data()


def test_an_open_order_shows_ship_to_method_notes_and_lines(qtbot: QtBot) -> None:
    view, _ = open_view(qtbot)
    assert "O1001" in view.title.text()
    assert "USPS Priority Mail" in view.title.text()
    assert view.ship_to.text() == "Ship to: Grace Hopper, Arlington, VA 90001"
    assert view.notes.isVisible()
    assert view.notes.text() == "NOTE: Gift wrap, no invoice in box"
    assert view.model.rowCount() == 3
    assert [cell(view, 0, c) for c in LineColumn] == ["SKU-000", "Item number 0", "", 2, 0, 2, ""]
    assert view.progress.format() == "0 of 6 units"
    assert view.next_action.text() == "Next: scan items"
    assert view.undo_button.isEnabled()


def test_a_scan_updates_only_its_line_the_bar_and_the_next_step(qtbot: QtBot) -> None:
    view, session = open_view(qtbot, n_lines=300)
    changes: list[tuple[int, int]] = []
    resets: list[bool] = []
    view.model.dataChanged.connect(lambda a, b, _roles=(): changes.append((a.row(), b.row())))
    view.model.modelReset.connect(lambda: resets.append(True))
    session.scan(classify(gtin14(217)), T0)
    view.show_snapshot(session.snapshot())
    assert changes == [(217, 217)]
    assert resets == []
    assert cell(view, 217, LineColumn.VERIFIED) == 1
    assert cell(view, 217, LineColumn.LEFT) == 1
    assert view.progress.value() == 1
    assert view.progress.format() == "1 of 600 units"
    moves: list[tuple[int, int]] = []
    view.model.rowsMoved.connect(lambda _p, first, _last, _d, dest: moves.append((first, dest)))
    session.scan(classify(gtin14(217)), T0)
    view.show_snapshot(session.snapshot())
    # Done: the line steps down below the 299 still to pack, greyed; no reset of the table.
    assert moves == [(217, 300)]
    assert resets == []
    assert cell(view, 299, LineColumn.SKU) == "SKU-217"
    assert cell(view, 299, LineColumn.DONE) == "✓"
    assert cell(view, 217, LineColumn.SKU) == "SKU-218"
    grey = view.model.index(299, LineColumn.NAME).data(Qt.ItemDataRole.ForegroundRole)
    assert grey is not None
    assert grey.color().lightness() > 90
    assert view.model.index(0, LineColumn.NAME).data(Qt.ItemDataRole.ForegroundRole) is None


def test_a_finished_box_asks_for_the_carrier_label_in_words(qtbot: QtBot) -> None:
    view, session = open_view(qtbot, n_lines=1)
    for _ in range(2):
        session.scan(classify(gtin14(0)), T0)
    view.show_snapshot(session.snapshot())
    assert view.progress.value() == view.progress.maximum() == 2
    assert view.next_action.text() == "Next: scan the carrier label"


def test_empty_notes_say_so_instead_of_vanishing(qtbot: QtBot) -> None:
    view, _ = open_view(qtbot, notes="  ")
    assert view.notes.isVisible()
    assert view.notes.text() == "No notes on this order"


def test_buttons_emit_their_requests_and_clear_disables_them(qtbot: QtBot) -> None:
    view, _ = open_view(qtbot)
    with qtbot.waitSignal(view.undo_requested, timeout=1000):
        view.undo_button.click()
    with qtbot.waitSignal(view.ship_requested, timeout=1000):
        view.ship_button.click()
    assert "Ctrl+Z" in view.undo_button.toolTip()
    view.clear()
    assert not view.ship_button.isEnabled()
    assert view.model.rowCount() == 0
    assert view.next_action.text() == "Next: scan a packing slip"
    assert view.model.index(0, 0) == QModelIndex()
