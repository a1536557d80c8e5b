"""A painter on a paged device, addressed in millimetres.

Documents lay themselves out in millimetres from the top-left corner of the printable area; the
canvas converts to device units. The painter itself stays unscaled so that font point sizes mean
physical points on both a QPdfWriter and a QPrinter (their logical DPI is their resolution).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPen,
)

from packstation.printing.barcodes import (
    MIN_MODULE_MM,
    Barcode,
    module_widths_for_dpi,
    paint_barcode,
    refit,
)

# At and above this resolution our 600 dpi module grid is already whole device dots.
_GRID_DPI = 600

_INCH_MM = 25.4
_POINT_MM = _INCH_MM / 72

SANS_FAMILIES = ("DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial")
MONO_FAMILIES = ("DejaVu Sans Mono", "Consolas", "Menlo", "Courier New")

BLACK = QColor(0, 0, 0)
GREY = QColor(90, 90, 90)
LIGHT = QColor(225, 225, 225)
WHITE = QColor(255, 255, 255)

Align = Qt.AlignmentFlag


class Canvas:
    """Millimetre drawing helpers over one QPainter on one paged device."""

    def __init__(self, painter: QPainter, device: QPagedPaintDevice) -> None:
        self.painter = painter
        self.device = device
        self._dpi_x = float(device.logicalDpiX())
        self._dpi_y = float(device.logicalDpiY())
        paint_rect = device.pageLayout().paintRect(QPageLayout.Unit.Millimeter)
        self.width_mm = paint_rect.width()
        self.height_mm = paint_rect.height()
        self.page_number = 1

    # Units -------------------------------------------------------------------------------------
    def x(self, mm: float) -> float:
        return mm * self._dpi_x / _INCH_MM

    def y(self, mm: float) -> float:
        return mm * self._dpi_y / _INCH_MM

    def rect(self, x_mm: float, y_mm: float, w_mm: float, h_mm: float) -> QRectF:
        return QRectF(self.x(x_mm), self.y(y_mm), self.x(w_mm), self.y(h_mm))

    # Pages -------------------------------------------------------------------------------------
    def new_page(self) -> None:
        if not self.device.newPage():
            raise OSError("the printer or PDF file refused a new page")
        self.page_number += 1

    # Text --------------------------------------------------------------------------------------
    def font(self, points: float, *, bold: bool = False, mono: bool = False) -> QFont:
        font = QFont()
        # DejaVu ships with Linux installs; Windows and macOS fall through to their own faces.
        font.setFamilies(list(MONO_FAMILIES if mono else SANS_FAMILIES))
        font.setStyleHint(QFont.StyleHint.Monospace if mono else QFont.StyleHint.SansSerif)
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def line_height(self, font: QFont) -> float:
        """Height of one line of `font`, in mm."""
        return QFontMetricsF(font, self.device).lineSpacing() * _INCH_MM / self._dpi_y

    def text_width(self, text: str, font: QFont) -> float:
        return QFontMetricsF(font, self.device).horizontalAdvance(text) * _INCH_MM / self._dpi_x

    def elide(self, text: str, font: QFont, width_mm: float) -> str:
        metrics = QFontMetricsF(font, self.device)
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, self.x(width_mm))

    def fit_font(
        self, text: str, width_mm: float, points: float, *, bold: bool = False, minimum: float = 8
    ) -> QFont:
        """The largest font up to `points` (down to `minimum`) in which `text` fits on one line."""
        font = self.font(points, bold=bold)
        while points > minimum and self.text_width(text, font) > width_mm:
            points -= 0.5
            font = self.font(points, bold=bold)
        return font

    def wrap_lines(self, text: str, font: QFont, width_mm: float, max_lines: int) -> list[str]:
        """`text` broken into at most `max_lines` lines, the last one elided if it overflows."""
        words = text.split()
        lines: list[str] = []
        current = ""
        for index, word in enumerate(words):
            candidate = f"{current} {word}".strip()
            if self.text_width(candidate, font) <= width_mm or not current:
                current = candidate
                continue
            lines.append(current)
            current = word
            if len(lines) == max_lines - 1:
                current = " ".join(words[index:])
                break
        if current:
            lines.append(current)
        return [self.elide(line, font, width_mm) for line in lines[:max_lines]]

    def text(
        self,
        x_mm: float,
        y_mm: float,
        w_mm: float,
        text: str,
        font: QFont,
        *,
        align: Qt.AlignmentFlag = Align.AlignLeft,
        color: QColor = BLACK,
        elide: bool = True,
    ) -> float:
        """One line of text whose top is at `y_mm`; returns the height used (mm)."""
        height = self.line_height(font)
        shown = self.elide(text, font, w_mm) if elide else text
        self.painter.setFont(font)
        self.painter.setPen(color)
        self.painter.drawText(
            self.rect(x_mm, y_mm, w_mm, height), int(align | Align.AlignVCenter), shown
        )
        return height

    def paragraph(
        self,
        x_mm: float,
        y_mm: float,
        w_mm: float,
        lines: list[str],
        font: QFont,
        *,
        color: QColor = BLACK,
        align: Qt.AlignmentFlag = Align.AlignLeft,
    ) -> float:
        used = 0.0
        for line in lines:
            used += self.text(x_mm, y_mm + used, w_mm, line, font, color=color, align=align)
        return used

    def text_in_box(self, box: QRectF, text: str, font: QFont, color: QColor = BLACK) -> None:
        """Word-wrapped text inside a millimetre box (no eliding: notes must print in full)."""
        self.painter.setFont(font)
        self.painter.setPen(color)
        self.painter.drawText(
            self.rect(box.x(), box.y(), box.width(), box.height()),
            int(Qt.TextFlag.TextWordWrap | Align.AlignLeft),
            text,
        )

    def wrapped_height(self, text: str, font: QFont, width_mm: float) -> float:
        """Height (mm) of `text` wrapped as `text_in_box` wraps it."""
        metrics = QFontMetricsF(font, self.device)
        bounds = metrics.boundingRect(
            QRectF(0, 0, self.x(width_mm), 1e9),
            int(Qt.TextFlag.TextWordWrap),
            text,
        )
        return bounds.height() * _INCH_MM / self._dpi_y

    # Shapes ------------------------------------------------------------------------------------
    def hline(self, x_mm: float, y_mm: float, w_mm: float, weight_mm: float = 0.3) -> None:
        self.fill(x_mm, y_mm - weight_mm / 2, w_mm, weight_mm, BLACK)

    def fill(self, x_mm: float, y_mm: float, w_mm: float, h_mm: float, color: QColor) -> None:
        self.painter.fillRect(self.rect(x_mm, y_mm, w_mm, h_mm), QBrush(color))

    def frame(
        self,
        x_mm: float,
        y_mm: float,
        w_mm: float,
        h_mm: float,
        weight_mm: float = 0.3,
        *,
        dashed: bool = False,
        color: QColor = BLACK,
    ) -> None:
        pen = QPen(color)
        pen.setWidthF(self.x(weight_mm))
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.painter.setPen(pen)
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.painter.drawRect(self.rect(x_mm, y_mm, w_mm, h_mm))

    # Barcodes ----------------------------------------------------------------------------------
    def fit(self, code: Barcode, minimum_module_mm: float = MIN_MODULE_MM) -> Barcode:
        """`code` with bars of whole device dots (thermal label printers are 203 or 300 dpi).

        Call before laying out around the barcode: its width may change.
        """
        dpi = round(self._dpi_x)
        if dpi % _GRID_DPI == 0:  # every width we choose is whole dots of a 600 dpi grid
            return code
        widths = module_widths_for_dpi(dpi, min(minimum_module_mm, code.module_mm))
        return refit(code, widths)

    def barcode(
        self,
        code: Barcode,
        x_mm: float,
        y_mm: float,
        *,
        caption_points: float = 8,
        caption: str | None = None,
    ) -> QSizeF:
        """Bars at their own size (top-left at x, y) and the human-readable line under them.

        Returns the size used in mm. `caption` replaces the encoded content as the human line.
        """
        paint_barcode(self.painter, code, self.rect(x_mm, y_mm, code.width_mm, code.height_mm))
        used = code.height_mm
        if caption_points > 0:
            font = self.font(caption_points, mono=True)
            shown = code.human_text if caption is None else caption
            used += 0.6 + self.text(
                x_mm,
                y_mm + code.height_mm + 0.6,
                code.width_mm,
                shown,
                font,
                align=Align.AlignHCenter,
            )
        return QSizeF(code.width_mm, used)

    def barcode_height(self, code: Barcode, caption_points: float = 8) -> float:
        if caption_points <= 0:
            return code.height_mm
        return code.height_mm + 0.6 + self.line_height(self.font(caption_points, mono=True))

    def point(self, x_mm: float, y_mm: float) -> QPointF:
        return QPointF(self.x(x_mm), self.y(y_mm))


POINT_MM = _POINT_MM
