"""A station in warehouse mode: the window's services read PostgreSQL, never Stitch.

`Station` stays the window's one door; in warehouse mode three of its parts are swapped:

- `WarehouseQueueService` (a `QueueService`): the queue is read from the shared tables and kept
  current by LISTEN/NOTIFY (an order claimed or shipped at another station leaves this queue as
  the notification arrives; a slow re-read stands behind it for a notification lost in an outage).
  Opening an order reads its record and line items from PostgreSQL: no Stitch request. The last
  copy stays in memory: with the server or the LAN away the station packs from it.
- `ClaimRows`: one packer per order by a unique claim row; a takeover is an UPDATE with its audit
  row (`packstation_take_over`). The claim status in Stitch is the sync service's job.
- `ForwardingSender` (in the sender's place): forwards the journal (sessions, events, boxes,
  statuses) to PostgreSQL idempotently and takes the sync service's verdicts back. The station
  never posts to Stitch and holds no Stitch token.

PostgreSQL errors become `NetworkError`s here, so the packing service treats the warehouse server
like Stitch: unreachable means "pack from the saved copy", never "stop".

Over 450 lines, one piece: the station's services in warehouse mode (queue, claims, forwarding,
outage) share one connection state; to split next: forwarding.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar, cast

import psycopg

from packstation.api.errors import NetworkError
from packstation.domain.records import Fulfillment, FulfillmentState, LineItem, Product
from packstation.services.notifications import (
    AlertKind,
    Notifier,
    OutboxChanged,
    PackAlert,
    ShipmentSent,
)
from packstation.services.order_cache import line_counts
from packstation.services.queue import QueueService
from packstation.services.warehouse_forward import JournalForwarder
from packstation.services.warehouse_queue import fulfillment_from_record, line_from_record
from packstation.store import Journal, OutboxEntry, OutboxSummary, ShipmentState
from packstation.store.timestamps import utc_now
from packstation.warehouse.listen import QUEUE_CHANNEL, listen
from packstation.warehouse.records import Claim
from packstation.warehouse.station import WarehouseStation

if TYPE_CHECKING:
    from packstation.api.client import StitchClient

log = logging.getLogger(__name__)

T = TypeVar("T")

#: A server that does not answer within this is away (a pulled cable never says so).
ANSWER_S = 5.0
_LOST = (psycopg.OperationalError, psycopg.InterfaceError, TimeoutError, OSError)


class PgLink:
    """The station's connection to the warehouse database, made again after an outage."""

    def __init__(self, dsn: str, station: str, *, password: str | None = None) -> None:
        self.dsn = dsn
        self._password = password
        self.station = WarehouseStation(
            cast("psycopg.AsyncConnection[Any]", None), station, dsn=dsn
        )
        self._lock = asyncio.Lock()

    async def connect(self) -> psycopg.AsyncConnection[Any]:
        extra: dict[str, Any] = {} if self._password is None else {"password": self._password}
        return await psycopg.AsyncConnection.connect(
            self.dsn, autocommit=True, connect_timeout=int(ANSWER_S), **extra
        )

    async def run(self, work: Callable[[WarehouseStation], Awaitable[T]]) -> T:
        """`work` on a live connection; `NetworkError` when the server is away."""
        try:
            async with asyncio.timeout(ANSWER_S * 2):
                async with self._lock:
                    conn = self.station.conn
                    if conn is None or conn.closed:
                        self.station.conn = await self.connect()
                result = await work(self.station)
        except _LOST as exc:
            await self._drop()
            raise NetworkError(f"the warehouse database can't be reached: {exc}") from exc
        return result

    async def _drop(self) -> None:
        from packstation.warehouse.leader import close_quietly

        conn = self.station.conn
        if conn is not None and not conn.closed:
            await close_quietly(conn)

    async def aclose(self) -> None:
        await self._drop()


def _product(data: dict[str, Any]) -> Product:
    return Product(
        id=str(data.get("id", "")),
        sku=str(data["sku"]),
        name=str(data.get("name", "")),
        upc=str(data.get("upc") or ""),
        quantity_on_hand=int(data.get("quantity_on_hand", 0)),
        created_at=dt.datetime.fromisoformat(str(data["created_at"])),
        updated_at=dt.datetime.fromisoformat(str(data["updated_at"])),
    )


