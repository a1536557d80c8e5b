"""What a scan is: `classify(raw)` turns any scanned string into exactly one Scan.

Order of precedence, first match wins:

1. Station command (`PS-…:`): printed by us, never anything else.
2. AIM symbology identifier (`]E0`, `]C1`, …) is removed and remembered; it says what kind of
   symbol was read (EAN/UPC, GS1-128, DataMatrix …) and settles ambiguities below.
3. Distinctive carrier labels (`1Z…`, `420`+ZIP+IMpb, 34-digit FedEx, S10, `TBA…`) whose check
   verifies: these shapes are never products, and a USPS label is itself GS1-128.
4. GS1 element string: a GS1 symbology (`]C1`, `]d2`, `]Q3`, `]e0`, `]J1`), the parenthesised
   form, a GS anywhere, `01` + a valid GTIN-14 (with or without more elements) or `00` + a
   valid SSCC. A GS1 Digital Link (`https://…/01/<GTIN>…`, checked before 3) is read as the
   GTIN with its lot, expiry and serial.
5. Product code: 8/12/13/14 digits with a valid GTIN check digit (8 digits starting 0/1 are
   UPC-E first, and carry their EAN-8 reading in `ProductScan.alternatives` when that is valid
   too: without a symbology identifier nothing says which it is); 6/7-digit UPC-E only when
   the scanner says EAN/UPC (`]E0`), because a bare six-digit number is more often a
   fulfillment id than a product. Same digits that also verify as a tracking number carry
   those candidates (`ProductScan.tracking`).
   A product-length digit string with a wrong check digit is a misread, unless it verifies as
   a tracking number.
6. Other tracking numbers (plain-length formats whose check verifies) → TrackingScan. A format
   without a check digit and without a distinctive shape never makes a TrackingScan here: it
   is a label only while the session waits for one (`tracking.label_candidates`).
7. A distinctive carrier shape whose check fails → misread ("scan again").
8. Anything else is text (a slip's fulfillment reference, a SKU typed by hand, garbage), shown
   safely.

`classify` is total: it never raises, whatever it is fed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from packstation.domain.commands import parse_command
from packstation.domain.display import shown
from packstation.domain.gs1 import GS, looks_like_digital_link, read_digital_link, read_gs1
from packstation.domain.gtin import (
    gtin14,
    has_valid_check_digit,
    is_digits,
    looks_like_upc_e,
    upc_e_gtin14,
)
from packstation.domain.scans import (
    Carrier,
    MisreadScan,
    ProductScan,
    Scan,
    ScanKind,
    TextScan,
    TrackingCandidate,
    TrackingScan,
)
from packstation.domain.tracking import stands_alone, tracking_matches

# ISO/IEC 15424: "]" + symbology code character + modifier character.
_AIM = re.compile(r"\][A-Za-z][0-9A-Za-z]")
GS1_SYMBOLOGIES = frozenset({"]C1", "]d2", "]Q3", "]e0", "]J1"})
EAN_UPC_SYMBOLOGIES = frozenset({"]E0", "]E3", "]E4"})
# Symbologies a retail product code comes in; anything else (]C0 Code 128, ]A0 Code 39 …) with
# a valid tracking number is a carrier label even if the digits also make a GTIN.
PRODUCT_SYMBOLOGIES = EAN_UPC_SYMBOLOGIES | {"]I1"}
_WHITESPACE = " \t\r\n\v\f"
_HRI = re.compile(r"\(\d{2,4}\)")

MISREAD_PRODUCT = "misread, scan again: the product code's check digit is wrong"
MISREAD_TRACKING = "misread, scan again: the tracking number's check digit is wrong"
EMPTY = "empty scan"


def split_symbology(text: str) -> tuple[str | None, str]:
    """(AIM symbology identifier or None, the data after it)."""
    if _AIM.match(text):
        return text[:3], text[3:]
    return None, text


def classify(raw: str) -> Scan:
    """Classify one scanned string (see the module docstring for the rules)."""
    text = raw.strip(_WHITESPACE)
    if not text:
        return TextScan(raw=raw, shown=shown(raw), problem=EMPTY)

    command = parse_command(text)
    if command is not None:
        return _with_raw(command, raw)

    symbology, payload = split_symbology(text)
    if symbology is not None and not payload.strip(_WHITESPACE + GS):
        return TextScan(raw=raw, shown=shown(raw), problem=EMPTY)

    if looks_like_digital_link(payload):
        link = read_digital_link(raw, payload)
        if link is not None:
            return link

    matches = tracking_matches(payload)
    alone = tuple(m for m in matches if stands_alone(m))
    if any(m.distinctive for m in alone):
        return TrackingScan(raw=raw, candidates=_unique(m.candidate for m in alone))

    if symbology in GS1_SYMBOLOGIES:
        return read_gs1(raw, payload)
    if _HRI.match(payload):
        return read_gs1(raw, payload, hri=True)
    if _looks_like_gs1(payload):
        return read_gs1(raw, payload)

    candidates = _unique(m.candidate for m in alone)
    if is_digits(payload):
        product = _product(raw, payload, symbology, candidates)
        if product is not None:
            return product

    if candidates:
        return TrackingScan(raw=raw, candidates=candidates)
    if any(m.distinctive for m in matches):
        return MisreadScan(raw=raw, problem=MISREAD_TRACKING, looks_like=ScanKind.TRACKING)
    return TextScan(raw=raw, shown=shown(text))


def _with_raw(scan: Scan, raw: str) -> Scan:
    # parse_command saw the stripped text; journals keep exactly what the scanner sent.
    return scan if scan.raw == raw else replace(scan, raw=raw)


def _unique(candidates: Iterable[TrackingCandidate]) -> tuple[TrackingCandidate, ...]:
    seen: set[tuple[Carrier, str]] = set()
    result: list[TrackingCandidate] = []
    for c in candidates:
        key = (c.carrier, c.number)
        if key not in seen:
            seen.add(key)
            result.append(c)
    return tuple(result)


def _looks_like_gs1(payload: str) -> bool:
    """A GS1 element string sent without a symbology identifier."""
    if GS in payload.strip(_WHITESPACE + GS):
        return is_digits(payload[:2]) or payload.startswith(GS)
    if payload.startswith("01") and len(payload) >= 16:
        # (Sixteen digits are also a Canada Post length, but "01" + a valid GTIN-14 never
        # passes Canada Post's check: the "1" shifts the same weighted sum by one.)
        return gtin14(payload[2:16]) is not None
    return (
        payload.startswith("00")
        and len(payload) >= 20
        and is_digits(payload[:20])
        and has_valid_check_digit(payload[2:20])
    )


def _product(
    raw: str,
    digits: str,
    symbology: str | None,
    candidates: tuple[TrackingCandidate, ...],
) -> Scan | None:
    """The product (or product misread) an all-digit payload is, or None if it is not one."""
    if symbology == "]E3" and len(digits) in (14, 15, 17, 18):
        digits = digits[:-2] if len(digits) in (14, 15) else digits[:-5]  # drop the add-on
        candidates = ()
    n = len(digits)
    code: str | None
    alternatives: tuple[str, ...] = ()
    if symbology == "]E0" and n in (6, 7):
        code = upc_e_gtin14(digits)
    elif n in (6, 7):
        return None  # a bare short number: a reference, not a product
    elif looks_like_upc_e(digits) and symbology != "]E4":
        code = upc_e_gtin14(digits) or gtin14(digits)
        ean8 = gtin14(digits)
        if symbology is None and ean8 is not None and ean8 != code:
            alternatives = (ean8,)  # no symbology said which: the session tries both
    elif n in (8, 12, 13, 14):
        code = gtin14(digits)
    else:
        return None
    product_symbol = symbology is None or symbology in PRODUCT_SYMBOLOGIES
    if code is not None and (product_symbol or not candidates):
        return ProductScan(
            raw=raw,
            gtin14=code,
            symbology=symbology,
            tracking=candidates,
            alternatives=alternatives,
        )
    if candidates:
        return None  # a tracking number (the caller makes it a TrackingScan)
    return MisreadScan(raw=raw, problem=MISREAD_PRODUCT, looks_like=ScanKind.PRODUCT)


__all__ = [
    "EAN_UPC_SYMBOLOGIES",
    "GS1_SYMBOLOGIES",
    "MISREAD_PRODUCT",
    "MISREAD_TRACKING",
    "PRODUCT_SYMBOLOGIES",
    "classify",
    "split_symbology",
]
