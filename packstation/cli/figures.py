"""`packstation figures`: what each packer (or station) packed today, this week or over days.

Read from this station's journal, opened read-only (works while the app runs). Days are local days
of the station's time zone and weeks start on Monday; what each figure means is documented in
`packstation.services.figures`, the JSON and CSV layouts in `packstation.services.figures_export`.
The table ends with a bar chart of units packed per hour (one day) or per day.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from packstation.cli.history import (
    CliError,
    add_journal_arguments,
    open_journal,
    parse_day,
    write_output,
    zone_of,
)
from packstation.services.figures import Figures, FiguresReport, Grouping, figures
from packstation.services.figures_export import report_csv, report_json
from packstation.services.history import zone_name
from packstation.services.history_export import dumps
from packstation.services.periods import Period, days, this_week, today

_BAR_WIDTH = 40

# Column title, width, value.
_TABLE: tuple[tuple[str, int, Any], ...] = (
    ("orders", 6, lambda f: f.fulfillments_packed),
    ("boxes", 5, lambda f: f.boxes),
    ("units", 5, lambda f: f.units_packed),
    ("s/unit", 6, lambda f: "-" if f.seconds_per_unit is None else f"{f.seconds_per_unit:.1f}"),
    ("wrong", 5, lambda f: f.wrong_items),
    ("unknown", 7, lambda f: f.unknown_codes),
    ("misread", 7, lambda f: f.misreads),
    ("over", 4, lambda f: f.over_scans),
    ("undo", 4, lambda f: f.undos),
    ("partial", 7, lambda f: f.partial_shipments),
    ("rejected", 8, lambda f: f.rejected_shipments),
    ("weight", 6, lambda f: f.weight_stops),
)


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "figures",
        help="units packed, time per unit and mistakes, per packer or station",
        description=(
            "Figures from this station's journal for today (the default), this week (Monday to "
            "Sunday) or the days --from DATE --to DATE (both included): orders and units "
            "packed, seconds per unit, wrong items, misreads, over-scans, undos, partial and "
            "rejected shipments."
        ),
    )
    when = p.add_mutually_exclusive_group()
    when.add_argument("--today", action="store_true", help="today (the default)")
    when.add_argument("--week", action="store_true", help="this week, Monday to Sunday")
    when.add_argument("--from", dest="first", type=parse_day, metavar="DATE", help="first day")
    p.add_argument("--to", dest="last", type=parse_day, metavar="DATE", help="last day")
    p.add_argument("--by", choices=[g.value for g in Grouping], default=Grouping.PACKER.value)
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.add_argument(
        "--idle-minutes",
        type=float,
        default=5.0,
        metavar="N",
        help="a pause between scans longer than N minutes is not packing time (default: 5)",
    )
    p.add_argument("--output", type=Path, metavar="FILE", help="write to FILE (UTF-8)")
    add_journal_arguments(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace, *, now: dt.datetime | None = None) -> int:
    try:
        return _run(args, now or dt.datetime.now(dt.UTC))
    except CliError as exc:
        sys.stderr.write(f"packstation figures: {exc}\n")
        return 2


def period_of(args: argparse.Namespace, zone: dt.tzinfo, now: dt.datetime) -> Period:
    if args.last is not None and args.first is None:
        raise CliError("--to needs --from")
    if args.first is not None:
        last = args.last if args.last is not None else now.astimezone(zone).date()
        try:
            return days(args.first, last, zone)
        except ValueError as exc:
            raise CliError(str(exc)) from exc
    if args.week:
        return this_week(zone, now)
    return today(zone, now)


def _run(args: argparse.Namespace, now: dt.datetime) -> int:
    if not args.idle_minutes > 0:
        raise CliError("--idle-minutes must be more than 0")
    zone = zone_of(args)
    period = period_of(args, zone, now)
    journal = open_journal(args)
    try:
        report = figures(
            journal,
            period,
            by=Grouping(args.by),
            idle=dt.timedelta(minutes=args.idle_minutes),
        )
    finally:
        journal.close()
    if args.format == "json":
        text = dumps(report_json(report))
    elif args.format == "csv":
        text = report_csv(report)
    else:
        text = table(report)
    write_output(text, args.output)
    return 0


def _cells(name: str, figures: Figures, width: int) -> str:
    return f"{name:<{width}}" + "".join(f"  {value(figures)!s:>{w}}" for _, w, value in _TABLE)


def table(report: FiguresReport) -> str:
    """The report as a fixed-width table, then a bar chart of units packed."""
    period = report.period
    by = report.by.value
    lines = [f"Figures: {period.label} ({zone_name(period.zone)}), by {by}", ""]
    width = max([len(by), len("total"), *(len(row.name) for row in report.rows)])
    lines.append(f"{by:<{width}}" + "".join(f"  {title:>{w}}" for title, w, _ in _TABLE))
    for row in report.rows:
        lines.append(_cells(row.name, row.figures, width))
    lines.append(_cells("total", report.total, width))
    if not report.rows:
        lines.append("(nothing packed)")
    units = [(p.label, p.figures.units_packed) for p in report.series]
    busy = [i for i, (_, n) in enumerate(units) if n]
    if busy:
        top = max(n for _, n in units)
        label_width = max(len(label) for label, _ in units)
        lines += ["", f"Units packed per {report.resolution.value}:"]
        for label, n in units[busy[0] : busy[-1] + 1]:
            bar = "#" * max(1 if n else 0, round(n * _BAR_WIDTH / top))
            lines.append(f"{label:<{label_width}}  {bar} {n}".rstrip())
    return "\n".join(lines) + "\n"


__all__ = ["period_of", "register", "run", "table"]
