"""`packstation warehouse figures|history`: the floor's figures and an order's history from
PostgreSQL, across every station (tab-separated, for a terminal or a spreadsheet)."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import sys
from typing import Any


def run_report(args: argparse.Namespace) -> int:
    return asyncio.run(_report(args))


async def _report(args: argparse.Namespace) -> int:
    import psycopg

    from packstation.warehouse import reports

    try:
        async with await psycopg.AsyncConnection.connect(args.db) as conn:
            rows: list[dict[str, Any]]
            if args.warehouse_action == "figures":
                since = dt.datetime.now(dt.UTC) - dt.timedelta(days=args.days)
                rows = await reports.figures(conn, since)
            elif args.warehouse_action == "floor":
                rows = await reports.floor(conn)
            elif args.warehouse_action == "audit":
                since = dt.datetime.now(dt.UTC) - dt.timedelta(days=args.days)
                rows = await reports.audit(conn, since)
            else:
                rows = await reports.history(conn, args.fulfillment_id)
    except psycopg.Error as exc:
        print(f"✗ the warehouse database refused or could not be reached: {exc}", file=sys.stderr)
        return 3
    if rows:
        print("\t".join(rows[0]))
    for row in rows:
        print("\t".join("" if v is None else str(v) for v in row.values()))
    return 0
