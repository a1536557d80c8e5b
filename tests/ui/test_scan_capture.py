"""Scanner bursts are told from typing with real key events carrying real timestamps: a scan never
types into a field and never presses a dialog button; typing reaches its field unchanged."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from packstation.ui.scan_capture import ScanCapture, ScanField

SCANNER_MS = 4  # a keyboard-wedge scanner: a few ms per character
TYPIST_MS = 140  # a fast person


@pytest.fixture
def capture(qapp: QApplication) -> Iterator[ScanCapture]:
    c = ScanCapture(max_gap_ms=40, min_length=4)
    c.install(qapp)
    yield c
    c.uninstall(qapp)


@pytest.fixture
def scans(capture: ScanCapture) -> list[str]:
    got: list[str] = []
    capture.scanned.connect(got.append)
    return got


def post_keys(widget: QWidget, text: str, start_ms: int, step_ms: int, enter: bool = True) -> int:
    """Post press and release events as the window system would, with explicit timestamps."""
    t = start_ms
    keys = [(Qt.Key(ord(ch.upper())) if ch.isalnum() else Qt.Key.Key_unknown, ch) for ch in text]
    if enter:
        keys.append((Qt.Key.Key_Return, "\r"))
    for key, ch in keys:
        for etype in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            ev = QKeyEvent(etype, key, Qt.KeyboardModifier.NoModifier, ch)
            ev.setTimestamp(t + (1 if etype is QEvent.Type.KeyRelease else 0))
            QCoreApplication.postEvent(widget, ev)
        t += step_ms
    QCoreApplication.sendPostedEvents()
    return t


@pytest.fixture
def field(qtbot: QtBot) -> QLineEdit:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    return edit


def test_a_scan_is_caught_and_never_types_into_the_focused_field(
    field: QLineEdit, scans: list[str]
) -> None:
    entered: list[str] = []
    field.returnPressed.connect(lambda: entered.append(field.text()))
    post_keys(field, "0123456789012", 10_000, SCANNER_MS)
    assert scans == ["0123456789012"]
    assert field.text() == ""
    assert entered == []  # the scan's Enter was eaten too


def test_typing_reaches_the_field_in_order(field: QLineEdit, scans: list[str]) -> None:
    entered: list[str] = []
    field.returnPressed.connect(lambda: entered.append(field.text()))
    post_keys(field, "abc12", 20_000, TYPIST_MS)
    assert field.text() == "abc12"
    assert entered == ["abc12"]
    assert scans == []


def test_a_fast_but_short_burst_is_typing(field: QLineEdit, scans: list[str]) -> None:
    post_keys(field, "ok", 30_000, SCANNER_MS)  # shorter than the shortest code
    assert field.text() == "ok"
    assert scans == []


def test_a_last_held_key_reaches_the_field_without_another_key(
    qtbot: QtBot, field: QLineEdit, scans: list[str]
) -> None:
    post_keys(field, "x", 40_000, TYPIST_MS, enter=False)
    assert field.text() == ""  # held: it could be the start of a scan
    qtbot.waitUntil(lambda: field.text() == "x", timeout=2000)
    assert scans == []


def test_two_scans_back_to_back_and_typing_between(field: QLineEdit, scans: list[str]) -> None:
    t = post_keys(field, "PS-CMD:UNDO", 50_000, SCANNER_MS)
    t = post_keys(field, "hi there", t + 500, TYPIST_MS, enter=False)
    post_keys(field, "PS-QTY:12", t + 500, SCANNER_MS)
    assert scans == ["PS-CMD:UNDO", "PS-QTY:12"]
    assert field.text() == "hi there"


def test_auto_repeat_inside_a_burst_is_dropped(field: QLineEdit, scans: list[str]) -> None:
    t = 60_000
    for i, ch in enumerate("12345"):
        ev = QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key(ord(ch)), Qt.KeyboardModifier.NoModifier, ch, i == 3
        )
        ev.setTimestamp(t + i * SCANNER_MS)
        QCoreApplication.postEvent(field, ev)
    post_keys(field, "", t + 5 * SCANNER_MS, SCANNER_MS)
    assert scans == ["1235"]
    assert field.text() == ""


def test_a_scan_does_not_press_an_open_dialogs_default_button(
    qtbot: QtBot, scans: list[str]
) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Finish the open order?",
        "O1053 is still open.",
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Discard)
    qtbot.addWidget(box)
    box.open()
    qtbot.waitExposed(box)
    target = QApplication.focusWidget() or box
    t = post_keys(target, "0123456789012", 70_000, SCANNER_MS)
    assert scans == ["0123456789012"]
    assert box.isVisible()
    assert box.clickedButton() is None
    # The same Enter from a person does press it: the test above could fail.
    with qtbot.waitSignal(box.finished, timeout=2000):
        post_keys(target, "", t + 500, TYPIST_MS)
    assert box.clickedButton() is box.button(QMessageBox.StandardButton.Discard)


def test_the_manual_scan_field_emits_the_same_signal_once(
    qtbot: QtBot, capture: ScanCapture, scans: list[str]
) -> None:
    manual = ScanField()
    qtbot.addWidget(manual)
    manual.show()
    manual.setFocus()
    typed: list[str] = []
    manual.scanned.connect(typed.append)
    post_keys(manual, " 4006381333931 ", 80_000, TYPIST_MS)
    assert typed == ["4006381333931"]
    assert manual.text() == ""
    post_keys(manual, "4006381333931", 90_000, SCANNER_MS)  # a real scan while it has focus
    assert scans == ["4006381333931"]
    assert typed == ["4006381333931"]  # not twice


def test_threshold_is_configurable(
    field: QLineEdit, capture: ScanCapture, scans: list[str]
) -> None:
    capture.configure(max_gap_ms=200, min_length=4)
    post_keys(field, "ABCD", 100_000, TYPIST_MS)  # 140 ms apart now counts as a scanner
    assert scans == ["ABCD"]
    assert capture.max_gap_ms == 200


def test_a_scanner_ending_codes_with_a_line_feed_is_understood(
    field: QLineEdit, scans: list[str]
) -> None:
    t = post_keys(field, "4006381333931", 110_000, SCANNER_MS, enter=False)
    ev = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, "\n")
    ev.setTimestamp(t)
    QCoreApplication.postEvent(field, ev)
    QCoreApplication.sendPostedEvents()
    assert scans == ["4006381333931"]
    assert field.text() == ""
