"""Sandbox throughput: requests per second for `GET /fulfillments?page_size=100` with 10,000 open
fulfillments, one keep-alive httpx client on loopback (a bounded loop, not a test).

Measured twice: the sandbox as a child process (`python -m packstation.sandbox`: the server alone)
and embedded (`SandboxServer` in a thread of this process, as the app's demo mode runs it; the
client then shares the GIL with the server).

    .venv/bin/python bench/sandbox_bench.py [--fulfillments 10000] [--requests 500]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx

from packstation.sandbox import SandboxServer


@contextmanager
def child_process() -> Iterator[tuple[str, str]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "packstation.sandbox", "--port", "0", "--seed", "empty"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        base_url = proc.stdout.readline().removeprefix("base_url: ").strip()
        token = proc.stdout.readline().removeprefix("token: ").strip()
        yield base_url, token
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        if proc.stdout is not None:
            proc.stdout.close()


@contextmanager
def embedded() -> Iterator[tuple[str, str]]:
    with SandboxServer(seed="empty") as server:
        yield server.base_url, server.token


def measure(base_url: str, token: str, fulfillments: int, requests: int) -> tuple[float, float]:
    """Seconds to generate the orders, and requests per second listing them."""
    root_url = base_url.removesuffix("/api2/v2/integrations")
    with httpx.Client(headers={"access_token": token}, timeout=120) as client:
        started = time.perf_counter()
        client.post(
            root_url + "/_sandbox/generate", json={"fulfillments": fulfillments, "seed": 1}
        ).raise_for_status()
        generated = time.perf_counter() - started
        pages = -(-fulfillments // 100)
        url = base_url + "/fulfillments"
        client.get(url, params={"page_size": 100}).raise_for_status()  # warm up
        started = time.perf_counter()
        for i in range(requests):
            response = client.get(url, params={"page_size": 100, "page_num": i % pages + 1})
            response.raise_for_status()
            assert len(response.json()["fulfillments"]) == 100
        elapsed = time.perf_counter() - started
    return generated, requests / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description="Sandbox requests per second")
    parser.add_argument("--fulfillments", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=500)
    args = parser.parse_args()
    for label, start in (("child process", child_process), ("embedded", embedded)):
        with start() as (base_url, token):
            generated, rate = measure(base_url, token, args.fulfillments, args.requests)
        print(
            f"sandbox ({label}): GET /fulfillments?page_size=100 with {args.fulfillments} open: "
            f"{rate:.0f} requests/s ({1000 / rate:.1f} ms each); "
            f"generating them took {generated:.2f} s"
        )


if __name__ == "__main__":
    main()
