"""Packing slips round-trip through PDF, pdftoppm and zbar to exactly the codes packers scan."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import printing_samples as s
import pytest
from PySide6.QtGui import QPageSize

from packstation import printing

pytestmark = pytest.mark.usefixtures("qapp")

Decode = Callable[[Path], list[list[str]]]
Text = Callable[[Path], list[str]]


def test_slip_scans_only_as_its_order_and_shows_each_item_code_as_text(
    tmp_path: Path, decode_pdf: Decode, pdf_text: Text
) -> None:
    printed = printing.write_packing_slips_pdf(
        [s.small_order()], tmp_path / "slip.pdf", printed_at=s.PRINTED_AT
    )
    assert printed.path is not None
    # A packer cannot scan the paper instead of the product: one barcode, the order's.
    assert decode_pdf(printed.path) == [["700123"]]
    [page] = pdf_text(printed.path)
    for shown in ("012345678905", "4006381333931", "CAP-BLK", "96385074", "Blue mug, 12 oz"):
        assert shown in page, shown
    assert "Item barcodes printed" not in page
    assert printed.substitutions == ()


def test_slip_with_item_barcodes_on_carries_every_line_and_says_so(
    tmp_path: Path, decode_pdf: Decode, pdf_text: Text
) -> None:
    printed = printing.write_packing_slips_pdf(
        [s.small_order()], tmp_path / "slip.pdf", printed_at=s.PRINTED_AT, item_barcodes=True
    )
    assert printed.path is not None
    assert printed.pages == 1
    assert decode_pdf(printed.path) == [
        sorted(
            [
                "700123",  # the fulfillment: scanning it opens the pack
                "012345678905",  # UPC-A of the mug
                "4006381333931",  # EAN-13 of the tea
                "CAP-BLK",  # no upc: its SKU
                "96385074",  # EAN-8 of the spoons
            ]
        )
    ]
    [page] = pdf_text(printed.path)
    for shown in (
        "O1053",
        "Channel order #1053",
        "Ada Byron",
        "Beverly Hills, CA 90210",
        "USPS Priority Mail",
        "NOTES",
        "Gift wrap, no invoice in box",
        "MUG-BLU-12",
        "Blue mug, 12 oz",
        "Item barcodes printed at the warehouse's request",
    ):
        assert shown in page, shown
    assert printed.substitutions == ()


def test_long_order_spans_pages_each_with_the_header_and_its_barcode(
    tmp_path: Path, decode_pdf: Decode, pdf_text: Text
) -> None:
    fulfillment, lines = s.long_order(60)
    printed = printing.write_packing_slips_pdf(
        [(fulfillment, lines)], tmp_path / "long.pdf", printed_at=s.PRINTED_AT, item_barcodes=True
    )
    assert printed.path is not None
    pages = decode_pdf(printed.path)
    assert len(pages) == printed.pages > 1
    for page in pages:
        assert page.count("700456") == 1  # any page scanned opens the pack
    skus = sorted(code for page in pages for code in page if code != "700456")
    assert skus == sorted(line.sku for line in lines)  # every line once, none lost at a break
    texts = pdf_text(printed.path)
    for number, text in enumerate(texts, start=1):
        assert "O2000" in text
        assert f"Page {number} of {len(texts)}" in text
        assert "Fragile" in text  # the notes, or their reminder, on every page


def test_several_fulfillments_each_start_on_their_own_page(
    tmp_path: Path, decode_pdf: Decode
) -> None:
    small = s.small_order()
    other = s.fulfillment("700999", "O3000", [s.line("1", "700999", "SOCK-RED", "Red socks")])
    printed = printing.write_packing_slips_pdf([small, other], tmp_path / "two.pdf")
    assert printed.path is not None
    assert decode_pdf(printed.path) == [["700123"], ["700999"]]


def test_fully_shipped_line_is_listed_without_a_code_to_scan(
    tmp_path: Path, decode_pdf: Decode, pdf_text: Text
) -> None:
    fid = "700777"
    order = s.fulfillment(
        fid,
        "O4000",
        [
            s.line("1", fid, "DONE-1", "Already shipped thing", qty=2, shipped=2),
            s.line("2", fid, "OPEN-1", "Still to pack", qty=3, shipped=1),
        ],
    )
    printed = printing.write_packing_slips_pdf(
        [order], tmp_path / "partial.pdf", item_barcodes=True
    )
    assert printed.path is not None
    assert decode_pdf(printed.path) == [sorted([fid, "OPEN-1"])]
    [text] = pdf_text(printed.path)
    assert "DONE-1" in text
    assert "all 2 shipped" in text
    assert "2 units to pack" in text


def test_no_fulfillments_writes_no_file(tmp_path: Path) -> None:
    target = tmp_path / "none.pdf"
    with pytest.raises(ValueError, match="no fulfillments"):
        printing.write_packing_slips_pdf([], target)
    assert list(tmp_path.iterdir()) == []


def test_huge_notes_and_an_unprintable_sku_still_give_a_usable_slip(
    tmp_path: Path, decode_pdf: Decode, pdf_text: Text
) -> None:
    fid = "700888"
    long_sku = "CUSTOM-ENGRAVED-" + "X" * 44
    order = s.fulfillment(
        fid,
        "O5000",
        [
            s.line("1", fid, long_sku, "Engraved plaque", qty=1),
            s.line("2", fid, "CAP-BLK", "Baseball cap", qty=1),
        ],
        notes="Leave at the back door. " * 120,
    )
    printed = printing.write_packing_slips_pdf([order], tmp_path / "odd.pdf", item_barcodes=True)
    assert printed.path is not None
    pages = decode_pdf(printed.path)
    assert pages[0] == sorted([fid, "CAP-BLK"])  # the lines still start on page one
    text = " ".join(pdf_text(printed.path)[0].split())
    assert "read them in full on the order" in text
    assert "type the SKU" in text
    assert long_sku in text  # in full: it is what the packer types


def test_a4_paper_holds_the_same_slip(tmp_path: Path, decode_pdf: Decode) -> None:
    a4 = QPageSize(QPageSize.PageSizeId.A4)
    printed = printing.write_packing_slips_pdf(
        [s.long_order(30)], tmp_path / "a4.pdf", page_size=a4, item_barcodes=True
    )
    assert printed.path is not None
    pages = decode_pdf(printed.path)
    assert all("700456" in page for page in pages)
    assert sorted(c for page in pages for c in page if c != "700456") == [
        f"SKU-{i:03d}" for i in range(1, 31)
    ]
