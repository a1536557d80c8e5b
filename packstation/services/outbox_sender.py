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

Posting, reconciliation and holding are one state machine per box and stay here together, so
the rule "never post without looking after a lost answer" reads in one place; the loop, the
pause and the status updates are `OutboxLoop` (`outbox_loop.py`), the sentences `outbox_words`.
"""

from __future__ import annotations

import datetime as dt
import logging

from packstation.api.budget import Priority, priority
from packstation.api.errors import (
    AmbiguousWrite,
    AuthError,
    ConflictError,
    NetworkError,
    ProtocolError,
    RateLimitedError,
    ServerError,
    StitchError,
)
from packstation.domain.records import Fulfillment, FulfillmentState, Shipment
from packstation.services.notifications import (
    AlertKind,
    PackAlert,
    SendingShipment,
    ShipmentSent,
)
from packstation.services.outbox_loop import OutboxLoop
from packstation.services.outbox_words import (
    HELD_PREFIX,
    canceled_words,
    complete_words,
    held_words,
    order_of,
    refusal_words,
)
from packstation.services.shipment_payload import changed_fields
from packstation.store import (
    OutboxEntry,
    Resolution,
    ShipmentState,
)

log = logging.getLogger(__name__)


class OutboxSender(OutboxLoop):
    """Posts each closed box exactly once (see the module's docstring)."""

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
            self._reject(entry, AlertKind.CANCELED, canceled_words(entry))
            return
        if fulfillment.state is FulfillmentState.COMPLETE:
            self._reject(entry, AlertKind.COMPLETED_ELSEWHERE, complete_words(entry))
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
            self._reject(entry, AlertKind.REJECTED, refusal_words(exc))
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
            self._reject(entry, AlertKind.CANCELED, canceled_words(entry))
        elif fulfillment.state is FulfillmentState.COMPLETE:
            self._reject(entry, AlertKind.COMPLETED_ELSEWHERE, complete_words(entry))
        else:
            self._reject(entry, AlertKind.REJECTED, refusal_words(exc))

    def _was_released(self, entry: OutboxEntry) -> bool:
        if entry.local_id in self._released:
            return True
        for audit in self._journal.audit_entries(start=entry.created_at):
            if audit.what == f"rejected shipment: {Resolution.RETRY.value}" and (
                audit.details.get("local_id") == entry.local_id
                and str(audit.details.get("rejected_message", "")).startswith(HELD_PREFIX)
            ):
                self._released.add(entry.local_id)
                return True
        return False

    def _hold(self, entry: OutboxEntry, fulfillment: Fulfillment, changed: tuple[str, ...]) -> None:
        message = held_words(entry, changed)
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
            PackAlert(kind, entry.fulfillment_id, order_of(entry), message, local_id=entry.local_id)
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


__all__ = ["OutboxSender", "ShipmentState"]
