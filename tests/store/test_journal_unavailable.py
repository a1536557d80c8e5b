"""When the journal cannot record, every write raises `JournalUnavailable`, never carries on.

How the faults are made (tests run as root here, so chmod would not stop a write):
- disk full: `PRAGMA max_page_count` makes SQLite itself report SQLITE_FULL, exactly as on a
  full disk; where the test may mount, a real 1 MiB tmpfs runs out of space too;
- read-only: a `mode=ro` open, and `chattr +i` (immutable, binding even for root) where the
  filesystem supports it;
- locked: a second connection holds the write lock past the busy timeout.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from journal_helpers import T0, FakeClock, box_closed, scan, shipment, start

from packstation.store import (
    Journal,
    JournalUnavailable,
    NewEvent,
    UnavailableReason,
)

DISK_FULL_MESSAGE = (
    "Can't save scans: the disk is full. Scanning is stopped until this is fixed"
    " — call your supervisor."
)


def cap_at_current_size(journal: Journal) -> None:
    conn = journal._db.connection  # fault injection on the journal's own connection
    (pages,) = conn.execute("PRAGMA page_count").fetchone()
    conn.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_stops_scanning_with_words_a_packer_understands(
    journal: Journal, journal_path: Path
) -> None:
    session = start(journal, at=T0)
    cap_at_current_size(journal)
    big_scan = NewEvent(kind="product", at=T0, raw="0" * 50_000)

    with pytest.raises(JournalUnavailable) as failed:
        journal.append_event(session.id, big_scan)

    error = failed.value
    assert error.reason is UnavailableReason.DISK_FULL
    assert str(error) == DISK_FULL_MESSAGE
    assert str(journal_path) in error.details
    assert "SQLITE_FULL" in error.details
    assert "save scan" in error.details
    assert journal.events(session.id) == ()


def test_after_space_is_freed_the_journal_writes_again(journal: Journal) -> None:
    session = start(journal, at=T0)
    cap_at_current_size(journal)
    with pytest.raises(JournalUnavailable):
        journal.append_event(session.id, NewEvent(kind="product", at=T0, raw="0" * 50_000))
    journal._db.connection.execute("PRAGMA max_page_count = 1073741823")

    journal.check_writable()
    assert journal.append_event(session.id, scan(T0)).seq == 1


def mount_tmpfs(where: Path, size: str) -> bool:
    if shutil.which("mount") is None:
        return False
    where.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    where = tmp_path / "tiny"
    if not mount_tmpfs(where, "1m"):
        pytest.skip("cannot mount a tmpfs here (needs root / CAP_SYS_ADMIN)")
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)], check=True)


def test_a_really_full_disk_keeps_what_was_acknowledged(tiny_disk: Path) -> None:
    path = tiny_disk / "journal.sqlite3"
    acknowledged = 0
    with Journal.open(path, clock=FakeClock()) as journal:
        session = start(journal, at=T0)
        with pytest.raises(JournalUnavailable) as failed:  # noqa: PT012
            for n in range(10_000):
                journal.append_event(
                    session.id, NewEvent(kind="product", at=T0, raw=f"{n}:" + "7" * 4000)
                )
                acknowledged += 1
        assert failed.value.reason is UnavailableReason.DISK_FULL
        assert str(failed.value) == DISK_FULL_MESSAGE
        # Nothing is silently accepted afterwards either.
        with pytest.raises(JournalUnavailable):
            journal.close_box(session.id, box_closed(T0), shipment(), close_session=True)
    assert acknowledged > 0

    with Journal.open(path) as reopened:
        resumed = reopened.unfinished_session("station-3")
        assert resumed is not None
        assert len(resumed.events) == acknowledged
        assert reopened.outbox.waiting() == ()


def test_a_read_only_journal_refuses_scans(journal: Journal, journal_path: Path) -> None:
    session = start(journal, at=T0)
    with Journal.open(journal_path, read_only=True) as read_only:
        with pytest.raises(JournalUnavailable) as failed:
            read_only.append_event(session.id, scan(T0))
        assert failed.value.reason is UnavailableReason.READ_ONLY
        assert str(failed.value).startswith("Can't save scans: the journal file is read-only.")
        assert "SQLITE_READONLY" in failed.value.details
        with pytest.raises(JournalUnavailable):
            read_only.statuses.put("700123", "Packing")
    assert journal.events(session.id) == ()


@pytest.fixture
def immutable(tmp_path: Path) -> Iterator[list[Path]]:
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not installed")
    frozen: list[Path] = []
    yield frozen
    for path in frozen:
        subprocess.run(["chattr", "-i", str(path)], check=False)


def test_an_immutable_journal_file_refuses_scans(journal_path: Path, immutable: list[Path]) -> None:
    journal_path.parent.mkdir()
    with Journal.open(journal_path) as journal:
        session = start(journal, at=T0)
    done = subprocess.run(["chattr", "+i", str(journal_path)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"this filesystem has no immutable flag: {done.stderr!r}")
    immutable.append(journal_path)

    with Journal.open(journal_path) as journal, pytest.raises(JournalUnavailable) as failed:
        journal.append_event(session.id, scan(T0))
    assert failed.value.reason is UnavailableReason.READ_ONLY


def test_a_journal_locked_by_another_program_refuses_after_the_timeout(
    journal_path: Path,
) -> None:
    journal_path.parent.mkdir()
    with Journal.open(journal_path, busy_timeout_s=0.1) as journal:
        session = start(journal, at=T0)
        other = sqlite3.connect(journal_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(JournalUnavailable) as failed:
                journal.append_event(session.id, scan(T0))
            assert failed.value.reason is UnavailableReason.LOCKED
            assert "open twice" in str(failed.value)
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert journal.append_event(session.id, scan(T0)).seq == 1


def test_a_closed_journal_refuses_instead_of_crashing(journal_path: Path) -> None:
    journal_path.parent.mkdir()
    journal = Journal.open(journal_path)
    session = start(journal, at=T0)
    journal.close()
    with pytest.raises(JournalUnavailable) as failed:
        journal.append_event(session.id, scan(T0))
    assert failed.value.reason is UnavailableReason.CLOSED


def test_a_damaged_file_is_reported_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(b"this is not a database" * 200)
    with pytest.raises(JournalUnavailable) as failed:
        Journal.open(path)
    assert failed.value.reason is UnavailableReason.CORRUPT
    assert path.read_bytes() == b"this is not a database" * 200
