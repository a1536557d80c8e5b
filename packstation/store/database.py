"""One SQLite connection with the journal's durability settings and error mapping.

Thread-safety: a `Database` belongs to the thread that opened it (the asyncio loop's thread);
sqlite3 itself refuses use from another thread. Calls are synchronous and short: a write is one
`BEGIN IMMEDIATE … COMMIT` whose commit fsyncs the WAL before returning.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from urllib.parse import quote

from packstation.store.errors import (
    JournalUnavailable,
    UnavailableReason,
    is_environmental,
)

log = logging.getLogger(__name__)


class Synchronous(StrEnum):
    # FULL: every commit is on the platter before the call returns (survives a power cut).
    # NORMAL exists only so the bench can show what FULL costs; the app always uses FULL.
    FULL = "FULL"
    NORMAL = "NORMAL"


class Database:
    def __init__(
        self,
        path: Path,
        *,
        read_only: bool = False,
        busy_timeout_s: float = 5.0,
        synchronous: Synchronous = Synchronous.FULL,
    ) -> None:
        self.path = path
        self.read_only = read_only
        mode = "ro" if read_only else "rwc"
        uri = f"file:{quote(str(path))}?mode={mode}"
        try:
            conn = sqlite3.connect(
                uri,
                uri=True,
                timeout=busy_timeout_s,
                isolation_level=None,  # we issue BEGIN/COMMIT ourselves
                check_same_thread=True,
            )
        except sqlite3.Error as error:
            raise JournalUnavailable.from_sqlite(error, path=path, operation="open") from error
        conn.row_factory = sqlite3.Row
        self._conn: sqlite3.Connection | None = conn
        try:
            if not read_only:
                (mode_set,) = conn.execute("PRAGMA journal_mode = WAL").fetchone()
                if str(mode_set).lower() != "wal":
                    raise JournalUnavailable(
                        UnavailableReason.IO_ERROR,
                        path=path,
                        operation="switch to WAL",
                        sqlite_error=f"journal_mode stayed {mode_set}",
                    )
            conn.execute(f"PRAGMA synchronous = {synchronous.value}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
        except sqlite3.Error as error:
            conn.close()
            raise JournalUnavailable.from_sqlite(error, path=path, operation="open") from error
        except BaseException:
            conn.close()
            raise

    @property
    def connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise JournalUnavailable(UnavailableReason.CLOSED, path=self.path, operation="use")
        return self._conn

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

    def unavailable(self, error: sqlite3.Error, operation: str) -> JournalUnavailable:
        failure = JournalUnavailable.from_sqlite(error, path=self.path, operation=operation)
        log.error("journal unavailable: %s", failure.details)
        return failure

    @contextmanager
    def write(self, operation: str) -> Iterator[sqlite3.Connection]:
        """A write transaction, committed (and fsynced) when the block ends without error.

        Any environmental failure, at BEGIN, inside, or at COMMIT, becomes `JournalUnavailable`
        after rolling back: either everything in the block is on disk, or nothing is.
        """
        with self._transaction("BEGIN IMMEDIATE", operation) as conn:
            yield conn

    @contextmanager
    def read(self, operation: str) -> Iterator[sqlite3.Connection]:
        """A read transaction: several SELECTs see one consistent snapshot."""
        with self._transaction("BEGIN DEFERRED", operation) as conn:
            yield conn

    @contextmanager
    def _transaction(self, begin: str, operation: str) -> Iterator[sqlite3.Connection]:
        conn = self.connection
        try:
            conn.execute(begin)
        except sqlite3.Error as error:
            self._raise_if_environmental(error, operation)
            raise
        try:
            yield conn
        except BaseException as error:
            self._rollback(conn, operation)
            if isinstance(error, sqlite3.Error):
                self._raise_if_environmental(error, operation)
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as error:
            self._rollback(conn, operation)
            self._raise_if_environmental(error, operation)
            raise

    def _raise_if_environmental(self, error: sqlite3.Error, operation: str) -> None:
        if is_environmental(error):
            raise self.unavailable(error, operation) from error

    def _rollback(self, conn: sqlite3.Connection, operation: str) -> None:
        if not conn.in_transaction:
            return  # SQLite already rolled back (it does so itself on SQLITE_FULL and IOERR)
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error as error:
            log.error(
                "journal %s: rollback after failed %s failed: %s", self.path, operation, error
            )
