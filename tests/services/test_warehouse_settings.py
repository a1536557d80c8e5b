"""A station joins the warehouse with its machine settings (`[warehouse] db_url`) and keeps the
database password in the OS password store like the Stitch token: never in a file, never a key
that holds the password itself."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from test_credentials import MemoryKeyring

from packstation.cli import main
from packstation.services import credentials
from packstation.services.credentials import DB_SERVICE, load_db_password
from packstation.services.settings import load_settings

DB = "postgresql://station_bench_01@warehouse-db:5432/packstation?sslmode=verify-full"


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)
    credentials._session_tokens.clear()


def test_a_warehouse_section_in_the_machine_settings_names_the_database(tmp_path: Path) -> None:
    machine = tmp_path / "machine.toml"
    machine.write_text(f'station = "Bench 01"\n\n[warehouse]\ndb_url = "{DB}"\n')
    loaded = load_settings(machine_path=machine, user_path=tmp_path / "none.toml")
    assert loaded.problems == ()
    assert loaded.settings.warehouse_db_url == DB


def test_a_database_address_that_is_not_postgresql_is_a_problem(tmp_path: Path) -> None:
    machine = tmp_path / "machine.toml"
    machine.write_text('[warehouse]\ndb_url = "mysql://db/packstation"\n')
    loaded = load_settings(machine_path=machine, user_path=tmp_path / "none.toml")
    assert [p.key for p in loaded.problems] == ["warehouse_db_url"]
    assert loaded.settings.warehouse_db_url == ""  # a single station, as before


def test_warehouse_password_reads_stdin_into_the_keyring(
    memory: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-db-pass\n"))
    assert main(["warehouse", "password", "--db", DB]) == 0
    assert load_db_password(DB) == "s3cret-db-pass"
    # Keyed by the address without query or password; found again from the same address.
    assert list(memory.items) == [
        (DB_SERVICE, "postgresql://station_bench_01@warehouse-db:5432/packstation")
    ]
    assert list(tmp_path.iterdir()) == []  # nothing written next to us


def test_warehouse_password_refuses_an_empty_stdin(
    memory: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    assert main(["warehouse", "password", "--db", DB]) == 2
    assert memory.items == {}
