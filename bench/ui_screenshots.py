"""Screenshots of the real window on the demo sandbox, for the README and for looking at.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ui_screenshots.py docs/screenshots

Saves queue.png, packing.png, error.png and setup.png (the window at 1600×960).
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

from packstation.app import Station
from packstation.ui import theme

qasync = importlib.import_module("qasync")  # after PySide6, so it never probes PyQt


async def until(condition: Callable[[], bool], within_s: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + within_s
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError("condition not met")
        await asyncio.sleep(0.02)


async def main(out: Path) -> None:
    app = QApplication.instance()
    args = argparse.Namespace(demo=True, api_url=None, station="Station 3")
    station = Station(app, args)
    await station.start()
    w = station.window
    model = w.queue.model
    await until(lambda: model.rowCount() > 0)
    await asyncio.sleep(0.1)
    w.grab().save(str(out / "queue.png"))

    packing = station.packing
    assert packing is not None
    # The order with the most lines makes the best picture of a pack in progress.
    row = max(range(model.rowCount()), key=lambda r: model.fulfillment(r).line_item_count)
    f = model.fulfillment(row)
    packing.on_scan(f.id)
    await until(lambda: packing.session is not None)
    session = packing.session
    assert session is not None
    packing.on_scan("PS-USER:alice")
    w.status_line.set_packer("alice")
    lines = session.spec.lines
    for line in lines[: max(1, len(lines) - 1)]:
        code = next(iter(line.barcodes), line.sku)
        for _ in range(line.to_ship if line is not lines[0] else 1):
            packing.on_scan(code)
    await asyncio.sleep(0.05)
    w.grab().save(str(out / "packing.png"))

    packing.on_scan("4006381333931")  # a product that is not in this order
    await asyncio.sleep(0.05)
    w.grab().save(str(out / "error.png"))

    station.show_setup("https://api-pub.stitchlabs.com/api2/v2/integrations")
    w.status_line.set_training(False)
    await asyncio.sleep(0.05)
    w.grab().save(str(out / "setup.png"))
    await station.shutdown()


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp")
    target.mkdir(parents=True, exist_ok=True)
    qt_app = QApplication(sys.argv[:1])
    theme.apply(qt_app)
    qasync.run(main(target))
    print(f"screenshots in {target}")
