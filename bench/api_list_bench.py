"""Listing 10,000 open fulfillments: StitchClient (page size 100) against a bare httpx loop.

Both fetch the same pages from the same sandbox in the same run, alternating rounds so that
warm-up and drift hit both alike. The sandbox runs as a child process by default, as a real
server would be elsewhere: in-process (`--in-process`) its thread shares the GIL with the client,
so every microsecond of client work is added to the server's. The client's overhead is parsing
into typed records, checking the contract and the in-flight/retry machinery; it reads one page
ahead, so that work overlaps the server's. Target: client/bare at most 1.2. The machine is shared
and 2-core: look at the per-round pairs, and at the client-side CPU, which load disturbs less.

    .venv/bin/python bench/api_list_bench.py [--fulfillments 10000] [--rounds 5] [--in-process]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time

import httpx
from sandboxes import child_sandbox, thread_sandbox

from packstation.api import StitchClient

TOKEN = "bench-token-9c4d"
PAGE_SIZE = 100


async def with_client(base_url: str) -> int:
    async with StitchClient(base_url, TOKEN) as client:
        return sum([1 async for _ in client.iter_open_fulfillments(page_size=PAGE_SIZE)])


async def with_bare_httpx(base_url: str) -> int:
    """The least a client must do: fetch each page and decode its JSON."""
    count = 0
    async with httpx.AsyncClient(headers={"access_token": TOKEN}, timeout=30.0) as http:
        page_num, last_page = 1, 1
        while page_num <= last_page:
            response = await http.get(
                f"{base_url}/fulfillments",
                params={"page_num": page_num, "page_size": PAGE_SIZE},
            )
            response.raise_for_status()
            body = response.json()
            count += len(body["fulfillments"])
            last_page = body["meta"]["last_page"]
            page_num += 1
    return count


async def timed(run: object, base_url: str) -> tuple[float, float, int]:
    """Wall seconds, this process's CPU seconds, and how many fulfillments were listed."""
    assert callable(run)
    started, cpu_started = time.perf_counter(), time.process_time()
    count = await run(base_url)
    return time.perf_counter() - started, time.process_time() - cpu_started, count


async def main(fulfillments: int, rounds: int, in_process: bool) -> None:
    with thread_sandbox(TOKEN) if in_process else child_sandbox(TOKEN) as base:
        root = base.split("/api2/", 1)[0]
        async with httpx.AsyncClient(headers={"access_token": TOKEN}, timeout=600.0) as ctl:
            answer = await ctl.post(
                f"{root}/_sandbox/generate",
                json={"fulfillments": fulfillments, "seed": 1},
            )
            answer.raise_for_status()
        await with_client(base)  # warm-up: connections, caches, imports
        await with_bare_httpx(base)
        client_times: list[float] = []
        bare_times: list[float] = []
        client_cpu: list[float] = []
        bare_cpu: list[float] = []
        for round_num in range(rounds):
            # Alternate who goes first, so neither always runs on a warmer server.
            client_first = round_num % 2 == 0
            if client_first:
                c_seconds, c_cpu, n_client = await timed(with_client, base)
            b_seconds, b_cpu, n_bare = await timed(with_bare_httpx, base)
            if not client_first:
                c_seconds, c_cpu, n_client = await timed(with_client, base)
            client_times.append(c_seconds)
            client_cpu.append(c_cpu)
            bare_times.append(b_seconds)
            bare_cpu.append(b_cpu)
            assert n_client == n_bare == fulfillments, (n_client, n_bare)
    pages = -(-fulfillments // PAGE_SIZE)
    client_s = statistics.median(client_times)
    bare_s = statistics.median(bare_times)
    where = "in this process (a thread)" if in_process else "in a child process"
    print(f"open fulfillments listed: {fulfillments} ({pages} pages of {PAGE_SIZE})")
    print(f"sandbox: {where}")
    print(f"StitchClient : {client_s:.3f} s (median of {rounds}; min {min(client_times):.3f} s)")
    print(f"bare httpx   : {bare_s:.3f} s (median of {rounds}; min {min(bare_times):.3f} s)")
    print(f"ratio client/bare: {client_s / bare_s:.3f} (target <= 1.2)")
    print(f"ratio client/bare, best rounds: {min(client_times) / min(bare_times):.3f}")
    paired = statistics.median(c / b for c, b in zip(client_times, bare_times, strict=True))
    print(f"ratio client/bare, median of the rounds' own ratios: {paired:.3f}")
    print(
        f"client-side CPU (median): StitchClient {statistics.median(client_cpu):.3f} s, "
        f"bare {statistics.median(bare_cpu):.3f} s"
    )
    pairs = ", ".join(f"{c:.2f}/{b:.2f}" for c, b in zip(client_times, bare_times, strict=True))
    print(f"rounds client/bare (s): {pairs}")
    print(f"sandbox pages of {PAGE_SIZE} per second (bare loop): {pages / bare_s:.1f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fulfillments", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--in-process", action="store_true", help="run the sandbox in a thread")
    args = parser.parse_args()
    asyncio.run(main(args.fulfillments, args.rounds, args.in_process))
