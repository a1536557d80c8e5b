"""A label of one line that breaks onto a second (third…) line only when its words do not fit.

The pack view's next action is large type: a long instruction in a long language would set the
window's minimum width past a 1366 px monitor, and eliding it would hide what to do. Qt's own
word wrap in a row beside another label and the wrapping button row can lay out without end, so
the line breaks are put in here, for the width the label has.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class FittedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = ""

    def setText(self, text: str) -> None:
        self._words = text
        self._fit()

    def text(self) -> str:
        """The words as given (without the line breaks put in to fit)."""
        return self._words

    def minimumSizeHint(self) -> QSize:
        """As narrow as its longest word: its words never widen the window, they break lines."""
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(w) for w in self._words.split(" ")), default=0)
        margins = self.contentsMargins()
        hint = super().minimumSizeHint()
        return QSize(widest + margins.left() + margins.right(), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        shown = "\n".join(self._lines(self.contentsRect().width()))
        if super().text() != shown:
            super().setText(shown)

    def _lines(self, width: int) -> list[str]:
        metrics = self.fontMetrics()
        if width <= 0 or metrics.horizontalAdvance(self._words) <= width:
            return [self._words]
        lines: list[str] = []
        current = ""
        for word in self._words.split(" "):
            candidate = f"{current} {word}" if current else word
            if current and metrics.horizontalAdvance(candidate) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
        return lines
