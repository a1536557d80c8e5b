"""The supervisor PIN gate: the right PIN approves and is journaled with who and why, a wrong one
does not, three wrong ones lock the gate for a while, and a station without a PIN says so."""

from __future__ import annotations

import asyncio
import dataclasses

from conftest import PIN
from pytestqt.qtbot import QtBot
from supervisor_support import AppContext, dialog_of
from support.waiting import emitted

from packstation.services.settings import Settings
from packstation.ui.supervisor.gate import (
    SupervisorAction,
    approve_bulk_status,
    approve_takeover,
)
from packstation.ui.supervisor.pin_gate import (
    PinAttempts,
    PinCheck,
    PinDialog,
    require_pin,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def fill(dialog: PinDialog, *, who: str = "Grace", pin: str = PIN, why: str = "") -> None:
    dialog.name_edit.setText(who)
    dialog.pin_edit.setText(pin)
    dialog.reason_edit.setText(why)


async def test_the_right_pin_approves_and_the_takeover_is_journaled(
    qtbot: QtBot, context: AppContext
) -> None:
    task = asyncio.ensure_future(approve_takeover(None, context, "700123", claimed_by="Station 2"))
    dialog = await dialog_of(PinDialog)
    assert "take over an order another station is packing" in dialog.what_label.text()
    assert dialog.pin_edit.echoMode() == dialog.pin_edit.EchoMode.Password
    assert not dialog.no_pin.isVisible()
    fill(dialog, why="Station 2 crashed mid-order")
    dialog.approve_button.click()
    approval = await task
    assert approval is not None
    assert (approval.who, approval.why, approval.pin) == (
        "Grace",
        "Station 2 crashed mid-order",
        PinCheck.CHECKED,
    )
    assert context.station is not None
    [entry] = context.station._journal.audit_entries()
    assert (entry.who, entry.what, entry.why, entry.fulfillment_id) == (
        "Grace",
        SupervisorAction.TAKEOVER.value,
        "Station 2 crashed mid-order",
        "700123",
    )
    assert entry.details == {"claimed_by": "Station 2", "pin": "checked"}


async def test_a_wrong_pin_is_refused_and_nothing_is_journaled(
    qtbot: QtBot, context: AppContext
) -> None:
    task = asyncio.ensure_future(approve_takeover(None, context, "700123", claimed_by="Station 2"))
    dialog = await dialog_of(PinDialog)
    fill(dialog, pin="1111", why="let me")
    dialog.approve_button.click()
    assert dialog.isVisible(), "a wrong PIN must not close the gate"
    assert "Wrong PIN" in dialog.message.text()
    assert dialog.pin_edit.text() == ""
    dialog.reject()
    assert await task is None
    assert context.station is not None
    assert context.station._journal.audit_entries() == ()


def test_the_pin_field_takes_digits_only(qtbot: QtBot, pin_hash: str) -> None:
    dialog = PinDialog(
        Settings(supervisor_pin_hash=pin_hash), "x", ask_reason=False, attempts=PinAttempts()
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.pin_edit, "12ab34")
    assert dialog.pin_edit.text() == "1234"


async def test_three_wrong_pins_lock_the_gate_even_for_the_right_pin(
    qtbot: QtBot, pin_hash: str
) -> None:
    clock = Clock()
    attempts = PinAttempts(max_wrong=3, lockout_s=60, clock=clock)
    settings = Settings(supervisor_pin_hash=pin_hash)
    task = asyncio.ensure_future(
        require_pin(None, settings, action="ship", ask_reason=False, attempts=attempts)
    )
    dialog = await dialog_of(PinDialog)
    for _ in range(3):
        fill(dialog, pin="0000")
        dialog.accept()
    assert "Too many wrong PINs" in dialog.message.text()
    assert not dialog.approve_button.isEnabled()
    fill(dialog, pin=PIN)
    dialog.accept()  # Enter in the field while locked
    assert dialog.isVisible()
    dialog.reject()
    assert await task is None

    # Another action asks while the lockout lasts: still locked.
    task = asyncio.ensure_future(
        require_pin(None, settings, action="takeover", ask_reason=False, attempts=attempts)
    )
    dialog = await dialog_of(PinDialog)
    assert not dialog.approve_button.isEnabled()
    clock.now += 61
    await emitted(dialog._timer.timeout)  # the countdown's next tick notices
    assert dialog.approve_button.isEnabled()
    fill(dialog, pin=PIN)
    dialog.approve_button.click()
    approval = await task
    assert approval is not None
    assert approval.pin is PinCheck.CHECKED


async def test_without_a_pin_the_station_says_so_and_journals_the_action_as_unchecked(
    qtbot: QtBot, context: AppContext
) -> None:
    context.settings = dataclasses.replace(context.settings, supervisor_pin_hash="")
    task = asyncio.ensure_future(approve_takeover(None, context, "700124", claimed_by="Station 1"))
    dialog = await dialog_of(PinDialog)
    assert dialog.no_pin.isVisible()
    assert "No supervisor PIN is set — set one in Settings" in dialog.no_pin.text()
    assert not dialog.pin_edit.isEnabled()
    fill(dialog, pin="", why="")
    dialog.approve_button.click()
    assert dialog.isVisible()
    assert "Say why" in dialog.message.text()
    dialog.reason_edit.setText("order needed today")
    dialog.approve_button.click()
    approval = await task
    assert approval is not None
    assert approval.pin is PinCheck.NOT_SET
    assert context.station is not None
    [entry] = context.station._journal.audit_entries()
    assert entry.details["pin"] == "not set"


async def test_a_status_for_one_order_needs_no_supervisor_but_several_do(
    qtbot: QtBot, context: AppContext
) -> None:
    one = await approve_bulk_status(None, context, ["700001"], "Picking")
    assert one is not None
    assert one.pin is PinCheck.NOT_NEEDED
    task = asyncio.ensure_future(
        approve_bulk_status(None, context, ["700001", "700002"], "Picking")
    )
    dialog = await dialog_of(PinDialog)
    fill(dialog)
    dialog.approve_button.click()
    assert (await task) is not None
    assert context.station is not None
    [entry] = context.station._journal.audit_entries()
    assert entry.what == "bulk status"
    assert entry.details["fulfillment_ids"] == ["700001", "700002"]
