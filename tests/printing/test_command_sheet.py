"""The command sheet: every station command decodes to its exact string."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from packstation import printing

pytestmark = pytest.mark.usefixtures("qapp")

Decode = Callable[[Path], list[list[str]]]
RENDER_DPI = 200  # as conftest's decode_pdf renders
ZBAR_ARGS = ["-Sdisable", "-Scode128.enable"]

PACK_COMMANDS = [
    "PS-CMD:SHIP",
    "PS-CMD:PARTIAL",
    "PS-CMD:UNDO",
    "PS-CMD:WEIGH",
    "PS-CMD:ACK",
    "PS-CMD:CANCEL",
]
QUANTITIES = [f"PS-QTY:{n}" for n in [*range(2, 13), 24]]


def test_every_command_quantity_and_status_decodes_exactly(
    tmp_path: Path, decode_pdf: Decode
) -> None:
    printed = printing.write_command_sheet_pdf(tmp_path / "commands.pdf")
    assert printed.path is not None
    pages = decode_pdf(printed.path)
    statuses = [
        "PS-STATUS:Picking",
        "PS-STATUS:Packing",
        "PS-STATUS:On hold - damaged",  # a plain hyphen: nothing to substitute
        "PS-STATUS:Waiting for stock",
        "PS-STATUS:Address problem",
    ]
    decoded = sorted(code for page in pages for code in page)
    assert decoded == sorted(PACK_COMMANDS + QUANTITIES + statuses)
    assert printed.substitutions == ()
    # Quantities have a sheet of their own, so the pack sheet can be pinned by itself.
    assert sorted(pages[-1]) == sorted(QUANTITIES)


def test_custom_status_presets_are_printed(tmp_path: Path, decode_pdf: Decode) -> None:
    printed = printing.write_command_sheet_pdf(
        tmp_path / "commands.pdf", status_presets=["Gift wrap", "Needs photo"]
    )
    assert printed.path is not None
    decoded = {code for page in decode_pdf(printed.path) for code in page}
    assert {"PS-STATUS:Gift wrap", "PS-STATUS:Needs photo"} <= decoded
    assert "PS-STATUS:Picking" not in decoded
    assert printed.substitutions == ()


def test_a_status_with_an_en_dash_is_printed_with_a_hyphen_and_said_so(tmp_path: Path) -> None:
    printed = printing.write_command_sheet_pdf(
        tmp_path / "commands.pdf", status_presets=["On hold – damaged"]
    )
    assert printed.substitutions == (
        printing.Substitution("PS-STATUS:On hold – damaged", "PS-STATUS:On hold - damaged"),
    )


def test_status_too_long_for_a_barcode_is_refused_before_writing(tmp_path: Path) -> None:
    with pytest.raises(printing.BarcodeTooWideError):
        printing.write_command_sheet_pdf(tmp_path / "c.pdf", status_presets=["x" * 200])
    assert list(tmp_path.iterdir()) == []


def _codes_by_band(png: Path, tmp_path: Path) -> dict[str, list[float]]:
    """Where each code sits on the page: the vertical centres (in mm) of the horizontal strips of
    the rendered page in which zbar reads it."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull()
    px_per_mm = RENDER_DPI / 25.4
    band = round(30 * px_per_mm)
    step = round(5 * px_per_mm)
    found: dict[str, list[float]] = {}
    for top in range(0, image.height() - band + 1, step):
        strip = tmp_path / "strip.png"
        assert image.copy(0, top, image.width(), band).save(str(strip))
        result = subprocess.run(
            ["zbarimg", "--raw", "-q", *ZBAR_ARGS, str(strip)],
            capture_output=True,
            text=True,
            check=False,
        )
        for code in result.stdout.split():
            found.setdefault(code, []).append((top + band / 2) / px_per_mm)
    return found


def _quality(png: Path) -> dict[str, int]:
    """zbar's quality of each code: how many of its scan lines crossed it (taller bars: more)."""
    result = subprocess.run(
        ["zbarimg", "--xml", "-q", *ZBAR_ARGS, str(png)],
        capture_output=True,
        text=True,
        check=False,
    )
    return {
        data: int(quality)
        for quality, data in re.findall(
            r"quality='(\d+)'.*?<!\[CDATA\[(.*?)\]\]>", result.stdout, re.DOTALL
        )
    }


def test_ack_is_large_and_stop_packing_sits_far_from_it(
    tmp_path: Path, decode_pdf: Decode, pdf_text: Callable[[Path], list[str]]
) -> None:
    printed = printing.write_command_sheet_pdf(tmp_path / "commands.pdf")
    assert printed.path is not None
    pages = decode_pdf(printed.path)
    assert {"PS-CMD:ACK", "PS-CMD:CANCEL", "PS-CMD:SHIP"} <= set(pages[0])
    first_text = pdf_text(printed.path)[0]
    assert "STOP PACKING" in first_text
    assert "Cancel" not in first_text.replace("canceled", "")
    png = tmp_path / "commands-pages" / "page-1.png"
    positions = _codes_by_band(png, tmp_path)
    ack = sum(positions["PS-CMD:ACK"]) / len(positions["PS-CMD:ACK"])
    stop = sum(positions["PS-CMD:CANCEL"]) / len(positions["PS-CMD:CANCEL"])
    undo = sum(positions["PS-CMD:UNDO"]) / len(positions["PS-CMD:UNDO"])
    assert stop - ack > 100  # mm: a page apart in practice, not the next row
    assert stop > max(undo, ack)  # at the foot of the page, below every other code
    quality = _quality(png)
    assert quality["PS-CMD:ACK"] > 1.5 * quality["PS-CMD:SHIP"]  # taller bars


def test_default_statuses_print_without_a_substitution_note(tmp_path: Path) -> None:
    printed = printing.write_command_sheet_pdf(tmp_path / "commands.pdf")
    assert printed.substitutions == ()
