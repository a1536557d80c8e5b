"""Filter-as-you-type over the queue: every word typed must appear in the order number, channel
order, ship-to name, company, place, shipping method or status.

A proxy of our own rather than QSortFilterProxyModel: that one asks Python about every one of
10,000 rows through a virtual call per row and announces each gap in the result separately, which
took 70–120 ms per keystroke here. This proxy matches all rows in one pass over the model's
precomputed lowercase keys and tells views with a single layout change, keeping their selection
and current row. It never sorts: the source model keeps its rows sorted, and `sort()` asks it to.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from packstation.ui.queue_model import COLUMN_COUNT, FLAGS, ID_ROLE, QueueModel

Index = QModelIndex | QPersistentModelIndex


class QueueFilterProxy(QAbstractProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: QueueModel | None = None
        self._terms: tuple[str, ...] = ()
        self._rows: list[int] = []  # proxy row → source row
        self._proxy_row: dict[int, int] = {}  # source row → proxy row
        self._held_ids: list[str | None] = []  # ids under persistent indexes during a change
        self._held: list[QModelIndex] = []

    # -- set-up ------------------------------------------------------------------------------------
    def setSourceModel(self, model: Any) -> None:
        if not isinstance(model, QueueModel):
            raise TypeError("QueueFilterProxy filters a QueueModel")
        self.beginResetModel()
        if self._queue is not None:
            for signal, slot in self._connections(self._queue):
                signal.disconnect(slot)
        super().setSourceModel(model)
        self._queue = model
        for signal, slot in self._connections(model):
            signal.connect(slot)
        self._refilter()
        self.endResetModel()

    def _connections(self, m: QueueModel) -> list[tuple[Any, Any]]:
        return [
            (m.modelAboutToBeReset, self.beginResetModel),
            (m.modelReset, self._source_reset),
            (m.layoutAboutToBeChanged, self._about_to_change),
            (m.layoutChanged, self._changed),
            (m.rowsAboutToBeInserted, self._about_to_change),
            (m.rowsInserted, self._changed),
            (m.rowsAboutToBeRemoved, self._about_to_change),
            (m.rowsRemoved, self._changed),
            (m.rowsAboutToBeMoved, self._about_to_change),
            (m.rowsMoved, self._changed),
            (m.dataChanged, self._source_data_changed),
        ]

    # -- filtering -----------------------------------------------------------------------------
    @property
    def filter_text(self) -> str:
        return " ".join(self._terms)

    def set_filter_text(self, text: str) -> None:
        terms = tuple(text.casefold().split())
        if terms == self._terms:
            return
        self._about_to_change()
        self._terms = terms
        self._changed()

    def _matches(self, key: str) -> bool:
        return all(t in key for t in self._terms)

    def _refilter(self) -> None:
        assert self._queue is not None
        keys = self._queue.search_keys()
        terms = self._terms
        if not terms:
            self._rows = list(range(len(keys)))
        elif len(terms) == 1:
            (term,) = terms
            self._rows = [i for i, k in enumerate(keys) if term in k]
        else:
            self._rows = [i for i, k in enumerate(keys) if all(t in k for t in terms)]
        self._proxy_row = {s: p for p, s in enumerate(self._rows)}

    # -- source changes: one layout change each, selection kept by fulfillment id ----------------
    def _about_to_change(self, *_args: object) -> None:
        self.layoutAboutToBeChanged.emit()
        assert self._queue is not None
        self._held = self.persistentIndexList()
        ids: list[str | None] = []
        for index in self._held:
            row = index.row()
            ok = index.isValid() and 0 <= row < len(self._rows)
            ids.append(self._queue.fulfillment(self._rows[row]).id if ok else None)
        self._held_ids = ids

    def _changed(self, *_args: object) -> None:
        assert self._queue is not None
        self._refilter()
        new: list[QModelIndex] = []
        for old, fid in zip(self._held, self._held_ids, strict=True):
            source_row = self._queue.row_of(fid) if fid is not None else None
            proxy_row = self._proxy_row.get(source_row) if source_row is not None else None
            new.append(QModelIndex() if proxy_row is None else self.index(proxy_row, old.column()))
        self.changePersistentIndexList(self._held, new)
        self._held, self._held_ids = [], []
        self.layoutChanged.emit()

    def _source_reset(self) -> None:
        self._refilter()
        self.endResetModel()

    def _source_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int] | None = None
    ) -> None:
        assert self._queue is not None
        first, last = top_left.row(), bottom_right.row()
        if self._terms:
            # A changed status or address may move a row into or out of the filter.
            for row in range(first, last + 1):
                shown = row in self._proxy_row
                if shown != self._matches(self._queue.search_key(row)):
                    self._about_to_change()
                    self._changed()
                    return
        rows = [self._proxy_row[r] for r in range(first, last + 1) if r in self._proxy_row]
        if rows:
            self.dataChanged.emit(
                self.index(min(rows), top_left.column()),
                self.index(max(rows), bottom_right.column()),
                roles or [],
            )

    # -- Qt's proxy interface ------------------------------------------------------------------
    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        if not proxy_index.isValid() or self._queue is None:
            return QModelIndex()
        row = proxy_index.row()
        if not 0 <= row < len(self._rows):
            return QModelIndex()
        return self._queue.cell(self._rows[row], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = self._proxy_row.get(source_index.row())
        return QModelIndex() if row is None else self.createIndex(row, source_index.column())

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._rows)):
            return QModelIndex()
        if not 0 <= column < COLUMN_COUNT:
            return QModelIndex()
        return self.createIndex(row, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Straight to the source's cell values: no mapped index per cell and role.
        row = index.row()
        if self._queue is None or not 0 <= row < len(self._rows):
            return None
        return self._queue.value(self._rows[row], index.column(), role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def sibling(self, row: int, column: int, idx: Index) -> QModelIndex:
        return self.index(row, column)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._queue is None else COLUMN_COUNT

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._rows)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._queue is None:
            return None
        if orientation is Qt.Orientation.Horizontal:
            return self._queue.headerData(section, orientation, role)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._queue is not None:
            self._queue.sort(column, order)

    # -- what the window calls -----------------------------------------------------------------
    def fulfillment_id(self, proxy_row: int) -> str:
        assert self._queue is not None
        return self._queue.fulfillment(self._rows[proxy_row]).id

    def source_row(self, proxy_row: int) -> int:
        return self._rows[proxy_row]


__all__ = ["ID_ROLE", "QueueFilterProxy"]
