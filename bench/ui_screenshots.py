"""Screenshots of the real window on the demo sandbox, for the README and for looking at.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ui_screenshots.py docs/screenshots

Each picture is taken at 1366×768 (the commonest cheap station monitor) and at 1920×1080, as
`NAME-1366.png` and `NAME-1920.png`: the queue, a pack in progress, and every banner state a
packer meets (ok, wrong item, misread, wrong carrier, unknown label, another packer's badge, stop
packing, shipped); then offline, the
outbox and the set-up screen; then, on a second demo station with a simulated scale on a
pseudo-terminal (devices/simulator.py), the weight gate: weighing the box and a box one mug too
heavy.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ui_screenshots.py docs/screenshots \
        --language es --sizes 1366

The same screens in another language (`es`, `pl`, `de`, or `pseudo`: accented and 40 % longer),
as `NAME-1366-es.png`: the station's language, which the packer signing in keeps (no language of
their own in the packer list).
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import importlib
import os
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")

from PySide6.QtWidgets import QApplication, QWidget

from packstation.app import StationApp
from packstation.ui import theme

qasync = importlib.import_module("qasync")  # after PySide6, so it never probes PyQt

SIZES = ((1366, 768), (1920, 1080))


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


SHOT = {"sizes": SIZES, "suffix": ""}  # what main() was asked for (--sizes, --language)


async def shoot(widget: QWidget, out: Path, name: str, saved: list[str]) -> None:
    """The widget at each monitor size, as the packer sees it."""
    for width, height in SHOT["sizes"]:
        widget.showNormal()
        widget.setGeometry(0, 0, width, height)
        await asyncio.sleep(0.08)
        path = out / f"{name}-{width}{SHOT['suffix']}.png"
        widget.grab().save(str(path))
        saved.append(path.name)


async def main(out: Path, lang: str = "") -> list[str]:
    saved: list[str] = []
    app = QApplication.instance()
    args = argparse.Namespace(demo=True, api_url=None, station="Station 3")
    station = StationApp(app, args)
    await station.start()
    if lang:
        from packstation.ui import language

        language.configure(lang, {})  # the station's language; the packers below keep it
    w = station.window
    model = w.queue.model
    await until(lambda: model.rowCount() > 0)
    await asyncio.sleep(0.2)
    await shoot(w, out, "queue", saved)

    scanner = station.controller
    services = station.services
    assert scanner is not None
    assert services is not None
    scanner.on_scan("PS-USER:alice")
    fulfillments = [model.fulfillment(r) for r in range(model.rowCount())]

    def ships_ups(f: object) -> bool:
        return "ups" in getattr(f, "shipping_method", "").casefold()

    async def open_order(order_number: str) -> None:
        scanner.on_scan(order_number)
        await until(lambda: w.pack_view.header is not None, within_s=15)

    def codes() -> list[tuple[str, int]]:
        spec = services.packing.spec
        assert spec is not None
        return [(next(iter(line.barcodes), line.sku), line.to_ship) for line in spec.lines]

    # A pack in progress: the UPS order with the most lines, all but its last line scanned.
    ups = [f for f in fulfillments if ships_ups(f)] or fulfillments
    big = max(ups, key=lambda f: f.line_item_count)
    await open_order(big.order_number)
    lines = codes()
    for code, n in lines[:-1]:
        for _ in range(n):
            scanner.on_scan(code)
    await shoot(w, out, "packing", saved)
    await shoot(w, out, "banner-ok", saved)

    scanner.on_scan("4006381333931")  # a product that is not in this order
    await shoot(w, out, "banner-wrong-item", saved)
    scanner.on_scan("PS-CMD:ACK")
    scanner.on_scan("4006381333932")  # a broken read: the check digit is wrong
    await shoot(w, out, "banner-misread", saved)

    last_code, last_n = lines[-1]
    for _ in range(last_n):
        scanner.on_scan(last_code)
    scanner.on_scan(ups_number(30))
    await asyncio.sleep(0.1)
    await shoot(w, out, "banner-shipped", saved)

    # A UPS label on an order that ships with another carrier: locked, nothing sent.
    others = [f for f in fulfillments if not ships_ups(f) and f.id != big.id]
    if others:
        other = min(others, key=lambda f: f.unit_count)
        await open_order(other.order_number)
        for code, n in codes():
            for _ in range(n):
                scanner.on_scan(code)
        scanner.on_scan(ups_number(31))
        await shoot(w, out, "banner-wrong-carrier", saved)
        scanner.on_scan("PS-CMD:ACK")
        scanner.on_scan("ZZ-REGIONAL-4471")  # a label no carrier format knows: locked
        await shoot(w, out, "banner-unknown-label", saved)
        scanner.on_scan("PS-CMD:ACK")
        scanner.on_scan("PS-USER:bob")  # another packer's badge mid-pack: asked, not switched
        await shoot(w, out, "banner-takeover-asked", saved)
        scanner.on_scan("PS-CMD:ACK")
        # Stop packing: the first scan asks, the second stops and lists what to put back.
        scanner.on_scan("PS-CMD:CANCEL")
        await shoot(w, out, "banner-stop-asked", saved)
        scanner.on_scan("PS-CMD:CANCEL")
        await shoot(w, out, "banner-stop-packing", saved)
        scanner.on_scan("PS-CMD:ACK")

    tracking = [ups_number(n) for n in (32, 33)]
    # Stitch goes away: the station says so, packing goes on, boxes wait in the outbox.
    await asyncio.to_thread(station.sandbox.stop)
    station.sandbox = None
    await until(lambda: w.connection_notice.isVisible(), within_s=90)
    small = [
        f
        for f in fulfillments
        if services.queue.cached_lines(f.id) and ships_ups(f) and f.id != big.id
    ]
    for order in sorted(small, key=lambda f: f.unit_count)[:1]:
        await open_order(order.order_number)  # opens from the saved copy
        code, n = codes()[0]
        scanner.on_scan(code)
    await shoot(w, out, "offline", saved)
    station.show_outbox()
    view = station.outbox_view
    assert view is not None
    await asyncio.sleep(0.1)
    outbox = f"outbox{SHOT['suffix']}.png"
    view.grab().save(str(out / outbox))
    saved.append(outbox)
    view.close()
    del tracking

    station.show_setup("https://api-pub.stitchlabs.com/api2/v2/integrations")
    w.status_line.set_training(False)
    w.connection_notice.hide()
    await shoot(w, out, "setup", saved)
    w.hide()
    await station.shutdown()
    await weight_gate(out, saved, lang)
    return saved


async def weight_gate(out: Path, saved: list[str], lang: str = "") -> None:
    """A demo station with a scale: a complete box being weighed, then one unit too heavy."""
    from packstation.devices.simulator import ScaleSimulator
    from packstation.domain.weights import Unit, Weight
    from packstation.ui.banner import BannerState

    with ScaleSimulator("mt-sics") as sim:
        sim.show(Decimal(0), "g")
        app = QApplication.instance()
        args = argparse.Namespace(demo=True, api_url=None, station="Station 3")
        station = StationApp(app, args)
        station.settings = dataclasses.replace(
            station.settings,
            scale_protocol="mt-sics",
            scale_device=sim.path,
            scale_tare_grams=180.0,
        )
        await station.start()
        if lang:
            from packstation.ui import language

            language.configure(lang, {})
        w, scanner, services = station.window, station.controller, station.services
        assert scanner is not None
        assert services is not None
        model = w.queue.model
        await until(lambda: model.rowCount() > 0)
        scanner.on_scan("PS-USER:alice")
        fulfillments = [model.fulfillment(r) for r in range(model.rowCount())]
        mugs = [f for f in fulfillments if services.queue.cached_lines(f.id)]
        order = min(mugs or fulfillments, key=lambda f: (f.line_item_count, f.unit_count))
        scanner.on_scan(order.order_number)
        await until(lambda: w.pack_view.header is not None, within_s=15)
        spec = services.packing.spec
        assert spec is not None
        # Catalogue weights for the order's SKUs (as a products CSV with a weight column gives).
        grams = {line.sku: Decimal(320 + 45 * i) for i, line in enumerate(spec.lines)}
        services.save_catalogue_weights({s: Weight(g, Unit.G) for s, g in grams.items()})
        expected = Decimal(180) + sum(grams[line.sku] * line.to_ship for line in spec.lines)
        heavy = expected + grams[spec.lines[0].sku] + Decimal(6)  # one unit unscanned in the box
        sim.show(heavy, "g", state="motion")  # the box on its way onto the scale
        for line in spec.lines:
            for _ in range(line.to_ship):
                scanner.on_scan(next(iter(line.barcodes), line.sku))
        await shoot(w, out, "banner-weighing", saved)
        sim.show(heavy, "g")
        await until(lambda: w.banner.state is BannerState.ERROR_LOCKED, within_s=15)
        await shoot(w, out, "banner-weight-lock", saved)
        w.hide()
        await station.shutdown()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Screenshots of the window on the demo sandbox.")
    parser.add_argument("out", nargs="?", default="/tmp", type=Path)
    parser.add_argument("--language", default="", help="es, pl, de or pseudo (default: English)")
    parser.add_argument(
        "--sizes", default="1366,1920", help="monitor widths among 1366,1920 (default both)"
    )
    options = parser.parse_args()
    target = options.out
    target.mkdir(parents=True, exist_ok=True)
    widths = {int(w) for w in options.sizes.split(",")}
    SHOT["sizes"] = tuple(size for size in SIZES if size[0] in widths)
    SHOT["suffix"] = f"-{options.language}" if options.language else ""
    qt_app = QApplication(sys.argv[:1])
    theme.apply(qt_app)
    names = qasync.run(main(target, options.language))
    print(f"{len(names)} screenshots in {target}:")
    for name in names:
        print(f"  {name}")
