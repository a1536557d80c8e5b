"""The outbox's loop: one asyncio task that sends what is due, sleeps until the next row is due
or something is kicked, survives a failing journal, pauses on a 401 until a new token comes, and
sends status updates (setting a status twice does no harm, so they need no reconciliation).

`OutboxSender` (`services/outbox_sender.py`) adds a box's way to Stitch on top of it; the rule
"never post without looking after a lost answer" lives there, whole.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging

from packstation.api.budget import Priority, priority
from packstation.api.client import StitchClient
from packstation.api.errors import (
    AmbiguousWrite,
    AuthError,
    ConflictError,
    NetworkError,
    ProtocolError,
    RateLimitedError,
    ServerError,
    StitchError,
    ValidationError,
)
from packstation.domain.clock import Clock
from packstation.services.backoff import Backoff
from packstation.services.notifications import (
    Notifier,
    OutboxChanged,
    StatusRefused,
    TokenNeeded,
)
from packstation.services.queue import QueueService
from packstation.store import (
    Journal,
    JournalError,
    JournalUnavailable,
    OutboxEntry,
    OutboxSummary,
    Resolution,
    StatusUpdate,
)
from packstation.store.timestamps import utc_now

__all__ = ["OutboxLoop"]

log = logging.getLogger("packstation.services.outbox_sender")


class OutboxLoop:
    """The loop and the status updates; `OutboxSender` sends the shipments."""

    def __init__(
        self,
        client: StitchClient,
        journal: Journal,
        notifier: Notifier,
        *,
        station: str,
        backoff: Backoff | None = None,
        queue: QueueService | None = None,
        idle_wait_s: float = 60.0,
        clock: Clock = utc_now,
    ) -> None:
        self.client = client
        self._journal = journal
        self._notifier = notifier
        self._station = station
        self._backoff = backoff or Backoff()
        self._queue = queue
        self._idle_wait_s = idle_wait_s
        self._clock = clock
        self._wake = asyncio.Event()
        self._force = False
        self._paused = False
        self._status_next: dt.datetime | None = None
        self._released: set[str] = set()
        self._idle = asyncio.Event()
        # `run()` and a caller of `send_due()` (tests, shutdown) must never post the same row
        # side by side: one pass at a time.
        self._pass = asyncio.Lock()

    # -- control -------------------------------------------------------------------------------

    @property
    def paused(self) -> bool:
        """True after a 401, until `resume_with` gives a client with a new token."""
        return self._paused

    def kick(self, *, now: bool = False) -> None:
        """Something new to send; with `now`, retry waiting rows without their backoff too
        (Stitch is reachable again)."""
        self._force = self._force or now
        self._idle.clear()
        self._wake.set()

    def resume_with(self, client: StitchClient) -> None:
        """Go on with a client holding a new token; nothing queued was dropped."""
        self.client = client
        self._paused = False
        self.kick(now=True)

    def summary(self) -> OutboxSummary:
        """Shipments waiting (and since when) and refused ones, for the status line."""
        return self._journal.outbox.pending_summary()

    async def wait_idle(self) -> None:
        """Until a pass found nothing due (tests, the headless runner, shutdown)."""
        await self._idle.wait()

    def release_held(self, local_id: str, *, by: str, why: str) -> OutboxEntry:
        """The packer re-checked a box held because the order changed: send it after all."""
        entry = self._journal.outbox.resolve_rejected(
            local_id, resolution=Resolution.RETRY, by=by, why=why, station=self._station
        )
        self._released.add(local_id)
        self.kick()
        return entry

    async def _send_shipment(self, entry: OutboxEntry) -> None:
        raise NotImplementedError  # OutboxSender

    # -- the loop ------------------------------------------------------------------------------

    async def run(self) -> None:
        """Send until cancelled."""
        self._recover()
        failures = 0
        while True:
            try:
                handled = 0 if self._paused else await self.send_due(ignore_backoff=self._take())
                failures = 0
            except Exception as exc:
                # The journal failed (or a bug): a row may be stuck in `sending`. Wait, then put
                # such rows back to pending for reconciliation; never let the sender die.
                failures += 1
                if isinstance(exc, JournalUnavailable):
                    log.error("outbox: %s", exc.details)
                else:
                    log.exception("outbox pass failed")
                await asyncio.sleep(self._backoff.delay(failures))
                async with self._pass:
                    with contextlib.suppress(JournalError):
                        self._recover()
                continue
            if handled:
                continue  # more may have become due meanwhile
            self._idle.set()
            self._wake.clear()
            # asyncio.timeout, not wait_for: Python 3.11's wait_for swallows a cancel that
            # arrives just as the event is set (a kick at shutdown), and the loop never ends.
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self._seconds_to_next()):
                    await self._wake.wait()

    def _take(self) -> bool:
        force, self._force = self._force, False
        return force

    def _recover(self) -> None:
        """Rows left `sending` by a crash go back to pending, marked for reconciliation."""
        for entry in self._journal.outbox.recover_interrupted():
            log.warning(
                "box %s of %s was being sent at a crash: reconciling",
                entry.box_number,
                entry.fulfillment_id,
            )
        self._journal.statuses.recover_interrupted()

    def _seconds_to_next(self) -> float:
        now = self._clock()
        candidates = [self._idle_wait_s]
        nxt = self._journal.outbox.next_attempt_at()
        if nxt is not None:
            candidates.append((nxt - now).total_seconds())
        if self._status_next is not None:
            candidates.append((self._status_next - now).total_seconds())
        return max(0.0, min(candidates))

    async def send_due(self, *, ignore_backoff: bool = False) -> int:
        """One pass over what is due; the number of rows handled."""
        async with self._pass:
            return await self._send_due(ignore_backoff)

    async def _send_due(self, ignore_backoff: bool) -> int:
        cutoff = self._clock() + (dt.timedelta(days=3650) if ignore_backoff else dt.timedelta())
        handled = 0
        self._status_next = None
        for update in self._journal.statuses.due(cutoff):
            if self._paused:
                return handled
            await self._send_status(update)
            handled += 1
        for entry in self._journal.outbox.due(cutoff):
            if self._paused:
                return handled
            await self._send_shipment(entry)
            handled += 1
        return handled

    # -- status updates ------------------------------------------------------------------------

    async def _send_status(self, update: StatusUpdate) -> None:
        statuses = self._journal.statuses
        update = statuses.mark_sending(update.local_id)
        try:
            with priority(Priority.CLAIM):
                answer = await self.client.set_status(update.fulfillment_id, update.status)
        except ConflictError as exc:
            log.info("status of %s dropped: %s", update.fulfillment_id, exc.message)
            statuses.mark_rejected(update.local_id, exc.message)
            # Canceled or shipped elsewhere: a pack opened from the queue's copy learns it now.
            self._notifier.emit(StatusRefused(update.fulfillment_id, exc.message))
        except AuthError as exc:
            statuses.mark_failed_retry(update.local_id, "token refused", self._clock())
            self._pause(exc)
        except (ValidationError, StitchError) as exc:
            if isinstance(
                exc, NetworkError | ServerError | RateLimitedError | AmbiguousWrite | ProtocolError
            ):
                if isinstance(exc, NetworkError | ServerError):
                    self._unreachable(exc)
                retry_after = exc.retry_after if isinstance(exc, RateLimitedError) else None
                # Setting a status twice does no harm: no reconciliation needed.
                when = self._clock() + dt.timedelta(
                    seconds=self._backoff.delay(update.attempts, retry_after)
                )
                statuses.mark_failed_retry(update.local_id, str(exc), when)
                if self._status_next is None or when < self._status_next:
                    self._status_next = when
            else:
                log.warning("status of %s refused: %s", update.fulfillment_id, exc)
                statuses.mark_rejected(update.local_id, exc.message)
        else:
            self._answered()
            statuses.mark_sent(update.local_id)
            if self._queue is not None:
                self._queue.put_record(answer)  # no poll or GET needed to see our own claim

    # -- bookkeeping ---------------------------------------------------------------------------

    def _pause(self, exc: AuthError) -> None:
        if not self._paused:
            self._paused = True
            log.warning("sending paused: Stitch refused the access token")
            self._notifier.emit(TokenNeeded(exc.message))

    def _answered(self) -> None:
        if self._queue is not None:
            self._queue.note_answer()

    def _unreachable(self, exc: StitchError) -> None:
        if self._queue is not None:
            self._queue.note_unreachable(exc)

    def _changed(self) -> None:
        try:
            self._notifier.emit(OutboxChanged(self.summary()))
        except JournalError:
            log.exception("outbox summary unavailable")
        if self._queue is not None:
            self._queue.schedule_publish()
