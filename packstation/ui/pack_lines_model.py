"""The lines of the order being packed, fed from the domain's session snapshots.

A scan changes one line; `update(lines)` compares the new snapshot's lines with the ones shown and
emits `dataChanged` for the rows that changed only. The table is rebuilt only when another order
opens, so a 300-line order updates within a frame.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from packstation.domain.session import LineView
from packstation.ui.i18n import QT_TRANSLATE_NOOP, translator

Index = QModelIndex | QPersistentModelIndex


class LineColumn(IntEnum):
    SKU = 0
    NAME = 1
    BARCODE = 2
    ORDERED = 3
    VERIFIED = 4
    LEFT = 5
    DONE = 6


HEADERS = {
    LineColumn.SKU: QT_TRANSLATE_NOOP("PackLinesModel", "SKU"),
    LineColumn.NAME: QT_TRANSLATE_NOOP("PackLinesModel", "Item"),
    LineColumn.BARCODE: QT_TRANSLATE_NOOP("PackLinesModel", "Barcode"),
    LineColumn.ORDERED: QT_TRANSLATE_NOOP("PackLinesModel", "Ordered"),
    LineColumn.VERIFIED: QT_TRANSLATE_NOOP("PackLinesModel", "In box"),
    LineColumn.LEFT: QT_TRANSLATE_NOOP("PackLinesModel", "Left"),
    LineColumn.DONE: "",
}

DONE_BRUSH = QBrush(QColor("#eef0f2"))  # greyed: done lines step back below the ones to pack
DONE_TEXT = QBrush(QColor("#6b737d"))
SHIPPED_TEXT = QBrush(QColor("#5b6470"))
_NUMERIC = frozenset({int(LineColumn.ORDERED), int(LineColumn.VERIFIED), int(LineColumn.LEFT)})
# Computed once: Qt calls data() and flags() for every visible cell on every paint.
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


_tr = translator("PackLinesModel")


def line_done(line: LineView) -> bool:
    return line.left == 0


def packing_order(lines: Sequence[LineView]) -> tuple[LineView, ...]:
    """Lines still to pack first, done lines below them; each group in the order's own order."""
    return tuple(sorted(lines, key=line_done))


def item_words(v: LineView) -> str:
    """The item's name, marked when its SKU is on other lines too (and with its kit)."""
    marks = []
    if v.shared_sku > 1:
        marks.append(_tr("×%1 lines").replace("%1", str(v.shared_sku)))
    if v.kit:
        marks.append(_tr("kit: %1").replace("%1", v.kit))
    return f"{v.name}   [{' · '.join(marks)}]" if marks else v.name


class PackLinesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: tuple[LineView, ...] = ()
        self._barcodes: Mapping[str, str] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        display: dict[LineColumn, Callable[[LineView], Any]] = {
            LineColumn.SKU: lambda v: v.sku,
            LineColumn.NAME: item_words,
            LineColumn.BARCODE: lambda v: self._barcodes.get(v.line_id, ""),
            LineColumn.ORDERED: lambda v: v.ordered,
            LineColumn.VERIFIED: lambda v: v.verified,
            LineColumn.LEFT: lambda v: v.left,
            LineColumn.DONE: lambda v: "✓" if line_done(v) else "",
        }
        self._display = {int(c): fn for c, fn in display.items()}
        roles: dict[Qt.ItemDataRole, Callable[[LineView, int], Any]] = {
            Qt.ItemDataRole.DisplayRole: lambda v, c: self._display[c](v),
            Qt.ItemDataRole.TextAlignmentRole: self._alignment,
            Qt.ItemDataRole.BackgroundRole: lambda v, _c: DONE_BRUSH if line_done(v) else None,
            Qt.ItemDataRole.ForegroundRole: lambda v, _c: DONE_TEXT if line_done(v) else None,
            Qt.ItemDataRole.FontRole: self._font,
            Qt.ItemDataRole.ToolTipRole: self._tooltip,
            Qt.ItemDataRole.AccessibleTextRole: self._accessible,
        }
        self._roles = {int(role): fn for role, fn in roles.items()}  # int keys: cheapest lookup

    # -- Qt's model interface ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LineColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        fn = self._roles.get(role)
        if fn is None:
            return None
        row = index.row()
        if not 0 <= row < len(self._lines):
            return None
        return fn(self._lines[row], index.column())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and 0 <= section < len(LineColumn):
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr(HEADERS[LineColumn(section)])
            if role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS

    # -- what the pack view calls -------------------------------------------------------------
    def line(self, row: int) -> LineView:
        return self._lines[row]

    def row_of(self, line_id: str) -> int | None:
        return next((i for i, v in enumerate(self._lines) if v.line_id == line_id), None)

    def replace(self, lines: Sequence[LineView], barcodes: Mapping[str, str]) -> None:
        """Another order: rebuild the table."""
        self.beginResetModel()
        self._lines = packing_order(lines)
        self._barcodes = dict(barcodes)
        self.endResetModel()

    def update(self, lines: Sequence[LineView]) -> list[int]:
        """The same order after a scan: signal only the rows that changed; returns them (in the
        new order). A line that is done moves below the ones to pack (a row move, not a reset)."""
        new = packing_order(lines)
        old = self._lines
        if len(new) != len(old) or {v.line_id for v in old} != {v.line_id for v in new}:
            self.replace(new, self._barcodes)
            return list(range(len(new)))
        if any(a.line_id != b.line_id for a, b in zip(old, new, strict=True)):
            self._move_rows(new)
            old = self._lines
        changed = [
            i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a is not b and a != b
        ]
        self._lines = new
        last = len(LineColumn) - 1
        # Neighbouring rows go out as one range: an undo of a box touches many at once.
        ranges: list[tuple[int, int]] = []
        for row in changed:
            if ranges and ranges[-1][1] == row - 1:
                ranges[-1] = (ranges[-1][0], row)
            else:
                ranges.append((row, row))
        for first, last_row in ranges:
            self.dataChanged.emit(self.index(first, 0), self.index(last_row, last))
        return changed

    def _move_rows(self, new: tuple[LineView, ...]) -> None:
        """Move the lines whose done state flipped to their place in `new`, one row move each;
        the others keep their relative order, so a few moves are enough."""
        rank = {v.line_id: i for i, v in enumerate(new)}
        now_done = {v.line_id: line_done(v) for v in new}
        rows = list(self._lines)
        for v in [v for v in self._lines if line_done(v) != now_done[v.line_id]]:
            src = next(i for i, r in enumerate(rows) if r.line_id == v.line_id)
            rest = rows[:src] + rows[src + 1 :]
            dest = sum(1 for r in rest if rank[r.line_id] < rank[v.line_id])
            if dest == src:
                continue
            # beginMoveRows wants the destination in the coordinates before the move.
            qt_dest = dest + 1 if dest > src else dest
            self.beginMoveRows(QModelIndex(), src, src, QModelIndex(), qt_dest)
            rows.insert(dest, rows.pop(src))
            self._lines = tuple(rows)
            self.endMoveRows()

    # -- roles --------------------------------------------------------------------------------
    @staticmethod
    def _alignment(_v: LineView, column: int) -> int | None:
        if column in _NUMERIC:
            return _RIGHT
        return _CENTER if column == LineColumn.DONE else None

    def _font(self, v: LineView, column: int) -> QFont | None:
        if column == LineColumn.LEFT and v.left > 0:
            return self._bold
        if column == LineColumn.DONE:
            return self._bold
        return None

    @staticmethod
    def _tooltip(v: LineView, column: int) -> str | None:
        if column == LineColumn.NAME:
            return item_words(v)
        if column in (LineColumn.ORDERED, LineColumn.DONE) and (v.shipped_before or v.shipped_now):
            return _tr("%1 shipped in earlier boxes").replace(
                "%1", str(v.shipped_before + v.shipped_now)
            )
        return None

    @staticmethod
    def _accessible(v: LineView, column: int) -> str | None:
        if column == LineColumn.DONE:
            return _tr("complete") if line_done(v) else _tr("%1 left").replace("%1", str(v.left))
        return None
