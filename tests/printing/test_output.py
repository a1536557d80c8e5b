"""One renderer, two targets: a QPrinter gets the same paper as the PDF, bars stay vectors."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import printing_samples as s
import pytest
from PySide6.QtPrintSupport import QPrinter

from packstation import printing

pytestmark = pytest.mark.usefixtures("qapp")

Decode = Callable[[Path], list[list[str]]]


def test_printer_target_paints_the_same_codes_as_the_pdf(
    tmp_path: Path, decode_pdf: Decode
) -> None:
    document = printing.packing_slips([s.small_order()], printed_at=s.PRINTED_AT)
    pdf = printing.save_pdf(document, tmp_path / "file.pdf")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    # A print-to-file printer: the same QPrinter code path the print dialog hands us.
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    printed = printing.print_to(printer, document)
    assert printed.path is None
    assert printed.pages == pdf.pages == 1
    assert pdf.path is not None
    assert decode_pdf(tmp_path / "printer.pdf") == decode_pdf(pdf.path)


def test_labels_ask_the_printer_for_label_paper(tmp_path: Path, decode_pdf: Decode) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "labels.pdf"))
    printing.print_to(printer, printing.sku_labels(s.PRODUCTS[:1]))
    size = printer.pageLayout().fullRect(printer.pageLayout().Unit.Millimeter)
    assert (round(size.width()), round(size.height())) == (62, 29)
    assert decode_pdf(tmp_path / "labels.pdf") == [["012345678905"]]


def test_barcodes_are_vectors_not_images(tmp_path: Path) -> None:
    if shutil.which("pdfimages") is None:
        pytest.skip("needs pdfimages (Debian poppler-utils)")
    printed = printing.write_command_sheet_pdf(tmp_path / "c.pdf")
    assert printed.path is not None
    listing = subprocess.run(
        ["pdfimages", "-list", str(printed.path)], capture_output=True, text=True, check=True
    )
    assert listing.stdout.splitlines()[2:] == []  # header lines only: no raster image


def test_failed_print_leaves_the_previous_pdf_untouched(tmp_path: Path) -> None:
    target = tmp_path / "badges.pdf"
    printing.write_badges_pdf(["Maria"], target)
    before = target.read_bytes()
    with pytest.raises(ValueError):
        printing.save_pdf(printing.badges([]), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["badges.pdf"]


@pytest.mark.parametrize("dpi", [203, 300])
def test_thermal_printer_resolutions_still_read_back(
    tmp_path: Path, decode_pdf: Decode, dpi: int
) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(dpi)
    printer.setOutputFileName(str(tmp_path / "labels.pdf"))
    printing.print_to(printer, printing.sku_labels(s.PRODUCTS))
    assert decode_pdf(tmp_path / "labels.pdf") == [
        ["012345678905"],
        ["4006381333931"],
        ["CAP-BLK"],
        ["96385074"],
        ["BAD-UPC-1"],
    ]
