"""The start's journal check: quick_check in a worker; sending only after it passes; then old
personal data is erased (issue 13, items 2 and 7)."""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
from pathlib import Path

from support.services import build_station, station_settings

from packstation.api import StitchClient
from packstation.sandbox import SandboxServer
from packstation.services.journal_check import JournalCheck
from packstation.services.settings import Settings
from packstation.store import Journal, NewEvent

AT = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
SHIP_TO = {"name": "Katherine Dubois", "email": "k.dubois@example.com"}


def _journal_with_sent_orders(path: Path, orders: int) -> None:
    with Journal.open(path) as journal:
        for n in range(orders):
            session = journal.open_session(
                fulfillment_id=f"f{n}",
                order_number=f"SO-{n}",
                station=f"s{n}",
                packer="ana",
                spec={"expect": {"ship_to": SHIP_TO}},
                at=AT,
            )
            box = journal.close_box(
                session.id,
                NewEvent("box_closed", AT, f"1Z{n:08d}", "accepted"),
                {"tracking_number": f"1Z{n:08d}", "expect": {"ship_to": SHIP_TO}},
                close_session=True,
            )
            journal.outbox.mark_sending(box.local_id, at=AT)
            journal.outbox.mark_sent(box.local_id, f"r{n}", at=AT)


def _garbage_in_the_middle(path: Path) -> None:
    with open(path, "r+b") as file:
        file.seek(path.stat().st_size // 2)
        file.write(b"\x5a" * 8192)


def test_the_default_keeps_personal_data_90_days() -> None:
    assert Settings().personal_data_days == 90


async def test_a_damaged_journal_keeps_sending_off(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    _journal_with_sent_orders(path, 300)
    _garbage_in_the_middle(path)
    check = JournalCheck(path, personal_data_days=90)

    assert await check.run() is False
    assert not check.passed
    assert check.report is not None
    assert "packstation journal recover" in check.report.summary


async def test_a_sound_journal_passes_and_old_personal_data_goes(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    _journal_with_sent_orders(path, 3)
    check = JournalCheck(path, personal_data_days=90)

    assert await check.run() is True

    assert check.passed
    conn = sqlite3.connect(path)
    try:
        texts = [
            r[0]
            for r in conn.execute(
                "SELECT spec FROM sessions UNION ALL SELECT payload FROM shipment_outbox"
            )
        ]
    finally:
        conn.close()
    assert texts
    assert not [t for t in texts if "Dubois" in t]


async def test_the_station_sends_nothing_while_its_journal_fails_the_check(
    sandbox: SandboxServer, stitch: StitchClient, journal_path: Path
) -> None:
    station = build_station(station_settings(sandbox.base_url), sandbox.token, journal_path)
    try:
        with station._journal.outbox._db.write("fill") as conn:  # pages for garbage to land on
            conn.execute("CREATE TABLE IF NOT EXISTS filler (x TEXT)")
            conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 200)
        station._journal.outbox._db.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _garbage_in_the_middle(journal_path)
        station.start_tasks()
        [sender] = [t for t in station._tasks if t.get_name() == "outbox-sender"]
        await asyncio.wait_for(sender, timeout=60)  # it returns: the sender never started

        assert station.journal_check.report is not None
        assert not station.journal_check.passed
        assert "packstation journal recover" in station.journal_check.report.summary
    finally:
        await station.aclose()


async def test_the_station_sends_once_its_journal_passes(
    sandbox: SandboxServer, stitch: StitchClient, journal_path: Path
) -> None:
    station = build_station(station_settings(sandbox.base_url), sandbox.token, journal_path)
    try:
        station.start_tasks()
        [sender] = [t for t in station._tasks if t.get_name() == "outbox-sender"]
        await asyncio.wait_for(station.journal_check.finished.wait(), timeout=60)
        assert station.journal_check.passed
        assert not sender.done()  # the sender runs
    finally:
        await station.aclose()
