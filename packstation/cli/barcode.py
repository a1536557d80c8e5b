"""`packstation barcode CODE ...`: what is this barcode? One JSON object per line and code."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "barcode", help="classify scanned codes and print one JSON object per code"
    )
    p.add_argument("codes", nargs="+", metavar="CODE")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    raise SystemExit("packstation barcode: not implemented yet")
