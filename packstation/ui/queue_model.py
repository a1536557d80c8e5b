"""The queue: open fulfillments in a table model, and a proxy that filters as the packer types.

The model keeps a row list of frozen `Fulfillment` records plus an id → row dict (napari's and
Anki's pattern), and answers `data()` from a role-to-function table. It keeps its rows sorted:
sorting 10,000 rows with a Python key takes milliseconds, whereas letting QSortFilterProxyModel sort
would call back into Python for every comparison. The proxy therefore only filters, in source
order, against a lowercase search key precomputed per row.

`apply(added, changed, removed)` emits proper insert/remove/move/dataChanged signals, so selection
and scroll position survive a background refresh.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from packstation.domain.records import Fulfillment
from packstation.ui.i18n import QT_TRANSLATE_NOOP, translator

Index = QModelIndex | QPersistentModelIndex
SortKey = tuple[Any, ...]

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's lowercase search key
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the fulfillment id


class QueueColumn(IntEnum):
    MARK = 0
    ORDER = 1
    CHANNEL_ORDER = 2
    SHIP_TO = 3
    PLACE = 4
    SHIPPING = 5
    UNITS = 6
    STATUS = 7
    AGE = 8


_tr = translator("QueueModel")


COLUMN_COUNT = len(QueueColumn)  # len() of an enum is slow, and Qt asks on every paint

HEADERS: dict[QueueColumn, str] = {
    QueueColumn.MARK: QT_TRANSLATE_NOOP("QueueModel", "Mark"),
    QueueColumn.ORDER: QT_TRANSLATE_NOOP("QueueModel", "Order"),
    QueueColumn.CHANNEL_ORDER: QT_TRANSLATE_NOOP("QueueModel", "Channel #"),
    QueueColumn.SHIP_TO: QT_TRANSLATE_NOOP("QueueModel", "Ship to"),
    QueueColumn.PLACE: QT_TRANSLATE_NOOP("QueueModel", "Place"),
    QueueColumn.SHIPPING: QT_TRANSLATE_NOOP("QueueModel", "Method"),
    QueueColumn.UNITS: QT_TRANSLATE_NOOP("QueueModel", "Units"),
    QueueColumn.STATUS: QT_TRANSLATE_NOOP("QueueModel", "Status"),
    QueueColumn.AGE: QT_TRANSLATE_NOOP("QueueModel", "Age"),
}


# What a supervisor sees by default (the rest can be shown from the header's menu): the order
# with its channel number, so O1053 and #1052 are never taken for one another.
DEFAULT_COLUMNS: tuple[QueueColumn, ...] = (
    QueueColumn.ORDER,
    QueueColumn.SHIP_TO,
    QueueColumn.SHIPPING,
    QueueColumn.UNITS,
    QueueColumn.STATUS,
    QueueColumn.AGE,
)


def order_words(f: Fulfillment) -> str:
    """ "O1053 (#1052)": the order id first, the channel's number in brackets."""
    channel = f.channel_order_number
    if not channel:
        return f.order_number
    return f"{f.order_number} ({channel if channel.startswith('#') else '#' + channel})"


def ship_to_words(f: Fulfillment) -> str:
    place = place_of(f)
    return f"{f.ship_to.name}, {place}" if place and f.ship_to.name else f.ship_to.name or place


def place_of(f: Fulfillment) -> str:
    s = f.ship_to
    where = " ".join(p for p in (s.city, s.state) if p)
    if s.country_iso and s.country_iso != "US":
        where = f"{where}, {s.country_iso}" if where else s.country_iso
    return where


def units_left(f: Fulfillment) -> int:
    return f.unit_count - f.units_shipped


