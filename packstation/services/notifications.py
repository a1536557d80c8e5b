"""Plain-Python notifications from the services to whoever listens (the UI, the headless runner).

Callbacks are registered per notification type and called synchronously, in registration order,
on the thread that emits (the asyncio loop's thread). A callback that raises is logged and skipped:
a broken listener must never stop a shipment from being recorded as sent.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from packstation.domain.records import Fulfillment
from packstation.store.records import OutboxSummary

log = logging.getLogger(__name__)

N = TypeVar("N")


class Notifier:
    """`on(QueueChanged, callback)` subscribes; the returned function unsubscribes."""

    def __init__(self) -> None:
        self._listeners: dict[type[Any], list[Callable[[Any], None]]] = {}

    def on(self, kind: type[N], callback: Callable[[N], None]) -> Callable[[], None]:
        self._listeners.setdefault(kind, []).append(callback)

        def unsubscribe() -> None:
            callbacks = self._listeners.get(kind, [])
            if callback in callbacks:
                callbacks.remove(callback)

        return unsubscribe

    def emit(self, notification: object) -> None:
        for callback in tuple(self._listeners.get(type(notification), ())):
            try:
                callback(notification)
            except Exception:
                log.exception("a %s listener failed", type(notification).__name__)


# -- the notifications ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QueueChanged:
    """One refresh of the queue the packer sees (fulfillments hidden here count as removed)."""

    added: tuple[Fulfillment, ...]
    changed: tuple[Fulfillment, ...]
    removed: tuple[str, ...]  # fulfillment ids


@dataclass(frozen=True, slots=True)
class ConnectionChanged:
    """For the banner: "Stitch unreachable since 10:42 — work goes on"."""

    online: bool
    last_sync: dt.datetime | None  # the last answer from Stitch
    offline_since: dt.datetime | None  # the first failure of the current outage


class AlertKind(StrEnum):
    CANCELED = "canceled"  # Stitch canceled the order: the pack stopped
    COMPLETED_ELSEWHERE = "completed_elsewhere"  # shipped by someone else: the pack stopped
    EDITED = "edited"  # address, notes or shipping method changed: re-check before shipping
    HELD = "held"  # a closed box was not sent because the order changed; needs a decision
    REJECTED = "rejected"  # Stitch refused a shipment for good: a supervisor decides


@dataclass(frozen=True, slots=True)
class PackAlert:
    kind: AlertKind
    fulfillment_id: str
    order_number: str
    message: str  # the packer's words
    changed_fields: tuple[str, ...] = ()  # EDITED / HELD: "address", "notes", "shipping method"
    local_id: str | None = None  # HELD / REJECTED: the outbox row


@dataclass(frozen=True, slots=True)
class OutboxChanged:
    """For the status line: "3 boxes waiting to send since 10:42"."""

    summary: OutboxSummary


@dataclass(frozen=True, slots=True)
class ShipmentSent:
    local_id: str
    fulfillment_id: str
    remote_id: str
    reconciled: bool  # found in Stitch after a lost answer or a crash, not posted again


@dataclass(frozen=True, slots=True)
class SendingShipment:
    """A shipment is about to be checked against Stitch and posted (progress for logs)."""

    local_id: str
    fulfillment_id: str


@dataclass(frozen=True, slots=True)
class StatusRefused:
    """Stitch refused a status (a claim) with 409: the order is no longer open there."""

    fulfillment_id: str
    message: str


@dataclass(frozen=True, slots=True)
class JournalCheckFailed:
    """The start-up journal check failed: nothing is sent until IT looks (scanning goes on)."""

    summary: str  # for IT; the packer is told to call IT


@dataclass(frozen=True, slots=True)
class TokenNeeded:
    """Stitch refused the access token: sending is paused until `Station.replace_token`."""

    message: str


__all__ = [
    "AlertKind",
    "ConnectionChanged",
    "JournalCheckFailed",
    "Notifier",
    "OutboxChanged",
    "PackAlert",
    "QueueChanged",
    "SendingShipment",
    "ShipmentSent",
    "StatusRefused",
    "TokenNeeded",
]
