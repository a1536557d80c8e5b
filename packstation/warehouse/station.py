"""A station's side of the warehouse database: the queue, claims, and forwarding its journal.

Connected as the station's own login role, so row-level security keeps it to its own rows; the
superuser works too (tests, a single-machine trial) when `station` is given explicitly.

Claims: one packer per order by a unique row (`INSERT … ON CONFLICT DO NOTHING RETURNING`), taken in
one statement so two stations racing for an order get exactly one winner. A supervisor's takeover
is the `packstation_take_over` function: one UPDATE and its audit row, in one transaction.

Forwarding is idempotent: sessions by (station, id), events by (station, session, seq), boxes and
statuses by (station, local id). A replay after a lost answer or a restart inserts nothing twice.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

import psycopg
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb

from packstation.warehouse.records import (
    Claim,
    ForwardedAudit,
    ForwardedBox,
    ForwardedEvent,
    ForwardedSession,
    ForwardedStatus,
)

Conn = psycopg.AsyncConnection[Any]


def _rows_json(rows: Sequence[object]) -> Jsonb:
    return Jsonb([dataclasses.asdict(r) for r in rows], dumps=lambda o: json.dumps(o, default=str))  # type: ignore[call-overload]




class WarehouseStation:
    def __init__(self, conn: Conn, station: str, *, dsn: str | None = None) -> None:
        self.conn = conn
        self.station = station
        self.dsn = dsn  # to connect again after the server or the LAN was away

    # -- the queue ------------------------------------------------------------------------------

    async def queue(self) -> list[dict[str, Any]]:
        """Open orders nobody else packs, by id (numeric): the station's queue."""
        cur = await self.conn.cursor(row_factory=dict_row).execute(
            "SELECT f.id, f.order_number, f.channel_order_number, f.status, f.unit_count,"
            " f.units_shipped, c.station AS claimed_by FROM fulfillments f"
            " LEFT JOIN claims c ON c.fulfillment_id = f.id"
            " WHERE (c.station IS NULL OR c.station = %s)"
            # Not before the sync service has its line items: a slip of it could not be packed.
            " AND f.lines_synced_at IS NOT NULL"
            # Hidden once a box covers it: waiting, being sent, or sent after the queue's copy
            # of the order was read from Stitch.
            " AND NOT EXISTS (SELECT 1 FROM shared_outbox b WHERE b.fulfillment_id = f.id"
            " AND (b.state IN ('pending', 'relayed')"
            " OR (b.state = 'sent' AND b.sent_at >= f.synced_at)))"
            " ORDER BY length(f.id), f.id",
            (self.station,),
        )
        return await cur.fetchall()

    async def open_order(self, fulfillment_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """The fulfillment's record and line items, with no Stitch request; KeyError if gone."""
        cur = await self.conn.execute(
            "SELECT f.record, coalesce((SELECT jsonb_agg(l.record ORDER BY l.position)"
            " FROM line_items l WHERE l.fulfillment_id = f.id), '[]') FROM fulfillments f"
            " WHERE f.id = %s",
            (fulfillment_id,),
        )
        row = await cur.fetchone()
        if row is None:
            raise KeyError(fulfillment_id)
        return row[0], row[1]

    # -- claims ---------------------------------------------------------------------------------

    async def claim(self, fulfillment_id: str, packer: str) -> Claim | None:
        """This packer packs the order, or None: another station has it."""
        cur = await self.conn.execute(
            "INSERT INTO claims (fulfillment_id, station, packer) VALUES (%s, %s, %s)"
            " ON CONFLICT (fulfillment_id) DO NOTHING"
            " RETURNING fulfillment_id, station, packer, claimed_at",
            (fulfillment_id, self.station, packer),
        )
        row = await cur.fetchone()
        if row is None:
            holder = await self.claim_of(fulfillment_id)
            if holder is not None and holder.station == self.station:
                return holder  # ours already (a restart resumes the pack)
            return None
        return Claim(*row)

    async def claim_of(self, fulfillment_id: str) -> Claim | None:
        cur = await self.conn.execute(
            "SELECT fulfillment_id, station, packer, claimed_at FROM claims"
            " WHERE fulfillment_id = %s",
            (fulfillment_id,),
        )
        row = await cur.fetchone()
        return None if row is None else Claim(*row)

    async def release(self, fulfillment_id: str) -> bool:
        """Give the order back (pack canceled, or shipped); only this station's claim."""
        cur = await self.conn.execute(
            "DELETE FROM claims WHERE fulfillment_id = %s AND station = %s",
            (fulfillment_id, self.station),
        )
        return cur.rowcount > 0

    async def take_over(self, fulfillment_id: str, packer: str, *, by: str, why: str) -> Claim:
        """A supervisor moves an order's claim to this station; journaled in the audit table."""
        cur = await self.conn.execute(
            "SELECT (c).fulfillment_id, (c).station, (c).packer, (c).claimed_at"
            " FROM packstation_take_over(%s, %s, %s, %s) AS c",
            (fulfillment_id, packer, by, why),
        )
        row = await cur.fetchone()
        if row is None or row[0] is None:
            raise KeyError(fulfillment_id)
        return Claim(*row)

    # -- forwarding the journal -----------------------------------------------------------------

    async def forward(
        self,
        sessions: Sequence[ForwardedSession] = (),
        events: Sequence[ForwardedEvent] = (),
        boxes: Sequence[ForwardedBox] = (),
        statuses: Sequence[ForwardedStatus] = (),
        audits: Sequence[ForwardedAudit] = (),
    ) -> int:
        """Insert what PostgreSQL does not have yet, in one transaction; rows inserted."""
        inserted = 0
        async with self.conn.transaction():
            if sessions:
                cur = await self.conn.execute(
                    "INSERT INTO station_sessions (station, id, fulfillment_id, order_number,"
                    " packer, opened_at, closed_at, outcome, spec)"
                    " SELECT %s, r.id, r.fulfillment_id, r.order_number, r.packer, r.opened_at,"
                    " r.closed_at, r.outcome, coalesce(r.spec, '{}')"
                    " FROM jsonb_to_recordset(%s) AS r(id text,"
                    " fulfillment_id text, order_number text, packer text, opened_at timestamptz,"
                    " closed_at timestamptz, outcome text, spec jsonb)"
                    " ON CONFLICT (station, id) DO NOTHING",
                    (self.station, _rows_json(sessions)),
                )
                inserted += cur.rowcount
                closed = [s for s in sessions if s.closed_at is not None]
                if closed:
                    await self.conn.execute(
                        "UPDATE station_sessions s SET closed_at = r.closed_at,"
                        " outcome = r.outcome FROM jsonb_to_recordset(%s) AS r(id text,"
                        " closed_at timestamptz, outcome text)"
                        " WHERE s.station = %s AND s.id = r.id AND s.closed_at IS NULL",
                        (_rows_json(closed), self.station),
                    )
            if events:
                cur = await self.conn.execute(
                    "INSERT INTO station_events (station, session_id, seq, at, packer,"
                    " fulfillment_id, kind, raw, result, payload)"
                    " SELECT %s, r.session_id, r.seq, r.at, r.packer, r.fulfillment_id, r.kind,"
                    " r.raw, r.result, r.payload FROM jsonb_to_recordset(%s) AS r(session_id text,"
                    " seq int, at timestamptz, packer text, fulfillment_id text, kind text,"
                    " raw text, result text, payload jsonb)"
                    " ON CONFLICT (station, session_id, seq) DO NOTHING",
                    (self.station, _rows_json(events)),
                )
                inserted += cur.rowcount
            if boxes:
                cur = await self.conn.execute(
                    "INSERT INTO shared_outbox (station, local_id, fulfillment_id, session_id,"
                    " box_number, payload, state, maybe_sent, remote_id, created_at, sent_at,"
                    " event_seq)"
                    " SELECT %s, r.local_id, r.fulfillment_id, r.session_id, r.box_number,"
                    " r.payload, r.state, r.maybe_sent, r.remote_id, r.created_at,"
                    " CASE WHEN r.state = 'sent' THEN now() END, coalesce(r.event_seq, 0)"
                    " FROM jsonb_to_recordset(%s) AS r(local_id text, fulfillment_id text,"
                    " session_id text, box_number int, payload jsonb, state text,"
                    " maybe_sent boolean, remote_id text, created_at timestamptz, event_seq int)"
                    " ON CONFLICT (station, local_id) DO NOTHING",
                    (self.station, _rows_json(boxes)),
                )
                inserted += cur.rowcount
            if statuses:
                cur = await self.conn.execute(
                    "INSERT INTO shared_statuses (station, local_id, fulfillment_id, status,"
                    " created_at) SELECT %s, r.local_id, r.fulfillment_id, r.status, r.created_at"
                    " FROM jsonb_to_recordset(%s) AS r(local_id text, fulfillment_id text,"
                    " status text, created_at timestamptz)"
                    " ON CONFLICT (station, local_id) DO NOTHING",
                    (self.station, _rows_json(statuses)),
                )
                inserted += cur.rowcount
            if audits:
                cur = await self.conn.execute(
                    "INSERT INTO audit (station, local_id, at, who, what, why, fulfillment_id,"
                    " details) SELECT %s, r.local_id, r.at, r.who, r.what, r.why,"
                    " r.fulfillment_id, coalesce(r.details, '{}')"
                    " FROM jsonb_to_recordset(%s) AS r(local_id text, at timestamptz, who text,"
                    " what text, why text, fulfillment_id text, details jsonb)"
                    " ON CONFLICT (station, local_id) DO NOTHING",
                    (self.station, _rows_json(audits)),
                )
                inserted += cur.rowcount
        return inserted

    async def box_states(self) -> dict[str, tuple[str, str | None, str | None]]:
        """This station's unfinished-or-finished forwarded boxes: local id -> (state, Stitch's
        shipment id, Stitch's refusal)."""
        cur = await self.conn.execute(
            "SELECT local_id, state, remote_id, message FROM shared_outbox WHERE station = %s",
            (self.station,),
        )
        return {r[0]: (r[1], r[2], r[3]) for r in await cur.fetchall()}


def utc(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
