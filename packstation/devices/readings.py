"""One reading from a scale, as every protocol reports it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from packstation.devices.errors import ScaleProtocolError
from packstation.domain.weights import Unit, Weight, WeightParseError, parse_unit

__all__ = ["Reading", "Status", "weight_from_text"]


class Status(StrEnum):
    STABLE = "stable"
    MOTION = "motion"  # still moving: not a weight to judge
    OVERLOAD = "overload"
    UNDERLOAD = "underload"  # under zero
    FAULT = "fault"  # calibration, re-zeroing, internal error (see `detail`)


@dataclass(frozen=True, slots=True)
class Reading:
    status: Status
    weight: Weight | None = None
    detail: str = ""

    @property
    def stable(self) -> bool:
        return self.status is Status.STABLE and self.weight is not None

    def __str__(self) -> str:
        shown = "-" if self.weight is None else str(self.weight)
        extra = f" ({self.detail})" if self.detail else ""
        return f"{shown:>12}  {self.status}{extra}"


def weight_from_text(number: str, unit_text: str, default_unit: Unit, raw: object) -> Weight:
    """A weight from a protocol's number and unit text; 'mg' is turned into grams."""
    try:
        value = Decimal(number.replace(" ", ""))
    except InvalidOperation as exc:
        raise ScaleProtocolError(f"not a number {number!r} in {raw!r}") from exc
    text = unit_text.strip().lower()
    if not text:
        return Weight(value, default_unit)
    if text == "mg":
        return Weight(value / 1000, Unit.G)
    try:
        return Weight(value, parse_unit(text))
    except WeightParseError as exc:
        raise ScaleProtocolError(f"unit {unit_text!r} not supported in {raw!r}") from exc
