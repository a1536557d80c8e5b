"""The queue of open fulfillments, kept in sync with Stitch, and the caches packing needs offline.

A full load first (pages of 100), then `updated_since` polls every 30–60 s (jittered; see
`sync_plan`) from a watermark. The open list never shows what left it elsewhere (completed,
canceled), so about hourly (± 10 %) the whole list is loaded again and what is missing removed; a
full load that fails resumes from its page. The catalog is refreshed on its own timer.

The account's rate limit is shared with the other stations: an order's lines are read again only
when its line or unit counts change (`order_cache`), our own claim's answer goes straight into the
cache, and only the next `prefetch_lines` orders are prefetched for offline packing.

The queue the packer sees hides fulfillments this station has already packed: their boxes are in
the outbox (waiting, in flight, refused) or sent since Stitch's record was fetched.

One piece (over 450 lines) on purpose: the polls, the full reloads, the line cache and the
hiding of packed orders share one watermark and one cache of records; split, a reload and a poll
could each think the other had the latest record. The plan of when to poll is `sync_plan`, the
line cache `order_cache`.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import AsyncGenerator, Awaitable, Iterable
from typing import TypeVar

from packstation.api.budget import Priority, priority
from packstation.api.client import StitchClient
from packstation.api.errors import AuthError, NetworkError, ServerError, StitchError
from packstation.domain.clock import Clock
from packstation.domain.records import Fulfillment, FulfillmentState, LineItem, Page
from packstation.domain.session import ProductInfo
from packstation.services.notifications import (
    ConnectionChanged,
    Notifier,
    QueueChanged,
    TokenNeeded,
)
from packstation.services.order_cache import Catalog, LineCache, covered_units, line_counts
from packstation.services.sync_plan import Resync, SyncSchedule, Watermark, id_order
from packstation.store import Journal, JournalError
from packstation.store.timestamps import utc_now

log = logging.getLogger(__name__)

T = TypeVar("T")


PAGE_SIZE = 100


def reference_key(text: str) -> str:
    """How a slip reference compares: case-insensitive, blanks and a leading `#` ignored."""
    return text.strip().lstrip("#").strip().casefold()


class QueueService:
    def __init__(
        self,
        client: StitchClient,
        journal: Journal,
        notifier: Notifier,
        *,
        poll_interval_s: float = 30.0,
        poll_interval_max_s: float | None = None,
        full_resync_s: float = 3600.0,
        catalog_s: float = 3600.0,
        prefetch_lines: int = 5,
        clock: Clock = utc_now,
        schedule: SyncSchedule | None = None,
    ) -> None:
        self.client = client
        self._journal = journal
        self._notifier = notifier
        self.schedule = schedule or SyncSchedule(
            poll_s=poll_interval_s,
            poll_max_s=poll_interval_max_s,
            full_s=full_resync_s,
            catalog_s=catalog_s,
        )
        self._prefetch_limit = prefetch_lines
        self._clock = clock
        self._open: dict[str, Fulfillment] = {}
        self._fetched_at: dict[str, dt.datetime] = {}
        self._visible: dict[str, Fulfillment] = {}
        self._sorted: tuple[Fulfillment, ...] = ()
        self._changed: set[str] = set()
        self._refs: dict[str, str] = {}
        self._lines = LineCache()
        self._catalog = Catalog()
        self.watermark = Watermark()
        self._resync: Resync | None = None
        self._synced_at: dt.datetime | None = None
        self._full_started: dt.datetime | None = None
        self._loaded = False
        self._online: bool | None = None
        self._last_sync: dt.datetime | None = None
        self._offline_since: dt.datetime | None = None
        self._wake = asyncio.Event()
        self._full_requested = True
        self._prefetch_task: asyncio.Task[None] | None = None
        self._publish_scheduled = False
        self._token_refused = False

    # -- reading (synchronous, from the caches) ----------------------------------------------

    @property
    def loaded(self) -> bool:
        """True once a full load succeeded."""
        return self._loaded

    @property
    def fulfillments(self) -> tuple[Fulfillment, ...]:
        """The queue the packer sees, by id."""
        return self._sorted

    def get(self, fulfillment_id: str) -> Fulfillment | None:
        """The last known open record (also of one hidden from the queue)."""
        return self._open.get(fulfillment_id)

    def fetched_at(self, fulfillment_id: str) -> dt.datetime | None:
        return self._fetched_at.get(fulfillment_id)

    def cached_lines(self, fulfillment_id: str) -> tuple[LineItem, ...] | None:
        return self._lines.get(fulfillment_id)

    def lines_fetched_at(self, fulfillment_id: str) -> dt.datetime | None:
        return self._lines.fetched_at(fulfillment_id)

    def barcodes_for(self, sku: str) -> frozenset[str]:
        """GTIN-14s the catalog knows for a SKU."""
        return self._catalog.barcodes_for(sku)

    def product_for(self, gtin14: str) -> ProductInfo | None:
        return self._catalog.product_for(gtin14)

    def find_reference(self, text: str) -> Fulfillment | None:
        """The open fulfillment a packing slip names: its id, order or channel order number."""
        key = reference_key(text)
        fulfillment_id = self._refs.get(key) if key else None
        return None if fulfillment_id is None else self._open.get(fulfillment_id)

    def is_fresh(self) -> bool:
        """The last poll or full load started recently enough to stand for Stitch's record: a
        box need not be checked with a GET of its order before it is posted."""
        synced = self._synced_at
        if synced is None:
            return False
        return (self._clock() - synced).total_seconds() <= self.schedule.fresh_s

    @property
    def online(self) -> bool | None:
        """None until the first request ended."""
        return self._online

    @property
    def last_sync(self) -> dt.datetime | None:
        return self._last_sync

    @property
    def offline_since(self) -> dt.datetime | None:
        return self._offline_since

    # -- syncing -------------------------------------------------------------------------------

    async def run(self) -> None:
        """Sync until cancelled: full loads, polls, catalog refreshes, waiting in between."""
        while True:
            try:
                await self.sync_once()
                self._token_refused = False
            except AuthError as exc:
                if not self._token_refused:  # say it once, not at every poll
                    self._token_refused = True
                    self._notifier.emit(TokenNeeded(exc.message))
            except StitchError as exc:
                log.info("queue sync failed: %s", exc)
            except JournalError:
                log.exception("queue could not read the journal")
            self._wake.clear()
            # asyncio.timeout, not wait_for: Python 3.11's wait_for swallows a cancel that
            # arrives just as the event is set, and the loop never ends.
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.schedule.poll_delay()):
                    await self._wake.wait()

    def kick(self, *, full: bool = False) -> None:
        """Sync now instead of at the next interval."""
        self._full_requested = self._full_requested or full
        self._wake.set()

    async def sync_once(self) -> None:
        """A full load when due (first time, about hourly, asked for, or one to resume), else a
        poll; the catalog first when its own timer is due."""
        now = self._clock()
        if self.schedule.catalog_due(now):
            await self.refresh_catalog()
        if (
            self._full_requested
            or not self._loaded
            or self._resync is not None
            or self.schedule.full_due(now)
        ):
            await self.refresh_full()
        else:
            await self.poll()

    async def refresh_full(self) -> None:
        """The whole open list; an attempt that fails is resumed from its page by the next."""
        now = self._clock()
        resync = self._resync
        if resync is None or resync.stale(now):
            resync = self._resync = Resync(started=now, server_time=self.client.server_time)
        resync.attempts += 1
        page_num = resync.resume_page()
        while True:
            pages = self.client.list_open_fulfillments_pages(
                page_size=PAGE_SIZE, start_page=page_num
            )
            shifted = False
            async with contextlib.aclosing(self._tracked_iter(pages)) as tracked:
                async for page in tracked:
                    number = page.meta.current_page
                    if number == page_num and resync.gap_before(number, page.items):
                        shifted = True  # orders before it left the list since: step back
                        break
                    resync.record(number, page.items, self._clock())
            if not shifted:
                break
            page_num -= 1
        self._resync = None
        found = resync.found
        gone = [fid for fid in self._open if fid not in found]
        self._full_started = resync.started
        by_time: dict[dt.datetime, list[Fulfillment]] = {}
        for fulfillment, at in found.values():
            by_time.setdefault(at, []).append(fulfillment)
        for at, group in by_time.items():
            self._merge(group, fetched_at=at)
        self._remove(gone)
        self.watermark.saw([f.updated_at for f, _ in found.values()], resync.server_time)
        self._synced_at = resync.started
        self._loaded = True
        self._full_requested = False
        self.schedule.full_done(self._clock())
        self._changed_now()

    async def poll(self) -> None:
        """Changes since the watermark (new, edited or re-statused orders)."""
        started = self._clock()
        since = self.watermark.since(started)
        server_before = self.client.server_time
        changed: list[Fulfillment] = []
        pages = self.client.list_open_fulfillments_pages(updated_since=since, page_size=PAGE_SIZE)
        async for page in self._tracked_iter(pages):
            changed.extend(page.items)
        self.watermark.saw([f.updated_at for f in changed], server_before)
        self._synced_at = started
        self._apply(changed, (), fetched_at=started)

    async def refresh_one(self, fulfillment_id: str) -> Fulfillment:
        """Re-read one fulfillment in any state; one that is no longer open leaves the queue."""
        started = self._clock()
        fulfillment = await self._tracked(self.client.get_fulfillment(fulfillment_id))
        if fulfillment.state is FulfillmentState.OPEN:
            self._apply((fulfillment,), (), fetched_at=started)
        elif fulfillment_id in self._open:
            self._apply((), (fulfillment_id,), fetched_at=started)
        return fulfillment

    async def lines(self, fulfillment_id: str, *, reuse: bool = True) -> tuple[LineItem, ...]:
        """A fulfillment's line items, cached for offline packing: read from Stitch only when
        none are cached or the order's line or unit counts changed since they were read."""
        record = self._open.get(fulfillment_id)
        cached = self._lines.current(record) if reuse else None
        if cached is not None:
            return cached
        started = self._clock()
        # The counts of the record known before the read: if the order changes meanwhile, the
        # counts differ at the next look and the lines are read again.
        counts = None if record is None else line_counts(record)
        lines = tuple(await self._tracked(self.client.list_line_items(fulfillment_id)))
        self._lines.store(fulfillment_id, lines, started, counts)
        return lines

    def put_record(self, fulfillment: Fulfillment) -> None:
        """A record Stitch answered our own write with (a claim's PUT): the cache takes it as is,
        quietly (the screen already shows the status set here; a pack open on it need not be
        checked again), so the next poll, bringing it back, finds nothing new."""
        fid = fulfillment.id
        if fulfillment.state is FulfillmentState.OPEN and fid in self._open:
            self._merge((fulfillment,), fetched_at=self._clock())
            self._changed.discard(fid)
            self._changed_now()

    async def refresh_catalog(self) -> None:
        products = await self._tracked(self.client.list_products())
        self._catalog.replace(products)
        self.schedule.catalog_done(self._clock())

    # -- applying changes ----------------------------------------------------------------------

    def _apply(
        self, updates: Iterable[Fulfillment], gone: Iterable[str], *, fetched_at: dt.datetime
    ) -> None:
        self._merge(updates, fetched_at=fetched_at)
        self._remove(gone)
        self._changed_now()

    def _merge(self, updates: Iterable[Fulfillment], *, fetched_at: dt.datetime) -> None:
        for fulfillment in updates:
            fid = fulfillment.id
            self._fetched_at[fid] = fetched_at
            before = self._open.get(fid)
            if before == fulfillment:
                continue  # the inclusive `updated_since` brings the last change back: skip it
            if before is not None:
                self._changed.add(fid)
                self._lines.changed(before, fulfillment)
            self._open[fid] = fulfillment

    def _remove(self, gone: Iterable[str]) -> None:
        for fid in gone:
            self._open.pop(fid, None)
            self._fetched_at.pop(fid, None)
            self._lines.drop(fid)

    def _changed_now(self) -> None:
        self._rebuild_refs()
        self.publish()

    def _rebuild_refs(self) -> None:
        refs: dict[str, str] = {}
        for fid in sorted(self._open, key=id_order, reverse=True):  # lowest id wins a tie
            f = self._open[fid]
            for ref in (f.channel_order_number, f.order_number, f.id):
                key = reference_key(ref)
                if key:
                    refs[key] = fid
        self._refs = refs

    def schedule_publish(self) -> None:
        """Recompute the visible queue soon (after a box closed): off the scan path."""
        if self._publish_scheduled:
            return
        self._publish_scheduled = True

        def run() -> None:
            self._publish_scheduled = False
            try:
                self.publish()
            except JournalError:
                log.exception("queue could not read the outbox")

        asyncio.get_running_loop().call_soon(run)

    def publish(self) -> None:
        """Recompute what the packer sees and emit the difference as one `QueueChanged`."""
        covered = self._covered_units()
        visible: dict[str, Fulfillment] = {}
        for fid, f in self._open.items():
            left = f.unit_count - f.units_shipped
            if covered.get(fid, 0) >= left:
                continue
            visible[fid] = f
        before = self._visible
        added = tuple(visible[k] for k in sorted(visible.keys() - before.keys(), key=id_order))
        removed = tuple(sorted(before.keys() - visible.keys(), key=id_order))
        changed = tuple(
            visible[k] for k in sorted(self._changed & visible.keys() & before.keys(), key=id_order)
        )
        self._changed.clear()
        self._visible = visible
        self._sorted = tuple(visible[k] for k in sorted(visible, key=id_order))
        if added or removed or changed:
            self._notifier.emit(QueueChanged(added, changed, removed))
        if added or changed:
            self._start_prefetch()

    def _covered_units(self) -> dict[str, int]:
        return covered_units(self._journal.outbox, self._full_started, self._fetched_at)

    # -- prefetching lines for offline packing -------------------------------------------------

    def _start_prefetch(self) -> None:
        if self._prefetch_limit <= 0:
            return
        if self._prefetch_task is not None and not self._prefetch_task.done():
            return
        self._prefetch_task = asyncio.get_running_loop().create_task(self._prefetch())

    async def _prefetch(self) -> None:
        # Only what offline packing of the next few orders needs, behind every other request.
        with priority(Priority.PREFETCH):
            for f in self.fulfillments[: self._prefetch_limit]:
                if self._lines.current(f) is not None:
                    continue
                try:
                    await self.lines(f.id)
                except StitchError:
                    return  # offline or refused: the next refresh tries again

    async def aclose(self) -> None:
        task, self._prefetch_task = self._prefetch_task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    # -- connection state ----------------------------------------------------------------------

    async def _tracked(self, call: Awaitable[T]) -> T:
        try:
            result = await call
        except (NetworkError, ServerError) as exc:
            self._went_offline(exc)
            raise
        self._went_online()
        return result

    async def _tracked_iter(
        self, pages: AsyncGenerator[Page[Fulfillment], None]
    ) -> AsyncGenerator[Page[Fulfillment], None]:
        try:
            async with contextlib.aclosing(pages):
                async for page in pages:
                    self._went_online()
                    yield page
        except (NetworkError, ServerError) as exc:
            self._went_offline(exc)
            raise

    def note_answer(self) -> None:
        """Another service got an answer from Stitch: we are online."""
        self._went_online()

    def note_unreachable(self, exc: StitchError) -> None:
        self._went_offline(exc)

    def _went_online(self) -> None:
        self._last_sync = self._clock()
        if self._online is not True:
            self._online = True
            self._offline_since = None
            self._notifier.emit(ConnectionChanged(True, self._last_sync, None))

    def _went_offline(self, exc: StitchError) -> None:
        if self._online is not False:
            self._online = False
            self._offline_since = self._clock()
            log.warning("Stitch unreachable: %s", exc)
            self._notifier.emit(ConnectionChanged(False, self._last_sync, self._offline_since))


__all__ = ["PAGE_SIZE", "QueueService", "line_counts", "reference_key"]
