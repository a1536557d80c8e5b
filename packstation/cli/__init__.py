"""The `packstation` command: with no subcommand it opens the window; subcommands print to the
terminal. Subcommands are imported lazily so `packstation barcode` never loads Qt."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from packstation import __version__


def build_parser() -> argparse.ArgumentParser:
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

    from packstation.cli import barcode, products

    barcode.register(sub)
    products.register(sub)

    from packstation.cli import token

    token.register(sub)

    from packstation.cli import figures, history

    figures.register(sub)
    history.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
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
