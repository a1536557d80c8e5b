"""Barcode choice and encoding: what a scanner will read, at sizes it can read."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.printing.barcodes import (
    MIN_MODULE_MM,
    BarcodeTooWideError,
    Symbology,
    code128,
    code128_text,
    gtin_symbology,
    module_widths_for_dpi,
    product_barcode,
    refit,
)


def test_en_dash_and_accents_become_what_a_scanner_can_type() -> None:
    assert code128_text("On hold – damaged") == "On hold - damaged"
    assert code128_text("José García") == "Jose Garcia"
    assert code128_text("Li Wei 李伟") == "Li Wei --"


@given(st.text(max_size=40))
@settings(max_examples=60)
def test_any_text_becomes_printable_ascii(text: str) -> None:
    assert all(" " <= ch <= "~" for ch in code128_text(text))


def test_substitution_is_reported_on_the_barcode() -> None:
    code = code128("PS-STATUS:On hold – damaged")
    assert code.substituted
    assert code.data == "PS-STATUS:On hold - damaged"
    assert not code128("PS-CMD:SHIP").substituted


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("4006381333931", Symbology.EAN13),
        ("012345678905", Symbology.UPCA),
        ("96385074", Symbology.EAN8),
        ("012345678900", None),  # wrong check digit
        ("12345", None),
        ("01234567890５", None),  # full-width digit is not a GTIN
    ],
)
def test_retail_symbology_only_for_valid_gtins(code: str, expected: Symbology | None) -> None:
    assert gtin_symbology(code) is expected


def test_product_with_bad_check_digit_gets_its_sku_instead() -> None:
    code = product_barcode("012345678900", "BAD-UPC-1")
    assert (code.symbology, code.data) == (Symbology.CODE128, "BAD-UPC-1")


def test_gtin14_prints_as_code128_of_its_digits() -> None:
    code = product_barcode("10012345678902", "CASE-12")
    assert (code.symbology, code.data) == (Symbology.CODE128, "10012345678902")


def test_module_width_and_quiet_zones_are_scanner_sized() -> None:
    code = code128("PS-CMD:PARTIAL", max_width_mm=60)
    assert code.module_mm >= MIN_MODULE_MM >= 0.25
    # 11 modules per character, start, check, stop (13) and 10 X of quiet zone each side.
    modules = 11 * (len("PS-CMD:PARTIAL") + 2) + 13 + 20
    assert code.width_mm == pytest.approx(modules * code.module_mm)
    assert code.width_mm <= 60
    assert code.height_mm >= 10


def test_widest_module_that_fits_is_chosen() -> None:
    roomy = code128("700123", max_width_mm=200)
    tight = code128("700123", max_width_mm=40)
    assert roomy.module_mm > tight.module_mm


def test_content_too_long_for_the_space_is_refused() -> None:
    with pytest.raises(BarcodeTooWideError):
        code128("PS-STATUS:" + "x" * 80, max_width_mm=100)


def test_svg_has_a_viewbox_in_millimetres() -> None:
    code = code128("A1")
    svg = code.svg.decode()
    assert f'viewBox="0 0 {code.width_mm:.4f} {code.height_mm:.4f}"' in svg
    assert "mm" not in svg.replace("xmlns", "")


@pytest.mark.parametrize(
    ("dpi", "dots"),
    [(203, (4, 3, 2)), (300, (6, 5, 4, 3))],
)
def test_module_widths_for_a_printer_are_whole_dots(dpi: int, dots: tuple[int, ...]) -> None:
    widths = module_widths_for_dpi(dpi)
    assert widths == pytest.approx([n * 25.4 / dpi for n in dots])
    assert min(widths) >= 0.25


def test_refit_moves_a_barcode_onto_the_printer_grid() -> None:
    code = code128("PS-QTY:7", max_width_mm=80)
    thermal = refit(code, module_widths_for_dpi(203))
    assert thermal.data == code.data
    assert (thermal.module_mm * 203 / 25.4) == pytest.approx(round(thermal.module_mm * 203 / 25.4))
    assert thermal.width_mm <= 80
