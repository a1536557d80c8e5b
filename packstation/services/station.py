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
from pathlib import Path
from types import TracebackType

from packstation.api.client import StitchClient
from packstation.services.backoff import Backoff
from packstation.services.notifications import ConnectionChanged, Notifier, TokenNeeded
from packstation.services.outbox_sender import OutboxSender
from packstation.services.packing import OpenedPack, PackingService
from packstation.services.queue import QueueService
from packstation.services.settings import Settings
from packstation.store import Journal

log = logging.getLogger(__name__)


class Station:
    def __init__(
        self,
        settings: Settings,
        client: StitchClient,
        journal: Journal,
        *,
        backoff: Backoff | None = None,
        prefetch_lines: int | None = None,
    ) -> None:
        self.settings = settings
        self.client = client
        self.journal = journal
        self.notifier = Notifier()
        self.queue = QueueService(
            client,
            journal,
            self.notifier,
            poll_interval_s=float(max(1, settings.poll_interval_s)),
            poll_interval_max_s=float(settings.poll_interval_max_s) or None,
            full_resync_s=float(max(60, settings.full_resync_s)),
            catalog_s=float(max(60, settings.full_resync_s)),
            prefetch_lines=settings.prefetch_orders if prefetch_lines is None else prefetch_lines,
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
            journal, self.queue, self.notifier, settings, sender=self.sender
        )
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

    def start_tasks(self) -> None:
        if self._tasks:
            return
        loop = asyncio.get_running_loop()
        self._tasks = [
            loop.create_task(self.queue.run(), name="queue-sync"),
            loop.create_task(self.sender.run(), name="outbox-sender"),
        ]
        for task in self._tasks:
            task.add_done_callback(_log_crash)

    async def replace_token(self, token: str) -> None:
        """A new access token (after a 401): a new client for every service; nothing dropped."""
        old = self.client
        self.client = StitchClient(
            self.settings.api_url, token, requests_per_s=request_budget(self.settings)
        )
        self.queue.client = self.client
        self.token_needed = False
        self.sender.resume_with(self.client)
        self.queue.kick(full=True)
        await old.aclose()

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
        await self.packing.aclose()
        await self.queue.aclose()
        try:
            await self.client.aclose()
        finally:
            self.journal.close()

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


__all__ = ["Station", "request_budget"]
