"""N packing stations sharing one Stitch account (one token, one rate limit) against the sandbox.

Each station is the real services (`Station`: queue sync, packing, outbox sender, each with its
own SQLite journal) and a scripted packer working at about 2.3 packs a minute (real time, no
compression: a pack takes ~10–15 s of scans, then the packer waits for the next slip). All the
stations run in this process (one asyncio loop); the sandbox runs as a child process throttled to
10 requests/s for the token (a bucket with a burst of 10), seeded with `--orders` open orders.

Per N: start-up (every station loads catalog and queue), an idle phase (no packing), a packing
phase, then the outboxes are drained and every box is looked up in Stitch. Reported per N:
requests per pack (every request of the packing phase, polls included, over packs), requests per
idle station per minute, requests per station at start, 429 answers (at start and after), pack-open
p50/p95 (`PackingService.open`), box → in Stitch p50/p95 (label scan to `ShipmentSent`), opens
refused (another station's claim), and lost and duplicate shipments (must be 0).

`--storm`: 20 stations started in the same second; prints the 429 answers per 10 s, to show they
settle to 0 within a minute.

    .venv/bin/python bench/stations_bench.py [--stations 1,5,10,20] [--quick] [--storm]
        [--idle-s S] [--pack-s S]

Each N also prints its requests per pack by endpoint and reason (the budget's priority).

`--quick`: 600 orders, 90 s idle and 2 min packing per N (about 18 minutes for the four N);
without it: 2,000 orders, 3 min idle, 4 min packing per N.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import datetime as dt
import random
import re
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from sandboxes import TOKEN, child_sandbox

from packstation.api import RequestLog, StitchClient
from packstation.api.budget import priority_for
from packstation.domain.events import SessionState
from packstation.domain.gtin import gtin_check_digit
from packstation.domain.records import ProductUpsert
from packstation.services.backoff import Backoff
from packstation.services.claims import other_station_claim
from packstation.services.headless import HeadlessPacker, demo_tracking_number
from packstation.services.notifications import ShipmentSent
from packstation.services.packing import Verdict
from packstation.services.settings import Settings
from packstation.services.station import Station, request_budget
from packstation.store import Journal, ShipmentState

ACCOUNT_LIMIT = 10.0  # requests/s for the token, as the sandbox enforces it
SKUS = {f"ST-{i:03d}": f"0{20_000 + i:010d}" for i in range(1, 61)}
UPCS = {sku: code + str(gtin_check_digit(code)) for sku, code in SKUS.items()}


def endpoint(entry: RequestLog) -> str:
    """What a request was for: its method, its path without ids, and why (its priority)."""
    path = re.sub(r"/\d+", "/{id}", entry.path)
    if entry.method == "GET" and path == "/fulfillments":
        path += " (poll)" if "updated_since" in entry.query else " (full load)"
    why = priority_for(entry.method, entry.path).name.lower()
    return f"{entry.method} {path} [{why}]"


@dataclass
class Counter:
    requests: int = 0
    throttled: int = 0
    times: list[tuple[float, int | None]] = field(default_factory=list)
    kinds: collections.Counter[str] = field(default_factory=collections.Counter)

    def __call__(self, entry: RequestLog) -> None:
        self.requests += 1
        if entry.status == 429:
            self.throttled += 1
        self.times.append((time.monotonic(), entry.status))
        self.kinds[endpoint(entry)] += 1


@dataclass
class Figures:
    packs: int = 0
    refused_opens: int = 0
    open_ms: list[float] = field(default_factory=list)
    box_s: list[float] = field(default_factory=list)
    # local id -> station index, fulfillment id, tracking number
    boxes: dict[str, tuple[int, str, str]] = field(default_factory=dict)
    closed_at: dict[str, float] = field(default_factory=dict)


class Bench:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        root = base_url.split("/api2/")[0]
        self.control = httpx.AsyncClient(
            base_url=f"{root}/_sandbox", headers={"access_token": TOKEN}, timeout=60.0
        )

    async def control_call(self, method: str, path: str, body: object = None) -> object:
        response = await self.control.request(method, path, json=body)
        response.raise_for_status()
        return response.json()

    async def seed(self, orders: int) -> None:
        await self.control_call("POST", "/reset", {"seed": "empty"})
        await self.control_call("PUT", "/faults", {"rate_limit_per_s": None})
        async with StitchClient(self.base_url, TOKEN) as client:
            await client.upsert_products(
                [
                    ProductUpsert(sku, name=f"Product {sku}", upc=upc, quantity_on_hand=1_000_000)
                    for sku, upc in UPCS.items()
                ]
            )
        rng = random.Random(14)
        skus = sorted(SKUS)

        async def one(n: int) -> None:
            lines = {s: rng.randint(1, 3) for s in rng.sample(skus, rng.randint(1, 3))}
            body = {
                "order_number": f"B{n:05d}",
                "channel_order_number": f"#{50_000 + n}",
                "shipping_method": "UPS Ground",
                "notes": "",
                "ship_to": {
                    "name": "Ada Byron",
                    "street1": "6041 Beverly Dr",
                    "city": "Beverly Hills",
                    "state": "CA",
                    "zip": "90210",
                    "country": "United States",
                    "country_iso": "US",
                },
                "lines": [{"sku": s, "quantity": q} for s, q in lines.items()],
            }
            for attempt in range(3):
                try:
                    await self.control_call("POST", "/orders", body)
                    return
                except httpx.TransportError:
                    if attempt == 2:
                        raise

        for start in range(0, orders, 10):
            await asyncio.gather(*(one(n) for n in range(start, min(orders, start + 10))))
        await self.throttle()

    async def throttle(self) -> None:
        await self.control_call("PUT", "/faults", {"rate_limit_per_s": ACCOUNT_LIMIT})

    async def unthrottle(self) -> None:
        await self.control_call("PUT", "/faults", {"rate_limit_per_s": None})


def make_station(base_url: str, n: int, index: int, directory: Path) -> tuple[Station, Counter]:
    settings = Settings(
        api_url=base_url,
        station=f"Bench {index + 1}",
        time_zone="UTC",
        account_requests_per_s=ACCOUNT_LIMIT,
        stations_on_account=n,
    )
    counter = Counter()
    client = StitchClient(
        base_url,
        TOKEN,
        requests_per_s=request_budget(settings),
        on_request=counter,
        retry_wait_initial=0.5,
        retry_wait_max=4.0,
    )
    journal = Journal.open(directory / f"station-{index + 1}.sqlite3")
    station = Station(settings, client, journal, backoff=Backoff(initial=1.0, maximum=30.0))
    station.resumed = station.packing.resume()
    return station, counter


def pick(station: Station, refused: set[str], index: int, n: int) -> str | None:
    """The next slip of this packer's own pile (slips are handed out: order id modulo N), not
    refused, not claimed by another station as last seen."""
    now = dt.datetime.now(dt.UTC)
    for f in station.queue.fulfillments:
        if f.id in refused or int(f.id) % n != index:
            continue
        claim = other_station_claim(
            f,
            claim_format=station.settings.claim_format,
            station=station.settings.station,
            now=now,
        )
        if claim is None:
            return f.id
    return None


async def packer(
    station: Station, index: int, n: int, figures: Figures, until: float, rate_per_min: float
) -> None:
    rng = random.Random(index)
    helper = HeadlessPacker.__new__(HeadlessPacker)  # its scan choice, not its printing
    helper.station = station
    helper._partial_from = 99  # one box per pack, like most orders
    refused: set[str] = set()
    packing = station.packing
    cycle = 60.0 / rate_per_min
    await asyncio.sleep(rng.uniform(0, cycle))  # packers do not start in the same second
    while time.monotonic() < until:
        started = time.monotonic()
        fid = pick(station, refused, index, n)
        if fid is None:
            await asyncio.sleep(5)
            continue
        t0 = time.perf_counter()
        opened = await packing.open(fid, f"packer {index + 1}")
        figures.open_ms.append((time.perf_counter() - t0) * 1000)
        if not opened.opened:
            refused.add(fid)
            figures.refused_opens += 1
            continue
        while (snapshot := packing.current) is not None:
            await asyncio.sleep(rng.uniform(0.8, 1.6))  # a scan every second or so
            if snapshot.state is SessionState.AWAITING_TRACKING:
                box = snapshot.box_number + 10 * index  # one label per box and station
                outcome = packing.scan(demo_tracking_number(snapshot.fulfillment_id, box))
            else:
                outcome = helper.next_step(snapshot)
            if outcome.verdict is Verdict.RECHECK:
                packing.acknowledge()
            if outcome.box is not None:
                tracking = str(outcome.box.payload.get("tracking_number"))
                figures.boxes[outcome.box.local_id] = (index, outcome.box.fulfillment_id, tracking)
                figures.closed_at[outcome.box.local_id] = time.monotonic()
                figures.packs += 1
        rest = cycle * rng.uniform(0.8, 1.2) - (time.monotonic() - started)
        if rest > 0:
            await asyncio.sleep(rest)


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def wait_loaded(stations: list[Station], limit_s: float) -> None:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if all(s.queue.loaded for s in stations):
            tasks = [s.queue._prefetch_task for s in stations]
            await asyncio.gather(*(t for t in tasks if t is not None), return_exceptions=True)
            return
        await asyncio.sleep(0.5)
    raise SystemExit("the stations did not load their queues in time")


async def run_n(bench: Bench, n: int, args: argparse.Namespace) -> dict[str, object]:
    await bench.seed(args.orders)
    with tempfile.TemporaryDirectory() as tmp:
        built = [make_station(bench.base_url, n, i, Path(tmp)) for i in range(n)]
        stations = [s for s, _ in built]
        counters = [c for _, c in built]
        figures = Figures()
        for station in stations:
            station.notifier.on(
                ShipmentSent,
                lambda sent: figures.box_s.append(
                    time.monotonic() - figures.closed_at.get(sent.local_id, time.monotonic())
                ),
            )
        try:
            for station in stations:
                station.start_tasks()
            await wait_loaded(stations, limit_s=180)
            start_requests = [c.requests for c in counters]
            start_429 = sum(c.throttled for c in counters)
            base = [c.requests for c in counters]
            base_429 = sum(c.throttled for c in counters)
            await asyncio.sleep(args.idle_s)
            idle = [c.requests - b for c, b in zip(counters, base, strict=True)]
            base = [c.requests for c in counters]
            kinds_before = sum((c.kinds for c in counters), collections.Counter[str]())
            until = time.monotonic() + args.pack_s
            await asyncio.gather(
                *(packer(s, i, n, figures, until, args.rate) for i, s in enumerate(stations))
            )
            pack_requests = sum(c.requests - b for c, b in zip(counters, base, strict=True))
            after_429 = sum(c.throttled for c in counters) - base_429
            kinds = sum((c.kinds for c in counters), collections.Counter[str]()) - kinds_before
            drained_by = time.monotonic() + 120
            while time.monotonic() < drained_by and any(  # noqa: ASYNC110 (several journals)
                s.sender.summary().waiting for s in stations
            ):
                await asyncio.sleep(0.5)
        finally:
            for station in stations:
                await station.aclose()
        await bench.unthrottle()
        lost, duplicates, rejected = await verify(bench.base_url, Path(tmp), n, figures)
    return {
        "N": n,
        "packs": figures.packs,
        "per_pack": pack_requests / figures.packs if figures.packs else float("nan"),
        "idle_per_min": statistics.mean(idle) / (args.idle_s / 60.0),
        "start": max(start_requests),
        "start_429": start_429,
        "after_429": after_429,
        "open_p50": pct(figures.open_ms, 0.5),
        "open_p95": pct(figures.open_ms, 0.95),
        "refused": figures.refused_opens,
        "box_p50": pct(figures.box_s, 0.5),
        "box_p95": pct(figures.box_s, 0.95),
        "lost": lost,
        "duplicates": duplicates,
        "rejected": rejected,
        "by_endpoint": {
            k: round(v / figures.packs, 2) if figures.packs else v for k, v in kinds.most_common()
        },
    }


async def verify(base_url: str, directory: Path, n: int, figures: Figures) -> tuple[int, int, int]:
    """Every box sent is in Stitch exactly once (by its tracking number); none still waits."""
    states: dict[str, ShipmentState] = {}
    for index in range(n):
        journal = Journal.open(directory / f"station-{index + 1}.sqlite3")
        try:
            for local_id, (owner, _, _) in figures.boxes.items():
                if owner == index:
                    states[local_id] = journal.outbox.get(local_id).state
        finally:
            journal.close()
    lost = duplicates = rejected = 0
    async with StitchClient(base_url, TOKEN) as client:
        found: dict[str, collections.Counter[str]] = {}
        for local_id, (_, fid, tracking) in figures.boxes.items():
            if fid not in found:
                shipments = await client.list_shipments(fid)
                found[fid] = collections.Counter(s.tracking_number for s in shipments)
            times = found[fid][tracking]
            duplicates += max(0, times - 1)
            if states[local_id] is ShipmentState.REJECTED:
                rejected += 1  # refused by Stitch (another station shipped it first): kept
            elif states[local_id] is not ShipmentState.SENT or times == 0:
                lost += 1
    return lost, duplicates, rejected


async def storm(bench: Bench, args: argparse.Namespace) -> None:
    n = 20
    await bench.seed(args.orders)
    with tempfile.TemporaryDirectory() as tmp:
        built = [make_station(bench.base_url, n, i, Path(tmp)) for i in range(n)]
        t0 = time.monotonic()
        try:
            for station, _ in built:
                station.start_tasks()
            await asyncio.sleep(90)
        finally:
            for station, _ in built:
                await station.aclose()
    buckets: collections.Counter[int] = collections.Counter()
    oks: collections.Counter[int] = collections.Counter()
    for _, counter in built:
        for at, status in counter.times:
            (buckets if status == 429 else oks)[int((at - t0) // 10)] += 1
    print("\n429 storm: 20 stations started in the same second, 10 requests/s for the token")
    print("| seconds | requests answered | 429 answers |")
    print("|---|---|---|")
    for b in range(9):
        print(f"| {b * 10}–{b * 10 + 10} | {oks[b]} | {buckets[b]} |")
    last = max((at - t0 for _, c in built for at, s in c.times if s == 429), default=None)
    settled = "no 429 at all" if last is None else f"last 429 at {last:.1f} s"
    print(f"settled: {settled}")


def table(rows: list[dict[str, object]]) -> None:
    print(
        "| stations | packs | requests/pack | requests/idle min (per station) | at start "
        "(max per station) | 429 at start / after | pack-open p50 / p95 | opens refused "
        "| box → in Stitch p50 / p95 | lost / duplicate / refused boxes |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['N']} | {r['packs']} | {r['per_pack']:.2f} | {r['idle_per_min']:.2f} "
            f"| {r['start']} | {r['start_429']} / {r['after_429']} "
            f"| {r['open_p50']:.0f} ms / {r['open_p95']:.0f} ms | {r['refused']} "
            f"| {r['box_p50']:.2f} s / {r['box_p95']:.2f} s "
            f"| {r['lost']} / {r['duplicates']} / {r['rejected']} |"
        )


def breakdown(rows: list[dict[str, object]]) -> None:
    print("\nRequests per pack of the packing phase, by endpoint [why]:")
    for r in rows:
        kinds = r["by_endpoint"]
        assert isinstance(kinds, dict)
        print(f"- N={r['N']}: " + ", ".join(f"{k} {v}" for k, v in kinds.items()))


async def main_async(args: argparse.Namespace) -> None:
    with child_sandbox() as base_url:
        bench = Bench(base_url)
        try:
            rows = []
            for n in args.stations:
                print(f"N={n} …", file=sys.stderr, flush=True)
                rows.append(await run_n(bench, n, args))
                print(rows[-1], file=sys.stderr, flush=True)
            if rows:
                print(
                    f"\n{args.orders} open orders, sandbox throttled to {ACCOUNT_LIMIT:g} "
                    f"requests/s per token, {args.rate} packs/min per station, "
                    f"idle {args.idle_s:.0f} s, "
                    f"packing {args.pack_s:.0f} s per N\n"
                )
                table(rows)
                breakdown(rows)
            if args.storm:
                await storm(bench, args)
        finally:
            await bench.control.aclose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stations", default="1,5,10,20")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--storm", action="store_true", help="also the 20-station 429 storm")
    parser.add_argument("--rate", type=float, default=2.3, help="packs per minute per station")
    parser.add_argument("--orders", type=int, default=None, help="open orders (else by --quick)")
    parser.add_argument("--idle-s", type=float, default=None, help="idle s (else by --quick)")
    parser.add_argument("--pack-s", type=float, default=None, help="packing s (else by --quick)")
    args = parser.parse_args()
    args.stations = [int(x) for x in args.stations.split(",") if x.strip()]
    args.orders = args.orders or (600 if args.quick else 2000)
    args.idle_s = args.idle_s or (90.0 if args.quick else 180.0)
    args.pack_s = args.pack_s or (120.0 if args.quick else 240.0)
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
