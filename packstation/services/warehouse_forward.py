"""A station in warehouse mode forwards its journal to PostgreSQL; PostgreSQL's verdicts come back.

The local journal stays exactly as in single-station mode: every scan and box is journaled there
first. This forwards sessions, events, boxes and status updates (idempotent by station and
sequence number / local id, so a replay after a lost answer or a restart inserts nothing twice)
and, once the sync service has sent a box to Stitch, marks the local row sent with Stitch's id.
The station itself never posts to Stitch in warehouse mode: the box travels one way.

When the warehouse server or the LAN is away, `forward_once` raises `psycopg.OperationalError`;
`run` waits and tries again, and packing goes on from the local journal meanwhile.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging

import psycopg

from packstation.store import Journal, ShipmentState
from packstation.store.records import (
    AuditEntry,
    EventRecord,
    OutboxEntry,
    SessionRecord,
    StatusUpdate,
)
from packstation.warehouse.records import (
    ForwardedAudit,
    ForwardedBox,
    ForwardedEvent,
    ForwardedSession,
    ForwardedStatus,
)
from packstation.warehouse.station import WarehouseStation

log = logging.getLogger(__name__)

_EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
_FAR = dt.datetime(9999, 1, 1, tzinfo=dt.UTC)


def _session(s: SessionRecord) -> ForwardedSession:
    return ForwardedSession(
        s.id, s.fulfillment_id, s.order_number, s.packer, s.opened_at, s.closed_at, s.outcome,
        dict(s.spec),
    )  # fmt: skip


def _event(e: EventRecord) -> ForwardedEvent:
    return ForwardedEvent(
        e.session_id, e.seq, e.at, e.packer, e.fulfillment_id, e.kind, e.raw, e.result,
        dict(e.payload),
    )


def _box(b: OutboxEntry) -> ForwardedBox:
    state = "sent" if b.state is ShipmentState.SENT else "pending"
    maybe = b.maybe_sent or b.state is ShipmentState.SENDING
    return ForwardedBox(
        b.local_id, b.fulfillment_id, b.session_id, b.box_number, dict(b.payload), b.created_at,
        state, maybe, b.remote_id, b.event_seq,
    )


def _audit(a: AuditEntry) -> ForwardedAudit:
    # The pack it belongs to, for the order history's order of entries.
    details = {**a.details, **({"session_id": a.session_id} if a.session_id else {})}
    return ForwardedAudit(str(a.id), a.at, a.who, a.what, a.why, a.fulfillment_id, details)


def _status(u: StatusUpdate) -> ForwardedStatus:
    return ForwardedStatus(u.local_id, u.fulfillment_id, u.status, u.created_at)


class JournalForwarder:
    def __init__(
        self, journal: Journal, warehouse: WarehouseStation, *, retry_s: float = 2.0
    ) -> None:
        self._journal = journal
        self._warehouse = warehouse
        self._station = warehouse.station
        self._retry_s = retry_s
        # Sessions opened before this are forwarded and closed: no need to read them again.
        self._since = _EPOCH
        self._audits_since = _EPOCH  # audit entries before this are in PostgreSQL
        self._wake = asyncio.Event()
        self.connected: bool | None = None

    def kick(self) -> None:
        """Something new was journaled."""
        self._wake.set()

    async def forward_once(self) -> int:
        """Forward what PostgreSQL lacks, then take back its verdicts; rows newly inserted."""
        sessions = self._journal.sessions_between(self._since, _FAR, station=self._station)
        events = [e for s in sessions for e in self._journal.events(s.id)]
        boxes = [b for s in sessions for b in self._journal.outbox.for_session(s.id)]
        statuses = list(self._journal.statuses.due(_FAR))
        audits = self._journal.audit_entries(self._audits_since)
        inserted = await self._warehouse.forward(
            [_session(s) for s in sessions],
            [_event(e) for e in events],
            [_box(b) for b in boxes],
            [_status(u) for u in statuses],
            [_audit(a) for a in audits],
        )
        if audits:  # the newest again next time (same moment, later row): inserted once
            self._audits_since = max(a.at for a in audits)
        for update in statuses:  # handed over: the sync service sends it
            self._journal.statuses.mark_sending(update.local_id)
            self._journal.statuses.mark_sent(update.local_id)
        unfinished = [b for b in boxes if b.state in (ShipmentState.PENDING, ShipmentState.SENDING)]
        if unfinished:
            verdicts = await self._warehouse.box_states()
            for entry in unfinished:
                state, remote_id, message = verdicts.get(entry.local_id, ("pending", None, None))
                if state not in ("sent", "rejected", "discarded"):
                    continue
                if entry.state is ShipmentState.PENDING:
                    self._journal.outbox.mark_sending(entry.local_id)
                if state == "sent" and remote_id is not None:
                    self._journal.outbox.mark_sent(entry.local_id, remote_id)
                else:  # refused by Stitch: the station's outbox view shows it to a supervisor
                    self._journal.outbox.mark_rejected(
                        entry.local_id, message or f"not sent ({state}) by the sync service"
                    )
        waiting = {b.session_id for b in self._journal.outbox.waiting()}
        still = [s.opened_at for s in sessions if s.closed_at is None or s.id in waiting]
        if sessions:
            self._since = min(still) if still else max(s.opened_at for s in sessions)
        return inserted

    async def run(self) -> None:
        """Forward until cancelled: at every kick, and every few seconds for verdicts."""
        while True:
            try:
                await self.forward_once()
                if self.connected is not True:
                    log.info("warehouse database reachable: journal forwarded")
                self.connected = True
            except psycopg.OperationalError as exc:
                if self.connected is not False:
                    log.warning("warehouse database unreachable, packing goes on: %s", exc)
                self.connected = False
                await self._reconnect()
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self._retry_s):
                    await self._wake.wait()

    async def _reconnect(self) -> None:
        conn = self._warehouse.conn
        if not conn.closed:
            return
        with contextlib.suppress(psycopg.OperationalError):
            self._warehouse.conn = await psycopg.AsyncConnection.connect(
                self._warehouse.dsn or conn.info.dsn, autocommit=True
            )
