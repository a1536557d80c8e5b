"""Product codes (GTIN-8/12/13/14, UPC-E) compared as GTIN-14.

A UPC-A is an EAN-13 with a leading zero and every GTIN is a GTIN-14 padded with zeros, so two
codes name the same product exactly when their GTIN-14s are equal. Check digits are computed with
biip's GS1 checksum; UPC-E expansion is biip's too.
"""

from __future__ import annotations

import re

from biip import ParseError
from biip.checksums import gs1_standard_check_digit
from biip.upc import Upc

# ASCII only: str.isdigit() also accepts "٣" and "³", which are no barcode's digits.
_DIGITS = re.compile(r"[0-9]+", re.ASCII)
GTIN_LENGTHS = frozenset({8, 12, 13, 14})


def is_digits(text: str) -> bool:
    """True for a non-empty string of ASCII digits."""
    return _DIGITS.fullmatch(text) is not None


def gtin_check_digit(payload: str) -> int:
    """The GS1 mod-10 check digit for `payload` (the code without its check digit)."""
    return gs1_standard_check_digit(payload)


def has_valid_check_digit(code: str) -> bool:
    """True when the last digit of an all-digit `code` is its GS1 mod-10 check digit."""
    return len(code) >= 2 and is_digits(code) and gtin_check_digit(code[:-1]) == int(code[-1])


def gtin14(code: str) -> str | None:
    """The GTIN-14 of a GTIN-8/12/13/14 with a valid check digit, else None."""
    if len(code) not in GTIN_LENGTHS or not has_valid_check_digit(code):
        return None
    return code.zfill(14)


def expand_upc_e(code: str) -> str | None:
    """The UPC-A (12 digits) a UPC-E code stands for, or None if it is not a valid UPC-E.

    Accepts 6 digits (number system 0 implied, no check digit), 7 digits (number system 0 or 1,
    no check digit) or 8 digits (number system, six digits, check digit).
    """
    if len(code) not in (6, 7, 8) or not is_digits(code):
        return None
    try:
        return Upc.parse(code).as_upc_a()
    except (ParseError, ValueError):
        return None


def upc_e_gtin14(code: str) -> str | None:
    """The GTIN-14 of a valid UPC-E code, else None."""
    upc_a = expand_upc_e(code)
    return None if upc_a is None else upc_a.zfill(14)


def looks_like_upc_e(code: str) -> bool:
    """Eight digits beginning with number system 0 or 1: the shape of a UPC-E as scanners send
    it (an EAN-8 can have that shape too; see `to_gtin14`)."""
    return len(code) == 8 and is_digits(code) and code[0] in "01"


def to_gtin14(code: str) -> str | None:
    """Normalise a product code as printed in a catalog or read by a scanner to its GTIN-14.

    Surrounding whitespace is ignored. An eight-digit code starting with 0 or 1 is read as UPC-E
    when its UPC-E check digit verifies (scanners send UPC-E that way, and EAN-8 codes starting
    with 0 are shop-internal numbers), otherwise as EAN-8. Returns None for anything that is not
    a valid product code; six- and seven-digit UPC-E need `upc_e_gtin14` (a bare six-digit
    number is more often an order reference than a product).
    """
    code = code.strip()
    if looks_like_upc_e(code):
        expanded = upc_e_gtin14(code)
        if expanded is not None:
            return expanded
    return gtin14(code)


def same_product(a: str, b: str) -> bool:
    """True when two product codes name the same product (both valid and equal as GTIN-14)."""
    ga = to_gtin14(a)
    return ga is not None and ga == to_gtin14(b)


__all__ = [
    "GTIN_LENGTHS",
    "expand_upc_e",
    "gtin14",
    "gtin_check_digit",
    "has_valid_check_digit",
    "is_digits",
    "looks_like_upc_e",
    "same_product",
    "to_gtin14",
    "upc_e_gtin14",
]
