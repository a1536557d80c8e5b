"""A station's queue in warehouse mode: from PostgreSQL's shared tables, kept current by
LISTEN/NOTIFY (an order claimed or shipped at another station leaves this queue at once, without
polling), emitted as the same `QueueChanged` the window already shows. Opening an order reads its
record and line items from PostgreSQL: no Stitch request.

The last copy stays in memory: when the server or the LAN is away, the station packs from it
(`fulfillments`, `lines`) and the forwarder sends its journal on when it is back.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any

import psycopg

from packstation.domain.records import Fulfillment, FulfillmentState, LineItem, ShipTo
from packstation.services.notifications import Notifier, QueueChanged
from packstation.warehouse.listen import queue_changes
from packstation.warehouse.station import WarehouseStation

log = logging.getLogger(__name__)


def fulfillment_from_record(data: dict[str, Any]) -> Fulfillment:
    """The sync service's JSON copy of a `Fulfillment` (see `warehouse_sync.record`)."""
    return Fulfillment(
        id=str(data["id"]),
        order_number=str(data["order_number"]),
        channel_order_number=str(data.get("channel_order_number", "")),
        status=str(data.get("status", "")),
        state=FulfillmentState(str(data.get("state", "open"))),
        shipping_method=str(data.get("shipping_method", "")),
        notes=str(data.get("notes", "")),
        ship_to=ShipTo(**{k: str(v) for k, v in dict(data["ship_to"]).items()}),
        line_item_count=int(data.get("line_item_count", 0)),
        unit_count=int(data["unit_count"]),
        units_shipped=int(data.get("units_shipped", 0)),
        created_at=dt.datetime.fromisoformat(str(data["created_at"])),
        updated_at=dt.datetime.fromisoformat(str(data["updated_at"])),
    )


def line_from_record(data: dict[str, Any]) -> LineItem:
    return LineItem(
        id=str(data["id"]),
        fulfillment_id=str(data["fulfillment_id"]),
        sku=str(data["sku"]),
        name=str(data.get("name", "")),
        upc=str(data.get("upc", "")),
        quantity=int(data["quantity"]),
        quantity_shipped=int(data.get("quantity_shipped", 0)),
    )


class WarehouseQueue:
    def __init__(self, station: WarehouseStation, listener_dsn: str, notifier: Notifier) -> None:
        self._station = station
        self._dsn = listener_dsn
        self._notifier = notifier
        self._visible: dict[str, Fulfillment] = {}
        self._records: dict[str, Fulfillment] = {}
        self.listening = asyncio.Event()

    @property
    def fulfillments(self) -> tuple[Fulfillment, ...]:
        """The last copy of this station's queue, in queue order."""
        return tuple(self._visible.values())

    async def open(self, fulfillment_id: str) -> tuple[Fulfillment, tuple[LineItem, ...]]:
        record, lines = await self._station.open_order(fulfillment_id)
        return fulfillment_from_record(record), tuple(line_from_record(li) for li in lines)

    async def refresh(self) -> None:
        """Read the queue and emit what changed since the last read."""
        rows = await self._station.queue()
        ids = [str(row["id"]) for row in rows]
        unknown = [fid for fid in ids if fid not in self._records]
        if unknown:
            cur = await self._station.conn.execute(
                "SELECT record FROM fulfillments WHERE id = ANY(%s)", (unknown,)
            )
            for (record,) in await cur.fetchall():
                f = fulfillment_from_record(record)
                self._records[f.id] = f
        visible = {fid: self._records[fid] for fid in ids if fid in self._records}
        added = tuple(visible[k] for k in visible if k not in self._visible)
        removed = tuple(k for k in self._visible if k not in visible)
        self._visible = visible
        if added or removed:
            self._notifier.emit(QueueChanged(added, (), removed))

    async def run(self) -> None:
        """Refresh at every notification (coalesced); until cancelled. Reconnects after a loss."""
        while True:
            try:
                async with await psycopg.AsyncConnection.connect(
                    self._dsn, autocommit=True
                ) as conn:
                    changes = queue_changes(conn)
                    await conn.execute("LISTEN packstation_queue")
                    await self.refresh()
                    self.listening.set()
                    async for change in changes:
                        if change.kind in ("open", "changed"):
                            self._records.pop(change.fulfillment_id, None)
                        await self.refresh()
            except psycopg.OperationalError as exc:
                self.listening.clear()
                log.warning("warehouse queue: database unreachable (%s); packing goes on", exc)
                await asyncio.sleep(2.0)
