"""End to end on a real X display: the real app (`python -m packstation --demo`) in a child
process, driven only by `xdotool type` like a keyboard-wedge scanner (slip, items, carrier label);
the shipment is then checked from the sandbox's side, and a screenshot is kept in tmp. Once more
with a simulated bench scale on a pseudo-terminal: a box one unit too heavy does not ship until
it is weighed again right."""

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
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from packstation.api.client import StitchClient
from packstation.devices.simulator import ScaleSimulator
from packstation.domain.records import Fulfillment, LineItem, Shipment
from packstation.domain.weights import Unit, Weight
from packstation.sandbox.server import DEFAULT_TOKEN
from packstation.services.catalogue_weights import save_catalogue_weights
from packstation.services.weighed_boxes import weighed_boxes
from packstation.store import Journal

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
    with running_app(tmp_path) as running:
        yield running


@contextmanager
def running_app(tmp_path: Path, user_settings: str = "") -> Iterator[RunningApp]:
    """The app in a child process, with `user_settings` (TOML) as the station's own settings."""
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
    (tmp_path / "user.toml").write_text(user_settings, encoding="utf-8")
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


TARE_G = 150
UNIT_G = 400  # every SKU of the order weighs this in the catalogue


def test_a_box_one_unit_too_heavy_ships_only_after_a_right_re_weigh_by_scanning(
    tmp_path: Path,
) -> None:
    with ScaleSimulator("mt-sics") as sim:
        sim.show(Decimal(0), "g")
        settings = f'[scale]\nprotocol = "mt-sics"\ndevice = "{sim.path}"\ntare_grams = {TARE_G}\n'
        with running_app(tmp_path, settings) as app:
            _pack_with_the_scale(app, sim, tmp_path)


def _pack_with_the_scale(app: RunningApp, sim: ScaleSimulator, tmp_path: Path) -> None:
    async def ask(call: object) -> object:
        async with StitchClient(app.base_url, DEFAULT_TOKEN) as client:
            return await call(client)  # type: ignore[operator]

    def run(call: object) -> object:
        return asyncio.run(ask(call))

    order, lines, barcodes = run(pick_order)  # type: ignore[misc]
    # The products CSV's weight column, as the station keeps it (read when a box is weighed).
    save_catalogue_weights(
        tmp_path / "journal.sqlite3",
        {line.sku: Weight(Decimal(UNIT_G), Unit.G) for line in lines},
    )
    units = sum(line.quantity - line.quantity_shipped for line in lines)
    right = Decimal(TARE_G + UNIT_G * units)

    wid = xdotool("search", "--sync", "--onlyvisible", "--name", "Packstation").split()[0]
    xdotool("windowfocus", "--sync", wid)

    def opened() -> bool:
        status = run(lambda c: c.get_fulfillment(order.id)).status  # type: ignore[attr-defined]
        return str(status).startswith(f"Packing · {STATION}")

    def shipped() -> list[Shipment]:
        return run(lambda c: c.list_shipments(order.id))  # type: ignore[return-value]

    scan("PS-USER:erin")
    for _ in range(10):
        scan(order.order_number)
        if eventually(opened, 3):
            break
    else:
        pytest.fail("the order never opened")

    sim.show(right + UNIT_G, "g")  # one unit went into the box unscanned
    for line in lines:
        for _ in range(line.quantity - line.quantity_shipped):
            scan(barcodes[line.sku])
    tracking = "1Z999AA10123456784"
    scan(tracking)  # WEIGHING THE BOX…, then WRONG WEIGHT: the label ships nothing
    assert eventually(lambda: verdicts(tmp_path, order.id) == ["stop"], 20), "no weight stop"
    assert not shipped(), "a box that weighs wrong shipped"

    sim.show(right + 3, "g")  # the extra unit taken out
    scan("PS-CMD:WEIGH")
    found = None
    for _ in range(5):  # the label waits until the re-weigh has answered
        scan(tracking)
        found = eventually(shipped, 4)
        if found:
            break
    shot = tmp_path / "e2e-after-weighed-pack.png"
    subprocess.run(["import", "-window", "root", str(shot)], check=False, timeout=30)
    assert found, f"no shipment in the sandbox; screenshot: {shot}"
    (shipment,) = found  # type: ignore[misc]
    assert shipment.tracking_number == tracking
    assert verdicts(tmp_path, order.id) == ["stop", "pass"]


def verdicts(tmp_path: Path, fulfillment_id: str) -> list[str]:
    """The weighings the app journaled for the order (read from its journal file)."""
    journal = Journal.open(tmp_path / "journal.sqlite3", read_only=True)
    try:
        found = weighed_boxes(journal.events_of_fulfillment(fulfillment_id))
    finally:
        journal.close()
    return [str(w.verdict) for w in found]
