"""The packing service: open a fulfillment, feed it scans, journal every event, ship its boxes.

`scan(raw)` is synchronous and fast on purpose: classify, feed the pack session, commit the event
to the journal, return the outcome for the banner, all within one frame. Nothing on that path
touches the network: a closed box goes to the outbox (in the transaction that journals its label
scan) and the sender is kicked; claims and statuses go through the status outbox.

A slip scanned with no pack open answers `Verdict.OPEN_ORDER`: the UI then awaits `open()` (the
only step that talks to Stitch, to re-read the order and its lines). Another order's slip during a
pack answers `FINISH_FIRST`; nothing switches silently.

If the journal cannot be written, the scan is not counted (the session is rolled back to what is
on disk) and every scan is refused with the reason until `check_writable()` succeeds.

`shipped_at` of a box is the time its carrier label was scanned, in the station's time zone
(`settings.time_zone`, else the computer's). The UI may set another time for the next box with
`set_shipped_at()` before the label is scanned; it goes into the journaled outbox row as is.
"""

from __future__ import annotations

import datetime as dt
import logging

from packstation.domain.classify import classify
from packstation.domain.commands import command_text
from packstation.domain.events import Outcome, PackEvent, SessionState
from packstation.domain.scans import CommandName, CommandScan, Scan, TextScan
from packstation.domain.session import PackSession
from packstation.domain.signin import idle_signed_out, sign_out_due
from packstation.services.event_records import write_pack_event
from packstation.services.pack_opening import PackOpening
from packstation.services.pack_state import (
    Clock,
    OpenedPack,
    OpenRefusal,
    ScanOutcome,
    StoppedPack,
    Verdict,
)
from packstation.services.pack_watch import PackWatch
from packstation.services.pack_weighing import PackWeighing
from packstation.store import JournalUnavailable, ShipmentState

log = logging.getLogger(__name__)


