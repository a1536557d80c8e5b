"""`packstation journal [info | check | backup FILE | recover | new | erase-personal-data]`:
IT's tools for the station's journal.

- `info` (the default): what the journal holds, unsent boxes, and how old the oldest customer
  personal data in it is.
- `check`: the integrity report (header, owner program, SQLite's `quick_check`); read-only.
- `backup FILE`: a consistent copy made with SQLite's online backup API, safe while the station
  runs; FILE must not exist.
- `recover`: salvages what SQLite can read into a new journal beside the old one (the old files
  are left as they are) and lists the boxes found that were not sent.
- `new`: moves the journal and its companion files aside (never deletes) so the next start makes
  a new, empty journal.
- `erase-personal-data`: erases customers' addresses and contacts of orders finished more than
  `personal_data_days` (machine setting, default 90) ago; the station also does it at start.

Exit codes: 0 done / healthy; 1 the journal is damaged or a step failed; 2 bad arguments.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

from packstation.services.settings import load_settings
from packstation.store import Journal, JournalError, check_journal_file, default_journal_path
from packstation.store.files import inspect_files
from packstation.store.health import read_only_uri
from packstation.store.salvage import backup, recover, start_new


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "journal",
        help="the station's journal: info, check, backup FILE, recover, new",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--journal",
        type=Path,
        metavar="PATH",
        help="the journal file (default: $PACKSTATION_JOURNAL, else the profile's journal)",
    )
    p.add_argument(
        "--profile",
        default=os.environ.get("PACKSTATION_PROFILE", "default"),
        metavar="NAME",
        help="station profile (default: default)",
    )
    p.add_argument(
        "action",
        nargs="?",
        default="info",
        choices=["info", "check", "backup", "recover", "new", "erase-personal-data"],
    )
    p.add_argument("file", nargs="?", type=Path, help="backup: the file to write")
    p.set_defaults(run=run)


def journal_path(args: argparse.Namespace) -> Path:
    if args.journal is not None:
        return Path(args.journal)
    override = os.environ.get("PACKSTATION_JOURNAL")
    return Path(override) if override else default_journal_path(args.profile)


def run(args: argparse.Namespace) -> int:
    try:
        path = journal_path(args)
    except ValueError as exc:
        print(f"packstation journal: {exc}", file=sys.stderr)
        return 2
    action = args.action
    if action == "backup" and args.file is None:
        print("packstation journal backup: name the FILE to write", file=sys.stderr)
        return 2
    try:
        if action == "check":
            return _check(path)
        if action == "backup":
            target = backup(path, args.file)
            report = check_journal_file(target)
            print(f"backup of {path} written to {target}: {report.summary}")
            return 0 if report.ok else 1
        if action == "recover":
            return _recover(path)
        if action == "new":
            return _new(path)
        if action == "erase-personal-data":
            return _erase(path)
        return _info(path)
    except FileExistsError as exc:
        print(f"packstation journal {action}: {exc.filename} already exists", file=sys.stderr)
        return 2
    except (JournalError, OSError, sqlite3.Error) as exc:
        print(f"packstation journal {action}: {exc}", file=sys.stderr)
        return 1


def _check(path: Path) -> int:
    report = check_journal_file(path)
    print(f"{'ok' if report.ok else 'FAIL'} journal {path}: {report.summary}")
    for line in report.problems:
        print(f"       {line}")
    return 0 if report.ok else 1


def _recover(path: Path) -> int:
    result = recover(path)
    print(f"recovered {path} into {result.new_journal} ({result.method}); the old files are kept")
    for table, count in result.rows.items():
        print(f"  {table}: {count} rows")
    print(f"  check: {'ok' if result.healthy else 'FAIL'}")
    if result.unsent:
        print(f"{len(result.unsent)} box(es) not yet sent to Stitch:")
        for box in result.unsent:
            print(
                f"  order {box.order_number or '?'} (fulfillment {box.fulfillment_id})"
                f" box {box.box_number}: {box.state}, tracking {box.tracking_number or '?'}"
            )
    else:
        print("no box waiting to be sent")
    print(
        "To use it: close Packstation, run `packstation journal new`, then move"
        f" {result.new_journal.name} to {path.name}."
    )
    return 0 if result.healthy else 1


def _new(path: Path) -> int:
    moved = start_new(path)
    if not moved:
        print(f"no journal at {path}: the next start makes one")
        return 0
    print(f"moved aside (nothing deleted); the next start makes a new journal at {path}:")
    for file in moved:
        print(f"  {file}")
    return 0


def _erase(path: Path) -> int:
    days = load_settings().settings.personal_data_days
    with Journal.open(path) as journal:
        done = journal.erase_personal_data(max(1, days))
    print(
        f"personal data older than {days} days erased: {done.orders} order(s)"
        f" ({done.sessions} sessions, {done.shipments} boxes, {done.audit_entries} audit entries)"
    )
    return 0


def _age(oldest: dt.datetime | None) -> str:
    if oldest is None:
        return "none"
    days = (dt.datetime.now(dt.UTC) - oldest).days
    return f"{days} day(s) old (written {oldest:%Y-%m-%d %H:%M} UTC)"


def _info(path: Path) -> int:
    files = inspect_files(path)
    print(f"journal {path}")
    if files.size is None and not files.leftovers:
        print("  no journal yet")
        return 0
    report = check_journal_file(path)
    size = (files.size or 0) + (files.wal_size or 0)
    print(f"  size: {size / 1024 / 1024:.1f} MB; health: {report.summary}")
    if not report.ok:
        return 1
    conn = sqlite3.connect(read_only_uri(files), uri=True)
    try:
        counts = {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
            for table in ("sessions", "events", "shipment_outbox", "status_outbox", "audit")
        }
        states = dict(
            conn.execute("SELECT state, count(*) FROM shipment_outbox GROUP BY state").fetchall()
        )
        first = conn.execute("SELECT min(opened_at) FROM sessions").fetchone()[0]
    finally:
        conn.close()
    print(
        f"  {counts['sessions']} pack sessions (first {first or '-'}), {counts['events']} scans,"
        f" {counts['audit']} audit entries"
    )
    waiting = sum(states.get(s, 0) for s in ("pending", "sending", "rejected"))
    print(f"  boxes: {counts['shipment_outbox']} ({states.get('sent', 0)} sent, {waiting} unsent)")
    with Journal.open(path, read_only=True) as journal:
        personal = journal.personal_data_age()
    days = load_settings().settings.personal_data_days
    print(
        f"  customer personal data: {personal.rows} record(s); oldest {_age(personal.oldest)};"
        f" erased {days} days after an order's last box was sent"
    )
    return 0
