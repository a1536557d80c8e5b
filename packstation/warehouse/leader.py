"""One sync service per warehouse: a session-level advisory lock on a connection of its own.

The lock is released by PostgreSQL the moment its holder's connection dies (process killed,
machine off, network gone), so a second sync service waiting in `acquire` takes over. A holder
that loses its connection must stop sending at once (`held()` turns False).
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import psycopg

# "PkSt" + 1: the sync service's lock, in every warehouse database.
LEADER_KEY = 0x506B5374_0002
# A server that does not answer within this is treated as gone (a pulled cable never says so).
_ANSWER_S = 5.0


class LeaderLock:
    def __init__(self, dsn: str, *, key: int = LEADER_KEY, poll_s: float = 1.0) -> None:
        self._dsn = dsn
        self._key = key
        self._poll_s = poll_s
        self._conn: psycopg.AsyncConnection[Any] | None = None

    async def try_acquire(self) -> bool:
        try:
            async with asyncio.timeout(_ANSWER_S):
                if self._conn is None or self._conn.closed:
                    self._conn = await psycopg.AsyncConnection.connect(
                        self._dsn, autocommit=True, connect_timeout=int(_ANSWER_S)
                    )
                cur = await self._conn.execute("SELECT pg_try_advisory_lock(%s)", (self._key,))
                row = await cur.fetchone()
        except (psycopg.OperationalError, psycopg.InterfaceError, TimeoutError):
            await self.release()
            return False
        return bool(row and row[0])

    async def acquire(self) -> None:
        """Wait until this process leads (polling: a blocked lock call would outlive a cancel)."""
        while not await self.try_acquire():  # noqa: ASYNC110 - polling PostgreSQL
            await asyncio.sleep(self._poll_s)

    async def held(self) -> bool:
        """Still leading: the lock's connection answers."""
        if self._conn is None or self._conn.closed:
            return False
        try:
            async with asyncio.timeout(_ANSWER_S):
                await self._conn.execute("SELECT 1")
        except (psycopg.OperationalError, psycopg.InterfaceError, TimeoutError):
            await self.release()
            return False
        return True

    async def release(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            await close_quietly(conn)


async def close_quietly(conn: psycopg.AsyncConnection[Any]) -> None:
    """Close a connection that may be dead or stuck after a cancelled query; never hang."""
    with contextlib.suppress(psycopg.Error, TimeoutError, OSError):
        async with asyncio.timeout(_ANSWER_S):
            await conn.close()
    if not conn.closed:
        with contextlib.suppress(psycopg.Error, OSError):
            conn.pgconn.finish()
