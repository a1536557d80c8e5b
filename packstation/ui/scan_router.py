"""Where a scan goes: the one door for the app-wide scan capture and the visible scan field.

A supervisor window in front takes the scan (never a pack's then); otherwise the packing
controller does; before the services are connected, the packer is told to wait.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from packstation.ui.banner import BannerState, Feedback
from packstation.ui.i18n import translator

if TYPE_CHECKING:
    from packstation.ui.main_window import MainWindow
    from packstation.ui.packing_controller import PackingController


_tr = translator("Station")


class ScanRouter(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.supervisor: Callable[[str], bool] | None = None  # True when it took the scan
        self.packing: PackingController | None = None
        window.scanned.connect(self.route)

    def route(self, raw: str) -> None:
        if self.supervisor is not None and self.supervisor(raw):
            return  # a supervisor window is in front: the scan is theirs, never a pack's
        if self.packing is not None:
            self.packing.on_scan(raw)
        else:
            self._window.show_feedback(
                Feedback(BannerState.WARNING, _tr("Not connected yet"), _tr("Wait a moment"))
            )


__all__ = ["ScanRouter"]
