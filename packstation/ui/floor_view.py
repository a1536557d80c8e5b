"""The live floor view for supervisors and a wall display: every station of the warehouse, who is
at it, which order is open, boxes waiting for Stitch, the last error, when it was last heard of.
F11 (or `--full-screen`) shows it full screen; Esc leaves full screen. Refreshed every few seconds
from PostgreSQL; when the server is away the last picture stays, with a line saying since when.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Awaitable, Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packstation.services.errors import StitchError
from packstation.services.warehouse_floor import FloorStation

Reader = Callable[[], Awaitable[list[FloorStation]]]


class FloorView(QWidget):
    def __init__(self, read: Reader, *, every_ms: int = 2000, parent: QWidget | None = None):
        super().__init__(parent)
        self._read = read
        self._task: asyncio.Task[None] | None = None
        self.setWindowTitle(self.tr("Packstation: the floor"))
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Station"),
                self.tr("Packer"),
                self.tr("Open order"),
                self.tr("Boxes waiting"),
                self.tr("Last error"),
                self.tr("Last seen"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        font = QFont(self.font())
        font.setPointSize(16)  # read from across the floor
        self.table.setFont(font)
        header = self.table.horizontalHeader()
        bold = QFont(font)
        bold.setBold(True)
        header.setFont(bold)  # the theme's header font is the window's: too small on a wall
        header.setMinimumSectionSize(120)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # the last error's words
        self.state = QLabel(self)
        self.state.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.state)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self.toggle_full_screen)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.showNormal)
        self._timer = QTimer(self)
        self._timer.setInterval(every_ms)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._away_since: dt.datetime | None = None
        self.resize(1000, 500)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            # Without a window manager (a bare X server on a wall display) full screen is only
            # a request: the geometry makes it so.
            self.setGeometry(self.screen().geometry())
            self.showFullScreen()

    def refresh(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.get_event_loop().create_task(self.refresh_now())

    async def refresh_now(self) -> None:
        try:
            stations = await self._read()
        except StitchError:
            self._away_since = self._away_since or dt.datetime.now()
            self.state.setText(
                self.tr("Warehouse server unreachable since {time}").format(
                    time=self._away_since.strftime("%H:%M:%S")
                )
            )
            return
        self._away_since = None
        self.show_stations(stations)
        self.state.setText(
            self.tr("Updated {time}").format(time=dt.datetime.now().strftime("%H:%M:%S"))
        )

    def show_stations(self, stations: list[FloorStation]) -> None:
        self.table.setRowCount(len(stations))
        for row, s in enumerate(stations):
            seen = "—" if s.last_seen is None else s.last_seen.astimezone().strftime("%H:%M:%S")
            cells = (s.station, s.who, s.open_order, str(s.waiting), s.last_error, seen)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        if self._task is not None:
            self._task.cancel()
        super().closeEvent(event)


__all__ = ["FloorView"]
