"""Watching the open order for changes in Stitch: stop the pack when the order is canceled or
shipped elsewhere, ask the packer to re-check an edited address, notes or shipping method before
the carrier label, and journal that they did.
"""

from __future__ import annotations

import logging

from packstation.api.errors import (
    StitchError,
)
from packstation.domain.records import Fulfillment, FulfillmentState
from packstation.domain.scans import Scan
from packstation.services.notifications import AlertKind, PackAlert, QueueChanged, StatusRefused
from packstation.services.pack_state import (
    CHANGE_ACKNOWLEDGED,
    PackState,
    ScanOutcome,
    StoppedPack,
    Verdict,
)
from packstation.services.shipment_payload import changed_fields, watched
from packstation.store import (
    JournalUnavailable,
    SessionOutcome,
)

log = logging.getLogger(__name__)


class PackWatch(PackState):
    def _on_queue_changed(self, change: QueueChanged) -> None:
        if self._session is None:
            return
        fid = self._session.spec.fulfillment_id
        if fid in change.removed or any(f.id == fid for f in change.changed):
            self._spawn(self.verify_open)

    def _on_status_refused(self, refused: StatusRefused) -> None:
        # Our claim got a 409: the order left the open list (canceled, shipped elsewhere) after
        # the poll the pack was opened from. Stop the packer now, not at the box's POST.
        session = self._session
        if session is not None and session.spec.fulfillment_id == refused.fulfillment_id:
            self._spawn(self.verify_open)

    async def verify_open(self) -> PackAlert | None:
        """Compare the open order with Stitch: stop on cancel or completion, alert on edits."""
        session, session_id = self._session, self._session_id
        if session is None:
            return None
        fid = session.spec.fulfillment_id
        try:
            fulfillment = await self._queue.refresh_one(fid)
        except StitchError as exc:
            log.info("could not check order %s: %s", fid, exc)
            return None
        if self._session_id != session_id or self._session is None:
            return None  # the pack ended meanwhile
        self._fulfillment = fulfillment
        if fulfillment.state is FulfillmentState.CANCELED:
            return self._stop(
                AlertKind.CANCELED,
                fulfillment,
                f"Order {fulfillment.order_number} was canceled in Stitch. "
                "Stop packing; put the items back.",
            )
        if fulfillment.state is FulfillmentState.COMPLETE:
            return self._stop(
                AlertKind.COMPLETED_ELSEWHERE,
                fulfillment,
                f"Order {fulfillment.order_number} was shipped elsewhere. "
                "Stop packing; put the items back.",
            )
        changed = changed_fields(self._expect, fulfillment)
        if changed and (self._recheck is None or self._recheck.changed_fields != changed):
            what = ", ".join(changed)
            self._recheck = PackAlert(
                AlertKind.EDITED,
                fid,
                fulfillment.order_number,
                f"Order {fulfillment.order_number} was changed in Stitch ({what}). "
                "Check it before the carrier label, then press OK.",
                changed_fields=changed,
            )
            self._notifier.emit(self._recheck)
        return self._recheck

    def _stop(self, kind: AlertKind, fulfillment: Fulfillment, message: str) -> PackAlert:
        alert = PackAlert(kind, fulfillment.id, fulfillment.order_number, message)
        put_back = self._session.put_back() if self._session is not None else ()
        # Canceled or shipped elsewhere: what is in the box goes back, and the list stays on
        # screen (no slip opens) until the packer acknowledges it.
        self._stopped = StoppedPack(fulfillment.id, fulfillment.order_number, put_back, True)
        if self._session_id is not None:
            try:
                self._journal.close_session(self._session_id, outcome=SessionOutcome.STOPPED)
            except JournalUnavailable as exc:
                self._journal_failed(exc)
        self._end()
        self._notifier.emit(alert)
        return alert

    def _acknowledge_change(self, scan: Scan | None) -> ScanOutcome:
        alert = self._recheck
        assert alert is not None
        assert self._fulfillment is not None
        new_expect = watched(self._fulfillment)
        try:
            self._journal.audit(
                station=self._settings.station,
                who=self.packer or "—",
                what=CHANGE_ACKNOWLEDGED,
                why=alert.message,
                details={"expect": new_expect, "changed": list(alert.changed_fields)},
                fulfillment_id=alert.fulfillment_id,
                session_id=self._session_id,
            )
        except JournalUnavailable as exc:
            self._journal_failed(exc)
            return ScanOutcome(Verdict.REFUSED, str(exc), scan, snapshot=self.current)
        self._expect = new_expect
        self._recheck = None
        return ScanOutcome(
            Verdict.CHANGE_ACKNOWLEDGED,
            "Change checked: go on packing",
            scan,
            snapshot=self.current,
        )


__all__ = ["PackWatch"]
