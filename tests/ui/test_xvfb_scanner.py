"""A keyboard-wedge scanner on a real X display: `xdotool type` sends key events with the X server's
own timestamps into a real window. The burst becomes one scan and never reaches the focused field;
slow typing reaches the field unchanged."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.xvfb

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


@pytest.fixture
def window() -> Iterator[subprocess.Popen[str]]:
    if not os.environ.get("DISPLAY"):
        pytest.skip("no X display: run under xvfb-run (scripts/test.sh does)")
    if shutil.which("xdotool") is None:
        pytest.skip("xdotool is not installed")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "xvfb_scan_window.py"), "50"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if line.strip() != "READY":
        proc.kill()
        pytest.skip(f"the test window did not start on {os.environ['DISPLAY']}")
    wid = subprocess.run(
        ["xdotool", "search", "--sync", "--name", "packstation-scan-test"],
        capture_output=True,
        text=True,
        timeout=10,
        check=True,
    ).stdout.split()[0]
    subprocess.run(["xdotool", "windowfocus", "--sync", wid], check=True, timeout=10)
    yield proc
    proc.kill()
    proc.wait(timeout=10)


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, timeout=30)


def test_a_wedge_scanner_burst_is_one_scan_and_typing_stays_typing(
    window: subprocess.Popen[str],
) -> None:
    assert window.stdout is not None
    # One xdotool call per code: the scanner's Enter follows its last digit within milliseconds
    # (a second xdotool process for the Enter can start 50+ ms later on a busy machine).
    xdotool("type", "--delay", "5", "0123456789012\r")  # \r: the Return key
    assert window.stdout.readline().strip() == "SCAN 0123456789012"
    xdotool("type", "--delay", "150", "hello\r")
    assert window.stdout.readline().strip() == "FIELD hello"
    xdotool("type", "--delay", "5", "PS-QTY:12\n")  # \n: a scanner set to end with LF
    assert window.stdout.readline().strip() == "SCAN PS-QTY:12"
