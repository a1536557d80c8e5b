"""Printed paper follows its own language (`print_language`, else the station's), not the packer's.

The window speaks German here (a packer's language); the slip comes out in Spanish (read back with
pdftotext), counts take the paper language's plural forms, dates its order, and the window's words
stay German afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import printing_samples as s
import pytest
from PySide6.QtCore import QCoreApplication
from support.translations import shipped_words

from packstation import printing
from packstation.cli import main as packstation
from packstation.i18n import install_language

Text = Callable[[Path], list[str]]

pytestmark = pytest.mark.usefixtures("qapp", "shipped_words")
__all__ = ["shipped_words"]  # the fixture, used by every test of this module


@pytest.fixture(autouse=True)
def _german_window(shipped_words: Path) -> Iterator[None]:
    install_language("de")
    yield
    install_language("en")


def test_a_spanish_slip_while_the_packer_reads_german(tmp_path: Path, pdf_text: Text) -> None:
    printed = printing.write_packing_slips_pdf(
        [s.small_order()], tmp_path / "slip.pdf", printed_at=s.PRINTED_AT, language="es"
    )
    assert printed.path is not None
    [page] = pdf_text(printed.path)
    for shown in ("ALBARÁN", "ENVIAR A", "MÉTODO DE ENVÍO", "NOTAS", "CANT.", "Envío 700123"):
        assert shown in page, shown
    # 4 lines, 7 units left (one of the two spoons went before): Spanish plurals.
    assert "4 líneas" in page
    assert "7 unidades por empaquetar" in page
    assert "1 de 2 enviadas" in page
    assert "Impreso 27/11/26" in page  # day first, as a Spanish reader dates it
    for other in ("LIEFERSCHEIN", "PACKING SLIP", "SHIP TO"):
        assert other not in page, other
    # The window goes on in the packer's German.
    assert QCoreApplication.translate("PackingSlip", "PACKING SLIP") == "LIEFERSCHEIN"


def test_polish_counts_take_polish_plural_forms(tmp_path: Path, pdf_text: Text) -> None:
    printed = printing.write_packing_slips_pdf(
        [s.small_order()], tmp_path / "slip.pdf", printed_at=s.PRINTED_AT, language="pl"
    )
    assert printed.path is not None
    [page] = pdf_text(printed.path)
    assert "LIST PRZEWOZOWY" in page
    assert "4 pozycje" in page  # 2–4: the "few" form
    assert "7 sztuk do spakowania" in page  # 5 and up: the "many" form


def test_command_sheet_and_badges_in_the_paper_language(tmp_path: Path, pdf_text: Text) -> None:
    sheet = printing.write_command_sheet_pdf(tmp_path / "sheet.pdf", language="es")
    badges = printing.write_badges_pdf(["maria"], tmp_path / "badges.pdf", language="es")
    assert sheet.path is not None
    assert badges.path is not None
    first, *rest = pdf_text(sheet.path)
    for shown in ("COMANDOS DEL PUESTO", "Enviar esta caja", "VISTO", "PARAR EMBALAJE"):
        assert shown in first, shown
    assert "STATIONSBEFEHLE" not in first
    quantities = " ".join("".join(rest).split())
    assert "el próximo artículo escaneado cuenta 2" in quantities
    assert "unidades" in quantities
    assert "EMPAQUETADOR · escanea para entrar" in pdf_text(badges.path)[0]


def test_without_a_language_the_paper_is_not_in_the_packers(tmp_path: Path, pdf_text: Text) -> None:
    """ "": the computer's language (English in the tests), whatever the window speaks now."""
    sheet = printing.write_command_sheet_pdf(tmp_path / "sheet.pdf")
    assert sheet.path is not None
    first = pdf_text(sheet.path)[0]
    assert "STATION COMMANDS" in first
    assert "STATIONSBEFEHLE" not in first


def test_the_pseudo_locale_on_paper(tmp_path: Path, pdf_text: Text) -> None:
    sheet = printing.write_command_sheet_pdf(tmp_path / "sheet.pdf", language="pseudo")
    assert sheet.path is not None
    assert "[ŠTÀTÎÖÑ ÇÖMMÀÑDŠ~" in pdf_text(sheet.path)[0]


@pytest.fixture
def station_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    user = tmp_path / "settings.toml"
    monkeypatch.setenv("PACKSTATION_MACHINE_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.setenv("PACKSTATION_USER_CONFIG", str(user))
    return user


def test_packstation_print_follows_print_language_and_says_so_in_the_station_s(
    tmp_path: Path,
    pdf_text: Text,
    station_settings: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    station_settings.write_text('language = "pl"\nprint_language = "es"\n', encoding="utf-8")
    pdf = tmp_path / "sheet.pdf"
    assert packstation(["print", "command-sheet", "--pdf", str(pdf)]) == 0
    assert "COMANDOS DEL PUESTO" in pdf_text(pdf)[0]
    # What the command says is for the one at the bench: the station's language (Polish here).
    assert f"Wydrukowano 3 strony: {pdf}" in capsys.readouterr().out


def test_packstation_print_language_wins_and_the_station_s_is_the_default(
    tmp_path: Path, pdf_text: Text, station_settings: Path
) -> None:
    station_settings.write_text('language = "de"\n', encoding="utf-8")
    german, spanish = tmp_path / "de.pdf", tmp_path / "es.pdf"
    assert packstation(["print", "badges", "maria", "--pdf", str(german)]) == 0
    assert packstation(["print", "badges", "maria", "--pdf", str(spanish), "--language", "es"]) == 0
    assert "PACKER · zum Anmelden scannen" in pdf_text(german)[0]
    assert "EMPAQUETADOR · escanea para entrar" in pdf_text(spanish)[0]
