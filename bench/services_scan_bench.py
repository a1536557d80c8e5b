"""Time from a scan entering the packing service to its event being durable on disk.

`PackingService.scan(raw)` classifies the scan, feeds the pack session, commits the event to the
journal (WAL, `synchronous=FULL`: fsynced) and returns the outcome for the banner: the whole
synchronous path a packer waits on. Measured over realistic orders (12 lines, 1 to 4 units each,
about 30 item scans, a wrong item now and then with its acknowledgement, the carrier label that
closes the box with its outbox row). Orders are opened (not timed) from the sandbox, run as a child
process like Stitch: in this process its server thread would compete for the GIL (5 ms switch
interval) and measure that instead. The journal is in `--dir` (default: a temporary directory on
this machine's disk). The sender is not running. The disk's own floor (4 KiB + fdatasync in the
same directory, before and after) is printed too: on a busy machine the tail is the disk's.
Target: p99 under 5 ms.

    .venv/bin/python bench/services_scan_bench.py [--orders 40] [--dir PATH]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from packstation.api import StitchClient
from packstation.domain.gtin import gtin_check_digit
from packstation.domain.records import ProductUpsert
from packstation.domain.tracking import mod10
from packstation.services.settings import Settings
from packstation.services.station import Station
from packstation.store import Journal

TOKEN = "bench-token"  # the in-process sandbox's
SKUS = {f"BENCH-{i:02d}": f"0{10_000 + i:010d}" for i in range(1, 25)}
BARCODES = {sku: code + str(gtin_check_digit(code)) for sku, code in SKUS.items()}


def ups(n: int) -> str:
    body = f"999AA1{n:09d}"
    check = next(c for c in "0123456789" if mod10(body, c, evens=1, odds=2))
    return "1Z" + body + check


class ChildSandbox:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.root_url = base_url.split("/api2/")[0]


@contextlib.contextmanager
def child_sandbox() -> Iterator[ChildSandbox]:
    """The sandbox in its own process, as Stitch would be: its work never competes with the
    timed path for this process's GIL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "packstation.sandbox", "--port", "0", "--seed", "empty",
         "--token", TOKEN],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip().removeprefix("base_url: ")
        yield ChildSandbox(base_url)
    finally:
        process.terminate()
        process.wait(timeout=30)


def disk_floor(directory: Path, samples: int = 300) -> list[float]:
    """Write 4 KiB and fdatasync it, in the journal's directory: what no journal can beat."""
    probe = directory / "disk-probe"
    fd = os.open(probe, os.O_WRONLY | os.O_CREAT, 0o600)
    timings = []
    try:
        for _ in range(samples):
            started = time.perf_counter()
            os.write(fd, b"x" * 4096)
            if hasattr(os, "fdatasync"):
                os.fdatasync(fd)
            else:  # macOS and Windows have no fdatasync
                os.fsync(fd)
            timings.append((time.perf_counter() - started) * 1000.0)
    finally:
        os.close(fd)
        probe.unlink()
    return timings


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def bench(orders: int, directory: Path) -> dict[str, list[float]]:
    rng = random.Random(7)
    timings: dict[str, list[float]] = {"item": [], "error+ack": [], "label (box closed)": []}
    with child_sandbox() as sandbox:
        async with StitchClient(sandbox.base_url, TOKEN) as admin:
            await admin.upsert_products(
                [
                    ProductUpsert(sku, name=sku, upc=BARCODES[sku], quantity_on_hand=100_000)
                    for sku in SKUS
                ]
            )
        import httpx

        ids = []
        async with httpx.AsyncClient(headers={"access_token": TOKEN}) as control:
            for n in range(orders):
                lines = [
                    {"sku": sku, "quantity": rng.randint(1, 4)}
                    for sku in rng.sample(sorted(SKUS), 12)
                ]
                body = {
                    "order_number": f"B{n}",
                    "channel_order_number": f"#{n}",
                    "shipping_method": "UPS Ground",
                    "notes": "",
                    "ship_to": {"name": "A", "street1": "1 St", "city": "C", "country_iso": "US"},
                    "lines": lines,
                }
                answer = await control.post(f"{sandbox.root_url}/_sandbox/orders", json=body)
                answer.raise_for_status()
                ids.append(answer.json()["fulfillment"]["id"])
        journal = Journal.open(directory / "bench-journal.sqlite3")
        station = Station(
            Settings(api_url=sandbox.base_url, station="Bench"),
            StitchClient(sandbox.base_url, TOKEN),
            journal,
        )
        try:
            await station.queue.refresh_catalog()
            for n, fid in enumerate(ids):
                opened = await station.packing.open(fid, "bench")
                assert opened.opened, opened.message
                spec = station.packing.spec
                assert spec is not None
                scans = [min(line.barcodes) for line in spec.lines for _ in range(line.to_ship)]
                rng.shuffle(scans)
                for k, raw in enumerate(scans):
                    if k % 10 == 5:  # now and then a wrong item, and its acknowledgement
                        started = time.perf_counter()
                        station.packing.scan("4006381333931")
                        station.packing.acknowledge()
                        timings["error+ack"].append((time.perf_counter() - started) * 500.0)
                    started = time.perf_counter()
                    station.packing.scan(raw)
                    timings["item"].append((time.perf_counter() - started) * 1000.0)
                started = time.perf_counter()
                outcome = station.packing.scan(ups(n))
                timings["label (box closed)"].append((time.perf_counter() - started) * 1000.0)
                assert outcome.box is not None
        finally:
            await station.aclose()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=40)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir or Path.cwd(), prefix=".bench-") as tmp:
        floor = disk_floor(Path(tmp))
        timings = asyncio.run(bench(args.orders, Path(tmp)))
        floor += disk_floor(Path(tmp))
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(
        f"disk floor (4 KiB + fdatasync): p50 {statistics.median(floor):.2f} ms, "
        f"p99 {percentile(floor, 0.99):.2f} ms"
    )
    print(f"{'scan':<20} {'n':>6} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    everything: list[float] = []
    for name, samples in timings.items():
        everything.extend(samples)
        print(
            f"{name:<20} {len(samples):>6} {statistics.median(samples):>8.2f} "
            f"{percentile(samples, 0.99):>8.2f} {max(samples):>8.2f}"
        )
    p99 = percentile(everything, 0.99)
    print(
        f"{'all scans':<20} {len(everything):>6} {statistics.median(everything):>8.2f} "
        f"{p99:>8.2f} {max(everything):>8.2f}"
    )
    print(f"target p99 < 5 ms: {'met' if p99 < 5.0 else 'NOT met'}")


if __name__ == "__main__":
    main()
