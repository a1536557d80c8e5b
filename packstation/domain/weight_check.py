"""The weight check of a complete box: what it should weigh, whether it does, and the likely cause.

Expected weight = the box's tare + the sum of its units' weights. Unit weights come from the
products CSV (exact as far as we know) or from learning (`packstation.services.weight_learning`),
each with a standard error; tares per box size, configured or learned. The check only judges when
it knows enough: every SKU of the box has a weight, and the expected weight's uncertainty is small
beside the tolerance. Otherwise the box goes, with the weight recorded and the reason said.

When a box is outside the tolerance, `likely_cause` looks for one SKU of the box whose unit weight
(times one, two, ... units) explains the difference: "one Blue mug too many?".
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Final

from packstation.domain.weights import Tolerance, Unit, Weight

__all__ = [
    "BoxLine",
    "Estimate",
    "Judgement",
    "LikelyCause",
    "Verdict",
    "WeightKnowledge",
    "expected_weight",
    "judge_box",
    "likely_cause",
    "stop_message",
]

#: The expected weight's standard error may be at most this part of the allowance to judge.
MAX_UNCERTAINTY_SHARE: Final = 0.35


@dataclass(frozen=True, slots=True)
class BoxLine:
    sku: str
    quantity: int


@dataclass(frozen=True, slots=True)
class Estimate:
    """A weight in grams with its standard error (0 for catalogue weights and configured tares).

    `boxes` is how many weighed boxes the estimate rests on; `known` says whether it may be
    used to judge a box (enough boxes and a small enough error, decided by who estimated it).
    """

    grams: float
    std_error: float = 0.0
    boxes: int = 0
    known: bool = True


@dataclass(frozen=True, slots=True)
class WeightKnowledge:
    """What the station knows to judge boxes: unit weights per SKU, tares per box size.

    The tare under `None` is for a box whose size was not recorded (or is not configured).
    """

    unit_weights: Mapping[str, Estimate]
    tares: Mapping[str | None, Estimate]

    def tare(self, box_size: str | None) -> Estimate | None:
        return self.tares.get(box_size, self.tares.get(None))


class Verdict(StrEnum):
    PASS = "pass"  # noqa: S105 (a verdict, not a password): within the tolerance
    STOP = "stop"  # outside it: lock like a wrong item
    UNJUDGED = "unjudged"  # too little to go on: weight recorded, the box goes


@dataclass(frozen=True, slots=True)
class LikelyCause:
    """`units` of `sku` too many (positive) or missing (negative) would explain the difference."""

    sku: str
    units: int

    def words(self, name: str | None = None) -> str:
        """'one Blue mug too many?', '2 × Blue mug missing?' (`name` defaults to the SKU)."""
        what = name or self.sku
        amount = f"one {what}" if abs(self.units) == 1 else f"{abs(self.units)} × {what}"
        return f"{amount} {'too many' if self.units > 0 else 'missing'}?"


@dataclass(frozen=True, slots=True)
class Judgement:
    verdict: Verdict
    measured: Weight
    expected: Weight | None = None
    allowance: Weight | None = None
    cause: LikelyCause | None = None
    # For UNJUDGED: the SKUs without a usable weight, or the uncertainty that was too large.
    unknown_skus: tuple[str, ...] = ()
    uncertainty: Weight | None = None

    @property
    def difference(self) -> Weight | None:
        return None if self.expected is None else self.measured - self.expected


def expected_weight(
    lines: Sequence[BoxLine], knowledge: WeightKnowledge, box_size: str | None = None
) -> tuple[Weight, Weight] | None:
    """(expected weight, its standard error), or None if a SKU or the tare is not known at all.

    Errors are added as if independent: conservative, since learned tare and unit weights that
    share boxes are negatively correlated.
    """
    tare = knowledge.tare(box_size)
    if tare is None:
        return None
    grams, variance = tare.grams, tare.std_error**2
    for line in lines:
        unit = knowledge.unit_weights.get(line.sku)
        if unit is None:
            return None
        grams += unit.grams * line.quantity
        variance += (unit.std_error * line.quantity) ** 2
    return _grams(grams), _grams(math.sqrt(variance))


def judge_box(
    measured: Weight,
    lines: Sequence[BoxLine],
    knowledge: WeightKnowledge,
    tolerance: Tolerance,
    box_size: str | None = None,
) -> Judgement:
    """Pass, stop or let go unjudged (never stops a box on a guess)."""
    unknown = tuple(
        sorted(
            {
                line.sku
                for line in lines
                if line.quantity > 0
                and (
                    line.sku not in knowledge.unit_weights
                    or not knowledge.unit_weights[line.sku].known
                )
            }
        )
    )
    tare = knowledge.tare(box_size)
    if unknown or tare is None or not tare.known:
        return Judgement(Verdict.UNJUDGED, measured, unknown_skus=unknown)
    counted = [line for line in lines if line.quantity > 0]
    found = expected_weight(counted, knowledge, box_size)
    assert found is not None  # every SKU and the tare are known (checked above)
    expected, uncertainty = found
    allowance = tolerance.allowance(expected)
    if uncertainty.in_grams > allowance.in_grams * Decimal(str(MAX_UNCERTAINTY_SHARE)):
        return Judgement(Verdict.UNJUDGED, measured, expected, allowance, uncertainty=uncertainty)
    if tolerance.allows(measured, expected):
        return Judgement(Verdict.PASS, measured, expected, allowance, uncertainty=uncertainty)
    cause = likely_cause(measured - expected, counted, knowledge, allowance)
    return Judgement(Verdict.STOP, measured, expected, allowance, cause, uncertainty=uncertainty)


def likely_cause(
    difference: Weight,
    lines: Sequence[BoxLine],
    knowledge: WeightKnowledge,
    allowance: Weight,
    *,
    max_extra: int = 3,
) -> LikelyCause | None:
    """The one SKU of the box whose units explain `difference` (measured - expected), if one does.

    Candidates: n units too many (n up to `max_extra`) or missing (n up to the line's quantity).
    One explains when the rest is within the allowance. When several explain, the best is named
    only if it fits at least three times better than the next; otherwise (two SKUs of similar
    weight) none is: a wrong guess sends the packer looking for the wrong thing.
    """
    diff = float(difference.in_grams)
    slack = float(allowance.in_grams)
    fits: dict[str, tuple[float, int]] = {}
    for line in lines:
        unit = knowledge.unit_weights.get(line.sku)
        if unit is None or unit.grams <= 0:
            continue
        limit = max_extra if diff > 0 else line.quantity
        units = round(abs(diff) / unit.grams)
        if not 1 <= units <= limit:
            continue
        rest = abs(abs(diff) - units * unit.grams)
        if rest <= slack and (line.sku not in fits or rest < fits[line.sku][0]):
            fits[line.sku] = (rest, units if diff > 0 else -units)
    ranked = sorted(fits.items(), key=lambda item: item[1][0])
    if not ranked or (len(ranked) > 1 and ranked[0][1][0] * 3 > ranked[1][1][0]):
        return None
    sku, (_, units) = ranked[0]
    return LikelyCause(sku, units)


def stop_message(
    judgement: Judgement, unit: Unit = Unit.G, names: Mapping[str, str] | None = None
) -> str:
    """The lock's words: 'BOX WEIGHS 812 g — EXPECTED 640 g ± 40 g' (+ the likely cause)."""
    if judgement.expected is None or judgement.allowance is None:
        return f"BOX WEIGHS {judgement.measured.display(unit)}"
    text = (
        f"BOX WEIGHS {judgement.measured.display(unit)} — "
        f"EXPECTED {judgement.expected.display(unit)} ± {judgement.allowance.display(unit)}"
    )
    if judgement.cause is not None:
        text += f" — {judgement.cause.words((names or {}).get(judgement.cause.sku))}"
    return text


def _grams(value: float) -> Weight:
    return Weight(Decimal(repr(round(value, 3))), Unit.G)
