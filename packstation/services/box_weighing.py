"""Weighing the complete box: read a stable weight, judge it, and feed the verdict to the session.

`weigh_box` reads the scale in a worker thread (`Scale.read_stable_async`: never on the scan
path), judges the box against what the station knows (`domain/weight_check.judge_box`) and
returns the gate's decision with the `WeighedBox` record to journal
(`weighed_boxes.weighing_event`).
`apply_weighing` hands the decision to the pack session (`PackSession.weighed`), which locks a
box that weighs wrong until a passing re-weigh, a changed box or a supervisor's override.

`weigh_open_box` does both for the packing service's open pack and journals them. The station
weighs through `PackWeighing` (services/pack_weighing.py), which judges with `judge_weighing`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from packstation.devices import Scale
from packstation.domain.events import PackEvent, SessionState
from packstation.domain.session import PackSession
from packstation.domain.weighed_box import WeighedBox
from packstation.domain.weight_check import BoxLine, Verdict, WeightKnowledge, judge_box
from packstation.domain.weight_gate import GateDecision, gate_decision
from packstation.domain.weights import Tolerance, Unit, Weight
from packstation.services.event_records import journal_event
from packstation.services.pack_state import PackState
from packstation.services.weighed_boxes import weighing_event

__all__ = [
    "Weighing",
    "apply_weighing",
    "box_lines",
    "judge_weighing",
    "weigh_box",
    "weigh_open_box",
]


@dataclass(frozen=True, slots=True)
class Weighing:
    decision: GateDecision
    record: WeighedBox


def box_lines(session: PackSession) -> tuple[BoxLine, ...]:
    """The units verified into the box being packed, per SKU."""
    counts: dict[str, int] = {}
    for item in session.put_back():
        counts[item.sku] = counts.get(item.sku, 0) + item.quantity
    return tuple(BoxLine(sku, qty) for sku, qty in counts.items())


async def weigh_box(
    scale: Scale,
    session: PackSession,
    knowledge: WeightKnowledge,
    tolerance: Tolerance,
    now: dt.datetime,
    *,
    unit: Unit = Unit.G,
    names: Mapping[str, str] | None = None,
    box_size: str | None = None,
    seconds: float = 5.0,
) -> Weighing:
    """Raises the scale's `ScaleError` (unstable, empty, unplugged ...): then weigh again."""
    measured = await scale.read_stable_async(seconds)
    return judge_weighing(
        measured, session, knowledge, tolerance, now, unit=unit, names=names, box_size=box_size
    )


def judge_weighing(
    measured: Weight,
    session: PackSession,
    knowledge: WeightKnowledge,
    tolerance: Tolerance,
    now: dt.datetime,
    *,
    unit: Unit = Unit.G,
    names: Mapping[str, str] | None = None,
    box_size: str | None = None,
) -> Weighing:
    """The gate's decision on a stable weight of the session's complete box, and its record."""
    lines = box_lines(session)
    judgement = judge_box(measured, lines, knowledge, tolerance, box_size)
    decision = gate_decision(judgement, unit, names)
    record = WeighedBox(
        lines=lines,
        box_size=box_size,
        measured=measured,
        stable=True,
        weighed_at=now,
        verdict=judgement.verdict,
        # A stopped weighing is kept for history and figures, not learned from.
        shipped=judgement.verdict is not Verdict.STOP,
        fulfillment_id=session.spec.fulfillment_id,
        box_number=session.snapshot().box_number,
    )
    return Weighing(decision, record)


def apply_weighing(session: PackSession, weighing: Weighing, now: dt.datetime) -> PackEvent:
    return session.weighed(weighing.decision.passed, weighing.decision.words, now)


async def weigh_open_box(
    packing: PackState,
    scale: Scale,
    knowledge: WeightKnowledge,
    tolerance: Tolerance,
    *,
    unit: Unit = Unit.G,
    names: Mapping[str, str] | None = None,
    seconds: float = 5.0,
) -> Weighing | None:
    """Weigh the open pack's complete box, journal the weighing and the gate's event.

    None when no box is waiting for its label. Uses the packing service's journal and session
    (a hook for `PackingService`, kept here so packing.py stays small).
    """
    session, session_id = packing._session, packing._session_id
    if session is None or session_id is None:
        return None
    if session.snapshot().state not in (SessionState.AWAITING_TRACKING, SessionState.LOCKED):
        return None
    weighing = await weigh_box(
        scale,
        session,
        knowledge,
        tolerance,
        packing._clock(),
        unit=unit,
        names=names,
        seconds=seconds,
    )
    if packing._session is not session:
        return None  # the pack ended while the scale read
    packing._journal.append_event(
        session_id, weighing_event(weighing.record, packer=packing.packer or None)
    )
    event = apply_weighing(session, weighing, packing._clock())
    packing._journal.append_event(session_id, journal_event(event, packing.packer))
    return weighing
