"""Is the journal at a path sound? Looked at without writing a byte.

`preflight(path)` runs before any open that may write: it reads the file's first 100 bytes and,
when they cannot tell, opens it read-only, and refuses (`JournalNeedsAttention`,
`NotAJournalError`) rather than create a journal over one that is there or touch another
program's database. `check_journal_file(path)` is the full report the self-test and
`packstation journal check` print: the same refusals plus SQLite's `quick_check`. It opens its
own read-only connection, so it may run in a worker thread while the station writes.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from packstation.store.errors import JournalNeedsAttention, NotAJournalError
from packstation.store.files import JournalFiles, inspect_files
from packstation.store.schema import APPLICATION_ID, SCHEMA_VERSION

RECOVER_HINT = "restore from backup or run `packstation journal recover`"
MAX_REPORTED_ERRORS = 20


def refusal(files: JournalFiles) -> str | None:
    """IT's words for why nothing may be created or opened at this path as it is, or None."""
    if not files.size:
        what = "missing" if files.size is None else "empty"
        if files.wal_has_data:
            return f"the journal file is {what} but its write-ahead log holds data: {RECOVER_HINT}"
        if files.leftovers:
            names = ", ".join(p.name for p in files.leftovers)
            return (
                f"the journal file is {what} but files of a journal lie beside it ({names}):"
                " restore from backup, or start a new journal with `packstation journal new`"
                " (it moves the old files aside)"
            )
        return None
    if not files.is_sqlite:
        return f"the journal file is not an SQLite database (damaged?): {RECOVER_HINT}"
    return None


def _foreign_by_header(files: JournalFiles) -> bool:
    app_id = files.application_id
    # Our migration sets the id in the transaction that creates the tables: tables without it
    # belong to someone else. (A stale header of a WAL journal is a committed state too.)
    return app_id not in (0, APPLICATION_ID) or (app_id == 0 and files.schema_cookie != 0)


def read_only_uri(files: JournalFiles) -> str:
    """A URI that reads the journal and creates nothing beside it.

    `immutable=1` when no `-wal`/`-shm` exists: otherwise a read-only connection to a WAL
    database would still create them.
    """
    uri = f"file:{quote(str(files.path))}?mode=ro"
    if files.wal_size is None and not files.shm_exists:
        uri += "&immutable=1"
    return uri


def _peek(files: JournalFiles) -> tuple[int, int, int]:
    """application_id, user_version and the number of schema objects, read-only."""
    conn = sqlite3.connect(read_only_uri(files), uri=True, isolation_level=None)
    try:
        return _peek_conn(conn)
    finally:
        conn.close()


def _foreign(app_id: int, version: int, objects: int) -> bool:
    return app_id not in (0, APPLICATION_ID) or (version == 0 and objects > 0)


def preflight(path: Path) -> JournalFiles:
    """Refuse what must not be opened for writing; write nothing, leave nothing.

    Raises `JournalNeedsAttention` (empty/missing file beside a `-wal` or `-shm`, not SQLite)
    or `NotAJournalError` (another program's database).
    """
    files = inspect_files(path)
    advice = refusal(files)
    if advice is not None:
        raise JournalNeedsAttention(advice, path=path)
    if not files.size:
        return files
    if _foreign_by_header(files):
        raise NotAJournalError(path)
    if files.application_id == 0:
        try:
            found = _peek(files)
        except sqlite3.DatabaseError:
            return files  # damaged: the open that follows says so in its own words
        if _foreign(*found):
            raise NotAJournalError(path)
    return files


@dataclass(frozen=True, slots=True)
class HealthReport:
    path: Path
    ok: bool
    summary: str  # one line: "ok (schema 4, 812 MB, quick_check 3.1 s)" or what is wrong
    problems: tuple[str, ...] = ()  # quick_check's own lines, at most MAX_REPORTED_ERRORS
    seconds: float = 0.0
    exists: bool = True


def _megabytes(size: int | None) -> str:
    return f"{(size or 0) / 1024 / 1024:.1f} MB"


def check_journal_file(path: Path | str) -> HealthReport:
    """Header, owner program, schema and SQLite's `quick_check`, on a read-only connection."""
    path = Path(path)
    files = inspect_files(path)
    advice = refusal(files)
    if advice is not None:
        return HealthReport(path, False, advice)
    if files.size is None:
        return HealthReport(path, True, "no journal yet (made at the first start)", exists=False)
    if files.size == 0:
        return HealthReport(path, True, "empty file (made into a journal at the next start)")
    if _foreign_by_header(files):
        return HealthReport(path, False, "another program's database, not a Packstation journal")
    started = time.perf_counter()
    try:
        conn = sqlite3.connect(read_only_uri(files), uri=True, isolation_level=None)
    except sqlite3.Error as error:
        return HealthReport(path, False, f"cannot be opened ({error}): {RECOVER_HINT}")
    try:
        app_id, version, objects = _peek_conn(conn)
        if _foreign(app_id, version, objects):
            return HealthReport(
                path, False, "another program's database, not a Packstation journal"
            )
        lines = [
            str(row[0])
            for row in conn.execute(f"PRAGMA quick_check({MAX_REPORTED_ERRORS})").fetchall()
        ]
    except sqlite3.DatabaseError as error:
        seconds = time.perf_counter() - started
        return HealthReport(
            path, False, f"damaged ({error}): {RECOVER_HINT}", (str(error),), seconds
        )
    finally:
        conn.close()
    seconds = time.perf_counter() - started
    if lines != ["ok"]:
        return HealthReport(
            path,
            False,
            f"damaged: SQLite's quick_check found {len(lines)} problem(s): {RECOVER_HINT}",
            tuple(lines),
            seconds,
        )
    if version > SCHEMA_VERSION:
        return HealthReport(
            path, False, f"written by a newer Packstation (schema {version})", seconds=seconds
        )
    return HealthReport(
        path,
        True,
        f"ok (schema {version}, {_megabytes(files.size)}, quick_check {seconds:.1f} s)",
        seconds=seconds,
    )


def _peek_conn(conn: sqlite3.Connection) -> tuple[int, int, int]:
    (app_id,) = conn.execute("PRAGMA application_id").fetchone()
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    (objects,) = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    return int(app_id), int(version), int(objects)
