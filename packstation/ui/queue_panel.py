"""The queue panel: open orders with a filter-as-you-type box and counts in its header."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from packstation.ui import theme
from packstation.ui.flow_layout import FlowLayout
from packstation.ui.queue_filter import QueueFilterProxy
from packstation.ui.queue_model import DEFAULT_COLUMNS, QueueColumn, QueueModel


class QueuePanel(QWidget):
    open_requested = Signal(str)  # fulfillment id: Enter or double-click

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QueueModel(self)
        self.proxy = QueueFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.counts = QLabel()
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSize(self.font().pointSize() + 2)
        self.counts.setFont(font)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter: order, name, place, method…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_filter_text)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(
            self.model.sort_column, self.model.sort_order
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Supervisors sit closer than packers: a smaller type shows Order to Age at 1366 wide.
        small = QFont(self.font())
        small.setPointSize(max(9, self.font().pointSize() - 2))
        self.table.setFont(small)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setStretchLastSection(False)
        samples = {
            QueueColumn.MARK: ("🔒",),
            QueueColumn.ORDER: ("O1053 (#1052)",),
            QueueColumn.CHANNEL_ORDER: ("#10000",),
            QueueColumn.SHIP_TO: ("Katherine Dubois",),
            QueueColumn.PLACE: ("Beverly Hills CA",),
            QueueColumn.SHIPPING: ("UPS 2nd Day Air",),
            QueueColumn.UNITS: ("99",),
            QueueColumn.STATUS: ("Packing · St 3",),
            QueueColumn.AGE: ("59 min",),
        }
        for column, values in samples.items():
            header = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.table.setColumnWidth(column, theme.column_width(self.table, header, *values))
            self.table.setColumnHidden(column, column not in DEFAULT_COLUMNS)
        # Ship to gives way: Status and Age stay in sight without scrolling sideways.
        head.setSectionResizeMode(QueueColumn.SHIP_TO, QHeaderView.ResizeMode.Stretch)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        theme.bold_header(self.table)
        self.table.activated.connect(self._activated)

        self.status_button = QPushButton(self.tr("Set status…"))
        self.print_button = QPushButton(self.tr("Print slip"))
        for b in (self.status_button, self.print_button):
            b.setAutoDefault(False)

        top = QHBoxLayout()
        top.addWidget(self.counts)
        top.addStretch(1)
        top.addWidget(self.filter_edit, 2)
        bottom = FlowLayout()  # the buttons wrap rather than widen the window (long languages)
        bottom.addWidget(self.status_button)
        bottom.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.model.counts_changed.connect(self._update_counts)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_counts)
        self._update_counts()

    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.proxy.fulfillment_id(r) for r in rows]

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.proxy.fulfillment_id(index.row()))

    def _update_counts(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if shown == total:
            text = self.tr("Queue: %1 open").replace("%1", str(total))
        else:
            text = (
                self.tr("Queue: %1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))
            )
        self.counts.setText(text)
