"""The packing screen's glue: every scan, key and click goes to the packing service, and its answer
goes to the banner, the sound and the pack view within the same event.

`PackingService.scan()` is synchronous and never touches the network, so a scan is answered in the
handler that received it. Only opening an order talks to Stitch: that runs in a spawned task while
the banner says "Opening O1053…"; scans arriving meanwhile wait and are fed in order once the order
is open. A question on screen (take over a claimed order, a quantity, a status…) refuses scans with
"Finish this question first": the scan capture already kept their keys and Enter off the dialog.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import logging
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QInputDialog, QLineEdit

from packstation.domain.banner_rule import BannerKind, banner_for
from packstation.domain.display import shown
from packstation.domain.events import Outcome
from packstation.domain.scans import CommandName
from packstation.domain.session import Snapshot
from packstation.services.notifications import (
    AlertKind,
    JournalCheckFailed,
    PackAlert,
    QueueChanged,
)
from packstation.services.packing import ScanOutcome, Verdict
from packstation.ui import language
from packstation.ui.approvals import Approvals
from packstation.ui.banner import BannerState, Feedback
from packstation.ui.dialogs import answer_of, no_default_buttons
from packstation.ui.feedback_words import feedback_for
from packstation.ui.i18n import fill as _fill
from packstation.ui.i18n import translator
from packstation.ui.pack_opening import PackOpening
from packstation.ui.pack_questions import PackQuestions

if TYPE_CHECKING:
    from packstation.services.station import Station
    from packstation.ui.main_window import MainWindow
    from packstation.ui.tasks import TaskSpawner

log = logging.getLogger(__name__)

MAX_WAITING_SCANS = 200  # scans kept while an order opens (a slow Stitch, a fast packer)


_tr = translator("PackingController")


class PackingController(QObject, PackQuestions, PackOpening):
    """Scans, keys and clicks of the packing screen; opening and takeover in `PackOpening`, the
    questions about the pack (stop, badge, unknown label, idle) in `PackQuestions`."""

    def __init__(
        self,
        window: MainWindow,
        services: Station,
        spawner: TaskSpawner,
        approvals: Approvals,
        on_box: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        self._on_box = on_box  # a box went to the outbox: the counts in the status line change
        self.window = window
        self.services = services
        self.packing = services.packing
        self.spawner = spawner
        self.approvals = approvals
        self._opening: str | None = None  # the order number being opened
        self._waiting_scans: list[str] = []
        self._asking = 0
        self._header_from_journal = False
        self.extra_verdicts: Callable[[ScanOutcome], object] | None = None
        self.after_render: Callable[[ScanOutcome], object] | None = None
        self._unsubscribe: list[Callable[[], None]] = [
            services.notifier.on(PackAlert, self._on_alert),
            services.notifier.on(QueueChanged, self._on_queue_changed),
            services.notifier.on(JournalCheckFailed, self._on_journal_check_failed),
        ]
        w = window
        w.open_requested.connect(self.open_requested)
        w.acknowledge_requested.connect(self.acknowledge)
        w.undo_requested.connect(self.undo)
        w.quantity_requested.connect(self.ask_quantity)
        w.partial_requested.connect(self.partial)
        w.ship_requested.connect(self.ship)
        w.cancel_requested.connect(self.cancel)
        w.ship_anyway_requested.connect(self.ship_anyway)
        w.take_over_requested.connect(self.take_over)
        w.sign_in_requested.connect(self.ask_sign_in)
        w.pack_view.shipped_at_changed.connect(self._shipped_at_changed)
        w.status_line.set_packer(self.packing.packer or None)
        report = services.journal_check.report
        if report is not None and not report.ok:  # the check ended before this window listened
            self._on_journal_check_failed(JournalCheckFailed(report.summary))
        self._start_idle_timer()

    def close(self) -> None:
        self.idle_timer.stop()
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []

    # -- state -----------------------------------------------------------------------------------
    @property
    def opening(self) -> str | None:
        return self._opening

    @property
    def asking(self) -> bool:
        """A question is on screen: scans wait for its answer."""
        return self._asking > 0

    @contextlib.contextmanager
    def question(self) -> Iterator[None]:
        """Around a dialog that asks the packer something: scans are refused meanwhile."""
        self._asking += 1
        try:
            yield
        finally:
            self._asking -= 1

    # -- scans -----------------------------------------------------------------------------------
    def on_scan(self, raw: str) -> None:
        if self.asking:
            self._feedback(
                Feedback(
                    BannerState.WARNING,
                    _fill(_tr("Not counted: %1"), shown(raw, 40)),
                    _tr("Finish this question first (keyboard or mouse), then scan again"),
                )
            )
            return
        if self._opening is not None:
            if len(self._waiting_scans) < MAX_WAITING_SCANS:
                self._waiting_scans.append(raw)
            return
        if not self.packing.accepting_scans and not self.packing.check_writable():
            self._refused(self.packing.scan(raw).message)
            return
        self.render(self.packing.scan(raw))

    def acknowledge(self) -> None:
        """Esc or the menu: the domain's lock or an order change first, else the banner."""
        snapshot = self.packing.current
        locked = snapshot is not None and snapshot.error is not None
        stopped = snapshot is None and self.packing.stopped_pack is not None
        if self.packing.pending_alert is not None or locked or stopped:
            self.render(self.packing.acknowledge())
        else:
            self.window.banner.acknowledge()

    def undo(self) -> None:
        self._command(self.packing.undo)

    def partial(self) -> None:
        self._command(self.packing.partial)

    def ship(self) -> None:
        self._command(self.packing.ship)

    def set_quantity(self, n: int) -> None:
        self._command(lambda: self.packing.set_quantity(n))

    def sign_in(self, packer: str) -> None:
        self.render(self.packing.sign_in(packer))

    def _command(self, call: Callable[[], ScanOutcome]) -> None:
        if not self.packing.has_open_pack:
            self._feedback(
                Feedback(BannerState.WARNING, _tr("No order open"), _tr("Scan a packing slip"))
            )
            return
        self.render(call())

    # -- answers ---------------------------------------------------------------------------------
    def render(self, outcome: ScanOutcome) -> None:
        v = outcome.verdict
        if v is Verdict.RECORDED:
            self._recorded(outcome)
        elif v is Verdict.OPEN_ORDER:
            assert outcome.fulfillment_id is not None
            self.open_order(outcome.fulfillment_id)
        elif v is Verdict.FINISH_FIRST:
            current = self.packing.current
            order = current.order_number if current else ""
            self._feedback(
                Feedback(
                    BannerState.WARNING,
                    _fill(_tr("Finish or cancel %1 first"), order),
                    _tr("Then scan the other packing slip again (cancel: PS-CMD:CANCEL)"),
                )
            )
        elif v is Verdict.NO_PACK:
            raw = outcome.scan.raw if outcome.scan is not None else ""
            self._feedback(
                Feedback(
                    BannerState.WARNING,
                    _fill(_tr("Not a packing slip of an open order: %1"), shown(raw, 40)),
                    _tr("Scan a packing slip, or pick an order in the queue and press Enter"),
                )
            )
        elif v is Verdict.REFUSED:
            self._refused(outcome.message)
        elif v is Verdict.RECHECK:
            self._feedback(
                Feedback(
                    BannerState.WARNING,
                    outcome.message,
                    _tr("Check the order, then scan PS-CMD:ACK or press Esc"),
                )
            )
        elif v is Verdict.CHANGE_ACKNOWLEDGED:
            self.window.banner.acknowledge()
            self._feedback(Feedback(BannerState.OK, _tr("Change checked: go on packing"), ""))
        elif v is Verdict.SIGN_IN_FIRST:
            self._sign_in_first(mid_pack=outcome.snapshot is not None)
        elif v is Verdict.PUT_BACK_FIRST:
            assert outcome.stopped is not None
            self.put_back_first(outcome.stopped)
        elif v is Verdict.PUT_BACK_DONE:
            self.put_back_done()
        elif v is Verdict.SIGNED_IN:
            language.sign_in(self.packing.packer)  # before the words below: in their language
            self.window.status_line.set_packer(self.packing.packer or None)
            self._feedback(
                Feedback(BannerState.OK, _fill(_tr("Signed in: %1"), self.packing.packer), "")
            )
        elif v is Verdict.LABEL_USED:
            self._feedback(
                Feedback(
                    BannerState.ERROR,
                    _tr("This carrier label is already on another box"),
                    _tr("Press Esc, then scan this box's own carrier label"),
                )
            )
        elif self.extra_verdicts is not None:
            self.extra_verdicts(outcome)  # the weight gate's (ui/weighing.py)
        if outcome.snapshot is not None and v is not Verdict.RECORDED:
            self.window.pack_view.show_snapshot(outcome.snapshot)
        if self.after_render is not None:
            self.after_render(outcome)  # the weight gate's "WEIGHING THE BOX…" (ui/weighing.py)

    def _recorded(self, outcome: ScanOutcome) -> None:
        event, snapshot = outcome.event, outcome.snapshot
        assert event is not None
        assert snapshot is not None
        result = event.result
        if result.outcome is Outcome.ACKNOWLEDGED or (
            banner_for(event) is not BannerKind.ERROR_LOCKED
            and self.window.banner.needs_acknowledgement
        ):
            # The banner shows the latest outcome: a red that did not lock (a label already on
            # another box) is replaced, never kept over the box that just shipped.
            self.window.banner.acknowledge()
        if result.command is CommandName.USER and self.packing.packer:
            language.sign_in(self.packing.packer)  # the banner below speaks the packer's language
        # The banner first: it is what the packer glances at.
        stopped = self.packing.stopped_pack
        if result.outcome is Outcome.STOPPED and stopped is not None:
            self._feedback(self.stopped_feedback(stopped))  # the list stays until ACK
        else:
            self._feedback(feedback_for(event, snapshot))
        if self.is_approval_notice(outcome):
            self.approval_required()
        view = self.window.pack_view
        if result.box is not None:
            box = result.box
            url = html.escape(box.tracking_url, quote=True)
            link = f' · <a href="{url}">{html.escape(box.tracking_url)}</a>' if url else ""
            view.show_last_box(
                _fill(
                    _tr("Last box: %1 box %2 · %3 %4"),
                    html.escape(snapshot.order_number),
                    box.box_number,
                    html.escape(box.carrier_name),
                    html.escape(box.tracking_number),
                )
                + link
            )
            view.reset_shipped_at()
            if self._on_box is not None:
                QTimer.singleShot(0, self._on_box)  # after the banner has painted
        if not self.packing.has_open_pack:
            view.clear()  # shipped or canceled: ready for the next slip at once
        else:
            view.show_snapshot(snapshot)
        if result.command is CommandName.USER:
            self.window.status_line.set_packer(self.packing.packer or None)

    def _sign_in_first(self, *, mid_pack: bool = False) -> None:
        self.window.status_line.set_packer(self.packing.packer or None)
        self._feedback(
            Feedback(
                BannerState.WARNING,
                _tr("SIGN IN FIRST"),
                _tr("Scan your badge (PS-USER) or press Ctrl+L, then scan again: nothing counted")
                if mid_pack
                else _tr("Scan your badge (PS-USER) or press Ctrl+L, then the packing slip again"),
            )
        )

    def _refused(self, message: str) -> None:
        self._feedback(
            Feedback(
                BannerState.ERROR,
                _tr("Scanning stopped: scans can't be saved"),
                message,
            )
        )

    def _feedback(self, feedback: Feedback) -> None:
        self.window.show_feedback(feedback)

    # -- questions by keyboard and mouse -----------------------------------------------------------
    def ask_quantity(self) -> None:
        if not self.packing.has_open_pack:
            self._command(self.packing.undo)  # says "No order open"
            return
        self.spawner.spawn(self._ask_quantity(), name="ask quantity")

    async def _ask_quantity(self) -> None:
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(_tr("Quantity"))
        dialog.setLabelText(_tr("How many of the next item go into the box?"))
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(1, 9999)
        dialog.setIntValue(2)
        no_default_buttons(dialog)
        self.quantity_dialog = dialog
        try:
            with self.question():
                accepted = await answer_of(dialog)
            value = dialog.intValue()
        finally:
            self.quantity_dialog = None
            dialog.deleteLater()
        if accepted:
            self.set_quantity(value)

    quantity_dialog: QInputDialog | None = None

    def ask_sign_in(self) -> None:
        self.spawner.spawn(self._ask_sign_in(), name="ask sign-in")

    async def _ask_sign_in(self) -> None:
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(_tr("Sign in"))
        dialog.setLabelText(_tr("Who packs at this station?"))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(self.packing.packer)
        no_default_buttons(dialog)
        try:
            with self.question():
                accepted = await answer_of(dialog)
            name = dialog.textValue().strip()
        finally:
            dialog.deleteLater()
        if accepted and name:
            self.sign_in(name)

    # -- shipped_at --------------------------------------------------------------------------------
    def _shipped_at_changed(self, when: dt.datetime | None) -> None:
        self.packing.set_shipped_at(when)

    # -- news from the services --------------------------------------------------------------------
    def _on_alert(self, alert: PackAlert) -> None:
        kind = alert.kind
        current = self.packing.current
        if kind in (AlertKind.CANCELED, AlertKind.COMPLETED_ELSEWHERE):
            if current is None:
                self.window.pack_view.clear()
            self.order_gone(alert)
        elif kind is AlertKind.EDITED:
            if current is not None and current.fulfillment_id == alert.fulfillment_id:
                self.window.pack_view.set_header(self._header(alert.fulfillment_id))
            self._feedback(
                Feedback(
                    BannerState.WARNING,
                    alert.message,
                    _tr("Check it, then scan PS-CMD:ACK or press Esc"),
                )
            )
        else:  # HELD / REJECTED: a box of an earlier order needs a supervisor
            self._feedback(
                Feedback(
                    BannerState.WARNING,
                    alert.message,
                    _tr("A supervisor decides in Queue → Outbox… (Ctrl+O)"),
                )
            )

    def _on_journal_check_failed(self, failed: JournalCheckFailed) -> None:
        """Calm words for the packer (packing goes on); what is wrong is in the log for IT."""
        log.error("journal check failed, boxes are not sent: %s", failed.summary)
        self._feedback(
            Feedback(
                BannerState.WARNING,
                _tr("Boxes are not being sent: call IT"),
                _tr("The journal needs a check. Packing goes on; boxes wait on this station."),
            )
        )

    def _on_queue_changed(self, change: QueueChanged) -> None:
        """A resumed pack gets its ship-to and notes once the queue knows the order again."""
        header = self.window.pack_view.header
        if header is None or not self._header_from_journal:
            return
        for f in (*change.added, *change.changed):
            if f.id == header.fulfillment_id:
                self.window.pack_view.set_header(self._header(f.id))
                return

    def current_snapshot(self) -> Snapshot | None:
        return self.packing.current
