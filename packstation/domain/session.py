"""The pack session: one fulfillment being packed, box by box, driven by classified scans.

The packer scans the slip, the items and the carrier label. Each item scan is matched to an order
line by GTIN-14 (or its SKU typed or scanned as text) and verified into the current box. Anything
that does not fit (a wrong item, an unknown code, one too many, a label of the wrong carrier or of
no carrier the station knows) is not counted and locks the session until acknowledged, so a mistake
can never slip past a packer who is not looking. A misread counts nothing and does not lock: the
packer scans again. A label lock can also be shipped over, deliberately, with PS-CMD:SHIP (the box
journals who did it); stopping a started box takes a second PS-CMD:CANCEL within a few seconds.

Every call returns the `PackEvent` it caused, ready to journal; `PackSession.replay(spec, events)`
rebuilds the session from them after a crash. The session decides, then applies its own event
through the same code that replay uses, so live and replayed sessions cannot drift apart.

Time is always passed in (`now`); the domain never reads a clock.

One piece (over 450 lines) on purpose: it is one state machine, and every transition is decided
and applied here so that a live session and a replayed one cannot drift apart; the spec, the
views and the events it uses are already their own modules (`session_spec`, `session_views`,
`events`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from packstation.domain.classify import split_symbology
from packstation.domain.commands import QTY_MAX
from packstation.domain.events import (
    After,
    BoxLine,
    BoxShipment,
    Cause,
    ErrorKind,
    ExpectedLine,
    LabelOverride,
    LineCount,
    LineDelta,
    Notice,
    Outcome,
    OverrideKind,
    PackError,
    PackEvent,
    PutBack,
    Result,
    SessionState,
)
from packstation.domain.scans import (
    Carrier,
    CommandName,
    CommandScan,
    Gs1Scan,
    MisreadScan,
    ProductScan,
    Scan,
    TextScan,
    TrackingCandidate,
    TrackingScan,
)
from packstation.domain.session_spec import (
    STOP_CONFIRM_SECONDS,
    CatalogLookup,
    PackLine,
    ProductInfo,
    SessionSpec,
    TrackingChoice,
    TrackingChooser,
    choose_tracking,
)
from packstation.domain.session_views import LineView, OverrideOffer, SkuCount, Snapshot
from packstation.domain.signin import BadgeDecision, badge_decision
from packstation.domain.tracking import label_candidates

MAX_QTY = QTY_MAX
TRACKING_MAX = 100  # Stitch's limit for a tracking number
_STATION_COMMANDS = frozenset({CommandName.USER, CommandName.STATUS})


class ReplayError(ValueError):
    """The journaled events do not fit this session (wrong spec, gap, or a corrupt journal)."""


_ITEM_ERRORS = frozenset(
    {
        ErrorKind.WRONG_ITEM,
        ErrorKind.UNKNOWN_CODE,
        ErrorKind.MISREAD,
        ErrorKind.OVER_SCAN,
        ErrorKind.BAD_QUANTITY,
    }
)
_LABEL_LOCKS = frozenset({ErrorKind.WRONG_CARRIER, ErrorKind.UNKNOWN_LABEL})
_CLOSED = (SessionState.DONE, SessionState.STOPPED)
# What releases a box that weighs wrong (domain/weight_gate.py).
# Short: it must fit the pack view's one line at 1366 px (the supervisor's way out, PS-CMD:SHIP
# with the PIN, is on the command sheet).
WEIGH_AGAIN = "fix the box and scan PS-CMD:WEIGH, or call a supervisor"
_ACK_FIRST = "scan PS-CMD:ACK or press Esc, then "

# What a decision comes to: the result, the state after it, the pending PS-QTY after it.
_Step = tuple[Result, SessionState, int | None]


class PackSession:
    """State machine of one fulfillment being packed. Not thread-safe."""

    def __init__(
        self,
        spec: SessionSpec,
        *,
        catalog: CatalogLookup | None = None,
        tracking_chooser: TrackingChooser = choose_tracking,
    ) -> None:
        self.spec = spec
        self._catalog = catalog
        self._choose = tracking_chooser
        lines = spec.lines
        self._capacity = [line.to_ship for line in lines]
        self._verified = [0] * len(lines)
        self._shipped = [0] * len(lines)
        self._index: dict[str, int] = {}
        by_gtin: dict[str, list[int]] = {}
        by_sku: dict[str, list[int]] = {}
        for i, line in enumerate(lines):
            if line.line_id in self._index:
                raise ValueError(f"line {line.line_id!r} appears twice")
            if line.ordered < 0 or line.shipped_before < 0:
                raise ValueError(f"line {line.line_id!r} has a negative quantity")
            self._index[line.line_id] = i
            for gtin in line.barcodes:
                by_gtin.setdefault(gtin, []).append(i)
            by_sku.setdefault(line.sku.strip().casefold(), []).append(i)
        # Lines of the same product fill in line order: the index lists keep that order.
        self._by_gtin = {k: tuple(v) for k, v in by_gtin.items()}
        self._by_sku = {k: tuple(v) for k, v in by_sku.items()}
        self._references = frozenset(
            ref.strip().casefold()
            for ref in (spec.fulfillment_id, spec.order_number, spec.channel_order_number)
            if ref.strip()
        )
        self._ordered_total = sum(line.ordered for line in lines)
        self._shipped_before_total = sum(line.shipped_before for line in lines)
        self._verified_total = 0
        self._left_total = sum(self._capacity)
        self._phase = SessionState.SCANNING if self._left_total else SessionState.DONE
        self._sku_lines = [len(by_sku[line.sku.strip().casefold()]) for line in lines]
        self._stop_armed_at: dt.datetime | None = None
        self._takeover_asked: str | None = None
        self._error: PackError | None = None
        # The box weighed wrong (weight_gate.py): its label cannot close it until a re-weigh
        # passes, the box changes, or a supervisor ships it over. Kept by _apply, so replayed.
        self._weight_hold: PackError | None = None
        self._pending_qty: int | None = None
        self._box_number = 1
        self._undo: list[tuple[int, tuple[LineDelta, ...]]] = []  # counted scans of this box
        self._boxes: list[BoxShipment] = []
        self._events: list[PackEvent] = []

    # -- reading ---------------------------------------------------------------------------

    @property
    def state(self) -> SessionState:
        return SessionState.LOCKED if self._error is not None else self._phase

    @property
    def error(self) -> PackError | None:
        return self._error

    @property
    def pending_qty(self) -> int | None:
        return self._pending_qty

    @property
    def events(self) -> tuple[PackEvent, ...]:
        return tuple(self._events)

    @property
    def boxes(self) -> tuple[BoxShipment, ...]:
        return tuple(self._boxes)

    @property
    def verified_total(self) -> int:
        return self._verified_total

    @property
    def left_total(self) -> int:
        return self._left_total

    def index_of(self, line_id: str) -> int:
        """Row of a line: lets a UI model refresh only the rows an event's deltas name."""
        return self._index[line_id]

    def line(self, index: int) -> LineView:
        spec = self.spec.lines[index]
        return LineView(
            line_id=spec.line_id,
            sku=spec.sku,
            name=spec.name,
            ordered=spec.ordered,
            shipped_before=spec.shipped_before,
            shipped_now=self._shipped[index],
            verified=self._verified[index],
            left=self._left(index),
            shared_sku=self._sku_lines[index],
            kit=spec.kit,
        )

    def sku_count(self, sku: str) -> SkuCount:
        """The banner's count for a SKU over every line that carries it ("2 of 2")."""
        indices = self._by_sku.get(sku.strip().casefold(), ())
        verified = sum(self._verified[i] for i in indices)
        return SkuCount(sku, verified, verified + sum(self._left(i) for i in indices))

    @property
    def weight_hold(self) -> PackError | None:
        return self._weight_hold

    @property
    def phase(self) -> SessionState:
        """The state under a lock: AWAITING_TRACKING while a locked box waits for its label."""
        return self._phase

    @property
    def stop_armed(self) -> bool:
        return self._stop_armed_at is not None

    @property
    def takeover_asked(self) -> str | None:
        return self._takeover_asked

    @property
    def override_offer(self) -> OverrideOffer | None:
        """The label lock that is up, if PS-CMD:SHIP (or the UI's same action) may ship over it."""
        error = self._error
        if error is None or error.kind not in _LABEL_LOCKS:
            return None
        if error.kind is ErrorKind.WRONG_CARRIER and error.label is not None:
            return OverrideOffer(
                OverrideKind.WRONG_CARRIER, error.label.number, error.label.carrier, False
            )
        return OverrideOffer(
            OverrideKind.UNVERIFIED_LABEL,
            error.raw.strip(),
            self.spec.expected_carrier,
            self.spec.unknown_label_needs_approval,
        )

    @property
    def override_offer_needs_approval(self) -> bool:
        offer = self.override_offer
        return offer is not None and offer.needs_approval

    def put_back(self) -> tuple[PutBack, ...]:
        """The units in the box being packed: what goes back to the shelf if packing stops."""
        return tuple(
            PutBack(line.line_id, line.sku, line.name, self._verified[i])
            for i, line in enumerate(self.spec.lines)
            if self._verified[i]
        )

    def next_action(self) -> str:
        """What the packer should do next, in words."""
        error = self._error
        if error is not None and error.kind in _LABEL_LOCKS:
            carrier = self.spec.expected_carrier
            label = f"a {carrier.value} label" if carrier is not None else "a known carrier label"
            approval = " with a supervisor" if self.override_offer_needs_approval else ""
            return f"scan {label}, or PS-CMD:SHIP{approval} to ship this one anyway"
        if (error is not None and error.kind is ErrorKind.WEIGHT_MISMATCH) or (
            error is None and self._weight_hold is not None
        ):
            return WEIGH_AGAIN
        if error is not None:
            return _ACK_FIRST + _after_ack(error.kind, self._phase)
        if self._phase is SessionState.AWAITING_TRACKING:
            return "scan the carrier label"
        if self._phase is SessionState.DONE:
            return "order packed"
        if self._phase is SessionState.STOPPED:
            return "packing stopped"
        if self._pending_qty is not None:
            return f"scan the item to count {self._pending_qty}"
        if self._left_total == 0:
            return "scan PS-CMD:SHIP"
        return "scan items"

    def snapshot(self) -> Snapshot:
        lines = tuple(self.line(i) for i in range(len(self.spec.lines)))
        return Snapshot(
            fulfillment_id=self.spec.fulfillment_id,
            order_number=self.spec.order_number,
            state=self.state,
            lines=lines,
            ordered_total=self._ordered_total,
            shipped_before_total=self._shipped_before_total,
            shipped_now_total=sum(self._shipped),
            verified_total=self._verified_total,
            left_total=self._left_total,
            error=self._error,
            pending_qty=self._pending_qty,
            box_number=self._box_number,
            boxes=tuple(self._boxes),
            next_action=self.next_action(),
            last_seq=len(self._events),
            stop_armed=self.stop_armed,
            override=self.override_offer,
            takeover_asked=self._takeover_asked,
        )

    # -- driving ---------------------------------------------------------------------------

    def scan(
        self,
        scan: Scan,
        now: dt.datetime,
        *,
        packer: str | None = None,
        approved_by: str | None = None,
    ) -> PackEvent:
        """Feed one classified scan; the returned event says what it did (journal it).

        `packer` is who is signed in (journaled in an override, asked before a badge takes the pack
        over); `approved_by` is the supervisor who approved accepting an unknown label.
        """
        _check_aware(now)
        result, state, pending = self._decide(scan, now, packer, approved_by)
        return self._record(Cause.SCAN, scan, now, result, state, pending)

    def take_over(self, packer: str, now: dt.datetime, *, previous: str | None) -> PackEvent:
        """The UI's "yes, take over" after a badge mid-pack: `packer` packs on from here."""
        _check_aware(now)
        result = Result(Outcome.TAKEN_OVER, command=CommandName.USER, argument=packer, by=previous)
        return self._record(Cause.UI, None, now, result, self.state, self._pending_qty)

    def weighed(
        self,
        passed: bool,
        words: str,
        now: dt.datetime,
        *,
        approved_by: str | None = None,
    ) -> PackEvent:
        """The scale's verdict on the complete box (`words`: "BOX WEIGHS ... — EXPECTED ...").

        Not passed: the session locks (WEIGHT_MISMATCH) and the label cannot close the box until
        a passing re-weigh, a changed box, or `approved_by` (a supervisor, PIN checked by the UI)
        ships it over. Outside AWAITING_TRACKING (the box changed meanwhile) nothing happens.
        """
        _check_aware(now)
        if self._phase is not SessionState.AWAITING_TRACKING:
            # The box changed or shipped while the scale read: this reading judges nothing.
            stale = Result(
                Outcome.CLOSED if self._phase in _CLOSED else Outcome.NOTICE,
                notice=None if self._phase in _CLOSED else Notice.NOT_LOCKED,
            )
            return self._record(Cause.SCALE, None, now, stale, self.state, self._pending_qty)
        if passed or approved_by is not None:
            result = Result(Outcome.WEIGHED, argument=words, by=approved_by)
            # Another lock that is up (a wrong label scanned meanwhile) stays up.
            other = self._error is not None and self._error.kind is not ErrorKind.WEIGHT_MISMATCH
            state = self.state if other and passed else self._phase
            cause = Cause.SCALE if approved_by is None else Cause.UI
            return self._record(cause, None, now, result, state, None)
        result, state, pending = self._fail(ErrorKind.WEIGHT_MISMATCH, "", detail=words)
        return self._record(Cause.SCALE, None, now, result, state, pending)

    def acknowledge(self, now: dt.datetime) -> PackEvent:
        """The UI's acknowledge key: the same as scanning PS-CMD:ACK."""
        _check_aware(now)
        result, state, pending = self._acknowledge()
        return self._record(Cause.ACK_KEY, None, now, result, state, pending)

    @classmethod
    def replay(
        cls,
        spec: SessionSpec,
        events: Iterable[PackEvent],
        *,
        catalog: CatalogLookup | None = None,
        tracking_chooser: TrackingChooser = choose_tracking,
    ) -> PackSession:
        """The session exactly as it was after `events` (a resumed pack after a crash).

        Events are applied as recorded, never decided again: the journal is the truth.
        """
        session = cls(spec, catalog=catalog, tracking_chooser=tracking_chooser)
        for event in events:
            expected_seq = len(session._events) + 1
            if event.seq != expected_seq:
                raise ReplayError(f"event {event.seq} where {expected_seq} was expected")
            try:
                session._apply(event.result, event.after.state, event.after.pending_qty, event.at)
            except (KeyError, IndexError) as exc:  # a line this order lacks, an undo of nothing
                raise ReplayError(f"event {event.seq} does not fit this order") from exc
            if session._after(event.result) != event.after:
                raise ReplayError(f"event {event.seq} does not fit the session it was replayed on")
            session._events.append(event)
        return session

    # -- deciding (reads state, changes nothing) -------------------------------------------

    def _decide(
        self, scan: Scan, now: dt.datetime, packer: str | None, approved_by: str | None
    ) -> _Step:
        phase = self._phase
        pending = self._pending_qty
        if isinstance(scan, CommandScan):
            if scan.name is CommandName.USER and packer is not None:
                return self._badge(scan.argument or "", packer)
            if scan.name in _STATION_COMMANDS:
                # Station-level: passed up to the service layer in any state, never lost.
                result = Result(Outcome.STATION, command=scan.name, argument=scan.argument)
                return result, self.state, pending
            if scan.name is CommandName.ACK:
                return self._acknowledge()
        if phase in _CLOSED:
            return Result(Outcome.CLOSED), phase, None
        if isinstance(scan, CommandScan) and scan.name is CommandName.CANCEL:
            return self._stop(now)
        error = self._error
        if error is not None:
            if error.kind in _LABEL_LOCKS:
                return self._label_lock(error, scan, now, packer, approved_by)
            return Result(Outcome.REFUSED), SessionState.LOCKED, pending
        if isinstance(scan, CommandScan):
            return self._command(scan)
        if isinstance(scan, TextScan) and scan.raw.strip().casefold() in self._references:
            return Result(Outcome.NOTICE, notice=Notice.SAME_ORDER), phase, pending
        if phase is SessionState.AWAITING_TRACKING:
            return self._label(scan, now)
        if isinstance(scan, TrackingScan):
            kind = ErrorKind.ITEMS_MISSING if self._left_total else ErrorKind.SHIP_COMMAND_REQUIRED
            return self._fail(kind, scan.raw)
        return self._item(scan)

    def _badge(self, badge: str, packer: str) -> _Step:
        units = self._verified_total
        open_ = self._phase not in _CLOSED
        match badge_decision(
            packer, badge, open_, units, self.spec.badge_mid_pack, self._takeover_asked
        ):
            case BadgeDecision.SIGN_IN:
                result = Result(Outcome.STATION, command=CommandName.USER, argument=badge)
            case BadgeDecision.TAKE_OVER:
                result = Result(
                    Outcome.TAKEN_OVER, command=CommandName.USER, argument=badge, by=packer
                )
            case BadgeDecision.ASK:
                result = Result(Outcome.TAKEOVER_ASKED, argument=badge, by=packer)
            case BadgeDecision.REFUSE:
                result = Result(Outcome.NOTICE, notice=Notice.FINISH_BOX_FIRST, argument=badge)
        return result, self.state, self._pending_qty

    def _stop(self, now: dt.datetime) -> _Step:
        """PS-CMD:CANCEL: stop packing; with units in the box only when scanned twice, soon."""
        put_back = self.put_back()
        armed = self._stop_armed_at
        window = dt.timedelta(seconds=self.spec.stop_confirm_seconds)
        if put_back and (armed is None or not dt.timedelta(0) <= now - armed <= window):
            result = Result(Outcome.STOP_ARMED, quantity=self._verified_total, put_back=put_back)
            return result, self.state, self._pending_qty
        return Result(Outcome.STOPPED, put_back=put_back), SessionState.STOPPED, None

    def _label_lock(
        self,
        error: PackError,
        scan: Scan,
        now: dt.datetime,
        packer: str | None,
        approved_by: str | None,
    ) -> _Step:
        """A label lock: PS-CMD:SHIP ships over it, a label of the right carrier replaces it."""
        pending = self._pending_qty
        if isinstance(scan, CommandScan) and scan.name is CommandName.SHIP:
            if error.kind is ErrorKind.WRONG_CARRIER and error.label is not None:
                override = LabelOverride(OverrideKind.WRONG_CARRIER, packer, approved_by)
                label = error.label
                return self._close_box(
                    label.number, label.carrier, label.url, now, error.detail, override
                )
            if self.spec.unknown_label_needs_approval and not approved_by:
                result = Result(Outcome.NOTICE, notice=Notice.APPROVAL_REQUIRED)
                return result, SessionState.LOCKED, pending
            override = LabelOverride(OverrideKind.UNVERIFIED_LABEL, packer, approved_by)
            number = error.raw.strip()
            return self._close_box(number, self.spec.expected_carrier, "", now, None, override)
        if _is_label(scan):
            step = self._label(scan, now)
            result = step[0]
            if result.box is not None or (
                result.error is not None and result.error.kind is ErrorKind.WRONG_CARRIER
            ):
                return step
        return Result(Outcome.REFUSED), SessionState.LOCKED, pending

    def _acknowledge(self) -> _Step:
        if self._phase in _CLOSED:
            return Result(Outcome.CLOSED), self._phase, None
        if self._error is None:
            return Result(Outcome.NOTICE, notice=Notice.NOT_LOCKED), self._phase, self._pending_qty
        return Result(Outcome.ACKNOWLEDGED), self._phase, None

    def _command(self, scan: CommandScan) -> _Step:
        phase = self._phase
        pending = self._pending_qty
        match scan.name:
            case CommandName.UNDO:
                if pending is not None:
                    return Result(Outcome.QTY_CLEARED, quantity=pending), phase, None
                if not self._undo:
                    return Result(Outcome.NOTICE, notice=Notice.NOTHING_TO_UNDO), phase, None
                seq, deltas = self._undo[-1]
                reversed_ = tuple(LineDelta(d.line_id, -d.quantity) for d in deltas)
                result = Result(Outcome.UNDONE, deltas=reversed_, undone_seq=seq)
                # Something is unverified again, so the box cannot be waiting for its label.
                return result, SessionState.SCANNING, None
            case CommandName.SHIP | CommandName.PARTIAL if phase is SessionState.AWAITING_TRACKING:
                return Result(Outcome.READY_FOR_LABEL), phase, None
            case CommandName.SHIP:
                if self._left_total:
                    return self._fail(ErrorKind.ITEMS_MISSING, scan.raw)
                return Result(Outcome.READY_FOR_LABEL), SessionState.AWAITING_TRACKING, None
            case CommandName.PARTIAL:
                if not self._verified_total:
                    return self._fail(ErrorKind.NOTHING_VERIFIED, scan.raw)
                return Result(Outcome.READY_FOR_LABEL), SessionState.AWAITING_TRACKING, None
            case CommandName.QTY:
                if phase is SessionState.AWAITING_TRACKING:
                    return self._fail(ErrorKind.EXPECTED_LABEL, scan.raw)
                qty = _quantity(scan.argument)
                if qty is None:
                    return self._fail(ErrorKind.BAD_QUANTITY, scan.raw, detail=scan.argument)
                return Result(Outcome.QTY_SET, quantity=qty), phase, qty
            case _:  # ACK, CANCEL, USER and STATUS are handled before a command gets here
                raise AssertionError(f"unhandled command {scan.name}")

    def _lines_for(self, scan: Scan) -> tuple[int, ...]:
        match scan:
            case ProductScan():
                # Eight digits are a UPC-E and an EAN-8 at once: the reading the order has wins.
                for gtin in scan.readings:
                    if gtin in self._by_gtin:
                        return self._by_gtin[gtin]
                return ()
            case Gs1Scan(gtin14=str(gtin)):
                return self._by_gtin.get(gtin, ())
            case TextScan(raw=raw):
                return self._by_sku.get(raw.strip().casefold(), ())
        return ()

    def _item(self, scan: Scan) -> _Step:
        qty = self._pending_qty or 1
        if isinstance(scan, MisreadScan):
            return self._misread(scan.raw, scan.problem, quantity=qty)
        indices = self._lines_for(scan)
        if not indices:
            return self._unknown(scan, qty)
        first = self.spec.lines[indices[0]]
        available = sum(self._left(i) for i in indices)
        if qty > available:
            return self._fail(
                ErrorKind.OVER_SCAN, scan.raw, sku=first.sku, name=first.name, quantity=qty
            )
        deltas: list[LineDelta] = []
        wanted = qty
        for i in indices:
            take = min(wanted, self._left(i))
            if take:
                deltas.append(LineDelta(self.spec.lines[i].line_id, take))
                wanted -= take
            if not wanted:
                break
        done = self._left_total == qty and not self.spec.require_ship_command
        state = SessionState.AWAITING_TRACKING if done else SessionState.SCANNING
        return Result(Outcome.COUNTED, deltas=tuple(deltas)), state, None

    def _unknown(self, scan: Scan, qty: int) -> _Step:
        gtins = _readings(scan)
        catalog = self._catalog
        info = next((i for g in gtins if (i := catalog(g)) is not None), None) if catalog else None
        if info is None and isinstance(scan, ProductScan) and scan.tracking:
            # Not a product anyone knows but a carrier label's number: the label came too early.
            kind = ErrorKind.ITEMS_MISSING if self._left_total else ErrorKind.SHIP_COMMAND_REQUIRED
            return self._fail(kind, scan.raw)
        if info is None:
            return self._fail(ErrorKind.UNKNOWN_CODE, scan.raw, quantity=qty)
        return self._fail(
            ErrorKind.WRONG_ITEM, scan.raw, sku=info.sku, name=info.name, quantity=qty
        )

    def _label(self, scan: Scan, now: dt.datetime) -> _Step:
        """Awaiting tracking: only a carrier label closes the box."""
        if isinstance(scan, TrackingScan):
            candidates = scan.candidates
        elif isinstance(scan, ProductScan) and scan.tracking:
            candidates = scan.tracking  # a 12-digit FedEx number reads as a UPC-A too
        elif not self._lines_for(scan) and (fits := self._fits_a_carrier(scan)):
            candidates = fits
        elif isinstance(scan, MisreadScan):
            return self._misread(scan.raw, scan.problem)
        else:
            indices = self._lines_for(scan)
            if indices and not any(self._left(i) for i in indices):
                line = self.spec.lines[indices[0]]
                return self._fail(ErrorKind.OVER_SCAN, scan.raw, sku=line.sku, name=line.name)
            if not indices and self._could_be_label(scan):
                return self._fail(ErrorKind.UNKNOWN_LABEL, scan.raw)
            return self._fail(ErrorKind.EXPECTED_LABEL, scan.raw)
        hold = self._weight_hold
        if hold is not None:
            return self._fail(ErrorKind.WEIGHT_MISMATCH, scan.raw, detail=hold.detail)
        choice = self._choose(candidates, self.spec.expected_carrier)
        if choice is None:
            return self._misread(scan.raw, "carrier label check failed")
        expected = self.spec.expected_carrier
        if choice.warning and expected is not None and self.spec.carrier_mismatch_locks:
            found = choice.candidate.carrier.value
            detail = f"Label is {found} — this order ships {expected.value}"
            return self._fail(
                ErrorKind.WRONG_CARRIER, scan.raw, detail=detail, label=choice.candidate
            )
        best = choice.candidate
        return self._close_box(best.number, best.carrier, best.url, now, choice.warning, None)

    def _could_be_label(self, scan: Scan) -> bool:
        """Awaiting a label, a code that is no product anyone knows may be a carrier's we lack."""
        if isinstance(scan, TextScan):
            text = scan.raw.strip()
            return 0 < len(text) <= TRACKING_MAX and text.isprintable()
        if isinstance(scan, Gs1Scan):
            # An SSCC and the like: a logistics label, if it can be posted as a tracking number.
            text = scan.raw.strip()
            return scan.gtin14 is None and len(text) <= TRACKING_MAX and text.isprintable()
        if isinstance(scan, ProductScan):
            known = self._catalog(scan.gtin14) if self._catalog is not None else None
            return known is None
        return False

    def _close_box(
        self,
        number: str,
        carrier: Carrier | None,
        url: str,
        now: dt.datetime,
        warning: str | None,
        override: LabelOverride | None,
    ) -> _Step:
        lines = tuple(
            BoxLine(line.line_id, line.sku, self._verified[i])
            for i, line in enumerate(self.spec.lines)
            if self._verified[i]
        )
        box = BoxShipment(
            fulfillment_id=self.spec.fulfillment_id,
            box_number=self._box_number,
            shipped_at=now,
            tracking_number=number,
            carrier=carrier,
            tracking_url=url,
            service=self.spec.service,
            lines=lines,
            carrier_warning=warning,
            last_box=self._left_total == 0,
            override=override,
        )
        state = SessionState.DONE if self._left_total == 0 else SessionState.SCANNING
        return Result(Outcome.BOX_COMPLETE, box=box), state, None

    def _fits_a_carrier(self, scan: Scan) -> tuple[TrackingCandidate, ...]:
        """Awaiting a label, a code that fits a carrier format is that label: a DHL eCommerce or
        Purolator number also reads as a product code with a wrong check digit, and an SSCC
        label is a GS1 code."""
        if isinstance(scan, Gs1Scan):
            sscc = scan.sscc if scan.gtin14 is None else None
            return label_candidates("00" + sscc, None) if sscc else ()
        catalog = self._catalog
        if isinstance(scan, ProductScan) and catalog and any(map(catalog, scan.readings)):
            return ()  # a product the catalogue knows, scanned when the label was due
        if isinstance(scan, MisreadScan | TextScan | ProductScan):
            payload = split_symbology(scan.raw.strip())[1]
            return label_candidates(payload, self.spec.expected_carrier)
        return ()

    def _fail(
        self,
        kind: ErrorKind,
        raw: str,
        *,
        sku: str | None = None,
        name: str | None = None,
        quantity: int = 1,
        detail: str | None = None,
        label: TrackingCandidate | None = None,
    ) -> _Step:
        expected = tuple(
            ExpectedLine(line.line_id, line.sku, line.name, self._left(i))
            for i, line in enumerate(self.spec.lines)
            if self._left(i)
        )
        error = PackError(kind, raw, sku, name, quantity, detail, expected, label)
        # A pending quantity belonged to the scan that failed: it does not carry over.
        return Result(Outcome.ERROR, error=error), SessionState.LOCKED, None

    def _misread(self, raw: str, problem: str, *, quantity: int = 1) -> _Step:
        """Nothing counted and no lock: the packer scans again; a pending PS-QTY still holds."""
        error = PackError(ErrorKind.MISREAD, raw, quantity=quantity, detail=problem)
        return Result(Outcome.MISREAD, error=error), self._phase, self._pending_qty

    # -- applying (the only code that changes state, live and on replay) --------------------

    def _record(
        self,
        cause: Cause,
        scan: Scan | None,
        now: dt.datetime,
        result: Result,
        state: SessionState,
        pending: int | None,
    ) -> PackEvent:
        self._apply(result, state, pending, now)
        event = PackEvent(len(self._events) + 1, now, cause, scan, result, self._after(result))
        self._events.append(event)
        return event

    def _apply(
        self, result: Result, state: SessionState, pending: int | None, at: dt.datetime
    ) -> None:
        seq = len(self._events) + 1
        # Arming lasts until the next event, whatever it is: only CANCEL, CANCEL stops.
        self._stop_armed_at = at if result.outcome is Outcome.STOP_ARMED else None
        asked = result.argument if result.outcome is Outcome.TAKEOVER_ASKED else None
        self._takeover_asked = asked
        for delta in result.deltas:
            i = self._index[delta.line_id]
            self._verified[i] += delta.quantity
            self._verified_total += delta.quantity
            self._left_total -= delta.quantity
        if result.outcome is Outcome.COUNTED:
            self._undo.append((seq, result.deltas))
        elif result.outcome is Outcome.UNDONE:
            self._undo.pop()
        elif result.box is not None:
            for box_line in result.box.lines:
                i = self._index[box_line.line_id]
                self._verified[i] -= box_line.quantity
                self._shipped[i] += box_line.quantity
                self._verified_total -= box_line.quantity
            self._boxes.append(result.box)
            self._box_number += 1
            self._undo.clear()  # a posted box cannot be undone by scanning
        if result.outcome in (Outcome.COUNTED, Outcome.UNDONE, Outcome.WEIGHED) or result.box:
            self._weight_hold = None  # the box changed (weigh it again) or its weight is settled
        elif result.error is not None and result.error.kind is ErrorKind.WEIGHT_MISMATCH:
            self._weight_hold = result.error
        if state is SessionState.LOCKED:
            if result.error is not None:
                self._error = result.error
        else:
            self._phase = state
            self._error = None
        self._pending_qty = pending

    def _after(self, result: Result) -> After:
        ids: list[str] = [d.line_id for d in result.deltas]
        if result.box is not None:
            ids.extend(line.line_id for line in result.box.lines)
        counts: list[LineCount] = []
        for line_id in dict.fromkeys(ids):  # each changed line once, in the order changed
            i = self._index[line_id]
            counts.append(LineCount(line_id, self._verified[i], self._left(i)))
        return After(
            state=self.state,
            pending_qty=self._pending_qty,
            box_number=self._box_number,
            verified_total=self._verified_total,
            left_total=self._left_total,
            lines=tuple(counts),
        )

    def _left(self, i: int) -> int:
        return self._capacity[i] - self._shipped[i] - self._verified[i]


