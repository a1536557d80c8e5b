"""Crash runs: a headless station is SIGKILLed at random points, over and over.

The station (`packstation.services.headless`) runs as a child process against a sandbox child
process that keeps its data in a file. After each kill the journal is read independently (read-only,
replayed with the domain alone); the restarted station must resume exactly that session. At the
end every closed box is in Stitch exactly once. Kill points are spread over scans, box closes and
sending by killing after a random number of the runner's progress lines (each printed after its
step is durable): no sleeps, the parent waits on the child's output. Seeded: a failure replays.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest
from support.child_sandbox import ChildSandbox, assert_each_box_once, headless_env, post_products
from support.services import ADDRESS, CATALOG

from packstation.domain.events import PackEvent
from packstation.domain.session import PackSession, SessionSpec
from packstation.services.headless import describe
from packstation.store import Journal

SEED = 20261127
KILLS = 30
STATION = "Headless 1"


def journal_state(path: Path) -> str:
    """The unfinished session as the journal alone says it is, in the runner's words."""
    if not path.exists():
        return describe(None)
    with Journal.open(path, read_only=True) as journal:
        found = journal.unfinished_session(STATION)
    if found is None:
        return describe(None)
    spec = SessionSpec.from_record(found.session.spec)
    events = [PackEvent.from_record(e.payload) for e in found.events]
    return describe(PackSession.replay(spec, events).snapshot())


def add_orders(sandbox: ChildSandbox, rng: random.Random, count: int, start: int) -> list[str]:
    skus = sorted(CATALOG)
    ids = []
    for n in range(start, start + count):
        picked = rng.sample(skus, rng.randint(1, 2))
        lines = [{"sku": sku, "quantity": rng.randint(1, 3)} for sku in picked]
        body = {
            "order_number": f"K{n:04d}",
            "channel_order_number": f"#{5000 + n}",
            "shipping_method": "UPS Ground",
            "notes": "",
            "ship_to": ADDRESS,
            "lines": lines,
        }
        ids.append(sandbox.control("POST", "/orders", body)["fulfillment"]["id"])
    return ids


def start_runner(sandbox: ChildSandbox, journal: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable, "-m", "packstation.services.headless",
            "--api-url", sandbox.base_url, "--journal", str(journal), "--station", STATION,
        ],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=headless_env(),
    )  # fmt: skip


def seq_of(line: str) -> tuple[str, int]:
    words = line.split()
    return words[1], int(words[2].removeprefix("seq="))


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_a_station_killed_at_random_points_resumes_exactly_and_ships_each_box_once(
    tmp_path: Path,
) -> None:
    rng = random.Random(SEED)
    sandbox = ChildSandbox(tmp_path / "stitch.sqlite3").start()
    try:
        stocked = [
            {"sku": sku, "name": sku, "upc": upc, "quantity_on_hand": 100_000}
            for sku, upc in CATALOG.items()
        ]
        post_products(sandbox, stocked)
        orders = add_orders(sandbox, rng, 36, 0)
        journal = tmp_path / "station" / "journal.sqlite3"
        journal.parent.mkdir()
        kills = 0
        resumed_mid_pack = 0
        while kills < KILLS:
            expected = journal_state(journal)
            runner = start_runner(sandbox, journal)
            assert runner.stdout is not None
            ready = runner.stdout.readline().strip()
            # The restart resumes exactly what the journal holds: same order, counts, box.
            assert ready == f"ready {expected}", (kills, ready, expected)
            resumed_mid_pack += not expected.startswith("-")
            limit = rng.randint(1, 14)
            seen: list[str] = []
            while len(seen) < limit:
                line = runner.stdout.readline().strip()
                if not line:
                    break
                seen.append(line)
            if seen and seen[-1] == "done":
                runner.wait(timeout=60)
                runner.stdout.close()
                orders += add_orders(sandbox, rng, 6, len(orders))  # more work for more kills
                continue
            runner.kill()
            runner.wait(timeout=60)
            runner.stdout.close()
            kills += 1
            events = [line for line in seen if line.startswith("event ")]
            after = journal_state(journal)
            if events and not after.startswith("-"):
                printed_fid, printed_seq = seq_of(events[-1])
                fid, seq = seq_of("journal " + after)
                if fid == printed_fid:
                    assert seq >= printed_seq, "a scan reported as done was lost"

        final = start_runner(sandbox, journal)
        out, _ = final.communicate(timeout=180)
        assert out.strip().endswith("done"), out[-500:]

        assert resumed_mid_pack >= 5, "the kills should land inside packs too"
        shipments = assert_each_box_once(sandbox.api, journal, orders)
        assert shipments >= len(orders)
        for fid in orders:
            state = sandbox.api(f"/fulfillments/{fid}")["fulfillment"]["state"]
            assert state == "complete", fid
    finally:
        sandbox.stop()