class WarehouseQueueService(QueueService):
    """The queue from PostgreSQL. No Stitch client: every method that would read Stitch is
    overridden here to read the shared tables instead."""

    def __init__(
        self,
        link: PgLink,
        journal: Journal,
        notifier: Notifier,
        *,
        reread_s: float = 30.0,
        retry_s: float = 2.0,
    ) -> None:
        super().__init__(
            cast("StitchClient", None),
            journal,
            notifier,
            poll_interval_s=reread_s,
            full_resync_s=3600.0,
            catalog_s=3600.0,
            prefetch_lines=0,
        )
        self.link = link
        self._retry_s = retry_s
        self._stamps: dict[str, tuple[dt.datetime, dt.datetime | None]] = {}
        self._mine: set[str] = set()  # the ids PostgreSQL's queue shows this station
        self._catalog_count = -1
        self.products: tuple[Product, ...] = ()  # the sync service's copy of Stitch's catalog
        self.listening = asyncio.Event()

    # -- reading PostgreSQL -------------------------------------------------------------------

    async def sync_once(self) -> None:
        await self.refresh_full()

    async def refresh_full(self) -> None:
        started = self._clock()
        rows, mine, products = await self._pg(self._read)
        if products is not None:
            self._catalog.replace(products)
            self.products = tuple(products)
        stale = [fid for fid, at in rows.items() if self._stamps.get(fid) != at]
        if stale:
            records = await self._pg(lambda s: _records(s, stale))
            self._merge(records, fetched_at=started)
            # Their lines too, in one read: the station packs from this copy when the server
            # or the LAN is away.
            for fid, lines in (await self._pg(lambda s: _lines(s, stale))).items():
                record = self._open.get(fid)
                counts = None if record is None else line_counts(record)
                self._lines.store(fid, lines, started, counts)
            for f in records:
                self._stamps[f.id] = rows[f.id]
        gone = [fid for fid in self._open if fid not in rows]
        for fid in gone:
            self._stamps.pop(fid, None)
        self._remove(gone)
        self._mine = mine
        self._synced_at = started
        self._full_started = started
        self._loaded = True
        self._full_requested = False
        self._changed_now()

    async def poll(self) -> None:
        await self.refresh_full()

    async def refresh_catalog(self) -> None:
        self._catalog_count = -1  # read at the next refresh

    async def _read(
        self, station: WarehouseStation
    ) -> tuple[dict[str, tuple[dt.datetime, dt.datetime | None]], set[str], list[Product] | None]:
        cur = await station.conn.execute("SELECT id, updated_at, lines_synced_at FROM fulfillments")
        rows = {str(r[0]): (r[1], r[2]) for r in await cur.fetchall()}
        mine = {str(r["id"]) for r in await station.queue()}
        cur = await station.conn.execute("SELECT count(*), max(synced_at) FROM products")
        count_row = await cur.fetchone()
        count = int(count_row[0]) if count_row else 0
        products = None
        if count != self._catalog_count:
            cur = await station.conn.execute("SELECT record FROM products")
            products = [_product(r[0]) for r in await cur.fetchall()]
            self._catalog_count = count
        return rows, mine, products

    async def refresh_one(self, fulfillment_id: str) -> Fulfillment:
        """From PostgreSQL; an order gone from the shared queue is no longer open in Stitch."""
        started = self._clock()
        found = await self._pg(lambda s: _records(s, [fulfillment_id]))
        if found:
            self._apply(found, (), fetched_at=started)
            return found[0]
        last = self._open.get(fulfillment_id)
        self._apply((), (fulfillment_id,), fetched_at=started)
        if last is None:
            from packstation.api.errors import NotFoundError

            raise NotFoundError("not in the warehouse's queue", status=404)
        # The sync service removes what Stitch no longer lists as open: shipped or canceled.
        from dataclasses import replace

        return replace(last, state=FulfillmentState.COMPLETE)

    async def lines(self, fulfillment_id: str, *, reuse: bool = True) -> tuple[LineItem, ...]:
        started = self._clock()
        _record, rows = await self._pg(lambda s: s.open_order(fulfillment_id))
        if not rows:
            raise NetworkError("the sync service has not read this order's lines yet")
        lines = tuple(line_from_record(li) for li in rows)
        record = self._open.get(fulfillment_id)
        counts = None if record is None else line_counts(record)
        self._lines.store(fulfillment_id, lines, started, counts)
        return lines

    def _covered_units(self) -> dict[str, int]:
        covered = super()._covered_units()
        # Claimed at another station, or a box of it on its way: not in this station's queue.
        for fid in self._open:
            if fid not in self._mine:
                covered[fid] = 1 << 30
        return covered

    async def _pg(self, work: Callable[[WarehouseStation], Awaitable[T]]) -> T:
        try:
            result = await self.link.run(work)
        except NetworkError as exc:
            self._went_offline(exc)
            raise
        self._went_online()
        return result

    # -- LISTEN/NOTIFY --------------------------------------------------------------------------

    async def run(self) -> None:
        """Re-read at every queue notification (coalesced by the base loop); reconnect after an
        outage and re-read then, since notifications sent meanwhile are gone."""
        async with asyncio.TaskGroup() as tasks:
            tasks.create_task(super().run())
            tasks.create_task(self._listen())

    async def _listen(self) -> None:
        while True:
            try:
                async with await self.link.connect() as conn:
                    await listen(conn, QUEUE_CHANNEL)
                    self.listening.set()
                    self.kick()
                    async for _note in conn.notifies():
                        self.kick()
            except _LOST as exc:
                if self.listening.is_set():
                    log.warning("warehouse queue: database unreachable (%s); packing goes on", exc)
                self.listening.clear()
                self._went_offline(NetworkError(str(exc)))
            await asyncio.sleep(self._retry_s)


