"""`packstation warehouse init|add-station|sync|figures|history`: warehouse mode's set-up and
its one sync service.

    packstation warehouse init --db postgresql://owner@server/packstation
    packstation warehouse add-station "Bench 01" --db URL      (prints the login role; the
                                                               password is read from stdin)
    packstation warehouse sync --db URL --api-url URL          (token: OS keyring or
                                                               $PACKSTATION_TOKEN; never argv)
    packstation warehouse password --db URL                    (a station's DB password into
                                                               the OS keyring, from stdin)
    packstation warehouse figures|history|audit|floor --db URL (the floor from PostgreSQL;
                                                               floor --window: live view)

Exit status: 0 done, 2 usage, 3 database unreachable or refused, 4 schema newer than this
Packstation, 5 no Stitch token.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_DB = 3
EXIT_TOO_NEW = 4
EXIT_NO_TOKEN = 5
TOKEN_ENV = "PACKSTATION_TOKEN"  # noqa: S105 (a variable name, not a secret)

log = logging.getLogger(__name__)


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "warehouse",
        help="warehouse mode: set up the PostgreSQL database, run the sync service",
        description="Warehouse mode: many stations on one Stitch account through PostgreSQL.",
        epilog="exit status: 0 done, 2 usage, 3 database, 4 schema too new, 5 no token",
    )
    actions = p.add_subparsers(dest="warehouse_action", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="create or migrate the warehouse schema")
    init.add_argument("--db", required=True, metavar="URL", help="PostgreSQL URL (owner)")
    add = actions.add_parser(
        "add-station", help="let a station join: its own login role (password from stdin)"
    )
    add.add_argument("name", help="the station's name, as in its settings")
    add.add_argument("--db", required=True, metavar="URL")
    add.add_argument(
        "--no-password", action="store_true", help="no password (trust/peer/cert auth)"
    )
    sync = actions.add_parser("sync", help="the warehouse's one sync service (runs until stopped)")
    sync.add_argument("--db", required=True, metavar="URL")
    sync.add_argument("--api-url", dest="sync_api_url", required=True, metavar="URL")
    sync.add_argument(
        "--relay-journal",
        type=Path,
        metavar="FILE",
        help="the sync service's own journal (default: the profile 'warehouse-sync')",
    )
    sync.add_argument(
        "--rate-limit",
        type=float,
        default=None,
        metavar="RPS",
        help="the account's request limit per second (default 10)",
    )
    sync.add_argument(
        "--share",
        type=float,
        default=0.8,
        metavar="FRACTION",
        help="share of the limit this service may use (default 0.8)",
    )
    sync.add_argument("--name", default=None, help="this sync service's name in logs and PG")
    figures = actions.add_parser("figures", help="boxes, units and mistakes per station today")
    figures.add_argument("--db", required=True, metavar="URL")
    figures.add_argument("--days", type=int, default=1)
    history = actions.add_parser("history", help="an order's events and boxes at every station")
    history.add_argument("fulfillment_id")
    history.add_argument("--db", required=True, metavar="URL")
    floor = actions.add_parser(
        "floor", help="each station now: who, which order, boxes waiting, last error"
    )
    floor.add_argument("--db", required=True, metavar="URL")
    floor.add_argument("--window", action="store_true", help="the live floor view window")
    floor.add_argument("--full-screen", action="store_true", help="the window, full screen")
    audit = actions.add_parser("audit", help="the audit trail of every station")
    audit.add_argument("--db", required=True, metavar="URL")
    audit.add_argument("--days", type=int, default=1)
    password = actions.add_parser(
        "password", help="store this station's database password in the OS keyring (stdin)"
    )
    password.add_argument("--db", required=True, metavar="URL")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    action = args.warehouse_action
    try:
        if action == "init":
            return asyncio.run(_init(args.db))
        if action == "add-station":
            password = None if args.no_password else sys.stdin.readline().strip() or None
            return asyncio.run(_add_station(args.db, args.name, password))
        if action == "sync":
            return _sync(args)
        if action == "password":
            return _store_password(args.db, sys.stdin.readline().strip())
        if action == "floor" and (args.window or args.full_screen):
            return _floor_window(args)
        if action in ("figures", "history", "floor", "audit"):
            from packstation.cli.warehouse_reports import run_report

            return int(run_report(args))
    except KeyboardInterrupt:
        return EXIT_OK
    raise AssertionError(action)


async def _init(url: str) -> int:
    import psycopg

    from packstation.warehouse.schema import SchemaTooNew, migrate

    try:
        async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
            before, after = await migrate(conn)
    except SchemaTooNew as exc:
        print(f"✗ {exc}", file=sys.stderr)
        return EXIT_TOO_NEW
    except psycopg.Error as exc:
        print(f"✗ the warehouse database refused or could not be reached: {exc}", file=sys.stderr)
        return EXIT_DB
    if before == after:
        print(f"✓ warehouse schema is up to date (version {after})")
    else:
        print(f"✓ warehouse schema migrated from version {before} to {after}")
    return EXIT_OK


async def _add_station(url: str, name: str, password: str | None) -> int:
    import psycopg

    from packstation.warehouse.roles import add_station

    try:
        async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
            role = await add_station(conn, name, password=password)
    except psycopg.Error as exc:
        print(f"✗ could not add the station: {exc}", file=sys.stderr)
        return EXIT_DB
    print(f"✓ station {name!r} joins as database user {role}")
    return EXIT_OK


def _store_password(url: str, password: str) -> int:
    from keyring.errors import KeyringError

    from packstation.services.credentials import store_db_password

    if not password:
        print("✗ no password on stdin", file=sys.stderr)
        return EXIT_USAGE
    try:
        store_db_password(url, password)
    except KeyringError as exc:
        print(f"✗ the OS password store refused it: {type(exc).__name__}", file=sys.stderr)
        return EXIT_DB
    print("✓ the database password is in the OS password store")
    return EXIT_OK


def _floor_window(args: argparse.Namespace) -> int:
    """The floor view on its own (a wall display): no station, no journal, no Stitch."""
    import importlib

    os.environ.setdefault("QT_API", "pyside6")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    qt_loop = importlib.import_module("packstation.ui.qt_loop")
    from packstation.services.credentials import load_db_password
    from packstation.services.warehouse_floor import FloorReports
    from packstation.ui.floor_view import FloorView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    floor = FloorReports(args.db, password=load_db_password(args.db))

    async def main() -> int:
        closed = asyncio.Event()
        view = FloorView(floor.floor)
        view.destroyed.connect(closed.set)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if args.full_screen:
            view.toggle_full_screen()
        else:
            view.show()
        view.refresh()
        await closed.wait()
        return EXIT_OK

    code = int(qt_loop.run(main()))
    app.quit()
    return code


def _sync(args: argparse.Namespace) -> int:
    from packstation.logs import register_secret
    from packstation.services.credentials import load_token
    from packstation.services.warehouse_sync import SyncSettings, run_sync_service

    token = os.environ.get(TOKEN_ENV) or load_token(args.sync_api_url)
    if not token:
        print(
            "✗ no Stitch token for this address: store it with `packstation token set "
            f"--api-url {args.sync_api_url}` or set ${TOKEN_ENV}",
            file=sys.stderr,
        )
        return EXIT_NO_TOKEN
    register_secret(token)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    settings = SyncSettings(
        rate_limit=args.rate_limit if args.rate_limit else 10.0,
        share=args.share,
        name=args.name,
    )
    return asyncio.run(
        run_sync_service(args.db, args.sync_api_url, token, settings, args.relay_journal)
    )
