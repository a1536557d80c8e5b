"""A row of widgets that wraps onto a second row when the window is too narrow for it.

A translation can be 40 % longer than the English (the pseudo-locale checks it): a row of buttons
laid out in a QHBoxLayout then sets the window's minimum width beyond a 1366 px monitor. In this
layout the row asks only for its widest widget; when the others do not fit beside it they go to
the next row, and widgets that grow (the scan field) give way down to their minimum first and take
what is left of their row.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- QLayout's bookkeeping -------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        """All in one row."""
        shown = self._shown()
        margins = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in shown) + self._gap() * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """As narrow as the widest widget: the others wrap."""
        margins = self.contentsMargins()
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize()).expandedTo(QSize(item.sizeHint().width(), 0))
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- the rows ---------------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _gap(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            w = _least(item)
            if rows[-1] and used + self._gap() + w > width:
                rows.append([])
                used = 0
            used += (self._gap() if rows[-1] else 0) + w
            rows[-1].append(item)
        return [row for row in rows if row]

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        y = area.y()
        for number, row in enumerate(self._rows(area.width())):
            if number:
                y += self._gap()
            height = max(i.sizeHint().height() for i in row)
            if place:
                self._place(row, area.x(), y, area.width(), height)
            y += height
        return y - rect.y() + margins.bottom()

    def _place(self, row: list[QLayoutItem], x: int, y: int, width: int, height: int) -> None:
        widths = [_least(i) for i in row]
        spare = width - sum(widths) - self._gap() * (len(row) - 1)
        growing = [n for n, i in enumerate(row) if _grows(i)]
        if spare > 0 and growing:
            for n in growing:
                widths[n] += spare // len(growing)
        elif spare < 0 and len(row) == 1:  # alone and still wider than the row: the row is its
            widths = [max(row[0].minimumSize().width(), widths[0] + spare)]
        for item, w in zip(row, widths, strict=True):
            item.setGeometry(QRect(QPoint(x, y), QSize(w, height)))
            x += w + self._gap()


def _grows(item: QLayoutItem) -> bool:
    widget = item.widget()
    if widget is None:
        return bool(item.expandingDirections() & Qt.Orientation.Horizontal)
    return widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Expanding


def _least(item: QLayoutItem) -> int:
    """The width a widget takes in a row before the row's spare is shared: a growing one (the
    scan field) its minimum, so the buttons stay beside it as long as they can; others their
    size hint (a button's whole words)."""
    return item.minimumSize().width() if _grows(item) else item.sizeHint().width()
