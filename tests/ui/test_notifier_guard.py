"""The session-wide notifier guard (tests/ui/notifier_guard.py) catches a socket notifier touched
outside the GUI thread, with the stack of the thread that did it."""

from __future__ import annotations

import asyncio
import socket
import threading

import notifier_guard
from PySide6.QtCore import QSocketNotifier


async def test_a_reader_added_from_another_thread_is_caught() -> None:
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    try:

        def off_thread() -> None:
            loop.add_reader(a.fileno(), lambda: None)

        worker = threading.Thread(target=off_thread, name="off-thread-reader")
        worker.start()
        worker.join()
        (violation,) = notifier_guard.take_violations()
        assert "add_reader" in violation
        assert "off-thread-reader" in violation
        assert "off_thread" in violation  # the stack of the thread that did it
        for _ in range(100):  # the loop moved the call to its own thread
            if loop.remove_reader(a.fileno()):
                break
            await asyncio.sleep(0.01)
        else:
            raise AssertionError("the reader never arrived in the loop's thread")
    finally:
        a.close()
        b.close()


async def test_a_notifier_freed_in_another_thread_is_caught() -> None:
    a, b = socket.socketpair()
    try:
        held = [notifier_guard.GuardedSocketNotifier(a.fileno(), QSocketNotifier.Type.Read)]
        held[0].setEnabled(False)

        def drop() -> None:
            held.clear()

        worker = threading.Thread(target=drop, name="off-thread-free")
        worker.start()
        worker.join()
        (violation,) = notifier_guard.take_violations()
        assert "freed outside its thread" in violation
        assert "off-thread-free" in violation
    finally:
        a.close()
        b.close()
