"""Schema versioning: migrations on open, from empty and from older versions; newer refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from journal_helpers import T0, FakeClock, box_closed, scan, shipment, start

from packstation.store import SCHEMA_VERSION, Journal, JournalTooNew, NotAJournalError
from packstation.store.schema import MIGRATIONS, migrate


def user_version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def test_a_new_journal_is_created_at_the_latest_schema_in_wal_mode(journal_path: Path) -> None:
    journal_path.parent.mkdir()
    with Journal.open(journal_path):
        pass
    assert user_version(journal_path) == SCHEMA_VERSION == len(MIGRATIONS)
    with sqlite3.connect(journal_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.mark.parametrize("old_version", range(1, SCHEMA_VERSION))
def test_an_older_journal_is_migrated_and_keeps_its_sessions(
    tmp_path: Path, old_version: int
) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, path=path, target=old_version)
    # Schema 1 already held sessions and events: write one the way that version would have.
    conn.execute(
        "INSERT INTO sessions (id, fulfillment_id, order_number, station, packer, opened_at,"
        " spec) VALUES ('s-old', '700123', 'SO-1', 'station-3', 'alice',"
        " '2026-11-20T08:00:00.000000+00:00', '{\"lines\": []}')"
    )
    conn.execute(
        "INSERT INTO events (session_id, seq, at, station, packer, fulfillment_id, kind, raw,"
        " result, payload) VALUES ('s-old', 1, '2026-11-20T08:00:01.000000+00:00', 'station-3',"
        " 'alice', '700123', 'product', '012345678905', 'accepted', '{\"packed\": 1}')"
    )
    conn.close()
    assert user_version(path) == old_version

    with Journal.open(path, clock=FakeClock()) as journal:
        resumed = journal.unfinished_session("station-3")
        assert resumed is not None
        assert [e.raw for e in resumed.events] == ["012345678905"]
        # The newer tables work on the migrated file.
        entry = journal.close_box("s-old", box_closed(T0), shipment(), close_session=True)
        assert journal.outbox.get(entry.local_id).state == "pending"
        journal.statuses.put("700123", "Packing · station 3 · alice")
    assert user_version(path) == SCHEMA_VERSION


def test_a_journal_of_a_newer_packstation_is_refused_untouched(journal_path: Path) -> None:
    journal_path.parent.mkdir()
    with Journal.open(journal_path) as journal:
        start(journal)
    with sqlite3.connect(journal_path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = journal_path.read_bytes()

    with pytest.raises(JournalTooNew) as refused:
        Journal.open(journal_path)

    assert str(refused.value) == (
        f"This journal was written by a newer Packstation (schema {SCHEMA_VERSION + 1}); "
        "update Packstation on this station"
    )
    assert refused.value.found == SCHEMA_VERSION + 1
    assert user_version(journal_path) == SCHEMA_VERSION + 1
    assert journal_path.read_bytes() == before


def test_a_failing_migration_leaves_the_previous_version_intact(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    broken = (*MIGRATIONS, ("CREATE TABLE extra (x INTEGER) STRICT", "SELECT no_such_function()"))
    conn = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, path=path, migrations=broken)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    assert "extra" not in tables
    conn.close()


def test_another_programs_database_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(NotAJournalError):
        Journal.open(path)
    assert user_version(path) == 0


def test_reopening_a_current_journal_keeps_its_data(journal_path: Path) -> None:
    journal_path.parent.mkdir()
    with Journal.open(journal_path) as journal:
        session = start(journal, at=T0)
        journal.append_event(session.id, scan(T0))
    with Journal.open(journal_path) as journal:
        assert [e.seq for e in journal.events(session.id)] == [1]
