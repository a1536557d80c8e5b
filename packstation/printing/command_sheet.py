"""The command sheet: every station command as a large labelled barcode, so packers never type.

One barcode per row with its label on the left, so a scanner's aiming line never crosses two
codes. The first sheet holds the pack commands: ACK, the code scanned most after a warning, is
large and in a box of its own; STOP PACKING (`PS-CMD:CANCEL`: it never cancels the customer's
order) sits alone at the foot of the page behind a heavy rule, as far from ACK as the paper
allows, so a hurried scan of one never reads the other. Statuses and quantities follow on sheets
of their own (quantities last: that sheet is cut or pinned as a card by itself).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QPageSize

from packstation.domain.commands import QTY_PRESETS, SHEET_COMMANDS, command_text
from packstation.domain.scans import CommandName
from packstation.i18n import QT_TRANSLATE_NOOP, paper_plural, paper_translator
from packstation.printing.barcodes import Barcode, code128
from packstation.printing.canvas import GREY, Align, Canvas
from packstation.services.settings import DEFAULT_STATUS_PRESETS

# Every count from 2 to 12 (a packer counting out a line), plus the domain's case-pack presets.
QUANTITIES = tuple(sorted(set(range(2, 13)) | set(QTY_PRESETS)))

BAR_MM = 12.0
ACK_BAR_MM = 24.0
# Wider bars than the sheet's others (16, 14 then 12 dots of 600 dpi): ACK reads from further away.
ACK_MODULE_WIDTHS_MM: tuple[float, ...] = tuple(dots * 25.4 / 600 for dots in (16, 14, 12))
ROW_GAP_MM = 3.0
SECTION_GAP_MM = 4.0
LABEL_COLUMN_MM = 62.0

# In the paper's language (`print_language`), not the packer's: see packstation.i18n.
_tr = paper_translator("CommandSheet")


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
    CommandName.SHIP: QT_TRANSLATE_NOOP(
        "CommandSheet",
        "Every unit is in the box: close it and go to the carrier label (after WRONG WEIGHT: a"
        " supervisor's PIN lets the box go)",
    ),
    CommandName.PARTIAL: QT_TRANSLATE_NOOP(
        "CommandSheet", "Ship only what is scanned; the rest stays open"
    ),
    CommandName.UNDO: QT_TRANSLATE_NOOP("CommandSheet", "Take back the last scan"),
    CommandName.ACK: QT_TRANSLATE_NOOP(
        "CommandSheet", "After a warning: the wrong item is put aside"
    ),
    CommandName.CANCEL: QT_TRANSLATE_NOOP(
        "CommandSheet", "The order goes back to the queue (it is not canceled)"
    ),
    CommandName.WEIGH: QT_TRANSLATE_NOOP(
        "CommandSheet", "The box on the scale again: after WRONG WEIGHT, or once it is fixed"
    ),
}
_LABELS: dict[CommandName, str] = {
    CommandName.ACK: QT_TRANSLATE_NOOP("CommandSheet", "ACK"),
    CommandName.CANCEL: QT_TRANSLATE_NOOP("CommandSheet", "STOP PACKING"),
    CommandName.WEIGH: QT_TRANSLATE_NOOP("CommandSheet", "WEIGH AGAIN"),
}
# The domain's labels of the other commands (domain/commands.py SHEET_COMMANDS), for lupdate.
_DOMAIN_LABELS = (
    QT_TRANSLATE_NOOP("CommandSheet", "Ship this box"),
    QT_TRANSLATE_NOOP("CommandSheet", "Ship what is packed"),
    QT_TRANSLATE_NOOP("CommandSheet", "Undo last scan"),
    QT_TRANSLATE_NOOP("CommandSheet", "Weigh the box again"),
)

PACK_SECTION = QT_TRANSLATE_NOOP("CommandSheet", "Pack")
ACK_SECTION = QT_TRANSLATE_NOOP("CommandSheet", "After a warning")
STATUS_SECTION = QT_TRANSLATE_NOOP("CommandSheet", "Order status (shown in Stitch)")
QUANTITY_SECTION = QT_TRANSLATE_NOOP("CommandSheet", "Quantity: scan it, then the item")
STOP_SECTION = QT_TRANSLATE_NOOP("CommandSheet", "Stop packing")


@dataclass(frozen=True)
class CommandSheet:
    status_presets: Sequence[str] = DEFAULT_STATUS_PRESETS
    title: str = QT_TRANSLATE_NOOP("PaperTitle", "Station command sheet")
    page_size: QPageSize | None = None
    margins_mm: float = 10.0
    language: str = ""  # the paper's (print_language); "" is the window's

    def codes(self, max_width_mm: float = 180.0 - LABEL_COLUMN_MM) -> dict[str, list[SheetCode]]:
        """The sheet's barcodes by section (also what tests and the UI check substitutions on).

        Labels and hints are in the paper's language (see packstation.i18n.paper_language).
        """

        def make(label: str, hint: str, text: str, *, big: bool = False) -> SheetCode:
            if big:
                code = code128(
                    text,
                    height_mm=ACK_BAR_MM,
                    max_width_mm=max_width_mm,
                    module_widths_mm=ACK_MODULE_WIDTHS_MM,
                )
            else:
                code = code128(text, height_mm=BAR_MM, max_width_mm=max_width_mm)
            return SheetCode(label, hint, text, code)

        def command(name: CommandName, *, big: bool = False) -> list[SheetCode]:
            return [
                make(
                    _tr(_LABELS.get(c.name, c.label)),
                    _tr(_HINTS[c.name]) if c.name in _HINTS else "",
                    c.text,
                    big=big,
                )
                for c in SHEET_COMMANDS
                if c.name == name
            ]

        pack = [CommandName.SHIP, CommandName.PARTIAL, CommandName.UNDO, CommandName.WEIGH]
        return {
            PACK_SECTION: [code for name in pack for code in command(name)],
            ACK_SECTION: command(CommandName.ACK, big=True),
            STOP_SECTION: command(CommandName.CANCEL),
            STATUS_SECTION: [
                make(
                    status,
                    _tr("sets the open order's status"),
                    command_text(CommandName.STATUS, status),
                )
                for status in self.status_presets
            ],
            QUANTITY_SECTION: [
                make(
                    f"× {q}",
                    paper_plural(
                        "CommandSheet",
                        "the next item scanned counts %n units",
                        q,
                        one="the next item scanned counts %n unit",
                    ),
                    command_text(CommandName.QTY, str(q)),
                )
                for q in QUANTITIES
            ],
        }

    def paint(self, canvas: Canvas) -> None:
        c, w = canvas, canvas.width_mm
        codes = self.codes(w - LABEL_COLUMN_MM)
        y = self._page_head(c)
        y = self._section(c, PACK_SECTION, codes[PACK_SECTION], y)
        y = self._ack(c, codes[ACK_SECTION], y)
        self._stop(c, codes[STOP_SECTION], y)
        for section in (STATUS_SECTION, QUANTITY_SECTION):
            if not codes[section]:
                continue
            c.new_page()
            y = self._page_head(c)
            self._section(c, section, codes[section], y, big_label=section == QUANTITY_SECTION)

    def _section(
        self,
        c: Canvas,
        title: str,
        codes: Sequence[SheetCode],
        y: float,
        *,
        big_label: bool = False,
    ) -> float:
        w = c.width_mm
        y += c.text(0, y, w, _tr(title).upper(), c.font(12, bold=True))
        c.hline(0, y + 0.3, w, 0.5)
        y += 2
        for code in codes:
            h = self._row_height(c, code)
            if y + h > c.height_mm:
                c.new_page()
                y = self._page_head(c)
            self._row(c, code, y, big_label=big_label)
            y += h
        return y + SECTION_GAP_MM

    def _ack(self, c: Canvas, codes: Sequence[SheetCode], y: float) -> float:
        """ACK in a heavy frame of its own, label and bars large."""
        w = c.width_mm
        y += SECTION_GAP_MM
        for code in codes:
            h = self._row_height(c, code) + 6
            c.frame(0, y, w, h, 1.2)
            self._row(c, code, y + 3, big_label=True, inset=3)
            y += h
        return y + SECTION_GAP_MM

    def _stop(self, c: Canvas, codes: Sequence[SheetCode], y_free: float) -> None:
        """STOP PACKING at the foot of the page, under a heavy rule."""
        w = c.width_mm
        height = 3 + sum(self._row_height(c, code) for code in codes)
        top = max(y_free + 2 * SECTION_GAP_MM, c.height_mm - height)
        if top + height > c.height_mm:
            c.new_page()
            top = c.height_mm - height
        c.hline(0, top, w, 1.2)
        y = top + 3
        for code in codes:
            self._row(c, code, y, big_label=False)
            y += self._row_height(c, code)

    def _page_head(self, c: Canvas) -> float:
        w = c.width_mm
        y = c.text(0, 0, w, _tr("STATION COMMANDS"), c.font(20, bold=True))
        y += c.text(
            0,
            y,
            w,
            _tr("Scan a code instead of typing. Keep this sheet at the packing station."),
            c.font(9),
            color=GREY,
        )
        sheet = _tr("sheet %1").replace("%1", str(c.page_number))
        c.text(0, 0, w, sheet, c.font(8), color=GREY, align=Align.AlignRight)
        return y + 3

    def _row_height(self, c: Canvas, code: SheetCode) -> float:
        return c.barcode_height(code.barcode, 9) + ROW_GAP_MM

    def _row(
        self, c: Canvas, code: SheetCode, y: float, *, big_label: bool, inset: float = 0.0
    ) -> None:
        # One code per row, label on the left: an aiming line never crosses two codes (a quantity
        # read off the neighbouring code would silently miscount a box).
        label_w = LABEL_COLUMN_MM - 3 - inset
        label_font = c.fit_font(code.label, label_w, 26 if big_label else 15, bold=True, minimum=9)
        top = y + 1
        top += c.text(inset, top, label_w, code.label, label_font)
        hint_font = c.font(8)
        c.paragraph(
            inset,
            top,
            label_w,
            c.wrap_lines(code.hint, hint_font, label_w, 3),  # a longer language needs a third
            hint_font,
            color=GREY,
        )
        bars = c.fit(code.barcode)
        x = min(LABEL_COLUMN_MM, c.width_mm - inset - bars.width_mm)
        c.barcode(bars, x, y, caption_points=9)
