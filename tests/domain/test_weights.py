"""Weights in g, kg, oz and lb: exact conversions, parsing what people type, the tolerance rule."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from packstation.domain.weights import Tolerance, Unit, Weight, WeightParseError, parse_weight


def test_pound_and_ounce_are_exact_in_grams() -> None:
    assert Weight.of(1, "lb").in_grams == Decimal("453.59237")
    assert Weight.of(16, "oz") == Weight.of(1, "lb")
    assert Weight.of("0.5", "kg") == Weight.grams(500)


@given(st.decimals(min_value=0, max_value=100_000, places=3), st.sampled_from(list(Unit)))
def test_converting_there_and_back_keeps_the_weight(value: Decimal, unit: Unit) -> None:
    weight = Weight(value, unit)
    for other in Unit:
        back = weight.to(other).to(unit)
        assert abs(back.in_grams - weight.in_grams) < Decimal("0.00001")


def test_equal_weights_in_different_units_are_equal_and_hash_alike() -> None:
    assert Weight.grams(1000) == Weight.of(1, "kg")
    assert len({Weight.grams(1000), Weight.of(1, "kg")}) == 1
    assert Weight.grams(999) < Weight.of(1, "kg")


def test_display_as_the_packer_reads_it() -> None:
    assert Weight.grams("812.4").display() == "812 g"
    assert Weight.grams("812.5").display() == "813 g"
    assert Weight.grams(1234).display(Unit.KG) == "1.234 kg"
    assert Weight.of("1.79", "lb").display() == "1.790 lb"
    assert Weight.grams(810).display(Unit.OZ) == "28.6 oz"


@pytest.mark.parametrize(
    ("text", "grams"),
    [
        ("250 g", "250"),
        ("1,5kg", "1500"),
        ("0.75 lb", "340.1942775"),
        ("12 oz", "340.1942775"),
        (" 2 Pounds ", "907.18474"),
        (".5 kg", "500"),
    ],
)
def test_parse_weight(text: str, grams: str) -> None:
    assert parse_weight(text).in_grams == Decimal(grams)


def test_a_bare_number_needs_a_unit_or_a_default() -> None:
    assert parse_weight("250", Unit.G) == Weight.grams(250)
    with pytest.raises(WeightParseError, match="needs a unit"):
        parse_weight("250")


@pytest.mark.parametrize("text", ["", "heavy", "12 stone", "1.2.3 kg", "nan g"])
def test_bad_weights_are_refused_in_words(text: str) -> None:
    with pytest.raises(WeightParseError):
        parse_weight(text)


def test_tolerance_is_grams_or_percent_whichever_is_larger() -> None:
    tolerance = Tolerance.of(20, 3)
    assert tolerance.allowance(Weight.grams(300)) == Weight.grams(20)  # 3 % = 9 g
    assert tolerance.allowance(Weight.grams(2000)) == Weight.grams(60)  # 3 % > 20 g
    assert tolerance.allows(Weight.grams(2060), Weight.grams(2000))
    assert not tolerance.allows(Weight.grams(2061), Weight.grams(2000))
    assert not tolerance.allows(Weight.grams(279), Weight.grams(300))


def test_tolerance_is_never_negative() -> None:
    with pytest.raises(ValueError):
        Tolerance.of(-1, 3)
