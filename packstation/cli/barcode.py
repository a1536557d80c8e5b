"""`packstation barcode CODE ...`: what is this barcode? One JSON object per line and code.

Support staff and scripts rely on the keys, so they are stable:
input, kind, gtin14, gs1, tracking, command, problem (see `describe`). Each tracking candidate
has carrier, number, check_digit, url and format (the format's name in the carrier table).
`--carriers` lists every format the station knows with an example number that passes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import Any

from packstation.domain.classify import classify
from packstation.domain.scans import (
    CommandScan,
    Gs1Scan,
    MisreadScan,
    ProductScan,
    Scan,
    TextScan,
    TrackingCandidate,
    TrackingScan,
    kind_of,
)
from packstation.domain.tracking import known_formats

# A shell cannot easily pass a GS (ASCII 29); with --escapes, "\x1d", "<GS>" or "^]" stand for it.
_ESCAPES = re.compile(r"\\x([0-9A-Fa-f]{2})|<GS>|\^\]")


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "barcode",
        help="classify scanned codes and print one JSON object per code",
        description=(
            "Classify each CODE as a scanner at the station would and print one JSON object per "
            "line with the keys input, kind, gtin14, gs1, tracking, command, problem."
        ),
    )
    p.add_argument("codes", nargs="*", metavar="CODE")
    p.add_argument(
        "--carriers",
        action="store_true",
        help="list every carrier format this station knows, each with an example number that "
        "passes (one JSON object per line: carrier, format, service, check, example, url)",
    )
    p.add_argument(
        "-e",
        "--escapes",
        action="store_true",
        help=r'read "\xNN", "<GS>" and "^]" in CODE as control characters (GS is \x1d)',
    )
    p.set_defaults(run=run)


def unescape(code: str) -> str:
    """Turn the --escapes spellings into the characters a scanner sends."""
    return _ESCAPES.sub(lambda m: chr(int(m.group(1), 16)) if m.group(1) else "\x1d", code)


def _tracking(candidate: TrackingCandidate) -> dict[str, Any]:
    return {
        "carrier": candidate.carrier.value,
        "number": candidate.number,
        "check_digit": candidate.check_digit,
        "url": candidate.url,
        "format": candidate.format,
    }


def describe(code: str, scan: Scan) -> dict[str, Any]:
    """The stable JSON object for one classified code."""
    gtin14: str | None = None
    gs1: dict[str, str] | None = None
    tracking: list[dict[str, Any]] = []
    command: dict[str, str | None] | None = None
    problem: str | None = None
    match scan:
        case ProductScan():
            gtin14 = scan.gtin14
            tracking = [_tracking(c) for c in scan.tracking]
        case Gs1Scan():
            gtin14 = scan.gtin14
            gs1 = {}
            for ai, value in scan.elements:
                gs1.setdefault(ai, value)
        case TrackingScan():
            tracking = [_tracking(c) for c in scan.candidates]
        case CommandScan():
            command = {"name": scan.name.value, "argument": scan.argument}
        case MisreadScan():
            problem = scan.problem
        case TextScan():
            problem = scan.problem
    return {
        "input": code,
        "kind": kind_of(scan).value,
        "gtin14": gtin14,
        "gs1": gs1,
        "tracking": tracking,
        "command": command,
        "problem": problem,
    }


def carrier_formats() -> list[dict[str, Any]]:
    """One JSON object per known carrier format, with an example number that passes it."""
    return [
        {
            "carrier": fmt.carrier.value,
            "format": fmt.name,
            "service": fmt.service or None,
            "check": fmt.check,
            "example": fmt.example,
            "url": fmt.url.replace("{number}", fmt.example) if fmt.url else "",
        }
        for fmt in known_formats()
    ]


def _load_station_formats() -> None:
    """Read the machine-wide [[carriers]] entries, so this answers as the station would."""
    from packstation.services.settings import load_settings

    for problem in load_settings().problems:
        if problem.key == "carriers":
            sys.stderr.write(f"packstation barcode: {problem}\n")


def run(args: argparse.Namespace) -> int:
    _load_station_formats()
    if args.carriers:
        for entry in carrier_formats():
            sys.stdout.write(json.dumps(entry) + "\n")
        sys.stdout.flush()
        return 0
    if not args.codes:
        sys.stderr.write("packstation barcode: give one or more CODEs, or --carriers\n")
        return 2
    for code in args.codes:
        value = unescape(code) if args.escapes else code
        # ensure_ascii: a scanned bidi override or escape sequence must not reach the terminal.
        sys.stdout.write(json.dumps(describe(value, classify(value))) + "\n")
    sys.stdout.flush()
    return 0
