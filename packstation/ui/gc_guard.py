"""Python's cyclic garbage collection, run only in the GUI thread.

The collector runs in whichever thread happens to allocate when a generation fills up. The
supervisor screens read files and the journal in worker threads (`asyncio.to_thread`); when a
collection there frees a Qt object (a closed dialog caught in a reference cycle), Qt warns
"QObject::~QObject: Timers cannot be stopped from another thread" or crashes outright (seen here
in the test suite). The cure PyQt/PySide applications use (qutebrowser's `GarbageCollector`):
turn automatic collection off and collect from a timer on the GUI thread, generation by
generation, with the thresholds Python would have used.
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer

log = logging.getLogger(__name__)

GUARD_NAME = "gui-thread-garbage-collector"
INTERVAL_MS = 1000


class GuiThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.setObjectName(GUARD_NAME)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        self.destroyed.connect(gc.enable)  # never leave a process without collection

    def check(self) -> int:
        """Collect the generations that are due; answers how many objects were freed."""
        first, second, third = gc.get_count()
        freed = 0
        if first > self._thresholds[0]:
            freed += gc.collect(0)
            if second > self._thresholds[1]:
                freed += gc.collect(1)
                if third > self._thresholds[2]:
                    freed += gc.collect(2)
        return freed


def collect_in_gui_thread() -> GuiThreadGarbageCollector | None:
    """Install the collector on the running QCoreApplication once; None without one."""
    app = QCoreApplication.instance()
    if app is None:
        return None
    found = app.findChild(GuiThreadGarbageCollector, GUARD_NAME)
    if isinstance(found, GuiThreadGarbageCollector):
        return found
    log.debug("garbage collection moves to the GUI thread")
    return GuiThreadGarbageCollector(app)


__all__ = ["GuiThreadGarbageCollector", "collect_in_gui_thread"]
