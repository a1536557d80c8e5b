"""`packstation-sandbox`: run the Stitch sandbox until Ctrl+C (or SIGTERM).

Prints two lines on start, flushed at once so a parent process can read them:
    base_url: http://127.0.0.1:8765/api2/v2/integrations
    token: demo-token
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

from packstation.sandbox.db import SchemaMismatchError
from packstation.sandbox.server import SandboxServer, is_loopback
from packstation.sandbox.state import DEFAULT_TOKEN

log = logging.getLogger(__name__)
TOKEN_ENV = "PACKSTATION_SANDBOX_TOKEN"  # noqa: S105 (a variable name, not a secret)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="packstation-sandbox", description="Serve the Stitch Integrations API sandbox."
    )
    parser.add_argument(
        "--host", default=None, help="address to listen on (default 127.0.0.1, loopback only)"
    )
    parser.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    parser.add_argument("--db", type=Path, default=None, help="SQLite file (default: in memory)")
    parser.add_argument(
        "--token", default=None, help=f"access token (default ${TOKEN_ENV} or {DEFAULT_TOKEN})"
    )
    parser.add_argument("--seed", choices=("demo", "empty"), default="demo")
    parser.add_argument("--seed-number", type=int, default=1, help="demo data variant")
    parser.add_argument(
        "--rate-limit", type=float, default=None, help="requests per second per token (burst N)"
    )
    parser.add_argument("--verbose", action="store_true", help="log every request")
    args = parser.parse_args(argv)
    if args.rate_limit is not None and args.rate_limit <= 0:
        parser.error("--rate-limit must be positive")
    if not 0 <= args.port <= 65535:
        parser.error("--port must be between 0 and 65535")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    host = args.host if args.host is not None else "127.0.0.1"
    if not is_loopback(host):
        # Reachable only when asked for by name: the sandbox's token is no protection.
        print(f"warning: the sandbox listens on {host}, beyond this machine", file=sys.stderr)
    token = args.token or os.environ.get(TOKEN_ENV) or DEFAULT_TOKEN
    server = SandboxServer(
        host=host,
        port=args.port,
        token=token,
        seed=args.seed,
        db_path=args.db,
        rate_limit=args.rate_limit,
        seed_number=args.seed_number,
        verbose=args.verbose,
    )
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        server.start()
    except SchemaMismatchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: cannot listen on {host}:{args.port}: {exc.strerror}", file=sys.stderr)
        return 1
    print(f"base_url: {server.base_url}", flush=True)
    print(f"token: {server.token}", flush=True)
    try:
        while not stop.wait(0.5):  # a timeout keeps the main thread responsive to signals
            pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
