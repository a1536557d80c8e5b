"""SKU labels for products whose own barcode is missing or damaged.

Either one label per page of the label's own size (a label printer's roll: 62×29 mm, 2×1 in,
4×6 in), or a grid of labels on a sheet of Letter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPageSize

from packstation.domain.records import Product
from packstation.i18n import QT_TRANSLATE_NOOP
from packstation.printing.barcodes import MODULE_WIDTHS_MM, Barcode, product_barcode
from packstation.printing.canvas import GREY, Align, Canvas

# Labels are small: allow a little under 10 mil before giving up on a long SKU.
LABEL_MODULE_WIDTHS_MM = (*MODULE_WIDTHS_MM, 5 * 25.4 / 600)


@dataclass(frozen=True, slots=True)
class LabelSize:
    """A label, and the sheet it sits on when it is not its own page."""

    name: str
    width_mm: float
    height_mm: float
    sheet: QPageSize | None = None  # None: every label is a page of exactly this size
    columns: int = 1
    rows: int = 1
    left_mm: float = 0.0  # sheet only: position of the first label and the pitch between labels
    top_mm: float = 0.0
    pitch_x_mm: float = 0.0
    pitch_y_mm: float = 0.0
    padding_mm: float = 2.0

    def page_size(self) -> QPageSize:
        if self.sheet is not None:
            return self.sheet
        return QPageSize(
            QSizeF(self.width_mm, self.height_mm),
            QPageSize.Unit.Millimeter,
            self.name,
            QPageSize.SizeMatchPolicy.ExactMatch,
        )


LABEL_62X29 = LabelSize("62 × 29 mm", 62.0, 29.0)  # Brother DK-11209 and similar
LABEL_2X1_IN = LabelSize("2 × 1 in", 50.8, 25.4)  # common direct-thermal roll
LABEL_4X6_IN = LabelSize("4 × 6 in", 101.6, 152.4)  # shipping-label printer
# Avery 5163/8163 layout: 4 × 2 in labels, 2 across, 5 down on US Letter.
LABEL_SHEET_LETTER_2X5 = LabelSize(
    "Letter sheet, 2 × 5 labels of 4 × 2 in",
    101.6,
    50.8,
    sheet=QPageSize(QPageSize.PageSizeId.Letter),
    columns=2,
    rows=5,
    left_mm=4.0,
    top_mm=12.7,
    pitch_x_mm=106.4,
    pitch_y_mm=50.8,
    padding_mm=4.0,
)


@dataclass(frozen=True, slots=True)
class SkuLabel:
    sku: str
    name: str
    barcode: Barcode


def label_for(product: Product, size: LabelSize) -> SkuLabel:
    inner_w = size.width_mm - 2 * size.padding_mm
    # The bars take about 40 % of the label's height, at least 10 mm (scanners), at most 25 mm.
    bar_h = min(25.0, max(10.0, (size.height_mm - 2 * size.padding_mm) * 0.4))
    code = product_barcode(
        product.upc,
        product.sku,
        height_mm=bar_h,
        max_width_mm=inner_w,
        module_widths_mm=LABEL_MODULE_WIDTHS_MM,
    )
    return SkuLabel(product.sku, product.name, code)


@dataclass(frozen=True)
class SkuLabels:
    labels: Sequence[SkuLabel]
    size: LabelSize
    title: str = QT_TRANSLATE_NOOP("PaperTitle", "SKU labels")
    language: str = ""  # the paper's (print_language); "" is the window's

    @property
    def page_size(self) -> QPageSize:
        return self.size.page_size()

    @property
    def margins_mm(self) -> float:
        # Single labels: the label edge is the page edge. Sheets: labels are placed absolutely.
        return 0.0

    def paint(self, canvas: Canvas) -> None:
        if not self.labels:
            raise ValueError("no products to print labels for")
        size = self.size
        per_page = size.columns * size.rows
        for index, label in enumerate(self.labels):
            if index and index % per_page == 0:
                canvas.new_page()
            slot = index % per_page
            x = size.left_mm + (slot % size.columns) * size.pitch_x_mm
            y = size.top_mm + (slot // size.columns) * size.pitch_y_mm
            self._label(canvas, label, x, y)

    def _label(self, c: Canvas, label: SkuLabel, x: float, y: float) -> None:
        size = self.size
        if size.sheet is not None:
            c.frame(x, y, size.width_mm, size.height_mm, 0.2, dashed=True, color=GREY)
        pad = size.padding_mm
        inner_w = size.width_mm - 2 * pad
        small = size.height_mm < 40
        sku_font = c.fit_font(label.sku, inner_w, 11 if small else 22, bold=True, minimum=6)
        name_font = c.font(6.5 if small else 12)
        caption = 6.5 if small else 10
        top = y + pad
        top += c.text(x + pad, top, inner_w, label.sku, sku_font, align=Align.AlignHCenter)
        name_lines = c.wrap_lines(label.name, name_font, inner_w, 1 if small else 3)
        c.paragraph(x + pad, top, inner_w, name_lines, name_font, align=Align.AlignHCenter)
        code = c.fit(label.barcode, LABEL_MODULE_WIDTHS_MM[-1])
        bar_y = y + size.height_mm - pad - c.barcode_height(code, caption)
        c.barcode(code, x + (size.width_mm - code.width_mm) / 2, bar_y, caption_points=caption)
