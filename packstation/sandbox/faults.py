"""Injected trouble (`PUT /_sandbox/faults`) and throttling (a token bucket per access token)."""

from __future__ import annotations

import math
import random
import threading
import time
from dataclasses import asdict, dataclass, field
from typing import Any

from packstation.sandbox.bodies import Fields


@dataclass(frozen=True, slots=True)
class Faults:
    """What to do to Stitch endpoints under `paths` (relative to the base URL; empty: all)."""

    latency_ms: int = 0
    error_rate: float = 0.0
    error_status: int = 503
    drop_after_commit_rate: float = 0.0
    rate_limit_per_s: float | None = None
    paths: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["paths"] = list(self.paths)
        return out

    def applies_to(self, relative_path: str) -> bool:
        if not self.paths:
            return True
        return any(
            relative_path == p or relative_path.startswith(p.rstrip("/") + "/") for p in self.paths
        )

    @classmethod
    def from_json(cls, body: Any) -> Faults:
        fields = Fields()
        obj = fields.obj(body, "faults")
        fields.done()
        assert obj is not None
        if set(obj) == {"faults"} and isinstance(obj["faults"], dict):
            obj = obj["faults"]  # what GET answers may be PUT back as is
        fields.only(obj, tuple(cls.__dataclass_fields__), "")
        latency = fields.integer(obj, "latency_ms", "", minimum=0, maximum=120_000)
        error_rate = fields.number(obj, "error_rate", minimum=0.0, maximum=1.0)
        status = fields.integer(obj, "error_status", "", minimum=400, maximum=599)
        drop = fields.number(obj, "drop_after_commit_rate", minimum=0.0, maximum=1.0)
        rate = None
        if obj.get("rate_limit_per_s") is not None:
            rate = fields.number(obj, "rate_limit_per_s", minimum=0.001, maximum=1_000_000.0)
        paths: list[str] = []
        raw_paths = obj.get("paths", [])
        if not isinstance(raw_paths, list) or len(raw_paths) > 100:
            fields.add("paths", "must be a list of at most 100 paths")
        else:
            for i, p in enumerate(raw_paths):
                if not isinstance(p, str) or not p.startswith("/") or len(p) > 500:
                    fields.add(f"paths[{i}]", 'must be a path starting with "/"')
                else:
                    paths.append(p)
        fields.done()
        defaults = cls()
        return cls(
            latency_ms=defaults.latency_ms if latency is None else latency,
            error_rate=defaults.error_rate if error_rate is None else error_rate,
            error_status=defaults.error_status if status is None else status,
            drop_after_commit_rate=defaults.drop_after_commit_rate if drop is None else drop,
            rate_limit_per_s=rate,
            paths=tuple(paths),
        )


@dataclass(slots=True)
class _Bucket:
    tokens: float
    stamp: float


@dataclass
class Throttle:
    """Token buckets per access token: `rate` requests per second, with a burst of `rate`."""

    clock: Any = time.monotonic
    _buckets: dict[str, _Bucket] = field(default_factory=dict, repr=False)  # keyed by token
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def take(self, token: str, rate: float) -> int | None:
        """None when the request may go ahead, else the whole seconds to wait (at least 1)."""
        burst = max(1.0, rate)
        now = self.clock()
        with self._lock:
            bucket = self._buckets.get(token)
            if bucket is None:
                bucket = self._buckets[token] = _Bucket(burst, now)
            bucket.tokens = min(burst, bucket.tokens + (now - bucket.stamp) * rate)
            bucket.stamp = now
            if bucket.tokens >= 1.0:
                bucket.tokens -= 1.0
                return None
            return max(1, math.ceil((1.0 - bucket.tokens) / rate))

    def reset(self) -> None:
        with self._lock:
            self._buckets.clear()

    def forget(self, token: str) -> None:
        """A full bucket again for this token (its account was reset)."""
        with self._lock:
            self._buckets.pop(token, None)


def roll(rate: float, rng: random.Random) -> bool:
    """True for a share `rate` of calls (exactly never at 0 and always at 1)."""
    return rate >= 1.0 or (rate > 0.0 and rng.random() < rate)
