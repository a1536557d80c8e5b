"""Where a station profile's journal lives by default."""

from __future__ import annotations

from pathlib import Path

import pytest
from journal_helpers import T0, start

from packstation.store import (
    Journal,
    JournalUnavailable,
    UnavailableReason,
    default_journal_path,
)


def test_each_profile_has_its_own_journal_in_the_user_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_journal_path("station-3") == (
        tmp_path / "data" / "packstation" / "station-3" / "journal.sqlite3"
    )
    with Journal.for_profile("station-3") as journal:
        start(journal, at=T0)
    with Journal.for_profile("station-4") as journal:
        assert journal.unfinished_session("station-3") is None
    with Journal.for_profile("station-3") as journal:
        assert journal.unfinished_session("station-3") is not None


@pytest.mark.parametrize("name", ["", "..", "a/b", "a\\b", "x" * 65, "-lead"])
def test_profile_names_cannot_escape_the_data_dir(name: str) -> None:
    with pytest.raises(ValueError, match="profile name"):
        default_journal_path(name)


def test_an_unusable_data_dir_is_reported_as_journal_unavailable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the directory should be")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    with pytest.raises(JournalUnavailable) as failed:
        Journal.for_profile("station-3")
    assert failed.value.reason is UnavailableReason.CANNOT_OPEN
    assert str(blocker) in failed.value.details
