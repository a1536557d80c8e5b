"""The asyncio loop on Qt (qasync 0.28), with socket notifiers that only ever change in the GUI
thread.

qasync gives every `add_reader`/`add_writer` a parentless `QSocketNotifier` owned by its Python
wrapper, so the C++ notifier dies wherever the wrapper's last reference goes: in the thread that
runs a garbage collection, or that closes an unclosed loop from `BaseEventLoop.__del__`. The
notifier's frame in `_QEventLoop.__notifier_cb_wrapper` is reachable from the traceback of any
exception raised under a reader callback (a 3.11 frame keeps its caller's frame), which puts live
notifiers into reference cycles. Qt refuses to disable a notifier from another thread ("Socket
notifiers cannot be enabled or disabled from another thread") and leaves it registered with the
GUI thread's event dispatcher; once the socket is closed, the GLib dispatcher polls the dead
descriptor forever ("QSocketNotifier: Invalid socket ... disabling..."). qasync also changes its
notifiers in whatever thread calls `add_reader`/`remove_reader`, though asyncio only allows that
in the loop's thread.

`QtLoop` keeps qasync's logic and changes who owns a notifier: each one is a child of the
QApplication (C++ owns it, so no Python reference can delete it) and is released with
`deleteLater()`, which always runs its destructor in the GUI thread. A reader or writer added or
removed from another thread is moved to the loop's thread (and logged: it is a bug of the caller).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import qasync
from PySide6.QtCore import QCoreApplication, QSocketNotifier, QThread

log = logging.getLogger(__name__)

_Base: Any = qasync.QEventLoop


class QtLoop(_Base):  # type: ignore[misc]
    """qasync's `QEventLoop` whose socket notifiers live and die in the GUI thread."""

    def __init__(self, app: QCoreApplication | None = None, **kwargs: Any) -> None:
        self._owner_app = app or QCoreApplication.instance()
        self._owner_thread = QThread.currentThread()
        super().__init__(self._owner_app, **kwargs)

    def _in_owner_thread(self) -> bool:
        return QThread.currentThread() is self._owner_thread

    def _from_elsewhere(self, what: str, then: Callable[..., Any], *args: Any) -> None:
        log.error(
            "%s called from thread %r, not the loop's: moved to the loop's thread",
            what,
            threading.current_thread().name,
            stack_info=True,
        )
        self.call_soon_threadsafe(then, *args)

    def _adopt(self, notifiers: dict[Any, QSocketNotifier] | None, fd: Any) -> None:
        notifier = None if notifiers is None else notifiers.get(fd)
        if notifier is not None and notifier.parent() is None:
            notifier.setParent(self._owner_app)

    def _add_reader(self, fd: Any, callback: Callable[..., Any], *args: Any) -> None:
        if not self._in_owner_thread():
            self._from_elsewhere("add_reader", self._add_reader, fd, callback, *args)
            return
        old = self._read_notifiers.get(fd)
        super()._add_reader(fd, callback, *args)
        self._adopt(self._read_notifiers, fd)
        if old is not None:
            old.deleteLater()

    def _add_writer(self, fd: Any, callback: Callable[..., Any], *args: Any) -> None:
        if not self._in_owner_thread():
            self._from_elsewhere("add_writer", self._add_writer, fd, callback, *args)
            return
        old = self._write_notifiers.get(fd)
        super()._add_writer(fd, callback, *args)
        self._adopt(self._write_notifiers, fd)
        if old is not None:
            old.deleteLater()

    def _remove_reader(self, fd: Any) -> bool:
        if self.is_closed():
            return False
        if not self._in_owner_thread():
            if fd not in (self._read_notifiers or {}):
                return False
            self._from_elsewhere("remove_reader", self._remove_reader, fd)
            return True
        notifier = self._read_notifiers.get(fd)
        removed: bool = super()._remove_reader(fd)
        if notifier is not None:
            notifier.deleteLater()
        return removed

    def _remove_writer(self, fd: Any) -> bool:
        if self.is_closed():
            return False
        if not self._in_owner_thread():
            if fd not in (self._write_notifiers or {}):
                return False
            self._from_elsewhere("remove_writer", self._remove_writer, fd)
            return True
        notifier = self._write_notifiers.get(fd)
        removed: bool = super()._remove_writer(fd)
        if notifier is not None:
            notifier.deleteLater()
        return removed

    def close(self) -> None:
        if self.is_closed():
            return
        notifiers = [
            *(self._read_notifiers or {}).values(),
            *(self._write_notifiers or {}).values(),
        ]
        if not self._in_owner_thread():
            # Closed by the garbage collector in some thread (BaseEventLoop.__del__): qasync
            # would disable each notifier here, which Qt refuses; their destructors, run in the
            # GUI thread by deleteLater, disable them instead. (Emptied first, so that closing
            # the self-pipe below finds nothing to remove.)
            self._read_notifiers.clear()
            self._write_notifiers.clear()
        super().close()
        for notifier in notifiers:
            notifier.deleteLater()


def run(main: Any) -> Any:
    """`qasync.run` on a `QtLoop` (Python 3.11: through an event loop policy, as qasync does)."""
    import asyncio

    class _Policy(asyncio.DefaultEventLoopPolicy):
        def new_event_loop(self) -> asyncio.AbstractEventLoop:
            return QtLoop(QCoreApplication.instance())

    old = asyncio.get_event_loop_policy()
    asyncio.set_event_loop_policy(_Policy())
    try:
        return asyncio.run(main)
    finally:
        asyncio.set_event_loop_policy(old)


__all__ = ["QtLoop", "run"]
