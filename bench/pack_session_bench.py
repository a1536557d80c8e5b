"""How long the domain takes per scan on a large fulfillment (a frame is 16 ms).

Run: .venv/bin/python bench/pack_session_bench.py [--lines 300] [--units 2]

Prints the median and worst time per scan, per snapshot and per single-row view, the replay
time of the whole journal, and the classifier (carrier-format engine included) per scanned
string: product codes, carrier labels of many formats, GS1 codes and text. Nothing here asserts
speed: it is measured and reported.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import time

from packstation.domain.classify import classify
from packstation.domain.detector import ScanDetector
from packstation.domain.events import PackEvent
from packstation.domain.scans import Carrier, ProductScan, TrackingCandidate, TrackingScan
from packstation.domain.session import PackLine, PackSession, SessionSpec


def _gtin(i: int) -> str:
    body = f"{i + 1:013d}"
    total = sum(int(d) * (3 if k % 2 == 0 else 1) for k, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=300)
    parser.add_argument("--units", type=int, default=2)
    args = parser.parse_args()

    lines = tuple(
        PackLine(str(880000 + i), f"SKU-{i}", f"Item {i}", frozenset({_gtin(i)}), args.units)
        for i in range(args.lines)
    )
    spec = SessionSpec("700123", "O1053", lines, Carrier.UPS, "UPS Ground")
    session = PackSession(spec)
    now = dt.datetime(2026, 11, 27, 8, 0, tzinfo=dt.UTC)
    scans = [ProductScan(_gtin(i), _gtin(i)) for i in range(args.lines) for _ in range(args.units)]

    per_scan: list[float] = []
    per_row: list[float] = []
    for scan in scans:
        t0 = time.perf_counter()
        event = session.scan(scan, now)
        per_scan.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for delta in event.result.deltas:
            session.line(session.index_of(delta.line_id))
        per_row.append(time.perf_counter() - t0)
    snapshots: list[float] = []
    for _ in range(50):
        t0 = time.perf_counter()
        session.snapshot()
        snapshots.append(time.perf_counter() - t0)
    label = TrackingScan(
        "1Z999AA10123456784", (TrackingCandidate(Carrier.UPS, "1Z999AA10123456784", True, ""),)
    )
    t0 = time.perf_counter()
    session.scan(label, now)
    close = time.perf_counter() - t0

    journal = [json.dumps(e.to_record()) for e in session.events]
    t0 = time.perf_counter()
    PackSession.replay(spec, [PackEvent.from_record(json.loads(r)) for r in journal])
    replay = time.perf_counter() - t0

    detector = ScanDetector()
    keys: list[float] = []
    for n in range(2000):
        t0 = time.perf_counter()
        detector.feed_key("7", n * 5)
        if n % 13 == 12:
            detector.feed_terminator(n * 5 + 2)
        keys.append(time.perf_counter() - t0)

    # What a station is fed: products (the common case), labels, GS1, slips and garbage.
    samples = {
        "product": ["4006381333931", "012345678905", "02345680", _gtin(7)],
        "label": [
            "1Z5R89390357567127",
            "986578788855",
            "9400111206206406260787",
            "4201002334249200190132607600833457",
            "1001921334250001000300779017972697",
            "RB123456785GB",
            "TBA502887274000",
            "C11031500001879",
            "008182709980000020033350276C",
            "320595463938",
        ],
        "gs1/text": ["]C10109501101530003\x1d10ABC\x1d17250131", "700123", "hello world"],
    }
    classified: dict[str, list[float]] = {}
    for kind, codes in samples.items():
        times = classified.setdefault(kind, [])
        for _ in range(300):
            for code in codes:
                t0 = time.perf_counter()
                classify(code)
                times.append(time.perf_counter() - t0)

    def us(values: list[float]) -> str:
        return f"median {statistics.median(values) * 1e6:.1f} µs, worst {max(values) * 1e6:.1f} µs"

    print(f"{args.lines} lines × {args.units} units, {len(scans)} item scans")
    print(f"scan → event:        {us(per_scan)}")
    print(f"changed rows' views: {us(per_row)}")
    print(f"full snapshot:       {us(snapshots)}")
    print(f"carrier label (box of {len(scans)} units): {close * 1e3:.2f} ms")
    print(f"replay of {len(journal)} journaled events (JSON parse included): {replay * 1e3:.1f} ms")
    print(f"detector per key:    {us(keys)}")
    for kind, times in classified.items():
        print(f"classify ({kind}):{' ' * (11 - len(kind))}{us(times)}")


if __name__ == "__main__":
    main()
