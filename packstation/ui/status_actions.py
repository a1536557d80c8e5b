"""Set status (F2) on the orders selected in the queue: a preset or free text, through the
station's status outbox (journaled first, sent by the outbox sender; Stitch unreachable loses
nothing). The queue shows the new status at once."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from packstation.services.errors import JournalError
from packstation.ui.dialogs import answer_of
from packstation.ui.i18n import plural, translator
from packstation.ui.status_dialog import SetStatusDialog

if TYPE_CHECKING:
    from packstation.services.station import Station
    from packstation.ui.approvals import Approvals
    from packstation.ui.main_window import MainWindow
    from packstation.ui.packing_controller import PackingController
    from packstation.ui.queue_feed import QueueFeed
    from packstation.ui.tasks import TaskSpawner

log = logging.getLogger(__name__)


_tr = translator("StatusActions")


class StatusActions(QObject):
    def __init__(
        self,
        window: MainWindow,
        services: Station,
        packing: PackingController,
        feed: QueueFeed,
        approvals: Approvals,
        spawner: TaskSpawner,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.packing = packing
        self.feed = feed
        self.approvals = approvals
        self.spawner = spawner
        self.dialog: SetStatusDialog | None = None
        window.set_status_requested.connect(self.request)

    def request(self, fulfillment_ids: list[str]) -> None:
        ids = list(fulfillment_ids)
        if not ids:
            current = self.packing.current_snapshot()
            if current is None:
                self.window.show_message(_tr("Select one or more orders in the queue first"))
                return
            ids = [current.fulfillment_id]
        if self.packing.asking:
            return
        self.spawner.spawn(self.ask(ids), name="set status")

    async def ask(self, fulfillment_ids: Sequence[str]) -> bool:
        queue = self.services.queue
        known = [queue.get(fid) for fid in fulfillment_ids]
        orders = [
            f.order_number if f else fid for f, fid in zip(known, fulfillment_ids, strict=True)
        ]
        first = known[0]
        current = first.status if first is not None and len(known) == 1 else ""
        presets = self.services.settings.status_presets
        dialog = SetStatusDialog(presets, orders, current, self.window)
        self.dialog = dialog
        try:
            with self.packing.question():
                accepted = await answer_of(dialog)
            status = dialog.status()
        finally:
            self.dialog = None
            dialog.deleteLater()
        if not accepted:
            return False
        if len(fulfillment_ids) > 1 and not await self.approvals.bulk_status(
            self.window, fulfillment_ids, status
        ):
            return False
        return self.set_status(fulfillment_ids, status)

    def set_status(self, fulfillment_ids: Sequence[str], status: str) -> bool:
        try:
            self.services.set_status(fulfillment_ids, status)
        except JournalError as exc:
            log.error("status not saved: %s", exc)
            self.window.show_message(
                _tr("The status could not be saved: %1").replace("%1", str(exc))
            )
            return False
        self.feed.show_status(fulfillment_ids, status)
        self.feed.refresh_outbox()
        if len(fulfillment_ids) == 1:
            words = _tr("Status set: %1").replace("%1", status or _tr("(cleared)"))
        else:
            words = plural(
                "StatusActions",
                "Status of %n orders set: %2",
                len(fulfillment_ids),
                one="Status of %n order set: %2",
            ).replace("%2", status or _tr("(cleared)"))
        self.window.show_message(words)
        return True
