"""The command sheet: every station command as a large labelled barcode, so packers never type.

One barcode per row with its label on the left, so a scanner's aiming line never crosses two
codes. Pack commands and statuses on the first sheet, quantities on a sheet of their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QPageSize

from packstation.domain.commands import QTY_PRESETS, SHEET_COMMANDS, command_text
from packstation.domain.scans import CommandName
from packstation.printing.barcodes import Barcode, code128
from packstation.printing.canvas import GREY, Align, Canvas

DEFAULT_STATUS_PRESETS: tuple[str, ...] = (
    "Picking",
    "Packing",
    "On hold – damaged",
    "Waiting for stock",
    "Address problem",
)
# Every count from 2 to 12 (a packer counting out a line), plus the domain's case-pack presets.
QUANTITIES = tuple(sorted(set(range(2, 13)) | set(QTY_PRESETS)))

BAR_MM = 12.0
ROW_GAP_MM = 3.0
SECTION_GAP_MM = 4.0
LABEL_COLUMN_MM = 62.0


@dataclass(frozen=True, slots=True)
class SheetCode:
    """One barcode on the sheet: what packers read, what it does, and what it scans as."""

    label: str
    hint: str
    requested: str  # the command text as asked for
    barcode: Barcode

    @property
    def scans_as(self) -> str:
        return self.barcode.data


# What each command does, in the packers' words, under the domain's label for it.
_HINTS: dict[CommandName, str] = {
    CommandName.SHIP: "Every unit is in the box: close it and go to the carrier label",
    CommandName.PARTIAL: "Ship only what is scanned; the rest stays open",
    CommandName.UNDO: "Take back the last scan",
    CommandName.ACK: "After a warning: the wrong item is put aside",
    CommandName.CANCEL: "Abandon this order; it goes back to the queue",
}


@dataclass(frozen=True)
class CommandSheet:
    status_presets: Sequence[str] = DEFAULT_STATUS_PRESETS
    title: str = "Station command sheet"
    page_size: QPageSize | None = None
    margins_mm: float = 10.0

    def codes(self, max_width_mm: float = 180.0 - LABEL_COLUMN_MM) -> dict[str, list[SheetCode]]:
        """The sheet's barcodes by section (also what tests and the UI check substitutions on)."""

        def make(label: str, hint: str, text: str) -> SheetCode:
            code = code128(text, height_mm=BAR_MM, max_width_mm=max_width_mm)
            return SheetCode(label, hint, text, code)

        return {
            "Pack": [
                make(command.label, _HINTS.get(command.name, ""), command.text)
                for command in SHEET_COMMANDS
            ],
            "Order status (shown in Stitch)": [
                make(
                    status, "sets the open order's status", command_text(CommandName.STATUS, status)
                )
                for status in self.status_presets
            ],
            "Quantity: scan it, then the item": [
                make(
                    f"× {q}",
                    f"the next item scanned counts {q} units",
                    command_text(CommandName.QTY, str(q)),
                )
                for q in QUANTITIES
            ],
        }

    def paint(self, canvas: Canvas) -> None:
        c, w = canvas, canvas.width_mm
        y = self._page_head(c)
        for index, (section, codes) in enumerate(self.codes(w - LABEL_COLUMN_MM).items()):
            head_h = c.line_height(c.font(12, bold=True)) + 2
            # Quantities get a page of their own: the sheet is cut or pinned as two cards.
            own_page = section.startswith("Quantity")
            if index and (own_page or y + head_h + self._row_height(c, codes[0]) > c.height_mm):
                c.new_page()
                y = self._page_head(c)
            y += c.text(0, y, w, section.upper(), c.font(12, bold=True))
            c.hline(0, y + 0.3, w, 0.5)
            y += 2
            for code in codes:
                h = self._row_height(c, code)
                if y + h > c.height_mm:
                    c.new_page()
                    y = self._page_head(c)
                self._row(c, code, y, big_label=own_page)
                y += h
            y += SECTION_GAP_MM

    def _page_head(self, c: Canvas) -> float:
        w = c.width_mm
        y = c.text(0, 0, w, "STATION COMMANDS", c.font(20, bold=True))
        y += c.text(
            0,
            y,
            w,
            "Scan a code instead of typing. Keep this sheet at the packing station.",
            c.font(9),
            color=GREY,
        )
        c.text(0, 0, w, f"sheet {c.page_number}", c.font(8), color=GREY, align=Align.AlignRight)
        return y + 3

    def _row_height(self, c: Canvas, code: SheetCode) -> float:
        return c.barcode_height(code.barcode, 9) + ROW_GAP_MM

    def _row(self, c: Canvas, code: SheetCode, y: float, *, big_label: bool) -> None:
        # One code per row, label on the left: an aiming line never crosses two codes (a quantity
        # read off the neighbouring code would silently miscount a box).
        label_font = c.fit_font(
            code.label, LABEL_COLUMN_MM - 3, 26 if big_label else 15, bold=True, minimum=9
        )
        top = y + 1
        top += c.text(0, top, LABEL_COLUMN_MM - 3, code.label, label_font)
        hint_font = c.font(8)
        c.paragraph(
            0,
            top,
            LABEL_COLUMN_MM - 3,
            c.wrap_lines(code.hint, hint_font, LABEL_COLUMN_MM - 3, 2),
            hint_font,
            color=GREY,
        )
        c.barcode(c.fit(code.barcode), LABEL_COLUMN_MM, y, caption_points=9)
