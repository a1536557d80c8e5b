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


# -- the rows the station's own figures and history screens compute from, for every station -----

_SESSION_COLUMNS = (
    "s.id, s.fulfillment_id, s.order_number, s.station, s.packer, s.opened_at, s.closed_at,"
    " s.outcome, s.spec"
)
_EVENT_COLUMNS = "session_id, seq, at, station, packer, fulfillment_id, kind, raw, result, payload"
_BOX_COLUMNS = (
    "local_id, fulfillment_id, session_id, box_number, event_seq, payload, state, maybe_sent,"
    " message, remote_id, created_at, sent_at"
)


async def journal_rows(
    conn: Conn, start: dt.datetime, end: dt.datetime
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Sessions opened in [start, end) or with an event then, at every station, with all their
    events and boxes: (sessions, events, boxes)."""
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        f"SELECT {_SESSION_COLUMNS} FROM station_sessions s"  # noqa: S608 - constant columns
        " WHERE (s.opened_at >= %(start)s AND s.opened_at < %(end)s) OR EXISTS (SELECT 1"
        " FROM station_events e WHERE e.station = s.station AND e.session_id = s.id"
        " AND e.at >= %(start)s AND e.at < %(end)s) ORDER BY s.opened_at, s.id",
        {"start": start, "end": end},
    )
    sessions = await cur.fetchall()
    keys = ([r["station"] for r in sessions], [r["id"] for r in sessions])
    await cur.execute(
        f"SELECT {_EVENT_COLUMNS} FROM station_events"  # noqa: S608
        " WHERE (station, session_id) IN (SELECT * FROM unnest(%s::text[], %s::text[]))"
        " ORDER BY session_id, seq",
        keys,
    )
    events = await cur.fetchall()
    await cur.execute(
        f"SELECT {_BOX_COLUMNS} FROM shared_outbox"  # noqa: S608
        " WHERE (station, session_id) IN (SELECT * FROM unnest(%s::text[], %s::text[]))"
        " ORDER BY created_at, session_id, box_number",
        keys,
    )
    return sessions, events, await cur.fetchall()


async def order_rows(
    conn: Conn, fulfillment_id: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """One order at every station: (sessions, events, boxes, audit entries)."""
    cur = conn.cursor(row_factory=dict_row)
    found: list[list[dict[str, Any]]] = []
    # Constant column lists only: the order's id is a parameter.
    for query in (
        f"SELECT {_SESSION_COLUMNS} FROM station_sessions s WHERE s.fulfillment_id = %s"  # noqa: S608
        " ORDER BY s.opened_at",
        f"SELECT {_EVENT_COLUMNS} FROM station_events WHERE fulfillment_id = %s"  # noqa: S608
        " ORDER BY at, seq",
        f"SELECT {_BOX_COLUMNS} FROM shared_outbox WHERE fulfillment_id = %s"  # noqa: S608
        " ORDER BY created_at",
        "SELECT id, at, station, who, what, why, fulfillment_id, details FROM audit"
        " WHERE fulfillment_id = %s ORDER BY at, id",
    ):
        await cur.execute(query.encode(), (fulfillment_id,))
        found.append(await cur.fetchall())
    return found[0], found[1], found[2], found[3]


async def audit_rows(conn: Conn, start: dt.datetime, end: dt.datetime) -> list[dict[str, Any]]:
    """Every station's audit entries in [start, end), oldest first."""
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        "SELECT id, at, station, who, what, why, fulfillment_id, details FROM audit"
        " WHERE at >= %s AND at < %s ORDER BY at, id",
        (start, end),
    )
    return await cur.fetchall()
