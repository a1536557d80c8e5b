"""A packing station without a screen: packs every order in the queue by itself.

For the crash proofs and for soak runs against the sandbox: `python -m packstation.services.headless
--api-url URL --journal FILE` with the token in `$PACKSTATION_TOKEN` (never on the command line,
where `ps` shows it). It resumes the unfinished pack, then packs the open orders one by one the way
a careful packer would (slip, items, a partial box for bigger orders, carrier label), waits until
the outbox is empty and prints `done`. `--orders N` stops after N orders. In warehouse mode
(`--warehouse-db URL`, the station's own database user; password from `$PGPASSWORD`) it needs no
token: the queue comes from PostgreSQL, claims are rows, boxes are forwarded there and `done`
comes once the sync service has sent them.

Every line it prints is flushed after the step it reports is durable, so a parent process can kill
it after any line and know what the journal must hold:

    ready <fulfillment|-> seq=<n> verified=<n> left=<n> box=<n> state=<state>
    event <fulfillment> seq=<n> verified=<n> left=<n> box=<n> state=<state> outcome=<outcome>
    sending <local id> / sent <local id> <remote id>
    done
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from packstation.api.client import StitchClient
from packstation.api.errors import StitchError
from packstation.domain.events import SessionState
from packstation.domain.session import Snapshot
from packstation.domain.tracking import mod10
from packstation.services.backoff import Backoff
from packstation.services.notifications import SendingShipment, ShipmentSent
from packstation.services.packing import ScanOutcome, Verdict
from packstation.services.settings import Settings
from packstation.services.station import Station

TOKEN_ENV = "PACKSTATION_TOKEN"  # noqa: S105 (a variable name, not a secret)

log = logging.getLogger(__name__)


def demo_tracking_number(fulfillment_id: str, box: int) -> str:
    """A valid UPS number for a box: the same box always gets the same label."""
    digits = "".join(c for c in fulfillment_id if c.isdigit())[-7:]
    body = f"999AA1{int(digits or 0):07d}{box % 100:02d}"
    for check in "0123456789":
        if mod10(body, check, evens=1, odds=2):
            return "1Z" + body + check
    raise AssertionError("a mod-10 check digit always exists")


def describe(snapshot: Snapshot | None) -> str:
    if snapshot is None:
        return "- seq=0 verified=0 left=0 box=0 state=none"
    return (
        f"{snapshot.fulfillment_id} seq={snapshot.last_seq} verified={snapshot.verified_total} "
        f"left={snapshot.left_total} box={snapshot.box_number} state={snapshot.state.value}"
    )


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class HeadlessPacker:
    def __init__(self, station: Station, *, partial_from_units: int = 3) -> None:
        self.station = station
        self._partial_from = partial_from_units
        station.notifier.on(SendingShipment, lambda s: say(f"sending {s.local_id}"))
        station.notifier.on(ShipmentSent, lambda s: say(f"sent {s.local_id} {s.remote_id}"))

    def next_step(self, snapshot: Snapshot) -> ScanOutcome:
        packing = self.station.packing
        if snapshot.state is SessionState.LOCKED:
            return packing.acknowledge()
        if snapshot.state is SessionState.AWAITING_TRACKING:
            return packing.scan(demo_tracking_number(snapshot.fulfillment_id, snapshot.box_number))
        still = snapshot.left_total + snapshot.verified_total
        if (
            snapshot.box_number == 1
            and snapshot.verified_total >= 1
            and snapshot.shipped_now_total == 0
            and still >= self._partial_from
        ):
            return packing.partial()  # bigger orders go in two boxes
        spec = packing.spec
        assert spec is not None
        for view, line in zip(snapshot.lines, spec.lines, strict=True):
            if view.left > 0:
                return packing.scan(min(line.barcodes) if line.barcodes else line.sku)
        return packing.ship()

    async def pack_all(self, limit: int | None = None) -> None:
        """Pack the queue's orders one by one (at most `limit` of them, the resumed one
        included)."""
        packing = self.station.packing
        refused: set[str] = set()
        opened_count = 0 if packing.current is None else 1
        while True:
            snapshot = packing.current
            if snapshot is None:
                if limit is not None and opened_count >= limit:
                    return
                candidates = [f for f in self.station.queue.fulfillments if f.id not in refused]
                if not candidates:
                    return
                opened = await packing.open(candidates[0].id, "headless")
                if not opened.opened:
                    log.warning("cannot open %s: %s", candidates[0].id, opened.message)
                    refused.add(candidates[0].id)
                else:
                    opened_count += 1
                continue
            outcome = self.next_step(snapshot)
            if outcome.verdict is Verdict.REFUSED:
                raise SystemExit(f"journal refused: {outcome.message}")
            event = outcome.event
            after = packing.current if packing.current is not None else outcome.snapshot
            outcome_name = "-" if event is None else event.result.outcome.value
            say(f"event {describe(after)} outcome={outcome_name}")
            await asyncio.sleep(0)  # let the sender and the queue breathe between scans

    async def drain(self) -> None:
        sender = self.station.sender
        while sender.summary().waiting:
            sender.kick(now=True)
            await sender.wait_idle()


async def run(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="packstation-headless")
    parser.add_argument("--api-url", required=True)
    parser.add_argument("--journal", type=Path, required=True)
    parser.add_argument("--station", default="Headless 1")
    parser.add_argument("--claim-format", default="Packing · {station} · {packer}")
    parser.add_argument(
        "--orders", type=int, default=None, metavar="N", help="pack at most N orders, then stop"
    )
    parser.add_argument(
        "--warehouse-db", default="", metavar="URL",
        help="warehouse mode: the station's PostgreSQL URL (no token; password from PGPASSWORD)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if args.warehouse_db:
        return await _run_warehouse(args)
    token = os.environ.get(TOKEN_ENV)
    if not token:
        print(f"error: set ${TOKEN_ENV}", file=sys.stderr)
        return 2
    settings = Settings(
        api_url=args.api_url,
        station=args.station,
        claim_format=args.claim_format,
        time_zone="UTC",
    )
    client = StitchClient(args.api_url, token, retry_wait_initial=0.05, retry_wait_max=0.5)
    station = await Station.start(
        settings,
        token,
        journal_path=args.journal,
        client=client,
        sync=False,
        backoff=Backoff(initial=0.05, maximum=1.0, jitter=0.05),
        prefetch_lines=0,
    )
    try:
        say(f"ready {describe(station.packing.current)}")
        await station.queue.refresh_catalog()
        await station.queue.refresh_full()
        station.start_tasks()
        packer = HeadlessPacker(station)
        await packer.pack_all(args.orders)
        await packer.drain()
        say("done")
    finally:
        await station.aclose()
    return 0


async def _run_warehouse(args: argparse.Namespace) -> int:
    """The same packer at a warehouse station: the queue from PostgreSQL, boxes forwarded to it
    (the sync service sends them); `done` once the sync service's verdicts are all back."""
    settings = Settings(
        api_url=args.api_url,
        station=args.station,
        time_zone="UTC",
        warehouse_db_url=args.warehouse_db,
    )
    station = await Station.start_warehouse(settings, None, journal_path=args.journal, sync=False)
    try:
        say(f"ready {describe(station.packing.current)}")
        while True:
            try:
                await station.queue.refresh_full()
                break
            except StitchError:  # the warehouse server is not answering yet
                await asyncio.sleep(0.2)
        station.start_tasks()
        packer = HeadlessPacker(station)
        await packer.pack_all(args.orders)
        await packer.drain()
        say("done")
    finally:
        await station.aclose()
    return 0


def main() -> None:
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    sys.exit(asyncio.run(run()))


if __name__ == "__main__":
    main()


__all__ = ["HeadlessPacker", "demo_tracking_number", "run"]
