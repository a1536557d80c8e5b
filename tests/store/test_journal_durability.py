"""What `append_event` / `close_box` acknowledged survives the process being killed.

SIGKILL leaves no chance to flush or close: only what SQLite committed is there on reopen. (A
power cut additionally relies on `synchronous=FULL` fsyncing the WAL on every commit, which a test
cannot pull the plug on; the bench measures its cost.)
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from journal_helpers import T0, scan, start

from packstation.store import Journal

# Runs in a child process: journal scans, acknowledge each on stdout only after the call
# returned, then die as a pulled plug would (no close, no atexit, no flush of anything).
CHILD = textwrap.dedent(
    """
    import datetime as dt, os, signal, sys
    from packstation.store import Journal, NewEvent
    from packstation.store import journal as journal_module

    path, mode, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    t0 = dt.datetime(2026, 11, 27, 8, 0, tzinfo=dt.UTC)
    journal = Journal.open(path)
    session = journal.open_session(
        fulfillment_id="700123", order_number="SO-1", station="station-3", packer="alice",
        spec={"lines": []}, at=t0,
    )
    print("session", session.id, flush=True)
    for n in range(1, count + 1):
        event = NewEvent(kind="product", at=t0 + dt.timedelta(seconds=n), raw=f"scan-{n}",
                         result="accepted", payload={"packed": n})
        journal.append_event(session.id, event)
        print("acked", n, flush=True)
    if mode == "die-inside-close-box":
        def die(*args, **kwargs):
            os.kill(os.getpid(), signal.SIGKILL)
        # The closing event is already inserted when the outbox row would be written.
        journal_module.insert_shipment = die
        journal.close_box(session.id, NewEvent(kind="box_closed", at=t0), {"tracking": "1Z"},
                          close_session=True)
    if mode == "forever":
        n = count
        while True:
            n += 1
            journal.append_event(session.id, NewEvent(kind="product", at=t0, raw=f"scan-{n}"))
            print("acked", n, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def run_child(path: Path, mode: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), mode, str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_every_acknowledged_scan_is_there_after_the_process_is_killed(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    child = run_child(path, "die", 25)
    out, err = child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL, err
    session_id = out.split()[1]
    acked = [int(line.split()[1]) for line in out.splitlines() if line.startswith("acked")]
    assert acked == list(range(1, 26))

    with Journal.open(path) as journal:
        resumed = journal.unfinished_session("station-3")
        assert resumed is not None
        assert resumed.session.id == session_id
        assert [e.raw for e in resumed.events] == [f"scan-{n}" for n in acked]
        assert resumed.events[-1].payload == {"packed": 25}


def test_a_kill_at_an_arbitrary_moment_keeps_every_acknowledged_scan(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    child = run_child(path, "forever", 0)
    assert child.stdout is not None
    acked = 0
    for line in child.stdout:
        if line.startswith("acked"):
            acked = int(line.split()[1])
            if acked >= 40:
                break
    os.kill(child.pid, signal.SIGKILL)
    child.communicate(timeout=60)

    with Journal.open(path) as journal:
        resumed = journal.unfinished_session("station-3")
        assert resumed is not None
        seqs = [e.seq for e in resumed.events]
        # Everything acknowledged is there, in order, without gaps; the scan being written when
        # the kill landed may or may not be (it was never acknowledged).
        assert seqs == list(range(1, len(seqs) + 1))
        assert len(seqs) >= acked


def test_a_kill_inside_close_box_leaves_neither_the_event_nor_the_shipment(
    tmp_path: Path,
) -> None:
    path = tmp_path / "journal.sqlite3"
    child = run_child(path, "die-inside-close-box", 3)
    out, err = child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL, err
    assert "acked 3" in out

    with Journal.open(path) as journal:
        resumed = journal.unfinished_session("station-3")
        assert resumed is not None, "the session must still be open"
        assert [e.kind for e in resumed.events] == ["product"] * 3
        assert resumed.boxes == ()
        assert journal.outbox.waiting() == ()


@pytest.mark.parametrize("reader", ["new Journal", "raw sqlite3"])
def test_a_committed_event_is_visible_to_a_new_connection_at_once(
    journal: Journal, journal_path: Path, reader: str
) -> None:
    session = start(journal, at=T0)
    journal.append_event(session.id, scan(T0))
    if reader == "new Journal":
        with Journal.open(journal_path, read_only=True) as other:
            assert [e.raw for e in other.events(session.id)] == ["012345678905"]
    else:
        with sqlite3.connect(f"file:{journal_path}?mode=ro", uri=True) as other:
            assert other.execute("SELECT count(*) FROM events").fetchone() == (1,)
