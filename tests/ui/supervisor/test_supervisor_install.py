"""`install(window, context)` on the real main window: the Supervisor menu with its shortcuts,
Station → Settings, the window's Ctrl+P answered with the selected orders' slips, and the screens
opened from the menu (one of each)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PIN
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot
from supervisor_support import AppContext, dialog_of
from support.services import SandboxControl, fast_client, stock
from support.waiting import until

from packstation.sandbox import SandboxServer
from packstation.ui.main_window import MainWindow
from packstation.ui.settings_dialog import SettingsDialog
from packstation.ui.supervisor import install
from packstation.ui.supervisor.dialogs import MESSAGE_NAME
from packstation.ui.supervisor.pin_gate import PinDialog
from packstation.ui.supervisor.screens import SupervisorScreens, screens_of


def installed(qtbot: QtBot, context: AppContext) -> tuple[MainWindow, SupervisorScreens]:
    window = MainWindow()
    qtbot.addWidget(window)
    install(window, context)
    install(window, context)  # a second call changes nothing
    screens = screens_of(window)
    assert screens is not None
    return window, screens


def menu_titled(window: MainWindow, title: str) -> QMenu:
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.title().replace("&", "") == title:
            return menu
    raise AssertionError(f"no {title} menu")


async def test_the_supervisor_menu_lists_every_screen_with_its_shortcut(
    qtbot: QtBot, context: AppContext
) -> None:
    window, screens = installed(qtbot, context)
    supervisor = menu_titled(window, "Supervisor")
    entries = [a.text().replace("&", "") for a in supervisor.actions() if a.text()]
    assert entries[:4] == ["Products and stock…", "Figures…", "Order history…", "Audit trail…"]
    assert screens.actions["figures"].toolTip() == "Figures (Ctrl+Shift+F)"
    station = menu_titled(window, "Station")
    texts = [a.text().replace("&", "") for a in station.actions() if a.text()]
    assert texts[-2:] == ["Settings…", "Quit"]
    assert supervisor.menuAction().isVisible()
    keys = [a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()]
    assert len(keys) == len(set(keys)), f"a shortcut is taken twice: {sorted(keys)}"


async def test_screens_open_once_and_history_follows_the_queue_selection(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user_file = tmp_path / "user-settings.toml"
    monkeypatch.setenv("PACKSTATION_USER_CONFIG", str(user_file))
    _, screens = installed(qtbot, context)
    context.selection = ["700123"]
    screens.actions["history"].trigger()
    assert screens.history is not None
    await until(
        lambda: screens.history is not None and screens.history.history is not None, "the history"
    )
    assert screens.history.order_edit.text() == "700123"
    first = screens.history
    screens.actions["history"].trigger()
    assert screens.history is first
    screens.actions["settings"].trigger()
    gate = await dialog_of(PinDialog)  # Settings hold the Stitch address: behind the PIN
    gate.name_edit.setText("Grace")
    gate.pin_edit.setText(PIN)
    gate.approve_button.click()
    dialog = await dialog_of(SettingsDialog)
    dialog.station.setText("Station 9")
    dialog.save_button.click()
    assert context.applied[-1].station == "Station 9"
    assert 'station = "Station 9"' in user_file.read_text(encoding="utf-8")


async def test_ctrl_p_of_the_window_asks_for_a_printer(
    qtbot: QtBot, context: AppContext, sandbox: SandboxServer, ctl: SandboxControl
) -> None:
    window, screens = installed(qtbot, context)
    failures: list[str] = []
    screens.printing.failed.connect(failures.append)
    window.print_slip_requested.emit([])  # nothing selected: says so, no print dialog
    await until(lambda: failures, "the answer")
    assert failures == ["Select one or more orders in the queue first."]
    assert not [
        d for d in QApplication.topLevelWidgets() if isinstance(d, QPrintDialog) and d.isVisible()
    ]
    (await dialog_of(QMessageBox, MESSAGE_NAME)).close()

    async with fast_client(sandbox.base_url, sandbox.token) as stitch:
        await stock(stitch)
    order = await ctl.order({"SKU-1": 1})
    window.print_slip_requested.emit([order["id"]])  # Ctrl+P with this order selected
    chooser = await dialog_of(QPrintDialog)
    chooser.reject()  # the packer changes their mind: nothing printed, no error
    await until(lambda: context.spawner.running == 0, "the print task to end")
    assert failures == ["Select one or more orders in the queue first."]
