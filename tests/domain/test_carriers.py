"""Every carrier format against numbers computed from its published rule (not copied samples)."""

from __future__ import annotations

import random
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.domain.carriers import CarrierFormat
from packstation.domain.carriers.checks import compute
from packstation.domain.carriers.samples import (
    accepted_as,
    checked_formats,
    digit_changes,
    unchecked_formats,
    valid_sample,
)
from packstation.domain.scans import Carrier
from packstation.domain.tracking import (
    check_character,
    known_formats,
    label_candidates,
    tracking_candidates,
    tracking_matches,
)

CHECKED = checked_formats()
UNCHECKED = unchecked_formats()


def _ids(formats: list[CarrierFormat]) -> list[str]:
    return [f.name for f in formats]


# Independent evidence: numbers the carriers / tracking_number_data publish as valid. Our
# check computed from the rule must give the same last character.
PUBLISHED = [
    ("OnTrac C", "C11031500001879"),
    ("OnTrac C", "C10999911320231"),
    ("OnTrac D", "D10011354453707"),
    ("OnTrac D", "D10011342332145"),
    ("DPD (28)", "008182709980000020033350276C"),
    ("DPD (28)", "008182709980000020045327276N"),
    ("DPD (14)", "09980000020033F"),
    ("DPD (14)", "09980000020034D"),
    ("Purolator (12)", "320595463938"),
    ("Purolator (12)", "287809468872"),
    ("UPS waybill", "K2479825491"),
    ("FedEx SSCC-18", "000123450000000027"),
    ("FedEx label (34)", "1001921334250001000300779017972697"),
    ("FedEx label (34)", "9632001560123456789900794808390594"),
]


@pytest.mark.parametrize(("name", "number"), PUBLISHED)
def test_published_numbers_pass_the_rule_we_compute(name: str, number: str) -> None:
    [fmt] = [f for f in known_formats() if f.name == name]
    m = fmt.pattern.fullmatch(number)
    assert m is not None
    assert check_character(fmt, m.group("body")) == m.group("check")
    assert accepted_as(fmt, number)


@pytest.mark.parametrize("fmt", CHECKED, ids=_ids(CHECKED))
def test_computed_valid_numbers_are_candidates_of_their_carrier(fmt: CarrierFormat) -> None:
    rng = random.Random(fmt.name)
    for _ in range(25):
        number = valid_sample(fmt, rng)
        assert accepted_as(fmt, number), number
        carriers = {c.carrier for c in label_candidates(number, fmt.carrier)}
        assert fmt.carrier in carriers


@pytest.mark.parametrize("fmt", CHECKED, ids=_ids(CHECKED))
def test_a_wrong_check_character_is_refused(fmt: CarrierFormat) -> None:
    rng = random.Random(fmt.name)
    for _ in range(10):
        number = valid_sample(fmt, rng)
        m = fmt.pattern.fullmatch(number)
        assert m is not None
        c0, c1 = m.span("check")
        # A 20-digit USPS number verifies with or without its "91": both checks are right.
        right = {compute(fmt.check, p + m.group("body"), fmt.params) for p in fmt.prefixes}
        for wrong in string.digits + string.ascii_uppercase:
            if wrong in right:
                continue
            changed = number[:c0] + wrong + number[c1:]
            assert not accepted_as(fmt, changed), changed


@pytest.mark.parametrize("fmt", known_formats(), ids=_ids(list(known_formats())))
def test_a_wrong_length_is_not_that_format(fmt: CarrierFormat) -> None:
    low, high = fmt.lengths
    example = fmt.example
    for number in (example[:-1], example + "0", example[:1] + example[2:]):
        if low <= len(number) <= high and fmt.pattern.fullmatch(number):
            continue  # a format of several lengths (DHL 10/11, IMpb 22/26) takes this one too
        assert fmt.name not in {m.format_name for m in tracking_matches(number)}


# Formats whose shape starts with a prefix (letters, "96", "92", "420", "00" …); the digit-only
# ones without a prefix (DPD 28, USPS 20) have none to get wrong.
NO_PREFIX = {"DPD (28)", "USPS (20)"}
PREFIXED = [
    f
    for f in known_formats()
    if (f.distinctive and f.name not in NO_PREFIX)
    or f.name in {"GS1 SSCC (AI 00)", "UPS waybill", "Purolator (letters + 9)"}
]


