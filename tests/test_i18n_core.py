"""The translation core below printing (packstation/i18n.py) needs QtCore alone: printing and the
command line use it without a window, and the paper's translator answers apart from the window's."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from support.translations import shipped_words

from packstation import i18n

__all__ = ["shipped_words"]  # a fixture of the tests below


def test_it_loads_qtcore_and_no_other_part_of_qt() -> None:
    probe = (
        "import sys, packstation.i18n, packstation.cli.words; "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6.')))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert "PySide6.QtCore" in loaded
    assert "QtGui" not in loaded
    assert "QtWidgets" not in loaded


@pytest.fixture
def polish_window(qapp: object, shipped_words: Path) -> Iterator[None]:
    i18n.install_language("pl")
    yield
    i18n.install_language("en")


@pytest.mark.usefixtures("polish_window")
def test_the_paper_s_words_counts_and_dates_apart_from_the_window_s() -> None:
    with i18n.paper_language("de"):
        assert i18n.paper_translator("PackingSlip")("PACKING SLIP") == "LIEFERSCHEIN"
        units = i18n.paper_plural("PackingSlip", "%n units to pack", 1234, one="%n unit to pack")
        assert units == "1.234 Stück zu packen"  # German grouping, not Polish
    # Outside the painting, and in the window all along: Polish, with its three plural forms.
    assert QCoreApplication.translate("PackingSlip", "PACKING SLIP") == "LIST PRZEWOZOWY"
    assert i18n.plural("PackingSlip", "%n lines", 3, one="%n line") == "3 pozycje"
    assert i18n.plural("PackingSlip", "%n lines", 5, one="%n line") == "5 pozycji"


def test_paper_in_a_language_the_station_does_not_ship_is_english() -> None:
    with i18n.paper_language("fr") as paper:
        assert paper.code == "en"
        assert i18n.paper_translator("PackingSlip")("PACKING SLIP") == "PACKING SLIP"
