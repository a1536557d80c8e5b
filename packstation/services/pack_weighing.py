"""The weight gate at the packing service: a complete box is weighed before its label ships it.

With a scale configured (`bench_scale`, set by the Station), a box that becomes complete starts a
weighing in the background (the scale is read in a worker: never on the scan path). Until the box
has a settled weight (passed, let go unjudged, or let go by a supervisor) nothing that could close
it gets through: a carrier label, an unknown label or PS-CMD:SHIP answers `WEIGHING` (and starts a
weighing if none runs, e.g. after a restart). A box that weighs wrong locks the pack session
(WEIGHT_MISMATCH) until a passing re-weigh (`weigh_again`: PS-CMD:WEIGH, F6), a changed box, or a
supervisor's `override_weight` (PIN checked by the window; journaled with who and audited).
A scale that finds no stable weight locks the same way, saying why. No scale: nothing changes.

Each weighing is journaled (`box_weighed`, with the weight) before the gate's event; the answer
reaches the window as a `WeighingDone` notification.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from packstation.devices import ScaleError
from packstation.domain.events import Outcome, PackEvent, SessionState
from packstation.domain.scans import (
    CommandName,
    CommandScan,
    ProductScan,
    Scan,
    TextScan,
    TrackingScan,
)
from packstation.domain.session import PackSession
from packstation.services.bench_scale import BenchScale, scale_problem
from packstation.services.box_weighing import judge_weighing
from packstation.services.event_records import journal_event
from packstation.services.pack_state import PackState, ScanOutcome, Verdict
from packstation.services.weighed_boxes import weighing_event
from packstation.store import JournalUnavailable

__all__ = ["PackWeighing", "WeighingDone"]

log = logging.getLogger(__name__)

# Events after which the box is another box: its weighing starts over.
_BOX_CHANGES = (Outcome.COUNTED, Outcome.UNDONE)
_SETTLING = (*_BOX_CHANGES, Outcome.WEIGHED)


@dataclass(frozen=True, slots=True)
class WeighingDone:
    """A weighing ended: `outcome` is what the window shows (RECORDED: the gate's event)."""

    outcome: ScanOutcome


class PackWeighing(PackState):
    bench_scale: BenchScale | None = None
    _weighing: asyncio.Task[None] | None = None

    # -- asked by the packer -------------------------------------------------------------------
    @property
    def weighing(self) -> bool:
        """A weighing is running (the window may say so)."""
        return self._weighing is not None and not self._weighing.done()

    @property
    def weight_hold_words(self) -> str | None:
        """What stopped the open box ("BOX WEIGHS ..."), None when its weight stops nothing."""
        hold = None if self._session is None else self._session.weight_hold
        return None if hold is None else hold.detail or ""

    def weigh_again(self) -> ScanOutcome:
        """PS-CMD:WEIGH or F6: weigh the complete box again."""
        session = self._session
        if session is None:
            return ScanOutcome(Verdict.NO_PACK, "No order open")
        if self.bench_scale is None:
            return ScanOutcome(Verdict.NO_SCALE, "No scale is set up at this station")
        if session.phase is not SessionState.AWAITING_TRACKING:
            return ScanOutcome(
                Verdict.NOT_COMPLETE,
                "The box is weighed once it is complete",
                snapshot=self.current,
            )
        self._start_weighing(session)
        return ScanOutcome(Verdict.WEIGHING, "Weighing the box", snapshot=self.current)

    def override_weight(self, supervisor: str) -> ScanOutcome:
        """A supervisor lets a box that weighs wrong go (the window checked the PIN)."""
        session, session_id = self._session, self._session_id
        if session is None or session_id is None:
            return ScanOutcome(Verdict.NO_PACK, "No order open")
        hold = session.weight_hold
        if hold is None:
            return ScanOutcome(
                Verdict.NOT_COMPLETE, "No box is stopped by its weight", snapshot=self.current
            )
        words = hold.detail or ""
        event = session.weighed(False, words, self._clock(), approved_by=supervisor)
        outcome = self._journal_gate(session, event)
        if outcome.verdict is Verdict.RECORDED:
            try:
                self._journal.audit(
                    station=self._settings.station,
                    who=supervisor,
                    what="let a box go over its weight",
                    why=words,
                    details={"packer": self.packer, "box": session.snapshot().box_number},
                    fulfillment_id=session.spec.fulfillment_id,
                    session_id=session_id,
                )
            except JournalUnavailable as exc:  # the override itself is journaled with `by`
                log.error("override not audited: %s", exc)
        return outcome

    # -- called by the scan path (synchronous, fast) -------------------------------------------
    def _weight_gate(self, scan: Scan, session: PackSession) -> ScanOutcome | None:
        """WEIGHING for a scan that could close a box that has no settled weight yet."""
        if isinstance(scan, CommandScan) and scan.name is CommandName.WEIGH:
            return self.weigh_again()
        hold = session.weight_hold
        if hold is not None and isinstance(scan, CommandScan) and scan.name is CommandName.SHIP:
            # Like PS-CMD:SHIP over an unknown label: the window asks a supervisor's PIN, and
            # `override_weight` ships it over; nothing is journaled until then.
            return ScanOutcome(
                Verdict.WEIGHT_OVERRIDE, hold.detail or "", scan, snapshot=self.current
            )
        if self.bench_scale is None or session.phase is not SessionState.AWAITING_TRACKING:
            return None
        closing = (
            isinstance(scan, TrackingScan | TextScan)
            or (isinstance(scan, ProductScan) and bool(scan.tracking))
            or (isinstance(scan, CommandScan) and scan.name is CommandName.SHIP)
        )
        if not closing or session.weight_hold is not None or _weight_settled(session):
            return None  # a hold is the session's to answer: it refuses the label itself
        if not self.weighing:
            self._start_weighing(session)
        return ScanOutcome(
            Verdict.WEIGHING,
            "Weighing the box: let it rest on the scale, then scan the label",
            scan,
            snapshot=self.current,
        )

    def _box_complete(self, session: PackSession, event: PackEvent) -> None:
        """After a committed event: a box that just became complete is weighed."""
        if (
            self.bench_scale is not None
            and event.after.state is SessionState.AWAITING_TRACKING
            and event.result.outcome in (Outcome.COUNTED, Outcome.READY_FOR_LABEL)
        ):
            self._start_weighing(session)

    # -- the weighing (background) -------------------------------------------------------------
    def _start_weighing(self, session: PackSession) -> None:
        if self.weighing:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop (a synchronous caller): the label scan starts it later
        task = loop.create_task(self._weigh(session), name="weigh the box")
        self._weighing = task
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _weigh(self, session: PackSession) -> None:
        bench = self.bench_scale
        assert bench is not None
        start = len(session.events)
        try:
            measured = await bench.read()
        except Exception as exc:
            # A driver's surprise (not a ScaleError) is said like a fault, never left as a
            # banner that says "weighing" for ever: the packer can weigh again or call someone.
            problem = exc if isinstance(exc, ScaleError) else ScaleError(str(exc))
            if isinstance(exc, ScaleError):
                log.warning("weighing the box found no weight: %s", exc)
            else:
                log.exception("weighing the box failed")
            if self._still_the_box(session, start):
                words = f"NO STABLE WEIGHT — {scale_problem(problem)}"
                self._done(
                    self._journal_gate(session, session.weighed(False, words, self._clock()))
                )
            return
        if not self._still_the_box(session, start):
            return  # the box changed while the scale read: it is weighed again when complete
        names = {line.sku: line.name for line in session.spec.lines}
        weighing = judge_weighing(
            measured,
            session,
            bench.knowledge,
            bench.tolerance,
            self._clock(),
            unit=bench.unit,
            names=names,
        )
        assert self._session_id is not None
        try:
            self._journal.append_event(
                self._session_id, weighing_event(weighing.record, packer=self.packer or None)
            )
        except JournalUnavailable as exc:
            self._journal_failed(exc)
            self._done(ScanOutcome(Verdict.REFUSED, str(exc), snapshot=self.current))
            return
        bench.weighed()
        decision = weighing.decision
        self._done(
            self._journal_gate(
                session, session.weighed(decision.passed, decision.words, self._clock())
            )
        )

    def _still_the_box(self, session: PackSession, start: int) -> bool:
        return (
            self._session is session
            and session.phase is SessionState.AWAITING_TRACKING
            # A changed box is weighed again when complete; a weight settled meanwhile (a
            # supervisor let it go) is not undone by a late reading.
            and not any(
                e.result.outcome in _SETTLING or e.result.box is not None
                for e in session.events[start:]
            )
        )

    def _journal_gate(self, session: PackSession, event: PackEvent) -> ScanOutcome:
        assert self._session_id is not None
        try:
            self._journal.append_event(self._session_id, journal_event(event, self.packer))
        except JournalUnavailable as exc:
            self._session = PackSession.replay(
                session.spec, session.events[:-1], catalog=self._queue.product_for
            )
            self._journal_failed(exc)
            return ScanOutcome(Verdict.REFUSED, str(exc), snapshot=self.current)
        return ScanOutcome(Verdict.RECORDED, "", None, event, session.snapshot())

    def _done(self, outcome: ScanOutcome) -> None:
        self._notifier.emit(WeighingDone(outcome))


def _weight_settled(session: PackSession) -> bool:
    """The box being packed has a weight that lets it go (since it last changed)."""
    for event in reversed(session.events):
        outcome = event.result.outcome
        if outcome is Outcome.WEIGHED:
            return True
        if outcome in _BOX_CHANGES or event.result.box is not None:
            return False
    return False
