"""Warehouse mode on one machine (run by `scripts/warehouse-demo.sh`, which installs first).

A throwaway PostgreSQL cluster (as an unprivileged user: PostgreSQL refuses root),
`packstation warehouse init`, two stations' database users, the demo sandbox throttled to 10
requests/s like a real Stitch account, the sync service (the only process holding the Stitch
token) and two station windows, "Bench 1" and "Bench 2", that talk to PostgreSQL only. Closing
both windows (or Ctrl+C) stops and removes everything started here.

`--check` runs the same set-up without windows: a headless station in warehouse mode packs one
order, and the run exits 0 when its box reached the sandbox exactly once (through PostgreSQL and
the sync service), 1 otherwise. CI runs it (tests/warehouse/test_demo_check.py).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import httpx
import psycopg

from packstation.store import Journal, ShipmentState
from packstation.warehouse.cluster import LocalCluster
from packstation.warehouse.roles import login_role_for

STATIONS = ("Bench 1", "Bench 2")
_EVER = (dt.datetime(2000, 1, 1, tzinfo=dt.UTC), dt.datetime(9999, 1, 1, tzinfo=dt.UTC))
PACKSTATION = [sys.executable, "-m", "packstation"]


def say(text: str) -> None:
    print(text, flush=True)


class Demo:
    def __init__(self, work: Path) -> None:
        self.work = work
        self.children: list[subprocess.Popen[str]] = []
        self.cluster: LocalCluster | None = None
        self.db = ""
        self.api_url = ""
        self.token = f"warehouse-demo-{os.urandom(6).hex()}"

    def station_db(self, station: str) -> str:
        assert self.cluster is not None
        return self.cluster.dsn_for(login_role_for(station))

    def start_database(self) -> None:
        say("== PostgreSQL: a throwaway cluster")
        self.cluster = LocalCluster().start()
        self.db = self.cluster.dsn
        say(f"   {self.db}")
        say("== the warehouse schema and two stations")
        subprocess.run([*PACKSTATION, "warehouse", "init", "--db", self.db], check=True)  # noqa: S603
        for station in STATIONS:
            subprocess.run(  # noqa: S603 - our own command
                [*PACKSTATION, "warehouse", "add-station", station, "--db", self.db,
                 "--no-password"],
                check=True,
            )  # fmt: skip

    def spawn(self, command: list[str], *, log: str, env: dict[str, str] | None = None,
              stdout: int | IO[Any] | None = None) -> subprocess.Popen[str]:  # fmt: skip
        with (self.work / log).open("w") as err:
            child = subprocess.Popen(  # noqa: S603 - our own command
                command,
                stdout=stdout if stdout is not None else err,
                stderr=err,
                env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
                text=True,
            )
        self.children.append(child)
        return child

    def start_sandbox(self) -> None:
        say("== the demo sandbox (Stitch), throttled to 10 requests/s like the real account")
        sandbox = self.spawn(
            [sys.executable, "-m", "packstation.sandbox.cli", "--port", "0", "--seed", "demo",
             "--rate-limit", "10"],
            log="sandbox.log",
            env={"PACKSTATION_SANDBOX_TOKEN": self.token},
            stdout=subprocess.PIPE,
        )  # fmt: skip
        assert sandbox.stdout is not None
        for line in sandbox.stdout:
            if line.startswith("base_url: "):
                self.api_url = line.split(": ", 1)[1].strip()
            if line.startswith("token: "):
                self.token = line.split(": ", 1)[1].strip()
                break
        if not self.api_url:
            raise SystemExit(f"the sandbox did not start: see {self.work / 'sandbox.log'}")
        say(f"   {self.api_url}")

    def start_sync(self) -> None:
        say(f"== the sync service (the only one holding the Stitch token); log: {self.work}")
        self.spawn(
            [*PACKSTATION, "warehouse", "sync", "--db", self.db, "--api-url", self.api_url,
             "--relay-journal", str(self.work / "relay.sqlite3"), "--rate-limit", "10"],
            log="sync.log",
            env={"PACKSTATION_TOKEN": self.token},
        )  # fmt: skip

    def wait_for_queue(self, within_s: float = 300.0) -> int:
        say("== waiting for the shared queue")
        deadline = time.monotonic() + within_s
        while time.monotonic() < deadline:
            with psycopg.connect(self.db) as conn:
                row = conn.execute(
                    "SELECT count(*) FROM fulfillments WHERE lines_synced_at IS NOT NULL"
                ).fetchone()
            if row and row[0]:
                say(f"   {row[0]} open orders with their lines in PostgreSQL")
                return int(row[0])
            time.sleep(0.5)
        raise SystemExit(f"no order reached PostgreSQL: see {self.work / 'sync.log'}")

    def windows(self, extra: list[str]) -> int:
        say("== two stations (no Stitch token: they read and write PostgreSQL only)")
        windows = []
        for number, station in enumerate(STATIONS, start=1):
            folder = self.work / f"bench{number}"
            folder.mkdir()
            (folder / "machine.toml").write_text(
                f'station = "{station}"\nallow_anonymous_packing = true\n\n'
                f'[warehouse]\ndb_url = "{self.station_db(station)}"\n',
                encoding="utf-8",
            )
            windows.append(
                self.spawn(
                    [*PACKSTATION, *extra],
                    log=f"bench{number}.log",
                    env={
                        "PACKSTATION_MACHINE_CONFIG": str(folder / "machine.toml"),
                        "PACKSTATION_USER_CONFIG": str(folder / "user.toml"),
                        "PACKSTATION_JOURNAL": str(folder / "journal.sqlite3"),
                    },
                )
            )
        say("   Supervisor → Floor view shows both stations; or, on a wall display:")
        say(f"   packstation warehouse floor --db {self.db} --full-screen")
        for window in windows:
            window.wait()
        return 0

    def check(self, within_s: float = 240.0) -> int:
        """A headless station packs one order; its box must be in the sandbox exactly once."""
        station = STATIONS[0]
        journal = self.work / "bench1.sqlite3"
        say(f"== {station}, headless: packs one order through PostgreSQL")
        packer = self.spawn(
            [sys.executable, "-m", "packstation.services.headless", "--api-url", self.api_url,
             "--journal", str(journal), "--station", station, "--orders", "1",
             "--warehouse-db", self.station_db(station)],
            log="bench1.log",
            stdout=subprocess.PIPE,
        )  # fmt: skip
        assert packer.stdout is not None
        deadline = time.monotonic() + within_s
        done = False
        for line in packer.stdout:
            if line.startswith(("sent ", "done")):
                say(f"   {line.strip()}")
            if line.startswith("done"):
                done = True
                break
            if time.monotonic() > deadline:
                break
        if not done:
            say(f"✗ the station did not finish: see {self.work / 'bench1.log'}")
            return 1
        return self._each_box_once(journal)

    def _each_box_once(self, journal_path: Path) -> int:
        with Journal.open(journal_path, read_only=True) as journal:
            sessions = journal.sessions_between(*_EVER, station=STATIONS[0])
            boxes = [b for s in sessions for b in journal.outbox.for_session(s.id)]
        if not boxes or any(b.state is not ShipmentState.SENT for b in boxes):
            say(f"✗ boxes not all sent: {[(b.local_id, b.state.value) for b in boxes]}")
            return 1
        fids = sorted({b.fulfillment_id for b in boxes})
        shipments = [s for fid in fids for s in self._shipments(fid)]
        tracking = Counter(s["tracking_number"] for s in shipments)
        ours = Counter(str(b.payload["tracking_number"]) for b in boxes)
        if tracking != ours:
            say(f"✗ in the sandbox {dict(tracking)}, journaled {dict(ours)}")
            return 1
        say(f"✓ {len(boxes)} box(es) of order(s) {', '.join(fids)} packed at {STATIONS[0]}:"
            " in the sandbox exactly once")  # fmt: skip
        return 0

    def _shipments(self, fulfillment_id: str) -> list[dict[str, Any]]:
        answer = httpx.get(
            f"{self.api_url}/shipments",
            params={"fulfillment_id": fulfillment_id, "page_size": 100},
            headers={"access_token": self.token},
            timeout=30,
        )
        answer.raise_for_status()
        found: list[dict[str, Any]] = answer.json()["shipments"]
        return found

    def stop(self) -> None:
        for child in self.children:
            if child.poll() is None:
                child.terminate()
        for child in self.children:
            try:
                child.wait(timeout=15)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
        if self.cluster is not None:
            self.cluster.remove()


@contextlib.contextmanager
def _work_folder(keep: bool) -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="packstation-warehouse-"))
    try:
        yield folder
    finally:
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)


def _interrupted(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    # Stopped by a service manager or `kill`: clean up as after Ctrl+C.
    signal.signal(signal.SIGTERM, _interrupted)
    signal.signal(signal.SIGINT, _interrupted)
    parser = argparse.ArgumentParser(prog="warehouse-demo", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="headless: one box, once, or exit 1")
    parser.add_argument("--keep", action="store_true", help="keep the logs' folder")
    args, extra = parser.parse_known_args(argv)
    with _work_folder(args.keep) as work:
        demo = Demo(work)
        try:
            demo.start_database()
            demo.start_sandbox()
            demo.start_sync()
            demo.wait_for_queue()
            code = demo.check() if args.check else demo.windows(extra)
        except KeyboardInterrupt:
            code = 0
        finally:
            demo.stop()
        if code and args.check:
            for log in sorted(work.glob("*.log")):
                say(f"--- {log.name} (last lines)")
                say("\n".join(log.read_text(errors="replace").splitlines()[-15:]))
    return code


if __name__ == "__main__":
    sys.exit(main())
