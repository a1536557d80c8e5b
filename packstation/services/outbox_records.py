"""The outbox's records as the window shows them: a box waiting, sent or refused, and what a
supervisor may decide about a refused one. They are the journal's; the window names them here.
"""

from __future__ import annotations

from packstation.store import OutboxEntry, OutboxSummary, Resolution, ShipmentState

__all__ = ["OutboxEntry", "OutboxSummary", "Resolution", "ShipmentState"]
