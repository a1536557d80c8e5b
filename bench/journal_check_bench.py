"""How long SQLite's `quick_check` takes on a large journal (the self-test and the start run it).

Builds a journal of about `--size-mb` (default 1024) in `--dir` (default: a temporary directory)
with realistic rows: sessions with their spec (lines, ship-to), 24 scan events each, a closed
box with its outbox payload, and audit entries. The file is built once and kept when `--dir` is
given (so a second run only measures). Then it times `PRAGMA quick_check` cold (page cache
dropped as far as an unprivileged process can: a fresh connection) and warm, and, for
comparison, `PRAGMA integrity_check`. The load average is printed: the machine is shared.

    .venv/bin/python bench/journal_check_bench.py [--size-mb 1024] [--dir PATH] [--full]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

from packstation.store import Journal
from packstation.store.health import check_journal_file

EVENTS_PER_SESSION = 24


def _spec(n: int) -> str:
    lines = [
        {
            "line_id": f"li-{n}-{i}",
            "sku": f"SKU-{(n * 7 + i) % 5000:05d}",
            "name": f"Organic cotton tee, size {'SMLX'[i % 4]}, colour {i}",
            "barcodes": [f"0{(n * 31 + i) % 10**12:012d}"],
            "quantity": 1 + i % 3,
            "to_ship": 1 + i % 3,
        }
        for i in range(4)
    ]
    return json.dumps(
        {
            "fulfillment_id": f"f{n}",
            "order_number": f"#{100000 + n}",
            "lines": lines,
            "expect": {
                "ship_to": {
                    "name": "Katherine Dubois",
                    "company": "",
                    "street1": f"{n % 999} Rue de la Paix",
                    "street2": "Apt 4",
                    "city": "Lyon",
                    "state": "",
                    "zip": "69002",
                    "country": "France",
                    "country_iso": "FR",
                    "phone": "+33 4 72 00 00 00",
                    "email": f"customer{n}@example.com",
                },
                "notes": "Leave at the door",
                "shipping_method": "Colissimo",
            },
        }
    )


def build(path: Path, size_mb: int) -> None:
    with Journal.open(path):
        pass
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    n = 0
    target = size_mb * 1024 * 1024
    while (
        path.stat().st_size
        + (Path(f"{path}-wal").stat().st_size if Path(f"{path}-wal").exists() else 0)
        < target
    ):
        conn.execute("BEGIN")
        for _ in range(2000):
            n += 1
            sid = str(uuid.uuid4())
            at = f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}T10:{n % 60:02d}:00.000000+00:00"
            conn.execute(
                "INSERT INTO sessions (id, fulfillment_id, order_number, station, packer,"
                " opened_at, closed_at, outcome, spec) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    sid,
                    f"f{n}",
                    f"#{100000 + n}",
                    f"Station {n % 8}",
                    "Ana",
                    at,
                    at,
                    "shipped",
                    _spec(n),
                ),
            )
            for seq in range(1, EVENTS_PER_SESSION + 1):
                payload = json.dumps(
                    {
                        "v": 1,
                        "seq": seq,
                        "at": at,
                        "cause": "scan",
                        "scan": {"raw": f"0{(n + seq) % 10**12:012d}", "kind": "item"},
                        "result": {"kind": "accepted", "line_id": f"li-{n}-{seq % 4}"},
                        "after": {"packed": {f"li-{n}-{seq % 4}": seq}},
                    }
                )
                conn.execute(
                    "INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (
                        sid,
                        seq,
                        at,
                        f"Station {n % 8}",
                        "Ana",
                        f"f{n}",
                        "scan",
                        f"0{(n + seq) % 10**12:012d}",
                        "accepted",
                        payload,
                    ),
                )
            conn.execute(
                "INSERT INTO shipment_outbox (local_id, fulfillment_id, session_id, box_number,"
                " event_seq, payload, state, remote_id, created_at, updated_at, sent_at)"
                " VALUES (?,?,?,1,?,?, 'sent', ?, ?, ?, ?)",
                (
                    str(uuid.uuid4()),
                    f"f{n}",
                    sid,
                    EVENTS_PER_SESSION,
                    json.dumps({"v": 1, "tracking_number": f"1Z{n:016d}", "expect": {}}),
                    f"s{n}",
                    at,
                    at,
                    at,
                ),
            )
            if n % 10 == 0:
                conn.execute(
                    "INSERT INTO audit (at, station, who, what, why, fulfillment_id, session_id,"
                    " details) VALUES (?,?,?,?,?,?,?,?)",
                    (
                        at,
                        "Station 1",
                        "Supervisor",
                        "override",
                        "damaged label",
                        f"f{n}",
                        sid,
                        "{}",
                    ),
                )
        conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    print(f"built {n} sessions, {n * EVENTS_PER_SESSION} events")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--dir", type=Path)
    parser.add_argument("--full", action="store_true", help="also time integrity_check")
    args = parser.parse_args()
    directory = args.dir or Path(tempfile.mkdtemp(prefix="packstation-check-bench-"))
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"journal-{args.size_mb}mb.sqlite3"
    if not path.exists():
        started = time.perf_counter()
        build(path, args.size_mb)
        print(f"build: {time.perf_counter() - started:.0f} s")
    size = path.stat().st_size / 1024 / 1024
    print(f"journal {path}: {size:.0f} MB; load average {os.getloadavg()}")
    for label in ("first run", "second run"):
        started = time.perf_counter()
        report = check_journal_file(path)
        elapsed = time.perf_counter() - started
        print(f"quick_check ({label}): {elapsed:.2f} s -> {report.summary}")
    if args.full:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        started = time.perf_counter()
        conn.execute("PRAGMA integrity_check").fetchall()
        print(f"integrity_check: {time.perf_counter() - started:.2f} s")
        conn.close()


if __name__ == "__main__":
    main()
