"""`packstation products push FILE.csv`: send the product list and stock levels to Stitch.

The file is checked whole first, then compared with Stitch's list; only what differs is sent, in
batches of 100, with a progress line. Ctrl+C stops after the batch in flight.

Exit codes (stable, scripts rely on them):
  0  done (or, with --dry-run, the plan was shown; also when nothing differed)
  1  the file: unreadable, or rows to fix (each listed with its line number); nothing sent
  2  configuration: no access token, a bad API URL, or Stitch refused the token
  3  not everything in the file reached Stitch: a batch failed (the report says which SKUs
     landed), the push was stopped, or (--stock-only) SKUs Stitch does not know were skipped
  4  Stitch could not be reached (or answered with trouble) before anything was sent

The token comes from the OS keyring (`packstation token set --api-url URL`); scripts and CI may
set `PACKSTATION_TOKEN` instead. It is never printed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # the real imports wait until a push runs: `packstation barcode` stays quick
    from packstation.api import StitchClient
    from packstation.services.product_csv import ProductFile, RowProblem
    from packstation.services.products import (
        CancelToken,
        PlannedChange,
        PushPlan,
        PushProgress,
        PushResult,
    )

EXIT_OK = 0
EXIT_FILE = 1
EXIT_CONFIG = 2
EXIT_INCOMPLETE = 3
EXIT_UNREACHABLE = 4

TOKEN_ENV = "PACKSTATION_TOKEN"  # noqa: S105 (the variable's name, not a secret)

#: Rows of each kind shown before the push (all problems are always shown).
DEFAULT_SHOW = 10


def register(sub: Any) -> None:
    products: argparse.ArgumentParser = sub.add_parser(
        "products",
        help="send the product list and stock levels to Stitch",
        description="Products and stock levels of this 3PL's warehouse in Stitch.",
    )
    actions = products.add_subparsers(dest="products_command", metavar="ACTION", required=True)
    push = actions.add_parser(
        "push",
        help="send a CSV of sku,name,upc,quantity_on_hand (only what differs)",
        description=(
            "Check FILE whole, compare it with Stitch's product list and send only what\n"
            "differs, in batches of 100.\n\n"
            "FILE: a header line sku,name,upc,quantity_on_hand (any order and letter case;\n"
            "other columns ignored; name and upc may be left out for stock updates), comma\n"
            "or semicolon, UTF-8. An empty name or upc keeps what Stitch has."
        ),
        epilog=(
            "exit codes: 0 done, 1 rows to fix (nothing sent), 2 no token / bad URL / token\n"
            "refused, 3 not everything reached Stitch, 4 Stitch unreachable (nothing sent).\n"
            "The token comes from the keyring (packstation token set --api-url URL); scripts\n"
            f"may set {TOKEN_ENV} instead."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    push.add_argument("file", metavar="FILE.csv", type=Path)
    push.add_argument("--dry-run", action="store_true", help="show what would change; send nothing")
    push.add_argument(
        "--stock-only",
        action="store_true",
        help="send only the stock of products Stitch already has (unknown SKUs are skipped)",
    )
    # Its own dest: a subparser's default would overwrite `packstation --api-url URL products`.
    push.add_argument(
        "--api-url",
        dest="products_api_url",
        metavar="URL",
        help="Stitch Integrations API base URL (default: from the settings)",
    )
    push.add_argument(
        "--show",
        type=int,
        default=DEFAULT_SHOW,
        metavar="N",
        help=f"list the first N products of each kind (default {DEFAULT_SHOW})",
    )
    push.set_defaults(run=run_push)


def run_push(args: argparse.Namespace) -> int:
    from packstation.api import StitchClient
    from packstation.services.product_csv import read_product_csv

    out, err = sys.stdout, sys.stderr
    path: Path = args.file
    try:
        data = path.read_bytes()
    except OSError as exc:
        print(f"Cannot read {path}: {exc.strerror or exc}", file=err)
        return EXIT_FILE
    file = read_product_csv(data)
    if not file.ok:
        _print_problems(err, path.name, file.problems)
        return EXIT_FILE

    api_url = args.products_api_url or getattr(args, "api_url", None) or _settings_url()
    token = os.environ.get(TOKEN_ENV) or _keyring_token(api_url)
    if not token:
        print(
            f"No access token for {api_url}.\n"
            f"Set it once with:  packstation token set --api-url {api_url}\n"
            f"(scripts and CI may set the environment variable {TOKEN_ENV} instead)",
            file=err,
        )
        return EXIT_CONFIG
    try:
        client = StitchClient(api_url, token)
    except ValueError as exc:
        print(f"Cannot use the API URL {api_url}: {exc}", file=err)
        return EXIT_CONFIG
    return asyncio.run(_push(client, file, args, out, err))


def _settings_url() -> str:
    from packstation.services.settings import load_settings

    return load_settings().settings.api_url


def _keyring_token(api_url: str) -> str | None:
    from packstation.services.credentials import load_token

    return load_token(api_url)


async def _push(
    client: StitchClient,
    file: ProductFile,
    args: argparse.Namespace,
    out: TextIO,
    err: TextIO,
) -> int:
    from packstation.api.errors import AuthError, ForbiddenError, NetworkError, StitchError
    from packstation.services.products import CancelToken, ChangeKind, fetch_plan, push_plan

    async with client:
        try:
            plan = await fetch_plan(client, file, stock_only=args.stock_only)
        except (AuthError, ForbiddenError) as exc:
            print(f"Stitch refused the access token: {exc.message}", file=err)
            return EXIT_CONFIG
        except StitchError as exc:
            print(f"Could not read Stitch's product list: {exc}", file=err)
            print("Nothing was sent.", file=err)
            return EXIT_UNREACHABLE
        if not plan.sendable:
            _print_problems(err, args.file.name, plan.problems)
            return EXIT_FILE
        print_plan(out, plan, show=max(args.show, 0))
        unknown = len(plan.of_kind(ChangeKind.UNKNOWN))
        if args.dry_run:
            print("Dry run: nothing was sent.", file=out)
            return EXIT_OK
        _keep_weights(file, out, err)
        if not plan.to_send:
            print("Nothing to send: Stitch already has what the file says.", file=out)
            _print_unknown(err, plan)
            return EXIT_INCOMPLETE if unknown else EXIT_OK

        cancel = CancelToken()
        progress = ProgressLine(out)
        with _ctrl_c_cancels(cancel):
            result = await push_plan(
                client, plan, on_progress=progress, cancel=cancel, source=str(args.file)
            )
        progress.finish()
        print_result(out, err, plan, result)
        _print_unknown(err, plan)
        if not result.landed and not result.uncertain:
            if isinstance(result.error, AuthError | ForbiddenError):
                return EXIT_CONFIG
            if isinstance(result.error, NetworkError):
                return EXIT_UNREACHABLE  # nothing left this machine
        return EXIT_OK if result.ok and not unknown else EXIT_INCOMPLETE


def _keep_weights(file: ProductFile, out: TextIO, err: TextIO) -> None:
    """The file's unit weights, for this station's weight check (never sent to Stitch)."""
    from packstation.services.catalogue_weights import save_catalogue_weights
    from packstation.store import default_journal_path

    if not file.weights:
        return
    # The station's journal, as the app finds it (a running station reads them at its next box).
    override = os.environ.get("PACKSTATION_JOURNAL")
    journal = (
        Path(override)
        if override
        else default_journal_path(os.environ.get("PACKSTATION_PROFILE", "default"))
    )
    try:
        save_catalogue_weights(journal, file.weights)
    except OSError as exc:
        print(f"The unit weights were not kept for the weight check: {exc}", file=err)
        return
    print(f"{len(file.weights)} unit weights kept for this station's weight check.", file=out)


@contextlib.contextmanager
def _ctrl_c_cancels(cancel: CancelToken) -> Any:
    """The first Ctrl+C stops after the batch in flight; a second one stops at once."""
    loop = asyncio.get_running_loop()

    def first() -> None:
        cancel.cancel()
        print("\nStopping after the batch in flight (Ctrl+C again to stop now)…", file=sys.stderr)
        loop.remove_signal_handler(signal.SIGINT)

    try:
        loop.add_signal_handler(signal.SIGINT, first)
    except (NotImplementedError, RuntimeError, ValueError):  # Windows, or not the main thread
        yield
        return
    try:
        yield
    finally:
        with contextlib.suppress(Exception):
            loop.remove_signal_handler(signal.SIGINT)


class ProgressLine:
    """`batch 3/100 · 300 of 10,000 products landed`: rewritten in place on a terminal, one
    plain line per batch otherwise (logs of scripts and CI)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._tty = stream.isatty()
        self._width = 0

    def __call__(self, progress: PushProgress) -> None:
        text = (
            f"batch {progress.batches_done}/{progress.batches_total} · "
            f"{progress.skus_landed:,} of {progress.skus_total:,} products landed"
        )
        if progress.batches_done == 0 and not self._tty:
            return  # a log gets one line per batch sent, not a line for "nothing yet"
        if self._tty:
            pad = " " * max(self._width - len(text), 0)
            self._stream.write(f"\r{text}{pad}")
            self._width = len(text)
        else:
            self._stream.write(text + "\n")
        self._stream.flush()

    def finish(self) -> None:
        if self._tty and self._width:
            self._stream.write("\n")
            self._stream.flush()


