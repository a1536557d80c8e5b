"""The queue with a big warehouse: first full load, an idle poll, and the visible-list rebuild.

10,000 open fulfillments in the sandbox (a child process, as Stitch would be), loaded by
`QueueService.refresh_full` in pages of 100; then an `updated_since` poll with nothing new, and
`publish()` (what runs after every refresh and every closed box) with 200 boxes in the outbox.
The generator stamps all of them with one second, and `updated_since` is inclusive, so the idle
poll right after re-reads them all: the worst case, until that second is 5 minutes old (then the
queue asks for what is strictly newer).

    .venv/bin/python bench/services_queue_bench.py [--fulfillments 10000]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from packstation.api import StitchClient
from packstation.services.notifications import Notifier
from packstation.services.queue import QueueService
from packstation.store import Journal, NewEvent

TOKEN = "bench-token"  # the child sandbox's


async def bench(count: int, directory: Path, base_url: str) -> None:
    root = base_url.split("/api2/")[0]
    async with httpx.AsyncClient(headers={"access_token": TOKEN}, timeout=600) as control:
        answer = await control.post(
            f"{root}/_sandbox/generate", json={"fulfillments": count, "seed": 1}
        )
        answer.raise_for_status()
    journal = Journal.open(directory / "queue-bench.sqlite3")
    async with StitchClient(base_url, TOKEN) as client:
        queue = QueueService(client, journal, Notifier(), prefetch_lines=0)
        started = time.perf_counter()
        await queue.refresh_full()
        full = time.perf_counter() - started
        started = time.perf_counter()
        await queue.poll()
        poll = time.perf_counter() - started
        # `updated_since` is inclusive: the poll re-reads everything of the newest timestamp.
        newest = max(f.updated_at for f in queue.fulfillments)
        first_page = await anext(client.list_open_fulfillments_pages(updated_since=newest))
        repeated = first_page.meta.total
        now = dt.datetime.now(dt.UTC)
        for f in queue.fulfillments[:200]:
            session = journal.open_session(
                fulfillment_id=f.id,
                order_number=f.order_number,
                station="B",
                packer="b",
                spec={},
            )
            payload = {"line_items": [{"fulfillment_line_item_id": "1", "quantity": 999}]}
            journal.close_box(
                session.id, NewEvent(kind="tracking", at=now), payload, close_session=True
            )
        started = time.perf_counter()
        queue.publish()
        publish = time.perf_counter() - started
    journal.close()
    print(f"open fulfillments: {count}, visible after 200 packed here: {len(queue.fulfillments)}")
    print(f"first full load (pages of 100): {full:.2f} s")
    print(
        f"idle updated_since poll:        {poll * 1000:.1f} ms "
        f"({repeated} share the newest updated_at and come back at each poll)"
    )
    print(f"publish (outbox of 200 boxes):  {publish * 1000:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fulfillments", type=int, default=10_000)
    args = parser.parse_args()
    process = subprocess.Popen(
        [sys.executable, "-m", "packstation.sandbox", "--port", "0", "--seed", "empty",
         "--token", TOKEN],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip().removeprefix("base_url: ")
        with tempfile.TemporaryDirectory(dir=Path.cwd(), prefix=".bench-") as tmp:
            asyncio.run(bench(args.fulfillments, Path(tmp), base_url))
    finally:
        process.terminate()
        process.wait(timeout=30)


if __name__ == "__main__":
    main()
