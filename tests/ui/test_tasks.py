"""Background work: a task's failure reaches the packer in words and the log in detail; quitting
cancels what still runs."""

from __future__ import annotations

import asyncio
import logging

import pytest

from packstation.api.errors import NetworkError
from packstation.ui.tasks import TaskSpawner


async def test_a_failure_is_told_in_words_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    spawner = TaskSpawner()
    told: list[str] = []
    spawner.failed.connect(told.append)

    async def refresh() -> None:
        raise NetworkError("connection refused", method="GET", path="/fulfillments")

    with caplog.at_level(logging.ERROR, logger="packstation.ui.tasks"):
        task = spawner.spawn(refresh(), name="queue refresh")
        await asyncio.wait([task])
        await asyncio.sleep(0)
    assert told == ["Cannot reach Stitch. Check the network; nothing was changed."]
    assert "queue refresh" in caplog.text
    assert "GET /fulfillments" in caplog.text
    assert spawner.running == 0


async def test_an_unexpected_error_still_reaches_the_status_bar() -> None:
    spawner = TaskSpawner()
    told: list[str] = []
    spawner.failed.connect(told.append)

    async def broken() -> None:
        raise KeyError("x")

    await asyncio.wait([spawner.spawn(broken())])
    await asyncio.sleep(0)
    assert told == ["Something went wrong. The details are in the log."]


async def test_quitting_cancels_running_work() -> None:
    spawner = TaskSpawner()
    started = asyncio.Event()

    async def forever() -> None:
        started.set()
        await asyncio.Event().wait()

    task = spawner.spawn(forever())
    await started.wait()
    await spawner.cancel_all()
    assert task.cancelled()
    assert spawner.running == 0
