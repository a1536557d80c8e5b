"""Packer badges (`PS-USER:<name>`): credit-card-sized cards, eight to a page, with cut lines."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QPageSize

from packstation.domain.commands import command_text
from packstation.domain.scans import CommandName
from packstation.i18n import QT_TRANSLATE_NOOP, paper_translator
from packstation.printing.barcodes import Barcode, code128
from packstation.printing.canvas import GREY, Align, Canvas

CARD_W_MM = 85.6  # ISO/IEC 7810 ID-1, fits standard badge holders
CARD_H_MM = 54.0
GAP_MM = 4.0
PADDING_MM = 4.0
BAR_MM = 14.0

_tr = paper_translator("Badges")  # the paper's language (print_language), not the packer's


@dataclass(frozen=True, slots=True)
class Badge:
    name: str
    barcode: Barcode

    @property
    def substituted(self) -> bool:
        """The name has characters a scanner cannot type: the badge signs in as `barcode.data`."""
        return self.barcode.substituted


def badge_for(name: str) -> Badge:
    clean = " ".join(name.split())
    if not clean:
        raise ValueError("a badge needs a name")
    text = command_text(CommandName.USER, clean)
    return Badge(clean, code128(text, height_mm=BAR_MM, max_width_mm=CARD_W_MM - 2 * PADDING_MM))


@dataclass(frozen=True)
class Badges:
    badges: Sequence[Badge]
    title: str = QT_TRANSLATE_NOOP("PaperTitle", "Packer badges")
    page_size: QPageSize | None = None
    margins_mm: float = 10.0
    language: str = ""  # the paper's (print_language); "" is the window's

    def paint(self, canvas: Canvas) -> None:
        if not self.badges:
            raise ValueError("no names to print badges for")
        c = canvas
        columns = max(1, int((c.width_mm + GAP_MM) // (CARD_W_MM + GAP_MM)))
        rows = max(1, int((c.height_mm + GAP_MM) // (CARD_H_MM + GAP_MM)))
        per_page = columns * rows
        left = (c.width_mm - (columns * CARD_W_MM + (columns - 1) * GAP_MM)) / 2
        for index, badge in enumerate(self.badges):
            if index and index % per_page == 0:
                c.new_page()
            slot = index % per_page
            x = left + (slot % columns) * (CARD_W_MM + GAP_MM)
            y = (slot // columns) * (CARD_H_MM + GAP_MM)
            self._card(c, badge, x, y)

    def _card(self, c: Canvas, badge: Badge, x: float, y: float) -> None:
        c.frame(x, y, CARD_W_MM, CARD_H_MM, 0.25, dashed=True, color=GREY)
        inner_w = CARD_W_MM - 2 * PADDING_MM
        ix, iy = x + PADDING_MM, y + PADDING_MM
        iy += c.text(
            ix, iy, inner_w, _tr("PACKER · scan to sign in"), c.font(7, bold=True), color=GREY
        )
        name_font = c.fit_font(badge.name, inner_w, 20, bold=True, minimum=10)
        iy += c.text(ix, iy, inner_w, badge.name, name_font)
        code = c.fit(badge.barcode)
        bar_y = y + CARD_H_MM - PADDING_MM - c.barcode_height(code, 8)
        c.barcode(code, x + (CARD_W_MM - code.width_mm) / 2, bar_y, caption_points=8)
        if badge.substituted:
            c.text(
                ix,
                bar_y - 4,
                inner_w,
                _tr("signs in as shown under the bars"),
                c.font(6.5),
                color=GREY,
                align=Align.AlignHCenter,
            )
