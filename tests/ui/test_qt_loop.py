"""qasync changes a socket notifier in whatever thread drops or closes it; `QtLoop` never does.

The reproducer: a qasync loop that still watches a socket is closed in another thread (what the
garbage collector does to a loop nobody closed, through `BaseEventLoop.__del__`). Qt refuses to
disable the notifier there and leaves it registered with the GUI thread's dispatcher, which, under
the GLib dispatcher, then polls the closed socket on every pass of the event loop.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop
from pytestqt.logging import _QtMessageCapture

OFF_THREAD = "cannot be enabled or disabled from another thread"


@pytest.fixture
def socket_pair() -> Iterator[tuple[socket.socket, socket.socket]]:
    a, b = socket.socketpair()
    yield a, b
    a.close()
    b.close()


def _close_in_another_thread(loop: Any) -> None:
    worker = threading.Thread(target=loop.close, name="collector")
    worker.start()
    worker.join()


def _qt_messages_while(action: Callable[[], None]) -> list[str]:
    capture = _QtMessageCapture([])
    capture._start()
    try:
        action()
    finally:
        capture._stop()
    return [r.message for r in capture.records]


def _spin(passes: int = 20) -> None:
    for _ in range(passes):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# In a child process: the GUI thread's dispatcher is left with a pointer to a deleted notifier
# (the loop's own self-pipe reader), and what follows is a crash or an endless spin.
REPRODUCER = """
import socket, sys, threading
from PySide6.QtCore import QCoreApplication, QEventLoop
import qasync
from packstation.ui.qt_loop import QtLoop

app = QCoreApplication([])
loop = (QtLoop if sys.argv[1] == "QtLoop" else qasync.QEventLoop)(app)
a, b = socket.socketpair()
loop.add_reader(a.fileno(), lambda: None)
worker = threading.Thread(target=loop.close)  # as BaseEventLoop.__del__ in a collecting thread
worker.start()
worker.join()
a.close()
for _ in range(20):
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
print("survived", flush=True)
"""


def _child(loop_class: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", REPRODUCER, loop_class],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )


def test_qasync_loop_closed_in_another_thread_leaves_qt_a_dead_notifier() -> None:
    child = _child("qasync")
    assert OFF_THREAD in child.stderr
    assert child.returncode != 0 or "QSocketNotifier: Invalid socket" in child.stderr


def test_qt_loop_closed_in_another_thread_leaves_qt_nothing() -> None:
    child = _child("QtLoop")
    assert child.returncode == 0, child.stderr
    assert "survived" in child.stdout
    assert OFF_THREAD not in child.stderr
    # Each notifier not yet deleted when its socket closed is disabled once, in the GUI thread.
    assert child.stderr.count("QSocketNotifier: Invalid socket") <= 2
