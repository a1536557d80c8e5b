"""Retry delays for the outboxes: stamina's backoff formula, applied across restarts.

stamina retries inside one call; an outbox row is retried across calls and restarts (its next
attempt time is stored in the journal), so the same math is applied here by hand:
``min(maximum, initial * base ** (attempt - 1)) + uniform(0, jitter)``, never less than the
server's `Retry-After`, and never more than `maximum` plus the jitter.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Backoff:
    initial: float = 1.0  # seconds before the 2nd attempt
    maximum: float = 60.0  # cap: an offline station tries at least once a minute
    base: float = 2.0
    jitter: float = 1.0  # seconds of uniform jitter, so stations do not retry in lockstep
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def delay(self, attempts: int, retry_after: float | None = None) -> float:
        """Seconds to wait after the `attempts`-th failed attempt (1-based)."""
        exponent = max(0, attempts - 1)
        wait = min(self.maximum, self.initial * self.base ** min(exponent, 32))
        wait += self.rng.uniform(0.0, self.jitter) if self.jitter > 0 else 0.0
        if retry_after is not None:
            wait = max(wait, retry_after)
        return wait


FAST_BACKOFF = Backoff(initial=0.02, maximum=0.2, jitter=0.02)  # tests and training mode

__all__ = ["FAST_BACKOFF", "Backoff"]
