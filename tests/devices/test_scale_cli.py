"""`packstation scale test` as IT types it at a bench, against a simulated scale on a pty."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from packstation.devices.simulator import ScaleSimulator


def scale_cli(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PACKSTATION_USER_CONFIG"] = str(tmp_path / "settings.toml")
    env["PACKSTATION_MACHINE_CONFIG"] = str(tmp_path / "machine.toml")
    return subprocess.run(
        [sys.executable, "-m", "packstation", "scale", "test", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_prints_live_readings_from_the_port_given(tmp_path: Path) -> None:
    with ScaleSimulator("mt-sics") as sim:
        sim.show("812.5", "g", state="motion")
        result = scale_cli(
            "--device",
            sim.path,
            "--protocol",
            "mt-sics",
            "--count",
            "2",
            "--interval",
            "0",
            tmp_path=tmp_path,
        )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert sim.path in lines[0]
    assert lines[1:] == ["       812.5 g  motion"] * 2


def test_reads_the_scale_from_the_settings(tmp_path: Path) -> None:
    with ScaleSimulator("nci") as sim:
        sim.show("1.234", "lb")
        (tmp_path / "settings.toml").write_text(
            f'[scale]\nprotocol = "nci"\ndevice = "{sim.path}"\nunit = "lb"\n', encoding="utf-8"
        )
        result = scale_cli("--count", "1", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "1.234 lb  stable" in result.stdout


def test_overload_is_shown_and_reading_goes_on(tmp_path: Path) -> None:
    with ScaleSimulator("continuous") as sim:
        sim.show(state="overload")
        result = scale_cli(
            "--device",
            sim.path,
            "--protocol",
            "continuous",
            "--count",
            "2",
            "--interval",
            "0",
            tmp_path=tmp_path,
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("overload") == 2


def test_no_scale_configured_says_how_to_set_one(tmp_path: Path) -> None:
    result = scale_cli("--count", "1", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "--protocol" in result.stderr
    assert "[scale]" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_port_is_exit_3_in_plain_words(tmp_path: Path) -> None:
    result = scale_cli(
        "--device", str(tmp_path / "ttyUSB9"), "--protocol", "mt-sics", tmp_path=tmp_path
    )
    assert result.returncode == 3
    assert "No scale is connected" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_silent_scale_ends_the_test_with_exit_4(tmp_path: Path) -> None:
    with ScaleSimulator("mt-sics") as sim:
        sim.go_silent()
        result = scale_cli("--device", sim.path, "--protocol", "mt-sics", tmp_path=tmp_path)
    assert result.returncode == 4
    assert "does not answer" in result.stderr
