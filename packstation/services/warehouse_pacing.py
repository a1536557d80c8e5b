"""The sync service's own token bucket: it spends a share of the account's request limit, never
more, so 50–200 stations behind it cause no 429s. Written by hand (a dozen lines; the libraries
found pace threads, not asyncio tasks sharing one client).

A 429 that still arrives (another integration on the same account) empties the bucket for the
`Retry-After` (the client's own cooldown holds every request meanwhile), so throttling never
turns into a storm of retries.
"""

from __future__ import annotations

import asyncio
import time

from packstation.api.client import RequestLog


class TokenBucket:
    def __init__(self, rate_per_s: float, *, burst: float | None = None) -> None:
        if rate_per_s <= 0:
            raise ValueError("the rate must be positive")
        self.rate = rate_per_s
        self.capacity = burst if burst is not None else max(1.0, rate_per_s)
        self._tokens = self.capacity
        self._stamp = time.monotonic()
        self._lock = asyncio.Lock()
        self.throttled = 0  # 429 answers seen

    def _refill(self) -> None:
        now = time.monotonic()
        self._tokens = min(self.capacity, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now

    async def take(self) -> None:
        """Wait for one request's worth; FIFO among waiters."""
        async with self._lock:
            self._refill()
            if self._tokens < 1:
                await asyncio.sleep((1 - self._tokens) / self.rate)
                self._refill()
            self._tokens -= 1

    def note(self, request: RequestLog) -> None:
        """The client's `on_request`: a 429 drains the bucket (one second's worth in debt)."""
        if request.status == 429:
            self.throttled += 1
            self._refill()
            self._tokens = min(self._tokens, 0.0) - self.rate
