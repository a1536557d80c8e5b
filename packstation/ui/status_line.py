"""The title and status line: station, packer, Stitch's state, what waits to be sent, TRAINING.

In warehouse mode the station talks to the warehouse's PostgreSQL server, never to Stitch: the
connection shown is that server's (connected / offline), and the boxes waiting are the ones not
yet in Stitch (forwarded or not, the sync service has not sent them yet)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from packstation.ui.fitted_label import FittedLabel


class StatusLine(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._station = ""
        self._packer: str | None = None
        self._warehouse = False
        self._reachable: bool | None = None
        self._last_sync: dt.datetime | None = None
        self.title = QLabel()
        self.title.setObjectName("title")
        font = QFont(self.font())
        font.setPointSize(self.font().pointSize() + 3)
        font.setBold(True)
        self.title.setFont(font)
        # Breaks onto a second line rather than widen the window past 1366 px ("▲ Stitch
        # unreachable · last sync …" in a long language beside the title and TRAINING).
        self.stitch = FittedLabel()
        self.waiting = QLabel()
        self.training = QLabel(self.tr("TRAINING – demo data"))
        self.training.setObjectName("training")
        self.training.setToolTip(
            self.tr("Nothing here is real: the station talks to its built-in practice server")
        )
        self.training.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.title)
        layout.addStretch(1)
        for w in (self.stitch, self.waiting, self.training):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignVCenter)
        self.set_stitch_state(None, None)
        self.set_waiting_to_send(0)
        self._update_title()

    def set_station(self, name: str) -> None:
        self._station = name
        self._update_title()

    def set_packer(self, name: str | None) -> None:
        self._packer = name
        self._update_title()

    def set_training(self, on: bool) -> None:
        self.training.setVisible(on)

    def set_warehouse(self, on: bool) -> None:
        """Warehouse mode: the connection shown is the warehouse server's, not Stitch's."""
        self._warehouse = on
        self.set_stitch_state(self._reachable, self._last_sync)

    def set_stitch_state(self, reachable: bool | None, last_sync: dt.datetime | None) -> None:
        """None: not known yet. False: unreachable, work goes on; says when it last worked."""
        self._reachable, self._last_sync = reachable, last_sync
        if self._warehouse:
            text, colour = self._warehouse_words(reachable, last_sync)
            self.stitch.setText(text)
            self.stitch.setStyleSheet(f"color: {colour}; font-weight: 600;")
            return
        if reachable is None:
            text, colour = self.tr("○ Stitch: connecting…"), "#5b6470"
        elif reachable:
            text, colour = self.tr("● Stitch ok"), "#1e7b34"
        else:
            text = self.tr("▲ Stitch unreachable")
            if last_sync is not None:
                text += " · " + self.tr("last sync %1").replace(
                    "%1", last_sync.astimezone().strftime("%H:%M")
                )
            colour = "#9a5b00"
        self.stitch.setText(text)
        self.stitch.setStyleSheet(f"color: {colour}; font-weight: 600;")

    def _warehouse_words(
        self, reachable: bool | None, last_sync: dt.datetime | None
    ) -> tuple[str, str]:
        if reachable is None:
            return self.tr("○ Warehouse server: connecting…"), "#5b6470"
        if reachable:
            return self.tr("● Warehouse server connected"), "#1e7b34"
        text = self.tr("▲ Warehouse server offline")
        if last_sync is not None:
            text += " · " + self.tr("last sync %1").replace(
                "%1", last_sync.astimezone().strftime("%H:%M")
            )
        return text, "#9a5b00"

    def set_waiting_to_send(
        self, count: int, since: dt.datetime | None = None, refused: int = 0
    ) -> None:
        """ "2 waiting to send since 10:42" and, when Stitch refused some, "1 refused"."""
        parts = []
        if count:
            words = self.tr("%1 waiting to send").replace("%1", str(count))
            if since is not None:
                words += " " + self.tr("since %1").replace(
                    "%1", since.astimezone().strftime("%H:%M")
                )
            parts.append(words)
        if refused:
            parts.append(self.tr("%1 refused by Stitch").replace("%1", str(refused)))
        self.waiting.setText(" · ".join(parts))
        self.waiting.setStyleSheet("color: #b3261e; font-weight: 600;" if refused else "")
        self.waiting.setVisible(bool(parts))

    @property
    def packer(self) -> str | None:
        return self._packer

    def title_text(self) -> str:
        parts = ["Packstation", self._station, self._packer or self.tr("nobody signed in")]
        return "  ·  ".join(p for p in parts if p)

    def _update_title(self) -> None:
        self.title.setText(self.title_text())
        window = self.window()
        if window is not self:
            window.setWindowTitle(self.title_text().replace("  ·  ", " · "))
