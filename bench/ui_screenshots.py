"""Screenshots of the real window on the demo sandbox, for the README and for looking at.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ui_screenshots.py docs/screenshots

Saves queue.png, packing.png, error.png, shipped.png, offline.png, outbox.png and setup.png
(the window at 1600×960).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")

from PySide6.QtWidgets import QApplication

from packstation.app import StationApp
from packstation.ui import theme

qasync = importlib.import_module("qasync")  # after PySide6, so it never probes PyQt


def ups_number(n: int) -> str:
    """A valid UPS tracking number for a small number (the check digit computed)."""
    from packstation.domain.tracking import mod10

    body = f"999AA1{n:09d}"
    check = next(c for c in "0123456789" if mod10(body, c, evens=1, odds=2))
    return "1Z" + body + check


async def until(condition: Callable[[], bool], within_s: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + within_s
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError("condition not met")
        await asyncio.sleep(0.02)


async def main(out: Path) -> None:
    app = QApplication.instance()
    args = argparse.Namespace(demo=True, api_url=None, station="Station 3")
    station = StationApp(app, args)
    await station.start()
    w = station.window
    model = w.queue.model
    await until(lambda: model.rowCount() > 0)
    await asyncio.sleep(0.2)
    w.grab().save(str(out / "queue.png"))

    scanner = station.controller
    services = station.services
    assert scanner is not None
    assert services is not None
    # The order with the most lines makes the best picture of a pack in progress.
    row = max(range(model.rowCount()), key=lambda r: model.fulfillment(r).line_item_count)
    f = model.fulfillment(row)
    scanner.on_scan("PS-USER:alice")
    scanner.on_scan(f.order_number)
    await until(lambda: w.pack_view.header is not None)
    spec = services.packing.spec
    assert spec is not None
    lines = spec.lines
    for line in lines[: max(1, len(lines) - 1)]:
        code = next(iter(line.barcodes), line.sku)
        for _ in range(line.to_ship if line is not lines[0] else 1):
            scanner.on_scan(code)
    await asyncio.sleep(0.1)
    w.grab().save(str(out / "packing.png"))

    scanner.on_scan("4006381333931")  # a product that is not in this order
    await asyncio.sleep(0.05)
    w.grab().save(str(out / "error.png"))

    # Finish it: acknowledge, the rest of the items, the carrier label.
    scanner.on_scan("PS-CMD:ACK")
    first = lines[0]
    for _ in range(first.to_ship - 1):
        scanner.on_scan(next(iter(first.barcodes), first.sku))
    last = lines[-1]
    if len(lines) > 1:
        for _ in range(last.to_ship):
            scanner.on_scan(next(iter(last.barcodes), last.sku))
    scanner.on_scan(ups_number(30))
    await asyncio.sleep(0.1)
    w.grab().save(str(out / "shipped.png"))

    tracking = [ups_number(n) for n in (31, 32)]
    # Stitch goes away: the station says so, packing goes on, boxes wait in the outbox.
    await asyncio.to_thread(station.sandbox.stop)
    station.sandbox = None
    await until(lambda: w.connection_notice.isVisible(), within_s=30)
    small = [
        model.fulfillment(r)
        for r in range(model.rowCount())
        if services.queue.cached_lines(model.fulfillment(r).id)
    ]
    for order in sorted(small, key=lambda f: f.unit_count)[:2]:
        scanner.on_scan(order.order_number)  # opens from the saved copy
        await until(lambda: w.pack_view.header is not None, within_s=15)
        spec = services.packing.spec
        assert spec is not None
        for line in spec.lines:
            for _ in range(line.to_ship):
                scanner.on_scan(next(iter(line.barcodes), line.sku))
        scanner.on_scan(tracking.pop())
        await asyncio.sleep(0.05)
    w.queue.table.selectRow(3)
    await asyncio.sleep(0.1)
    w.grab().save(str(out / "offline.png"))
    station.show_outbox()
    view = station.outbox_view
    assert view is not None
    await asyncio.sleep(0.1)
    view.grab().save(str(out / "outbox.png"))
    view.close()

    station.show_setup("https://api-pub.stitchlabs.com/api2/v2/integrations")
    w.status_line.set_training(False)
    w.connection_notice.hide()
    await asyncio.sleep(0.05)
    w.grab().save(str(out / "setup.png"))
    w.hide()
    await station.shutdown()


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp")
    target.mkdir(parents=True, exist_ok=True)
    qt_app = QApplication(sys.argv[:1])
    theme.apply(qt_app)
    qasync.run(main(target))
    print(f"screenshots in {target}")
