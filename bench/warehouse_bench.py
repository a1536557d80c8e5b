"""Warehouse mode under load: N headless stations, one sync service, one PostgreSQL, and the
sandbox throttled to 10 requests/s (the account's limit; the sync service spends 80 % of it).

Each station is a task driving the warehouse station API as the window would: read the queue from
PostgreSQL, claim the first order (a unique row), open it (record and lines from PostgreSQL, no
Stitch request), journal every unit and the box in its own SQLite journal, forward the journal.
One box per station per `--interval` seconds (default 60), for `--duration` seconds, then the
floor waits (bounded) until every box is in Stitch. Per N it prints: requests/s to Stitch, 429
answers, pack-open p50/p95, scan -> durable p99, box -> in Stitch p95, lost and duplicates.

    .venv/bin/python bench/warehouse_bench.py [--stations 1 10 50 200] [--duration 60]

Needs PostgreSQL's binaries (Debian: apt-get install postgresql); a throwaway cluster is started.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sandboxes import TOKEN, child_sandbox

from packstation.api import StitchClient
from packstation.api.client import RequestLog
from packstation.services.headless import demo_tracking_number
from packstation.services.warehouse_forward import JournalForwarder
from packstation.services.warehouse_pacing import TokenBucket
from packstation.services.warehouse_sync import SyncSettings, WarehouseSync
from packstation.store import Journal, NewEvent, SessionOutcome
from packstation.warehouse.cluster import LocalCluster
from packstation.warehouse.roles import add_station, login_role_for
from packstation.warehouse.schema import migrate
from packstation.warehouse.station import WarehouseStation

ACCOUNT_LIMIT = 10.0


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


class Counters:
    def __init__(self) -> None:
        self.requests: list[float] = []
        self.throttled = 0

    def note(self, request: RequestLog) -> None:
        self.requests.append(time.monotonic())
        if request.status == 429:
            self.throttled += 1


async def one_station(
    name: str, dsn: str, folder: Path, *, until: float, interval: float, opens: list[float],
    scans: list[float], packed: Counter[str],
) -> Path:
    conn = await psycopg.AsyncConnection.connect(dsn, autocommit=True)
    station = WarehouseStation(conn, name, dsn=dsn)
    path = folder / f"{name}.sqlite3"
    rng = random.Random(name)
    await asyncio.sleep(rng.uniform(0, interval))  # stations do not start in step
    with Journal.open(path) as journal:
        forwarder = JournalForwarder(journal, station)
        mine: set[str] = set()
        while time.monotonic() < until:
            next_at = time.monotonic() + interval
            started = time.perf_counter()
            picked = None
            for row in await station.queue():
                if row["id"] not in mine and await station.claim(row["id"], name):
                    picked = row["id"]
                    break
            if picked is None:
                await asyncio.sleep(1)
                continue
            record, lines = await station.open_order(picked)
            opens.append(time.perf_counter() - started)
            if not lines:
                await station.release(picked)
                continue
            now = time.time()
            at = dt.datetime.fromtimestamp(now, dt.UTC)
            sid = journal.open_session(
                fulfillment_id=picked, order_number=str(record["order_number"]), station=name,
                packer=name, spec={}, at=at,
            ).id
            for line in lines:
                for _ in range(int(line["quantity"])):
                    t0 = time.perf_counter()
                    journal.append_event(sid, NewEvent("item", at, raw=str(line["sku"]),
                                                       result="accepted"))
                    scans.append(time.perf_counter() - t0)
            tracking = demo_tracking_number(picked, 1)
            journal.close_box(
                sid, NewEvent("carrier_label", at, raw=tracking, result="accepted"),
                {
                    "v": 1, "fulfillment_id": picked, "order_number": record["order_number"],
                    "box_number": 1, "shipped_at": at.isoformat(), "carrier": "UPS",
                    "service": "Ground", "tracking_number": tracking,
                    "tracking_url": f"https://www.ups.com/track?tracknum={tracking}",
                    "line_items": [
                        {"fulfillment_line_item_id": li["id"], "sku": li["sku"],
                         "quantity": li["quantity"]} for li in lines
                    ],
                    "expect": {},
                },
                close_session=True, outcome=SessionOutcome.SHIPPED,
            )
            mine.add(picked)
            packed[picked] += 1
            await forwarder.forward_once()
            await station.release(picked)
            await asyncio.sleep(max(0.0, next_at - time.monotonic()))
        deadline = time.monotonic() + 120
        while journal.outbox.waiting() and time.monotonic() < deadline:
            await forwarder.forward_once()
            await asyncio.sleep(1)
    await conn.close()
    return path


async def run_n(
    cluster: LocalCluster, base_url: str, n: int, duration: float, interval: float, folder: Path
) -> dict[str, Any]:
    root = base_url.split("/api2/")[0]
    db = f"bench_{n}"
    with psycopg.connect(cluster.dsn, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {db} WITH (FORCE)".encode())
        admin.execute(f"CREATE DATABASE {db}".encode())
    dsn = cluster.dsn_for("packstation", db)
    async with await psycopg.AsyncConnection.connect(dsn, autocommit=True) as conn:
        await migrate(conn)
        for i in range(n):
            await add_station(conn, f"Bench {i:03d}")
    orders = int(n * (duration / interval + 1)) + 10
    async with httpx.AsyncClient(headers={"access_token": TOKEN}, timeout=600) as control:
        (await control.post(f"{root}/_sandbox/reset", json={"seed": "empty"})).raise_for_status()
        (await control.post(f"{root}/_sandbox/generate",
                            json={"fulfillments": orders, "seed": n})).raise_for_status()
        (await control.put(f"{root}/_sandbox/faults",
                           json={"rate_limit_per_s": ACCOUNT_LIMIT})).raise_for_status()
    counters = Counters()
    bucket = TokenBucket(ACCOUNT_LIMIT * 0.8)

    def note(request: RequestLog) -> None:
        counters.note(request)
        bucket.note(request)

    client = StitchClient(base_url, TOKEN, pace=bucket.take, on_request=note)
    relay = Journal.open(folder / f"relay-{n}.sqlite3")
    sync = WarehouseSync(client, relay, dsn, SyncSettings(rate_limit=ACCOUNT_LIMIT,
                                                          name="bench-sync", lines_batch=50))
    sync_task = asyncio.create_task(sync.run())
    # Warm-up (not measured): the shared queue and the lines of every order in PostgreSQL.
    warm = time.monotonic()
    async with await psycopg.AsyncConnection.connect(dsn) as conn:
        while True:
            cur = await conn.execute("SELECT count(*) FROM fulfillments WHERE lines_synced_at"
                                     " IS NOT NULL")
            row = await cur.fetchone()
            if row and row[0] >= orders:
                break
            await asyncio.sleep(0.5)
    warm_s = time.monotonic() - warm
    counters.requests.clear()
    opens: list[float] = []
    scans: list[float] = []
    packed: Counter[str] = Counter()
    started = time.monotonic()
    journals = folder / f"n{n}"  # every run starts with empty station journals
    journals.mkdir()
    paths = await asyncio.gather(*(
        one_station(f"Bench {i:03d}", cluster.dsn_for(login_role_for(f"Bench {i:03d}"), db),
                    journals, until=started + duration, interval=interval, opens=opens,
                    scans=scans, packed=packed)
        for i in range(n)
    ))
    elapsed = time.monotonic() - started
    sync_task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await sync_task
    await client.aclose()
    relay.close()
    async with await psycopg.AsyncConnection.connect(dsn) as conn:
        cur = await conn.execute("SELECT extract(epoch FROM sent_at - created_at),"
                                 " extract(epoch FROM forwarded_at - created_at) FROM"
                                 " shared_outbox WHERE state = 'sent'")
        found = await cur.fetchall()
        to_stitch = [float(r[0]) for r in found]
        forwarded = [float(r[1]) for r in found]
        if "-v" in sys.argv:
            print("forward p50/p95", pct(forwarded, 50), pct(forwarded, 95),
                  "stitch p50", pct(to_stitch, 50), sorted(to_stitch))
    boxes = []
    for path in paths:
        with Journal.open(path, read_only=True) as journal:
            for fid in packed:
                boxes.extend(journal.outbox.for_fulfillment(fid))
    in_stitch: Counter[str] = Counter()
    async with StitchClient(base_url, TOKEN, max_in_flight=4) as reader, \
            httpx.AsyncClient(headers={"access_token": TOKEN}, timeout=60) as control:
        (await control.put(f"{root}/_sandbox/faults", json={})).raise_for_status()
        for fid in packed:
            for shipment in await reader.list_shipments(fid):
                in_stitch[shipment.tracking_number] += 1
    tracking = {str(b.payload["tracking_number"]) for b in boxes}
    return {
        "n": n,
        "boxes": len(boxes),
        "warm_s": warm_s,
        "rps": len(counters.requests) / elapsed,
        "throttled": counters.throttled,
        "open_p50_ms": pct(opens, 50) * 1000,
        "open_p95_ms": pct(opens, 95) * 1000,
        "scan_p99_ms": pct(scans, 99) * 1000,
        "to_stitch_p95_s": pct(to_stitch, 95),
        "lost": len([t for t in tracking if in_stitch[t] == 0]),
        "duplicates": sum(c - 1 for c in in_stitch.values() if c > 1)
        + sum(c - 1 for c in packed.values() if c > 1),
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stations", type=int, nargs="+", default=[1, 10, 50, 200])
    parser.add_argument("--duration", type=float, default=60.0)
    parser.add_argument("--interval", type=float, default=60.0, help="seconds per box")
    parser.add_argument("-v", action="store_true", help="also the forwarding delays")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wh-bench-") as tmp:
        cluster = LocalCluster().start()  # its own folder: the postgres user must reach it
        try:
            with child_sandbox() as base_url:
                print("| stations | boxes | req/s to Stitch | 429s | pack-open p50 / p95 |"
                      " scan→durable p99 | box→in Stitch p95 | lost | duplicates |")
                print("|---|---|---|---|---|---|---|---|---|")
                for n in args.stations:
                    r = await run_n(cluster, base_url, n, args.duration, args.interval,
                                    Path(tmp))
                    print(f"| {r['n']} | {r['boxes']} | {r['rps']:.2f} | {r['throttled']} |"
                          f" {r['open_p50_ms']:.1f} / {r['open_p95_ms']:.1f} ms |"
                          f" {r['scan_p99_ms']:.1f} ms | {r['to_stitch_p95_s']:.1f} s |"
                          f" {r['lost']} | {r['duplicates']} |", flush=True)
        finally:
            cluster.remove()
    print(f"(sandbox limited to {ACCOUNT_LIMIT:.0f} req/s; sync service at 80 %; one box per"
          f" station per {args.interval:.0f} s for {args.duration:.0f} s; warm-up not measured)")


if __name__ == "__main__":
    asyncio.run(main())
