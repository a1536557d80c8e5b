"""`packstation --self-test` as IT runs it after installing: a line per check, non-zero on failure.

Runs the real command in a child process with its own settings, data and log directories, the
real keyring of the test session (gnome-keyring under dbus-run-session) and a real sandbox.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from support.translations import shipped_words

from packstation.cli.selftest import run_self_test
from packstation.i18n import install_language
from packstation.sandbox import SandboxServer

__all__ = ["shipped_words"]  # a fixture of the Spanish test

TOKEN = "selftest-token-Hq93Lm"


def _secret_service_or_skip() -> None:
    name = type(keyring.get_keyring()).__module__
    if "SecretService" not in name:
        pytest.skip(f"needs the test session's Secret Service (keyring backend here: {name})")


@pytest.fixture
def station_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PACKSTATION_MACHINE_CONFIG=str(tmp_path / "etc" / "packstation.toml"),
        PACKSTATION_USER_CONFIG=str(tmp_path / "config" / "settings.toml"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        QT_QPA_PLATFORM="offscreen",
        LC_ALL="C.UTF-8",  # no `language` set: the computer's, English here
    )
    env.pop("PYTHON_KEYRING_BACKEND", None)
    return env


def self_test(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "packstation", "--self-test", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )


def lines_by_check(output: str) -> dict[str, str]:
    """'ok   journal writable (…)' -> {'journal': 'ok'}: the status of each check by its word."""
    words = ["settings", "Qt platform plugin", "keyring", "journal", "log directory", "sound"]
    found: dict[str, str] = {}
    for line in output.splitlines():
        status, _, text = line.partition(" ")
        for word in [*words, "Stitch"]:
            if text.lstrip().startswith(word) and word not in found:
                found[word] = status
    return found


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(seed="empty", port=0, token=TOKEN) as server:
        yield server


def test_all_checks_pass_on_a_good_station_with_stitch_answering(
    station_env: dict[str, str], sandbox: SandboxServer, tmp_path: Path
) -> None:
    _secret_service_or_skip()
    machine = Path(station_env["PACKSTATION_MACHINE_CONFIG"])
    machine.parent.mkdir()
    machine.write_text(f'api_url = "{sandbox.base_url}"\nstation = "Bench 7"\n', encoding="utf-8")
    keyring.set_password("packstation", sandbox.base_url, TOKEN)
    try:
        result = self_test(station_env)
    finally:
        keyring.delete_password("packstation", sandbox.base_url)
    checks = lines_by_check(result.stdout)
    # Sound depends on an audio device: a warning, never a failure.
    assert checks.pop("sound") in {"ok", "WARN"}
    assert checks == {
        "settings": "ok",
        "Qt platform plugin": "ok",
        "keyring": "ok",
        "journal": "ok",
        "log directory": "ok",
        "Stitch": "ok",
    }, result.stdout
    assert "ok   Qt platform plugin (offscreen)" in result.stdout
    assert "All checks passed (station 'Bench 7')" in result.stdout
    assert result.returncode == 0
    assert TOKEN not in result.stdout + result.stderr
    # The check leaves no journal behind in the packers' data directory.
    assert not list((tmp_path / "data").rglob("*.sqlite3"))


def test_a_broken_settings_file_fails_naming_file_line_and_key_and_the_rest_still_runs(
    station_env: dict[str, str],
) -> None:
    machine = Path(station_env["PACKSTATION_MACHINE_CONFIG"])
    machine.parent.mkdir()
    machine.write_text(
        'station = "Bench 2"\ncolour = "blue"\nscanner_max_gap_ms = "fast"\n', encoding="utf-8"
    )
    result = self_test(station_env)
    assert result.returncode == 1
    assert "FAIL settings: 2 problems; the station starts with the built-in value" in result.stdout
    assert f"{machine}, line 2, key 'colour': unknown key" in result.stdout
    assert f"{machine}, line 3, key 'scanner_max_gap_ms': expected a whole number" in result.stdout
    # The station still starts: the later checks ran, with the valid values (station name kept).
    checks = lines_by_check(result.stdout)
    assert checks["journal"] == "ok"
    assert checks["Qt platform plugin"] == "ok"
    assert re.search(r"^\d+ checks? failed\.$", result.stdout, re.MULTILINE)


def test_bad_toml_names_the_line(station_env: dict[str, str]) -> None:
    machine = Path(station_env["PACKSTATION_MACHINE_CONFIG"])
    machine.parent.mkdir()
    machine.write_text('station = "Bench 2"\nlocked = [station\n', encoding="utf-8")
    result = self_test(station_env)
    assert result.returncode == 1
    assert f"{machine}, line 2: is not valid TOML" in result.stdout


def test_a_journal_directory_that_cannot_be_created_fails_the_journal_check(
    station_env: dict[str, str], tmp_path: Path
) -> None:
    # A file where the data directory should be: cannot be created, even by root.
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    station_env["XDG_DATA_HOME"] = str(blocker)
    result = self_test(station_env)
    assert result.returncode == 1
    assert "FAIL journal: cannot create" in result.stdout
    assert lines_by_check(result.stdout)["settings"] == "ok"


def test_a_read_only_journal_fails_the_journal_check(
    station_env: dict[str, str], tmp_path: Path
) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes to read-only files; the unreachable-directory test covers root")
    journal_dir = tmp_path / "data" / "packstation" / "default"
    journal_dir.mkdir(parents=True)
    journal_dir.chmod(0o500)
    try:
        result = self_test(station_env)
    finally:
        journal_dir.chmod(0o700)
    assert result.returncode == 1
    assert "FAIL journal" in result.stdout


def test_a_missing_qt_platform_plugin_is_reported_not_a_crash(station_env: dict[str, str]) -> None:
    station_env["QT_QPA_PLATFORM"] = "nosuchplatform"
    result = self_test(station_env)
    assert result.returncode == 1
    assert "FAIL Qt platform plugin (nosuchplatform)" in result.stdout
    # The self-test itself carried on to the end.
    assert lines_by_check(result.stdout)["journal"] == "ok"
    assert re.search(r"^\d+ checks? failed\.$", result.stdout, re.MULTILINE)


def test_no_password_store_is_a_failure_with_a_clear_line(station_env: dict[str, str]) -> None:
    station_env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    result = self_test(station_env)
    assert result.returncode == 1
    assert "FAIL keyring: no password store (keyring.backends.fail.Keyring)" in result.stdout


def test_a_refused_token_fails_the_stitch_check(
    station_env: dict[str, str], sandbox: SandboxServer
) -> None:
    _secret_service_or_skip()
    keyring.set_password("packstation", sandbox.base_url, "not-the-sandbox-token")
    try:
        result = self_test(station_env, "--api-url", sandbox.base_url)
    finally:
        keyring.delete_password("packstation", sandbox.base_url)
    assert result.returncode == 1
    assert f"FAIL Stitch refused the stored token for {sandbox.base_url} (401)" in result.stdout
    assert "not-the-sandbox-token" not in result.stdout + result.stderr


def test_the_journal_of_a_running_packstation_counts_as_writable(
    station_env: dict[str, str], tmp_path: Path
) -> None:
    from packstation.store import Journal

    path = tmp_path / "bench" / "journal.sqlite3"
    path.parent.mkdir()
    station_env["PACKSTATION_JOURNAL"] = str(path)
    with Journal.open(path):  # this process is "the app": it holds the journal's lock
        result = self_test(station_env)
    assert f"ok   journal writable ({path}; in use by Packstation now)" in result.stdout


def test_it_reads_the_self_test_in_the_station_s_language(
    station_env: dict[str, str], monkeypatch: pytest.MonkeyPatch, shipped_words: Path
) -> None:
    """In this process: the words come from .qm files built for the test (support.translations)."""
    for name, value in station_env.items():
        monkeypatch.setenv(name, value)
    machine = Path(station_env["PACKSTATION_MACHINE_CONFIG"])
    machine.parent.mkdir()
    machine.write_text('language = "es"\nstation = "Banco 3"\n', encoding="utf-8")
    out = io.StringIO()
    try:
        run_self_test(out=out, journal_path=machine.parent / "journal.db", log_dir=machine.parent)
    finally:
        install_language("en")
    said = out.getvalue()
    assert "Autotest de Packstation" in said, said
    assert "ok   diario: se puede escribir (" in said
    assert "ok   ajustes (" in said
    assert "journal writable" not in said
