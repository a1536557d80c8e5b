"""The sandbox for benchmarks: in a child process (as Stitch would be: its server never competes
with the measured process for the GIL) or in a thread of this process."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator

from packstation.sandbox import SandboxServer

TOKEN = "bench-token"


@contextlib.contextmanager
def child_sandbox(token: str = TOKEN) -> Iterator[str]:
    """`packstation-sandbox` in a child process on a free loopback port; yields its base URL."""
    command = [sys.executable, "-m", "packstation.sandbox", "--port", "0", "--seed", "empty"]
    command += ["--token", token]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as child:
        try:
            assert child.stdout is not None
            for line in child.stdout:
                if line.startswith("base_url:"):
                    yield line.split(":", 1)[1].strip()
                    break
            else:
                raise RuntimeError("the sandbox did not start")
        finally:
            child.terminate()
            child.wait(timeout=10)


@contextlib.contextmanager
def thread_sandbox(token: str = TOKEN) -> Iterator[str]:
    with SandboxServer(seed="empty", port=0, token=token) as sandbox:
        yield sandbox.base_url
