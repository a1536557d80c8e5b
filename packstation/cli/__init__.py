"""The `packstation` command: with no subcommand it opens the window; subcommands print to the
terminal. Subcommands are imported lazily so `packstation barcode` never loads Qt."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from packstation import __version__

# Subcommand modules import heavy parts (biip, the journal, httpx); only the chosen one is loaded,
# so the window and `--version` start without them.
_SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "barcode": (
        "packstation.cli.barcode",
        "classify scanned codes and print one JSON object per code",
    ),
    "products": ("packstation.cli.products", "send the product list and stock levels to Stitch"),
    "token": (
        "packstation.cli.token",
        "store, remove or test the station's access token in the OS password store",
    ),
    "figures": (
        "packstation.cli.figures",
        "units packed, time per unit and mistakes, per packer or station",
    ),
    "history": (
        "packstation.cli.history",
        "every scan and shipment of an order (CSV or JSON), or the audit trail",
    ),
    "journal": ("packstation.cli.journal", "the journal: info, check, backup FILE, recover, new"),
    "scale": ("packstation.cli.scale", "check the bench scale: print its live readings"),
    "warehouse": ("packstation.cli.warehouse", "warehouse mode: PostgreSQL set-up, sync service"),
    "print": ("packstation.cli.print", "print slips, the command sheet, badges or SKU labels"),
    "pin": ("packstation.cli.pin", "set or clear the supervisor PIN"),
}
_OPTIONS_WITH_VALUE = frozenset({"--api-url", "--station", "--self-test-probe"})


def _chosen_command(argv: Sequence[str] | None) -> str | None:
    args = list(sys.argv[1:] if argv is None else argv)
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in _OPTIONS_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            return arg if arg in _SUBCOMMANDS else None
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="packstation",
        description="Packstation: pack and ship Stitch fulfillments at a scanning bench.",
    )
    parser.add_argument("--version", action="version", version=f"packstation {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="training mode: start the built-in sandbox with demo data and connect to it",
    )
    parser.add_argument("--api-url", metavar="URL", help="Stitch Integrations API base URL")
    parser.add_argument("--station", metavar="NAME", help="this station's name")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (Qt, password store, journal, settings, Stitch) and exit",
    )
    # The self-test's Qt checks run in a child process started with this (Qt may abort it).
    parser.add_argument("--self-test-probe", choices=["qt", "sound"], help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    chosen = _chosen_command(argv)
    for name, (module, help_text) in _SUBCOMMANDS.items():
        if name == chosen:
            importlib.import_module(module).register(sub)
        else:
            sub.add_parser(name, help=help_text)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if args.self_test_probe or args.self_test:
        from packstation.cli.selftest import run_self_test_command

        return run_self_test_command(args)
    if args.command is not None:
        result: int = args.run(args)
        return result
    from packstation.app import run_gui  # Qt is only loaded for the window

    return run_gui(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
