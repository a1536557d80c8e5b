"""Packing slips: one per fulfillment, each starting on a new page, long orders paginated.

Page one carries the order header, ship-to, shipping method and the notes (boxed, reverse-video
label: they are what packers miss). Every further page repeats the header with the fulfillment's
barcode, so any page scanned opens the pack, and a one-line reminder of the notes.

Only the order's own barcode is scannable by default: each item's code is printed as text. A slip
with a barcode per item lets a packer scan the paper instead of the product, which defeats the
check; warehouses with damaged product labels may opt in (`item_barcodes`), and the slip then
says so on every page.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QPageSize

from packstation.domain.records import Fulfillment, LineItem, ShipTo
from packstation.i18n import (
    QT_TRANSLATE_NOOP,
    date_time,
    paper_locale,
    paper_plural,
    paper_translator,
)
from packstation.printing.barcodes import Barcode, code128, product_barcode
from packstation.printing.canvas import BLACK, GREY, WHITE, Align, Canvas

SlipOrder = tuple[Fulfillment, Sequence[LineItem]]

HEADER_MM = 33.0
ROW_MM = 17.0
ITEM_BAR_MM = 10.0
SLIP_BAR_MM = 15.0
FOOTER_MM = 6.0
TABLE_HEAD_MM = 6.0
BARCODE_COLUMN_MM = 74.0
ITEM_CODE_COLUMN_MM = 44.0
ITEM_BARCODES_NOTE = QT_TRANSLATE_NOOP(
    "PackingSlip", "Item barcodes printed at the warehouse's request"
)

# The customer's and the bench's paper: in `print_language`, not the packer's (packstation.i18n).
_tr = paper_translator("PackingSlip")


def fulfillment_barcode_text(fulfillment: Fulfillment) -> str:
    """What the slip's barcode carries: the fulfillment id, which the station matches to open it."""
    return fulfillment.id


def line_barcode(line: LineItem, max_width_mm: float = BARCODE_COLUMN_MM) -> Barcode:
    """The line's product barcode: EAN/UPC of a valid `upc`, else Code 128 of it or of the SKU."""
    return product_barcode(line.upc, line.sku, height_mm=ITEM_BAR_MM, max_width_mm=max_width_mm)


@dataclass(frozen=True)
class PackingSlips:
    orders: Sequence[SlipOrder]
    printed_at: dt.datetime = field(default_factory=lambda: dt.datetime.now().astimezone())
    title: str = QT_TRANSLATE_NOOP("PaperTitle", "Packing slips")
    page_size: QPageSize | None = None
    margins_mm: float = 12.0
    # A scannable barcode per item (opt-in machine setting `slip_item_barcodes`).
    item_barcodes: bool = False
    language: str = ""  # the paper's (print_language); "" is the window's

    def paint(self, canvas: Canvas) -> None:
        if not self.orders:
            raise ValueError("no fulfillments to print")
        for index, (fulfillment, lines) in enumerate(self.orders):
            if index > 0:
                canvas.new_page()
            _SlipPainter(
                canvas, fulfillment, list(lines), self.printed_at, self.item_barcodes
            ).paint()


