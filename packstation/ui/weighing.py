"""The weight gate at the window: F6 (or scanning PS-CMD:WEIGH) weighs the box again, Shift+F6
(or scanning PS-CMD:SHIP over WRONG WEIGHT) lets a wrong weight go with a supervisor's PIN, and
each weighing's answer (it comes from a worker, not from a scan) goes to the banner and the sound
like a scan's. While a complete box is on the scale the banner says "WEIGHING THE BOX…".

Only installed when the station has a scale (`Station.bench_scale`): without one, the window has
no weighing keys and packing is what it always was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from packstation.domain.events import Outcome
from packstation.services.pack_weighing import WeighingDone
from packstation.services.packing import ScanOutcome, Verdict
from packstation.ui.banner import BannerState, Feedback
from packstation.ui.i18n import translator

if TYPE_CHECKING:
    from packstation.services.station import Station
    from packstation.ui.approvals import Approvals
    from packstation.ui.main_window import MainWindow
    from packstation.ui.packing_controller import PackingController
    from packstation.ui.tasks import TaskSpawner

_tr = translator("Weighing")

# The scans after which a box may have become complete (and its weighing started).
_COMPLETING = (Outcome.COUNTED, Outcome.READY_FOR_LABEL)


class WeighingController(QObject):
    def __init__(
        self,
        window: MainWindow,
        services: Station,
        controller: PackingController,
        approvals: Approvals,
        spawner: TaskSpawner,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.packing = services.packing
        self.controller = controller
        self.approvals = approvals
        self.spawner = spawner
        menu = window.pack_menu
        menu.addSeparator()
        self.weigh_action = window._action(
            menu,
            _tr("&Weigh the box again"),
            "F6",
            None,
            _tr("Put the box on the scale and weigh it again (same as scanning PS-CMD:WEIGH)"),
        )
        self.weigh_action.triggered.connect(self.weigh_again)
        self.override_action = window._action(
            menu,
            _tr("Let a wrong &weight go…"),
            "Shift+F6",
            None,
            _tr("A supervisor ships a box whose weight is wrong (PIN)"),
        )
        self.override_action.triggered.connect(self.ask_override)
        # The lock's buttons beside the progress bar (shown only over WRONG WEIGHT).
        window.pack_view.weigh_again_requested.connect(self.weigh_again)
        window.pack_view.weight_override_requested.connect(self.ask_override)
        self._unsubscribe = services.notifier.on(WeighingDone, self._on_weighed)
        controller.extra_verdicts = self.render
        controller.after_render = self._after_render

    def close(self) -> None:
        self._unsubscribe()

    # -- keys -------------------------------------------------------------------------------------
    def weigh_again(self) -> None:
        if not self.controller.asking:
            self.controller._command(self.packing.weigh)

    def ask_override(self) -> None:
        if not self.controller.asking:
            self.spawner.spawn(self._ask_override(), name="weight override")

    async def _ask_override(self) -> None:
        snapshot = self.packing.current
        words = self.packing.weight_hold_words
        if snapshot is None or words is None:
            self.controller._feedback(
                Feedback(
                    BannerState.WARNING,
                    _tr("No box is stopped by its weight"),
                    _tr("A supervisor lets a box go only after WRONG WEIGHT"),
                )
            )
            return
        with self.controller.question():
            who = await self.approvals.weight_override(self.window, snapshot.fulfillment_id, words)
        if who is None or self.packing.weight_hold_words != words:
            return  # not approved (the lock stays), or the box changed meanwhile
        self.controller.render(self.packing.override_weight(who))

    # -- answers ----------------------------------------------------------------------------------
    def _on_weighed(self, done: WeighingDone) -> None:
        # From the weighing's task, on the GUI thread's loop (qasync): shown like a scan's answer.
        self.controller.render(done.outcome)

    def _after_render(self, outcome: ScanOutcome) -> None:
        # A box that just became complete is on its way to the scale: the banner says so (no
        # sound: nothing is wrong) until the weighing's answer replaces it.
        event = outcome.event
        completed = event is not None and event.result.outcome in _COMPLETING
        if outcome.verdict is Verdict.RECORDED and completed and self.packing.weighing:
            self.window.show_feedback(
                Feedback(
                    BannerState.READY,
                    _tr("WEIGHING THE BOX…"),
                    _tr("Put the box on the scale; scan the carrier label once it is weighed"),
                ),
                sound=False,
            )

    def render(self, outcome: ScanOutcome) -> bool:
        """The weighing verdicts the packing controller does not know; True when shown."""
        v = outcome.verdict
        if v is Verdict.WEIGHING:
            self.controller._feedback(
                Feedback(
                    BannerState.WARNING,
                    _tr("WEIGHING THE BOX…"),
                    _tr("Let it rest on the scale; scan the carrier label once it is weighed"),
                )
            )
        elif v is Verdict.WEIGHT_OVERRIDE:
            self.ask_override()  # PS-CMD:SHIP over WRONG WEIGHT: the supervisor's PIN
        elif v is Verdict.NO_SCALE:
            self.controller._feedback(
                Feedback(BannerState.WARNING, _tr("No scale at this station"), "")
            )
        elif v is Verdict.NOT_COMPLETE:
            self.controller._feedback(
                Feedback(
                    BannerState.WARNING,
                    _tr("Nothing to weigh yet"),
                    _tr("The box is weighed once every unit is in it"),
                )
            )
        else:
            return False
        return True
