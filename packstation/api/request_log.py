"""`RequestLog`: one HTTP attempt as the app's log and the window show it (never the token)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["RequestLog", "report_request"]

log = logging.getLogger("packstation.api")


@dataclass(frozen=True, slots=True)
class RequestLog:
    """One HTTP attempt, as the app's log and the UI show it. Never holds the token."""

    method: str
    path: str
    query: str
    status: int | None  # None: no answer (see `outcome`)
    duration_ms: float
    attempt: int
    outcome: str  # "ok", the error class for an answered error, or the transport failure

    def __str__(self) -> str:
        target = f"{self.path}?{self.query}" if self.query else self.path
        status = str(self.status) if self.status is not None else self.outcome
        retry = f" (attempt {self.attempt})" if self.attempt > 1 else ""
        return f"{self.method} {target} → {status} in {self.duration_ms:.1f} ms{retry}"


def report_request(entry: RequestLog, sink: Callable[[RequestLog], None] | None) -> None:
    """Log one attempt (failures at INFO) and hand it to the caller's sink, if any."""
    log.log(logging.DEBUG if entry.outcome == "ok" else logging.INFO, "%s", entry)
    if sink is not None:
        try:
            sink(entry)
        except Exception:
            # A broken log sink must not turn a good answer into a failure.
            log.exception("on_request callback failed")
