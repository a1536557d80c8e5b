"""The outbox sender: posts closed boxes and status updates to Stitch, exactly once.

One sender per station: a single asyncio task, and the journal's process lock (`<journal>.lock`,
held by whichever process has the journal open) keeps a second process off the same outbox.

A shipment goes `pending → sending → sent`, or `rejected` (Stitch refuses it for good; kept with
Stitch's message for a supervisor), or back to `pending` with a backoff (network down, 5xx, 429
honouring `Retry-After`, a lost answer). The API has no idempotency, so a row that may have reached
Stitch (`maybe_sent`: a lost answer, a crash while sending) is never posted blindly: the
fulfillment's shipments are listed first and a shipment with the same tracking number and the same
line quantities means it is there. Right before a post the fulfillment is read — or, when the
queue's last poll is fresh, its record there is used instead of a GET (the post's own 409/422 says
what changed since): canceled or completed elsewhere stops the box; an edited address, notes or
shipping method holds it for the packer (rejected with the reason; `release_held` sends it after
all). The record a status PUT answers goes straight into the queue's cache.

A 401 pauses everything and asks for a new token; nothing is dropped. Status updates share the
machinery; the journal keeps only the newest per fulfillment, and a 409 (the order is no longer
open) drops one (a pack open on that order is checked at once: `StatusRefused`).

One piece (over 450 lines) on purpose: posting, reconciliation and holding are one state machine
per box; split, the rule "never post without looking after a lost answer" would span modules.
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
from packstation.domain.records import Fulfillment, FulfillmentState, Shipment
from packstation.services.backoff import Backoff
from packstation.services.notifications import (
    AlertKind,
    Notifier,
    OutboxChanged,
    PackAlert,
    SendingShipment,
    ShipmentSent,
    StatusRefused,
    TokenNeeded,
)
from packstation.services.queue import QueueService
from packstation.services.shipment_payload import changed_fields
from packstation.store import (
    Journal,
    JournalError,
    JournalUnavailable,
    OutboxEntry,
    OutboxSummary,
    Resolution,
    ShipmentState,
    StatusUpdate,
)
from packstation.store.timestamps import utc_now

log = logging.getLogger(__name__)


_HELD_PREFIX = "Held: "


class OutboxSender:
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

    # -- shipments -----------------------------------------------------------------------------

    async def _send_shipment(self, entry: OutboxEntry) -> None:
        outbox = self._journal.outbox
        entry = outbox.mark_sending(entry.local_id)
        self._notifier.emit(SendingShipment(entry.local_id, entry.fulfillment_id))
        try:
            with priority(Priority.SHIPMENT):
                await self._deliver(entry)
        except AuthError as exc:
            outbox.mark_failed_retry(
                entry.local_id,
                "Stitch refused the access token",
                self._clock(),
                maybe_sent=entry.maybe_sent,
            )
            self._pause(exc)
        except RateLimitedError as exc:
            self._retry(entry, f"throttled: {exc.message}", entry.maybe_sent, exc.retry_after)
        except (NetworkError, ServerError) as exc:
            # Raised before the post, or by a post that provably never left (NetworkError).
            self._unreachable(exc)
            self._retry(entry, str(exc), entry.maybe_sent)
        except StitchError as exc:  # a read refused (403, 404 ...): nothing was posted
            self._reject(entry, AlertKind.REJECTED, f"Stitch refused it: {exc.message}")
        self._changed()

    async def _deliver(self, entry: OutboxEntry) -> None:
        fid = entry.fulfillment_id
        fulfillment = self._fresh_record(entry)
        if fulfillment is None:
            fulfillment = await self.client.get_fulfillment(fid)
            self._answered()
        if entry.maybe_sent or fulfillment.state is not FulfillmentState.OPEN:
            found = await self._find_in_stitch(entry)
            if found is not None:
                self._sent(entry, found.id, reconciled=True)
                return
        if fulfillment.state is FulfillmentState.CANCELED:
            self._reject(entry, AlertKind.CANCELED, _canceled_words(entry))
            return
        if fulfillment.state is FulfillmentState.COMPLETE:
            self._reject(entry, AlertKind.COMPLETED_ELSEWHERE, _complete_words(entry))
            return
        changed = changed_fields(entry.shipment.expect, fulfillment)
        if changed and not self._was_released(entry):
            self._hold(entry, fulfillment, changed)
            return
        try:
            shipment = await self.client.create_shipment(entry.shipment.new_shipment())
        except (AmbiguousWrite, ProtocolError) as exc:
            # It may be in Stitch: look before anything else, never post it blindly again.
            log.info("box %s of %s: answer lost (%s); reconciling", entry.box_number, fid, exc)
            await self._reconcile_after_lost_answer(entry)
            return
        except ConflictError as exc:
            await self._after_conflict(entry, exc)
            return
        except ServerError as exc:
            # Stitch answered 5xx to the post: it validates before writing, but stay on the
            # safe side and reconcile before the next attempt.
            self._retry(entry, str(exc), maybe_sent=True)
            return
        except (NetworkError, RateLimitedError, AuthError):
            raise
        except StitchError as exc:
            self._reject(entry, AlertKind.REJECTED, _refusal_words(exc))
            return
        self._answered()
        self._sent(entry, shipment.id, reconciled=False)

    def _fresh_record(self, entry: OutboxEntry) -> Fulfillment | None:
        """The queue's record of the box's order when its last poll is fresh, else None (read it).
        Never for a box that may already be in Stitch: reconciliation reads as it always did."""
        queue = self._queue
        if queue is None or entry.maybe_sent or not queue.is_fresh():
            return None
        record = queue.get(entry.fulfillment_id)
        if record is None or record.state is not FulfillmentState.OPEN:
            return None
        return record

    async def _find_in_stitch(self, entry: OutboxEntry) -> Shipment | None:
        shipments = await self.client.list_shipments(entry.fulfillment_id)
        self._answered()
        taken = {
            other.remote_id
            for other in self._journal.outbox.for_fulfillment(entry.fulfillment_id)
            if other.local_id != entry.local_id and other.remote_id is not None
        }
        for shipment in shipments:
            if shipment.id not in taken and entry.shipment.is_posted_as(shipment):
                return shipment
        return None

    async def _reconcile_after_lost_answer(self, entry: OutboxEntry) -> None:
        try:
            found = await self._find_in_stitch(entry)
        except StitchError as exc:
            if isinstance(exc, NetworkError | ServerError):
                self._unreachable(exc)
            if isinstance(exc, AuthError):
                self._journal.outbox.mark_failed_retry(
                    entry.local_id, "answer lost, then the token was refused", self._clock()
                )
                self._pause(exc)
                return
            retry_after = exc.retry_after if isinstance(exc, RateLimitedError) else None
            self._retry(entry, f"answer lost; could not check: {exc}", True, retry_after)
            return
        if found is not None:
            self._sent(entry, found.id, reconciled=True)
        else:
            # Not there: it may be sent again, after yet another look (maybe_sent stays set).
            self._retry(entry, "answer lost; not in Stitch", maybe_sent=True)

    async def _after_conflict(self, entry: OutboxEntry, exc: ConflictError) -> None:
        found = await self._find_in_stitch(entry)  # it may have been our own earlier post
        if found is not None:
            self._sent(entry, found.id, reconciled=True)
            return
        fulfillment = await self.client.get_fulfillment(entry.fulfillment_id)
        if fulfillment.state is FulfillmentState.CANCELED:
            self._reject(entry, AlertKind.CANCELED, _canceled_words(entry))
        elif fulfillment.state is FulfillmentState.COMPLETE:
            self._reject(entry, AlertKind.COMPLETED_ELSEWHERE, _complete_words(entry))
        else:
            self._reject(entry, AlertKind.REJECTED, _refusal_words(exc))

    def _was_released(self, entry: OutboxEntry) -> bool:
        if entry.local_id in self._released:
            return True
        for audit in self._journal.audit_entries(start=entry.created_at):
            if audit.what == f"rejected shipment: {Resolution.RETRY.value}" and (
                audit.details.get("local_id") == entry.local_id
                and str(audit.details.get("rejected_message", "")).startswith(_HELD_PREFIX)
            ):
                self._released.add(entry.local_id)
                return True
        return False

    def _hold(self, entry: OutboxEntry, fulfillment: Fulfillment, changed: tuple[str, ...]) -> None:
        what = ", ".join(changed)
        message = (
            f"{_HELD_PREFIX}order {_order(entry)} was changed in Stitch ({what}) after box "
            f"{entry.box_number} was packed. Check the box and its label, then send it."
        )
        self._journal.outbox.mark_rejected(entry.local_id, message)
        self._notifier.emit(
            PackAlert(
                AlertKind.HELD,
                entry.fulfillment_id,
                fulfillment.order_number,
                message,
                changed_fields=changed,
                local_id=entry.local_id,
            )
        )

    def _sent(self, entry: OutboxEntry, remote_id: str, *, reconciled: bool) -> None:
        self._journal.outbox.mark_sent(entry.local_id, remote_id)
        if reconciled:
            log.info(
                "box %s of %s was already in Stitch as %s",
                entry.box_number,
                entry.fulfillment_id,
                remote_id,
            )
        self._notifier.emit(
            ShipmentSent(entry.local_id, entry.fulfillment_id, remote_id, reconciled)
        )

    def _reject(self, entry: OutboxEntry, kind: AlertKind, message: str) -> None:
        self._journal.outbox.mark_rejected(entry.local_id, message)
        log.warning("box %s of %s not sent: %s", entry.box_number, entry.fulfillment_id, message)
        self._notifier.emit(
            PackAlert(kind, entry.fulfillment_id, _order(entry), message, local_id=entry.local_id)
        )

    def _retry(
        self,
        entry: OutboxEntry,
        error: str,
        maybe_sent: bool,
        retry_after: float | None = None,
    ) -> None:
        delay = self._backoff.delay(entry.attempts, retry_after)
        when = self._clock() + dt.timedelta(seconds=delay)
        self._journal.outbox.mark_failed_retry(entry.local_id, error, when, maybe_sent=maybe_sent)

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


def _order(entry: OutboxEntry) -> str:
    return str(entry.payload.get("order_number") or entry.fulfillment_id)


def _canceled_words(entry: OutboxEntry) -> str:
    return (
        f"Order {_order(entry)} was canceled in Stitch: box {entry.box_number} was not sent. "
        "Do not ship it; take it to your supervisor."
    )


def _complete_words(entry: OutboxEntry) -> str:
    return (
        f"Order {_order(entry)} was shipped elsewhere: box {entry.box_number} was not sent. "
        "Do not ship it; take it to your supervisor."
    )


def _refusal_words(exc: StitchError) -> str:
    detail = exc.message
    if isinstance(exc, ValidationError) and exc.field_errors:
        detail += " (" + "; ".join(f"{e.field}: {e.message}" for e in exc.field_errors) + ")"
    return f"Stitch refused this box: {detail}"


__all__ = ["OutboxSender", "ShipmentState"]
