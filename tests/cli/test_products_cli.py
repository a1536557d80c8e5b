"""`packstation products push`: what a supervisor or a script sees, and the exit codes."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import stamina

from packstation.cli import main
from packstation.cli.products import ProgressLine
from packstation.sandbox import SandboxServer
from packstation.services.credentials import clear_token, store_token
from packstation.services.products import PushProgress

TOKEN = "cli-products-token-5c1e88"  # distinctive, so a leak into the output is found


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(seed="empty", port=0, token=TOKEN) as server:
        yield server


@pytest.fixture
def stitch(sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Stitch:
    # No settings of the machine or the user running the tests leak in.
    monkeypatch.setenv("PACKSTATION_MACHINE_CONFIG", str(tmp_path / "none-machine.toml"))
    monkeypatch.setenv("PACKSTATION_USER_CONFIG", str(tmp_path / "none-user.toml"))
    monkeypatch.delenv("PACKSTATION_TOKEN", raising=False)
    s = Stitch(sandbox)
    s.control("POST", "/reset", {"seed": "empty"})
    return s


class Stitch:
    """The sandbox seen from outside the command: its products and its control endpoints."""

    def __init__(self, sandbox: SandboxServer) -> None:
        self.sandbox = sandbox
        self.url = sandbox.base_url
        self._headers = {"access_token": sandbox.token}

    def control(self, method: str, path: str, body: Any = None) -> None:
        response = httpx.request(
            method, f"{self.sandbox.root_url}/_sandbox{path}", json=body, headers=self._headers
        )
        response.raise_for_status()

    def post(self, *products: dict[str, Any]) -> None:
        response = httpx.post(
            f"{self.url}/products", json={"products": list(products)}, headers=self._headers
        )
        response.raise_for_status()

    def products(self) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        page = 1
        while True:
            response = httpx.get(
                f"{self.url}/products",
                params={"page_num": page, "page_size": 100},
                headers=self._headers,
            )
            response.raise_for_status()
            body = response.json()
            found.update({p["sku"]: p for p in body["products"]})
            if page >= body["meta"]["last_page"]:
                return found
            page += 1


def write_csv(tmp_path: Path, text: str, name: str = "products.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode())
    return path


def catalog(count: int) -> str:
    rows = "".join(f"P{i:04d},Product {i},,{i}\n" for i in range(count))
    return "sku,name,upc,quantity_on_hand\n" + rows


def push(stitch: Stitch, path: Path, *extra: str) -> int:
    return main(["products", "push", str(path), "--api-url", stitch.url, *extra])


@pytest.fixture
def token_env(stitch: Stitch, monkeypatch: pytest.MonkeyPatch) -> None:
    # After `stitch`, which clears the variable for the tests that need no token.
    monkeypatch.setenv("PACKSTATION_TOKEN", TOKEN)


@pytest.mark.usefixtures("token_env")
def test_push_shows_the_plan_progress_and_result_and_a_rerun_sends_nothing(
    stitch: Stitch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path, catalog(250))

    assert push(stitch, path) == 0

    out = capsys.readouterr().out
    assert "The file lists 250 products; Stitch has 0." in out
    assert "     250  new products" in out
    assert "To send: 250 products in 3 requests." in out
    assert "New products (first 10 of 250):" in out
    assert 'line 2      P0000  "Product 0", stock 0' in out
    # Not a terminal: one plain line per batch, no carriage returns.
    assert "batch 1/3 · 100 of 250 products landed\n" in out
    assert "batch 3/3 · 250 of 250 products landed\n" in out
    assert "\r" not in out
    assert "✓ Done: 250 products updated in Stitch." in out
    assert len(stitch.products()) == 250

    assert push(stitch, path) == 0
    out = capsys.readouterr().out
    assert "     250  unchanged" in out
    assert "Nothing to send: Stitch already has what the file says." in out


@pytest.mark.usefixtures("token_env")
def test_a_bad_file_lists_every_problem_sends_nothing_and_exits_1(
    stitch: Stitch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(
        tmp_path,
        "sku;name;upc;quantity_on_hand\nA;Mug;;-3\nB;Tea;012345678904;1\nC;Cap;;2\nA;Again;;1\n",
    )

    assert push(stitch, path) == 1

    err = capsys.readouterr().err
    assert "products.csv: 3 problems to fix:" in err
    assert 'line 2: quantity_on_hand "-3" must be a whole number of 0 or more' in err
    assert 'line 3: the barcode "012345678904" has a wrong check digit' in err
    assert "Nothing was sent." in err
    assert stitch.products() == {}


@pytest.mark.usefixtures("token_env")
def test_a_missing_file_exits_1(stitch: Stitch, tmp_path: Path) -> None:
    assert push(stitch, tmp_path / "nope.csv") == 1


@pytest.mark.usefixtures("token_env")
def test_dry_run_shows_the_diff_and_leaves_stitch_unchanged(
    stitch: Stitch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stitch.post(
        {"sku": "MUG", "name": "Mug", "upc": "012345678905", "quantity_on_hand": 5},
        {"sku": "TEA", "name": "Tea", "quantity_on_hand": 9},
    )
    before = stitch.products()
    path = write_csv(
        tmp_path,
        "sku,name,upc,quantity_on_hand\nMUG,Blue mug,4006381333931,6\nTEA,Tea,,8\nCAP,Cap,,1\n",
    )

    assert push(stitch, path, "--dry-run") == 0

    out = capsys.readouterr().out
    assert 'line 2      MUG  name "Mug" → "Blue mug", barcode 012345678905 → 4006381333931, ' in out
    assert "stock 5 → 6" in out
    assert "line 3      TEA  stock 9 → 8" in out
    assert 'line 4      CAP  "Cap", stock 1' in out
    assert "Dry run: nothing was sent." in out
    assert stitch.products() == before


@pytest.mark.usefixtures("token_env")
def test_stock_only_skips_unknown_skus_and_exits_3(
    stitch: Stitch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stitch.post({"sku": "MUG", "name": "Mug", "quantity_on_hand": 5})
    path = write_csv(tmp_path, "sku,quantity_on_hand\nMUG,12\nGHOST,4\n")

    assert push(stitch, path, "--stock-only") == 3

    captured = capsys.readouterr()
    assert "(stock only)" in captured.out
    assert "⚠ 1 SKU not in Stitch, skipped: GHOST" in captured.err
    products = stitch.products()
    assert set(products) == {"MUG"}
    assert products["MUG"]["quantity_on_hand"] == 12


@pytest.mark.usefixtures("token_env")
def test_a_refused_batch_exits_3_and_names_what_landed(
    stitch: Stitch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stitch.post({"sku": "MUG", "name": "Mug", "quantity_on_hand": 5})
    stitch.control(
        "POST",
        "/bundles",
        {"sku": "KIT", "name": "Kit", "components": [{"sku": "MUG", "quantity": 2}]},
    )
    path = write_csv(tmp_path, catalog(150) + "KIT,Kit,,1\n")  # line 152, second batch

    assert push(stitch, path) == 3

    err = capsys.readouterr().err
    assert "✗ Batch 2 of 2 failed: Stitch refused the data." in err
    assert "line 152: SKU KIT: Stitch says sku is a bundle; post its components instead" in err
    assert "Landed in Stitch: 100" in err
    assert "Not landed: 51: P0100, P0101," in err
    assert "Run the same command again to send what is still different." in err
    assert len(stitch.products()) == 101  # MUG and the first batch


def test_no_token_says_how_to_set_it_and_exits_2(
    stitch: Stitch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path, catalog(2))

    assert push(stitch, path) == 2

    err = capsys.readouterr().err
    assert f"packstation token set --api-url {stitch.url}" in err
    assert "PACKSTATION_TOKEN" in err
    assert stitch.products() == {}


def test_the_token_comes_from_the_keyring_and_the_url_from_the_settings(
    stitch: Stitch, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user_config = tmp_path / "user.toml"
    user_config.write_text(f'api_url = "{stitch.url}"\n')
    monkeypatch.setenv("PACKSTATION_USER_CONFIG", str(user_config))
    store_token(stitch.url, TOKEN)
    try:
        path = write_csv(tmp_path, catalog(3))
        assert main(["products", "push", str(path)]) == 0
    finally:
        clear_token(stitch.url)
    assert len(stitch.products()) == 3


@pytest.mark.usefixtures("token_env")
def test_the_main_commands_api_url_is_used_too(stitch: Stitch, tmp_path: Path) -> None:
    path = write_csv(tmp_path, catalog(2))
    assert main(["--api-url", stitch.url, "products", "push", str(path)]) == 0
    assert len(stitch.products()) == 2


def test_a_refused_token_exits_2_and_is_never_printed(
    stitch: Stitch,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    wrong = "wrong-token-0d9a2f"
    monkeypatch.setenv("PACKSTATION_TOKEN", wrong)
    path = write_csv(tmp_path, catalog(2))

    assert push(stitch, path) == 2

    captured = capsys.readouterr()
    assert "Stitch refused the access token" in captured.err
    assert wrong not in captured.out + captured.err


@pytest.mark.usefixtures("token_env")
def test_stitch_unreachable_exits_4(
    stitch: Stitch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path, catalog(2))
    closed = "http://127.0.0.1:9/api2/v2/integrations"  # discard port: nothing listens
    with stamina.set_testing(True, attempts=1):
        assert main(["products", "push", str(path), "--api-url", closed]) == 4
    captured = capsys.readouterr()
    assert "Could not read Stitch's product list" in captured.err
    assert TOKEN not in captured.out + captured.err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_the_progress_line_is_rewritten_in_place() -> None:
    stream = _Terminal()
    line = ProgressLine(stream)
    for done in range(3):
        line(PushProgress(done, 2, done * 100, 150))
    line.finish()
    assert stream.getvalue() == (
        "\rbatch 0/2 · 0 of 150 products landed"
        "\rbatch 1/2 · 100 of 150 products landed"
        "\rbatch 2/2 · 200 of 150 products landed\n"
    )


def test_ctrl_c_stops_after_the_batch_in_flight_and_reports_what_landed(
    stitch: Stitch, tmp_path: Path
) -> None:
    path = write_csv(tmp_path, catalog(250))
    # Slow answers, so that the interrupt arrives while the second batch is on its way.
    stitch.control("PUT", "/faults", {"latency_ms": 1000, "paths": ["/products"]})
    env = {**os.environ, "PACKSTATION_TOKEN": TOKEN}
    command = [sys.executable, "-m", "packstation", "products", "push", str(path)]
    command += ["--api-url", stitch.url]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    ) as child:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("batch 1/3"):
                child.send_signal(signal.SIGINT)
                break
        _, err = child.communicate(timeout=60)
    stitch.control("PUT", "/faults", {})
    assert child.returncode == 3, err
    assert "Stopping after the batch in flight" in err
    assert "Stopped after 200 of 250 products." in err
    assert "Not landed: 50: P0200," in err
    assert len(stitch.products()) == 200