@pytest.mark.parametrize("fmt", PREFIXED, ids=_ids(PREFIXED))
def test_a_wrong_prefix_is_not_that_format(fmt: CarrierFormat) -> None:
    example = fmt.example
    changed = "8" + example[1:]
    assert fmt.name not in {m.format_name for m in tracking_matches(changed)}


@pytest.mark.parametrize("fmt", UNCHECKED, ids=_ids(UNCHECKED))
def test_formats_without_a_check_accept_their_shape(fmt: CarrierFormat) -> None:
    if fmt.only_for_expected:
        assert fmt.carrier not in {c.carrier for c in label_candidates(fmt.example, None)}
    assert fmt.carrier in {c.carrier for c in label_candidates(fmt.example, fmt.carrier)}
    alone = fmt.carrier in {c.carrier for c in tracking_candidates(fmt.example)}
    assert alone is fmt.distinctive


# Single-digit changes: the rate each algorithm lets through, by its arithmetic. Luhn, GS1
# mod 10 (3,1), mod 10 (1,3) and MOD 37,36 catch every one; UPS/OnTrac mod 10 (1,2) has no
# digit sum, so a change of 5 at a doubled position passes; mod 11 → mod 10 (FedEx) folds
# remainders 10 and 0; mod 7 (DHL) misses a change of 7; S10 folds two remainders onto 5;
# a 20-digit USPS number verifies under either of its two prefixes.
CATCHES_ALL = {"mod10_3_1", "mod10_1_3", "luhn", "mod37_36"}
_BOUND = {"mod10_1_2": 0.12, "mod11": 0.12, "mod7": 0.12, "s10": 0.12, "two_prefixes": 0.15}


def _kind(fmt: CarrierFormat) -> str:
    if len(fmt.prefixes) > 1:
        return "two_prefixes"
    if fmt.check == "mod10":
        return f"mod10_{fmt.params['evens'][0]}_{fmt.params['odds'][0]}"
    return fmt.check


@pytest.mark.parametrize("fmt", CHECKED, ids=_ids(CHECKED))
@settings(max_examples=15, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32))
def test_one_changed_digit_is_caught_at_the_rate_of_the_algorithm(
    fmt: CarrierFormat, seed: int
) -> None:
    number = valid_sample(fmt, random.Random(seed))
    changes = digit_changes(fmt, number)
    passed = sum(accepted_as(fmt, c) for c in changes)
    kind = _kind(fmt)
    if kind in CATCHES_ALL:
        assert passed == 0, [c for c in changes if accepted_as(fmt, c)]
    else:
        assert passed / len(changes) <= _BOUND[kind]


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=12, max_value=22).flatmap(
        lambda n: st.text("0123456789", min_size=n, max_size=n)
    )
)
def test_no_random_digit_string_is_a_carrier_without_a_check_digit(digits: str) -> None:
    # Only a check the carrier really uses makes a string of digits a label on its own; the
    # DHL eCommerce 14-digit number (no check) is a label only for an order shipping with it.
    assert all(c.check_digit is True for c in tracking_candidates(digits))
    assert all(c.check_digit is True for c in label_candidates(digits, None))
    assert all(
        c.check_digit is True or c.carrier is Carrier.DHL_ECOMMERCE
        for c in label_candidates(digits, Carrier.DHL_ECOMMERCE)
    )


def test_fedex_34_digit_labels_beyond_100_are_fedex() -> None:
    fmt = next(f for f in known_formats() if f.name == "FedEx label (34)")
    for head in ("1195", "1027", "1000", "9622"):
        body = "0794808390594"
        number = head + "0" * 16 + body + check_character(fmt, body)
        [fedex] = [c for c in tracking_candidates(number) if c.carrier is Carrier.FEDEX]
        assert fedex.number == number[-12:]


def test_the_check_algorithms_agree_with_hand_worked_numbers() -> None:
    assert compute("luhn", "7992739871", {}) == "3"  # the textbook Luhn example
    assert compute("s10", "47312482", {}) == "9"  # UPU S10's own example, RR 47312482 9 GB
