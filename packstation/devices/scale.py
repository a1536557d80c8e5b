"""The read API every scale offers: one reading, or a stable weight within a deadline.

Thread-based: `read_stable` blocks (every wait bounded), so the pack session's caller runs it
with `await scale.read_stable_async(...)` (a worker thread) and the GUI never waits on a port.
Only a reading the scale itself marks stable counts.
"""

from __future__ import annotations

import asyncio
import threading
import time
from abc import ABC, abstractmethod
from types import TracebackType

from packstation.devices.errors import (
    ScaleEmpty,
    ScaleError,
    ScaleFault,
    ScaleOverload,
    ScaleUnderZero,
    ScaleUnstable,
)
from packstation.devices.readings import Reading, Status
from packstation.domain.weights import Weight

__all__ = ["Scale"]


class Scale(ABC):
    """A connected scale. Subclasses implement `_read_once`; reads are serialised by a lock."""

    #: Pause between two polls while waiting for stability (a scale updates a few times a second).
    poll_interval: float = 0.1

    def __init__(self, description: str, reply_timeout: float = 1.0) -> None:
        self.description = description
        self.reply_timeout = reply_timeout
        self._lock = threading.Lock()
        self._closed = threading.Event()

    @abstractmethod
    def _read_once(self, timeout: float) -> Reading:
        """One reading within `timeout` s; raises ScaleNotResponding / ScaleDisconnected / ..."""

    @abstractmethod
    def _close_device(self) -> None: ...

    def read(self, timeout: float | None = None) -> Reading:
        if self._closed.is_set():
            raise ScaleError(f"{self.description} is closed")
        with self._lock:
            return self._read_once(self.reply_timeout if timeout is None else timeout)

    def read_stable(self, timeout: float = 5.0, *, minimum: Weight | None = None) -> Weight:
        """The first stable weight (at least `minimum`, if given) within about `timeout` s.

        Overload, under zero and faults end the wait at once (waiting does not fix them);
        motion is waited out until the deadline, then `ScaleUnstable`; a scale that stays
        stable below `minimum` ends in `ScaleEmpty`; a silent scale in `ScaleNotResponding`
        after its reply timeout; an unplugged one in `ScaleDisconnected`.
        """
        deadline = time.monotonic() + timeout
        last: Reading | None = None
        while True:
            # Each read gets the scale's whole reply time, so a slow answer near the deadline
            # is not mistaken for a silent scale (the wait may overrun by one reply time).
            reading = self.read()
            if reading.stable:
                assert reading.weight is not None
                if reading.weight.value < 0:
                    raise ScaleUnderZero(f"{self.description}: stable at {reading.weight}")
                if minimum is None or reading.weight >= minimum:
                    return reading.weight
            elif reading.status is Status.OVERLOAD:
                raise ScaleOverload(f"{self.description}: overload")
            elif reading.status is Status.UNDERLOAD:
                raise ScaleUnderZero(f"{self.description}: under zero")
            elif reading.status is Status.FAULT:
                raise ScaleFault(f"{self.description}: {reading.detail or 'fault'}")
            last = reading
            if time.monotonic() + self.poll_interval >= deadline:
                break
            if self._closed.wait(self.poll_interval):
                raise ScaleError(f"{self.description} was closed while weighing")
        if last is not None and last.stable:
            raise ScaleEmpty(f"{self.description}: stable at {last.weight}, below {minimum}")
        raise ScaleUnstable(f"{self.description}: not stable within {timeout:.1f} s ({last})")

    async def read_stable_async(
        self,
        seconds: float = 5.0,
        *,
        minimum: Weight | None = None,
    ) -> Weight:
        """`read_stable` in a worker thread, for the asyncio (qasync) side."""
        return await asyncio.to_thread(self.read_stable, seconds, minimum=minimum)

    def close(self) -> None:
        if self._closed.is_set():
            return
        self._closed.set()
        with self._lock:
            self._close_device()

    def __enter__(self) -> Scale:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.description}>"
