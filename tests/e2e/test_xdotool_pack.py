"""End to end on a real X display: the real app (`python -m packstation --demo`) in a child
process, driven only by `xdotool type` like a keyboard-wedge scanner (slip, items, carrier label);
the shipment is then checked from the sandbox's side, and a screenshot is kept in tmp."""

from __future__ import annotations

import asyncio
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from packstation.api.client import StitchClient
from packstation.domain.records import Fulfillment, LineItem, Shipment
from packstation.sandbox.server import DEFAULT_TOKEN

pytestmark = pytest.mark.xvfb

ROOT = Path(__file__).resolve().parent.parent.parent
STATION = "Station E2E"
SANDBOX_LINE = "Packstation training sandbox: "


@dataclass
class RunningApp:
    proc: subprocess.Popen[str]
    base_url: str
    lines: queue.Queue[str]


def _reader(stream: object, into: queue.Queue[str]) -> None:
    for line in stream:  # type: ignore[attr-defined]
        into.put(line)


@pytest.fixture
def app(tmp_path: Path) -> Iterator[RunningApp]:
    if not os.environ.get("DISPLAY"):
        pytest.skip("no X display: run under xvfb-run (scripts/test.sh does)")
    for tool in ("xdotool", "import"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")
    env = {
        k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "PACKSTATION_JOURNAL")
    }
    env.update(
        {
            "PYTHONPATH": str(ROOT),
            "PYTHONUNBUFFERED": "1",
            "PACKSTATION_USER_CONFIG": str(tmp_path / "user.toml"),
            "PACKSTATION_MACHINE_CONFIG": str(tmp_path / "machine.toml"),
            "PACKSTATION_JOURNAL": str(tmp_path / "journal.sqlite3"),
            "XDG_STATE_HOME": str(tmp_path / "state"),
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        }
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "packstation", "--demo", "--station", STATION],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=_reader, args=(proc.stdout, lines), daemon=True).start()
    try:
        base_url = ""
        deadline = time.monotonic() + 60
        while not base_url:
            try:
                line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                pytest.fail("the app never said where its training sandbox listens")
            if line.startswith(SANDBOX_LINE):
                base_url = line[len(SANDBOX_LINE) :].strip()
        yield RunningApp(proc, base_url, lines)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


def xdotool(*args: str) -> str:
    return subprocess.run(
        ["xdotool", *args], check=True, timeout=30, capture_output=True, text=True
    ).stdout


def scan(code: str) -> None:
    # One xdotool call per code: its Enter follows the last character within milliseconds.
    xdotool("type", "--delay", "5", code + "\r")


async def pick_order(client: StitchClient) -> tuple[Fulfillment, list[LineItem], dict[str, str]]:
    """A small open UPS order nobody claimed whose items all carry a barcode."""
    barcodes = {p.sku: p.upc for p in await client.list_products() if p.upc}
    candidates = [
        f
        async for f in client.iter_open_fulfillments()
        if not f.status and f.shipping_method.startswith("UPS")
    ]
    for f in sorted(candidates, key=lambda f: (f.unit_count, int(f.id))):
        lines = await client.list_line_items(f.id)
        if lines and all(line.sku in barcodes for line in lines) and f.unit_count <= 6:
            return f, lines, barcodes
    pytest.fail("no suitable demo order")


def eventually(probe: object, within_s: float, every_s: float = 0.2) -> object:
    deadline = time.monotonic() + within_s
    while True:
        found = probe()  # type: ignore[operator]
        if found:
            return found
        if time.monotonic() > deadline:
            return None
        time.sleep(every_s)


def test_a_whole_pack_typed_by_a_wedge_scanner_into_the_real_window(
    app: RunningApp, tmp_path: Path
) -> None:
    async def ask(call: object) -> object:
        async with StitchClient(app.base_url, DEFAULT_TOKEN) as client:
            return await call(client)  # type: ignore[operator]

    def run(call: object) -> object:
        return asyncio.run(ask(call))

    order, lines, barcodes = run(pick_order)  # type: ignore[misc]

    # Xvfb has no window manager: focus the window directly (no windowactivate).
    wid = xdotool("search", "--sync", "--onlyvisible", "--name", "Packstation").split()[0]
    xdotool("windowfocus", "--sync", wid)

    def opened() -> bool:
        status = run(lambda c: c.get_fulfillment(order.id)).status  # type: ignore[attr-defined]
        return str(status).startswith(f"Packing · {STATION}")

    # Nobody packs anonymously: the packer's badge first, by scanning alone.
    scan("PS-USER:erin")

    # The slip; until the queue's first load the app answers "not a slip of an open order", so
    # scan again, as a packer would. The claim status in Stitch says the order opened.
    for _ in range(10):
        scan(order.order_number)
        if eventually(opened, 3):
            break
    else:
        pytest.fail("the order never opened")

    for line in lines:
        for _ in range(line.quantity - line.quantity_shipped):
            scan(barcodes[line.sku])

    def shipped() -> list[Shipment]:
        return run(lambda c: c.list_shipments(order.id))  # type: ignore[return-value]

    # A FedEx label on a UPS order: locked, nothing is sent...
    tracking = "9611020987654312345672"
    scan(tracking)
    assert not eventually(shipped, 3), "a wrong-carrier label shipped the box"
    # ...until the explicit override ships that label, once.
    scan("PS-CMD:SHIP")
    found = eventually(shipped, 20)
    shot = tmp_path / "e2e-after-pack.png"
    subprocess.run(["import", "-window", "root", str(shot)], check=False, timeout=30)
    assert found, f"no shipment in the sandbox; screenshot: {shot}"
    (shipment,) = found  # type: ignore[misc]
    assert shipment.tracking_number == tracking
    assert {li.sku: li.quantity for li in shipment.line_items} == {
        line.sku: line.quantity - line.quantity_shipped for line in lines
    }
    assert shot.exists()