class _SlipPainter:
    def __init__(
        self,
        canvas: Canvas,
        fulfillment: Fulfillment,
        lines: list[LineItem],
        printed_at: dt.datetime,
        item_barcodes: bool = False,
    ) -> None:
        self.c = canvas
        self.item_barcodes = item_barcodes
        self.f = fulfillment
        self.lines = lines
        self.printed_at = printed_at
        self.width = canvas.width_mm
        self.slip_code = canvas.fit(
            code128(fulfillment_barcode_text(fulfillment), height_mm=SLIP_BAR_MM, max_width_mm=80)
        )

    # Pagination --------------------------------------------------------------------------------
    def _pages(self, first_body_top: float) -> list[list[LineItem]]:
        bottom = self.c.height_mm - FOOTER_MM
        first = max(1, int((bottom - first_body_top - TABLE_HEAD_MM) // ROW_MM))
        other_top = HEADER_MM + self._reminder_height() + 2
        rest = max(1, int((bottom - other_top - TABLE_HEAD_MM) // ROW_MM))
        pages = [self.lines[:first]]
        remaining = self.lines[first:]
        while remaining:
            pages.append(remaining[:rest])
            remaining = remaining[rest:]
        return pages

    def paint(self) -> None:
        body_top = self._first_page_top()
        pages = self._pages(body_top)
        for number, page_lines in enumerate(pages, start=1):
            if number > 1:
                self.c.new_page()
            self._header(number, len(pages))
            if number == 1:
                y = self._ship_block(HEADER_MM + 3)
                y = self._notes(y)
            else:
                y = HEADER_MM + 2
                if self.f.notes.strip():
                    y = self._notes_reminder(y)
            y = self._table_head(y)
            for line in page_lines:
                self._row(line, y)
                y += ROW_MM
            self._footer(number, len(pages))

    # Header ------------------------------------------------------------------------------------
    def _header(self, page: int, pages: int) -> None:
        c, w = self.c, self.width
        code = self.slip_code
        bar_x = w - code.width_mm
        text_w = bar_x - 4
        c.text(0, 0, text_w, _tr("PACKING SLIP"), c.font(8, bold=True), color=GREY)
        order_font = c.fit_font(self.f.order_number, text_w, 30, bold=True, minimum=16)
        y = 4.0 + c.text(0, 4, text_w, self.f.order_number, order_font)
        channel = self.f.channel_order_number
        if channel:
            y += c.text(
                0, y, text_w, _tr("Channel order %1").replace("%1", channel), c.font(12, bold=True)
            )
        units = sum(line.quantity_left for line in self.lines)
        summary = "  ·  ".join(
            (
                _tr("Fulfillment %1").replace("%1", self.f.id),
                paper_plural("PackingSlip", "%n lines", len(self.lines), one="%n line"),
                paper_plural("PackingSlip", "%n units to pack", units, one="%n unit to pack"),
            )
        )
        y += 0.5 + c.text(0, y + 0.5, text_w, summary, c.font(9), color=GREY)
        if self.item_barcodes:
            c.text(0, y, text_w, _tr(ITEM_BARCODES_NOTE), c.font(8, bold=True))
        if pages > 1:
            c.text(
                bar_x - 40,
                0,
                40 + code.width_mm,
                _tr("Page %1 of %2").replace("%1", str(page)).replace("%2", str(pages)),
                c.font(9, bold=True),
                align=Align.AlignRight,
            )
        c.barcode(code, bar_x, 4, caption_points=9)
        caption_y = 4 + c.barcode_height(code, 9)
        c.text(
            bar_x,
            caption_y,
            code.width_mm,
            _tr("scan to open this order"),
            c.font(7),
            color=GREY,
            align=Align.AlignHCenter,
        )
        c.hline(0, HEADER_MM - 1, w, 0.8)

    # Ship-to and method ------------------------------------------------------------------------
    def _first_page_top(self) -> float:
        return self._notes_bottom(self._ship_block_bottom(HEADER_MM + 3))

    def _address_lines(self, to: ShipTo) -> list[str]:
        city = " ".join(
            part for part in (f"{to.city}," if to.city else "", to.state, to.zip) if part
        )
        lines = [to.company, to.street1, to.street2, city.strip(" ,"), to.country]
        if to.phone:
            lines.append(_tr("Phone %1").replace("%1", to.phone))
        return [line for line in lines if line.strip()]

    def _ship_block_bottom(self, top: float) -> float:
        c = self.c
        address = self._address_lines(self.f.ship_to)
        return (
            top
            + c.line_height(c.font(7, bold=True))
            + c.line_height(c.font(12, bold=True))
            + len(address) * c.line_height(c.font(10))
            + 3
        )

    def _ship_block(self, top: float) -> float:
        c, w = self.c, self.width
        left_w = w * 0.55
        to = self.f.ship_to
        y = top + c.text(0, top, left_w, _tr("SHIP TO"), c.font(7, bold=True), color=GREY)
        y += c.text(0, y, left_w, to.name or _tr("(no name)"), c.font(12, bold=True))
        c.paragraph(0, y, left_w, self._address_lines(to), c.font(10))
        right_x = left_w + 4
        right_w = w - right_x
        ry = top + c.text(
            right_x, top, right_w, _tr("SHIPPING METHOD"), c.font(7, bold=True), color=GREY
        )
        method_font = c.font(14, bold=True)
        method = c.wrap_lines(
            self.f.shipping_method or _tr("(none given)"), method_font, right_w, 2
        )
        c.paragraph(right_x, ry, right_w, method, method_font)
        return self._ship_block_bottom(top)

    # Notes -------------------------------------------------------------------------------------
    def _notes_font_and_height(self) -> tuple[float, float]:
        """Notes print in full: long ones in a smaller font, and only beyond a third of the
        page are they cut (with a pointer to the order) so the lines still start on page one."""
        notes = self.f.notes.strip()
        cap = self.c.height_mm / 3
        points = 13.0
        while True:
            text_h = self.c.wrapped_height(notes, self.c.font(points, bold=True), self.width - 8)
            if text_h <= cap or points <= 9:
                return points, min(text_h, cap)
            points -= 1

    def _notes_bottom(self, top: float) -> float:
        if not self.f.notes.strip():
            return top
        _, text_h = self._notes_font_and_height()
        return top + 6 + text_h + 4 + 3

    def _notes(self, top: float) -> float:
        notes = self.f.notes.strip()
        if not notes:
            return top
        c, w = self.c, self.width
        points, text_h = self._notes_font_and_height()
        label_font = c.font(9, bold=True)
        notes_word = _tr("NOTES")
        label_w = c.text_width(notes_word, label_font) + 4
        # A reverse-video tab over a heavy frame: unmissable, and survives a black-and-white laser.
        c.fill(0, top, label_w, 6, BLACK)
        c.text(0, top, label_w, notes_word, label_font, color=WHITE, align=Align.AlignHCenter)
        box_top = top + 6
        box_h = text_h + 4
        c.frame(0.6, box_top, w - 1.2, box_h, 1.2)
        font = c.font(points, bold=True)
        if c.wrapped_height(notes, font, w - 8) > text_h:
            cut = _tr("(notes cut here: read them in full on the order)")
            cut_h = c.line_height(c.font(8))
            c.text(4, box_top + 2 + text_h - cut_h, w - 8, cut, c.font(8, bold=True), color=GREY)
            text_h -= cut_h
            notes = _words_that_fit(c, notes, font, w - 8, text_h)
        c.text_in_box(QRectF(4, box_top + 2, w - 8, text_h + 1), notes, font)
        return box_top + box_h + 3

    def _reminder_height(self) -> float:
        return 7.0 if self.f.notes.strip() else 0.0

    def _notes_reminder(self, top: float) -> float:
        c, w = self.c, self.width
        c.fill(0, top, w, 6, BLACK)
        c.text(
            2,
            top,
            w - 4,
            _tr("NOTES (see page 1): %1").replace("%1", " ".join(self.f.notes.split())),
            c.font(9, bold=True),
            color=WHITE,
        )
        return top + self._reminder_height()

    # Lines -------------------------------------------------------------------------------------
    def _table_head(self, top: float) -> float:
        c, w = self.c, self.width
        font = c.font(7, bold=True)
        c.text(0, top, 8, "✓", font, color=GREY)
        c.text(9, top, 16, _tr("QTY"), font, color=GREY, align=Align.AlignHCenter)
        c.text(28, top, 60, _tr("SKU / PRODUCT"), font, color=GREY)
        column = BARCODE_COLUMN_MM if self.item_barcodes else ITEM_CODE_COLUMN_MM
        c.text(
            w - column,
            top,
            column,
            _tr("SCAN") if self.item_barcodes else _tr("ITEM CODE (scan the product)"),
            font,
            color=GREY,
            align=Align.AlignRight,
        )
        c.hline(0, top + TABLE_HEAD_MM - 1.2, w, 0.4)
        return top + TABLE_HEAD_MM

    def _row(self, line: LineItem, top: float) -> None:
        c, w = self.c, self.width
        done = line.quantity_left <= 0
        ink = GREY if done else BLACK
        c.frame(0.5, top + 3, 5.5, 5.5, 0.35, color=ink)
        qty_font = c.font(20, bold=True)
        c.text(
            9,
            top + 1.5,
            16,
            "–" if done else str(line.quantity_left),
            qty_font,
            color=ink,
            align=Align.AlignHCenter,
        )
        if line.quantity_shipped > 0:
            shipped = (
                _tr("all %1 shipped").replace("%1", str(line.quantity))
                if done
                else _tr("%1 of %2 shipped")
                .replace("%1", str(line.quantity_shipped))
                .replace("%2", str(line.quantity))
            )
            c.text(7, top + 10, 20, shipped, c.font(7), color=GREY, align=Align.AlignHCenter)
        if not self.item_barcodes:
            self._row_text_only(line, top, ink)
            return
        code: Barcode | None = None
        if not done:
            # A very long SKU (or none at all) gets no barcode: the row says to type it instead.
            with contextlib.suppress(ValueError):
                code = c.fit(line_barcode(line))
        text_x = 28.0
        text_w = w - text_x - (BARCODE_COLUMN_MM + 3 if code is not None or done else 3)
        y = top + 1.5
        # Shrunk rather than elided: when there is no barcode, the packer types the SKU from here.
        sku_font = c.fit_font(line.sku, text_w, 11, bold=True, minimum=6)
        y += c.text(text_x, y, text_w, line.sku, sku_font, color=ink)
        name_font = c.font(9)
        if code is None and not done:
            note = _tr("no barcode fits: type the SKU above")
            y += c.text(text_x, y, text_w, note, c.font(8, bold=True), color=GREY)
        name_lines = c.wrap_lines(
            line.name, name_font, text_w, 2 if code is not None or done else 1
        )
        c.paragraph(text_x, y, text_w, name_lines, name_font, color=ink)
        if code is not None:
            c.barcode(code, w - code.width_mm, top + 1.5, caption_points=7.5)
        c.hline(0, top + ROW_MM - 0.2, w, 0.15)

    def _row_text_only(self, line: LineItem, top: float, ink: QColor) -> None:
        """SKU and name on the left, the product's code as plain digits on the right: enough to
        check a label by eye, nothing a scanner can read off the paper."""
        c, w = self.c, self.width
        text_x = 28.0
        text_w = w - text_x - ITEM_CODE_COLUMN_MM - 3
        y = top + 1.5
        sku_font = c.fit_font(line.sku, text_w, 11, bold=True, minimum=6)
        y += c.text(text_x, y, text_w, line.sku, sku_font, color=ink)
        name_font = c.font(9)
        c.paragraph(
            text_x, y, text_w, c.wrap_lines(line.name, name_font, text_w, 2), name_font, color=ink
        )
        code_text = line.upc.strip() or line.sku
        code_font = c.fit_font(code_text, ITEM_CODE_COLUMN_MM, 10, minimum=6)
        c.text(
            w - ITEM_CODE_COLUMN_MM,
            top + 2,
            ITEM_CODE_COLUMN_MM,
            code_text,
            code_font,
            color=ink,
            align=Align.AlignRight,
        )
        c.hline(0, top + ROW_MM - 0.2, w, 0.15)

    # Footer ------------------------------------------------------------------------------------
    def _footer(self, page: int, pages: int) -> None:
        c, w = self.c, self.width
        y = c.height_mm - FOOTER_MM + 2
        stamp = date_time(self.printed_at, paper_locale())
        printed = _tr("Printed %1").replace("%1", stamp) + " · Packstation"
        c.text(0, y, w / 2, printed, c.font(7), color=GREY)
        page_of = _tr("page %1 of %2").replace("%1", str(page)).replace("%2", str(pages))
        c.text(
            w / 2,
            y,
            w / 2,
            f"{self.f.order_number} · {page_of}",
            c.font(7),
            color=GREY,
            align=Align.AlignRight,
        )


def _words_that_fit(c: Canvas, text: str, font: QFont, width_mm: float, height_mm: float) -> str:
    """The longest run of leading words (plus "…") that wraps into the box."""
    words = text.split()
    low, high = 0, len(words)
    while low < high:
        middle = (low + high + 1) // 2
        if c.wrapped_height(" ".join(words[:middle]) + " …", font, width_mm) <= height_mm:
            low = middle
        else:
            high = middle - 1
    return " ".join(words[:low]) + " …"
