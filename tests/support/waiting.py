"""`until`: let the station's Qt/asyncio loop run until a condition holds (fail at the deadline).

Polling, because qtbot.waitUntil would spin a nested Qt loop in which httpx finds no asyncio loop.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any


async def until(
    condition: Callable[[], object],
    what: str = "the condition",
    within_s: float = 15.0,
    *,
    seconds: float | None = None,
) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + (within_s if seconds is None else seconds)
    while not condition():
        assert loop.time() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.01)


async def emitted(signal: Any, within_s: float = 5.0) -> tuple[object, ...]:
    """The next emission of a Qt signal (its arguments); fails the test at the deadline."""
    future: asyncio.Future[tuple[object, ...]] = asyncio.get_running_loop().create_future()

    def take(*args: object) -> None:
        if not future.done():
            future.set_result(args)

    signal.connect(take)
    try:
        return await asyncio.wait_for(future, within_s)
    finally:
        signal.disconnect(take)


__all__ = ["emitted", "until"]
