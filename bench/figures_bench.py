"""How long the supervisor waits for figures and for an order's history on a busy station's journal.

Builds a journal of a working week (packers x days x orders, each a real pack session fed real
scans: items, an occasional wrong item and undo, the carrier label), then times
`figures(this week)`, `figures(today)` and one order's history exported as CSV.

    .venv/bin/python bench/figures_bench.py [--orders-per-day 150] [--packers 3] [--rounds 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
import zoneinfo
from pathlib import Path

from packstation.domain.session import PackLine, ProductInfo, SessionSpec
from packstation.services.figures import Grouping, figures
from packstation.services.headless import demo_tracking_number
from packstation.services.history import fulfillment_history
from packstation.services.history_export import history_csv
from packstation.services.periods import this_week, today
from packstation.services.scripted_pack import ScriptedPack
from packstation.store import Journal, Synchronous

ZONE = zoneinfo.ZoneInfo("Europe/Berlin")
MUG, TEE, SOCKS = "012345678905", "4006381333931", "9780201379624"
LINES = (
    PackLine("1", "MUG-BLU-12", "Blue mug", frozenset({"00" + MUG}), 2),
    PackLine("2", "TEE-RED-M", "Red tee", frozenset({"0" + TEE}), 1),
)


def catalog(gtin: str) -> ProductInfo | None:
    return ProductInfo("SOCK-GRN", "Green socks") if gtin == "0" + SOCKS else None


def build(path: Path, *, packers: int, orders_per_day: int) -> tuple[int, int, str]:
    journal = Journal.open(path, synchronous=Synchronous.NORMAL)
    monday = dt.date(2026, 11, 23)
    sessions = events = 0
    last = ""
    try:
        for day in range(5):
            for p in range(packers):
                moment = dt.datetime.combine(
                    monday + dt.timedelta(days=day), dt.time(8), tzinfo=ZONE
                )
                for n in range(orders_per_day):
                    fid = f"{day}{p:02d}{n:05d}"
                    spec = SessionSpec(fid, "SO-" + fid, LINES, service="UPS Ground")
                    pack = ScriptedPack(
                        journal,
                        spec,
                        station=f"Station {p + 1}",
                        packer=f"packer{p + 1}",
                        at=moment,
                        catalog=catalog,
                    )
                    script = [MUG, TEE, MUG]
                    if n % 10 == 0:
                        script[1:1] = [SOCKS, "PS-CMD:ACK"]
                    if n % 7 == 0:
                        script[1:1] = [TEE, "PS-CMD:UNDO"]
                    for raw in [*script, demo_tracking_number(fid, 1)]:
                        moment += dt.timedelta(seconds=12)
                        pack.scan(raw, moment)
                        events += 1
                    sessions += 1
                    last = fid
                    moment += dt.timedelta(seconds=30)
    finally:
        journal.close()
    return sessions, events, last


def timed(rounds: int, work: object) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders-per-day", type=int, default=150)
    parser.add_argument("--packers", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "journal.sqlite3"
        started = time.perf_counter()
        sessions, events, last = build(
            path, packers=args.packers, orders_per_day=args.orders_per_day
        )
        print(
            f"journal: {sessions} sessions, {events} events "
            f"(built in {time.perf_counter() - started:.1f} s)"
        )
        friday = dt.datetime(2026, 11, 27, 17, tzinfo=ZONE)
        journal = Journal.open(path, read_only=True)
        try:
            week = this_week(ZONE, friday)
            day = today(ZONE, friday)
            report = figures(journal, week)
            print(
                f"week: {report.total.units_packed} units in {report.total.boxes} boxes, "
                f"{report.total.wrong_items} wrong items, {report.total.undos} undos"
            )
            for label, work in (
                ("figures, this week, by packer", lambda: figures(journal, week)),
                (
                    "figures, this week, by station",
                    lambda: figures(journal, week, by=Grouping.STATION),
                ),
                ("figures, today, by packer", lambda: figures(journal, day)),
                (
                    "history of one order as CSV",
                    lambda: history_csv(fulfillment_history(journal, last, ZONE)),
                ),
            ):
                print(f"{label}: {timed(args.rounds, work) * 1000:.1f} ms (median)")
        finally:
            journal.close()


if __name__ == "__main__":
    main()
