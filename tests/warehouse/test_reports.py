"""Supervisors' figures and an order's history across every station, from the CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pg_support import add_open_order, station_connection
from warehouse_helpers import journal_box

from packstation.services.warehouse_forward import JournalForwarder
from packstation.store import Journal
from packstation.warehouse.station import WarehouseStation


def _cli(*args: str) -> list[list[str]]:
    done = subprocess.run(
        [sys.executable, "-m", "packstation", "warehouse", *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return [line.split("\t") for line in done.stdout.splitlines()]


async def test_figures_and_history_span_every_station(warehouse_db: str, tmp_path: Path) -> None:
    await add_open_order(warehouse_db, "21")
    for name, fid, quantity in (("A", "21", 2), ("B", "22", 3)):
        with Journal.open(tmp_path / f"{name}.sqlite3") as journal:
            journal_box(
                journal,
                station=name,
                fulfillment_id=fid,
                order_number=f"#{fid}",
                lines=[(f"{fid}1", "SKU-1", quantity)],
            )
            async with await station_connection(warehouse_db, name) as conn:
                await JournalForwarder(journal, WarehouseStation(conn, name)).forward_once()
    async with (
        await station_connection(warehouse_db, "A") as a_conn,
        await station_connection(warehouse_db, "B") as b_conn,
    ):
        await WarehouseStation(a_conn, "A").claim("21", "ann")
        await WarehouseStation(b_conn, "B").take_over("21", "bob", by="sue", why="re-check")

    figures = _cli("figures", "--db", warehouse_db)
    assert figures[0] == ["station", "boxes", "units", "scans", "mistakes", "waiting"]
    assert figures[1:] == [["A", "1", "2", "3", "0", "1"], ["B", "1", "3", "4", "0", "1"]]

    history = _cli("history", "21", "--db", warehouse_db)
    assert history[0] == ["at", "station", "who", "what", "detail"]
    whats = [row[3] for row in history[1:]]
    assert whats == ["item", "item", "carrier_label", "box 1", "claim taken over"]
    assert history[-1][1:] == ["B", "sue", "claim taken over", "re-check"]
