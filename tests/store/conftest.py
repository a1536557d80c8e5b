"""Fixtures of the journal tests: a real SQLite file in tmp_path and a hand-driven clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from journal_helpers import FakeClock

from packstation.store import Journal


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "station" / "journal.sqlite3"


@pytest.fixture
def journal(journal_path: Path, clock: FakeClock) -> Iterator[Journal]:
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    with Journal.open(journal_path, clock=clock) as opened:
        yield opened