# -- reports ---------------------------------------------------------------------------------

# By `ChangeKind` value, in the order the plan is shown.
_KIND_TITLES = {
    "new": "new products",
    "changed": "name or barcode changed",
    "stock": "stock changed",
    "unchanged": "unchanged",
    "unknown": "not in Stitch (skipped: --stock-only never creates products)",
}


def plural(count: int, word: str) -> str:
    return f"{count:,} {word}" if count == 1 else f"{count:,} {word}s"


def _print_problems(stream: TextIO, name: str, problems: tuple[RowProblem, ...]) -> None:
    count = len(problems)
    print(f"{name}: {plural(count, 'problem')} to fix:", file=stream)
    for problem in problems:
        print(f"  {problem}", file=stream)
    print("Nothing was sent.", file=stream)


def print_plan(stream: TextIO, plan: PushPlan, *, show: int) -> None:
    from packstation.services.products import ChangeKind

    counts = plan.counts()
    rows = len(plan.changes) + len(plan.problems)
    print(
        f"The file lists {rows:,} products; Stitch has {plan.products_in_stitch:,}."
        + (" (stock only)" if plan.stock_only else ""),
        file=stream,
    )
    # A stock-only push never creates products; a full push has no "unknown" SKUs.
    hidden = ChangeKind.NEW if plan.stock_only else ChangeKind.UNKNOWN
    kinds = [k for k in ChangeKind if k is not hidden]
    for kind in kinds:
        print(f"  {counts[kind]:>8,}  {_KIND_TITLES[kind.value]}", file=stream)
    batches = len(plan.batches)
    print(
        f"To send: {plural(len(plan.to_send), 'product')} in {plural(batches, 'request')}.",
        file=stream,
    )
    if plan.going_to_zero:
        zero = len(plan.going_to_zero)
        print(f"Warning: {plural(zero, 'product')} will have 0 in stock.", file=stream)
    for kind in (ChangeKind.NEW, ChangeKind.CHANGED, ChangeKind.STOCK, ChangeKind.UNKNOWN):
        changes = plan.of_kind(kind)
        if not changes or show == 0:
            continue
        shown = changes[:show]
        more = f" (first {len(shown)} of {len(changes):,})" if len(shown) < len(changes) else ""
        title = _KIND_TITLES[kind.value]
        print(f"{title[0].upper()}{title[1:]}{more}:", file=stream)
        for change in shown:
            print(f"  line {change.line:<6} {change.sku}  {describe_change(change)}", file=stream)


