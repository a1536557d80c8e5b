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

import asyncio
import datetime as dt
import logging
import zoneinfo
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from packstation.api.errors import (
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    StitchError,
)
from packstation.api.records import Fulfillment, FulfillmentState, LineItem
from packstation.domain.classify import classify
from packstation.domain.commands import command_text
from packstation.domain.events import Outcome, PackEvent, SessionState
from packstation.domain.gtin import to_gtin14
from packstation.domain.scans import CommandName, CommandScan, Scan, TextScan
from packstation.domain.session import PackLine, PackSession, SessionSpec, Snapshot
from packstation.domain.tracking import carrier_for_shipping_method
from packstation.services.claims import CLAIM_WINDOW, other_station_claim
from packstation.services.event_records import journal_event
from packstation.services.notifications import AlertKind, Notifier, PackAlert, QueueChanged
from packstation.services.outbox_sender import OutboxSender
from packstation.services.queue import QueueService
from packstation.services.settings import Settings, claim_text
from packstation.services.shipment_payload import box_payload, changed_fields, watched
from packstation.store import (
    Journal,
    JournalUnavailable,
    OutboxEntry,
    SessionOutcome,
    SessionStillOpenError,
    ShipmentState,
)
from packstation.store.timestamps import utc_now

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]

_CHANGE_ACKNOWLEDGED = "order change acknowledged"


class Verdict(StrEnum):
    RECORDED = "recorded"  # fed to the pack session and on disk: see `event`
    OPEN_ORDER = "open_order"  # a packing slip and no pack open: await `open(fulfillment_id)`
    FINISH_FIRST = "finish_first"  # another order's slip during a pack: finish or cancel first
    NO_PACK = "no_pack"  # no pack open and not a slip of an open order
    REFUSED = "refused"  # the journal cannot be written: scanning is stopped (see `message`)
    RECHECK = "recheck"  # the order changed in Stitch: acknowledge before its label is scanned
    CHANGE_ACKNOWLEDGED = "change_acknowledged"  # the packer saw the change
    SIGNED_IN = "signed_in"
    LABEL_USED = "label_used"  # this carrier label is already on another box of the order


@dataclass(frozen=True, slots=True)
class ScanOutcome:
    verdict: Verdict
    message: str = ""  # the packer's words for service-level verdicts (the event speaks else)
    scan: Scan | None = None
    event: PackEvent | None = None
    snapshot: Snapshot | None = None  # the pack after this scan (None: no pack open)
    fulfillment_id: str | None = None  # OPEN_ORDER / FINISH_FIRST: the slip's order
    box: OutboxEntry | None = None  # a box closed: its pending shipment
    alert: PackAlert | None = None  # an unacknowledged change of the open order


class OpenRefusal(StrEnum):
    BUSY = "busy"  # another pack is open
    NOT_OPEN = "not_open"  # canceled or complete in Stitch
    CLAIMED = "claimed"  # another station claimed it recently: needs takeover=True
    UNAVAILABLE = "unavailable"  # Stitch unreachable and nothing cached
    UNKNOWN = "unknown"  # Stitch has no such fulfillment
    NOTHING_LEFT = "nothing_left"  # every unit is already in this station's outbox
    JOURNAL = "journal"  # the journal cannot be written


@dataclass(frozen=True, slots=True)
class OpenedPack:
    opened: bool
    message: str  # packer's words: why not, or a warning
    snapshot: Snapshot | None = None
    fulfillment: Fulfillment | None = None
    refusal: OpenRefusal | None = None
    claimed_by: str | None = None  # CLAIMED: the other station's claim text
    offline: bool = False  # opened from cached lines while Stitch is unreachable
    resumed: bool = False