async def _records(station: WarehouseStation, ids: list[str]) -> list[Fulfillment]:
    cur = await station.conn.execute("SELECT record FROM fulfillments WHERE id = ANY(%s)", (ids,))
    return [fulfillment_from_record(r[0]) for r in await cur.fetchall()]


async def _lines(station: WarehouseStation, ids: list[str]) -> dict[str, tuple[LineItem, ...]]:
    cur = await station.conn.execute(
        "SELECT fulfillment_id, jsonb_agg(record ORDER BY position) FROM line_items"
        " WHERE fulfillment_id = ANY(%s) GROUP BY fulfillment_id",
        (ids,),
    )
    return {str(r[0]): tuple(line_from_record(li) for li in r[1]) for r in await cur.fetchall()}


@dataclass(frozen=True, slots=True)
class Holder:
    """Another station's claim on an order."""

    station: str
    packer: str

    @property
    def text(self) -> str:
        return f"{self.station} · {self.packer}"


class ClaimRows:
    """Claims as rows in PostgreSQL: one packer per order, across every station."""

    def __init__(self, link: PgLink) -> None:
        self._link = link
        self._after_forward: set[str] = set()
        self._taken: set[str] = set()  # claimed by this process (the others: a former run's)
        self._tasks: set[asyncio.Task[None]] = set()

    async def take(self, fulfillment_id: str, packer: str) -> Holder | None:
        """Claim the order for this station; the other station's claim when it has it."""
        claim: Claim | None = await self._link.run(lambda s: s.claim(fulfillment_id, packer))
        if claim is not None:
            self._taken.add(fulfillment_id)
            return None
        holder = await self._link.run(lambda s: s.claim_of(fulfillment_id))
        if holder is None:  # released meanwhile: try once more
            again = await self._link.run(lambda s: s.claim(fulfillment_id, packer))
            return None if again is not None else Holder("?", "?")
        return Holder(holder.station, holder.packer)

    async def take_over(self, fulfillment_id: str, packer: str, *, by: str, why: str) -> None:
        """A supervisor's takeover: one UPDATE and its audit row, in PostgreSQL."""
        self._taken.add(fulfillment_id)
        await self._link.run(lambda s: s.take_over(fulfillment_id, packer, by=by, why=why))

    async def release_orphans(self, open_fulfillment: str | None) -> None:
        """Claims a former run of this station left (killed between closing a pack's last box
        and releasing its claim): released once the journal is forwarded, except the pack the
        journal still has open."""
        keep = [*self._taken, *([open_fulfillment] if open_fulfillment else [])]

        async def release(station: WarehouseStation) -> None:
            await station.conn.execute(
                "DELETE FROM claims WHERE station = %s AND NOT fulfillment_id = ANY(%s)",
                (station.station, keep),
            )

        await self._link.run(release)

    def release_soon(self, fulfillment_id: str) -> None:
        """The pack was canceled: the order goes back to every queue."""
        self._spawn(self._release(fulfillment_id))

    def release_after_forward(self, fulfillment_id: str) -> None:
        """The last box closed: release once PostgreSQL has the box (never before, or another
        station would see the order as free for a moment)."""
        self._after_forward.add(fulfillment_id)

    async def release_forwarded(self) -> None:
        for fid in list(self._after_forward):
            await self._release(fid)
            self._after_forward.discard(fid)

    async def _release(self, fulfillment_id: str) -> None:
        with contextlib.suppress(NetworkError):
            await self._link.run(lambda s: s.release(fulfillment_id))
            self._taken.discard(fulfillment_id)

    def _spawn(self, work: Awaitable[None]) -> None:
        async def run() -> None:
            await work

        try:
            task = asyncio.get_running_loop().create_task(run())
        except RuntimeError:
            return
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