def format_age(age: dt.timedelta) -> str:
    minutes = max(0, int(age.total_seconds() // 60))
    if minutes < 60:
        return _tr("%n min").replace("%n", str(minutes))
    hours = minutes // 60
    if hours < 48:
        return _tr("%n h").replace("%n", str(hours))
    return _tr("%n d").replace("%n", str(hours // 24))


def search_key(f: Fulfillment) -> str:
    s = f.ship_to
    fields = (f.order_number, f.channel_order_number, s.name, s.company, s.city, s.state, s.zip)
    return "\x1f".join((*fields, f.shipping_method, f.status)).casefold()


def _numeric_id(f: Fulfillment) -> int:
    return int(f.id) if f.id.isdigit() else 0


# Sort keys end with the numeric id so equal values keep a stable, predictable order.
SORT_KEYS: dict[QueueColumn, Callable[[Fulfillment], SortKey]] = {
    QueueColumn.MARK: lambda f: (_numeric_id(f),),
    QueueColumn.ORDER: lambda f: (f.order_number.casefold(), _numeric_id(f)),
    QueueColumn.CHANNEL_ORDER: lambda f: (f.channel_order_number.casefold(), _numeric_id(f)),
    QueueColumn.SHIP_TO: lambda f: (f.ship_to.name.casefold(), _numeric_id(f)),
    QueueColumn.PLACE: lambda f: (place_of(f).casefold(), _numeric_id(f)),
    QueueColumn.SHIPPING: lambda f: (f.shipping_method.casefold(), _numeric_id(f)),
    QueueColumn.UNITS: lambda f: (units_left(f), _numeric_id(f)),
    QueueColumn.STATUS: lambda f: (f.status.casefold(), _numeric_id(f)),
    # Oldest first when ascending: "age" grows as created_at goes back.
    QueueColumn.AGE: lambda f: (-f.created_at.timestamp(), _numeric_id(f)),
}

# Computed once: Qt calls data() and flags() for every visible cell on every paint, and combining
# enum flags in Python costs more than the rest of those calls.
FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_RIGHT_COLUMNS = frozenset({int(QueueColumn.UNITS), int(QueueColumn.AGE)})

WAITING_BRUSH = QBrush(QColor("#e3ecfb"))
CLAIMED_BRUSH = QBrush(QColor("#eceff3"))
CLAIMED_TEXT = QBrush(QColor("#5b6470"))


class QueueModel(QAbstractTableModel):
    """Open fulfillments, one per row, kept in the current sort order."""

    counts_changed = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._rows: list[Fulfillment] = []
        self._row_of: dict[str, int] = {}
        self._keys: list[str] = []  # search key per row, parallel to _rows
        self._waiting: frozenset[str] = frozenset()
        self._claimed: Mapping[str, str] = {}
        self._sort_column = QueueColumn.AGE
        self._descending = True  # oldest on top: they have waited longest
        display: dict[QueueColumn, Callable[[Fulfillment, int], Any]] = {
            QueueColumn.MARK: self._mark_text,
            QueueColumn.ORDER: lambda f, _: order_words(f),
            QueueColumn.CHANNEL_ORDER: lambda f, _: f.channel_order_number,
            QueueColumn.SHIP_TO: lambda f, _: ship_to_words(f),
            QueueColumn.PLACE: lambda f, _: place_of(f),
            QueueColumn.SHIPPING: lambda f, _: f.shipping_method,
            QueueColumn.UNITS: lambda f, _: units_left(f),
            QueueColumn.STATUS: self._status_text,
            QueueColumn.AGE: lambda f, _: format_age(self._now() - f.created_at),
        }
        self._display = {int(c): fn for c, fn in display.items()}
        roles: dict[Qt.ItemDataRole | int, Callable[[Fulfillment, int], Any]] = {
            Qt.ItemDataRole.DisplayRole: lambda f, c: self._display[c](f, c),
            Qt.ItemDataRole.ToolTipRole: self._tooltip,
            Qt.ItemDataRole.TextAlignmentRole: self._alignment,
            Qt.ItemDataRole.BackgroundRole: self._background,
            Qt.ItemDataRole.ForegroundRole: self._foreground,
            ID_ROLE: lambda f, _: f.id,
        }
        self._roles = {int(role): fn for role, fn in roles.items()}  # int keys: cheapest lookup

    # -- Qt's model interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.value(index.row(), index.column(), role)

    def value(self, row: int, column: int, role: int) -> Any:
        """`data()` without a QModelIndex: the filter proxy calls it directly for each cell."""
        fn = self._roles.get(role)
        if fn is None:
            return self._keys[row] if role == SEARCH_ROLE and 0 <= row < len(self._keys) else None
        if not 0 <= row < len(self._rows):
            return None
        return fn(self._rows[row], column)

    def cell(self, row: int, column: int) -> QModelIndex:
        """An index without `index()`'s bounds checks calling back into rowCount/columnCount."""
        return self.createIndex(row, column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr(HEADERS[QueueColumn(section)])
            if role == Qt.ItemDataRole.ToolTipRole and section == QueueColumn.MARK:
                return _tr("Waiting to send, or being packed at another station")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self._sort_column = QueueColumn(column)
        self._descending = order is Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_ids = [self._rows[i.row()].id for i in old_persistent]
        key = SORT_KEYS[self._sort_column]
        self._rows.sort(key=key, reverse=self._descending)
        self._keys = [search_key(f) for f in self._rows]
        self._row_of = {}
        self._reindex()
        new_persistent = [
            self.index(self._row_of[fid], old.column())
            for fid, old in zip(old_ids, old_persistent, strict=True)
        ]
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()

    # -- what others call ----------------------------------------------------------------------
    @property
    def sort_column(self) -> QueueColumn:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def fulfillment(self, row: int) -> Fulfillment:
        return self._rows[row]

    def row_of(self, fulfillment_id: str) -> int | None:
        return self._row_of.get(fulfillment_id)

    def search_key(self, row: int) -> str:
        return self._keys[row]

    def search_keys(self) -> list[str]:
        """The lowercase search key of every row, in row order (do not modify)."""
        return self._keys

    def ids(self) -> list[str]:
        return [f.id for f in self._rows]

    def total_units(self) -> int:
        return sum(units_left(f) for f in self._rows)

    def reset(self, fulfillments: Iterable[Fulfillment]) -> None:
        """Replace everything (first load). Selection is lost; use `apply` for refreshes."""
        self.beginResetModel()
        self._rows = sorted(
            fulfillments, key=SORT_KEYS[self._sort_column], reverse=self._descending
        )
        self._keys = [search_key(f) for f in self._rows]
        self._row_of = {}
        self._reindex()
        self.endResetModel()
        self.counts_changed.emit()

    def apply(
        self,
        added: Iterable[Fulfillment] = (),
        changed: Iterable[Fulfillment] = (),
        removed: Iterable[str] = (),
    ) -> None:
        """A refresh: new rows go to their sorted place, changed rows update (moving if their sort
        key changed), removed ids disappear. An added id we already hold counts as changed."""
        counts = False
        for fid in removed:
            row = self._row_of.get(fid)
            if row is None:
                continue
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            del self._keys[row]
            del self._row_of[fid]
            self._reindex(from_row=row)
            self.endRemoveRows()
            counts = True
        for f in changed:
            counts |= self._update(f)
        for f in added:
            if f.id in self._row_of:
                counts |= self._update(f)
                continue
            row = self._insert_position(f)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, f)
            self._keys.insert(row, search_key(f))
            self._reindex(from_row=row)
            self.endInsertRows()
            counts = True
        if counts:
            self.counts_changed.emit()

    def set_marks(
        self, waiting_to_send: Collection[str], claimed_elsewhere: Mapping[str, str]
    ) -> None:
        """Rows waiting in the outbox, and rows being packed at another station (id → station)."""
        touched = set(self._waiting) ^ set(waiting_to_send)
        touched |= set(self._claimed) ^ set(claimed_elsewhere)
        touched |= {k for k, v in claimed_elsewhere.items() if self._claimed.get(k) != v}
        self._waiting = frozenset(waiting_to_send)
        self._claimed = dict(claimed_elsewhere)
        last = len(QueueColumn) - 1
        for fid in touched:
            row = self._row_of.get(fid)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def is_waiting(self, fulfillment_id: str) -> bool:
        return fulfillment_id in self._waiting

    def claimed_by(self, fulfillment_id: str) -> str | None:
        return self._claimed.get(fulfillment_id)

    # -- internals -----------------------------------------------------------------------------
    def _reindex(self, from_row: int = 0) -> None:
        """Bring the id → row dict up to date from `from_row` on (rows before it did not move)."""
        rows, row_of = self._rows, self._row_of
        for i in range(from_row, len(rows)):
            row_of[rows[i].id] = i

    def _insert_position(self, f: Fulfillment, rows: list[Fulfillment] | None = None) -> int:
        rows = self._rows if rows is None else rows
        key_fn = SORT_KEYS[self._sort_column]
        key = key_fn(f)
        lo, hi = 0, len(rows)
        while lo < hi:
            mid = (lo + hi) // 2
            k = key_fn(rows[mid])
            if (k > key) if self._descending else (k < key):
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _update(self, f: Fulfillment) -> bool:
        row = self._row_of.get(f.id)
        if row is None:
            return False
        old = self._rows[row]
        if old == f:
            return False
        key_fn = SORT_KEYS[self._sort_column]
        self._rows[row] = f
        self._keys[row] = search_key(f)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(QueueColumn) - 1))
        if key_fn(old) != key_fn(f):
            others = self._rows[:row] + self._rows[row + 1 :]
            dest = self._insert_position(f, others)
            if dest != row:
                # beginMoveRows wants the destination in the coordinates before the move.
                qt_dest = dest + 1 if dest > row else dest
                self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), qt_dest)
                self._rows.insert(dest, self._rows.pop(row))
                self._keys.insert(dest, self._keys.pop(row))
                lo, hi = min(row, dest), max(row, dest)
                for i in range(lo, hi + 1):
                    self._row_of[self._rows[i].id] = i
                self.endMoveRows()
        return old.unit_count - old.units_shipped != units_left(f)

    def _status_text(self, f: Fulfillment, column: int) -> str:
        # The mark leads the status: the mark column is hidden by default.
        mark = self._mark_text(f, column)
        return f"{mark} {f.status}" if mark else f.status

    def _mark_text(self, f: Fulfillment, _column: int) -> str:
        station = self._claimed.get(f.id)
        # A symbol, not colour alone; the words are in the tooltip and the row's background.
        if station is not None:
            return "🔒"
        if f.id in self._waiting:
            return "⇡"
        return ""

    def _tooltip(self, f: Fulfillment, column: int) -> str | None:
        station = self._claimed.get(f.id)
        if station is not None:
            return _tr("Being packed at %1").replace("%1", station)
        if f.id in self._waiting:
            return _tr("A shipment for this order is waiting to be sent to Stitch")
        if column == QueueColumn.AGE:
            return f.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if column in (QueueColumn.PLACE, QueueColumn.SHIP_TO):
            s = f.ship_to
            return ", ".join(
                p for p in (s.street1, s.street2, s.city, s.state, s.zip, s.country) if p
            )
        return None

    @staticmethod
    def _alignment(_f: Fulfillment, column: int) -> int | None:
        return _RIGHT if column in _RIGHT_COLUMNS else None

    def _background(self, f: Fulfillment, _column: int) -> QBrush | None:
        if f.id in self._claimed:
            return CLAIMED_BRUSH
        if f.id in self._waiting:
            return WAITING_BRUSH
        return None

    def _foreground(self, f: Fulfillment, _column: int) -> QBrush | None:
        return CLAIMED_TEXT if f.id in self._claimed else None
