"""Where a station profile's journal lives by default."""

from __future__ import annotations

import re
from pathlib import Path

import platformdirs

APP_NAME = "packstation"
JOURNAL_FILE = "journal.sqlite3"

# A profile name becomes a directory name: keep it to characters every OS accepts.
_PROFILE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


def default_journal_path(profile: str = "default") -> Path:
    """`<user data dir>/packstation/<profile>/journal.sqlite3` (the directory is not created)."""
    if not _PROFILE.fullmatch(profile) or profile in {".", ".."}:
        raise ValueError(
            f"profile name {profile!r}: use letters, digits, '.', '_' or '-' (at most 64)"
        )
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / profile / JOURNAL_FILE
