"""The sync service against the real sandbox, stations as tasks: shared by tests and proofs."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import psycopg
from support.services import fast_client

from packstation.services.warehouse_pacing import TokenBucket
from packstation.services.warehouse_sync import SyncSettings, WarehouseSync
from packstation.store import Journal

FAST = SyncSettings(
    poll_interval_s=0.5, relay_every_s=0.5, leader_check_s=0.2, rate_limit=50, takeover_grace_s=1.0
)


async def wait_for(check: Callable[[], Any], within: float = 30.0, what: str = "") -> Any:
    """Poll an async or plain condition in short steps under a deadline."""
    async with asyncio.timeout(within):
        while True:
            value = check()
            if asyncio.iscoroutine(value):
                value = await value
            if value:
                return value
            await asyncio.sleep(0.05)


async def one(dsn: str, query: str, *args: Any) -> Any:
    async with await psycopg.AsyncConnection.connect(dsn) as conn:
        cur = await conn.execute(query.encode(), args or None)
        row = await cur.fetchone()
        return None if row is None else row[0]


@contextlib.asynccontextmanager
async def running_sync(
    dsn: str,
    base_url: str,
    token: str,
    journal_path: Path,
    *,
    name: str,
    settings: SyncSettings = FAST,
) -> AsyncIterator[tuple[WarehouseSync, asyncio.Task[None]]]:
    bucket = TokenBucket(settings.rate_limit * settings.share)
    client = fast_client(base_url, token, pace=bucket.take, on_request=bucket.note)
    journal = Journal.open(journal_path)
    from dataclasses import replace

    sync = WarehouseSync(client, journal, dsn, replace(settings, name=name), bucket=bucket)
    task = asyncio.create_task(sync.run())
    try:
        yield sync, task
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
        await client.aclose()
        journal.close()
