"""A weighed box: what the journal keeps of each weighing, and what the learning reads.

Journaled as an event of kind `box_weighed` in the box's pack session (the events table's JSON
payload holds `to_record()`), so no new table is needed. One record per stable reading taken by
the weight check; a re-weigh is a new record. Learning uses only the records the box shipped with
(`shipped` true: passed, overridden by a supervisor, or let go unjudged); a stopped weighing is
kept for the history and the figures, not to learn from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final

from packstation.domain.weight_check import BoxLine, Verdict
from packstation.domain.weights import Unit, Weight

__all__ = ["BOX_WEIGHED", "WeighedBox"]

#: The event kind under which a weighing is journaled.
BOX_WEIGHED: Final = "box_weighed"
RECORD_VERSION: Final = 1


@dataclass(frozen=True, slots=True)
class WeighedBox:
    """One weighing of a complete box.

    `box_size`: the carton's id (its tare), None when the station does not record sizes.
    `stable`: the scale reported the reading stable (only stable readings are judged).
    `verdict`: what the check said; `shipped`: the box went out with this weight (passed,
    overridden, or unjudged), i.e. it is the box's final weighing and may be learned from.
    """

    lines: tuple[BoxLine, ...]
    box_size: str | None
    measured: Weight
    stable: bool
    weighed_at: dt.datetime
    verdict: Verdict = Verdict.UNJUDGED
    shipped: bool = True
    fulfillment_id: str = ""
    box_number: int = 1

    @property
    def grams(self) -> float:
        return float(self.measured.in_grams)

    def to_record(self) -> dict[str, Any]:
        """JSON-able; the weight as the scale gave it (value text + unit) and in grams."""
        return {
            "v": RECORD_VERSION,
            "lines": [{"sku": line.sku, "qty": line.quantity} for line in self.lines],
            "box_size": self.box_size,
            "value": str(self.measured.value),
            "unit": str(self.measured.unit),
            "grams": format(self.measured.in_grams.normalize(), "f"),
            "stable": self.stable,
            "at": self.weighed_at.isoformat(),
            "verdict": str(self.verdict),
            "shipped": self.shipped,
            "fulfillment_id": self.fulfillment_id,
            "box_number": self.box_number,
        }

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> WeighedBox:
        return cls(
            lines=tuple(BoxLine(str(x["sku"]), int(x["qty"])) for x in record["lines"]),
            box_size=None if record.get("box_size") is None else str(record["box_size"]),
            measured=Weight(Decimal(str(record["value"])), Unit(record["unit"])),
            stable=bool(record["stable"]),
            weighed_at=dt.datetime.fromisoformat(str(record["at"])),
            verdict=Verdict(record.get("verdict", Verdict.UNJUDGED)),
            shipped=bool(record.get("shipped", True)),
            fulfillment_id=str(record.get("fulfillment_id", "")),
            box_number=int(record.get("box_number", 1)),
        )
