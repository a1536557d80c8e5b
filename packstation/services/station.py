"""The composition root of the services: one `Station` per running app (or headless runner).

`Station.start(settings, token)` opens the journal (its process lock keeps a second Packstation
off it), builds the client, queue, packing service and outbox sender, resumes the unfinished pack
and starts the two background tasks (queue sync, sender). `aclose()` stops them and closes the
client and the journal. Nothing here blocks a scan.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from packstation.api.client import StitchClient
from packstation.api.errors import NetworkError
from packstation.domain.records import Fulfillment, LineItem, Product
from packstation.domain.weights import Weight
from packstation.services.backoff import Backoff
from packstation.services.bench_scale import BenchScale
from packstation.services.catalogue_weights import save_catalogue_weights
from packstation.services.journal_check import JournalCheck
from packstation.services.notifications import (
    ConnectionChanged,
    JournalCheckFailed,
    Notifier,
    TokenNeeded,
)
from packstation.services.outbox_records import OutboxEntry, OutboxSummary, Resolution
from packstation.services.outbox_sender import OutboxSender
from packstation.services.packing import OpenedPack, PackingService
from packstation.services.products import (
    AuditSink,
    CancelToken,
    PushPlan,
    PushProgress,
    PushResult,
    push_plan,
)
from packstation.services.queue import QueueService
from packstation.services.settings import Settings
from packstation.store import Journal

if TYPE_CHECKING:
    from packstation.services.warehouse_floor import FloorReports
    from packstation.services.warehouse_station import (
        ForwardingSender,
        WarehouseParts,
    )

    WarehouseBuilder = Callable[[Journal, Notifier], WarehouseParts]

SlipOrder = tuple[Fulfillment, tuple[LineItem, ...]]


@dataclass(frozen=True, slots=True)
class OutboxContents:
    """What the outbox view lists: refused and waiting boxes, and how many statuses wait."""

    waiting: tuple[OutboxEntry, ...]
    rejected: tuple[OutboxEntry, ...]
    statuses_waiting: int


log = logging.getLogger(__name__)


class Station:
    def __init__(
        self,
        settings: Settings,
        client: StitchClient | None,
        journal: Journal,
        *,
        backoff: Backoff | None = None,
        prefetch_lines: int | None = None,
        warehouse: WarehouseBuilder | None = None,
    ) -> None:
        """`warehouse`: warehouse mode (no Stitch client; see services/warehouse_station.py)."""
        self.settings = settings
        self._client = client
        self._journal = journal
        self.journal_check = JournalCheck(
            journal.path, personal_data_days=settings.personal_data_days
        )
        self.notifier = Notifier()
        self.warehouse: WarehouseParts | None = None
        # Warehouse mode: the supervisor screens' figures, history and audit trail, read from
        # PostgreSQL across every station (None: from this station's journal).
        self.shared_reports: FloorReports | None = None
        self.sender: OutboxSender | ForwardingSender
        if warehouse is not None:
            self.warehouse = parts = warehouse(journal, self.notifier)
            self.queue: QueueService = parts.queue
            self.sender = parts.sender
        else:
            assert client is not None, "a single station talks to Stitch"
            self.queue = QueueService(
                client,
                journal,
                self.notifier,
                poll_interval_s=float(max(1, settings.poll_interval_s)),
                poll_interval_max_s=float(settings.poll_interval_max_s) or None,
                full_resync_s=float(max(60, settings.full_resync_s)),
                catalog_s=float(max(60, settings.full_resync_s)),
                prefetch_lines=(
                    settings.prefetch_orders if prefetch_lines is None else prefetch_lines
                ),
            )
            self.sender = OutboxSender(
                client,
                journal,
                self.notifier,
                station=settings.station,
                backoff=backoff,
                queue=self.queue,
            )
        self.packing = PackingService(
            journal,
            self.queue,
            self.notifier,
            settings,
            sender=self.sender,
            claims=None if self.warehouse is None else self.warehouse.claims,
        )
        # The bench scale and the weight gate (None: no scale configured, packing unchanged).
        self.bench_scale = BenchScale.from_settings(settings, journal.path)
        self.packing.bench_scale = self.bench_scale
        self.resumed: OpenedPack | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self.notifier.on(ConnectionChanged, self._on_connection)
        self.notifier.on(TokenNeeded, self._on_token_needed)
        self.token_needed = False

    @classmethod
    async def start(
        cls,
        settings: Settings,
        token: str,
        *,
        journal_path: Path | str | None = None,
        backoff: Backoff | None = None,
        prefetch_lines: int | None = None,
        client: StitchClient | None = None,
        sync: bool = True,
        profile: str = "default",
    ) -> Station:
        """Open everything and start the background work (`sync=False`: no tasks, for tests).

        The journal is `journal_path`, else the station profile's in the platform data directory.
        """
        journal = (
            Journal.open(journal_path) if journal_path is not None else Journal.for_profile(profile)
        )
        try:
            client = client or StitchClient(
                settings.api_url, token, requests_per_s=request_budget(settings)
            )
            station = cls(settings, client, journal, backoff=backoff, prefetch_lines=prefetch_lines)
            station.resumed = station.packing.resume()
        except BaseException:
            journal.close()
            raise
        if sync:
            station.start_tasks()
        return station

    @classmethod
    async def start_warehouse(
        cls,
        settings: Settings,
        password: str | None,
        *,
        journal_path: Path | str | None = None,
        sync: bool = True,
        profile: str = "default",
    ) -> Station:
        """Warehouse mode: the queue, claims and the journal's copy in `settings.warehouse_db_url`;
        no Stitch token, no request to Stitch. Starts even with the server away (packing goes on
        from the journal; the queue appears when the server answers)."""
        from packstation.services.warehouse_floor import FloorReports
        from packstation.services.warehouse_station import warehouse_parts

        journal = (
            Journal.open(journal_path) if journal_path is not None else Journal.for_profile(profile)
        )
        try:
            build = warehouse_parts(settings.warehouse_db_url, settings.station, password)
            station = cls(settings, None, journal, warehouse=build)
            station.shared_reports = FloorReports(settings.warehouse_db_url, password=password)
            station.resumed = station.packing.resume()
        except BaseException:
            journal.close()
            raise
        if sync:
            station.start_tasks()
        return station

    def start_tasks(self) -> None:
        if self._tasks:
            return
        loop = asyncio.get_running_loop()
        self._tasks = [
            loop.create_task(self.queue.run(), name="queue-sync"),
            loop.create_task(self._send_once_checked(), name="outbox-sender"),
        ]
        for task in self._tasks:
            task.add_done_callback(_log_crash)
        if self.bench_scale is not None:
            self.bench_scale.start_learning()

    async def _send_once_checked(self) -> None:
        # quick_check takes seconds on a large journal: scanning goes on, sending waits for it.
        if await self.journal_check.run():
            await self.sender.run()
            return
        report = self.journal_check.report
        self.notifier.emit(JournalCheckFailed(report.summary if report is not None else ""))

    async def replace_token(self, token: str) -> None:
        """A new access token (after a 401): a new client for every service; nothing dropped."""
        if self.warehouse is not None:
            return  # the sync service holds the token
        old = self._client
        self._client = StitchClient(
            self.settings.api_url, token, requests_per_s=request_budget(self.settings)
        )
        self.queue.client = self._client
        self.token_needed = False
        self.sender.resume_with(self._client)
        self.queue.kick(full=True)
        if old is not None:
            await old.aclose()

    # -- what the window asks for -----------------------------------------------------------------
    def outbox_contents(self) -> OutboxContents:
        """Raises `JournalError` when the journal cannot be read."""
        outbox = self._journal.outbox
        return OutboxContents(
            waiting=outbox.waiting(),
            rejected=outbox.rejected(),
            statuses_waiting=self._journal.statuses.pending_summary().waiting,
        )

    def outbox_marks(self) -> tuple[OutboxSummary, frozenset[str]]:
        """The boxes waiting to send, and the orders with a box in the outbox."""
        outbox = self._journal.outbox
        return outbox.pending_summary(), outbox.fulfillments_in_outbox()

    def resolve_box(
        self,
        local_id: str,
        resolution: Resolution,
        *,
        by: str,
        why: str,
        remote_id: str | None = None,
    ) -> None:
        """A supervisor's decision on a box Stitch refused (audited with it).

        Raises `JournalError` or `ValueError` (no reason, a remote id where none belongs).
        """
        if resolution is Resolution.RETRY:
            # Also tells the sender not to hold it again for the change it was held for.
            self.sender.release_held(local_id, by=by, why=why)
            return
        self._journal.outbox.resolve_rejected(
            local_id,
            resolution=resolution,
            by=by,
            why=why,
            station=self.settings.station,
            remote_id=remote_id if resolution is Resolution.SENT_ELSEWHERE else None,
        )
        self.queue.schedule_publish()

    def set_status(self, fulfillment_ids: Sequence[str], status: str) -> None:
        """Journal the status of each order ("" clears it) and wake the sender.

        Raises `JournalError`; the orders before the failing one keep their new status.
        """
        statuses = self._journal.statuses
        for fid in fulfillment_ids:
            statuses.put(fid, status)
        self.sender.kick()

    def audit(
        self,
        *,
        who: str,
        what: str,
        why: str = "",
        details: Mapping[str, object] | None = None,
        fulfillment_id: str | None = None,
        session_id: str | None = None,
    ) -> None:
        """Write a supervisor's decision to the audit trail; raises `JournalError`."""
        self._journal.audit(
            station=self.settings.station,
            who=who,
            what=what,
            why=why,
            details=details,
            fulfillment_id=fulfillment_id,
            session_id=session_id,
        )

    def save_catalogue_weights(self, weights: Mapping[str, Weight]) -> None:
        """Unit weights from a products CSV, for the weight gate; raises OSError."""
        merged = save_catalogue_weights(self._journal.path, weights)
        if self.bench_scale is not None:
            self.bench_scale.set_catalogue(merged)

    async def products(self) -> list[Product]:
        """Stitch's current product list; raises `StitchError`. In warehouse mode: the copy the
        sync service keeps in PostgreSQL."""
        if self.warehouse is not None:
            await self.warehouse.queue.refresh_full()
            return list(self.warehouse.queue.products)
        return await self._stitch().list_products()

    async def push_products(
        self,
        plan: PushPlan,
        *,
        on_progress: Callable[[PushProgress], None] | None = None,
        cancel: CancelToken | None = None,
        audit: AuditSink | None = None,
        source: str = "",
    ) -> PushResult:
        return await push_plan(
            self._stitch(), plan, on_progress=on_progress, cancel=cancel, audit=audit, source=source
        )

    async def slip_order(self, fulfillment_id: str) -> SlipOrder:
        """An order with its lines for a packing slip: the queue's copies, else Stitch's."""
        fulfillment = self.queue.get(fulfillment_id) or (
            await self.queue.refresh_one(fulfillment_id)
            if self.warehouse is not None
            else await self._stitch().get_fulfillment(fulfillment_id)
        )
        lines = self.queue.cached_lines(fulfillment_id)
        if lines is None:
            lines = await self.queue.lines(fulfillment_id)
        return fulfillment, tuple(lines)

    def _stitch(self) -> StitchClient:
        if self._client is None:
            raise NetworkError(
                "a warehouse station does not talk to Stitch: push products on the machine of "
                "the sync service (`packstation products push` with the token there)"
            )
        return self._client

    def _on_connection(self, change: ConnectionChanged) -> None:
        if change.online:
            self.sender.kick(now=True)  # Stitch is back: what waits goes out now

    def _on_token_needed(self, _: TokenNeeded) -> None:
        self.token_needed = True

    async def aclose(self) -> None:
        tasks, self._tasks = self._tasks, []
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self.bench_scale is not None:
            self.bench_scale.close()  # first: a read in a worker ends at once
        await self.packing.aclose()
        await self.queue.aclose()
        try:
            if self._client is not None:
                await self._client.aclose()
            if self.warehouse is not None:
                await self.warehouse.link.aclose()
        finally:
            self._journal.close()

    async def __aenter__(self) -> Station:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


#: Below the exact share: the stations' buckets and Stitch's do not tick in step.
BUDGET_MARGIN = 0.9


def request_budget(settings: Settings) -> float | None:
    """This station's requests a second: its share of the account's rate limit (None: none)."""
    if settings.account_requests_per_s <= 0:
        return None
    return BUDGET_MARGIN * settings.account_requests_per_s / max(1, settings.stations_on_account)


def _log_crash(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("%s stopped", task.get_name(), exc_info=task.exception())


__all__ = ["OutboxContents", "SlipOrder", "Station", "request_budget"]
