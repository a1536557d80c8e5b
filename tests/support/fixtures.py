"""Fixtures on a real sandbox over loopback and a real journal in tmp_path (every test package)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from packstation.api import StitchClient
from packstation.sandbox import SandboxServer
from packstation.services.station import Station
from support.services import SandboxControl, build_station, fast_client, station_settings, stock

TOKEN = "services-test-token-7f3a9c"  # distinctive, so the secrecy test finds any copy


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(seed="empty", port=0, token=TOKEN) as server:
        yield server


@pytest.fixture
async def ctl(sandbox: SandboxServer) -> AsyncIterator[SandboxControl]:
    control = SandboxControl(sandbox.root_url, sandbox.token)
    await control.reset("empty")
    yield control
    await control.aclose()


@pytest.fixture
async def stitch(sandbox: SandboxServer, ctl: SandboxControl) -> AsyncIterator[StitchClient]:
    """Stitch as another party sees it (a second client): for checking and for changes."""
    async with fast_client(sandbox.base_url, sandbox.token) as client:
        await stock(client)
        yield client


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "station" / "journal.sqlite3"


@pytest.fixture
async def station(
    sandbox: SandboxServer, stitch: StitchClient, journal_path: Path
) -> AsyncIterator[Station]:
    opened = build_station(station_settings(sandbox.base_url), sandbox.token, journal_path)
    yield opened
    await opened.aclose()
