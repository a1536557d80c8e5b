"""GS1 element strings: GTIN, lot, expiry, serial, SSCC; a scanner that drops GS is caught."""

from __future__ import annotations

import datetime as dt

import pytest

from packstation.domain.classify import classify
from packstation.domain.gs1 import GS_MISSING, GTIN_CHECK_WRONG, UNREADABLE
from packstation.domain.scans import Gs1Scan, MisreadScan, ScanKind

GS = "\x1d"
GTIN = "00012345678905"  # valid GTIN-14 (UPC-A 012345678905)


def gs1(raw: str) -> Gs1Scan:
    scan = classify(raw)
    assert isinstance(scan, Gs1Scan), scan
    return scan


def misread(raw: str) -> MisreadScan:
    scan = classify(raw)
    assert isinstance(scan, MisreadScan), scan
    assert scan.looks_like is ScanKind.GS1
    return scan


@pytest.mark.parametrize("aim", ["]C1", "]d2", "]Q3", "]e0", "]J1", ""])
def test_gtin_lot_expiry_serial_with_group_separators(aim: str) -> None:
    raw = f"{aim}01{GTIN}10LOT-7{GS}17261130{GS}21SN0042"
    scan = gs1(raw)
    assert scan.raw == raw
    assert scan.gtin14 == GTIN
    assert scan.lot == "LOT-7"
    assert scan.expiry == dt.date(2026, 11, 30)
    assert scan.serial == "SN0042"
    assert scan.elements == (("01", GTIN), ("10", "LOT-7"), ("17", "261130"), ("21", "SN0042"))


@pytest.mark.parametrize(
    ("yymm00", "last_day"),
    [
        ("250100", dt.date(2025, 1, 31)),
        ("270200", dt.date(2027, 2, 28)),
        ("280200", dt.date(2028, 2, 29)),
        ("260400", dt.date(2026, 4, 30)),
    ],
)
def test_expiry_day_00_means_the_last_day_of_that_month(yymm00: str, last_day: dt.date) -> None:
    assert gs1(f"]C101{GTIN}17{yymm00}").expiry == last_day


def test_fixed_length_fields_need_no_separator() -> None:
    # GTIN and expiry have fixed lengths, and the lot is last: no GS is needed anywhere.
    scan = gs1(f"01{GTIN}1726113010ABC")
    assert (scan.gtin14, scan.expiry, scan.lot) == (GTIN, dt.date(2026, 11, 30), "ABC")


def test_gtin14_alone_with_ai_01_is_gs1() -> None:
    assert gs1(f"01{GTIN}").gtin14 == GTIN


def test_sscc() -> None:
    scan = gs1("]C100376130321109103420")
    assert scan.sscc == "376130321109103420"
    assert scan.gtin14 is None
    assert gs1("00376130321109103420").sscc == "376130321109103420"


def test_human_readable_form_with_parentheses() -> None:
    scan = gs1(f"(01){GTIN}(17)250200(10)ABC(21)123")
    assert (scan.gtin14, scan.expiry, scan.lot, scan.serial) == (
        GTIN,
        dt.date(2025, 2, 28),
        "ABC",
        "123",
    )


def test_leading_gs_for_fnc1_is_tolerated() -> None:
    assert gs1(f"{GS}01{GTIN}{GS}10X").lot == "X"


def test_gtin14_from_a_gs1_code_equals_the_product_scan_of_its_upc() -> None:
    product = classify("012345678905")
    assert gs1(f"]d201{GTIN}10L1").gtin14 == getattr(product, "gtin14", None)


@pytest.mark.parametrize(
    "raw",
    [
        f"01{GTIN}10ABC12317261130",  # lot runs into the expiry
        f"]d201{GTIN}10ABC12317261130",
        f"01{GTIN}21SER12317261130",  # serial runs into the expiry
        f"01{GTIN}371210AB17261130",  # count (37) runs into the lot: biip fails, two readings
    ],
)
def test_variable_field_without_gs_before_more_data_is_reported(raw: str) -> None:
    assert misread(raw).problem == GS_MISSING
    assert "scanner not sending GS" in GS_MISSING


def test_a_code_without_gs_that_reads_only_one_way_is_read_that_way() -> None:
    # Greedy, the lot would run past 20 characters, so biip cannot read it; cutting the lot
    # before "17" is the only reading that parses completely: nothing is ambiguous.
    scan = gs1(f"01{GTIN}10ABCDEFGHIJKLMNOPQRS17261130")
    assert (scan.lot, scan.expiry) == ("ABCDEFGHIJKLMNOPQRS", dt.date(2026, 11, 30))
    scan = gs1(f"01{GTIN}10ABCDEFGHIJKLMNOPQRS21XYZ")
    assert (scan.lot, scan.serial) == ("ABCDEFGHIJKLMNOPQRS", "XYZ")


def test_a_correct_code_whose_serial_ends_like_a_date_but_reads_one_way_is_read() -> None:
    # "…1725013" looks like an expiry AI, but "17" needs six digits: only one reading parses.
    assert gs1(f"01{GTIN}21ABC1725013").serial == "ABC1725013"
    assert gs1(f"01{GTIN}17250131" + "10LOT1725013").lot == "LOT1725013"


def test_the_same_code_with_gs_is_read() -> None:
    scan = gs1(f"01{GTIN}10ABC123{GS}17261130")
    assert (scan.lot, scan.expiry) == ("ABC123", dt.date(2026, 11, 30))


def test_a_lot_that_only_contains_ai_like_digits_is_kept() -> None:
    # "21CD" could be a serial, but nothing verifies it: a lot may well read "AB21CD".
    assert gs1(f"01{GTIN}10AB21CD").lot == "AB21CD"
    # With any GS in the message the scanner evidently sends them: trust the message.
    assert gs1(f"01{GTIN}10AB1726113{GS}21X").lot == "AB1726113"


def test_wrong_gtin_check_digit_inside_gs1_is_a_misread() -> None:
    assert misread(f"]C10100012345678906{GS}10X").problem == GTIN_CHECK_WRONG


@pytest.mark.parametrize(
    "raw",
    [
        f"]C101{GTIN}{GS}17261301",  # month 13
        "]C1hello",
        "]d2" + "9" * 300,
        "(01)123",
        "(9999)12",
    ],
)
def test_unreadable_gs1_is_a_misread(raw: str) -> None:
    assert misread(raw).problem == UNREADABLE
