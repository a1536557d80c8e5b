"""What lies at the journal's path is never overwritten, another program's database is never
touched, and the journal's files are private whatever the umask (issue 13, items 1, 3, 5)."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from journal_helpers import T0, box_closed, journal_with_unsent_boxes_in_its_wal, shipment, start

from packstation.store import Journal, JournalNeedsAttention, NotAJournalError
from packstation.store.health import check_journal_file
from packstation.store.salvage import start_new

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def test_a_journal_cut_to_zero_bytes_is_refused_and_its_wal_kept(tmp_path: Path) -> None:
    path = tmp_path / "station" / "journal.sqlite3"
    journal_with_unsent_boxes_in_its_wal(path)
    wal = Path(f"{path}-wal").read_bytes()
    assert len(wal) > 0
    path.write_bytes(b"")  # the disk (or a person) cut the journal file

    with pytest.raises(JournalNeedsAttention) as refused:
        Journal.open(path)

    assert refused.value.advice == (
        "the journal file is empty but its write-ahead log holds data: restore from backup"
        " or run `packstation journal recover`"
    )
    assert "packstation journal recover" in refused.value.details
    assert Path(f"{path}-wal").read_bytes() == wal
    assert path.stat().st_size == 0
    report = check_journal_file(path)
    assert not report.ok
    assert "write-ahead log holds data" in report.summary


def test_a_missing_journal_beside_its_wal_is_refused_too(tmp_path: Path) -> None:
    path = tmp_path / "station" / "journal.sqlite3"
    journal_with_unsent_boxes_in_its_wal(path)
    path.unlink()
    with pytest.raises(JournalNeedsAttention) as refused:
        Journal.open(path)
    assert "missing but its write-ahead log holds data" in refused.value.advice
    assert not path.exists()


def test_a_leftover_shm_alone_is_refused_with_the_command_that_starts_anew(
    tmp_path: Path,
) -> None:
    path = tmp_path / "journal.sqlite3"
    Path(f"{path}-shm").write_bytes(b"\0" * 32768)
    with pytest.raises(JournalNeedsAttention) as refused:
        Journal.open(path)
    assert "`packstation journal new`" in refused.value.advice
    assert not path.exists()


def test_starting_anew_moves_every_old_file_aside_and_deletes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "station" / "journal.sqlite3"
    journal_with_unsent_boxes_in_its_wal(path)
    path.write_bytes(b"")
    before = {p.name: p.read_bytes() for p in path.parent.iterdir()}

    moved = start_new(path)

    assert {p.read_bytes() for p in moved} == set(before.values())
    assert all(p.name.startswith("journal.sqlite3.old-") for p in moved)
    with Journal.open(path) as journal:
        assert journal.outbox.waiting() == ()


def test_garbage_in_the_middle_of_the_journal_fails_the_check(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as journal:
        for n in range(300):
            session = start(journal, fulfillment_id=f"{n}", station=f"s{n}", at=T0)
            journal.close_box(session.id, box_closed(T0), shipment(f"{n}"), close_session=True)
    assert check_journal_file(path).ok
    size = path.stat().st_size
    with open(path, "r+b") as file:
        file.seek(size // 2)
        file.write(os.urandom(8192))

    report = check_journal_file(path)

    assert not report.ok
    assert "packstation journal recover" in report.summary
    assert report.problems


@pytest.fixture
def foreign_db(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "notes.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes (text) VALUES ('keep me')")
    conn.commit()
    conn.close()
    return path


def test_another_programs_database_is_refused_without_a_byte_changed(
    foreign_db: Path,
) -> None:
    before = foreign_db.read_bytes()
    listing = sorted(p.name for p in foreign_db.parent.iterdir())

    with pytest.raises(NotAJournalError):
        Journal.open(foreign_db)

    assert foreign_db.read_bytes() == before
    assert sorted(p.name for p in foreign_db.parent.iterdir()) == listing  # no .lock, -wal, -shm


def test_a_foreign_database_with_no_application_id_and_a_wal_is_refused_untouched(
    tmp_path: Path,
) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    before = path.read_bytes()
    listing = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(NotAJournalError):
        Journal.open(path)

    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_journal_files_and_folders_are_private_whatever_the_umask(
    tmp_path: Path, umask: int
) -> None:
    path = tmp_path / "data" / "station" / "journal.sqlite3"
    old = os.umask(umask)
    try:
        with Journal.open(path) as journal:
            start(journal, at=T0)
            files = [path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}.lock")]
            assert {f.name: _mode(f) for f in files} == {f.name: 0o600 for f in files}
    finally:
        os.umask(old)
    assert _mode(path.parent) == 0o700
    assert _mode(path.parent.parent) == 0o700


@posix_only
def test_an_existing_world_readable_journal_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    Journal.open(path).close()
    path.chmod(0o644)
    with Journal.open(path):
        assert _mode(path) == 0o600


def test_a_read_only_open_of_a_cut_journal_is_refused_and_keeps_the_wal(tmp_path: Path) -> None:
    path = tmp_path / "station" / "journal.sqlite3"
    journal_with_unsent_boxes_in_its_wal(path)
    path.write_bytes(b"")
    wal = Path(f"{path}-wal").read_bytes()
    with pytest.raises(JournalNeedsAttention):
        Journal.open(path, read_only=True)
    assert Path(f"{path}-wal").read_bytes() == wal
