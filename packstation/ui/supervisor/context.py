"""What the supervisor screens need from the running app, as a Protocol the app satisfies.

The app (`packstation/app.py`) builds one object with these members and hands it to
`packstation.ui.supervisor.install(window, context)`. Everything is read when used, never cached:
the settings change when the settings screen saves, the station appears once an account exists.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from pathlib import Path
from typing import Any, Protocol, TypeVar

from packstation.services.settings import Settings
from packstation.services.station import Station

T = TypeVar("T")


class Spawner(Protocol):
    """`packstation.ui.tasks.TaskSpawner` satisfies this."""

    def spawn(
        self, coro: Coroutine[Any, Any, T], *, name: str | None = None
    ) -> asyncio.Task[T]: ...


class SupervisorContext(Protocol):
    @property
    def settings(self) -> Settings:
        """The settings in force now."""
        ...

    def apply_settings(self, settings: Settings) -> None:
        """The settings screen saved `settings` to the user's file: put them in force (sounds,
        scanner threshold, station name ...). Called on the GUI thread."""
        ...

    @property
    def station(self) -> Station | None:
        """The services (journal, queue, packing, sender, client); None before an account exists."""
        ...

    @property
    def spawner(self) -> Spawner: ...

    @property
    def journal_path(self) -> Path:
        """The station's journal file: figures and history open it read-only in a worker thread."""
        ...

    def selected_ids(self) -> list[str]:
        """Fulfillment ids selected in the queue (may be empty)."""
        ...


__all__ = ["Spawner", "SupervisorContext"]
