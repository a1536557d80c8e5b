"""Counts in the supervisor's words read as English does ("1 problem", "2 boxes waiting"), through
one helper that leaves plural forms to translations."""

from __future__ import annotations

import asyncio
from pathlib import Path

from pytestqt.qtbot import QtBot
from supervisor_support import AppContext, answer_file_dialog

from packstation.ui.i18n import plural
from packstation.ui.supervisor.products_dialog import ProductsDialog


def test_the_helper_says_one_and_many() -> None:
    words = [plural("OutboxView", "%n boxes waiting", n, one="%n box waiting") for n in (0, 1, 2)]
    assert words == ["0 boxes waiting", "1 box waiting", "2 boxes waiting"]


async def _load(qtbot: QtBot, context: AppContext, csv: Path) -> ProductsDialog:
    dialog = ProductsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    ready: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    dialog.plan_ready.connect(lambda: ready.done() or ready.set_result(None))
    dialog.choose_button.click()
    await answer_file_dialog(csv)
    await asyncio.wait_for(ready, 15)
    return dialog


async def test_one_problem_in_the_file_is_one_problem(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    csv = tmp_path / "one-bad.csv"
    csv.write_text("sku,quantity_on_hand\nMUG-1,4\nMUG-2,-1\n", encoding="utf-8")
    dialog = await _load(qtbot, context, csv)
    assert dialog.summary.text().startswith("1 problem in the file.")


async def test_the_products_screen_warns_of_stock_going_to_zero(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    csv = tmp_path / "zeros.csv"
    # A shop export's headers: "Barcode" and "Stock" are our upc and quantity_on_hand.
    csv.write_text(
        "SKU,Name,Barcode,Stock\nMUG-1,Blue mug,012345678905,0\nMUG-2,Red mug,,0\nMUG-3,Cap,,2\n",
        encoding="utf-8",
    )
    dialog = await _load(qtbot, context, csv)
    assert "2 products will have 0 in stock." in dialog.summary.text()
    assert dialog.push_button.text().replace("&", "") == "Push 3 changes"
