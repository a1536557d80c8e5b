"""GS1 Digital Link QR codes: the product's GTIN with its lot, expiry and serial."""

from __future__ import annotations

import datetime as dt

import pytest

from packstation.domain.classify import classify
from packstation.domain.gs1 import GTIN_CHECK_WRONG
from packstation.domain.scans import Gs1Scan, MisreadScan, TextScan

GTIN = "09506000134352"


def test_a_gs1_resolver_link_is_the_gtin_with_lot_expiry_and_serial() -> None:
    scan = classify(f"https://id.gs1.org/01/{GTIN}/10/ABC123/21/XYZ?17=261130")
    assert isinstance(scan, Gs1Scan)
    assert (scan.gtin14, scan.lot, scan.serial, scan.expiry) == (
        GTIN,
        "ABC123",
        "XYZ",
        dt.date(2026, 11, 30),
    )


@pytest.mark.parametrize(
    "link",
    [
        f"https://brand.example.com/01/{GTIN}",
        f"https://brand.example.com/shop/products/01/{GTIN}/10/L1",
        f"]Q1https://example.org/01/{GTIN}?17=261130",  # a QR code read with its identifier
        f"HTTPS://ID.GS1.ORG/01/{GTIN}",
    ],
)
def test_a_brands_own_domain_works_too(link: str) -> None:
    scan = classify(link)
    assert isinstance(scan, Gs1Scan)
    assert scan.gtin14 == GTIN


def test_a_digital_link_with_a_wrong_gtin_check_digit_is_a_misread() -> None:
    scan = classify("https://id.gs1.org/01/09506000134353")
    assert isinstance(scan, MisreadScan)
    assert scan.problem == GTIN_CHECK_WRONG


@pytest.mark.parametrize(
    "address", ["https://example.com/", "https://example.com/01/abc", "http://x/" + "9" * 5000]
)
def test_a_plain_web_address_is_text(address: str) -> None:
    assert isinstance(classify(address), TextScan)
