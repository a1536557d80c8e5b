"""Printing from the app: slips of selected orders read from Stitch, the command sheet with the
station's presets, badges and SKU labels, each saved as a PDF whose barcodes a real decoder reads
back exactly; characters a scanner cannot type are pointed out to the supervisor."""

from __future__ import annotations

import asyncio
import dataclasses
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot
from supervisor_support import AppContext, answer_file_dialog, decode_pdf, dialog_of
from support.services import SandboxControl, fast_client, stock
from support.waiting import until

from packstation.sandbox import SandboxServer
from packstation.ui.print_actions import PrintActions, paint_slips
from packstation.ui.supervisor.dialogs import MESSAGE_NAME
from packstation.ui.supervisor.print_dialogs import BadgesDialog, SkuLabelsDialog


def actions_for(qtbot: QtBot, context: AppContext) -> tuple[QMainWindow, PrintActions]:
    window = QMainWindow()
    qtbot.addWidget(window)
    return window, PrintActions(window, context)


async def test_slips_of_the_selected_orders_open_their_pack_when_scanned(
    qtbot: QtBot,
    context: AppContext,
    sandbox: SandboxServer,
    ctl: SandboxControl,
    tmp_path: Path,
) -> None:
    async with fast_client(sandbox.base_url, sandbox.token) as stitch:
        barcodes = await stock(stitch)
    first = await ctl.order({"SKU-1": 2, "SKU-2": 1})
    second = await ctl.order({"SKU-3": 1})
    _, actions = actions_for(qtbot, context)
    task = asyncio.ensure_future(actions.print_slips([first["id"], second["id"]], to_pdf=True))
    target = tmp_path / "slips.pdf"
    await answer_file_dialog(target)
    printed = await asyncio.wait_for(task, 60)
    assert printed is not None
    assert printed.path == target
    # Only the orders scan: a packer cannot scan the paper instead of the product.
    assert decode_pdf(target, tmp_path / "pages") == [[first["id"]], [second["id"]]]

    # The machine setting for damaged product labels prints the items' barcodes too.
    context.settings = dataclasses.replace(context.settings, slip_item_barcodes=True)
    task = asyncio.ensure_future(actions.print_slips([first["id"], second["id"]], to_pdf=True))
    with_items = tmp_path / "slips-with-items.pdf"
    await answer_file_dialog(with_items)
    assert await asyncio.wait_for(task, 60) is not None
    pages = decode_pdf(with_items, tmp_path / "pages-with-items")
    assert len(pages) == 2
    assert first["id"] in pages[0]
    assert {barcodes["SKU-1"], barcodes["SKU-2"]} <= set(pages[0])
    assert second["id"] in pages[1]
    assert barcodes["SKU-3"] in pages[1]


async def test_no_selection_says_what_to_do(qtbot: QtBot, context: AppContext) -> None:
    _, actions = actions_for(qtbot, context)
    failures: list[str] = []
    actions.failed.connect(failures.append)
    assert await actions.print_slips([], to_pdf=True) is None
    assert failures == ["Select one or more orders in the queue first."]
    box = await dialog_of(QMessageBox, MESSAGE_NAME)
    box.close()


async def test_the_command_sheet_carries_the_station_s_presets_and_says_what_it_substituted(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    context.settings = dataclasses.replace(
        context.settings, status_presets=("Gift wrap", "On hold – damaged")
    )
    _, actions = actions_for(qtbot, context)
    task = asyncio.ensure_future(actions.print_command_sheet(to_pdf=True))
    target = tmp_path / "commands.pdf"
    await answer_file_dialog(target)
    printed = await asyncio.wait_for(task, 60)
    assert printed is not None
    codes = {code for page in decode_pdf(target, tmp_path / "pages") for code in page}
    assert {"PS-CMD:SHIP", "PS-QTY:2", "PS-STATUS:Gift wrap"} <= codes
    assert "PS-STATUS:On hold - damaged" in codes
    box = await dialog_of(QMessageBox, MESSAGE_NAME)
    assert "“PS-STATUS:On hold – damaged” scans as “PS-STATUS:On hold - damaged”" in box.text()
    box.close()


async def test_badges_for_the_names_typed(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    window, actions = actions_for(qtbot, context)
    dialog = BadgesDialog(actions, window)
    dialog.show()
    dialog.names.setPlainText("alice\n\n  bob  smith \n")
    done: asyncio.Future[object] = asyncio.get_running_loop().create_future()
    actions.printed.connect(lambda p: done.done() or done.set_result(p))
    dialog.pdf_button.click()
    target = tmp_path / "badges.pdf"
    await answer_file_dialog(target)
    await asyncio.wait_for(done, 60)
    codes = sorted(code for page in decode_pdf(target, tmp_path / "pages") for code in page)
    assert codes == ["PS-USER:alice", "PS-USER:bob smith"]


async def test_sku_labels_for_products_picked_from_the_catalog(
    qtbot: QtBot,
    context: AppContext,
    sandbox: SandboxServer,
    ctl: SandboxControl,
    tmp_path: Path,
) -> None:
    async with fast_client(sandbox.base_url, sandbox.token) as stitch:
        barcodes = await stock(stitch)
    window, actions = actions_for(qtbot, context)
    dialog = SkuLabelsDialog(actions, context, window)
    dialog.show()
    await until(lambda: dialog.list.count() == len(barcodes), "the catalog")
    dialog.search.setText("sku-4")
    shown = [dialog.list.item(r) for r in range(dialog.list.count())]
    assert [i.text().split(" — ")[0] for i in shown if not i.isHidden()] == ["SKU-4"]
    dialog.check("SKU-4")
    dialog.check("SKU-7")
    done: asyncio.Future[object] = asyncio.get_running_loop().create_future()
    actions.printed.connect(lambda p: done.done() or done.set_result(p))
    dialog.pdf_button.click()
    target = tmp_path / "labels.pdf"
    await answer_file_dialog(target)
    await asyncio.wait_for(done, 60)
    pages = decode_pdf(target, tmp_path / "pages")
    assert pages == [[barcodes["SKU-4"]], [barcodes["SKU-7"]]]  # one 62 × 29 mm label a page


async def test_slips_to_a_printer_are_painted_as_the_pdf_is(
    qtbot: QtBot,
    context: AppContext,
    sandbox: SandboxServer,
    ctl: SandboxControl,
    tmp_path: Path,
) -> None:
    async with fast_client(sandbox.base_url, sandbox.token) as stitch:
        barcodes = await stock(stitch)
    order = await ctl.order({"SKU-5": 3})
    _, actions = actions_for(qtbot, context)
    orders = await actions.slip_orders([order["id"]])
    # A printer that writes its pages to a file: what Qt's print dialog hands over.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    steps: list[tuple[int, int]] = []
    printed = await paint_slips(
        orders, printer, on_progress=lambda *a: steps.append(a), item_barcodes=True
    )
    assert printed.path is None
    assert printed.pages == 1
    assert steps == [(1, 1)]
    [page] = decode_pdf(tmp_path / "printer.pdf", tmp_path / "pages")
    assert order["id"] in page
    assert barcodes["SKU-5"] in page
