"""`packstation pin set | clear`: IT sets the supervisor PIN without opening the app."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

from packstation.services.pin import verify_pin
from packstation.services.settings import load_settings


def _pin(
    tmp_path: Path, action: str, stdin: str, machine: str = ""
) -> subprocess.CompletedProcess[str]:
    (tmp_path / "machine.toml").write_text(machine, encoding="utf-8")
    env = {
        **os.environ,
        "PACKSTATION_MACHINE_CONFIG": str(tmp_path / "machine.toml"),
        "PACKSTATION_USER_CONFIG": str(tmp_path / "user.toml"),
    }
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from packstation.cli import main; sys.exit(main())",
            "pin",
            action,
        ],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def _stored(tmp_path: Path) -> str:
    return load_settings(
        machine_path=tmp_path / "machine.toml", user_path=tmp_path / "user.toml"
    ).settings.supervisor_pin_hash


def test_set_reads_the_pin_twice_and_stores_only_its_hash(tmp_path: Path) -> None:
    result = _pin(tmp_path, "set", "4821\n4821\n")
    assert result.returncode == 0, result.stderr
    stored = _stored(tmp_path)
    assert verify_pin("4821", stored)
    text = (tmp_path / "user.toml").read_text(encoding="utf-8")
    assert "4821" not in text
    assert "4821" not in result.stdout + result.stderr


def test_two_different_pins_change_nothing(tmp_path: Path) -> None:
    result = _pin(tmp_path, "set", "4821\n4822\n")
    assert result.returncode == 1
    assert "differ" in result.stderr
    assert _stored(tmp_path) == ""


def test_a_short_pin_is_refused(tmp_path: Path) -> None:
    result = _pin(tmp_path, "set", "12\n12\n")
    assert result.returncode == 2
    assert "at least 4 digits" in result.stderr
    assert _stored(tmp_path) == ""


def test_changing_or_clearing_needs_the_current_pin(tmp_path: Path) -> None:
    assert _pin(tmp_path, "set", "4821\n4821\n").returncode == 0
    wrong = _pin(tmp_path, "clear", "0000\n")
    assert wrong.returncode == 1
    assert verify_pin("4821", _stored(tmp_path))
    changed = _pin(tmp_path, "set", "4821\n777777\n777777\n")
    assert changed.returncode == 0, changed.stderr
    assert verify_pin("777777", _stored(tmp_path))
    cleared = _pin(tmp_path, "clear", "777777\n")
    assert cleared.returncode == 0, cleared.stderr
    assert _stored(tmp_path) == ""
    assert "supervisor_pin_hash" not in tomllib.loads(
        (tmp_path / "user.toml").read_text(encoding="utf-8")
    )


def test_a_pin_locked_by_it_is_theirs_to_change(tmp_path: Path) -> None:
    result = _pin(tmp_path, "set", "4821\n4821\n", machine='locked = ["supervisor_pin_hash"]\n')
    assert result.returncode == 2
    assert "IT department" in result.stderr
    assert not (tmp_path / "user.toml").exists()
