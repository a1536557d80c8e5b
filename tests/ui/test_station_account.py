"""The account at the station: the first start asks for it (a bad token is refused plainly), the
token goes to the real keyring, and the next start with `--api-url` goes straight to the queue.
Also: the outbox view lists a box Stitch refused, and a supervisor resolves it."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtWidgets import QApplication
from station_support import Rig, scanner_types
from support.waiting import until
from test_setup_screen import secret_service_available
from test_station_packing import find

from packstation.app import StationApp
from packstation.domain.records import NewShipment, ShipmentLineRequest
from packstation.services.credentials import clear_token
from packstation.store import ShipmentState
from packstation.ui.setup_screen import SetupScreen
from packstation.ui.supervisor.pin_gate import PinDialog


async def test_first_start_asks_for_the_account_then_the_keyring_has_it(
    sandbox: Any, station_settings: Path, tmp_path: Path
) -> None:
    reason = secret_service_available()
    if reason is not None:
        pytest.skip(reason + " — run under dbus-run-session with gnome-keyring (scripts/test.sh)")
    url = sandbox.base_url
    clear_token(url)
    async with Rig(sandbox, tmp_path) as rig:
        await rig.ctl.order({"SKU-1": 1})
        args = argparse.Namespace(demo=False, api_url=url, station="Station 3")
        first = StationApp(QApplication.instance(), args, journal_path=rig.journal_path)
        rig.apps.append(first)
        await first.start()
        screen = first.window.pages.currentWidget()
        assert isinstance(screen, SetupScreen)
        assert screen.url_edit.text() == url

        screen.token_edit.setText("not-the-token")
        assert not await screen.submit()
        assert "refused this access token" in screen.message.text()
        assert keyring.get_password("packstation", url) is None

        screen.token_edit.setText(sandbox.token)
        assert await screen.submit()
        assert keyring.get_password("packstation", url) == sandbox.token
        await until(lambda: first.window.queue.model.rowCount() == 1)
        await rig.stop(first)

        again = StationApp(QApplication.instance(), args, journal_path=rig.journal_path)
        rig.apps.append(again)
        await again.start()  # no token given: the keyring's
        assert not isinstance(again.window.pages.currentWidget(), SetupScreen)
        await until(lambda: again.window.queue.model.rowCount() == 1)
    clear_token(url)


async def test_a_refused_box_is_listed_and_resolved_in_the_outbox_view(
    sandbox: Any, station_settings: Path, tmp_path: Path
) -> None:
    from support.services import ups_number

    async with Rig(sandbox, tmp_path) as rig:
        order = await rig.ctl.order({"SKU-1": 2})
        app = await rig.start()
        w = app.window
        await until(lambda: w.queue.model.row_of(order["id"]) is not None)
        scanner_types(order["order_number"], w.pack_view.scan_field)
        await until(lambda: w.pack_view.header is not None)
        scanner_types("PS-QTY:2", w.pack_view.scan_field)
        scanner_types(rig.barcodes["SKU-1"], w.pack_view.scan_field)
        (line,) = await rig.stitch.list_line_items(order["id"])
        await rig.stitch.create_shipment(  # one unit went out elsewhere: our box no longer fits
            NewShipment(
                fulfillment_id=order["id"],
                shipped_at=dt.datetime.now(dt.UTC),
                tracking_number=ups_number(970),
                line_items=(ShipmentLineRequest(line.id, 1),),
            )
        )
        scanner_types(ups_number(77), w.pack_view.scan_field)
        assert app.services is not None
        journal = app.services._journal
        await until(lambda: bool(journal.outbox.rejected()))
        await until(lambda: "1 refused by Stitch" in w.status_line.waiting.text())

        w.outbox_action.trigger()
        view = app.outbox_view
        assert view is not None
        assert view.isVisible()
        assert view.table.rowCount() == 1
        assert view.table.item(0, 2).text() == "refused"
        assert "refused" in view.table.item(0, 7).text()  # Stitch's message
        view.table.selectRow(0)
        assert view.resolve_button.isEnabled()
        view.resolve_button.click()
        await until(lambda: view.resolve_dialog is not None)
        dialog = view.resolve_dialog
        assert dialog is not None
        dialog.discard.setChecked(True)
        dialog.ok_button.click()  # no reason yet: refused
        assert "reason" in dialog.problem.text().lower()
        dialog.reason.setText("one unit went out from the other warehouse")
        dialog.ok_button.click()
        await until(lambda: find(PinDialog) is not None)  # a supervisor approves
        gate = find(PinDialog)
        assert isinstance(gate, PinDialog)
        gate.name_edit.setText("Sam")
        gate.reason_edit.setText("checked with the other warehouse")
        gate.approve_button.click()
        await until(lambda: not journal.outbox.rejected())
        (entry,) = journal.outbox.for_fulfillment(order["id"])
        assert entry.state is ShipmentState.DISCARDED
        assert view.table.rowCount() == 0
        await until(lambda: "refused" not in w.status_line.waiting.text())
