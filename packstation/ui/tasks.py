"""Background work on the Qt loop (qasync): `spawn(coro)` keeps the task alive until it ends and
routes its failure to the log and to whoever shows it (the status bar).

qasync's `asyncSlot` keeps no strong reference to its task, so a task could be collected mid-way;
and an exception in a task nobody awaits would vanish. Every coroutine the UI starts goes through
one `TaskSpawner`, which the app cancels on shutdown.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

log = logging.getLogger(__name__)

T = TypeVar("T")


def user_message(exc: BaseException) -> str:
    """A packer's sentence for a failure; the technical line goes to the log."""
    text = getattr(exc, "user_message", None)  # the API client's errors carry one
    if isinstance(text, str) and text:
        return text
    return QCoreApplication.translate(
        "TaskSpawner", "Something went wrong. The details are in the log."
    )


class TaskSpawner(QObject):
    failed = Signal(str)  # the packer's words for a failure

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: set[asyncio.Task[Any]] = set()

    def spawn(self, coro: Coroutine[Any, Any, T], *, name: str | None = None) -> asyncio.Task[T]:
        task = asyncio.get_event_loop().create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    @property
    def running(self) -> int:
        return len(self._tasks)

    async def cancel_all(self) -> None:
        """On quit: stop everything still running and wait until it has stopped."""
        tasks = [t for t in self._tasks if not t.done()]
        for t in tasks:
            t.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        # str(exc) of our API errors holds method, path and status, never the token.
        log.error("task %s failed: %s", task.get_name(), exc, exc_info=exc)
        self.failed.emit(user_message(exc))
