"""`Clock`: what tells the time (UTC, timezone-aware) wherever a test needs to set it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

Clock = Callable[[], dt.datetime]

__all__ = ["Clock"]
