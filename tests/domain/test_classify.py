"""classify(): every scan becomes exactly one outcome, by the documented precedence."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packstation.domain.classify import MISREAD_PRODUCT, MISREAD_TRACKING, classify
from packstation.domain.display import SHOWN_MAX, shown
from packstation.domain.scans import (
    Carrier,
    CommandName,
    CommandScan,
    Gs1Scan,
    MisreadScan,
    ProductScan,
    Scan,
    ScanKind,
    TextScan,
    TrackingScan,
    kind_of,
)


def product(raw: str) -> ProductScan:
    scan = classify(raw)
    assert isinstance(scan, ProductScan), scan
    return scan


def tracking(raw: str) -> TrackingScan:
    scan = classify(raw)
    assert isinstance(scan, TrackingScan), scan
    return scan


# --- products ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "gtin14", "symbology"),
    [
        ("036000291452", "00036000291452", None),  # UPC-A
        ("0036000291452", "00036000291452", None),  # the same as EAN-13
        ("00036000291452", "00036000291452", None),  # GTIN-14
        ("]E0036000291452", "00036000291452", "]E0"),
        ("]E00036000291452", "00036000291452", "]E0"),
        ("4006381333931", "04006381333931", None),
        ("96385074", "00000096385074", None),  # EAN-8
        ("]E496385074", "00000096385074", "]E4"),
        ("]I110012345678902", "10012345678902", "]I1"),  # ITF-14 case code
        ("01234565", "00012345000065", None),  # UPC-E (8 digits) expands
        ("]E0123456", "00012345000065", "]E0"),  # UPC-E without number system and check digit
        ("]E00123456", "00012345000065", "]E0"),
        ("]E30036000291452", "00036000291452", "]E3"),  # with a 2-digit add-on
        ("]E3003600029145212345", "00036000291452", "]E3"),  # with a 5-digit add-on
        ("  036000291452\r\n", "00036000291452", None),
    ],
)
def test_product_codes_normalise_to_gtin14(raw: str, gtin14: str, symbology: str | None) -> None:
    scan = product(raw)
    assert scan.raw == raw
    assert scan.gtin14 == gtin14
    assert scan.symbology == symbology


def test_upc_a_ean13_and_upc_e_of_one_product_are_equal() -> None:
    assert product("01234565").gtin14 == product("012345000065").gtin14
    assert product("012345000065").gtin14 == product("0012345000065").gtin14


def test_ean8_scan_is_not_read_as_upc_e() -> None:
    # 10000007 verifies as UPC-E and as EAN-8; the ]E4 identifier says which it is.
    assert product("10000007").gtin14 == "00100000000007"
    assert product("]E410000007").gtin14 == "00000010000007"


@pytest.mark.parametrize("raw", ["036000291453", "0036000291453", "96385075", "]E0036000291453"])
def test_product_length_with_wrong_check_digit_is_a_misread(raw: str) -> None:
    scan = classify(raw)
    assert scan == MisreadScan(raw=raw, problem=MISREAD_PRODUCT, looks_like=ScanKind.PRODUCT)
    assert "misread, scan again" in MISREAD_PRODUCT


def test_product_code_that_is_also_a_fedex_number_carries_the_candidate() -> None:
    scan = product("400000000251")  # valid UPC-A and valid FedEx Express check
    assert [c.carrier for c in scan.tracking] == [Carrier.FEDEX]
    assert scan.tracking[0].number == "400000000251"


def test_same_digits_in_code128_are_a_carrier_label() -> None:
    # ]C0 is plain Code 128: no retail product is printed that way, a FedEx label is.
    scan = tracking("]C0400000000251")
    assert [c.carrier for c in scan.candidates] == [Carrier.FEDEX]


def test_product_length_with_bad_gtin_but_valid_tracking_is_tracking() -> None:
    scan = tracking("986578788855")  # FedEx sample; its GTIN check digit is wrong
    assert scan.candidates[0].carrier is Carrier.FEDEX


@pytest.mark.parametrize("raw", ["700123", "123456", "0123456", "1234567"])
def test_bare_six_and_seven_digits_are_references_not_upc_e(raw: str) -> None:
    # Fulfillment ids are six-digit numbers; only a scanner saying "EAN/UPC" makes them UPC-E.
    scan = classify(raw)
    assert scan == TextScan(raw=raw, shown=raw)


# --- tracking ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "carrier", "number"),
    [
        ("1Z5R89390357567127", Carrier.UPS, "1Z5R89390357567127"),
        ("]C01Z5R89390357567127", Carrier.UPS, "1Z5R89390357567127"),
        ("1001921334250001000300779017972697", Carrier.FEDEX, "779017972697"),
        ("9611020987654312345672", Carrier.FEDEX, "9611020987654312345672"),
        ("568283610012734", Carrier.FEDEX, "568283610012734"),
        ("]C1420221539101026837331000039521", Carrier.USPS, "9101026837331000039521"),
        ("]C142022153\x1d9101026837331000039521", Carrier.USPS, "9101026837331000039521"),
        ("9400111201080805483016", Carrier.USPS, "9400111201080805483016"),
        ("3318810025", Carrier.DHL, "3318810025"),
        ("TBA502887274000", Carrier.AMAZON, "TBA502887274000"),
        ("0073938000549297", Carrier.CANADA_POST, "0073938000549297"),
        ("RB123456785GB", Carrier.UPU_S10, "RB123456785GB"),
    ],
)
def test_carrier_labels(raw: str, carrier: Carrier, number: str) -> None:
    first = tracking(raw).candidates[0]
    assert (first.carrier, first.number) == (carrier, number)


@pytest.mark.parametrize(
    "raw",
    [
        "1Z5R89390357567128",
        "RB123456786US",
        "1001901781990001000300617767839438",
        "4201028200009261290113185417468511",
    ],
)
def test_distinctive_label_with_failed_check_is_a_misread(raw: str) -> None:
    assert classify(raw) == MisreadScan(
        raw=raw, problem=MISREAD_TRACKING, looks_like=ScanKind.TRACKING
    )


def test_plain_digits_failing_every_check_are_text() -> None:
    # Ten digits that fail DHL's check: maybe an order reference, not a misread label.
    assert isinstance(classify("3318810010"), TextScan)


# --- commands, GS1 and precedence ----------------------------------------------------------


def test_command_prefix_wins_over_everything() -> None:
    assert classify("PS-STATUS:036000291452") == CommandScan(
        raw="PS-STATUS:036000291452", name=CommandName.STATUS, argument="036000291452"
    )


def test_gs1_datamatrix_is_gs1_not_product() -> None:
    scan = classify("]d20100012345678905\x1d10L1")
    assert isinstance(scan, Gs1Scan)
    assert scan.gtin14 == "00012345678905"


@pytest.mark.parametrize("raw", ["", "   ", "\r\n", "]C1", "]E0"])
def test_empty_scans_are_text_with_a_problem(raw: str) -> None:
    scan = classify(raw)
    assert isinstance(scan, TextScan)
    assert scan.problem == "empty scan"


@pytest.mark.parametrize("raw", ["O1053", "#1052", "MUG-BLU-12", "Blue mug", "ORD 1053"])
def test_references_and_skus_are_text(raw: str) -> None:
    assert classify(raw) == TextScan(raw=raw, shown=raw)


# --- safe display --------------------------------------------------------------------------


def test_control_characters_are_made_visible() -> None:
    scan = classify("ABC\x1dDEF\x00\x7f\r")
    assert isinstance(scan, TextScan)
    assert scan.shown == "ABC␝DEF␀␡"  # the trailing CR was surrounding whitespace


def test_invisible_and_direction_changing_characters_are_escaped() -> None:
    assert shown("a\u202eb\u200bc\x85") == "a\\u202eb\\u200bc\\x85"
    assert shown("Grüße 東京 Привет") == "Grüße 東京 Привет"
    assert shown("ORD\xa01053") == "ORD\\xa01053"


def test_long_scans_are_capped_with_an_ellipsis() -> None:
    scan = classify("x" * 10_000)
    assert isinstance(scan, TextScan)
    assert len(scan.shown) == SHOWN_MAX
    assert scan.shown.endswith("…")
    assert scan.raw == "x" * 10_000
    escaped = shown("\u202e" * 100)
    assert len(escaped) <= SHOWN_MAX
    assert escaped.endswith("…")


# --- totality ------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("0123456789") + list("1ZTBAPS-:()]EdCQ ") + ["\x1d", "\x00", "\r", "\u202e", "東", "é"]
)
_SCANNISH = st.one_of(
    st.text(_ALPHABET, max_size=60),
    st.text(max_size=200),
    st.binary(max_size=80).map(lambda b: b.decode("latin-1")),
    st.builds(
        lambda p, body: p + body,
        st.sampled_from(["]C1", "]d2", "]Q3", "]E0", "]e0", "(01)", "01", "00", "PS-QTY:", "420"]),
        st.text(_ALPHABET, max_size=60),
    ),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_SCANNISH)
def test_classify_never_raises_and_returns_one_safe_outcome(raw: str) -> None:
    scan: Scan = classify(raw)
    assert scan.raw == raw
    assert kind_of(scan) in set(ScanKind)
    if isinstance(scan, TextScan):
        assert len(scan.shown) <= SHOWN_MAX
        assert scan.shown.isprintable()


@settings(max_examples=20, deadline=None)
@given(st.text(_ALPHABET, min_size=1, max_size=50), st.sampled_from(["", "]C1", "]d2", "01"]))
def test_ten_thousand_characters_are_classified(unit: str, prefix: str) -> None:
    raw = (prefix + unit * (10_000 // len(unit) + 1))[:10_000]
    scan = classify(raw)
    assert scan.raw == raw
    if isinstance(scan, TextScan):
        assert len(scan.shown) <= SHOWN_MAX
