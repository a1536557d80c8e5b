"""The weight gate: what a judged weighing does to the pack session, in the packer's words.

A box that weighs wrong locks like a wrong item ("BOX WEIGHS 1142 g — EXPECTED 810 g ± 24 g —
one Blue mug too many?") and its label cannot close it (`PackSession.weighed`); a re-weigh that
passes, a changed box (undo / re-scan, then weigh again) or a supervisor's override releases it.
With too little to go on the weight is recorded and the box goes, and the words say so.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from packstation.domain.weight_check import Judgement, Verdict, stop_message
from packstation.domain.weights import Unit

__all__ = ["GateDecision", "gate_decision"]


@dataclass(frozen=True, slots=True)
class GateDecision:
    passed: bool  # False: the session locks with WEIGHT_MISMATCH
    words: str


def gate_decision(
    judgement: Judgement, unit: Unit = Unit.G, names: Mapping[str, str] | None = None
) -> GateDecision:
    weighs = f"BOX WEIGHS {judgement.measured.display(unit)}"
    match judgement.verdict:
        case Verdict.STOP:
            return GateDecision(False, stop_message(judgement, unit, names))
        case Verdict.PASS:
            return GateDecision(True, f"{weighs} — as expected")
    if judgement.unknown_skus:
        what = ", ".join((names or {}).get(sku, sku) for sku in judgement.unknown_skus)
        return GateDecision(True, f"{weighs} — not checked: no weight known yet for {what}")
    return GateDecision(True, f"{weighs} — not checked: the expected weight is not sure enough")
