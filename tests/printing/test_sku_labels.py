"""SKU labels: label-sized pages or a sheet, EAN-13 / UPC-A / EAN-8 where the GTIN is valid."""

from __future__ import annotations

import dataclasses
import subprocess
from collections.abc import Callable
from pathlib import Path

import printing_samples as s
import pytest

from packstation import printing

pytestmark = pytest.mark.usefixtures("qapp")

Decode = Callable[[Path], list[list[str]]]

EXPECTED = [
    ["012345678905"],  # UPC-A
    ["4006381333931"],  # EAN-13
    ["CAP-BLK"],  # no barcode on file: Code 128 of the SKU
    ["96385074"],  # EAN-8
    ["BAD-UPC-1"],  # barcode on file has a wrong check digit: the SKU, not a misread
]


def _page_size_pt(pdf: Path) -> str:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    [line] = [line for line in info.stdout.splitlines() if line.startswith("Page size:")]
    return line.split(":", 1)[1].split("pts")[0].strip()


def test_one_label_per_page_of_62_by_29_mm(tmp_path: Path, decode_pdf: Decode) -> None:
    printed = printing.write_sku_labels_pdf(s.PRODUCTS, tmp_path / "labels.pdf")
    assert printed.path is not None
    assert decode_pdf(printed.path) == EXPECTED
    width, _, height = _page_size_pt(printed.path).partition(" x ")
    assert (round(float(width) / 72 * 25.4), round(float(height) / 72 * 25.4)) == (62, 29)


@pytest.mark.parametrize("size", [printing.LABEL_2X1_IN, printing.LABEL_4X6_IN])
def test_other_label_sizes_read_back(
    tmp_path: Path, decode_pdf: Decode, size: printing.LabelSize
) -> None:
    printed = printing.write_sku_labels_pdf(s.PRODUCTS[:2], tmp_path / "l.pdf", label_size=size)
    assert printed.path is not None
    assert decode_pdf(printed.path) == EXPECTED[:2]


def test_sheet_of_labels(tmp_path: Path, decode_pdf: Decode) -> None:
    # Distinct codes: zbar merges identical symbols on one image, so copies could not be counted.
    extra = [
        dataclasses.replace(s.PRODUCTS[2], id=str(100 + i), sku=f"BIN-{i:02d}", upc="")
        for i in range(10)
    ]
    printed = printing.write_sku_labels_pdf(
        [*s.PRODUCTS, *extra], tmp_path / "sheet.pdf", label_size=printing.LABEL_SHEET_LETTER_2X5
    )
    assert printed.path is not None
    pages = decode_pdf(printed.path)
    assert [len(page) for page in pages] == [10, 5]
    assert sorted(code for page in pages for code in page) == sorted(
        [code for [code] in EXPECTED] + [p.sku for p in extra]
    )
