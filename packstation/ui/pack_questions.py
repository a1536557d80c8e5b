"""The packing screen's questions about the pack itself: stop packing, another packer's badge, a
label the station does not know, a stopped pack's units still out, and the idle sign-out.

The half of `PackingController` that asks before it acts. Every answer here is also reachable by
scanning: PS-CMD:CANCEL twice stops a started box, the same badge twice takes the pack over,
PS-CMD:SHIP ships over a label lock, PS-CMD:ACK says a stopped pack's units are back. The buttons
and the confirm dialog are for the keyboard and the mouse.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from packstation.domain.events import Notice, Outcome, PutBack
from packstation.services.notifications import AlertKind, PackAlert
from packstation.services.packing import ScanOutcome, StoppedPack, Verdict
from packstation.ui.banner import BannerState, Feedback
from packstation.ui.dialogs import Question, answer_of
from packstation.ui.i18n import fill as _fill
from packstation.ui.i18n import plural, translator

if TYPE_CHECKING:
    from packstation.services.packing import PackingService
    from packstation.ui.approvals import Approvals
    from packstation.ui.main_window import MainWindow
    from packstation.ui.tasks import TaskSpawner

_tr = translator("PackingController")

IDLE_CHECK_MS = 30_000  # how often the idle sign-out is looked at (its setting is in minutes)


def put_back_words(put_back: tuple[PutBack, ...]) -> str:
    """ "2 × Blue mug; 1 × Earl Grey tea": every unit to take out of the box, by name."""
    return "; ".join(_fill(_tr("%1 × %2"), p.quantity, p.name) for p in put_back)


def _ack_words() -> str:
    return _tr("When they are back on the shelf, scan PS-CMD:ACK or press Esc")


class PackQuestions:
    """Mixed into `PackingController`, which sets these fields and renders the outcomes."""

    window: MainWindow
    packing: PackingService
    spawner: TaskSpawner
    approvals: Approvals
    stop_question: Question | None = None
    idle_timer: QTimer

    def render(self, outcome: ScanOutcome) -> None:
        raise NotImplementedError

    def question(self) -> contextlib.AbstractContextManager[None]:
        raise NotImplementedError

    def _feedback(self, feedback: Feedback) -> None:
        raise NotImplementedError

    def _start_idle_timer(self) -> None:
        self.idle_timer = QTimer(self.window)
        self.idle_timer.setInterval(IDLE_CHECK_MS)
        self.idle_timer.timeout.connect(self.check_idle)
        self.idle_timer.start()

    # -- stop packing ------------------------------------------------------------------------------
    def cancel(self) -> None:
        """Stop packing by the menu, Ctrl+Shift+X or the button: a started box asks first."""
        snapshot = self.packing.current
        if snapshot is None:
            self._feedback(
                Feedback(BannerState.WARNING, _tr("No order open"), _tr("Scan a packing slip"))
            )
            return
        put_back = tuple(
            PutBack(v.line_id, v.sku, v.name, v.verified) for v in snapshot.lines if v.verified
        )
        if not put_back:
            self.render(self.packing.cancel())
            return
        self.spawner.spawn(self._confirm_stop(put_back), name="confirm stop")

    async def _confirm_stop(self, put_back: tuple[PutBack, ...]) -> None:
        snapshot = self.packing.current
        order = snapshot.order_number if snapshot is not None else ""
        units = sum(p.quantity for p in put_back)
        box = Question(
            self.window,
            _tr("Stop packing"),
            _fill(_tr("Stop packing %1? The order itself is not canceled."), order),
            _tr("Stop packing"),
            _tr("Go on packing"),
            _fill(
                plural(
                    "PackingController",
                    "Put these %n units back: %1",
                    units,
                    one="Put this unit back: %1",
                ),
                put_back_words(put_back),
            ),
        )
        self.stop_question = box
        try:
            with self.question():
                await answer_of(box)
            yes = box.said_yes()
        finally:
            self.stop_question = None
            box.deleteLater()
        if not yes or not self.packing.has_open_pack:
            return  # nothing was armed: the pack goes on as it was
        outcome = self.packing.cancel()
        event = outcome.event
        if event is not None and event.result.outcome is Outcome.STOP_ARMED:
            outcome = self.packing.cancel()  # the yes is the second PS-CMD:CANCEL (journaled)
        self.render(outcome)

    def stopped_feedback(self, stopped: StoppedPack) -> Feedback:
        """The stopped pack's banner: the order and every unit to put back, until acknowledged."""
        return Feedback(
            BannerState.WARNING,
            _fill(_tr("PACKING STOPPED: %1"), stopped.order_number),
            _fill(_tr("Put these back: %1"), put_back_words(stopped.put_back))
            + "  ·  "
            + _ack_words(),
            hold=True,
        )

    def put_back_first(self, stopped: StoppedPack) -> None:
        """A slip (or anything) scanned while a stopped pack's units are still out."""
        words = put_back_words(stopped.put_back) or _tr("nothing was in the box")
        self._feedback(
            Feedback(
                BannerState.ERROR,
                _fill(_tr("PUT BACK FIRST: %1"), stopped.order_number),
                _fill(_tr("Put these back: %1"), words) + "  ·  " + _ack_words(),
                hold=True,
            )
        )

    def put_back_done(self) -> None:
        self.window.banner.acknowledge()
        self._feedback(Feedback(BannerState.READY, _tr("Units put back: scan a packing slip"), ""))

    def order_gone(self, alert: PackAlert) -> None:
        """Stitch canceled the order (or shipped it elsewhere) while this station packed it."""
        canceled = alert.kind is AlertKind.CANCELED
        verdict = _tr("ORDER CANCELED: %1") if canceled else _tr("SHIPPED ELSEWHERE: %1")
        stopped = self.packing.stopped_pack
        if stopped is not None and stopped.fulfillment_id == alert.fulfillment_id:
            # The pack stopped before its box closed: nothing ships; everything goes back.
            why = (
                _tr("Canceled in Stitch: do not ship it")
                if canceled
                else _tr("Shipped by someone else: do not ship it")
            )
            words = put_back_words(stopped.put_back)
            detail = why + (("  ·  " + _fill(_tr("Put these back: %1"), words)) if words else "")
            self._feedback(
                Feedback(
                    BannerState.ERROR_LOCKED,
                    _fill(verdict, stopped.order_number),
                    detail + "  ·  " + _ack_words(),
                    hold=True,
                )
            )
            return
        # A box already closed: Stitch refused it; the words say which box and what to do.
        self._feedback(
            Feedback(
                BannerState.ERROR,
                _fill(verdict, alert.order_number),
                alert.message + "  ·  " + _tr("Press Esc when the box is with your supervisor"),
            )
        )

    # -- another packer's badge --------------------------------------------------------------------
    def take_over(self) -> None:
        """The Take over button: the badge a scan asked about packs on (journaled)."""
        self.render(self.packing.take_over())

    # -- a label the station does not know ---------------------------------------------------------
    def ship_anyway(self) -> None:
        """The lock's "Ship this label anyway" button: the same as scanning PS-CMD:SHIP."""
        if self.packing.has_open_pack:
            self.render(self.packing.ship())

    def approval_required(self) -> None:
        """PS-CMD:SHIP over an unknown label where the setting asks a supervisor's PIN."""
        snapshot = self.packing.current
        if snapshot is None or snapshot.error is None:
            return
        self.spawner.spawn(
            self._approve_label(snapshot.fulfillment_id, snapshot.error.raw), name="approve label"
        )

    async def _approve_label(self, fulfillment_id: str, code: str) -> None:
        with self.question():
            who = await self.approvals.unknown_label(self.window, fulfillment_id, code)
        snapshot = self.packing.current
        offer = snapshot.override if snapshot is not None else None
        if who is None or offer is None or snapshot is None:
            return  # not approved (the lock stays), or the pack moved on meanwhile
        if snapshot.fulfillment_id != fulfillment_id or offer.tracking_number != code.strip():
            return
        self.render(self.packing.ship(approved_by=who))

    # -- idle sign-out -----------------------------------------------------------------------------
    def check_idle(self, now: dt.datetime | None = None) -> None:
        """Signs the packer out after the idle setting without a scan (the timer calls it)."""
        packer = self.packing.packer
        if not self.packing.sign_out_if_idle(now):
            return
        self.window.status_line.set_packer(None)
        minutes = self.packing.idle_minutes
        self._feedback(
            Feedback(
                BannerState.WARNING,
                _fill(_tr("SIGNED OUT: %1"), packer),
                plural(
                    "PackingController",
                    "No scan for %n minutes: scan your badge (PS-USER) to go on",
                    minutes,
                    one="No scan for %n minute: scan your badge (PS-USER) to go on",
                ),
            )
        )

    def is_approval_notice(self, outcome: ScanOutcome) -> bool:
        event = outcome.event
        return (
            outcome.verdict is Verdict.RECORDED
            and event is not None
            and event.result.notice is Notice.APPROVAL_REQUIRED
        )


__all__ = ["IDLE_CHECK_MS", "PackQuestions", "put_back_words"]
