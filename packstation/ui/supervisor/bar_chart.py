"""A bar chart painted with QPainter (no QtCharts): units per hour or per day, stacked by packer.

Packers prefer to look, not read: one colour per packer (or station) with a legend, the total on
top of each bar, the hour or day under it. Colours come from a palette chosen to stay apart for
colour-blind eyes (Okabe–Ito), and every bar also carries its number.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

# Okabe–Ito, without the yellow that vanishes on white paper.
PALETTE = tuple(
    QColor(c) for c in ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000")
)
AXIS = QColor("#5b6470")
GRID = QColor("#dfe3e8")


@dataclass(frozen=True, slots=True)
class Bar:
    label: str  # under the bar: "09:00" or "Fri 27"
    parts: tuple[float, ...]  # one value per series, in legend order

    @property
    def total(self) -> float:
        return sum(self.parts)


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figures-chart")
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._bars: tuple[Bar, ...] = ()
        self._series: tuple[str, ...] = ()
        self._title = ""
        self.setAccessibleName("chart")

    def sizeHint(self) -> QSize:
        return QSize(900, 320)

    @property
    def bars(self) -> tuple[Bar, ...]:
        return self._bars

    def set_data(self, title: str, series: Sequence[str], bars: Sequence[Bar]) -> None:
        self._title = title
        self._series = tuple(series)
        self._bars = tuple(bars)
        self.setAccessibleDescription(
            "; ".join(f"{b.label}: {b.total:g}" for b in self._bars if b.total)
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), QColor("#ffffff"))
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, p: QPainter) -> None:
        font = QFont(self.font())
        small = QFont(font)
        small.setPointSizeF(max(8.0, font.pointSizeF() * 0.8))
        fm = QFontMetricsF(font)
        sm = QFontMetricsF(small)
        margin = 12.0
        width, height = float(self.width()), float(self.height())

        # Title and legend on one line.
        p.setPen(QColor("#1b1f24"))
        bold = QFont(font)
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(QRectF(margin, margin, width, fm.height()), self._title)
        x = margin + QFontMetricsF(bold).horizontalAdvance(self._title) + 24
        p.setFont(small)
        for index, name in enumerate(self._series):
            colour = PALETTE[index % len(PALETTE)]
            swatch = QRectF(x, margin + (fm.height() - sm.height()) / 2 + 2, 14, sm.height() - 4)
            p.fillRect(swatch, colour)
            p.setPen(QColor("#1b1f24"))
            p.drawText(QRectF(x + 18, margin, sm.horizontalAdvance(name) + 4, fm.height()), name)
            x += 18 + sm.horizontalAdvance(name) + 18

        top = margin + fm.height() + 10 + sm.height()  # room for the numbers over the bars
        bottom = height - margin - sm.height() - 6
        left, right = margin, width - margin
        if not self._bars or bottom - top < 20:
            return
        peak = max((b.total for b in self._bars), default=0.0)
        if peak <= 0:
            p.setPen(AXIS)
            p.setFont(font)
            p.drawText(
                QRectF(left, top, right - left, bottom - top),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Nothing packed in this period"),
            )
            return
        scale = (bottom - top) / peak
        p.setPen(QPen(GRID, 1))
        for step in (0.25, 0.5, 0.75, 1.0):
            y = bottom - peak * step * scale
            p.drawLine(int(left), int(y), int(right), int(y))

        slot = (right - left) / len(self._bars)
        bar_width = max(2.0, slot * 0.7)
        every = max(1, int(sm.horizontalAdvance("00:00 ") // slot) + 1)  # labels that fit
        for index, bar in enumerate(self._bars):
            x0 = left + index * slot + (slot - bar_width) / 2
            y = bottom
            for part_index, value in enumerate(bar.parts):
                if value <= 0:
                    continue
                h = value * scale
                p.fillRect(QRectF(x0, y - h, bar_width, h), PALETTE[part_index % len(PALETTE)])
                y -= h
            p.setFont(small)
            p.setPen(QColor("#1b1f24"))
            if bar.total > 0:
                p.drawText(
                    QRectF(x0 - 10, y - sm.height() - 2, bar_width + 20, sm.height()),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    f"{bar.total:g}",
                )
            if index % every == 0:
                p.setPen(AXIS)
                p.drawText(
                    QRectF(x0 - slot, bottom + 4, bar_width + 2 * slot, sm.height()),
                    Qt.AlignmentFlag.AlignHCenter,
                    bar.label,
                )
        p.setPen(QPen(AXIS, 1))
        p.drawLine(int(left), int(bottom), int(right), int(bottom))


__all__ = ["PALETTE", "Bar", "BarChart"]
