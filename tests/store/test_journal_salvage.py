"""`packstation journal backup | recover`: a backup while the station writes, and a recovery
that finds the unsent boxes of a damaged journal without touching it (issue 13, item 4)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from journal_helpers import T0, box_closed, journal_with_unsent_boxes_in_its_wal, shipment, start

from packstation.store import Journal
from packstation.store.health import check_journal_file
from packstation.store.salvage import backup, recover

WRITER = textwrap.dedent(
    """
    import datetime as dt, sys
    from packstation.store import Journal, NewEvent
    at = dt.datetime(2026, 11, 27, tzinfo=dt.UTC)
    with Journal.open(sys.argv[1]) as journal:
        session = journal.open_session(
            fulfillment_id="9", order_number="SO-9", station="s", packer="p", spec={}, at=at)
        print("ready", flush=True)
        n = 0
        while sys.stdin.readline().strip() != "stop":
            for _ in range(50):
                n += 1
                journal.append_event(session.id, NewEvent("product", at, str(n), "accepted"))
            print(n, flush=True)
    """
)


def test_a_backup_taken_while_another_process_writes_is_whole_and_consistent(
    tmp_path: Path,
) -> None:
    path = tmp_path / "journal.sqlite3"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdin is not None
    assert writer.stdout is not None
    try:
        assert writer.stdout.readline().strip() == "ready"
        copies = []
        for n in range(3):
            writer.stdin.write("more\n")
            writer.stdin.flush()
            written = int(writer.stdout.readline())
            writer.stdin.write("more\n")  # keeps writing while the backup runs
            writer.stdin.flush()
            copies.append((written, backup(path, tmp_path / f"backup-{n}.sqlite3")))
            writer.stdout.readline()
        writer.stdin.write("stop\n")
        writer.stdin.flush()
        assert writer.wait(timeout=60) == 0
    finally:
        if writer.poll() is None:
            writer.kill()
    for written, copy in copies:
        assert check_journal_file(copy).ok
        with Journal.open(copy, read_only=True) as journal:
            [session] = journal.sessions_of_fulfillment("9")
            assert len(journal.events(session.id)) >= written


@pytest.mark.parametrize(
    "use_cli",
    [
        pytest.param(
            True,
            marks=pytest.mark.skipif(shutil.which("sqlite3") is None, reason="no sqlite3"),
        ),
        False,
    ],
)
def test_recovery_from_a_wal_whose_journal_was_cut_lists_the_unsent_boxes(
    tmp_path: Path, use_cli: bool
) -> None:
    path = tmp_path / "station" / "journal.sqlite3"
    journal_with_unsent_boxes_in_its_wal(path, boxes=3)
    path.write_bytes(b"")
    wal = Path(f"{path}-wal").read_bytes()

    result = recover(path, use_cli=use_cli)

    assert result.healthy
    assert result.new_journal.parent == path.parent
    assert sorted(b.fulfillment_id for b in result.unsent) == ["700", "701", "702"]
    assert {b.tracking_number for b in result.unsent} == {"1Z999AA10123456784"}
    assert path.read_bytes() == b""
    assert Path(f"{path}-wal").read_bytes() == wal
    with Journal.open(result.new_journal) as journal:
        assert len(journal.outbox.waiting()) == 3


def test_recovery_salvages_what_is_readable_around_garbage(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as journal:
        for n in range(300):
            session = start(journal, fulfillment_id=f"{n}", station=f"s{n}", at=T0)
            journal.close_box(session.id, box_closed(T0), shipment(f"{n}"), close_session=True)
    with open(path, "r+b") as file:
        file.seek(path.stat().st_size // 2)
        file.write(b"\xa5" * 8192)
    assert not check_journal_file(path).ok

    result = recover(path, use_cli=False)

    assert result.healthy
    assert 0 < result.rows["shipment_outbox"] <= 300
    assert len(result.unsent) == result.rows["shipment_outbox"]
