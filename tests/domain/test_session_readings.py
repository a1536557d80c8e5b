"""Scans with more than one reading: an 8-digit code (UPC-E and EAN-8), and, while the station
waits for a label, codes that fit a carrier format but also read as something else."""

from __future__ import annotations

import json

from session_helpers import T0

from packstation.domain.classify import classify
from packstation.domain.events import ErrorKind, Outcome
from packstation.domain.scans import Carrier, MisreadScan, ProductScan
from packstation.domain.session import PackLine, PackSession, ProductInfo, SessionSpec
from packstation.domain.tracking import known_formats

CODE = "02345680"  # a valid EAN-8, and a valid UPC-E too
EAN8 = "00000002345680"
UPCE = "00023456000080"  # the UPC-A the UPC-E stands for, as GTIN-14


def _session(barcode: str, carrier: Carrier | None = Carrier.UPS, **kw: object) -> PackSession:
    line = PackLine("880001", "SMALL-EU", "Small European item", frozenset({barcode}), 1)
    spec = SessionSpec("700123", "O1053", (line,), carrier, "ground")
    return PackSession(spec, **kw)  # type: ignore[arg-type]


def test_an_eight_digit_code_carries_both_readings() -> None:
    scan = classify(CODE)
    assert isinstance(scan, ProductScan)
    assert set(scan.readings) == {EAN8, UPCE}
    # A scanner that says which symbology it read leaves one reading only.
    assert classify("]E4" + CODE) == ProductScan("]E4" + CODE, EAN8, "]E4")


def test_an_ean8_product_in_the_order_is_counted() -> None:
    session = _session(EAN8)
    assert session.scan(classify(CODE), T0).result.outcome is Outcome.COUNTED


def test_a_upce_product_in_the_order_is_still_counted() -> None:
    session = _session(UPCE)
    assert session.scan(classify(CODE), T0).result.outcome is Outcome.COUNTED


def test_neither_reading_in_the_order_names_the_catalogue_product() -> None:
    def catalog(gtin: str) -> ProductInfo | None:
        return ProductInfo("EU-SOAP", "Soap bar") if gtin == EAN8 else None

    session = _session("04006381333931", catalog=catalog)
    error = session.scan(classify(CODE), T0).result.error
    assert error is not None
    assert (error.kind, error.sku) == (ErrorKind.WRONG_ITEM, "EU-SOAP")


def test_neither_reading_known_anywhere_is_an_unknown_code() -> None:
    session = _session("04006381333931", catalog=lambda gtin: None)
    error = session.scan(classify(CODE), T0).result.error
    assert error is not None
    assert error.kind is ErrorKind.UNKNOWN_CODE


def _awaiting_label(carrier: Carrier | None) -> PackSession:
    session = _session("04006381333931", carrier)
    assert session.scan(classify("4006381333931"), T0).result.outcome is Outcome.COUNTED
    return session


def _shipped_with(session: PackSession, code: str) -> tuple[Carrier, str]:
    event = session.scan(classify(code), T0)
    box = event.result.box
    assert box is not None, event.result
    return box.carrier, box.tracking_number


def _example(name: str) -> str:
    return next(f.example for f in known_formats() if f.name == name)


def test_a_purolator_number_closes_the_box() -> None:
    number = _example("Purolator (12)")
    assert _shipped_with(_awaiting_label(Carrier.PUROLATOR), number) == (
        Carrier.PUROLATOR,
        number,
    )


def test_a_dhl_ecommerce_14_digit_label_is_a_label_not_a_wrong_check_digit() -> None:
    number = "12345678901234"  # no GTIN check digit fits: as a product it is a misread
    assert isinstance(classify(number), MisreadScan)
    assert _shipped_with(_awaiting_label(Carrier.DHL_ECOMMERCE), number) == (
        Carrier.DHL_ECOMMERCE,
        number,
    )
    # For an order shipping UPS a bare 14-digit number says nothing: scan again.
    error = _awaiting_label(Carrier.UPS).scan(classify(number), T0).result.error
    assert error is not None
    assert error.kind is ErrorKind.MISREAD


def test_purolator_letters_and_digits_are_a_label_only_while_one_is_awaited() -> None:
    number = _example("Purolator (letters + 9)")
    session = _session("04006381333931", Carrier.PUROLATOR)
    error = session.scan(classify(number), T0).result.error
    assert error is not None
    assert error.kind is ErrorKind.UNKNOWN_CODE
    assert _shipped_with(_awaiting_label(Carrier.PUROLATOR), number) == (
        Carrier.PUROLATOR,
        number,
    )


def test_a_gs1_128_sscc_label_ships_as_the_orders_carrier() -> None:
    assert _shipped_with(_awaiting_label(Carrier.DPD), "]C100376130321109103420") == (
        Carrier.DPD,
        "376130321109103420",
    )


def test_both_readings_and_the_format_survive_the_journal() -> None:
    from packstation.domain.scan_records import scan_from_record, scan_to_record

    for code in (CODE, _example("Purolator (12)"), "1Z5R89390357567127"):
        scan = classify(code)
        assert scan_from_record(json.loads(json.dumps(scan_to_record(scan)))) == scan


def test_a_known_product_is_not_taken_for_a_label_without_a_check_digit() -> None:
    case_code = "10012345678902"  # a GTIN-14 the catalogue knows; also 14 digits like DHL eCommerce
    line = PackLine("880001", "SMALL-EU", "Small European item", frozenset({EAN8}), 1)
    spec = SessionSpec("700123", "O1053", (line,), Carrier.DHL_ECOMMERCE, "DHL eCommerce")
    session = PackSession(
        spec, catalog=lambda g: ProductInfo("CASE", "Case of 12") if g == case_code else None
    )
    assert session.scan(classify(CODE), T0).result.outcome is Outcome.COUNTED
    error = session.scan(classify(case_code), T0).result.error
    assert error is not None
    assert error.kind is ErrorKind.EXPECTED_LABEL
