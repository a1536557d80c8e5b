"""Boxes and statuses from the shared outbox into the sync service's own journal, where today's
`OutboxSender` sends them (with its reconciliation), and Stitch's verdicts back to PostgreSQL.

Each shared box becomes one session and one box in the relay journal, the session id being
`<station>/<local id>`: importing is idempotent (a crash between the journal and PostgreSQL imports
nothing twice), and a box that may already be in Stitch (a station's `maybe_sent`, or adopted from
a sync service that died) is marked `maybe_sent`, so the sender looks in Stitch before posting.
"""

from __future__ import annotations

import logging

from packstation.store import Journal, NewEvent, ShipmentState, UnknownSessionError
from packstation.store.records import OutboxEntry
from packstation.store.timestamps import utc_now
from packstation.warehouse.records import SharedBox, SharedStatus
from packstation.warehouse.shared import SharedStore

log = logging.getLogger(__name__)

_FINAL = {
    ShipmentState.SENT: "sent",
    ShipmentState.REJECTED: "rejected",
    ShipmentState.DISCARDED: "discarded",
}


def relay_session_id(station: str, local_id: str) -> str:
    return f"{station}/{local_id}"


class Relay:
    def __init__(self, journal: Journal, store: SharedStore, *, name: str) -> None:
        self._journal = journal
        self._store = store
        self.name = name

    def entry_for(self, box: SharedBox) -> OutboxEntry | None:
        found = self._journal.outbox.for_session(relay_session_id(box.station, box.local_id))
        return found[0] if found else None

    def import_box(self, box: SharedBox, *, reconcile: bool = False) -> OutboxEntry:
        """Into the relay journal (once); with `reconcile`, look in Stitch before any post."""
        sid = relay_session_id(box.station, box.local_id)
        try:
            self._journal.session(sid)
        except UnknownSessionError:
            self._journal.open_session(
                fulfillment_id=box.fulfillment_id,
                order_number=str(box.payload.get("order_number") or box.fulfillment_id),
                station=sid,  # one session per box: never two open for one "station"
                packer=box.station,
                spec={"relayed_from": box.station, "local_id": box.local_id},
                at=box.created_at,
                session_id=sid,
            )
        entry = self.entry_for(box)
        if entry is None:
            entry = self._journal.close_box(
                sid,
                NewEvent("relayed", box.created_at, payload={"station": box.station}),
                box.payload,
                close_session=True,
            )
        if (reconcile or box.maybe_sent) and entry.state is ShipmentState.PENDING:
            self._journal.outbox.mark_sending(entry.local_id)
            entry = self._journal.outbox.mark_failed_retry(
                entry.local_id, "relayed: look in Stitch before posting", utc_now(),
                maybe_sent=True,
            )
        return entry

    async def take_new(self) -> int:
        """Pending boxes and statuses of every station into the relay journal."""
        boxes = await self._store.take_boxes(self.name)
        for box in boxes:
            self.import_box(box)
        statuses: list[SharedStatus] = await self._store.pending_statuses()
        for status in statuses:
            self._journal.statuses.put(status.fulfillment_id, status.status)
        await self._store.statuses_relayed(statuses)
        return len(boxes) + len(statuses)

    async def claim_statuses(self, older_than_s: float) -> int:
        """"Packing at <station>" in Stitch for packs open longer than `older_than_s`: one status
        per claim (a write per order would cost a third of the account's budget)."""
        claims = await self._store.long_claims(older_than_s)
        for fulfillment_id, station in claims:
            self._journal.statuses.put(fulfillment_id, f"Packing at {station}")
        return len(claims)

    async def take_over(self) -> int:
        """On becoming the leader: boxes another sync service left, and ours that it finished."""
        adopted = await self._store.adopt_relayed(self.name)
        for box in adopted:
            self.import_box(box, reconcile=True)
        for entry in self._journal.outbox.waiting():
            session = self._journal.session(entry.session_id)
            station, _, local_id = session.id.partition("/")
            state = await self._store.box_state(station, local_id)
            if state is not None and state[0] == "sent" and state[1]:
                # Sent by another sync service while we were not leading: never post it again.
                if entry.state is ShipmentState.PENDING:
                    self._journal.outbox.mark_sending(entry.local_id)
                self._journal.outbox.mark_sent(entry.local_id, state[1])
        return len(adopted)

    async def report(self) -> int:
        """Stitch's verdicts on relayed boxes back to PostgreSQL; boxes finished."""
        finished = 0
        for box in await self._store.relayed_by(self.name):
            entry = self.entry_for(box)
            if entry is None:
                self.import_box(box)  # taken, then a crash before the journal had it
                continue
            state = _FINAL.get(entry.state)
            if state is None:
                continue
            await self._store.finish_box(
                box.station, box.local_id, state, remote_id=entry.remote_id,
                message=entry.rejected_message,
            )
            finished += 1
        return finished
