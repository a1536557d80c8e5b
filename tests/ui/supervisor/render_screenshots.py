"""Screenshots of the supervisor screens for docs/screenshots/supervisor-*.png.

Run: PYTHONPATH=.:tests .venv/bin/python tests/ui/supervisor/render_screenshots.py
(`tests` on the path as pytest puts it from pyproject's `pythonpath`; offscreen Qt, the app's
theme, the known shift of the figures tests, a sandbox for Stitch).
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
HERE = Path(__file__).resolve().parent

import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

OUT = HERE.parents[2] / "docs" / "screenshots"


def save(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(OUT / f"supervisor-{name}.png"))
    print("wrote", OUT / f"supervisor-{name}.png")


async def settle(condition: Callable[[], object] | None = None) -> None:
    """Until `condition` holds (the screen has its data), then a moment for painting."""
    from support.waiting import until

    if condition is not None:
        await until(condition, "the screen's data")
    await asyncio.sleep(0.2)


async def main() -> None:
    from supervisor_support import AppContext
    from support.figures import at, write_shift
    from support.services import SandboxControl, build_station, fast_client, gtin12, stock

    from packstation.domain.records import ProductUpsert
    from packstation.sandbox import SandboxServer
    from packstation.services.pin import hash_pin
    from packstation.services.settings import Settings
    from packstation.store import Journal
    from packstation.ui.print_actions import PrintActions
    from packstation.ui.settings_dialog import SettingsDialog
    from packstation.ui.supervisor.figures_view import FiguresView
    from packstation.ui.supervisor.history_view import HistoryView
    from packstation.ui.supervisor.pin_gate import PinAttempts, PinDialog
    from packstation.ui.supervisor.print_dialogs import BadgesDialog, SkuLabelsDialog
    from packstation.ui.supervisor.products_dialog import ProductsDialog
    from packstation.ui.tasks import TaskSpawner

    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    shift = tmp / "shift.sqlite3"
    with Journal.open(shift, clock=lambda: at(17)) as journal:
        write_shift(journal)
        journal.audit(
            station="Station 2",
            who="Grace",
            what="takeover",
            why="Station 1 froze",
            details={"claimed_by": "Station 1", "pin": "checked"},
            fulfillment_id="700003",
            at=at(14, 5),
        )
    spawner = TaskSpawner()
    pin_hash = hash_pin("2468")
    with SandboxServer(seed="empty", port=0) as sandbox:
        settings = Settings(
            api_url=sandbox.base_url,
            station="Station 3",
            time_zone="Europe/Berlin",
            supervisor_pin_hash=pin_hash,
        )
        station = build_station(settings, sandbox.token, tmp / "station.sqlite3")
        context = AppContext(settings, station, spawner, shift)
        control = SandboxControl(sandbox.root_url, sandbox.token)
        await control.reset("empty")
        async with fast_client(sandbox.base_url, sandbox.token) as stitch:
            await stock(stitch)
            await stitch.upsert_products(
                [
                    ProductUpsert(
                        "MUG-BLU-12", name="Blue mug, 12 oz", upc=gtin12(77), quantity_on_hand=40
                    )
                ]
            )

        figures = FiguresView(context, now=lambda: at(12))
        figures.resize(1200, 688)  # what fit_to_screen gives on a 1366×768 monitor
        figures.show()
        await settle(lambda: figures.report is not None)
        save(figures, "figures")

        history = HistoryView(context, now=lambda: at(12))
        history.resize(1300, 688)
        history.show()
        history.open_order("700001")
        await settle(lambda: history.history is not None)
        save(history, "history")
        history.tabs.setCurrentIndex(1)
        await settle(lambda: history.audit_rows is not None)
        save(history, "audit-trail")

        csv = tmp / "products.csv"
        rows = "".join(f"NEW-{i:03d},Enamel pin no. {i},,{i * 3}\n" for i in range(1, 41))
        csv.write_text(
            "sku,name,upc,quantity_on_hand\n"
            f"MUG-BLU-12,Blue mug, 12 oz (glazed),{gtin12(77)},38\n".replace(
                "Blue mug, 12 oz (glazed)", '"Blue mug, 12 oz (glazed)"'
            )
            + "".join(f"SKU-{i},Product SKU-{i},,{10_000 - i}\n" for i in range(1, 5))
            + rows,
            encoding="utf-8",
        )
        products = ProductsDialog(context)
        products.resize(1100, 688)  # what fit_to_screen gives on a 1366×768 monitor
        products.show()
        await products.load(csv)
        await settle()
        save(products, "products-diff")
        bad = tmp / "bad.csv"
        bad.write_text(
            "sku,name,upc,quantity_on_hand\nA-1,Mug,012345678906,4\n,No SKU,,2\nA-3,Cap,,-1\n"
            "A-4,Tee,,1.5\nA-1,Mug again,,3\n",
            encoding="utf-8",
        )
        await products.load(bad)
        await settle()
        save(products, "products-problems")
        await products.load(csv)
        push = asyncio.ensure_future(products.push())
        await settle(
            lambda: any(
                isinstance(w, PinDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
            )
        )
        gate = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, PinDialog) and w.isVisible()
        )
        gate.name_edit.setText("Grace")
        gate.pin_edit.setText("2468")
        gate.reason_edit.setText("Monday stock count")
        gate.adjustSize()
        save(gate, "pin-gate")
        gate.approve_button.click()
        await push
        await settle()
        save(products, "products-pushed")

        locked = PinDialog(
            settings,
            "take over an order another station is packing",
            ask_reason=True,
            attempts=PinAttempts(lockout_s=60),
        )
        locked.show()
        for _ in range(3):
            locked.name_edit.setText("Sam")
            locked.pin_edit.setText("0000")
            locked.accept()
        locked.adjustSize()
        save(locked, "pin-gate-locked")
        locked.reject()
        no_pin = PinDialog(
            dataclasses.replace(settings, supervisor_pin_hash=""),
            "ship a box with units that were not scanned",
            ask_reason=True,
            attempts=PinAttempts(),
        )
        no_pin.show()
        no_pin.adjustSize()
        save(no_pin, "pin-gate-no-pin")
        no_pin.reject()

        dialog = SettingsDialog(
            dataclasses.replace(settings, locked=frozenset({"api_url", "retention_days"})),
            path=tmp / "settings.toml",
        )
        dialog.show()
        # The offscreen screen is 800×600: give the form the width a 1366 px monitor gives it.
        dialog.fields_scroll.setMinimumWidth(dialog.fields_scroll.widget().sizeHint().width() + 20)
        dialog.adjustSize()
        dialog.resize(dialog.width(), min(dialog.height(), 688))  # a 1366×768 monitor
        save(dialog, "settings")
        dialog.close()
        no_pin_settings = SettingsDialog(
            dataclasses.replace(settings, supervisor_pin_hash=""), path=tmp / "settings.toml"
        )
        no_pin_settings.show()
        # The offscreen screen is 800×600: give the form the width a 1366 px monitor gives it.
        no_pin_settings.fields_scroll.setMinimumWidth(
            no_pin_settings.fields_scroll.widget().sizeHint().width() + 20
        )
        no_pin_settings.adjustSize()
        no_pin_settings.resize(
            no_pin_settings.fields_scroll.minimumWidth() + 24, min(no_pin_settings.height(), 688)
        )
        save(no_pin_settings, "settings-no-pin")
        no_pin_settings.close()

        window = QWidget()
        actions = PrintActions(window, context)
        badges = BadgesDialog(actions)
        badges.names.setPlainText("alice\nbob\nØyvind")
        badges.show()
        save(badges, "badges")
        labels = SkuLabelsDialog(actions, context)
        labels.show()
        await settle(lambda: labels.list.count() > 0)
        labels.check("SKU-2")
        labels.check("SKU-5")
        save(labels, "sku-labels")

        await control.aclose()
        await spawner.cancel_all()
        await station.aclose()


if __name__ == "__main__":
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from packstation.ui import theme

    theme.apply(app)
    app.setQuitOnLastWindowClosed(False)
    QApplication.setAttribute(
        __import__(
            "PySide6.QtCore", fromlist=["Qt"]
        ).Qt.ApplicationAttribute.AA_DontUseNativeDialogs
    )
    qasync.run(main())
