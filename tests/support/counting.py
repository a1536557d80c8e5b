"""Counting the requests a station's client sends, and a clock the tests move by hand."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from packstation.api import RequestLog
from packstation.sandbox import SandboxServer
from packstation.services.station import Station
from packstation.store import Journal
from packstation.store.timestamps import utc_now
from support.services import FAST, fast_client, station_settings


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


@asynccontextmanager
async def counted_station(
    sandbox: SandboxServer, tmp_path: Path, **station_options: Any
) -> AsyncIterator[tuple[Station, Calls, Clock]]:
    """A station whose client's requests are counted and whose queue follows a hand-moved clock."""
    calls = Calls()
    clock = Clock()
    journal = Journal.open(tmp_path / "journal.sqlite3")
    client = fast_client(sandbox.base_url, sandbox.token, on_request=calls)
    station = Station(
        station_settings(sandbox.base_url), client, journal, backoff=FAST, **station_options
    )
    station.queue._clock = clock  # the queue's timers and freshness follow this clock
    station.resumed = station.packing.resume()
    try:
        yield station, calls, clock
    finally:
        await station.aclose()
