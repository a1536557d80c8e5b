"""The sync service's side of the warehouse database: the shared queue it keeps from Stitch, and
the shared outbox it takes boxes and statuses from (and writes Stitch's verdicts back to).

Boxes are taken with `FOR UPDATE SKIP LOCKED` and marked `relayed` to this sync service; a sync
service taking over from a dead one adopts what the dead one had relayed (`adopt_relayed`), and
those are reconciled against Stitch before any post (they may have been sent just before it died).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

import psycopg
from psycopg.rows import class_row
from psycopg.types.json import Jsonb

from packstation.warehouse.records import SharedBox, SharedStatus

Conn = psycopg.AsyncConnection[Any]


def _json(value: object) -> Jsonb:
    return Jsonb(value, dumps=lambda o: json.dumps(o, default=str))


_BOX_COLUMNS = (
    "station, local_id, fulfillment_id, session_id, box_number, payload, state, maybe_sent,"
    " relayed_by, remote_id, created_at"
)


class SharedStore:
    def __init__(self, conn: Conn) -> None:
        self.conn = conn

    # -- the shared queue -----------------------------------------------------------------------

    async def upsert_fulfillments(self, records: Sequence[dict[str, Any]]) -> None:
        if not records:
            return
        await self.conn.execute(
            "INSERT INTO fulfillments (id, order_number, channel_order_number, status,"
            " unit_count, units_shipped, updated_at, record, synced_at)"
            " SELECT r->>'id', r->>'order_number', coalesce(r->>'channel_order_number', ''),"
            " coalesce(r->>'status', ''), (r->>'unit_count')::int,"
            " coalesce((r->>'units_shipped')::int, 0), (r->>'updated_at')::timestamptz, r, now()"
            " FROM jsonb_array_elements(%s) AS r"
            " ON CONFLICT (id) DO UPDATE SET order_number = excluded.order_number,"
            " channel_order_number = excluded.channel_order_number, status = excluded.status,"
            " unit_count = excluded.unit_count, units_shipped = excluded.units_shipped,"
            " updated_at = excluded.updated_at, record = excluded.record, synced_at = now()",
            (_json(list(records)),),
        )

    async def remove_fulfillments(self, ids: Iterable[str]) -> None:
        gone = list(ids)
        if gone:
            await self.conn.execute("DELETE FROM fulfillments WHERE id = ANY(%s)", (gone,))

    async def keep_only(self, ids: Iterable[str]) -> int:
        """After a full load: what Stitch no longer lists as open leaves the shared queue."""
        cur = await self.conn.execute(
            "DELETE FROM fulfillments WHERE NOT (id = ANY(%s))", (list(ids),)
        )
        return cur.rowcount

    async def without_lines(self, limit: int) -> list[str]:
        """Fulfillments whose line items are missing or older than the record, queue order."""
        cur = await self.conn.execute(
            "SELECT id FROM fulfillments WHERE lines_synced_at IS NULL"
            " OR lines_synced_at < synced_at ORDER BY length(id), id LIMIT %s",
            (limit,),
        )
        return [row[0] for row in await cur.fetchall()]

    async def set_lines(self, fulfillment_id: str, lines: Sequence[dict[str, Any]]) -> None:
        async with self.conn.transaction():
            await self.conn.execute(
                "DELETE FROM line_items WHERE fulfillment_id = %s", (fulfillment_id,)
            )
            await self.conn.execute(
                "INSERT INTO line_items (fulfillment_id, position, record)"
                " SELECT f.id, r.ordinality, r.value FROM fulfillments f,"
                " jsonb_array_elements(%s) WITH ORDINALITY AS r WHERE f.id = %s",
                (_json(list(lines)), fulfillment_id),
            )
            await self.conn.execute(
                "UPDATE fulfillments SET lines_synced_at = now() WHERE id = %s",
                (fulfillment_id,),
            )

    async def replace_products(self, products: Sequence[dict[str, Any]]) -> None:
        async with self.conn.transaction():
            await self.conn.execute("DELETE FROM products")
            await self.conn.execute(
                "INSERT INTO products (sku, upc, name, record)"
                " SELECT r->>'sku', r->>'upc', coalesce(r->>'name', ''), r"
                " FROM jsonb_array_elements(%s) AS r ON CONFLICT (sku) DO NOTHING",
                (_json(list(products)),),
            )

    async def set_state(self, key: str, value: object) -> None:
        await self.conn.execute(
            "INSERT INTO sync_state (key, value) VALUES (%s, %s)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, _json(value)),
        )

    # -- the shared outbox ----------------------------------------------------------------------

    async def take_boxes(self, relayer: str, limit: int = 100) -> list[SharedBox]:
        """Pending boxes, now relayed by this sync service (oldest first)."""
        cur = self.conn.cursor(row_factory=class_row(SharedBox))
        await cur.execute(
            "UPDATE shared_outbox o SET state = 'relayed', relayed_by = %s"  # noqa: S608
            " FROM (SELECT station, local_id FROM shared_outbox WHERE state = 'pending'"
            "       ORDER BY forwarded_at LIMIT %s FOR UPDATE SKIP LOCKED) AS p"
            " WHERE o.station = p.station AND o.local_id = p.local_id"
            f" RETURNING {', '.join('o.' + c.strip() for c in _BOX_COLUMNS.split(','))}",
            (relayer, limit),
        )
        return await cur.fetchall()

    async def adopt_relayed(self, relayer: str) -> list[SharedBox]:
        """Boxes another sync service relayed and did not finish: ours now (reconcile first)."""
        cur = self.conn.cursor(row_factory=class_row(SharedBox))
        await cur.execute(
            "UPDATE shared_outbox SET relayed_by = %s, maybe_sent = true"  # noqa: S608
            " WHERE state = 'relayed' AND relayed_by IS DISTINCT FROM %s"
            f" RETURNING {_BOX_COLUMNS}",
            (relayer, relayer),
        )
        return await cur.fetchall()

    async def relayed_by(self, relayer: str) -> list[SharedBox]:
        cur = self.conn.cursor(row_factory=class_row(SharedBox))
        await cur.execute(
            f"SELECT {_BOX_COLUMNS} FROM shared_outbox"  # noqa: S608 - constant columns
            " WHERE state = 'relayed' AND relayed_by = %s",
            (relayer,),
        )
        return await cur.fetchall()

    async def box_state(self, station: str, local_id: str) -> tuple[str, str | None] | None:
        cur = await self.conn.execute(
            "SELECT state, remote_id FROM shared_outbox WHERE station = %s AND local_id = %s",
            (station, local_id),
        )
        row = await cur.fetchone()
        return None if row is None else (row[0], row[1])

    async def finish_box(
        self, station: str, local_id: str, state: str, *, remote_id: str | None = None,
        message: str | None = None,
    ) -> None:
        """Stitch's verdict: sent (with its shipment id), rejected or discarded."""
        await self.conn.execute(
            "UPDATE shared_outbox SET state = %s, remote_id = %s, message = %s,"
            " sent_at = CASE WHEN %s = 'sent' THEN now() END"
            " WHERE station = %s AND local_id = %s AND state IN ('pending', 'relayed')",
            (state, remote_id, message, state, station, local_id),
        )

    async def long_claims(self, older_than_s: float, limit: int = 50) -> list[tuple[str, str]]:
        """Packs open for a while whose claim Stitch does not show yet: (order, station); each
        is marked written, so one status per claim at most."""
        cur = await self.conn.execute(
            "UPDATE claims SET status_written_at = now() WHERE fulfillment_id IN"
            " (SELECT fulfillment_id FROM claims WHERE status_written_at IS NULL"
            "  AND claimed_at < now() - make_interval(secs => %s) ORDER BY claimed_at"
            "  LIMIT %s FOR UPDATE SKIP LOCKED) RETURNING fulfillment_id, station",
            (older_than_s, limit),
        )
        return [(row[0], row[1]) for row in await cur.fetchall()]

    async def pending_statuses(self, limit: int = 100) -> list[SharedStatus]:
        cur = self.conn.cursor(row_factory=class_row(SharedStatus))
        await cur.execute(
            "SELECT station, local_id, fulfillment_id, status, created_at FROM shared_statuses"
            " WHERE state = 'pending' ORDER BY created_at LIMIT %s",
            (limit,),
        )
        return await cur.fetchall()

    async def statuses_relayed(self, taken: Sequence[SharedStatus]) -> None:
        for status in taken:
            await self.conn.execute(
                "UPDATE shared_statuses SET state = 'relayed' WHERE station = %s"
                " AND local_id = %s",
                (status.station, status.local_id),
            )
