"""The services' news, shown: the queue model, its marks, Stitch's state, what waits to be sent.

Notifications arrive on the asyncio loop's thread, which under qasync is the GUI thread, so they
update widgets directly. `QueueChanged` is applied as a difference (`QueueModel.apply`): selection
and scroll position survive every background refresh.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from packstation.domain.records import Fulfillment
from packstation.services.claims import other_station_claim
from packstation.services.errors import JournalError
from packstation.services.notifications import (
    ConnectionChanged,
    OutboxChanged,
    QueueChanged,
    ShipmentSent,
    TokenNeeded,
)

if TYPE_CHECKING:
    from packstation.services.station import Station
    from packstation.ui.main_window import MainWindow

log = logging.getLogger(__name__)

CLAIMS_RECHECK_MS = 60_000  # a claim older than the claim window stops being one


class QueueFeed(QObject):
    def __init__(self, window: MainWindow, services: Station) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.model = window.queue.model
        self._claimed: dict[str, str] = {}
        self._waiting: frozenset[str] = frozenset()
        self.model.reset(services.queue.fulfillments)
        self._claims_of(services.queue.fulfillments)
        notifier = services.notifier
        self._unsubscribe: list[Callable[[], None]] = [
            notifier.on(QueueChanged, self._on_queue),
            notifier.on(ConnectionChanged, self._on_connection),
            notifier.on(OutboxChanged, self._on_outbox),
            notifier.on(ShipmentSent, self._on_sent),
            notifier.on(TokenNeeded, self._on_token_needed),
        ]
        self._claims_timer = QTimer(self)
        self._claims_timer.timeout.connect(self._recheck_claims)
        self._claims_timer.start(CLAIMS_RECHECK_MS)
        q = services.queue
        if q.online is not None:
            self._on_connection(ConnectionChanged(q.online, q.last_sync, q.offline_since))
        self.refresh_outbox()
        window.refresh_requested.connect(self.refresh)

    def close(self) -> None:
        self._claims_timer.stop()
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []

    def refresh(self) -> None:
        """F5: ask Stitch now (a full load) and send what waits."""
        self.services.queue.kick(full=True)
        self.services.sender.kick(now=True)
        self.window.show_message(self.window.tr("Refreshing the queue…"), 3000)

    def show_status(self, fulfillment_ids: Iterable[str], status: str) -> None:
        """A status set here shows at once; Stitch's own record replaces it at the next poll."""
        changed = []
        for fid in fulfillment_ids:
            row = self.model.row_of(fid)
            if row is not None:
                changed.append(dataclasses.replace(self.model.fulfillment(row), status=status))
        if changed:
            self.model.apply(added=changed[:0], changed=changed, removed=[])

    # -- notifications ---------------------------------------------------------------------------
    def _on_queue(self, change: QueueChanged) -> None:
        self.model.apply(added=change.added, changed=change.changed, removed=change.removed)
        for fid in change.removed:
            self._claimed.pop(fid, None)
        self._claims_of((*change.added, *change.changed))
        self._push_marks()

    def _on_connection(self, change: ConnectionChanged) -> None:
        self.window.status_line.set_stitch_state(change.online, change.last_sync)
        if change.online:
            self.window.connection_notice.set_online()
        else:
            self.window.connection_notice.set_offline(change.offline_since, change.last_sync)

    def _on_outbox(self, _change: OutboxChanged) -> None:
        self.refresh_outbox()

    def _on_sent(self, _sent: ShipmentSent) -> None:
        self.refresh_outbox()

    def _on_token_needed(self, _: TokenNeeded) -> None:
        self.window.connection_notice.set_token_needed(True)

    def token_replaced(self) -> None:
        self.window.connection_notice.set_token_needed(False)

    # -- outbox and claims -------------------------------------------------------------------------
    def refresh_outbox(self) -> None:
        """Status line ("2 waiting to send since 10:42") and the rows' outbox marks."""
        try:
            boxes, self._waiting = self.services.outbox_marks()
        except JournalError as exc:
            log.error("outbox could not be read: %s", exc)
            return
        # Boxes are what the packer counts; statuses waiting show in the outbox view.
        self.window.status_line.set_waiting_to_send(
            boxes.waiting, boxes.oldest_created_at, boxes.rejected
        )
        self._push_marks()

    def _claims_of(self, fulfillments: Iterable[Fulfillment]) -> None:
        settings = self.services.settings
        now = dt.datetime.now(dt.UTC)
        for f in fulfillments:
            claim = other_station_claim(
                f, claim_format=settings.claim_format, station=settings.station, now=now
            )
            if claim is None:
                self._claimed.pop(f.id, None)
            else:
                self._claimed[f.id] = claim.station

    def _recheck_claims(self) -> None:
        self._claims_of(self.services.queue.fulfillments)
        self._push_marks()

    def _push_marks(self) -> None:
        self.model.set_marks(self._waiting, self._claimed)
