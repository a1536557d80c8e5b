"""`packstation warehouse sync`: the warehouse's one connection to Stitch.

It holds the token (OS keyring or `$PACKSTATION_TOKEN`; never PostgreSQL), keeps the open
fulfillments, their line items and the products in PostgreSQL with today's `QueueService` (full
load, `updated_since` polls, full resyncs), and sends every station's boxes and statuses with
today's `OutboxSender` (reconciliation included) from a journal of its own (see
`warehouse_relay`). Every request waits for its token bucket: a share (default 80 %) of the
account's limit. One sync service leads (PostgreSQL advisory lock); a second waits and takes over
when the first dies, reconciling what the first had in hand before posting anything.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import logging
import os
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

from packstation.api.client import StitchClient
from packstation.api.errors import NotFoundError, StitchError
from packstation.domain.records import Product
from packstation.services.notifications import Notifier, QueueChanged, ShipmentSent
from packstation.services.outbox_sender import OutboxSender
from packstation.services.queue import QueueService
from packstation.services.warehouse_pacing import TokenBucket
from packstation.services.warehouse_relay import Relay
from packstation.store import Journal
from packstation.warehouse.leader import LeaderLock, close_quietly
from packstation.warehouse.listen import OUTBOX_CHANNEL, listen
from packstation.warehouse.schema import check_version
from packstation.warehouse.shared import SharedStore

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SyncSettings:
    rate_limit: float = 10.0  # the account's requests per second
    share: float = 0.8  # of it, for this service
    name: str | None = None  # in logs and in PostgreSQL's `relayed_by`
    poll_interval_s: float = 15.0
    full_resync_s: float = 3600.0
    lines_batch: int = 20
    relay_every_s: float = 2.0
    leader_check_s: float = 1.0
    # After taking over boxes a dead leader had in hand: its last post may still land in Stitch
    # (it notices the lost lock within `leader_check_s` and stops); wait before reconciling.
    takeover_grace_s: float = 5.0
    # Packs open longer than this show "Packing at <station>" in Stitch (None: never).
    claim_status_after_s: float | None = 300.0


def record(value: object) -> dict[str, Any]:
    """An API record as JSON (dates as ISO text, enums as their value)."""
    data: dict[str, Any] = json.loads(
        json.dumps(dataclasses.asdict(value), default=str)  # type: ignore[call-overload]
    )
    return data


class _SharedQueueService(QueueService):
    """Today's queue sync; the catalog it loads is also handed to PostgreSQL."""

    def __init__(self, *args: Any, on_products: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._on_products = on_products

    async def refresh_catalog(self) -> None:
        products = await self._tracked(self.client.list_products())
        self._catalog.replace(products)
        self.schedule.catalog_done(self._clock())
        self._on_products(products)


class WarehouseSync:
    def __init__(
        self,
        client: StitchClient,
        journal: Journal,
        dsn: str,
        settings: SyncSettings = SyncSettings(),
        *,
        bucket: TokenBucket | None = None,
    ) -> None:
        self.client = client
        self.journal = journal
        self.dsn = dsn
        self.settings = settings
        self.name = settings.name or f"{socket.gethostname()}:{os.getpid()}"
        self.bucket = bucket
        self.leading = asyncio.Event()
        self._wake = asyncio.Event()
        self._queue_dirty: list[QueueChanged] = []
        self._products: list[Product] | None = None
        self._full_applied = False

    # -- running ---------------------------------------------------------------------------------

    async def run(self) -> None:
        """Lead when the lock allows; start over after losing PostgreSQL. Until cancelled."""
        lock = LeaderLock(self.dsn, poll_s=self.settings.leader_check_s)
        try:
            while True:
                await lock.acquire()
                log.info("sync service %s leads the warehouse", self.name)
                try:
                    await self._lead(lock)
                except Exception as exc:  # never die: lead again once the lock is ours again
                    if _database_lost(exc):
                        log.warning(
                            "warehouse database lost (%s): sending stops until it is back",
                            _first_line(exc),
                        )
                    else:
                        log.exception("sync service stopped leading after an error")
                finally:
                    self.leading.clear()
                await lock.release()
                await asyncio.sleep(self.settings.leader_check_s)
        finally:
            await lock.release()

    async def _lead(self, lock: LeaderLock) -> None:
        conn = await psycopg.AsyncConnection.connect(self.dsn, autocommit=True, connect_timeout=5)
        try:
            events = await psycopg.AsyncConnection.connect(
                self.dsn, autocommit=True, connect_timeout=5
            )
        except BaseException:
            await close_quietly(conn)
            raise
        try:
            await self._lead_with(lock, conn, events)
        finally:
            await close_quietly(events)
            await close_quietly(conn)

    async def _lead_with(
        self,
        lock: LeaderLock,
        conn: psycopg.AsyncConnection[Any],
        events: psycopg.AsyncConnection[Any],
    ) -> None:
        await check_version(conn)
        self._full_applied = False  # a new queue service: its first full load prunes again
        store = SharedStore(conn)
        relay = Relay(self.journal, store, name=self.name)
        notifier = Notifier()
        queue = _SharedQueueService(
            self.client, self.journal, notifier,
            poll_interval_s=self.settings.poll_interval_s,
            full_resync_s=self.settings.full_resync_s,
            prefetch_lines=0,  # lines are fetched for PostgreSQL below
            on_products=self._got_products,
        )
        sender = OutboxSender(
            self.client, self.journal, notifier, station=self.name, queue=queue
        )
        notifier.on(QueueChanged, self._queue_changed)
        notifier.on(ShipmentSent, lambda _n: self._wake.set())
        if await relay.take_over():
            await asyncio.sleep(self.settings.takeover_grace_s)
        await relay.report()
        await listen(events, OUTBOX_CHANNEL)
        self.leading.set()
        async with asyncio.TaskGroup() as tasks:
            workers = [
                tasks.create_task(queue.run()),
                tasks.create_task(sender.run()),
                tasks.create_task(self._relay_loop(relay, sender)),
                tasks.create_task(self._queue_loop(store, queue)),
                tasks.create_task(self._wake_on_notify(events)),
            ]
            try:
                await self._watch(lock, workers)
            finally:
                for worker in workers:
                    worker.cancel()
        await queue.aclose()

    async def _watch(self, lock: LeaderLock, workers: Iterable[asyncio.Task[None]]) -> None:
        while await lock.held():
            if any(w.done() for w in workers):
                return
            await asyncio.sleep(self.settings.leader_check_s)
        raise psycopg.OperationalError("the leader lock's connection was lost")

    async def _wake_on_notify(self, conn: psycopg.AsyncConnection[Any]) -> None:
        async for _note in conn.notifies():
            self._wake.set()
        raise psycopg.OperationalError("notifications ended")

    # -- the shared outbox ----------------------------------------------------------------------

    async def _relay_loop(self, relay: Relay, sender: OutboxSender) -> None:
        while True:
            self._wake.clear()
            taken = await relay.take_new()
            if self.settings.claim_status_after_s is not None:
                taken += await relay.claim_statuses(self.settings.claim_status_after_s)
            if taken:
                sender.kick()
            await relay.report()
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.settings.relay_every_s):
                    await self._wake.wait()

    # -- the shared queue -----------------------------------------------------------------------

    def _queue_changed(self, change: QueueChanged) -> None:
        self._queue_dirty.append(change)
        self._wake.set()

    def _got_products(self, products: list[Product]) -> None:
        self._products = products

    async def _queue_loop(self, store: SharedStore, queue: QueueService) -> None:
        while True:
            changes, self._queue_dirty = self._queue_dirty, []
            for change in changes:
                await store.upsert_fulfillments(
                    [record(f) for f in (*change.added, *change.changed)]
                )
                await store.remove_fulfillments(change.removed)
            if queue.loaded and not self._full_applied:
                removed = await store.keep_only(f.id for f in queue.fulfillments)
                self._full_applied = True
                log.info("shared queue: %d open, %d removed", len(queue.fulfillments), removed)
            products, self._products = self._products, None
            if products is not None:
                await store.replace_products([record(p) for p in products])
            fetched = 0
            for fid in await store.without_lines(self.settings.lines_batch):
                try:
                    lines = await queue.lines(fid)
                except NotFoundError:
                    await store.remove_fulfillments([fid])  # gone from Stitch meanwhile
                    continue
                except StitchError as exc:
                    log.info("line items of %s not fetched: %s", fid, exc)
                    break  # offline or throttled: the next round tries again
                await store.set_lines(fid, [record(line) for line in lines])
                fetched += 1
            if fetched:
                continue
            await asyncio.sleep(0.5 if self._queue_dirty else self.settings.relay_every_s)


def _database_lost(exc: BaseException) -> bool:
    if isinstance(exc, BaseExceptionGroup):
        return all(_database_lost(inner) for inner in exc.exceptions)
    return isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError)


def _first_line(exc: BaseException) -> str:
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


async def run_sync_service(
    dsn: str,
    api_url: str,
    token: str,
    settings: SyncSettings,
    journal_path: Path | None = None,
) -> int:
    """The CLI's entry point: runs until interrupted."""
    bucket = TokenBucket(settings.rate_limit * settings.share)
    client = StitchClient(api_url, token, pace=bucket.take, on_request=bucket.note)
    journal = (
        Journal.open(journal_path) if journal_path else Journal.for_profile("warehouse-sync")
    )
    try:
        await WarehouseSync(client, journal, dsn, settings, bucket=bucket).run()
    finally:
        await client.aclose()
        journal.close()
    return 0
