"""Printing from the app: packing slips of the selected orders, the command sheet, packer badges
and SKU labels, each to a PDF file or to a printer chosen in Qt's print dialog.

Painting happens in the GUI thread. Qt documents painting on QPdfWriter/QPrinter from a worker
thread as supported, but tried here it crashed (a segfault in the worker's text painting while
the GUI thread painted a dialog: the font caches are shared). So the slow, pure-Python part, making
every barcode's SVG (python-barcode, cached), runs in a worker thread first; then the painting
runs in the GUI thread, and packing slips are painted one order at a time with a return to the
event loop in between, so a scan is answered between two slips (40 slips take about half a
second of painting in all here). One document is painted at a time, in the order asked.

The print dialog is shown with `open()` and awaited (never `exec()` inside a coroutine). When a
name, status or SKU has characters a scanner cannot type, the barcode carries a substitute
(`–` → `-`); the app tells the supervisor which, so nobody wonders why a scan reads differently.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Coroutine, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from packstation import printing
from packstation.domain.records import Product
from packstation.i18n import paper_language
from packstation.printing import Document, LabelSize, Printed, PrintError, SlipOrder
from packstation.printing.canvas import Canvas
from packstation.printing.output import DEFAULT_PAGE_SIZE, PDF_RESOLUTION_DPI, paper_title
from packstation.services.errors import StitchError
from packstation.ui.i18n import translator
from packstation.ui.supervisor.context import SupervisorContext
from packstation.ui.supervisor.dialogs import choose_file, finished, tell

log = logging.getLogger(__name__)

Target = Path | QPrinter


_tr = translator("PrintActions")


def substitution_words(printed: Printed) -> str:
    lines = [
        _tr("“{requested}” scans as “{encoded}”").format(requested=s.requested, encoded=s.encoded)
        for s in printed.substitutions
    ]
    return "\n".join(lines)


def paint(document: Document, target: Target) -> Printed:
    """The whole document in one go (small documents: sheets, badges, labels)."""
    if isinstance(target, QPrinter):
        return printing.print_to(target, document)
    return printing.save_pdf(document, target)


async def paint_slips(
    orders: Sequence[SlipOrder],
    target: Target,
    *,
    on_progress: Callable[[int, int], None] | None = None,
    item_barcodes: bool = False,
    language: str = "",
) -> Printed:
    """Packing slips one order at a time, back to the event loop between orders.

    Laid out as `printing.save_pdf` / `printing.print_to` lay out `PackingSlips` (each order
    starts a page; the PDF file is replaced whole or not at all), in the paper's `language`.
    """
    document = printing.packing_slips(orders, item_barcodes=item_barcodes, language=language)
    title = paper_title(document)
    margins = QMarginsF(*([document.margins_mm] * 4))
    temporary: Path | None = None
    writer: QPdfWriter | None = None
    device: QPdfWriter | QPrinter
    if isinstance(target, QPrinter):
        device = target
        device.setDocName(title)
        device.setPageMargins(margins, QPageLayout.Unit.Millimeter)
    else:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
        temporary = Path(name)
        writer = QPdfWriter(str(temporary))
        writer.setResolution(PDF_RESOLUTION_DPI)
        writer.setTitle(title)
        writer.setCreator("Packstation")
        writer.setPageLayout(
            QPageLayout(
                DEFAULT_PAGE_SIZE,
                QPageLayout.Orientation.Portrait,
                margins,
                QPageLayout.Unit.Millimeter,
            )
        )
        device = writer
    painter = QPainter()
    try:
        if not painter.begin(device):
            raise PrintError(f"could not start printing {document.title!r}")
        canvas = Canvas(painter, device)
        for index, order in enumerate(orders):
            if index:
                canvas.new_page()
            # Only around the painting: the window's own words stay in the packer's language.
            with paper_language(language):
                dataclasses.replace(document, orders=[order]).paint(canvas)
            if on_progress is not None:
                on_progress(index + 1, len(orders))
            await asyncio.sleep(0)
        if not painter.end():
            raise PrintError(f"could not finish printing {document.title!r}")
        pages = canvas.page_number
    finally:
        if painter.isActive():
            painter.end()
        # QPdfWriter finishes and closes the file when released (Windows cannot move or delete
        # a file still open).
        del device
        writer = None
        if temporary is not None and sys.exc_info()[0] is not None:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
    if temporary is not None:
        assert isinstance(target, Path)
        os.replace(temporary, target)
    return Printed(
        None if isinstance(target, QPrinter) else target,
        pages,
        printing.substitutions_of(document),
    )


class PrintActions(QObject):
    printed = Signal(object)  # Printed, after a document went out
    failed = Signal(str)  # the supervisor's words for why not

    def __init__(
        self, window: QWidget, context: SupervisorContext, parent: QObject | None = None
    ) -> None:
        super().__init__(parent or window)
        self._window = window
        self._context = context
        self._lock = asyncio.Lock()
        self.last: Printed | None = None

    # -- where to --------------------------------------------------------------------------------
    async def choose_target(self, title: str, suggested: str, *, to_pdf: bool) -> Target | None:
        if to_pdf:
            return await choose_file(
                self._window,
                title,
                save=True,
                name_filter=_tr("PDF files (*.pdf)"),
                suggested=suggested,
                suffix="pdf",
            )
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self._window)
        dialog.setWindowTitle(title)
        try:
            if await finished(dialog) != QDialog.DialogCode.Accepted:
                return None
        finally:
            dialog.deleteLater()
        return printer

    async def render(
        self,
        document: Document,
        target: Target,
        what: str,
        *,
        slips: Sequence[SlipOrder] | None = None,
    ) -> Printed | None:
        """Paint `document` (or `slips`, order by order) onto `target`; tells the outcome."""
        self._say(_tr("Printing {what}…").format(what=what))

        def progress(done: int, total: int) -> None:
            self._say(
                _tr("Printing {what}: {done} of {total}…").format(what=what, done=done, total=total)
            )

        try:
            # Every barcode's SVG is made (and cached) off the GUI thread; no Qt in there.
            await asyncio.to_thread(printing.substitutions_of, document)
            async with self._lock:
                if slips is not None:
                    printed = await paint_slips(
                        slips,
                        target,
                        on_progress=progress,
                        item_barcodes=bool(getattr(document, "item_barcodes", False)),
                        language=document.language,
                    )
                else:
                    printed = paint(document, target)
        except (PrintError, OSError, ValueError) as exc:
            log.warning("printing %s failed: %s", what, exc)
            self._fail(_tr("{what} could not be printed: {e}").format(what=what, e=exc))
            return None
        self.last = printed
        where = str(printed.path) if printed.path is not None else _tr("the printer")
        self._say(
            _tr("Printed {what}: {pages} pages to {where}").format(
                what=what, pages=printed.pages, where=where
            )
        )
        if printed.substitutions:
            tell(
                self._window,
                _tr("Printed with plain characters"),
                _tr(
                    "Scanners can only type plain characters, so these barcodes carry a "
                    "plain version of the text printed under them:\n\n{lines}"
                ).format(lines=substitution_words(printed)),
            )
        self.printed.emit(printed)
        return printed

    def _say(self, text: str) -> None:
        show = getattr(self._window, "show_message", None)
        if callable(show):
            show(text)

    def _fail(self, text: str) -> None:
        self.failed.emit(text)
        tell(self._window, _tr("Not printed"), text, warning=True)

    # -- packing slips ---------------------------------------------------------------------------
    async def slip_orders(self, fulfillment_ids: Sequence[str]) -> list[SlipOrder]:
        """Each order with its lines: the queue's copies when it has them, else from Stitch."""
        station = self._context.station
        if station is None:
            raise RuntimeError("no account is set up")
        orders: list[SlipOrder] = []
        for fid in fulfillment_ids:
            orders.append(await station.slip_order(fid))
        return orders

    async def print_slips(
        self, fulfillment_ids: Sequence[str], *, to_pdf: bool = False
    ) -> Printed | None:
        ids = list(dict.fromkeys(fulfillment_ids))
        if not ids:
            self._fail(_tr("Select one or more orders in the queue first."))
            return None
        what = _tr("{n} packing slips").format(n=len(ids)) if len(ids) > 1 else _tr("packing slip")
        self._say(_tr("Reading {what}…").format(what=what))
        try:
            orders = await self.slip_orders(ids)
        except (StitchError, RuntimeError) as exc:
            log.warning("packing slips: orders could not be read: %s", exc)
            self._fail(_tr("The orders could not be read: {e}").format(e=exc))
            return None
        suggested = f"packing-slips-{orders[0][0].order_number}.pdf"
        target = await self.choose_target(_tr("Print packing slips"), suggested, to_pdf=to_pdf)
        if target is None:
            return None
        document = printing.packing_slips(
            orders,
            item_barcodes=self._context.settings.slip_item_barcodes,
            language=self._context.settings.printed_in,
        )
        return await self.render(document, target, what, slips=orders)

    # -- the rest of the paper -------------------------------------------------------------------
    async def print_command_sheet(self, *, to_pdf: bool = False) -> Printed | None:
        target = await self.choose_target(
            _tr("Print the command sheet"), "command-sheet.pdf", to_pdf=to_pdf
        )
        if target is None:
            return None
        presets = self._context.settings.status_presets
        sheet = printing.command_sheet(presets, language=self._context.settings.printed_in)
        return await self.render(sheet, target, _tr("command sheet"))

    async def print_badges(self, names: Sequence[str], *, to_pdf: bool = False) -> Printed | None:
        clean = [" ".join(n.split()) for n in names if n.strip()]
        if not clean:
            self._fail(_tr("Type at least one packer's name."))
            return None
        target = await self.choose_target(_tr("Print packer badges"), "badges.pdf", to_pdf=to_pdf)
        if target is None:
            return None
        document = printing.badges(clean, language=self._context.settings.printed_in)
        return await self.render(document, target, _tr("packer badges"))

    async def print_sku_labels(
        self, products: Sequence[Product], label_size: LabelSize, *, to_pdf: bool = False
    ) -> Printed | None:
        if not products:
            self._fail(_tr("Choose at least one product."))
            return None
        target = await self.choose_target(_tr("Print SKU labels"), "sku-labels.pdf", to_pdf=to_pdf)
        if target is None:
            return None
        try:
            document = printing.sku_labels(
                products, label_size, language=self._context.settings.printed_in
            )
        except ValueError as exc:  # a SKU too long for this label
            self._fail(_tr("The labels could not be made: {e}").format(e=exc))
            return None
        return await self.render(document, target, _tr("{n} SKU labels").format(n=len(products)))

    async def catalog(self) -> list[Product]:
        station = self._context.station
        if station is None:
            return []
        return await station.products()

    def spawner_spawn(self, coro: Coroutine[Any, Any, Printed | None], name: str) -> None:
        self._context.spawner.spawn(coro, name=name)

    # -- menu entries ----------------------------------------------------------------------------
    def add_to_menu(self, menu: QMenu) -> list[QAction]:
        """Print entries for `menu` (Ctrl+P itself is the window's Queue → Print slip)."""
        from packstation.ui.supervisor.print_dialogs import BadgesDialog, SkuLabelsDialog

        def action(text: str, slot: Callable[[], None], keys: str = "", tip: str = "") -> QAction:
            act = QAction(text, self._window)
            if keys:
                act.setShortcut(QKeySequence(keys))
                shown = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                act.setToolTip(f"{tip or text.rstrip('…').replace('&', '')} ({shown})")
            elif tip:
                act.setToolTip(tip)
            act.triggered.connect(slot)
            menu.addAction(act)
            self._window.addAction(act)
            return act

        def slips_pdf() -> None:
            ids = self._context.selected_ids()
            self._context.spawner.spawn(self.print_slips(ids, to_pdf=True), name="slips-pdf")

        def sheet(to_pdf: bool) -> Callable[[], None]:
            def start() -> None:
                self.spawner_spawn(self.print_command_sheet(to_pdf=to_pdf), "command-sheet")

            return start

        def badges() -> None:
            BadgesDialog(self, self._window).show()

        def labels() -> None:
            SkuLabelsDialog(self, self._context, self._window).show()

        menu.setToolTipsVisible(True)
        return [
            action(
                _tr("Save packing slips as &PDF…"),
                slips_pdf,
                "Ctrl+Shift+P",
                _tr("Packing slips of the selected orders as a PDF file"),
            ),
            action(_tr("Print &command sheet…"), sheet(False), tip=_tr("To a printer")),
            action(_tr("Save command sheet as PDF…"), sheet(True)),
            action(_tr("Packer &badges…"), badges, tip=_tr("PS-USER badges to sign in with")),
            action(_tr("SKU &labels…"), labels, tip=_tr("For products whose barcode is missing")),
        ]


__all__ = ["PrintActions", "paint", "paint_slips", "substitution_words"]