class PackingService:
    def __init__(
        self,
        journal: Journal,
        queue: QueueService,
        notifier: Notifier,
        settings: Settings,
        *,
        sender: OutboxSender | None = None,
        clock: Clock = utc_now,
        claim_window: dt.timedelta = CLAIM_WINDOW,
        open_timeout_s: float = 5.0,
    ) -> None:
        self._journal = journal
        self._queue = queue
        self._notifier = notifier
        self._settings = settings
        self._sender = sender
        self._clock = clock
        self._claim_window = claim_window
        self._open_timeout_s = open_timeout_s
        self._zone = _zone(settings.time_zone)
        self.packer = ""
        self._session: PackSession | None = None
        self._session_id: str | None = None
        self._record: dict[str, Any] = {}
        self._expect: dict[str, Any] = {}
        self._fulfillment: Fulfillment | None = None
        self._recheck: PackAlert | None = None
        self._unwritable: str | None = None
        self._shipped_at: dt.datetime | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        notifier.on(QueueChanged, self._on_queue_changed)

    # -- reading -------------------------------------------------------------------------------

    @property
    def current(self) -> Snapshot | None:
        return None if self._session is None else self._session.snapshot()

    @property
    def has_open_pack(self) -> bool:
        """Cheaper than `current is not None` (a snapshot copies every line)."""
        return self._session is not None

    @property
    def spec(self) -> SessionSpec | None:
        """What the open pack started from (its lines and their barcodes)."""
        return None if self._session is None else self._session.spec

    @property
    def session_id(self) -> str | None:
        return self._session_id

    @property
    def fulfillment(self) -> Fulfillment | None:
        return self._fulfillment

    @property
    def accepting_scans(self) -> bool:
        return self._unwritable is None

    @property
    def pending_alert(self) -> PackAlert | None:
        return self._recheck

    def check_writable(self) -> bool:
        """Try a write; scanning resumes when it works."""
        try:
            self._journal.check_writable()
        except JournalUnavailable as exc:
            self._unwritable = str(exc)
            log.error("%s", exc.details)
            return False
        self._unwritable = None
        return True

    # -- opening -------------------------------------------------------------------------------

    async def open(
        self, fulfillment_id: str, packer: str | None = None, *, takeover: bool = False
    ) -> OpenedPack:
        """Re-read the order and its lines from Stitch (cached ones when offline), journal the
        session, claim the order."""
        if packer:
            self.packer = packer
        if self._session is not None:
            return OpenedPack(
                False,
                "Finish or cancel the open order first",
                self.current,
                self._fulfillment,
                OpenRefusal.BUSY,
            )
        if self._unwritable is not None:
            return OpenedPack(False, self._unwritable, refusal=OpenRefusal.JOURNAL)
        offline = False
        try:
            # Bounded: with Stitch unreachable the client's own retries could keep the packer
            # waiting; a saved copy of the order is better than a spinner.
            async with asyncio.timeout(self._open_timeout_s):
                fulfillment = await self._queue.refresh_one(fulfillment_id)
                lines = await self._queue.lines(fulfillment_id)
        except NotFoundError:
            return OpenedPack(False, "Stitch does not know this order", refusal=OpenRefusal.UNKNOWN)
        except (NetworkError, ServerError, RateLimitedError, TimeoutError):
            cached = self._queue.get(fulfillment_id)
            cached_lines = self._queue.cached_lines(fulfillment_id)
            if cached is None or cached_lines is None:
                return OpenedPack(
                    False,
                    "Stitch can't be reached and this order is not saved on this station yet",
                    refusal=OpenRefusal.UNAVAILABLE,
                )
            fulfillment, lines, offline = cached, cached_lines, True
        if fulfillment.state is not FulfillmentState.OPEN:
            words = (
                "was canceled"
                if fulfillment.state is FulfillmentState.CANCELED
                else ("is already shipped")
            )
            return OpenedPack(
                False,
                f"Order {fulfillment.order_number} {words} in Stitch",
                fulfillment=fulfillment,
                refusal=OpenRefusal.NOT_OPEN,
            )
        now = self._clock()
        claim = other_station_claim(
            fulfillment,
            claim_format=self._settings.claim_format,
            station=self._settings.station,
            now=now,
            window=self._claim_window,
        )
        if claim is not None and not takeover:
            return OpenedPack(
                False,
                f"{claim.station} is packing order {fulfillment.order_number}"
                + (f" ({claim.packer})" if claim.packer else "")
                + ". Take it over?",
                fulfillment=fulfillment,
                refusal=OpenRefusal.CLAIMED,
                claimed_by=claim.text,
            )
        spec = self._spec(
            fulfillment, lines, fetched_at=self._queue.lines_fetched_at(fulfillment_id)
        )
        if not any(line.to_ship for line in spec.lines):
            return OpenedPack(
                False,
                f"Order {fulfillment.order_number} is already packed here and waits to be sent",
                fulfillment=fulfillment,
                refusal=OpenRefusal.NOTHING_LEFT,
            )
        my_claim = claim_text(self._settings, packer=self.packer)
        record: dict[str, Any] = {
            **spec.to_record(),
            "previous_status": fulfillment.status,
            "claim": my_claim,
            "expect": watched(fulfillment),
            "opened_offline": offline,
        }
        try:
            opened = self._journal.open_session(
                fulfillment_id=fulfillment.id,
                order_number=fulfillment.order_number,
                station=self._settings.station,
                packer=self.packer or "—",
                spec=record,
                at=now,
            )
        except SessionStillOpenError:
            # A session of this station is on disk but not in memory: never start a second.
            self.resume()
            return OpenedPack(
                False,
                "Finish or cancel the open order first",
                self.current,
                self._fulfillment,
                OpenRefusal.BUSY,
            )
        except JournalUnavailable as exc:
            self._journal_failed(exc)
            return OpenedPack(False, str(exc), refusal=OpenRefusal.JOURNAL)
        # The session is on disk: from here on it is the open pack, whatever fails next.
        self._start(spec, opened.id, record, fulfillment)
        try:
            if claim is not None:
                self._journal.audit(
                    station=self._settings.station,
                    who=self.packer or "—",
                    what="took over a claimed order",
                    why=f"claimed by {claim.station}",
                    details={"claim": claim.text},
                    fulfillment_id=fulfillment.id,
                    session_id=opened.id,
                )
            if my_claim is not None and my_claim != fulfillment.status:
                self._journal.statuses.put(fulfillment.id, my_claim)
        except JournalUnavailable as exc:
            self._journal_failed(exc)
            return OpenedPack(False, str(exc), self.current, fulfillment, OpenRefusal.JOURNAL)
        self._kick_sender()
        warning = "Stitch can't be reached: packing from the saved order" if offline else ""
        return OpenedPack(True, warning, self.current, fulfillment, offline=offline)

    def _spec(
        self,
        fulfillment: Fulfillment,
        lines: tuple[LineItem, ...],
        *,
        fetched_at: dt.datetime | None,
    ) -> SessionSpec:
        waiting = self._units_not_in_stitch(fulfillment.id, fetched_at)
        pack_lines = []
        for line in lines:
            barcodes = set(self._queue.barcodes_for(line.sku))
            gtin = to_gtin14(line.upc) if line.upc else None
            if gtin is not None:
                barcodes.add(gtin)
            shipped = min(line.quantity, line.quantity_shipped + waiting.get(line.id, 0))
            pack_lines.append(
                PackLine(line.id, line.sku, line.name, frozenset(barcodes), line.quantity, shipped)
            )
        return SessionSpec(
            fulfillment_id=fulfillment.id,
            order_number=fulfillment.order_number,
            channel_order_number=fulfillment.channel_order_number,
            lines=tuple(pack_lines),
            expected_carrier=carrier_for_shipping_method(fulfillment.shipping_method),
            service=fulfillment.shipping_method,
            require_ship_command=self._settings.require_ship_command,
        )

    def _units_not_in_stitch(
        self, fulfillment_id: str, fetched_at: dt.datetime | None
    ) -> dict[str, int]:
        """Units per line in this station's outbox that Stitch's lines do not count yet."""
        units: dict[str, int] = {}
        for entry in self._journal.outbox.for_fulfillment(fulfillment_id):
            if entry.state is ShipmentState.DISCARDED:
                continue
            if entry.state is ShipmentState.SENT and (
                fetched_at is None or entry.sent_at is None or entry.sent_at < fetched_at
            ):
                continue
            for line in entry.payload.get("line_items", ()):
                key = str(line["fulfillment_line_item_id"])
                units[key] = units.get(key, 0) + int(line["quantity"])
        return units

    def _start(
        self,
        spec: SessionSpec,
        session_id: str,
        record: Mapping[str, Any],
        fulfillment: Fulfillment | None,
        events: tuple[PackEvent, ...] = (),
    ) -> None:
        self._session = PackSession.replay(spec, events, catalog=self._queue.product_for)
        self._session_id = session_id
        self._record = dict(record)
        self._expect = dict(record.get("expect") or {})
        self._fulfillment = fulfillment
        self._recheck = None
        self._shipped_at = None

    def resume(self) -> OpenedPack | None:
        """The station's unfinished session, rebuilt exactly from the journal (after a restart)."""
        found = self._journal.unfinished_session(self._settings.station)
        if found is None:
            return None
        record = found.session.spec
        spec = SessionSpec.from_record(record)
        events = tuple(PackEvent.from_record(e.payload) for e in found.events)
        self.packer = found.events[-1].packer if found.events else found.session.packer
        self._start(spec, found.session.id, record, self._queue.get(spec.fulfillment_id), events)
        for audit in self._journal.audit_entries(start=found.session.opened_at):
            if audit.session_id == found.session.id and audit.what == _CHANGE_ACKNOWLEDGED:
                self._expect = dict(audit.details.get("expect") or self._expect)
        return OpenedPack(True, "", self.current, self._fulfillment, resumed=True)

    # -- scanning (synchronous: never touches the network) -------------------------------------

    def scan(self, raw: str) -> ScanOutcome:
        if self._unwritable is not None:
            return ScanOutcome(Verdict.REFUSED, self._unwritable, snapshot=self.current)
        scan = classify(raw)
        session = self._session
        if isinstance(scan, CommandScan) and scan.name is CommandName.USER and session is None:
            return self._sign_in_without_pack(scan.argument or "", scan)
        if session is None:
            found = None if isinstance(scan, CommandScan) else self._queue.find_reference(raw)
            if found is not None:
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
        return self._commit(session, session.scan(scan, self._clock()))

    def acknowledge(self) -> ScanOutcome:
        """The acknowledge key: a change alert first, else the pack session's error."""
        if self._unwritable is not None:
            return ScanOutcome(Verdict.REFUSED, self._unwritable, snapshot=self.current)
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

    def ship(self) -> ScanOutcome:
        return self.scan(command_text(CommandName.SHIP))

    def cancel(self) -> ScanOutcome:
        return self.scan(command_text(CommandName.CANCEL))

    def sign_in(self, packer: str) -> ScanOutcome:
        return self.scan(command_text(CommandName.USER, packer))

    def set_status_of_open(self, text: str) -> ScanOutcome:
        return self.scan(command_text(CommandName.STATUS, text))

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
        return ScanOutcome(Verdict.SIGNED_IN, f"Signed in: {packer}", scan)

    def _commit(self, session: PackSession, event: PackEvent) -> ScanOutcome:
        """Journal the event the session just applied; on failure, undo it in memory too."""
        assert self._session_id is not None
        result = event.result
        if result.command is CommandName.USER and result.argument:
            self.packer = result.argument
        new = journal_event(event, self.packer)
        box_entry: OutboxEntry | None = None
        closed = False
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
            if result.box is not None:
                shipped_at = (self._shipped_at or result.box.shipped_at).astimezone(self._zone)
                payload = box_payload(
                    result.box,
                    order_number=session.spec.order_number,
                    shipped_at=shipped_at,
                    expect=self._expect,
                )
                box_entry = self._journal.close_box(
                    self._session_id,
                    new,
                    payload,
                    close_session=result.box.last_box,
                    outcome=SessionOutcome.SHIPPED,
                )
                closed = result.box.last_box
            elif result.outcome is Outcome.CANCELED:
                self._journal.close_session(
                    self._session_id, outcome=SessionOutcome.CANCELED, event=new
                )
                closed = True
            else:
                self._journal.append_event(self._session_id, new)
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
        if closed:
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
            entry.payload.get("tracking_number") == tracking_number
            and entry.state is not ShipmentState.DISCARDED
            for entry in self._journal.outbox.for_fulfillment(fid)
        )

    def _put_status(self, fulfillment_id: str, text: str) -> None:
        try:
            self._journal.statuses.put(fulfillment_id, text)
        except JournalUnavailable as exc:
            self._journal_failed(exc)
            return
        self._kick_sender()

    def _release_claim(self, fulfillment_id: str) -> None:
        claim = self._record.get("claim")
        if not claim:
            return
        latest = self._journal.statuses.latest(fulfillment_id)
        if latest is not None and latest.status != claim:
            return  # the packer set another status since: keep theirs
        self._put_status(fulfillment_id, str(self._record.get("previous_status") or ""))

    def _acknowledge_change(self, scan: Scan | None) -> ScanOutcome:
        alert = self._recheck
        assert alert is not None
        assert self._fulfillment is not None
        new_expect = watched(self._fulfillment)
        try:
            self._journal.audit(
                station=self._settings.station,
                who=self.packer or "—",
                what=_CHANGE_ACKNOWLEDGED,
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

    def _journal_failed(self, exc: JournalUnavailable) -> None:
        self._unwritable = str(exc)
        log.error("%s", exc.details)

    def _end(self) -> None:
        self._session = None
        self._session_id = None
        self._record = {}
        self._expect = {}
        self._fulfillment = None
        self._recheck = None

    # -- changes in Stitch during a pack -------------------------------------------------------

    def _on_queue_changed(self, change: QueueChanged) -> None:
        if self._session is None:
            return
        fid = self._session.spec.fulfillment_id
        if fid in change.removed or any(f.id == fid for f in change.changed):
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
        if self._session_id is not None:
            try:
                self._journal.close_session(self._session_id, outcome=SessionOutcome.STOPPED)
            except JournalUnavailable as exc:
                self._journal_failed(exc)
        self._end()
        self._notifier.emit(alert)
        return alert

    # -- background work -------------------------------------------------------------------------

    def _kick_sender(self) -> None:
        if self._sender is not None:
            self._sender.kick()

    def _spawn(self, work: Callable[[], Coroutine[Any, Any, object]]) -> None:
        async def run() -> None:
            try:
                await work()
            except Exception:
                log.exception("background check failed")

        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop (a synchronous caller): the sender checks before posting anyway
        task = loop.create_task(run())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def aclose(self) -> None:
        tasks = tuple(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)


def _zone(name: str) -> dt.tzinfo:
    if name:
        try:
            return zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            log.warning("unknown time zone %r in the settings: using the computer's", name)
    zone = dt.datetime.now().astimezone().tzinfo
    return zone if zone is not None else dt.UTC


__all__ = ["OpenRefusal", "OpenedPack", "PackingService", "ScanOutcome", "Verdict"]
