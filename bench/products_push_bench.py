"""10,000 products pushed to the sandbox: time and requests, then reruns that send only the diff.

Runs the same service the CLI and the app use (`read_product_csv` → `fetch_plan` → `push_plan`)
and counts the HTTP requests the client made. Rounds:

1. the whole catalog into an empty Stitch (expected: 100 upserts);
2. the same file again (expected: 0 upserts: everything unchanged);
3. a stock-only file where 5% of the stock changed (expected: 5 upserts).

The sandbox runs as a child process by default (as a real server would be elsewhere); with
`--in-process` it shares this process and its GIL.

    .venv/bin/python bench/products_push_bench.py [--products 10000] [--in-process]
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import time

from sandboxes import child_sandbox, thread_sandbox

from packstation.api import StitchClient
from packstation.api.client import RequestLog
from packstation.domain.gtin import gtin_check_digit
from packstation.services.product_csv import read_product_csv
from packstation.services.products import ChangeKind, fetch_plan, push_plan

TOKEN = "bench-token-products-41aa"


def gtin13(n: int) -> str:
    payload = f"200{n:09d}"
    return payload + str(gtin_check_digit(payload))


def catalog_csv(count: int) -> bytes:
    lines = ["sku,name,upc,quantity_on_hand"]
    lines += [f"BENCH-{i:05d},Bench product {i},{gtin13(i)},{i % 500}" for i in range(count)]
    return ("\n".join(lines) + "\n").encode()


def stock_csv(count: int, changed_every: int) -> bytes:
    lines = ["sku,quantity_on_hand"]
    for i in range(count):
        qty = i % 500 + (7 if i % changed_every == 0 else 0)
        lines.append(f"BENCH-{i:05d},{qty}")
    return ("\n".join(lines) + "\n").encode()


class Counter:
    def __init__(self) -> None:
        self.by_call: collections.Counter[str] = collections.Counter()

    def __call__(self, entry: RequestLog) -> None:
        self.by_call[f"{entry.method} {entry.path}"] += 1

    def take(self) -> dict[str, int]:
        out = dict(self.by_call)
        self.by_call.clear()
        return out


async def round_trip(
    client: StitchClient, counter: Counter, label: str, data: bytes, *, stock_only: bool
) -> None:
    started = time.perf_counter()
    file = read_product_csv(data)
    assert file.ok, file.problems[:3]
    read_s = time.perf_counter() - started

    started = time.perf_counter()
    plan = await fetch_plan(client, file, stock_only=stock_only)
    plan_s = time.perf_counter() - started
    plan_requests = counter.take()

    started = time.perf_counter()
    result = await push_plan(client, plan)
    push_s = time.perf_counter() - started
    push_requests = counter.take()
    assert result.ok, result.error

    counts = plan.counts()
    summary = ", ".join(f"{k.value} {n}" for k, n in counts.items() if n)
    upserts = push_requests.get("POST /products", 0)
    print(f"{label}:")
    print(f"  file: {len(file.products):,} rows read and checked in {read_s * 1000:.0f} ms")
    print(f"  plan: {summary}; {_requests(plan_requests)} in {plan_s:.2f} s")
    rate = f", {len(result.landed) / push_s:,.0f} products/s" if push_s and result.landed else ""
    landed = len(result.landed)
    print(f"  push: {landed:,} products in {upserts} upsert requests, {push_s:.2f} s{rate}")
    print(f"  total: {read_s + plan_s + push_s:.2f} s")
    assert upserts == len(plan.batches)
    assert counts[ChangeKind.UNKNOWN] == 0


def _requests(by_call: dict[str, int]) -> str:
    if not by_call:
        return "no requests"
    return ", ".join(f"{n} × {call}" for call, n in sorted(by_call.items()))


async def main(products: int, in_process: bool) -> None:
    with thread_sandbox(TOKEN) if in_process else child_sandbox(TOKEN) as base_url:
        print(f"sandbox: {'in this process' if in_process else 'child process'} at {base_url}")
        counter = Counter()
        async with StitchClient(base_url, TOKEN, on_request=counter) as client:
            catalog = catalog_csv(products)
            await round_trip(
                client, counter, "1. catalog into empty Stitch", catalog, stock_only=False
            )
            await round_trip(client, counter, "2. same file again", catalog, stock_only=False)
            await round_trip(
                client,
                counter,
                "3. stock-only, 5% changed",
                stock_csv(products, changed_every=20),
                stock_only=True,
            )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--in-process", action="store_true", help="run the sandbox in a thread")
    args = parser.parse_args()
    asyncio.run(main(args.products, args.in_process))
