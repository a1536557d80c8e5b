"""Backup, recovery and a fresh start of a journal: IT's tools (`packstation journal ...`).

`backup` uses SQLite's online backup API on a read-only connection: safe while the station
writes. `recover` never touches the old files: it copies them to a work folder (rebuilding a
database header when the journal file was cut to 0 bytes but its `-wal` survived), salvages what
SQLite can read (the sqlite3 program's `.recover` when installed, else table by table) into a new
journal beside the old one, and lists the boxes found that were not yet sent. `start_new` moves
every file of the old journal aside; nothing is ever deleted.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sqlite3
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from packstation.store.files import (
    SIDE_SUFFIXES,
    SQLITE_MAGIC,
    create_private_file,
    inspect_files,
    make_private,
    side_file,
)
from packstation.store.health import check_journal_file, read_only_uri
from packstation.store.schema import APPLICATION_ID, MIGRATIONS

log = logging.getLogger(__name__)

_TABLES = ("sessions", "events", "shipment_outbox", "status_outbox", "audit")
_WAITING = ("pending", "sending", "rejected")


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def backup(journal: Path, target: Path) -> Path:
    """A consistent copy of `journal` at `target` (new), made while the station writes."""
    files = inspect_files(journal)
    if not files.size or not files.is_sqlite:
        raise FileNotFoundError(f"{journal}: no journal to back up")
    create_private_file(target)
    source = sqlite3.connect(read_only_uri(files), uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest, pages=1024)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    finally:
        source.close()
    return target


def start_new(journal: Path) -> list[Path]:
    """Move the journal and its companions aside (`<name>.old-<stamp><suffix>`); return them."""
    stamp = _stamp()
    moved: list[Path] = []
    for suffix in ("", *SIDE_SUFFIXES, ".lock"):
        old = side_file(journal, suffix)
        if old.exists() or old.is_symlink():
            new = journal.with_name(f"{journal.name}.old-{stamp}{suffix}")
            old.rename(new)
            moved.append(new)
    return moved


@dataclass(frozen=True, slots=True)
class UnsentBox:
    fulfillment_id: str
    order_number: str
    box_number: int
    state: str
    tracking_number: str


@dataclass(frozen=True, slots=True)
class Recovery:
    new_journal: Path
    method: str  # "sqlite3 .recover" or "table by table"
    rows: dict[str, int]
    unsent: tuple[UnsentBox, ...]
    healthy: bool


def _synthetic_header(page_size: int) -> bytes:
    """Page 1 of an empty WAL-mode database: lets SQLite read a `-wal` whose file was lost."""
    header = bytearray(page_size)
    header[0:16] = SQLITE_MAGIC
    header[16:18] = (1 if page_size == 65536 else page_size).to_bytes(2, "big")
    header[18:20] = b"\x02\x02"  # WAL mode
    header[21:24] = b"\x40\x20\x20"
    header[28:32] = (1).to_bytes(4, "big")
    header[44:48] = (4).to_bytes(4, "big")
    header[56:60] = (1).to_bytes(4, "big")  # UTF-8
    header[100] = 0x0D  # an empty leaf table page (the WAL's page 1 replaces it)
    header[105:107] = page_size.to_bytes(2, "big") if page_size < 65536 else b"\x00\x00"
    return bytes(header)


def _working_copy(journal: Path, work: Path) -> Path:
    files = inspect_files(journal)
    copy = work / "old.sqlite3"
    if files.size:
        shutil.copyfile(journal, copy)
    if files.wal_size:
        shutil.copyfile(side_file(journal, "-wal"), side_file(copy, "-wal"))
        if not files.size or not files.is_sqlite:
            with open(side_file(journal, "-wal"), "rb") as wal:
                page_size = int.from_bytes(wal.read(12)[8:12], "big")
            copy.write_bytes(_synthetic_header(page_size))
    if not copy.exists():
        raise FileNotFoundError(f"{journal}: nothing to recover (no file and no -wal)")
    return copy


def _guess_version(conn: sqlite3.Connection) -> int:
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
    sql = " ".join(str(r[0]) for r in conn.execute("SELECT sql FROM sqlite_schema"))
    if "json_remove" in sql:
        return 4
    return 3 if "status_outbox" in names else 2 if "shipment_outbox" in names else 1


def _recover_with_cli(sqlite3_cli: str, copy: Path, new: Path) -> None:
    dump = subprocess.run(  # noqa: S603 (the sqlite3 program, fixed arguments)
        [sqlite3_cli, str(copy), ".recover"], capture_output=True, check=True, timeout=3600
    ).stdout
    subprocess.run(  # noqa: S603
        [sqlite3_cli, str(new)], input=dump, capture_output=True, check=True, timeout=3600
    )


def _recover_by_table(copy: Path, new: Path) -> None:
    old = sqlite3.connect(f"file:{quote(str(copy))}?mode=ro", uri=True)
    dest = sqlite3.connect(new, isolation_level=None)
    try:
        for migration in MIGRATIONS:
            for statement in migration:
                dest.execute(statement)
        for table in _TABLES:
            try:
                columns = [r[1] for r in old.execute(f"PRAGMA table_info({table})")]
                if not columns:
                    continue
                marks = ", ".join("?" for _ in columns)
                insert = f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) VALUES ({marks})"  # noqa: S608
                cursor = old.execute(f"SELECT * FROM {table}")  # noqa: S608
                while True:
                    try:
                        batch = cursor.fetchmany(500)
                    except sqlite3.DatabaseError:
                        break  # the rest of this table is unreadable: keep what was read
                    if not batch:
                        break
                    dest.executemany(insert, batch)
            except sqlite3.DatabaseError:
                continue
    finally:
        old.close()
        dest.close()


def recover(journal: Path, *, use_cli: bool = True) -> Recovery:
    new = journal.with_name(f"{journal.stem}.recovered-{_stamp()}{journal.suffix}")
    sqlite3_cli = shutil.which("sqlite3") if use_cli else None
    with tempfile.TemporaryDirectory(prefix="packstation-recover-") as work:
        copy = _working_copy(journal, Path(work))
        create_private_file(new)
        method = "table by table"
        if sqlite3_cli:
            try:
                _recover_with_cli(sqlite3_cli, copy, new)
                method = "sqlite3 .recover"
            except (subprocess.SubprocessError, OSError) as error:
                # Some builds of the sqlite3 program lack what `.recover` needs (Debian 12's
                # 3.40.1 says "SQL logic error" even on a healthy file): salvage it ourselves.
                log.info("sqlite3 .recover failed (%s): salvaging table by table", error)
                new.unlink()  # our own half-written output, never the old journal
                create_private_file(new)
        if method == "table by table":
            _recover_by_table(copy, new)
    conn = sqlite3.connect(new, isolation_level=None)
    try:
        version = _guess_version(conn)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("PRAGMA journal_mode = WAL")
        rows = {}
        for table in _TABLES:
            try:
                rows[table] = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608
            except sqlite3.Error:
                rows[table] = 0
        unsent = _unsent(conn)
    finally:
        conn.close()
    for suffix in ("", "-wal", "-shm"):
        make_private(side_file(new, suffix))
    return Recovery(new, method, rows, unsent, check_journal_file(new).ok)


def _unsent(conn: sqlite3.Connection) -> tuple[UnsentBox, ...]:
    try:
        found = conn.execute(
            "SELECT o.fulfillment_id, coalesce(s.order_number, ''), o.box_number, o.state,"  # noqa: S608
            " coalesce(json_extract(o.payload, '$.tracking_number'), '')"
            " FROM shipment_outbox AS o LEFT JOIN sessions AS s ON s.id = o.session_id"
            f" WHERE o.state IN {_WAITING!r} ORDER BY o.created_at"
        ).fetchall()
    except sqlite3.Error:
        return ()
    return tuple(UnsentBox(str(f), str(n), int(b), str(st), str(t)) for f, n, b, st, t in found)
