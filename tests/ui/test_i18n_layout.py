"""With the pseudo-locale (accented, 40 % longer) at 1366×768 nothing the packer reads on the main
window is cut: the banner's words, the buttons and the column headers fit (QFontMetrics)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QHeaderView
from pytestqt.qtbot import QtBot
from ui_records import fulfillment, pack_spec

from packstation.domain.session import PackSession
from packstation.ui import theme
from packstation.ui.banner import BannerState, Feedback
from packstation.ui.i18n import install_language
from packstation.ui.main_window import MainWindow
from packstation.ui.pack_view import PackHeader

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    install_language("en")


def _window(lang: str) -> MainWindow:
    install_language(lang)
    w = MainWindow()
    w.resize(1366, 768)
    w.show()
    w.banner.show_feedback(
        Feedback(
            BannerState.ERROR,
            # Verdict first (UX.md): the short verdict big, the item's name in the detail line.
            QApplication.translate("DomainWords", "NOT IN THIS ORDER"),
            QApplication.translate(
                "DomainWords", "scan PS-CMD:ACK or press Esc, then scan the right item"
            ),
        )
    )
    return w


@pytest.mark.parametrize("lang", ["pseudo", "es", "pl", "de"])
def test_nothing_is_elided_at_1366x768(qtbot: object, lang: str) -> None:
    w = _window(lang)
    QApplication.processEvents()
    cut = []
    for button in w.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            need = QFontMetrics(button.font()).horizontalAdvance(button.text().replace("&", ""))
            if need > button.width():
                cut.append(f"button {button.text()!r}: {need} > {button.width()}")
    for header in w.findChildren(QHeaderView):
        if not header.isVisible() or header.orientation() is not Qt.Orientation.Horizontal:
            continue
        model = header.model()
        metrics = QFontMetrics(header.font())
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            if metrics.horizontalAdvance(text) + 8 > header.sectionSize(section):
                cut.append(f"column {text!r}: {header.sectionSize(section)} px")
    f = w.banner.feedback
    for words, size in ((f.headline, 1), (f.detail, 0)):
        font = w.banner._headline_font if size else w.banner._detail_font
        icon = QFontMetrics(w.banner._headline_font).horizontalAdvance("✗ ")
        room = w.banner.width() - icon - 5 * w.banner._pad
        if QFontMetrics(font).horizontalAdvance(words) > room:
            cut.append(f"banner {words!r}")
    if os.environ.get("PACKSTATION_SCREENSHOTS") and lang in ("pseudo", "es"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        w.grab().save(str(SHOTS / f"main_window_{lang}_1366x768.png"))
    w.close()
    assert not cut, "\n".join(cut)


def _cut_or_wider(w: MainWindow) -> list[str]:
    """What does not fit a 1366×768 monitor: the window itself, or a visible button's words."""
    found = []
    if w.width() > 1366 or w.height() > 768:
        found.append(f"window {w.width()}×{w.height()} (minimum {w.minimumSizeHint().width()})")
    for button in w.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            need = QFontMetrics(button.font()).horizontalAdvance(button.text().replace("&", ""))
            if need > button.width():
                found.append(f"button {button.text()!r}: {need} > {button.width()}")
    return found


@pytest.fixture
def styled() -> Iterator[None]:
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


@pytest.mark.usefixtures("styled")
@pytest.mark.parametrize("lang", ["pseudo", "es", "pl", "de"])
def test_a_pack_open_with_a_warning_still_fits_1366x768(qtbot: QtBot, lang: str) -> None:
    """The pack's buttons, the order's header and the longest next action in a language up to
    40 % longer than English: rows wrap, the window never grows past the monitor."""
    install_language(lang)
    w = MainWindow()
    qtbot.addWidget(w)
    w.queue.model.reset(fulfillment(i) for i in range(40))
    w.status_line.set_training(True)
    w.status_line.set_packer("alice")
    w.show()
    w.setGeometry(0, 0, 1366, 768)
    qtbot.waitExposed(w)
    order = replace(fulfillment(1), notes="Gift wrap, no invoice in the box. Fragile: bubble wrap")
    w.pack_view.open_order(PackHeader.from_records(order), PackSession(pack_spec(9)).snapshot())
    w.pack_view.next_action.setText(
        QApplication.translate("PackView", "Next: %1").replace(
            "%1",
            QApplication.translate(
                "DomainWords", "scan PS-CMD:ACK or press Esc, then scan the right item"
            ),
        )
    )
    w.setGeometry(0, 0, 1366, 768)
    qtbot.waitUntil(lambda: w.pack_view.table.isVisible())
    QApplication.processEvents()
    assert w.pack_view.cancel_button.isVisible()
    cut = _cut_or_wider(w)
    if os.environ.get("PACKSTATION_SCREENSHOTS") and lang in ("pseudo", "es"):
        w.grab().save(str(SHOTS / f"pack_open_{lang}_1366x768.png"))
    assert not cut, "\n".join(cut)
