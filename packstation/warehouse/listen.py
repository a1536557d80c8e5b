"""LISTEN/NOTIFY: queue changes reach every station within a second, without polling.

Channels (payloads are JSON, written by the schema's triggers):
  packstation_queue   claimed, released, taken_over (claims), shipped (a box sent), open, gone
                      (the shared queue)
  packstation_outbox  box, status: something new for the sync service to send
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import psycopg

from packstation.warehouse.records import QueueChange

QUEUE_CHANNEL = "packstation_queue"
OUTBOX_CHANNEL = "packstation_outbox"


async def listen(conn: psycopg.AsyncConnection[Any], *channels: str) -> None:
    """Subscribe an autocommit connection (its notifications arrive as they are committed)."""
    for channel in channels:
        await conn.execute(f"LISTEN {channel}".encode())


async def queue_changes(conn: psycopg.AsyncConnection[Any]) -> AsyncIterator[QueueChange]:
    """Every queue change, as it arrives; ends when the connection is lost."""
    await listen(conn, QUEUE_CHANNEL)
    async for note in conn.notifies():
        if note.channel != QUEUE_CHANNEL:
            continue
        data = json.loads(note.payload)
        yield QueueChange(
            kind=str(data["kind"]),
            fulfillment_id=str(data["fulfillment_id"]),
            station=data.get("station"),
            packer=data.get("packer"),
        )
