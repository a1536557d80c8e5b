"""Supervisors see the floor from PostgreSQL: each station's packer (the open pack's, else who
signed in there), open order, boxes waiting, last error and when it was last heard of, in the
floor view window, the CLI, and the audit trail across stations (forwarded from each journal)."""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
from pathlib import Path

import psycopg
from pg_support import station_connection
from warehouse_helpers import journal_box

from packstation.services.warehouse_floor import FloorReports
from packstation.services.warehouse_forward import JournalForwarder
from packstation.store import Journal, NewEvent
from packstation.warehouse.station import WarehouseStation


async def _floor(dsn: str, tmp: Path) -> None:
    """Bench 1 shipped a box (waiting for Stitch) and has a mistake; Bench 2 has a pack open."""
    async with await station_connection(dsn, "Bench 1") as conn:
        with Journal.open(tmp / "b1.sqlite3") as journal:
            now = dt.datetime.now(dt.UTC)
            session = journal.open_session(fulfillment_id="7", order_number="#7",
                                           station="Bench 1", packer="ann", spec={}, at=now)
            journal.append_event(session.id, NewEvent(
                "item", now, raw="4006381333931", result="wrong_item"))
            journal_box(journal, station="Bench 1", fulfillment_id="7", order_number="#7",
                        lines=[("71", "SKU-1", 1)], packer="ann", session_id=session.id)
            await JournalForwarder(journal, WarehouseStation(conn, "Bench 1")).forward_once()
    async with await station_connection(dsn, "Bench 2") as conn:
        with Journal.open(tmp / "b2.sqlite3") as journal:
            journal.open_session(fulfillment_id="8", order_number="#8", station="Bench 2",
                                 packer="bob", spec={}, at=dt.datetime.now(dt.UTC))
            await JournalForwarder(journal, WarehouseStation(conn, "Bench 2")).forward_once()
            station = WarehouseStation(conn, "Bench 2")
            await station.claim("8", "bob")
        async with await station_connection(dsn, "Bench 1") as other:
            await WarehouseStation(other, "Bench 1").take_over("8", "ann", by="sue", why="bob left")
    async with await station_connection(dsn, "Bench 3") as conn:
        with Journal.open(tmp / "b3.sqlite3") as journal:  # idle: a packer signed in, no pack
            journal.audit(station="Bench 3", who="dan", what="signed in")
            forwarder = JournalForwarder(journal, WarehouseStation(conn, "Bench 3"))
            await forwarder.forward_once()
            await forwarder.forward_once()  # forwarded again: inserted once


async def test_the_floor_view_shows_every_station_from_postgresql(
    warehouse_db: str, tmp_path: Path, qtbot: object
) -> None:
    from packstation.ui.floor_view import FloorView

    await _floor(warehouse_db, tmp_path)
    reports = FloorReports(warehouse_db)
    view = FloorView(reports.floor)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    await view.refresh_now()
    rows = [
        [view.table.item(r, c).text() for c in range(view.table.columnCount())]
        for r in range(view.table.rowCount())
    ]
    assert rows[0][:4] == ["Bench 1", "ann", "", "1"]
    assert "wrong_item" in rows[0][4]
    assert rows[1][:4] == ["Bench 2", "bob", "#8", "0"]
    assert rows[2][:5] == ["Bench 3", "dan", "", "0", ""]
    assert view.table.horizontalHeaderItem(5).text() == "Last seen"
    assert all(row[5] != "—" for row in rows)  # each station was heard of
    view.toggle_full_screen()
    assert view.isFullScreen()

    audit = await reports.audit(dt.datetime.now(dt.UTC) - dt.timedelta(hours=1))
    assert sorted((a["station"], a["who"], a["what"]) for a in audit) == [
        ("Bench 1", "sue", "claim taken over"),
        ("Bench 3", "dan", "signed in"),
    ]


async def test_the_cli_prints_the_floor_and_the_audit_trail(
    warehouse_db: str, tmp_path: Path
) -> None:
    await _floor(warehouse_db, tmp_path)
    floor = (await _cli("floor", warehouse_db)).splitlines()
    assert floor[0].split("\t")[:4] == ["station", "who", "open_order", "waiting"]
    assert floor[2].split("\t")[:3] == ["Bench 2", "bob", "#8"]
    audit = await _cli("audit", warehouse_db)
    assert "claim taken over" in audit
    assert "bob left" in audit
    async with await psycopg.AsyncConnection.connect(warehouse_db) as conn:
        assert (await (await conn.execute("SELECT count(*) FROM stations")).fetchone()) == (3,)


async def _cli(action: str, dsn: str) -> str:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "packstation", "warehouse", action, "--db", dsn,
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await process.communicate()
    assert process.returncode == 0
    return out.decode()
