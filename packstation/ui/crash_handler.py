"""What the packer sees when Packstation hits a bug: a calm sentence and where the details are.

`install_crash_handler(log_path, parent_getter)` hooks `sys.excepthook` (uncaught exceptions, and
exceptions raised in Qt slots, which PySide6 routes there) and `threading.excepthook`; it returns a
`CrashHandler` whose `asyncio_handler` the app passes to `loop.set_exception_handler(...)`. Each
writes the full traceback to the log (logger `packstation.crash`) and shows one non-modal-blocking
message box (`QMessageBox.open()`, never `exec()`: a nested loop inside a coroutine breaks the
running task), never a traceback.

The journal: the handler never touches it. The journal commits each scan in its own transaction
before the scan is acknowledged, so whatever failed, every acknowledged scan is already on disk
and an interrupted transaction is rolled back by SQLite. That is why the message can say "Your
scans are saved".

Nothing here may raise: if there is no QApplication (a crash during start-up, the CLI), the
traceback still goes to the log and to stderr and no window is shown.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

__all__ = [
    "CrashHandler",
    "RepeatGate",
    "crash_message",
    "install_crash_handler",
    "route_qt_messages_to_log",
]

log = logging.getLogger("packstation.crash")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def crash_message(log_path: Path) -> str:
    return QCoreApplication.translate(
        "CrashHandler",
        "Something went wrong in Packstation. Your scans are saved. "
        "Please tell your supervisor; the details are in {path}.",
    ).format(path=log_path)


class _Notifier(QObject):
    """Lives in the GUI thread; a signal emitted from any thread shows the box in the GUI thread."""

    show_requested = Signal()


class CrashHandler:
    def __init__(self, log_path: Path, parent_getter: Callable[[], QWidget | None]) -> None:
        self.log_path = log_path
        self._parent_getter = parent_getter
        self._box: QMessageBox | None = None
        self._previous_excepthook = sys.excepthook
        self._previous_threading_hook = threading.excepthook
        self._notifier = _Notifier()
        # Queued when emitted from another thread, direct from the GUI thread.
        self._notifier.show_requested.connect(self._show_message)
        self.crashes = 0  # how many unexpected errors this run (the self-test and tests read it)

    # -- the hooks ---------------------------------------------------------------------------

    def excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_excepthook(exc_type, exc, tb)
            return
        self._report("unexpected error", (exc_type, exc, tb))

    def threading_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return  # a thread that exits on purpose is not a crash
        name = args.thread.name if args.thread is not None else "?"
        self._report(
            f"unexpected error in thread {name}",
            (args.exc_type, args.exc_value, args.exc_traceback),
        )

    def asyncio_handler(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        """For `loop.set_exception_handler`: a task exception nobody awaited, a failed callback."""
        exc = context.get("exception")
        message = str(context.get("message") or "error in the event loop")
        if isinstance(exc, BaseException) and not isinstance(exc, asyncio.CancelledError):
            self._report(
                f"unexpected error in a background task: {message}",
                (type(exc), exc, exc.__traceback__),
            )
        else:
            # Without an exception it is asyncio's own notice (e.g. an unclosed transport).
            log.error("event loop: %s", message)

    # -- reporting ---------------------------------------------------------------------------

    def _report(self, what: str, exc_info: ExcInfo) -> None:
        self.crashes += 1
        try:
            log.critical("%s", what, exc_info=exc_info)
        except Exception:  # the log itself is broken: stderr is the last place left
            _print_to_stderr(what, exc_info)
        try:
            self._notifier.show_requested.emit()
        except Exception:
            log.exception("could not show the crash message")

    def _show_message(self) -> None:
        try:
            app = QCoreApplication.instance()
            if not isinstance(app, QApplication):
                return  # no windows in this process (start-up, CLI): the log has it
            if self._box is not None and self._box.isVisible():
                return  # one message at a time; a burst of errors would bury the packer
            parent = None
            try:
                parent = self._parent_getter()
            except Exception:
                log.exception("crash handler could not find the main window")
            box = QMessageBox(parent)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle("Packstation")
            box.setText(crash_message(self.log_path))
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.finished.connect(self._forget_box)
            self._box = box
            box.open()
        except Exception:
            log.exception("could not show the crash message")

    def _forget_box(self) -> None:
        self._box = None

    @property
    def message_box(self) -> QMessageBox | None:
        """The message on screen now, if any."""
        return self._box

    def uninstall(self) -> None:
        """Put back the hooks that were there before (tests, shutdown)."""
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_excepthook
        if threading.excepthook == self.threading_hook:
            threading.excepthook = self._previous_threading_hook


def _print_to_stderr(what: str, exc_info: ExcInfo) -> None:
    stream = sys.stderr or sys.__stderr__
    if stream is None:
        return
    try:
        stream.write(f"packstation: {what}\n")
        stream.write("".join(traceback.format_exception(*exc_info)))
    except Exception:  # noqa: S110 (nowhere left to report to)
        pass


def install_crash_handler(
    log_path: Path, parent_getter: Callable[[], QWidget | None] = lambda: None
) -> CrashHandler:
    """Hook uncaught exceptions of the main thread, Qt slots and other threads.

    Call once after `configure_logging()` (whose return value is `log_path`), in the GUI thread.
    Then, for the asyncio loop: `loop.set_exception_handler(handler.asyncio_handler)`.
    """
    handler = CrashHandler(log_path, parent_getter)
    sys.excepthook = handler.excepthook
    threading.excepthook = handler.threading_hook
    return handler


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class RepeatGate:
    """Lets a message through a few times a minute, then counts it instead.

    Qt can repeat one warning thousands of times a second: when QtMultimedia's PulseAudio
    thread disables a GUI-thread socket notifier (which Qt refuses), the GLib dispatcher then
    reports "QSocketNotifier: Invalid socket ... disabling..." on every pass of the event loop
    (seen in this project's UI tests, Qt 6.11). Logged line by line, that would push the
    station's useful log out of its rotation in seconds; counted, it stays one line a minute.
    """

    def __init__(
        self, burst: int = 5, window_s: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._burst = burst
        self._window_s = window_s
        self._clock = clock
        self._lock = threading.Lock()
        self._started = clock()
        self._seen: dict[str, int] = {}

    def admit(self, message: str) -> tuple[bool, dict[str, int]]:
        """Whether to log `message` now, and the messages held back in the window that just
        ended, with how many times each was held back (to be said once)."""
        with self._lock:
            now = self._clock()
            held: dict[str, int] = {}
            if now - self._started >= self._window_s:
                held = {m: n - self._burst for m, n in self._seen.items() if n > self._burst}
                self._seen.clear()
                self._started = now
            count = self._seen.get(message, 0) + 1
            self._seen[message] = count
            return count <= self._burst, held


def route_qt_messages_to_log(gate: RepeatGate | None = None) -> Any:
    """Qt's own warnings (a platform plugin, the audio device, a printer) go to the log file as
    `qt.<category>` lines instead of only to a console nobody sees at the station; a message
    Qt repeats in a loop is counted, not written each time (`RepeatGate`). Returns the handler
    it replaced (for `qInstallMessageHandler` to put back)."""
    repeats = gate or RepeatGate()

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        category = context.category or "default"
        name = "qt" if category == "default" else f"qt.{category}".replace("qt.qt.", "qt.")
        logger = logging.getLogger(name)
        admitted, held = repeats.admit(message)
        for text, times in held.items():
            logger.warning("%s (and %d more times in the last minute, not written)", text, times)
        if admitted:
            logger.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)

    return qInstallMessageHandler(handler)
