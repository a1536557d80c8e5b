"""A row of buttons that does not fit goes on a second row instead of widening the window; the
growing widget (the scan field) takes what its row has left."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from packstation.ui.flow_layout import FlowLayout


def row(qtbot: QtBot, width: int) -> tuple[QWidget, QLineEdit, list[QPushButton]]:
    box = QWidget()
    qtbot.addWidget(box)
    flow = FlowLayout(box)
    field = QLineEdit()
    field.setMinimumWidth(120)
    buttons = [QPushButton(words) for words in ("Deshacer", "Cantidad…", "Dejar de empacar")]
    flow.addWidget(field)
    for b in buttons:
        flow.addWidget(b)
    box.show()
    box.resize(width, box.heightForWidth(width))
    QApplication.processEvents()
    return box, field, buttons


def test_everything_on_one_row_when_it_fits_and_the_field_takes_the_rest(qtbot: QtBot) -> None:
    _, field, buttons = row(qtbot, 1200)
    assert {b.y() for b in buttons} == {field.y()}
    assert buttons[-1].geometry().right() >= 1200 - 2  # the row is full: the field grew
    assert field.width() > 120


def test_what_does_not_fit_wraps_and_the_row_asks_only_for_its_widest(qtbot: QtBot) -> None:
    wide = row(qtbot, 1200)
    narrow = 120 + max(b.sizeHint().width() for b in wide[2]) + 10
    box, field, buttons = row(qtbot, narrow)
    assert box.minimumSizeHint().width() <= narrow
    assert buttons[-1].y() > field.y()  # on a row of its own below
    for b in buttons:
        assert b.width() >= b.sizeHint().width()  # never squeezed below its words
        assert b.geometry().right() <= narrow
