"""Supervisors' cross-station queries: figures per station, an order's history, the audit trail."""

from __future__ import annotations

import datetime as dt
from typing import Any

import psycopg
from psycopg.rows import dict_row

Conn = psycopg.AsyncConnection[Any]


async def figures(conn: Conn, since: dt.datetime) -> list[dict[str, Any]]:
    """Per station since a moment: boxes, units shipped, scans, mistakes, boxes waiting."""
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        "SELECT s.name AS station,"
        " (SELECT count(*) FROM shared_outbox b WHERE b.station = s.name"
        "   AND b.created_at >= %(since)s) AS boxes,"
        " (SELECT coalesce(sum((li->>'quantity')::int), 0) FROM shared_outbox b,"
        "   jsonb_array_elements(b.payload->'line_items') li WHERE b.station = s.name"
        "   AND b.created_at >= %(since)s AND b.state <> 'discarded') AS units,"
        " (SELECT count(*) FROM station_events e WHERE e.station = s.name"
        "   AND e.at >= %(since)s) AS scans,"
        " (SELECT count(*) FROM station_events e WHERE e.station = s.name AND e.at >= %(since)s"
        "   AND e.result NOT IN ('', 'accepted')) AS mistakes,"
        " (SELECT count(*) FROM shared_outbox b WHERE b.station = s.name"
        "   AND b.state IN ('pending', 'relayed')) AS waiting"
        " FROM stations s ORDER BY s.name",
        {"since": since},
    )
    return await cur.fetchall()


async def history(conn: Conn, fulfillment_id: str) -> list[dict[str, Any]]:
    """Every event, box and audit entry of an order at every station, in time order."""
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        "SELECT at, station, packer AS who, kind AS what, result AS detail FROM station_events"
        " WHERE fulfillment_id = %(fid)s"
        " UNION ALL SELECT created_at, station, '', 'box ' || box_number,"
        "   state || coalesce(' ' || remote_id, '') FROM shared_outbox"
        "   WHERE fulfillment_id = %(fid)s"
        " UNION ALL SELECT at, station, who, what, why FROM audit"
        "   WHERE fulfillment_id = %(fid)s ORDER BY 1, 2",
        {"fid": fulfillment_id},
    )
    return await cur.fetchall()


async def floor(conn: Conn) -> list[dict[str, Any]]:
    """Each station now: who, which order is open, boxes waiting, the last error, last seen."""
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        "SELECT s.name AS station,"
        # Who is signed in: the open pack's packer, else the last sign-in (or sign-out) the
        # station journaled, else (a station that journals none) the last scan's packer.
        " coalesce(o.packer, CASE WHEN g.what IS NULL THEN e.packer"
        "   WHEN g.what = 'signed in' THEN g.who END, '') AS who,"
        " coalesce(o.order_number, '') AS open_order,"
        " (SELECT count(*) FROM shared_outbox b WHERE b.station = s.name"
        "   AND b.state IN ('pending', 'relayed')) AS waiting,"
        " coalesce((SELECT x.what FROM ("
        "   SELECT b.created_at AS at, 'box ' || b.box_number || ' of ' || b.fulfillment_id"
        "     || ': ' || coalesce(b.message, b.state) AS what FROM shared_outbox b"
        "     WHERE b.station = s.name AND b.state IN ('rejected', 'discarded')"
        "   UNION ALL SELECT m.at, m.kind || ': ' || m.result FROM station_events m"
        "     WHERE m.station = s.name AND m.result NOT IN ('', 'accepted')"
        "   ) x ORDER BY x.at DESC LIMIT 1), '') AS last_error,"
        " greatest(e.at, g.at, b.at) AS last_seen"  # NULLs ignored: NULL when never heard of
        " FROM stations s"
        " LEFT JOIN LATERAL (SELECT packer, order_number FROM station_sessions ss"
        "   WHERE ss.station = s.name AND ss.closed_at IS NULL ORDER BY opened_at DESC LIMIT 1)"
        "   o ON true"
        " LEFT JOIN LATERAL (SELECT packer, at FROM station_events ev WHERE ev.station = s.name"
        "   ORDER BY at DESC LIMIT 1) e ON true"
        " LEFT JOIN LATERAL (SELECT who, what, at FROM audit a WHERE a.station = s.name"
        "   AND a.what IN ('signed in', 'signed out') ORDER BY at DESC, id DESC LIMIT 1) g ON true"
        " LEFT JOIN LATERAL (SELECT greatest("
        "   (SELECT max(created_at) FROM shared_outbox x WHERE x.station = s.name),"
        "   (SELECT max(opened_at) FROM station_sessions y WHERE y.station = s.name)) AS at) b"
        "   ON true"
        " ORDER BY s.name"
    )
    return await cur.fetchall()


async def audit(conn: Conn, since: dt.datetime) -> list[dict[str, Any]]:
    """The audit trail of every station since a moment (takeovers among it)."""
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        "SELECT at, station, who, what, why, coalesce(fulfillment_id, '') AS fulfillment_id"
        " FROM audit WHERE at >= %s ORDER BY at",
        (since,),
    )
    return await cur.fetchall()