def describe_change(change: PlannedChange) -> str:
    from packstation.services.products import ChangeKind

    wanted = change.wanted
    if change.kind is ChangeKind.NEW:
        parts = [f'"{wanted.name}"']
        if wanted.upc:
            parts.append(f"barcode {wanted.upc}")
        parts.append(f"stock {wanted.quantity_on_hand}")
        return ", ".join(parts)
    if change.kind is ChangeKind.UNKNOWN:
        return f"stock {wanted.quantity_on_hand} not sent"
    parts = []
    current = change.current
    assert current is not None
    if change.name_changed:
        parts.append(f'name "{current.name}" → "{wanted.name}"')
    if change.upc_changed:
        parts.append(f"barcode {current.upc or '(none)'} → {wanted.upc}")
    if current.quantity_on_hand != wanted.quantity_on_hand or not parts:
        parts.append(f"stock {current.quantity_on_hand} → {wanted.quantity_on_hand}")
    return ", ".join(parts)


def _sku_list(skus: tuple[str, ...], limit: int = 20) -> str:
    shown = ", ".join(skus[:limit])
    return shown + (f", … ({len(skus) - limit:,} more)" if len(skus) > limit else "")


def print_result(stream: TextIO, err: TextIO, plan: PushPlan, result: PushResult) -> None:
    total = len(plan.to_send)
    if result.ok and not result.canceled:
        print(f"✓ Done: {plural(len(result.landed), 'product')} updated in Stitch.", file=stream)
    else:
        if result.canceled:
            print(
                f"Stopped after {len(result.landed):,} of {total:,} products.",
                file=err,
            )
        elif result.error is not None:
            print(
                f"✗ Batch {result.failed_batch} of {result.batches_total} failed: "
                f"{result.error.user_message}\n  ({result.error})",
                file=err,
            )
        for line, sku, reason in result.refused:
            print(f"  line {line}: SKU {sku}: Stitch says {reason}", file=err)
        print(f"  Landed in Stitch: {len(result.landed):,}", file=err)
        if result.uncertain:
            print(
                f"  Sent but no answer (may have landed): {len(result.uncertain):,}: "
                f"{_sku_list(result.uncertain)}",
                file=err,
            )
        if result.not_landed:
            print(
                f"  Not landed: {len(result.not_landed):,}: {_sku_list(result.not_landed)}",
                file=err,
            )
        print("Run the same command again to send what is still different.", file=err)


def _print_unknown(err: TextIO, plan: PushPlan) -> None:
    from packstation.services.products import ChangeKind

    unknown = plan.of_kind(ChangeKind.UNKNOWN)
    if unknown:
        print(
            f"⚠ {plural(len(unknown), 'SKU')} not in Stitch, skipped: "
            f"{_sku_list(tuple(c.sku for c in unknown))}",
            file=err,
        )
