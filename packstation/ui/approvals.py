"""Who approves a supervisor action: the supervisor screens' PIN gate when they are installed.

The packing screens only ask "may this be done, and who said so?". `SupervisorApprovals` answers
through `packstation.ui.supervisor.gate` (PIN, reason, audit trail); `OpenApprovals` lets every
action through, named after whoever is signed in, for a station without the supervisor screens.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


class Approvals(Protocol):
    async def bulk_status(self, parent: QWidget | None, ids: Sequence[str], status: str) -> bool:
        """Several orders' status at once."""
        ...

    async def takeover(
        self, parent: QWidget | None, fulfillment_id: str, claimed_by: str
    ) -> bool: ...

    async def resolve_rejected(
        self, parent: QWidget | None, fulfillment_id: str, local_id: str, resolution: str
    ) -> str | None:
        """Who decided (None: not approved)."""
        ...

    async def unknown_label(
        self, parent: QWidget | None, fulfillment_id: str, code: str
    ) -> str | None:
        """Ship a label no carrier format knows: who approved (None: not approved)."""
        ...

    async def weight_override(
        self, parent: QWidget | None, fulfillment_id: str, words: str
    ) -> str | None:
        """Who lets a box that weighs wrong go (None: not approved)."""
        ...


class OpenApprovals:
    """No supervisor screens: everything is allowed, in the name of whoever is signed in."""

    def __init__(self, who: Callable[[], str]) -> None:
        self._who = who

    async def bulk_status(self, parent: QWidget | None, ids: Sequence[str], status: str) -> bool:
        return True

    async def takeover(self, parent: QWidget | None, fulfillment_id: str, claimed_by: str) -> bool:
        return True

    async def resolve_rejected(
        self, parent: QWidget | None, fulfillment_id: str, local_id: str, resolution: str
    ) -> str | None:
        return self._who() or "supervisor"

    async def unknown_label(
        self, parent: QWidget | None, fulfillment_id: str, code: str
    ) -> str | None:
        return self._who() or "supervisor"

    async def weight_override(
        self, parent: QWidget | None, fulfillment_id: str, words: str
    ) -> str | None:
        return self._who() or "supervisor"


class SupervisorApprovals:
    """The PIN gate of `packstation.ui.supervisor.gate` (journals each approval itself)."""

    def __init__(self, gate: Any, context: Any) -> None:
        self._gate = gate
        self._context = context

    async def bulk_status(self, parent: QWidget | None, ids: Sequence[str], status: str) -> bool:
        approval = await self._gate.approve_bulk_status(parent, self._context, list(ids), status)
        return approval is not None

    async def takeover(self, parent: QWidget | None, fulfillment_id: str, claimed_by: str) -> bool:
        approval = await self._gate.approve_takeover(
            parent, self._context, fulfillment_id, claimed_by=claimed_by
        )
        return approval is not None

    async def resolve_rejected(
        self, parent: QWidget | None, fulfillment_id: str, local_id: str, resolution: str
    ) -> str | None:
        approval = await self._gate.approve_resolve_rejected(
            parent, self._context, fulfillment_id, local_id=local_id, resolution=resolution
        )
        return None if approval is None else str(approval.who) or "supervisor"

    async def unknown_label(
        self, parent: QWidget | None, fulfillment_id: str, code: str
    ) -> str | None:
        approval = await self._gate.approve_unknown_label(
            parent, self._context, fulfillment_id, code=code
        )
        return None if approval is None else str(approval.who) or "supervisor"

    async def weight_override(
        self, parent: QWidget | None, fulfillment_id: str, words: str
    ) -> str | None:
        approval = await self._gate.approve_weight_override(
            parent, self._context, fulfillment_id, words=words
        )
        return None if approval is None else str(approval.who) or "supervisor"


def approvals_for(context: Any, who: Callable[[], str]) -> Approvals:
    """The PIN gate when the supervisor screens are installed, else `OpenApprovals`."""
    try:
        gate = importlib.import_module("packstation.ui.supervisor.gate")
    except ImportError:
        log.info("no supervisor screens: supervisor actions need no PIN")
        return OpenApprovals(who)
    return SupervisorApprovals(gate, context)
