"""Opening an order from the packing screen, and taking over one another station claimed.

The half of `PackingController` that talks to Stitch: the order opens in a spawned task while the
banner says "Opening O1053…"; scans arriving meanwhile wait (the controller keeps them) and are
fed in order once it is open. A claim by another station asks the packer (and, by the station's
rules, a supervisor) before taking the order over.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from packstation.domain.session import SessionSpec
from packstation.services.packing import OpenedPack, OpenRefusal, StoppedPack
from packstation.ui.banner import BannerState, Feedback
from packstation.ui.dialogs import Question, answer_of
from packstation.ui.i18n import fill as _fill
from packstation.ui.i18n import plural, translator
from packstation.ui.i18n import sentence as _sentence
from packstation.ui.pack_view import PackHeader

if TYPE_CHECKING:
    from packstation.services.packing import PackingService
    from packstation.services.station import Station
    from packstation.ui.approvals import Approvals
    from packstation.ui.main_window import MainWindow
    from packstation.ui.tasks import TaskSpawner

_tr = translator("PackingController")


def header_from_spec(spec: SessionSpec) -> PackHeader:
    """A resumed pack before the queue has its order again: what the journal knows."""
    return PackHeader(
        fulfillment_id=spec.fulfillment_id,
        order_number=spec.order_number,
        channel_order_number=spec.channel_order_number,
        shipping_method=spec.service,
        ship_to_name="",
        ship_to_place="",
        notes="",
        barcodes={line.line_id: min(line.barcodes) for line in spec.lines if line.barcodes},
    )


class PackOpening:
    """Mixed into `PackingController`, which sets these fields and answers the scans."""

    window: MainWindow
    services: Station
    packing: PackingService
    spawner: TaskSpawner
    approvals: Approvals
    _opening: str | None
    _waiting_scans: list[str]
    _header_from_journal: bool

    @property
    def asking(self) -> bool:
        raise NotImplementedError

    def question(self) -> contextlib.AbstractContextManager[None]:
        raise NotImplementedError

    def on_scan(self, raw: str) -> None:
        raise NotImplementedError

    def _feedback(self, feedback: Feedback) -> None:
        raise NotImplementedError

    def _sign_in_first(self, *, mid_pack: bool = False) -> None:
        raise NotImplementedError

    def put_back_first(self, stopped: StoppedPack) -> None:
        raise NotImplementedError

    def open_requested(self, fulfillment_id: str) -> None:
        """Enter or double-click on a queue row."""
        if self.asking:
            return
        current = self.packing.current
        if current is not None:
            if current.fulfillment_id != fulfillment_id:
                self._feedback(
                    Feedback(
                        BannerState.WARNING,
                        _fill(_tr("Finish or cancel %1 first"), current.order_number),
                        _tr("Then open the other order"),
                    )
                )
            return
        self.open_order(fulfillment_id)

    def open_order(self, fulfillment_id: str, *, takeover: bool = False) -> None:
        if self._opening is not None:
            return
        known = self.services.queue.get(fulfillment_id)
        order = known.order_number if known is not None else fulfillment_id
        self._opening = order
        self.window.banner.acknowledge()
        self._feedback(Feedback(BannerState.READY, _fill(_tr("Opening %1…"), order)))
        self.spawner.spawn(self._open(fulfillment_id, takeover), name="open order")

    async def _open(self, fulfillment_id: str, takeover: bool) -> None:
        try:
            opened = await self.packing.open(fulfillment_id, takeover=takeover)
        except BaseException:
            self._opening = None
            self._waiting_scans.clear()
            raise
        self._opening = None
        waiting, self._waiting_scans = self._waiting_scans, []
        if opened.opened:
            self.show_opened(opened)
            for raw in waiting:
                self.on_scan(raw)
            return
        if opened.refusal is OpenRefusal.SIGN_IN:
            self._sign_in_first()
            return
        stopped = self.packing.stopped_pack
        if opened.refusal is OpenRefusal.PUT_BACK and stopped is not None:
            self.put_back_first(stopped)
            return
        if opened.refusal is OpenRefusal.CLAIMED:
            await self._ask_takeover(fulfillment_id, opened)
            return
        lost = (
            " "
            + plural(
                "PackingController",
                "%n scans were not counted.",
                len(waiting),
                one="%n scan was not counted.",
            )
            if waiting
            else ""
        )
        soft = opened.refusal in (OpenRefusal.BUSY, OpenRefusal.NOTHING_LEFT)
        self._feedback(
            Feedback(
                BannerState.WARNING if soft else BannerState.ERROR,
                opened.message,
                (_tr("Scan a packing slip") if soft else _tr("Press Esc, then scan a packing slip"))
                + lost,
            )
        )

    def show_opened(self, opened: OpenedPack) -> None:
        snapshot = opened.snapshot
        assert snapshot is not None
        header = self._header(snapshot.fulfillment_id)
        self.window.pack_view.open_order(header, snapshot)
        self.window.status_line.set_packer(self.packing.packer or None)
        if opened.resumed:
            words = _fill(_tr("Resumed order %1 where you left off"), snapshot.order_number)
            self._feedback(Feedback(BannerState.OK, words, _sentence(snapshot.next_action)))
        elif opened.offline:
            self._feedback(
                Feedback(
                    BannerState.WARNING,
                    _fill(_tr("Order %1 open from the saved copy"), snapshot.order_number),
                    opened.message,
                )
            )
        else:
            self._feedback(
                Feedback(
                    BannerState.OK,
                    _fill(_tr("Order %1 open"), snapshot.order_number),
                    _sentence(snapshot.next_action),
                )
            )

    def _header(self, fulfillment_id: str) -> PackHeader:
        f = self.packing.fulfillment or self.services.queue.get(fulfillment_id)
        if f is None or f.id != fulfillment_id:
            spec = self.packing.spec
            assert spec is not None
            self._header_from_journal = True
            return header_from_spec(spec)
        self._header_from_journal = False
        return PackHeader.from_records(f, self.services.queue.cached_lines(fulfillment_id) or ())

    async def _ask_takeover(self, fulfillment_id: str, opened: OpenedPack) -> None:
        order = opened.fulfillment.order_number if opened.fulfillment else fulfillment_id
        self._feedback(
            Feedback(
                BannerState.WARNING,
                _fill(_tr("%1 is being packed at another station"), order),
                _tr("Answer the question on screen with the keyboard or the mouse"),
            )
        )
        box = Question(
            self.window,
            _tr("Take over this order?"),
            opened.message,
            _tr("Take it over"),
            _tr("Leave it"),
            _fill(_tr("Its status in Stitch: %1"), opened.claimed_by or ""),
        )
        self.takeover_question = box
        try:
            with self.question():
                await answer_of(box)
            yes = box.said_yes()
        finally:
            self.takeover_question = None
            box.deleteLater()
        if yes and await self.approvals.takeover(
            self.window, fulfillment_id, opened.claimed_by or ""
        ):
            self.open_order(fulfillment_id, takeover=True)
            return
        self.window.banner.acknowledge()
        self._feedback(
            Feedback(BannerState.READY, _fill(_tr("Left %1 to the other station"), order))
        )

    takeover_question: Question | None = None


__all__ = ["PackOpening", "header_from_spec"]
