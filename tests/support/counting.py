"""Counting the requests a station's client sends, and a clock the tests move by hand."""

from __future__ import annotations

import datetime as dt

from packstation.api import RequestLog
from packstation.store.timestamps import utc_now


class Calls:
    def __init__(self) -> None:
        self.log: list[RequestLog] = []

    def __call__(self, entry: RequestLog) -> None:
        self.log.append(entry)

    def clear(self) -> None:
        self.log.clear()

    def of(self, method: str, path: str) -> list[RequestLog]:
        return [e for e in self.log if e.method == method and e.path == path]


class Clock:
    def __init__(self) -> None:
        self.now = utc_now()

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)
