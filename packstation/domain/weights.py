"""Weights: the four units a bench scale shows, exact conversions, and the box tolerance.

A `Weight` keeps the number and unit the scale (or the products CSV) gave, so "1.234 lb" is shown
as the scale showed it; comparison and arithmetic go through grams. The pound and the ounce are
defined exactly in grams (international yard and pound agreement, 1959: 1 lb = 453.59237 g,
1 oz = 1/16 lb = 28.349523125 g), so converting a reading to grams is exact in `Decimal`.

The tolerance of the weight check is "grams and percent, whichever is larger": a fixed floor
covers the scale's resolution and the packing material on light boxes, the percentage covers the
spread of unit and carton weights on heavy ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from functools import total_ordering
from typing import Final

__all__ = [
    "GRAMS_PER_UNIT",
    "ZERO",
    "Tolerance",
    "Unit",
    "Weight",
    "WeightParseError",
    "parse_unit",
    "parse_weight",
]


class Unit(StrEnum):
    G = "g"
    KG = "kg"
    OZ = "oz"
    LB = "lb"


GRAMS_PER_UNIT: Final[dict[Unit, Decimal]] = {
    Unit.G: Decimal(1),
    Unit.KG: Decimal(1000),
    Unit.OZ: Decimal("28.349523125"),
    Unit.LB: Decimal("453.59237"),
}

# Places a weight is shown with, per unit: a bench scale resolves about a gram.
_DISPLAY_PLACES: Final[dict[Unit, int]] = {Unit.G: 0, Unit.KG: 3, Unit.OZ: 1, Unit.LB: 3}

_UNIT_ALIASES: Final[dict[str, Unit]] = {
    "g": Unit.G,
    "gr": Unit.G,
    "gram": Unit.G,
    "grams": Unit.G,
    "kg": Unit.KG,
    "kgs": Unit.KG,
    "kilogram": Unit.KG,
    "kilograms": Unit.KG,
    "oz": Unit.OZ,
    "ounce": Unit.OZ,
    "ounces": Unit.OZ,
    "lb": Unit.LB,
    "lbs": Unit.LB,
    "pound": Unit.LB,
    "pounds": Unit.LB,
}

_WEIGHT_TEXT = re.compile(
    r"^\s*([+-]?\s*[0-9]+(?:[.,][0-9]*)?|[+-]?\s*[.,][0-9]+)\s*([a-zA-Z]*)\s*$"
)


class WeightParseError(ValueError):
    """A weight text that is not a number with one of g, kg, oz, lb (message for people)."""


def parse_unit(text: str) -> Unit:
    unit = _UNIT_ALIASES.get(text.strip().lower())
    if unit is None:
        raise WeightParseError(f"'{text}' is not a weight unit (use g, kg, oz or lb)")
    return unit


@total_ordering
@dataclass(frozen=True, slots=True, eq=False)
class Weight:
    """A weight as given: `value` in `unit`. Equal weights compare equal across units."""

    value: Decimal
    unit: Unit = Unit.G

    @classmethod
    def grams(cls, grams: Decimal | int | float | str) -> Weight:
        return cls(_decimal(grams), Unit.G)

    @classmethod
    def of(cls, value: Decimal | int | float | str, unit: Unit | str) -> Weight:
        return cls(_decimal(value), unit if isinstance(unit, Unit) else parse_unit(unit))

    @property
    def in_grams(self) -> Decimal:
        """Exact: every unit is a whole decimal number of grams."""
        return self.value * GRAMS_PER_UNIT[self.unit]

    def to(self, unit: Unit) -> Weight:
        """The same weight in `unit`, rounded to a microgram-level 9 significant places."""
        if unit is self.unit:
            return self
        value = self.in_grams / GRAMS_PER_UNIT[unit]
        return Weight(value.quantize(Decimal("1e-9")).normalize(), unit)

    def display(self, unit: Unit | None = None) -> str:
        """As a packer reads it: '812 g', '1.234 kg', '28.6 oz', '1.790 lb'."""
        shown = self.to(unit or self.unit)
        places = _DISPLAY_PLACES[shown.unit]
        number = shown.value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        return f"{number:f} {shown.unit}"

    def __str__(self) -> str:
        return f"{self.value.normalize():f} {self.unit}"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Weight):
            return NotImplemented
        return self.in_grams == other.in_grams

    def __lt__(self, other: Weight) -> bool:
        return self.in_grams < other.in_grams

    def __hash__(self) -> int:
        return hash(self.in_grams)

    def __add__(self, other: Weight) -> Weight:
        return Weight(self.in_grams + other.in_grams, Unit.G)

    def __sub__(self, other: Weight) -> Weight:
        return Weight(self.in_grams - other.in_grams, Unit.G)

    def __mul__(self, factor: int) -> Weight:
        return Weight(self.value * factor, self.unit)

    __rmul__ = __mul__

    def __abs__(self) -> Weight:
        return Weight(abs(self.value), self.unit)

    def __neg__(self) -> Weight:
        return Weight(-self.value, self.unit)


ZERO: Final = Weight(Decimal(0), Unit.G)


def _decimal(value: Decimal | int | float | str) -> Decimal:
    if isinstance(value, float):
        # Through repr, so 0.1 is 0.1 and not its binary expansion.
        value = repr(value)
    try:
        result = Decimal(value)
    except InvalidOperation as exc:
        raise WeightParseError(f"'{value}' is not a number") from exc
    if not result.is_finite():
        raise WeightParseError(f"'{value}' is not a number")
    return result


def parse_weight(text: str, default_unit: Unit | None = None) -> Weight:
    """'250 g', '1,5kg', '12 oz', '0.75 lb'; a bare number takes `default_unit` (if given).

    A comma works as the decimal mark, as spreadsheets in much of Europe write it.
    """
    m = _WEIGHT_TEXT.match(text)
    if m is None:
        raise WeightParseError(f"'{text.strip()}' is not a weight such as 250 g or 1.5 kg")
    number, unit_text = m.group(1).replace(" ", "").replace(",", "."), m.group(2)
    if unit_text:
        unit = parse_unit(unit_text)
    elif default_unit is not None:
        unit = default_unit
    else:
        raise WeightParseError(f"'{text.strip()}' needs a unit: g, kg, oz or lb")
    return Weight(_decimal(number), unit)


@dataclass(frozen=True, slots=True)
class Tolerance:
    """How far a box may weigh from what is expected: `grams` or `percent`, whichever is larger."""

    grams: Decimal = Decimal(25)
    percent: Decimal = Decimal(4)

    def __post_init__(self) -> None:
        if self.grams < 0 or self.percent < 0:
            raise ValueError("a tolerance is never negative")

    @classmethod
    def of(
        cls, grams: float | int | str | Decimal, percent: float | int | str | Decimal
    ) -> Tolerance:
        return cls(_decimal(grams), _decimal(percent))

    def allowance(self, expected: Weight) -> Weight:
        by_percent = abs(expected.in_grams) * self.percent / 100
        return Weight(max(self.grams, by_percent), Unit.G)

    def allows(self, measured: Weight, expected: Weight) -> bool:
        return abs(measured.in_grams - expected.in_grams) <= self.allowance(expected).in_grams

    def __str__(self) -> str:
        return (
            f"{self.grams.normalize():f} g or {self.percent.normalize():f} %, whichever is larger"
        )