class ForwardingSender:
    """In the `OutboxSender`'s place: the journal goes to PostgreSQL, verdicts come back."""

    def __init__(
        self,
        forwarder: JournalForwarder,
        link: PgLink,
        journal: Journal,
        notifier: Notifier,
        claims: ClaimRows,
        queue: WarehouseQueueService,
        *,
        every_s: float = 2.0,
    ) -> None:
        self._forwarder = forwarder
        self._link = link
        self._journal = journal
        self._notifier = notifier
        self._claims = claims
        self._queue = queue
        self._every_s = every_s
        self._wake = asyncio.Event()
        self._idle = asyncio.Event()
        self.paused = False
        self.last_error = ""
        self._orphans_released = False

    def kick(self, *, now: bool = False) -> None:
        self._idle.clear()
        self._wake.set()

    def resume_with(self, client: object) -> None:
        """Nothing to do: a warehouse station has no Stitch token."""

    def summary(self) -> OutboxSummary:
        return self._journal.outbox.pending_summary()

    async def wait_idle(self) -> None:
        await self._idle.wait()

    def release_held(self, local_id: str, *, by: str, why: str) -> OutboxEntry:
        raise ValueError(
            "in warehouse mode a refused box is sent again from the sync service's machine"
        )

    async def forward_once(self) -> int:
        before = {e.local_id: e.state for e in self._journal.outbox.waiting()}
        inserted = await self._link.run(lambda _s: self._forwarder.forward_once())
        await self._claims.release_forwarded()
        if not self._orphans_released:
            unfinished = self._journal.unfinished_session(self._link.station.station)
            await self._claims.release_orphans(
                None if unfinished is None else unfinished.session.fulfillment_id
            )
            self._orphans_released = True
        changed = False
        for local_id, state in before.items():
            entry = self._journal.outbox.get(local_id)
            if entry.state is state:
                continue
            changed = True
            if entry.state is ShipmentState.SENT and entry.remote_id is not None:
                self._notifier.emit(
                    ShipmentSent(entry.local_id, entry.fulfillment_id, entry.remote_id, False)
                )
            elif entry.state is ShipmentState.REJECTED:
                order = str(entry.payload.get("order_number") or entry.fulfillment_id)
                self._notifier.emit(
                    PackAlert(
                        AlertKind.REJECTED,
                        entry.fulfillment_id,
                        order,
                        entry.rejected_message or "Stitch refused this box",
                        local_id=entry.local_id,
                    )
                )
        if changed or inserted:
            self._notifier.emit(OutboxChanged(self.summary()))
            self._queue.schedule_publish()
        return inserted

    async def run(self) -> None:
        while True:
            try:
                await self.forward_once()
                self.last_error = ""
            except NetworkError as exc:
                if not self.last_error:
                    log.warning("journal not forwarded, packing goes on: %s", exc)
                self.last_error = str(exc)
            except Exception:
                log.exception("forwarding the journal failed")
            self._idle.set()
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self._every_s):
                    await self._wake.wait()


@dataclass(frozen=True, slots=True)
class WarehouseParts:
    link: PgLink
    queue: WarehouseQueueService
    claims: ClaimRows
    sender: ForwardingSender


def warehouse_parts(
    db_url: str, station: str, password: str | None
) -> Callable[[Journal, Notifier], WarehouseParts]:
    """What `Station` builds in warehouse mode, once it has its journal and notifier."""

    def build(journal: Journal, notifier: Notifier) -> WarehouseParts:
        link = PgLink(db_url, station, password=password)
        queue = WarehouseQueueService(link, journal, notifier)
        claims = ClaimRows(link)
        forwarder = JournalForwarder(journal, link.station)
        sender = ForwardingSender(forwarder, link, journal, notifier, claims, queue)
        return WarehouseParts(link, queue, claims, sender)

    return build


__all__ = [
    "ClaimRows",
    "ForwardingSender",
    "Holder",
    "PgLink",
    "WarehouseParts",
    "WarehouseQueueService",
    "utc_now",
    "warehouse_parts",
]
