"""A socket notifier is only ever touched in the thread it lives in (the GUI thread).

Qt refuses to enable, disable or delete a `QSocketNotifier` from another thread: it says "Socket
notifiers cannot be enabled or disabled from another thread" and leaves the notifier registered
with the GUI thread's event dispatcher. When the socket is then closed, Qt's GLib dispatcher
polls the dead descriptor forever ("QSocketNotifier: Invalid socket ... disabling..."), its UNIX
dispatcher warns "Multiple socket notifiers for same socket" at the next notifier for that
descriptor. The guard catches the wrong-thread call where it happens, with the Python stack of
the thread that made it:

- qasync's reader/writer add/remove (`_add_reader`, `_remove_reader`, `_add_writer`,
  `_remove_writer`, what `loop.add_reader` and friends end in) must run in the GUI thread;
- `QSocketNotifier.setEnabled` must run in the notifier's thread;
- a notifier created by qasync must be freed (its last Python reference dropped, which deletes
  the C++ object and disables it) in its thread;
- nothing asks the station's loop (`packstation.ui.qt_loop.QtLoop`) to add or remove a reader or
  writer from another thread (the loop moves such a call to its thread, but it is a bug).

A violation is recorded with its stack, printed to stderr with every thread's stack
(faulthandler), and fails the test it happened in (`take_violations`).
"""

from __future__ import annotations

import faulthandler
import functools
import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6 import QtCore

_violations: list[str] = []
_lock = threading.Lock()
_installed: list[bool] = []

LOOP_METHODS = ("_add_reader", "_remove_reader", "_add_writer", "_remove_writer")


def _in_gui_thread() -> bool:
    app = QtCore.QCoreApplication.instance()
    if app is None:
        return threading.current_thread() is threading.main_thread()
    return QtCore.QThread.currentThread() is app.thread()


def record(what: str) -> None:
    """Note a violation: the calling thread's stack, and every thread's on stderr."""
    stack = "".join(traceback.format_stack()[:-2])
    entry = f"{what} in thread {threading.current_thread().name!r}:\n{stack}"
    with _lock:
        _violations.append(entry)
    sys.stderr.write(f"\n=== notifier guard: {entry}")
    faulthandler.dump_traceback(file=sys.stderr, all_threads=True)
    sys.stderr.flush()


def take_violations() -> list[str]:
    with _lock:
        taken = list(_violations)
        _violations.clear()
    return taken


def _guard_loop_method(name: str, method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def guarded(self: Any, fd: Any, *args: Any) -> Any:
        if not _in_gui_thread():
            record(f"qasync {name}({fd!r}) outside the GUI thread")
        return method(self, fd, *args)

    return guarded


class GuardedSocketNotifier(QtCore.QSocketNotifier):
    """What qasync creates while the guard is on: says where its last reference is dropped."""

    def __del__(self) -> None:
        try:
            owner = self.thread()
            owned_by_qt = self.parent() is not None  # then the wrapper's end deletes nothing
        except RuntimeError:  # the C++ object is already gone
            return
        if not owned_by_qt and owner is not QtCore.QThread.currentThread():
            record(f"QSocketNotifier(fd {self.socket()}) freed outside its thread")


def _guarded_set_enabled(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def set_enabled(self: QtCore.QSocketNotifier, enable: bool) -> Any:
        if self.thread() is not QtCore.QThread.currentThread():
            record(f"QSocketNotifier(fd {self.socket()}).setEnabled({enable}) outside its thread")
        return method(self, enable)

    return set_enabled


def install() -> None:
    """Wrap qasync's notifier handling for the rest of the process (idempotent)."""
    if _installed:
        return
    import qasync
    import qasync._unix

    loop_class = qasync._QEventLoop  # type: ignore[attr-defined]
    for name in LOOP_METHODS:
        setattr(loop_class, name, _guard_loop_method(name, getattr(loop_class, name)))
    QtCore.QSocketNotifier.setEnabled = _guarded_set_enabled(  # type: ignore[method-assign]
        QtCore.QSocketNotifier.setEnabled
    )
    # qasync looks QSocketNotifier up in its QtCore module at each use.
    for module in (qasync, qasync._unix):
        module.QtCore = _QtCoreWithGuardedNotifier(module.QtCore)  # type: ignore[attr-defined]
    # The station's loop moves such calls to its own thread, and they are still a caller's bug.
    from packstation.ui.qt_loop import QtLoop

    moved = QtLoop._from_elsewhere

    def from_elsewhere(self: QtLoop, what: str, then: Callable[..., Any], *args: Any) -> None:
        record(f"{what} outside the loop's thread")
        moved(self, what, then, *args)

    QtLoop._from_elsewhere = from_elsewhere  # type: ignore[method-assign]
    _installed.append(True)


class _QtCoreWithGuardedNotifier:
    def __init__(self, qtcore: Any) -> None:
        self._qtcore = qtcore

    def __getattr__(self, name: str) -> Any:
        if name == "QSocketNotifier":
            return GuardedSocketNotifier
        return getattr(self._qtcore, name)
