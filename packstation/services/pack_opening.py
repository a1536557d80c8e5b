"""Opening a pack: the order (re-read unless the queue's last poll is fresh) and its lines,
build the session's spec, respect another station's claim (or take it over, audited), journal
the session, claim the order; and resume the station's unfinished pack after a restart.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from packstation.api.errors import (
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ServerError,
)
from packstation.domain.events import PackEvent
from packstation.domain.gtin import to_gtin14
from packstation.domain.records import Fulfillment, FulfillmentState, LineItem
from packstation.domain.session import PackLine, SessionSpec
from packstation.domain.signin import BadgePolicy, SlipGate, may_open_slip
from packstation.domain.tracking import carrier_for_shipping_method
from packstation.services.claims import Claim, other_station_claim
from packstation.services.pack_state import CHANGE_ACKNOWLEDGED, OpenedPack, OpenRefusal, PackState
from packstation.services.settings import claim_text
from packstation.services.shipment_payload import watched
from packstation.store import (
    JournalUnavailable,
    SessionStillOpenError,
    ShipmentState,
)


class PackOpening(PackState):
    async def open(
        self, fulfillment_id: str, packer: str | None = None, *, takeover: bool = False
    ) -> OpenedPack:
        """Re-read the order (unless the queue's copy is fresh) and its lines (unless cached and
        unchanged) from Stitch (cached ones when offline), journal the session, claim the order."""
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
        if self._stopped is not None:
            return OpenedPack(
                False,
                f"Put back what was in the box of order {self._stopped.order_number} first",
                refusal=OpenRefusal.PUT_BACK,
            )
        gate = self.slip_gate()
        if not gate.allowed:
            return OpenedPack(False, f"{gate.verdict}: {gate.detail}", refusal=OpenRefusal.SIGN_IN)
        saved = self._saved(fulfillment_id)
        if self._queue.online is False and saved is not None:
            # Stitch is known to be down and the order is saved here: the client's retries
            # would only keep the packer waiting (seconds) for an answer that will not come.
            fulfillment, lines, offline = *saved, True
        else:
            try:
                # Bounded: with Stitch unreachable the client's own retries could keep the packer
                # waiting; a saved copy of the order is better than a spinner.
                async with asyncio.timeout(self._open_timeout_s):
                    fulfillment = self._fresh_record(
                        fulfillment_id
                    ) or await self._queue.refresh_one(fulfillment_id)
                    # An open refused below (not open, claimed) reads no lines.
                    lines = (
                        await self._queue.lines(fulfillment_id)
                        if self._may_open(fulfillment, takeover)
                        else ()
                    )
                offline = False
            except NotFoundError:
                return OpenedPack(
                    False, "Stitch does not know this order", refusal=OpenRefusal.UNKNOWN
                )
            except (NetworkError, ServerError, RateLimitedError, TimeoutError):
                saved = self._saved(fulfillment_id)
                if saved is None:
                    return OpenedPack(
                        False,
                        f"{self._source()} can't be reached and this order is not saved on this"
                        " station yet",
                        refusal=OpenRefusal.UNAVAILABLE,
                    )
                fulfillment, lines, offline = *saved, True
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
        if self._claims is not None:
            claim, offline = await self._claim_row(fulfillment.id, offline)
        else:
            claim = self._other_claim(fulfillment)
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
        if claim is not None and self._claims is not None:
            try:
                async with asyncio.timeout(self._open_timeout_s):
                    await self._claims.take_over(
                        fulfillment.id,
                        self.packer or "—",
                        by=self.packer or "—",
                        why=f"claimed by {claim.station}",
                    )
            except (NetworkError, TimeoutError):
                return OpenedPack(
                    False,
                    "The warehouse server can't be reached: the order can't be taken over now",
                    fulfillment=fulfillment,
                    refusal=OpenRefusal.UNAVAILABLE,
                )
        # Warehouse mode: the claim is the row; the sync service shows long packs in Stitch.
        my_claim = None if self._claims else claim_text(self._settings, packer=self.packer)
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
        warning = (
            f"{self._source()} can't be reached: packing from the saved order" if offline else ""
        )
        return OpenedPack(True, warning, self.current, fulfillment, offline=offline)

    async def _claim_row(self, fulfillment_id: str, offline: bool) -> tuple[Claim | None, bool]:
        """Warehouse mode: take the claim row; another station's claim, and whether the order
        opens offline (the server away: packing goes on from the saved copy, unclaimed)."""
        assert self._claims is not None
        try:
            async with asyncio.timeout(self._open_timeout_s):
                holder = await self._claims.take(fulfillment_id, self.packer or "—")
        except (NetworkError, TimeoutError):
            return None, True
        if holder is None:
            return None, offline
        return Claim(station=holder.station, packer=holder.packer, text=holder.text), offline

    def slip_gate(self) -> SlipGate:
        """Whether a slip may open now: by default only with a packer signed in."""
        return may_open_slip(self.packer, allow_anonymous=self._settings.allow_anonymous_packing)

    def _may_open(self, fulfillment: Fulfillment, takeover: bool) -> bool:
        """Open in Stitch and not claimed by another station (or taken over)."""
        if fulfillment.state is not FulfillmentState.OPEN:
            return False
        return takeover or self._other_claim(fulfillment) is None

    def _source(self) -> str:
        """Where orders come from: Stitch, or in warehouse mode the warehouse server."""
        return "The warehouse server" if self._claims is not None else "Stitch"

    def _other_claim(self, fulfillment: Fulfillment) -> Claim | None:
        if self._claims is not None:
            return None  # warehouse mode: the claim is a row, taken when the order opens
        return other_station_claim(
            fulfillment,
            claim_format=self._settings.claim_format,
            station=self._settings.station,
            now=self._clock(),
            window=self._claim_window,
        )

    def _fresh_record(self, fulfillment_id: str) -> Fulfillment | None:
        """The queue's record of the order when its last poll is fresh and it shows no other
        station's claim: opening then reads no record from Stitch (the account's requests are
        shared). A claim in the record is read again before the packer is asked about it; an
        order canceled since the poll is caught by our claim's PUT (409, see `pack_watch`) and
        by the shipment's POST. None: read the order from Stitch."""
        queue = self._queue
        if not queue.is_fresh():
            return None
        record = queue.get(fulfillment_id)
        if record is None or record.state is not FulfillmentState.OPEN:
            return None
        return record if self._other_claim(record) is None else None

    def _saved(self, fulfillment_id: str) -> tuple[Fulfillment, tuple[LineItem, ...]] | None:
        """The order and its lines as this station last saved them (None: not both saved)."""
        cached = self._queue.get(fulfillment_id)
        cached_lines = self._queue.cached_lines(fulfillment_id)
        if cached is None or cached_lines is None:
            return None
        return cached, cached_lines

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
            carrier_mismatch_locks=self._settings.carrier_mismatch != "warn",
            unknown_label_needs_approval=self._settings.unknown_label_needs_pin,
            badge_mid_pack=BadgePolicy(self._settings.badge_mid_pack),
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
            for line in entry.shipment.line_items:
                key = line.fulfillment_line_item_id
                units[key] = units.get(key, 0) + line.quantity
        return units

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
            if audit.session_id == found.session.id and audit.what == CHANGE_ACKNOWLEDGED:
                self._expect = dict(audit.details.get("expect") or self._expect)
        return OpenedPack(True, "", self.current, self._fulfillment, resumed=True)


__all__ = ["PackOpening"]
