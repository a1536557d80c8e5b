"""A read-only table over a list of records, one function per column."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex

#: Rows measured when fitting the columns to their contents.
FIT_ROWS = 200


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    value: Callable[[Any], object]
    numeric: bool = False  # right-aligned, so digits line up
    tip: str = ""


class RowsModel(QAbstractTableModel):
    def __init__(
        self,
        columns: Sequence[Column],
        parent: QObject | None = None,
        *,
        emphasize: Callable[[Any], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._emphasize = emphasize  # rows shown in bold (a total)
        self._rows: tuple[Any, ...] = ()

    @property
    def rows(self) -> tuple[Any, ...]:
        return self._rows

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        value = self._columns[column].value(self._rows[row])
        return "" if value is None else str(value)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.FontRole and self._emphasize is not None:
            if self._emphasize(self._rows[index.row()]):
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            flag = Qt.AlignmentFlag
            horizontal = flag.AlignRight if column.numeric else flag.AlignLeft
            return horizontal | flag.AlignVCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or section >= len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        if role == Qt.ItemDataRole.ToolTipRole and self._columns[section].tip:
            return self._columns[section].tip
        return None


def table_view(
    model: RowsModel, parent: QWidget | None = None, *, stretch: int | None = None
) -> QTableView:
    """A read-only table that shows `model` with readable rows; column `stretch` takes the room
    left (else the last one does)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    # Fitted once per new set of rows, from the first rows only: ResizeToContents would measure
    # every row on every change (10,000 products took a second of the GUI thread).
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setResizeContentsPrecision(FIT_ROWS)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    model.modelReset.connect(view.resizeColumnsToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(False)
    return view
