"""The station window in warehouse mode: the machine settings name `[warehouse] db_url`; the
window starts with no Stitch token, shows the queue from PostgreSQL, loses an order claimed at
another station as the notification arrives, shows the warehouse server's connection in the
status line (connected, offline while the server is down, connected again), and offers
Supervisor → Floor view."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

import psycopg
import pytest
from pg_support import station_connection
from sync_support import wait_for
from test_station_queue import _order

from packstation.warehouse.cluster import LocalCluster
from packstation.warehouse.roles import add_station, login_role_for
from packstation.warehouse.station import WarehouseStation


async def test_the_window_reads_the_queue_from_postgresql_and_needs_no_token(
    warehouse_db: str,
    pg_cluster: LocalCluster,
    tmp_path: Path,
    qtbot: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QApplication

    from packstation.app import StationApp

    for fid in ("51", "52"):
        await _order(warehouse_db, fid)
    async with await psycopg.AsyncConnection.connect(warehouse_db, autocommit=True) as admin:
        await add_station(admin, "Bench 1")
    own = warehouse_db.replace("//packstation@", f"//{login_role_for('Bench 1')}@")
    machine = tmp_path / "machine.toml"
    machine.write_text(f'station = "Bench 1"\n\n[warehouse]\ndb_url = "{own}"\n')
    monkeypatch.setenv("PACKSTATION_MACHINE_CONFIG", str(machine))
    monkeypatch.setenv("PACKSTATION_USER_CONFIG", str(tmp_path / "user.toml"))
    args = argparse.Namespace(demo=False, api_url=None, station=None)
    running = StationApp(QApplication.instance(), args, journal_path=tmp_path / "j.sqlite3")
    try:
        await running.start()  # no token anywhere: a single station would show the set-up
        assert running.services is not None
        assert running.services.warehouse is not None
        model = running.window.queue.model
        await wait_for(lambda: sorted(model.ids()) == ["51", "52"], within=20)
        async with await station_connection(warehouse_db, "Bench 2") as other:
            bench2 = WarehouseStation(other, "Bench 2")
            assert await bench2.claim("51", "bob") is not None
            await wait_for(lambda: model.ids() == ["52"], within=5)
            await bench2.take_over("51", "carl", by="sue", why="bob went home")
        # Supervisor → Audit trail at Bench 1 shows Bench 2's takeover: read from PostgreSQL.
        from packstation.ui.supervisor.history_view import HistoryView

        audit = HistoryView(running.context, running.window)
        rows = await audit.load_audit()
        assert rows is not None
        assert [(r.station, r.who, r.what, r.why) for r in rows] == [
            ("Bench 2", "sue", "claim taken over", "bob went home")
        ]
        audit.close()
        connection = running.window.status_line.stitch
        await wait_for(lambda: "Warehouse server connected" in connection.text(), within=5)
        await asyncio.to_thread(pg_cluster.kill)
        try:
            await wait_for(lambda: "Warehouse server offline" in connection.text(), within=20)
            notice = running.window.connection_notice
            assert "warehouse server can't be reached" in notice.text()
            assert model.ids() == ["52"]  # the last copy stays: packing goes on
        finally:
            await asyncio.to_thread(pg_cluster.start)
        await wait_for(lambda: "Warehouse server connected" in connection.text(), within=30)
        titles = [a.text() for a in running.window.supervisor_menu.actions()]
        assert any("Floor view" in t for t in titles)
    finally:
        running.window.close()
        await running.shutdown()
        await asyncio.sleep(0)
