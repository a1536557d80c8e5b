"""The command sheet: every station command decodes to its exact string."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from packstation import printing

pytestmark = pytest.mark.usefixtures("qapp")

Decode = Callable[[Path], list[list[str]]]

PACK_COMMANDS = ["PS-CMD:SHIP", "PS-CMD:PARTIAL", "PS-CMD:UNDO", "PS-CMD:ACK", "PS-CMD:CANCEL"]
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
        "PS-STATUS:On hold - damaged",  # the en dash is printed, the scanner types '-'
        "PS-STATUS:Waiting for stock",
        "PS-STATUS:Address problem",
    ]
    decoded = sorted(code for page in pages for code in page)
    assert decoded == sorted(PACK_COMMANDS + QUANTITIES + statuses)
    assert printed.substitutions == (
        printing.Substitution("PS-STATUS:On hold – damaged", "PS-STATUS:On hold - damaged"),
    )
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


def test_status_too_long_for_a_barcode_is_refused_before_writing(tmp_path: Path) -> None:
    with pytest.raises(printing.BarcodeTooWideError):
        printing.write_command_sheet_pdf(tmp_path / "c.pdf", status_presets=["x" * 200])
    assert list(tmp_path.iterdir()) == []
