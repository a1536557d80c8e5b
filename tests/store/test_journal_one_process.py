"""A writable journal is open in one process at a time; a dead process never blocks a restart."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from journal_helpers import T0, scan, start

from packstation.store import Journal, JournalUnavailable, UnavailableReason

HOLDER = textwrap.dedent(
    """
    import sys
    from packstation.store import Journal
    journal = Journal.open(sys.argv[1])
    print("open", flush=True)
    sys.stdin.read()  # hold the journal until killed
    """
)


def test_a_second_packstation_on_the_same_journal_is_refused(journal_path: Path) -> None:
    journal_path.parent.mkdir()
    with Journal.open(journal_path) as first:
        session = start(first, at=T0)
        with pytest.raises(JournalUnavailable) as refused:
            Journal.open(journal_path)
        assert refused.value.reason is UnavailableReason.LOCKED
        assert "open twice" in str(refused.value)
        # Looking is fine: support tools open it read-only.
        with Journal.open(journal_path, read_only=True) as viewer:
            assert viewer.session(session.id) == session
        first.append_event(session.id, scan(T0))
    with Journal.open(journal_path) as second:
        assert [e.seq for e in second.events(session.id)] == [1]


def test_a_killed_process_leaves_no_stale_lock(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(JournalUnavailable):
            Journal.open(path)
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.communicate(timeout=30)

    with Journal.open(path) as journal:
        assert journal.unfinished_session("station-3") is None
