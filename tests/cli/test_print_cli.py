"""`packstation print`: the app's paper from the command line, read back with pdftoppm and zbar."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from packstation.sandbox import SandboxServer

TOKEN = "cli-print-token-71b3c2"  # distinctive, so a leak into the output is found
ZBAR_ARGS = ["-Sdisable", "-Scode128.enable", "-Sean13.enable", "-Supca.enable", "-Sean8.enable"]

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
    reason="needs pdftoppm and zbarimg (Debian poppler-utils, zbar-tools)",
)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(seed="demo", port=0, token=TOKEN) as server:
        yield server


def _get(sandbox: SandboxServer, path: str) -> Any:
    response = httpx.get(
        f"{sandbox.base_url}{path}", headers={"access_token": sandbox.token}, timeout=10
    )
    response.raise_for_status()
    return response.json()


def _order_with_lines(sandbox: SandboxServer) -> tuple[str, list[dict[str, Any]]]:
    body = _get(sandbox, "/fulfillments?page_size=20")
    for fulfillment in body["fulfillments"]:
        lines = _get(sandbox, f"/fulfillments/{fulfillment['id']}/line_items")["line_items"]
        if len(lines) >= 2:
            return str(fulfillment["id"]), lines
    raise AssertionError("the demo data has an order with several lines")


def _env(tmp_path: Path, machine: str = "") -> dict[str, str]:
    config = tmp_path / "machine.toml"
    config.write_text(machine, encoding="utf-8")
    env = {
        **os.environ,
        "PACKSTATION_MACHINE_CONFIG": str(config),
        "PACKSTATION_USER_CONFIG": str(tmp_path / "user.toml"),
        "PACKSTATION_TOKEN": TOKEN,
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("DISPLAY", None)  # the command must find its own way to paint without a screen
    return env


def _packstation(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from packstation.cli import main; sys.exit(main())",
            *args,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def _decode(pdf: Path) -> list[list[str]]:
    out = pdf.with_suffix("")
    out.mkdir()
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(pdf), str(out / "p")], check=True)
    pages = []
    for png in sorted(out.glob("p-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1])):
        result = subprocess.run(
            ["zbarimg", "--raw", "-q", *ZBAR_ARGS, str(png)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode in (0, 4), result.stderr
        pages.append(sorted(line for line in result.stdout.splitlines() if line))
    return pages


def test_a_slip_printed_from_the_command_line_scans_only_as_its_order(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    fid, _ = _order_with_lines(sandbox)
    pdf = tmp_path / "slip.pdf"
    env = _env(tmp_path, f'api_url = "{sandbox.base_url}"\n')
    result = _packstation(env, "print", "slips", fid, "--pdf", str(pdf))
    assert result.returncode == 0, result.stderr
    assert "Printed 1 page" in result.stdout
    assert TOKEN not in result.stdout + result.stderr
    assert _decode(pdf) == [[fid]]


def test_with_item_barcodes_on_the_slip_scans_as_each_item_too(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    fid, lines = _order_with_lines(sandbox)
    pdf = tmp_path / "slip.pdf"
    env = _env(tmp_path, f'api_url = "{sandbox.base_url}"\nslip_item_barcodes = true\n')
    result = _packstation(env, "print", "slips", fid, "--pdf", str(pdf))
    assert result.returncode == 0, result.stderr
    [page] = _decode(pdf)
    assert fid in page
    assert len(page) == 1 + len(lines)


def test_command_sheet_and_badges_need_no_stitch(tmp_path: Path) -> None:
    env = _env(tmp_path)
    env.pop("PACKSTATION_TOKEN")
    sheet = tmp_path / "sheet.pdf"
    result = _packstation(env, "print", "command-sheet", "--pdf", str(sheet))
    assert result.returncode == 0, result.stderr
    codes = {code for page in _decode(sheet) for code in page}
    assert {"PS-CMD:ACK", "PS-CMD:CANCEL", "PS-STATUS:On hold - damaged"} <= codes
    assert "scans as" not in result.stdout  # the default presets need no substitution
    badges = tmp_path / "badges.pdf"
    result = _packstation(env, "print", "badges", "Maria", "Sam", "--pdf", str(badges))
    assert result.returncode == 0, result.stderr
    assert {code for page in _decode(badges) for code in page} == {
        "PS-USER:Maria",
        "PS-USER:Sam",
    }


def test_sku_labels_of_stitch_products(sandbox: SandboxServer, tmp_path: Path) -> None:
    _, lines = _order_with_lines(sandbox)
    sku = lines[0]["sku"]
    pdf = tmp_path / "labels.pdf"
    env = _env(tmp_path, f'api_url = "{sandbox.base_url}"\n')
    result = _packstation(env, "print", "sku-labels", sku, "--pdf", str(pdf))
    assert result.returncode == 0, result.stderr
    assert len([code for page in _decode(pdf) for code in page]) >= 1


def test_an_unknown_order_prints_nothing_and_says_so(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    pdf = tmp_path / "slip.pdf"
    env = _env(tmp_path, f'api_url = "{sandbox.base_url}"\n')
    result = _packstation(env, "print", "slips", "999999999", "--pdf", str(pdf))
    assert result.returncode == 1
    assert "no fulfillment 999999999" in result.stderr
    assert "Traceback" not in result.stderr
    assert not pdf.exists()


def test_no_token_says_how_to_set_it(sandbox: SandboxServer, tmp_path: Path) -> None:
    env = _env(tmp_path, f'api_url = "{sandbox.base_url}"\n')
    env.pop("PACKSTATION_TOKEN")
    env["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"  # no keyring: no token anywhere
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    result = _packstation(env, "print", "slips", "1", "--pdf", str(tmp_path / "x.pdf"))
    assert result.returncode == 2
    assert "packstation token set" in result.stderr
