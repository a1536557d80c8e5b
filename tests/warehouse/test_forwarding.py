"""A station forwards its journal to PostgreSQL: replays insert nothing twice, boxes become rows of
the shared outbox, and the sync service's verdict comes back to the station's journal."""

from __future__ import annotations

from pathlib import Path

import psycopg
from pg_support import station_connection
from warehouse_helpers import journal_box

from packstation.services.warehouse_forward import JournalForwarder
from packstation.store import Journal, ShipmentState
from packstation.warehouse.station import WarehouseStation


async def _counts(dsn: str) -> tuple[int, int, int]:
    async with await psycopg.AsyncConnection.connect(dsn) as conn:
        cur = await conn.execute(
            "SELECT (SELECT count(*) FROM station_sessions), (SELECT count(*) FROM"
            " station_events), (SELECT count(*) FROM shared_outbox)"
        )
        row = await cur.fetchone()
        assert row is not None
        return row[0], row[1], row[2]


async def test_forwarding_twice_inserts_nothing_twice(warehouse_db: str, tmp_path: Path) -> None:
    with Journal.open(tmp_path / "j.sqlite3") as journal:
        journal_box(
            journal,
            station="A",
            fulfillment_id="11",
            order_number="#11",
            lines=[("111", "SKU-1", 2)],
        )
        box = journal_box(
            journal,
            station="A",
            fulfillment_id="12",
            order_number="#12",
            lines=[("121", "SKU-2", 1), ("122", "SKU-3", 1)],
        )
        async with await station_connection(warehouse_db, "A") as conn:
            forwarder = JournalForwarder(journal, WarehouseStation(conn, "A"))
            first = await forwarder.forward_once()
            assert await _counts(warehouse_db) == (2, 6, 2)
            assert first == 2 + 6 + 2
            # A replay of everything (a new forwarder: a restarted station) adds nothing.
            assert await JournalForwarder(journal, WarehouseStation(conn, "A")).forward_once() == 0
            assert await _counts(warehouse_db) == (2, 6, 2)
            cur = await conn.execute(
                "SELECT station, fulfillment_id, state, payload->>'tracking_number'"
                " FROM shared_outbox WHERE local_id = %s",
                (box.local_id,),
            )
            assert await cur.fetchone() == ("A", "12", "pending", box.payload["tracking_number"])


async def test_a_station_cannot_forward_as_another(warehouse_db: str, tmp_path: Path) -> None:
    with Journal.open(tmp_path / "j.sqlite3") as journal:
        journal_box(
            journal,
            station="B",
            fulfillment_id="11",
            order_number="#11",
            lines=[("111", "SKU-1", 1)],
        )
        async with (
            await station_connection(warehouse_db, "A") as conn,
            await station_connection(warehouse_db, "B"),
        ):
            # Station A's login forwarding rows that say "B": refused by row-level security.
            forwarder = JournalForwarder(journal, WarehouseStation(conn, "B"))
            try:
                await forwarder.forward_once()
            except psycopg.errors.InsufficientPrivilege:
                pass
            else:
                raise AssertionError("A wrote B's journal")
        assert await _counts(warehouse_db) == (0, 0, 0)


async def test_a_box_sent_by_the_sync_service_is_marked_sent_at_the_station(
    warehouse_db: str, tmp_path: Path
) -> None:
    with Journal.open(tmp_path / "j.sqlite3") as journal:
        box = journal_box(
            journal,
            station="A",
            fulfillment_id="11",
            order_number="#11",
            lines=[("111", "SKU-1", 1)],
        )
        async with await station_connection(warehouse_db, "A") as conn:
            forwarder = JournalForwarder(journal, WarehouseStation(conn, "A"))
            await forwarder.forward_once()
            async with await psycopg.AsyncConnection.connect(warehouse_db, autocommit=True) as s:
                await s.execute(
                    "UPDATE shared_outbox SET state = 'sent', remote_id = '9001', sent_at = now()"
                )
            await forwarder.forward_once()
        entry = journal.outbox.get(box.local_id)
        assert (entry.state, entry.remote_id) == (ShipmentState.SENT, "9001")


async def test_a_station_offline_from_the_database_forwards_when_it_is_back(
    warehouse_db: str, tmp_path: Path
) -> None:
    with Journal.open(tmp_path / "j.sqlite3") as journal:
        async with await station_connection(warehouse_db, "A") as conn:
            station = WarehouseStation(conn, "A", dsn=conn.info.dsn)
        # The connection is gone (server away): packing goes on into the journal.
        forwarder = JournalForwarder(journal, station)
        journal_box(
            journal,
            station="A",
            fulfillment_id="11",
            order_number="#11",
            lines=[("111", "SKU-1", 1)],
        )
        try:
            await forwarder.forward_once()
        except psycopg.OperationalError:
            pass
        else:
            raise AssertionError("forwarded over a closed connection")
        await forwarder._reconnect()
        assert await forwarder.forward_once() == 4
        await station.conn.close()
    assert (await _counts(warehouse_db))[2] == 1


async def test_a_box_stitch_refused_is_refused_at_the_station_too(
    warehouse_db: str, tmp_path: Path
) -> None:
    with Journal.open(tmp_path / "j.sqlite3") as journal:
        box = journal_box(
            journal,
            station="A",
            fulfillment_id="11",
            order_number="#11",
            lines=[("111", "SKU-1", 1)],
        )
        async with await station_connection(warehouse_db, "A") as conn:
            forwarder = JournalForwarder(journal, WarehouseStation(conn, "A"))
            await forwarder.forward_once()
            async with await psycopg.AsyncConnection.connect(warehouse_db, autocommit=True) as s:
                await s.execute(
                    "UPDATE shared_outbox SET state = 'rejected',"
                    " message = 'Order #11 was canceled in Stitch'"
                )
            await forwarder.forward_once()
        entry = journal.outbox.get(box.local_id)
        assert (entry.state, entry.rejected_message) == (
            ShipmentState.REJECTED,
            "Order #11 was canceled in Stitch",
        )