class PackingService(PackOpening, PackWatch, PackWeighing):
    """Opening (PackOpening), watching (PackWatch), weighing (PackWeighing), and here: scans and
    closing boxes."""

    # -- scanning (synchronous: never touches the network) -------------------------------------

    def scan(self, raw: str, *, approved_by: str | None = None) -> ScanOutcome:
        if self._unwritable is not None:
            return ScanOutcome(Verdict.REFUSED, self._unwritable, snapshot=self.current)
        scan = classify(raw)
        session = self._session
        self._last_scan_at = self._clock()
        badge = isinstance(scan, CommandScan) and scan.name is CommandName.USER
        ack = isinstance(scan, CommandScan) and scan.name is CommandName.ACK
        if isinstance(scan, CommandScan) and badge and session is None:
            return self._sign_in_without_pack(scan.argument or "", scan)
        if session is None and self._stopped is not None:
            return self._put_back_acknowledged(scan) if ack else self._put_back_first(scan)
        if session is not None and not (badge or ack) and not self.slip_gate().allowed:
            # Signed out mid-pack (idle): the next scans wait for a badge, nothing is counted.
            gate = self.slip_gate()
            return ScanOutcome(
                Verdict.SIGN_IN_FIRST, f"{gate.verdict}: {gate.detail}", scan, snapshot=self.current
            )
        if session is None:
            found = None if isinstance(scan, CommandScan) else self._queue.find_reference(raw)
            if found is not None:
                gate = self.slip_gate()
                if not gate.allowed:
                    return ScanOutcome(
                        Verdict.SIGN_IN_FIRST,
                        f"{gate.verdict}: {gate.detail}",
                        scan,
                        fulfillment_id=found.id,
                    )
                return ScanOutcome(
                    Verdict.OPEN_ORDER,
                    f"Open order {found.order_number}",
                    scan,
                    fulfillment_id=found.id,
                )
            return ScanOutcome(Verdict.NO_PACK, "No order open: scan a packing slip", scan)
        if isinstance(scan, CommandScan) and scan.name is CommandName.ACK and self._recheck:
            return self._acknowledge_change(scan)
        if isinstance(scan, TextScan):
            other = self._queue.find_reference(raw)
            if other is not None and other.id != session.spec.fulfillment_id:
                return ScanOutcome(
                    Verdict.FINISH_FIRST,
                    f"Finish or cancel order {session.spec.order_number} before opening "
                    f"order {other.order_number}",
                    scan,
                    snapshot=self.current,
                    fulfillment_id=other.id,
                )
        if self._recheck is not None and session.state is SessionState.AWAITING_TRACKING:
            return ScanOutcome(
                Verdict.RECHECK,
                self._recheck.message,
                scan,
                snapshot=self.current,
                alert=self._recheck,
            )
        weight_gate = self._weight_gate(scan, session)
        if weight_gate is not None:
            return weight_gate
        # The packer signed in: named in a label override, asked before a badge takes over.
        event = session.scan(
            scan, self._clock(), packer=self.packer or None, approved_by=approved_by
        )
        return self._commit(session, event)

    def acknowledge(self) -> ScanOutcome:
        """The acknowledge key: a change alert first, else the pack session's error."""
        if self._unwritable is not None:
            return ScanOutcome(Verdict.REFUSED, self._unwritable, snapshot=self.current)
        if self._session is None and self._stopped is not None:
            return self._put_back_acknowledged(None)
        if self._session is None:
            return ScanOutcome(Verdict.NO_PACK, "No order open")
        if self._recheck is not None:
            return self._acknowledge_change(None)
        return self._commit(self._session, self._session.acknowledge(self._clock()))

    def undo(self) -> ScanOutcome:
        return self.scan(command_text(CommandName.UNDO))

    def set_quantity(self, n: int) -> ScanOutcome:
        return self.scan(command_text(CommandName.QTY, str(n)))

    def partial(self) -> ScanOutcome:
        return self.scan(command_text(CommandName.PARTIAL))

    def ship(self, approved_by: str | None = None) -> ScanOutcome:
        """PS-CMD:SHIP; over an unknown-label lock that needs approval, pass the supervisor."""
        return self.scan(command_text(CommandName.SHIP), approved_by=approved_by)

    def cancel(self) -> ScanOutcome:
        return self.scan(command_text(CommandName.CANCEL))

    def sign_in(self, packer: str) -> ScanOutcome:
        return self.scan(command_text(CommandName.USER, packer))

    def set_status_of_open(self, text: str) -> ScanOutcome:
        return self.scan(command_text(CommandName.STATUS, text))

    def take_over(self) -> ScanOutcome:
        """The UI's "yes" to the badge a scan asked about: that packer packs on (journaled)."""
        session = self._session
        if self._unwritable is not None:
            return ScanOutcome(Verdict.REFUSED, self._unwritable, snapshot=self.current)
        if session is None or session.takeover_asked is None:
            return ScanOutcome(Verdict.NO_PACK, "No takeover asked", snapshot=self.current)
        badge = session.takeover_asked
        event = session.take_over(badge, self._clock(), previous=self.packer or None)
        return self._commit(session, event)

    def sign_out_if_idle(self, now: dt.datetime | None = None) -> bool:
        """Sign the packer out after `idle_sign_out_minutes` without a scan (0: never)."""
        minutes = self._settings.idle_sign_out_minutes
        if not self.packer or minutes <= 0:
            return False
        idle = dt.timedelta(minutes=minutes)
        if not idle_signed_out(self._last_scan_at, now or self._clock(), idle):
            return False
        try:
            self._journal.audit(
                station=self._settings.station,
                who=self.packer,
                what="signed out",
                why=f"no scan for {minutes} min",
                session_id=self._session_id,
            )
        except JournalUnavailable as exc:
            self._journal_failed(exc)
        self.packer = ""
        return True

    @property
    def idle_minutes(self) -> int:
        return self._settings.idle_sign_out_minutes

    def next_idle_check(self) -> dt.datetime | None:
        """When the idle sign-out falls due for the packer signed in (None: nobody, or never)."""
        minutes = self._settings.idle_sign_out_minutes
        if not self.packer or minutes <= 0:
            return None
        return sign_out_due(self._last_scan_at, dt.timedelta(minutes=minutes))

    def _put_back_first(self, scan: Scan) -> ScanOutcome:
        stopped = self._stopped
        assert stopped is not None
        return ScanOutcome(
            Verdict.PUT_BACK_FIRST,
            f"Put back what was in the box of order {stopped.order_number}, then scan PS-CMD:ACK",
            scan,
            stopped=stopped,
        )

    def _put_back_acknowledged(self, scan: Scan | None) -> ScanOutcome:
        stopped = self._stopped
        assert stopped is not None
        self._stopped = None
        return ScanOutcome(
            Verdict.PUT_BACK_DONE, f"Order {stopped.order_number}: units put back", scan
        )

    def weigh(self) -> ScanOutcome:
        """PS-CMD:WEIGH: weigh the complete box again (the answer comes as `WeighingDone`)."""
        return self.scan(command_text(CommandName.WEIGH))

    def set_shipped_at(self, when: dt.datetime | None) -> None:
        """Another `shipped_at` for the next box closed (None: the label scan's time)."""
        if when is not None and when.utcoffset() is None:
            raise ValueError("shipped_at needs a UTC offset")
        self._shipped_at = when

    def _sign_in_without_pack(self, packer: str, scan: Scan) -> ScanOutcome:
        try:
            self._journal.audit(station=self._settings.station, who=packer, what="signed in")
        except JournalUnavailable as exc:
            self._journal_failed(exc)
            return ScanOutcome(Verdict.REFUSED, str(exc), scan)
        self.packer = packer
        self._last_scan_at = self._clock()
        return ScanOutcome(Verdict.SIGNED_IN, f"Signed in: {packer}", scan)

    def _commit(self, session: PackSession, event: PackEvent) -> ScanOutcome:
        """Journal the event the session just applied; on failure, undo it in memory too."""
        assert self._session_id is not None
        result = event.result
        if result.command is CommandName.USER and result.argument:
            self.packer = result.argument
        try:
            if result.box is not None and self._label_used(result.box.tracking_number):
                # One label on two boxes would post two shipments with one tracking number.
                self._session = self._without_last(session)
                return ScanOutcome(
                    Verdict.LABEL_USED,
                    f"This carrier label ({result.box.tracking_number}) is already on another "
                    "box of this order: scan this box's own label",
                    event.scan,
                    snapshot=self.current,
                )
            shipped_at = None
            if result.box is not None:
                shipped_at = (self._shipped_at or result.box.shipped_at).astimezone(self._zone)
            written = write_pack_event(
                self._journal,
                self._session_id,
                event,
                self.packer,
                order_number=session.spec.order_number,
                shipped_at=shipped_at,
                expect=self._expect,
            )
        except JournalUnavailable as exc:
            # The journal is the truth: the session goes back to what is on disk.
            self._session = self._without_last(session)
            self._journal_failed(exc)
            return ScanOutcome(Verdict.REFUSED, str(exc), event.scan, snapshot=self.current)
        snapshot = session.snapshot()
        fid = session.spec.fulfillment_id
        if result.command is CommandName.STATUS and result.argument is not None:
            self._put_status(fid, result.argument)
        if result.outcome is Outcome.CANCELED:
            self._release_claim(fid)
            if result.put_back:
                self._stopped = StoppedPack(fid, session.spec.order_number, result.put_back)
        box_entry = written.box
        if box_entry is not None:
            self._shipped_at = None
            self._kick_sender()
            self._queue.schedule_publish()
        elif (
            event.after.state is SessionState.AWAITING_TRACKING
            and result.outcome in (Outcome.COUNTED, Outcome.READY_FOR_LABEL)
            and not self._queue.is_fresh()
        ):
            # The box is complete: look at Stitch while the packer fetches the label (a fresh
            # poll already did, and tells of a later change through `QueueChanged`).
            self._spawn(self.verify_open)
        self._box_complete(session, event)
        if written.closed and box_entry is not None and self._claims is not None:
            self._claims.release_after_forward(fid)
        if written.closed:
            self._end()
        return ScanOutcome(
            Verdict.RECORDED, "", event.scan, event, snapshot, box=box_entry, alert=self._recheck
        )

    def _without_last(self, session: PackSession) -> PackSession:
        return PackSession.replay(
            session.spec, session.events[:-1], catalog=self._queue.product_for
        )

    def _label_used(self, tracking_number: str) -> bool:
        assert self._session is not None
        fid = self._session.spec.fulfillment_id
        return any(
            entry.shipment.tracking_number == tracking_number
            and entry.state is not ShipmentState.DISCARDED
            for entry in self._journal.outbox.for_fulfillment(fid)
        )


__all__ = [
    "Clock",
    "OpenRefusal",
    "OpenedPack",
    "PackingService",
    "ScanOutcome",
    "StoppedPack",
    "Verdict",
]
