"""Station → Settings (the Stitch address, the PIN) opens only through the supervisor gate; a
station without a PIN still opens it, journaled as such, and Settings then says so first. The
set-up screen offers the PIN next to the token (skippable)."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Iterator

import pytest
from conftest import PIN
from pytestqt.qtbot import QtBot
from supervisor_support import AppContext, dialog_of, visible
from support.waiting import until

from packstation.services import credentials
from packstation.services.account import CheckOutcome
from packstation.services.pin import verify_pin
from packstation.ui.main_window import MainWindow
from packstation.ui.settings_dialog import SettingsDialog
from packstation.ui.setup_screen import SetupScreen
from packstation.ui.supervisor import install
from packstation.ui.supervisor.pin_gate import PinDialog
from packstation.ui.supervisor.screens import SupervisorScreens, screens_of


def installed(qtbot: QtBot, context: AppContext) -> SupervisorScreens:
    window = MainWindow()
    qtbot.addWidget(window)
    install(window, context)
    screens = screens_of(window)
    assert screens is not None
    return screens


async def test_settings_need_the_supervisor_pin(qtbot: QtBot, context: AppContext) -> None:
    screens = installed(qtbot, context)
    screens.actions["settings"].trigger()
    gate = await dialog_of(PinDialog)
    assert visible(SettingsDialog) is None  # nothing of the settings before the PIN
    assert "station settings" in gate.what_label.text()
    gate.name_edit.setText("Mallory")
    gate.pin_edit.setText("1111")
    gate.approve_button.click()
    assert "Wrong PIN" in gate.message.text()
    gate.reject()
    await until(lambda: not gate.isVisible(), "the gate closed")
    await asyncio.sleep(0)
    assert visible(SettingsDialog) is None

    screens.actions["settings"].trigger()
    gate = await dialog_of(PinDialog)
    gate.name_edit.setText("Grace")
    gate.pin_edit.setText(PIN)
    gate.approve_button.click()
    dialog = await dialog_of(SettingsDialog)
    assert not dialog.no_pin_warning.isVisible()
    assert context.station is not None
    [entry] = context.station._journal.audit_entries()
    assert (entry.who, entry.what, entry.details) == ("Grace", "settings", {"pin": "checked"})


async def test_without_a_pin_settings_open_with_a_warning_and_are_journaled(
    qtbot: QtBot, context: AppContext
) -> None:
    context.settings = dataclasses.replace(context.settings, supervisor_pin_hash="")
    screens = installed(qtbot, context)
    screens.actions["settings"].trigger()
    gate = await dialog_of(PinDialog)
    assert gate.no_pin.isVisible()
    gate.name_edit.setText("Grace")
    gate.approve_button.click()
    dialog = await dialog_of(SettingsDialog)
    assert dialog.no_pin_warning.isVisible()
    assert "No supervisor PIN is set" in dialog.no_pin_warning.text()
    assert context.station is not None
    [entry] = context.station._journal.audit_entries()
    assert (entry.what, entry.details) == ("settings", {"pin": "not set"})


def _setup(qtbot: QtBot, asked: list[str]) -> SetupScreen:
    async def check(url: str, token: str) -> CheckOutcome:
        asked.append(url)
        return CheckOutcome(ok=True)

    screen = SetupScreen(check, lambda coro: asyncio.ensure_future(coro), "http://127.0.0.1:9")
    qtbot.addWidget(screen)
    screen.show()
    return screen


@pytest.fixture(autouse=True)
def forget_the_token() -> Iterator[None]:
    yield
    credentials.clear_token("http://127.0.0.1:9")


async def test_the_set_up_screen_takes_a_pin_next_to_the_token(qtbot: QtBot) -> None:
    asked: list[str] = []
    screen = _setup(qtbot, asked)
    assert screen.pin_edit.isVisible()
    assert screen.pin_edit.echoMode() == screen.pin_edit.EchoMode.Password
    screen.token_edit.setText("t0k3n")
    screen.pin_edit.setText("4821")
    screen.pin_repeat.setText("4822")
    assert not await screen.submit()
    assert "differ" in screen.message.text()
    assert asked == []  # refused before Stitch is asked
    screen.pin_repeat.setText("4821")
    ready: list[tuple[str, str, str]] = []
    screen.account_ready.connect(lambda *args: ready.append(args))
    assert await screen.submit()
    assert ready
    assert verify_pin("4821", screen.pin_hash)
    assert screen.pin_edit.text() == ""


async def test_the_pin_can_be_skipped_on_the_set_up_screen(qtbot: QtBot) -> None:
    screen = _setup(qtbot, [])
    screen.token_edit.setText("t0k3n")
    assert await screen.submit()
    assert screen.pin_hash == ""
