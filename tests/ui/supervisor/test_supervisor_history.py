"""Supervisor → Order history over the known shift: every scan with who, where and what it did,
the boxes' shipments, the CSV export a supervisor hands to customer service; and the audit trail."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from supervisor_support import AppContext, answer_file_dialog
from support.figures import SOCKS, at, write_shift
from support.waiting import until

from packstation.services.history_export import HISTORY_COLUMNS
from packstation.services.settings import Settings
from packstation.store import Journal
from packstation.ui.supervisor import take_scan
from packstation.ui.supervisor.history_view import HistoryView
from packstation.ui.tasks import TaskSpawner


@pytest.fixture
async def shift_context(tmp_path: Path) -> AsyncIterator[AppContext]:
    path = tmp_path / "shift.sqlite3"
    with Journal.open(path, clock=lambda: at(17)) as journal:
        write_shift(journal)
        journal.audit(
            station="Station 2",
            who="Grace",
            what="takeover",
            why="Station 1 froze",
            details={"claimed_by": "Station 1", "pin": "checked"},
            fulfillment_id="700003",
            at=at(14, 5),
        )
    spawner = TaskSpawner()
    yield AppContext(Settings(time_zone="Europe/Berlin"), None, spawner, path)
    await spawner.cancel_all()


async def history_of(qtbot: QtBot, context: AppContext, reference: str) -> HistoryView:
    view = HistoryView(context, now=lambda: at(12))
    qtbot.addWidget(view)
    view.show()
    view.open_order(reference)
    await until(lambda: view.history is not None, "the history")
    return view


async def test_every_scan_of_an_order_is_shown_with_who_where_and_what_it_did(
    qtbot: QtBot, shift_context: AppContext
) -> None:
    view = await history_of(qtbot, shift_context, "700001")
    model = view.entries_model
    rows = [[model.text(r, c) for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert rows[0][:3] == ["2026-11-27 08:59:50", "Station 1", "alice"]
    assert rows[0][3].startswith("opened order SO-1001")
    wrong = next(row for row in rows if row[4] == SOCKS)
    assert wrong[0] == "2026-11-27 09:00:40"
    assert "wrong item: SOCK-GRN (Green socks) is not in this order" in wrong[3]
    assert [row[5] for row in rows if row[5]] == ["+1", "+1", "+1"]
    assert "Order SO-1001 (fulfillment 700001)" in view.heading.text()
    shipments = view.shipments_model
    assert shipments.rowCount() == 1
    assert shipments.text(0, 3) == "sent"
    assert "in Stitch as shipment 510001" in shipments.text(0, 5)
    assert view.csv_button.isEnabled()


async def test_a_refused_shipment_shows_stitch_s_reason(
    qtbot: QtBot, shift_context: AppContext
) -> None:
    view = await history_of(qtbot, shift_context, "700005")
    assert view.shipments_model.text(0, 3) == "rejected"
    assert "exceeds the 0 units left to ship" in view.shipments_model.text(0, 6)


async def test_an_order_the_journal_does_not_know_says_so(
    qtbot: QtBot, shift_context: AppContext
) -> None:
    view = await history_of(qtbot, shift_context, "799999")
    assert "Nothing about 799999" in view.heading.text()
    assert view.entries_model.rowCount() == 0
    assert not view.csv_button.isEnabled()


async def test_the_csv_export_holds_every_scan_and_the_shipment(
    qtbot: QtBot, shift_context: AppContext, tmp_path: Path
) -> None:
    view = await history_of(qtbot, shift_context, "700002")
    target = tmp_path / "history.csv"
    view.csv_button.click()
    await answer_file_dialog(target)
    await until(target.exists, "the CSV file")
    rows = list(csv.DictReader(io.StringIO(target.read_bytes().decode("utf-8"))))
    assert list(rows[0].keys()) == list(HISTORY_COLUMNS)
    # mug, mug, undo, PS-QTY:3, mug (×3), cap, carrier label
    assert [r["record"] for r in rows].count("scan") == 7
    undo = next(r for r in rows if r["scanned"] == "PS-CMD:UNDO")
    assert (undo["result"], undo["units"], undo["packer"]) == ("undone", "-1", "alice")
    [shipment] = [r for r in rows if r["record"] == "shipment"]
    assert shipment["shipment_state"] == "pending"
    assert shipment["units"] == "5"  # 4 mugs and the cap
    assert all(r["order_number"] == "SO-1002" for r in rows)

    json_target = tmp_path / "history.json"
    view.json_button.click()
    await answer_file_dialog(json_target)
    await until(json_target.exists, "the JSON file")
    data = json.loads(json_target.read_text(encoding="utf-8"))
    assert data["format"] == "packstation.history/1"
    assert data["fulfillment_id"] == "700002"
    assert len(data["shipments"]) == 1


async def test_the_audit_trail_shows_who_did_what_and_why(
    qtbot: QtBot, shift_context: AppContext, tmp_path: Path
) -> None:
    view = await history_of(qtbot, shift_context, "700003")
    # The takeover is part of the order's history too.
    assert any("takeover: Station 1 froze" in e.description for e in view.history.entries)  # type: ignore[union-attr]
    view.tabs.setCurrentIndex(1)
    await until(lambda: view.audit_rows is not None, "the audit trail")
    model = view.audit_model
    assert [model.text(0, c) for c in range(model.columnCount())] == [
        "2026-11-27 14:05:00",
        "Station 2",
        "Grace",
        "takeover",
        "Station 1 froze",
        "700003",
    ]
    target = tmp_path / "audit.csv"
    view.audit_csv_button.click()
    await answer_file_dialog(target)
    await until(target.exists, "the audit CSV")
    [row] = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert (row["who"], row["what"], row["why"]) == ("Grace", "takeover", "Station 1 froze")
    assert json.loads(row["details"]) == {"claimed_by": "Station 1", "pin": "checked"}


async def test_a_scan_while_the_history_is_the_active_window_opens_that_order(
    qtbot: QtBot, shift_context: AppContext
) -> None:
    view = HistoryView(shift_context, now=lambda: at(12))
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    await until(lambda: QApplication.activeWindow() is view, "the history window to be active")
    assert take_scan("700004")  # the app must not pack on it
    await until(lambda: view.history is not None, "the history")
    assert view.order_edit.text() == "700004"
    assert view.history is not None
    assert view.history.order_number == "SO-1004"
    view.close()
    await until(lambda: QApplication.activeWindow() is None, "no active window")
    assert not take_scan("700004")  # the packing's business again
