"""Numbers computed from each carrier format's rule, for tests and `bench/carrier_rates.py`:
valid ones (the check computed), and every single-digit change of one."""

from __future__ import annotations

import random
import string

from packstation.domain.carriers import CarrierFormat
from packstation.domain.tracking import check_character, known_formats, tracking_matches


def checked_formats() -> list[CarrierFormat]:
    return [f for f in known_formats() if f.has_check]


def unchecked_formats() -> list[CarrierFormat]:
    return [f for f in known_formats() if not f.has_check]


def _body_span(fmt: CarrierFormat, number: str) -> tuple[int, int]:
    m = fmt.pattern.fullmatch(number)
    if m is None:
        raise ValueError(f"{number!r} is not a {fmt.name} number")
    return m.span("body")


def valid_sample(fmt: CarrierFormat, rng: random.Random) -> str:
    """A number of `fmt`: its example with the body's digits after the first two drawn at random
    (the first ones carry prefixes such as "9[1-5]" or OnTrac's letter), and the check character
    computed from the rule."""
    example = fmt.example
    start, end = _body_span(fmt, example)
    for _ in range(50):
        chars = list(example)
        for i in range(start + 2, end):
            if chars[i].isdigit():
                chars[i] = rng.choice(string.digits)
        body = "".join(chars[start:end])
        check = check_character(fmt, body)
        c0, c1 = _check_span(fmt, example)
        candidate = "".join(chars[:c0]) + check + "".join(chars[c1:])
        if fmt.pattern.fullmatch(candidate):
            return candidate
    raise ValueError(f"no valid sample for {fmt.name}")


def _check_span(fmt: CarrierFormat, number: str) -> tuple[int, int]:
    m = fmt.pattern.fullmatch(number)
    if m is None:
        raise ValueError(f"{number!r} is not a {fmt.name} number")
    return m.span("check")


def digit_changes(fmt: CarrierFormat, number: str) -> list[str]:
    """Every number that differs from `number` in exactly one digit of the body or check."""
    start, _ = _body_span(fmt, number)
    _, end = _check_span(fmt, number)
    out: list[str] = []
    for i in range(start, end):
        if number[i].isdigit():
            out.extend(number[:i] + d + number[i + 1 :] for d in string.digits if d != number[i])
    return out


def accepted_as(fmt: CarrierFormat, number: str) -> bool:
    """Does `number` still pass `fmt` (its shape matches and its check verifies)?"""
    return any(
        m.format_name == fmt.name and m.candidate.check_digit is True
        for m in tracking_matches(number)
    )
