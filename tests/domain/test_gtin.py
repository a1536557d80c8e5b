"""Product codes compare as GTIN-14: UPC-A = EAN-13 with a leading 0, UPC-E expands."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.domain.gtin import (
    expand_upc_e,
    gtin14,
    gtin_check_digit,
    has_valid_check_digit,
    same_product,
    to_gtin14,
    upc_e_gtin14,
)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("036000291452", "00036000291452"),  # UPC-A (Wrigley's, the classic example)
        ("0036000291452", "00036000291452"),  # the same as EAN-13
        ("00036000291452", "00036000291452"),  # the same as GTIN-14
        ("4006381333931", "04006381333931"),  # EAN-13 (Stabilo)
        ("96385074", "00000096385074"),  # EAN-8
        ("10012345678902", "10012345678902"),  # GTIN-14 with packaging level 1
    ],
)
def test_valid_codes_normalise_to_gtin14(code: str, expected: str) -> None:
    assert gtin14(code) == expected
    assert to_gtin14(code) == expected


@pytest.mark.parametrize(
    "code", ["036000291453", "4006381333932", "96385075", "10012345678903", "0360002914521"]
)
def test_wrong_check_digit_is_no_gtin(code: str) -> None:
    assert gtin14(code) is None
    assert to_gtin14(code) is None


@pytest.mark.parametrize("code", ["", "12345", "1234567890", "03600029145a", "٠٣٦٠٠٠٢٩١٤٥٢"])
def test_wrong_shapes_are_no_gtin(code: str) -> None:
    assert gtin14(code) is None


def test_upc_a_and_ean13_with_leading_zero_are_the_same_product() -> None:
    assert same_product("036000291452", "0036000291452")
    assert same_product(" 036000291452 ", "00036000291452")
    assert not same_product("036000291452", "4006381333931")
    assert not same_product("036000291453", "036000291453")  # invalid codes match nothing


@pytest.mark.parametrize(
    ("upc_e", "upc_a"),
    [
        ("01234565", "012345000065"),  # last digit 5: manufacturer 5 digits, item 5-9
        ("04252614", "042100005264"),  # last digit 4
        ("01234531", "012300000451"),  # last digit 3: manufacturer 4 digits
        ("0123456", "012345000065"),  # seven digits: no check digit
        ("123456", "012345000065"),  # six digits: number system 0 implied
    ],
)
def test_upc_e_expands_to_upc_a(upc_e: str, upc_a: str) -> None:
    assert expand_upc_e(upc_e) == upc_a
    assert upc_e_gtin14(upc_e) == "00" + upc_a


def test_upc_e_and_its_upc_a_are_the_same_product() -> None:
    assert same_product("01234565", "012345000065")
    assert same_product("04252614", "0042100005264")


@pytest.mark.parametrize("code", ["01234566", "21234565", "0123456a", "12345"])
def test_invalid_upc_e_does_not_expand(code: str) -> None:
    assert expand_upc_e(code) is None


def test_eight_digits_starting_with_0_or_1_are_ean8_when_not_a_valid_upc_e() -> None:
    # 10000014 is a valid EAN-8 whose UPC-E reading fails its check.
    assert expand_upc_e("10000014") is None
    assert to_gtin14("10000014") == "00000010000014"
    # 10000007 verifies both ways; scanners send UPC-E as eight digits, so UPC-E wins.
    assert to_gtin14("10000007") == "00100000000007"


@settings(max_examples=200)
@given(st.from_regex(r"[0-9]{7}|[0-9]{11}|[0-9]{12}|[0-9]{13}", fullmatch=True))
def test_appending_the_check_digit_makes_a_valid_gtin(payload: str) -> None:
    code = payload + str(gtin_check_digit(payload))
    assert has_valid_check_digit(code)
    normalised = gtin14(code)
    assert normalised is not None
    assert normalised.lstrip("0") == code.lstrip("0")
    assert len(normalised) == 14
    wrong = code[:-1] + str((int(code[-1]) + 1) % 10)
    assert gtin14(wrong) is None
