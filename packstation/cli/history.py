"""`packstation history FULFILLMENT_ID`: every scan and shipment of an order, as CSV or JSON.

`packstation history --audit [--from DATE] [--to DATE]`: the supervisor audit trail instead.
Columns and keys are documented in `packstation.services.history_export`. The journal is opened
read-only (no lock, no writes), so this works while the station's app is running.

Exit codes: 0 written; 1 the journal knows nothing of that fulfillment; 2 bad arguments or the
journal cannot be read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import unicodedata
import zoneinfo
from pathlib import Path
from typing import Any

from packstation.services.history import audit_trail, fulfillment_history, zone_name
from packstation.services.history_export import (
    audit_csv,
    audit_json,
    dumps,
    history_csv,
    history_json,
)
from packstation.services.periods import local_midnight, station_zone
from packstation.services.settings import load_settings
from packstation.store import Journal, JournalError, default_journal_path


class CliError(Exception):
    """A problem to tell the user in one line (exit code 2)."""


def add_journal_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--journal",
        type=Path,
        metavar="PATH",
        help="the journal file (default: the station profile's journal)",
    )
    p.add_argument(
        "--profile", default="default", metavar="NAME", help="station profile (default: default)"
    )
    p.add_argument(
        "--time-zone",
        metavar="ZONE",
        help="IANA time zone for days and times (default: the station's setting, else this "
        "computer's)",
    )


def open_journal(args: argparse.Namespace) -> Journal:
    """The journal, read-only: no lock, so the running app keeps writing undisturbed."""
    try:
        path = args.journal if args.journal is not None else default_journal_path(args.profile)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    if not path.is_file():
        raise CliError(f"no journal at {path}")
    try:
        return Journal.open(path, read_only=True)
    except JournalError as exc:
        raise CliError(f"cannot read the journal {path}: {exc}") from exc


def zone_of(args: argparse.Namespace) -> dt.tzinfo:
    name = args.time_zone
    if name is None:
        name = load_settings().settings.time_zone
    elif name:
        try:
            return zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
            raise CliError(f"unknown time zone {name!r}") from exc
    return station_zone(name)


def parse_day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def terminal_safe(text: str) -> str:
    # A scanned escape sequence or bidi override must not act on the terminal showing it.
    return "".join(
        f"\\u{ord(ch):04x}" if unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\r\n" else ch
        for ch in text
    )


def write_output(text: str, output: Path | None) -> None:
    """To the file exactly (UTF-8), or to standard output (made safe when it is a terminal)."""
    if output is not None:
        try:
            with output.open("w", encoding="utf-8", newline="") as file:
                file.write(text)
        except OSError as exc:
            raise CliError(f"cannot write {output}: {exc.strerror or exc}") from exc
        return
    sys.stdout.write(terminal_safe(text) if sys.stdout.isatty() else text)
    sys.stdout.flush()


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "history",
        help="every scan and shipment of an order (CSV or JSON), or the audit trail",
        description=(
            "Print the complete history of FULFILLMENT_ID from this station's journal: every "
            "scan with its result, who and where, and each box's shipment. With --audit, the "
            "supervisor audit trail (who did what, why, when) instead."
        ),
    )
    p.add_argument("fulfillment_id", nargs="?", metavar="FULFILLMENT_ID")
    p.add_argument("--audit", action="store_true", help="the audit trail instead of an order")
    p.add_argument("--from", dest="first", type=parse_day, metavar="DATE", help="with --audit")
    p.add_argument("--to", dest="last", type=parse_day, metavar="DATE", help="with --audit")
    p.add_argument("--format", choices=("csv", "json"), default="csv")
    p.add_argument("--output", type=Path, metavar="FILE", help="write to FILE (UTF-8)")
    add_journal_arguments(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except CliError as exc:
        sys.stderr.write(f"packstation history: {exc}\n")
        return 2


def _run(args: argparse.Namespace) -> int:
    if args.audit == (args.fulfillment_id is not None):
        raise CliError("give either FULFILLMENT_ID or --audit")
    if not args.audit and (args.first or args.last):
        raise CliError("--from and --to go with --audit")
    zone = zone_of(args)
    journal = open_journal(args)
    try:
        if args.audit:
            start = None if args.first is None else local_midnight(args.first, zone)
            end = (
                None
                if args.last is None
                else local_midnight(args.last + dt.timedelta(days=1), zone)
            )
            rows = audit_trail(journal, zone, start, end)
            text = (
                dumps(audit_json(rows, zone_name(zone)))
                if args.format == "json"
                else audit_csv(rows)
            )
            write_output(text, args.output)
            return 0
        history = fulfillment_history(journal, args.fulfillment_id, zone)
    finally:
        journal.close()
    if not history.found:
        sys.stderr.write(
            f"packstation history: this station's journal has nothing of {args.fulfillment_id}\n"
        )
        return 1
    text = dumps(history_json(history)) if args.format == "json" else history_csv(history)
    write_output(text, args.output)
    return 0


__all__ = [
    "CliError",
    "add_journal_arguments",
    "open_journal",
    "parse_day",
    "register",
    "run",
    "terminal_safe",
    "write_output",
    "zone_of",
]