def _readings(scan: Scan) -> tuple[str, ...]:
    if isinstance(scan, ProductScan):
        return scan.readings
    if isinstance(scan, Gs1Scan) and scan.gtin14 is not None:
        return (scan.gtin14,)
    return ()


def _after_ack(kind: ErrorKind, phase: SessionState) -> str:
    if kind is ErrorKind.ITEMS_MISSING:
        return "scan the missing items"
    if kind is ErrorKind.SHIP_COMMAND_REQUIRED:
        return "scan PS-CMD:SHIP"
    if kind is ErrorKind.NOTHING_VERIFIED:
        return "scan items"
    if phase is SessionState.AWAITING_TRACKING:
        return "scan the carrier label"
    if kind in _ITEM_ERRORS:
        return "scan the right item"
    return "scan items"


def _is_label(scan: Scan) -> bool:
    return isinstance(scan, TrackingScan) or (isinstance(scan, ProductScan) and bool(scan.tracking))


def _quantity(argument: str | None) -> int | None:
    text = (argument or "").strip()
    if not (text.isascii() and text.isdigit()):
        return None
    qty = int(text)
    return qty if 1 <= qty <= MAX_QTY else None


def _check_aware(now: dt.datetime) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("pack session times need a UTC offset")


__all__ = [
    "MAX_QTY",
    "STOP_CONFIRM_SECONDS",
    "CatalogLookup",
    "LineView",
    "OverrideOffer",
    "PackLine",
    "PackSession",
    "ProductInfo",
    "ReplayError",
    "SessionSpec",
    "SkuCount",
    "Snapshot",
    "TrackingChoice",
    "TrackingChooser",
    "choose_tracking",
]
