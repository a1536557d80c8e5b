"""The station's share of the account's request budget: a token bucket with a priority queue.

Stitch authenticates once per account, so every station of a warehouse shares one token and one
rate limit. Each station spends `rate` requests a second (the account's limit divided by the
stations sharing it), with a burst of `burst`. When requests wait for the bucket, the most urgent
goes first: shipments, then claims, then opening an order, then polls, then prefetching (within a
priority, first come first served).

A request's priority is the one set with `priority(...)` around it (a context variable: tasks
started inside inherit it), else the one its method and path imply (`priority_for`).

Written by hand: the libraries we looked at (aiolimiter, asyncio-throttle) serve waiters in
arrival order only.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import heapq
import itertools
import time
from collections.abc import Callable, Iterator
from enum import IntEnum

__all__ = ["MIN_BURST", "Priority", "RequestBudget", "current_priority", "priority", "priority_for"]


#: The default burst is at least this: opening an order (its record, its lines) and claiming it
#: go out at once after a quiet spell, however small the station's share; the account's own
#: bucket absorbs a few stations doing so in the same second.
MIN_BURST = 3.0


class Priority(IntEnum):
    """Lower goes first."""

    SHIPMENT = 0
    CLAIM = 1
    OPEN = 2
    POLL = 3
    PREFETCH = 4


_current: contextvars.ContextVar[Priority | None] = contextvars.ContextVar(
    "packstation_request_priority", default=None
)


@contextlib.contextmanager
def priority(level: Priority) -> Iterator[None]:
    """Requests made inside (and by tasks started inside) wait in the bucket's queue at `level`."""
    token = _current.set(level)
    try:
        yield
    finally:
        _current.reset(token)


def current_priority() -> Priority | None:
    return _current.get()


def priority_for(method: str, path: str) -> Priority:
    """What a request is, when nobody said: by its method and path."""
    explicit = _current.get()
    if explicit is not None:
        return explicit
    if path.startswith("/shipments"):
        return Priority.SHIPMENT
    if method != "GET":
        return Priority.CLAIM  # status PUTs; product pushes are a supervisor waiting too
    if path.startswith("/fulfillments/"):
        return Priority.OPEN  # one order or its lines: someone is opening it
    return Priority.POLL  # lists: the queue's polls and resyncs, the catalog


class RequestBudget:
    """A token bucket of `rate` tokens a second holding at most `burst`, served by priority."""

    def __init__(
        self, rate: float, burst: float | None = None, *, clock: Callable[[], float] | None = None
    ) -> None:
        if rate <= 0:
            raise ValueError("the request budget must be more than 0 requests a second")
        self.rate = rate
        self.burst = max(1.0, burst if burst is not None else max(MIN_BURST, rate))
        self._clock = clock or time.monotonic
        self._tokens = self.burst
        self._stamp = self._clock()
        self._not_before = 0.0
        self._waiters: list[tuple[int, int, asyncio.Future[None]]] = []
        self._order = itertools.count()
        self._timer: asyncio.TimerHandle | None = None
        self.granted: dict[Priority, int] = dict.fromkeys(Priority, 0)

    @property
    def waiting(self) -> int:
        return sum(1 for *_, fut in self._waiters if not fut.done())

    async def take(self, level: Priority) -> None:
        """Wait for a token; the most urgent waiter gets the next one."""
        self._refill()
        if not self._waiters and self._tokens >= 1.0 and self._clock() >= self._not_before:
            self._tokens -= 1.0
            self.granted[level] += 1
            return
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiters, (int(level), next(self._order), fut))
        self._serve()
        try:
            await fut
        except asyncio.CancelledError:
            if fut.done() and not fut.cancelled():
                self._tokens += 1.0  # granted, then cancelled before use: give it back
                self._serve()
            raise
        self.granted[level] += 1

    def pause(self, seconds: float) -> None:
        """Stitch said 429: nothing for `seconds`, and the bucket starts empty after."""
        self._refill()
        self._not_before = max(self._not_before, self._clock() + seconds)
        self._tokens = 0.0
        self._stamp = max(self._stamp, self._not_before)

    def _refill(self) -> None:
        now = self._clock()
        if now > self._stamp:
            self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
            self._stamp = now

    def _serve(self) -> None:
        self._refill()
        now = self._clock()
        while self._waiters and self._tokens >= 1.0 and now >= self._not_before:
            *_, fut = heapq.heappop(self._waiters)
            if fut.done():
                continue  # its task was cancelled while waiting
            self._tokens -= 1.0
            fut.set_result(None)
        while self._waiters and self._waiters[0][2].done():
            heapq.heappop(self._waiters)
        if not self._waiters or self._timer is not None:
            return
        delay = max(self._not_before - now, (1.0 - self._tokens) / self.rate, 0.0)
        self._timer = asyncio.get_running_loop().call_later(delay, self._on_timer)

    def _on_timer(self) -> None:
        self._timer = None
        self._serve()
