"""Supervisor → Products against the real sandbox: a bad file lists its problems and nothing can be
sent; a good file shows the difference, is pushed after the PIN, and Stitch has the products."""

from __future__ import annotations

import asyncio
from pathlib import Path

from conftest import PIN
from pytestqt.qtbot import QtBot
from supervisor_support import AppContext, answer_file_dialog, dialog_of
from support.services import SandboxControl, fast_client, gtin12
from support.waiting import until

from packstation.domain.records import ProductUpsert
from packstation.sandbox import SandboxServer
from packstation.services.catalogue_weights import load_catalogue_weights
from packstation.services.products import ChangeKind
from packstation.ui.supervisor.pin_gate import PinDialog
from packstation.ui.supervisor.products_dialog import ProductsDialog


def products_dialog(qtbot: QtBot, context: AppContext) -> ProductsDialog:
    dialog = ProductsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


async def choose(dialog: ProductsDialog, path: Path) -> None:
    ready: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    dialog.plan_ready.connect(lambda: ready.done() or ready.set_result(None))
    dialog.choose_button.click()
    await answer_file_dialog(path)
    await asyncio.wait_for(ready, 15)


async def test_a_bad_file_lists_every_problem_and_nothing_can_be_pushed(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    csv = tmp_path / "bad.csv"
    csv.write_text(
        "sku,name,upc,quantity_on_hand\n"
        "MUG-1,Blue mug,012345678905,4\n"
        ",No sku,,3\n"
        "MUG-2,Red mug,012345678906,5\n"  # wrong check digit
        "MUG-3,Green mug,,-2\n"
        "MUG-1,Blue mug again,,1\n",
        encoding="utf-8",
    )
    dialog = products_dialog(qtbot, context)
    await choose(dialog, csv)
    model = dialog.problems_model
    lines = [model.text(row, 0) for row in range(model.rowCount())]
    reasons = " | ".join(model.text(row, 1) for row in range(model.rowCount()))
    assert lines == ["3", "4", "5", "6"]
    assert "SKU is missing" in reasons
    assert "wrong check digit" in reasons
    assert "whole number of 0 or more" in reasons
    assert "already on line 2" in reasons
    assert dialog.problems_view.isVisible()
    assert not dialog.tabs.isVisible()
    assert "4 problems" in dialog.summary.text()
    assert not dialog.push_button.isEnabled()


async def test_a_good_file_shows_the_difference_and_lands_in_stitch_after_the_pin(
    qtbot: QtBot,
    context: AppContext,
    sandbox: SandboxServer,
    ctl: SandboxControl,
    tmp_path: Path,
) -> None:
    async with fast_client(sandbox.base_url, sandbox.token) as stitch:
        await stitch.upsert_products(
            [
                ProductUpsert("KEEP", name="Kept", upc=gtin12(1), quantity_on_hand=5),
                ProductUpsert("STOCK", name="Stocked", upc=gtin12(2), quantity_on_hand=5),
                ProductUpsert("RENAME", name="Old name", upc=gtin12(3), quantity_on_hand=5),
            ]
        )
        new_rows = "".join(f"NEW-{i:03d},New product {i},,{i}\n" for i in range(150))
        csv = tmp_path / "products.csv"
        csv.write_bytes(
            (
                "\ufeffsku;name;upc;quantity_on_hand\n"
                f"KEEP;Kept;{gtin12(1)};5\n"
                f"STOCK;Stocked;{gtin12(2)};9\n"
                f"RENAME;New name;{gtin12(3)};5\n" + new_rows.replace(",", ";")
            ).encode("utf-8")
        )
        dialog = products_dialog(qtbot, context)
        await choose(dialog, csv)
        assert dialog.plan is not None
        counts = dialog.plan.counts()
        assert counts[ChangeKind.NEW] == 150
        assert counts[ChangeKind.CHANGED] == 1
        assert counts[ChangeKind.STOCK] == 1
        assert counts[ChangeKind.UNCHANGED] == 1
        assert "150 new, 1 changed, 1 stock changes, 1 unchanged" in dialog.summary.text()
        changed = dialog.change_models[ChangeKind.CHANGED]
        assert changed.text(0, 2) == "Old name → New name"
        assert dialog.push_button.text().replace("&", "") == "Push 152 changes"
        assert dialog.push_button.isEnabled()

        done: asyncio.Future[object] = asyncio.get_running_loop().create_future()
        dialog.push_finished.connect(lambda r: done.done() or done.set_result(r))
        dialog.push_button.click()
        pin = await dialog_of(PinDialog)
        pin.name_edit.setText("Grace")
        pin.pin_edit.setText(PIN)
        pin.reason_edit.setText("weekly stock count")
        pin.approve_button.click()
        await asyncio.wait_for(done, 30)

        assert dialog.push_result is not None
        assert dialog.push_result.ok
        assert len(dialog.push_result.landed) == 152
        assert "All 152 changes landed in Stitch." in dialog.result_view.toPlainText()
        assert dialog.progress.value() == 152
        stitch_products = {p.sku: p for p in await stitch.list_products()}
        assert len(stitch_products) == 153
        assert stitch_products["STOCK"].quantity_on_hand == 9
        assert stitch_products["RENAME"].name == "New name"
        assert stitch_products["NEW-149"].quantity_on_hand == 149
        # Planned again afterwards: a second push would send nothing.
        await until(lambda: dialog.plan is not None and not dialog.plan.to_send, "a new plan")
        assert not dialog.push_button.isEnabled()

    assert context.station is not None
    [entry] = context.station._journal.audit_entries()
    assert (entry.who, entry.what, entry.why) == ("Grace", "products push", "weekly stock count")
    assert entry.details["landed"] == 152
    assert entry.details["pin"] == "checked"
    assert entry.details["source"] == "products.csv"

    report = tmp_path / "report.txt"
    dialog.save_report_button.click()
    await answer_file_dialog(report)
    await until(report.exists, "the saved report")
    assert "All 152 changes landed in Stitch." in report.read_text(encoding="utf-8")
    assert "NEW-149" in report.read_text(encoding="utf-8")


async def test_a_cancelled_pin_sends_nothing(
    qtbot: QtBot, context: AppContext, sandbox: SandboxServer, tmp_path: Path
) -> None:
    csv = tmp_path / "one.csv"
    csv.write_text("sku,name,quantity_on_hand\nONE,One,1\n", encoding="utf-8")
    dialog = products_dialog(qtbot, context)
    await choose(dialog, csv)
    push = asyncio.ensure_future(dialog.push())
    pin = await dialog_of(PinDialog)
    pin.reject()
    assert await push is None
    async with fast_client(sandbox.base_url, sandbox.token) as stitch:
        assert await stitch.list_products() == []


async def push_after_pin(dialog: ProductsDialog) -> asyncio.Future[object]:
    done: asyncio.Future[object] = asyncio.get_running_loop().create_future()
    dialog.push_finished.connect(lambda r: done.done() or done.set_result(r))
    dialog.push_button.click()
    pin = await dialog_of(PinDialog)
    pin.name_edit.setText("Grace")
    pin.pin_edit.setText(PIN)
    pin.reason_edit.setText("new season")
    pin.approve_button.click()
    return done


def many(tmp_path: Path, count: int) -> Path:
    csv = tmp_path / "many.csv"
    csv.write_text(
        "sku,name,quantity_on_hand\n" + "".join(f"P-{i:04d},Pin {i},{i}\n" for i in range(count)),
        encoding="utf-8",
    )
    return csv


async def test_cancel_stops_after_the_batch_in_flight_and_says_what_landed(
    qtbot: QtBot, context: AppContext, sandbox: SandboxServer, tmp_path: Path
) -> None:
    dialog = products_dialog(qtbot, context)
    await choose(dialog, many(tmp_path, 250))  # three batches of up to 100
    # The supervisor presses Cancel as soon as the first batch has landed.
    dialog.progress.valueChanged.connect(
        lambda value: value == 100 and dialog.cancel_button.click()
    )
    done = await push_after_pin(dialog)
    await asyncio.wait_for(done, 30)
    result = dialog.push_result
    assert result is not None
    assert result.canceled
    assert len(result.landed) == 100
    assert len(result.not_landed) == 150
    text = dialog.result_view.toPlainText()
    assert "Landed in Stitch: 100" in text
    assert "Stopped by the Cancel button" in text
    assert "Not landed: 150" in text
    assert "only what still differs is sent" in text
    # Planned again: what is left is exactly what did not land.
    await until(lambda: dialog.plan is not None and len(dialog.plan.to_send) == 150, "replan")
    assert dialog.push_button.text().replace("&", "") == "Push 150 changes"
    async with fast_client(sandbox.base_url, sandbox.token) as stitch:
        assert len(await stitch.list_products()) == 100


async def test_a_refused_batch_names_the_skus_that_did_not_land(
    qtbot: QtBot,
    context: AppContext,
    ctl: SandboxControl,
    tmp_path: Path,
) -> None:
    dialog = products_dialog(qtbot, context)
    await choose(dialog, many(tmp_path, 120))
    await ctl.faults(error_rate=1.0, error_status=409, paths=["/products"])
    done = await push_after_pin(dialog)
    await asyncio.wait_for(done, 30)
    result = dialog.push_result
    assert result is not None
    assert result.landed == ()
    assert result.failed_batch == 1
    text = dialog.result_view.toPlainText()
    assert "Batch 1 of 2 failed" in text
    assert "Not landed: 120" in text
    assert "P-0000, P-0001" in text
    assert "… and 90 more" in text  # the screen names 30; the saved report names all
    assert "P-0119" in dialog.report()


async def test_a_weight_column_is_kept_for_the_weight_check_and_said(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    csv = tmp_path / "weights.csv"
    csv.write_text(
        "sku,name,quantity_on_hand,weight\nMUG,Blue mug,3,320 g\nJUG,Jug,1,0.5 kg\nCUP,Cup,2,\n",
        encoding="utf-8",
    )
    dialog = products_dialog(qtbot, context)
    await choose(dialog, csv)
    assert "2 unit weights kept for this station's weight check" in dialog.summary.text()
    station = context.station
    assert station is not None
    kept = load_catalogue_weights(station._journal.path)
    assert {sku: float(w.in_grams) for sku, w in kept.items()} == {"MUG": 320.0, "JUG": 500.0}
