"""The supervisor's menu entries and the one instance of each screen, kept per main window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from packstation.services.settings import Settings
from packstation.ui.i18n import translator
from packstation.ui.print_actions import PrintActions
from packstation.ui.settings_dialog import SettingsDialog
from packstation.ui.supervisor.context import SupervisorContext
from packstation.ui.supervisor.figures_view import FiguresView
from packstation.ui.supervisor.gate import approve_settings
from packstation.ui.supervisor.history_view import HistoryView
from packstation.ui.supervisor.products_dialog import ProductsDialog

SCREENS_NAME = "supervisor-screens"

PRODUCTS_KEYS = "Ctrl+Shift+U"
FIGURES_KEYS = "Ctrl+Shift+F"
HISTORY_KEYS = "Ctrl+H"
AUDIT_KEYS = "Ctrl+Shift+H"
SETTINGS_KEYS = "Ctrl+,"


_tr = translator("Supervisor")


def find_menu(window: QMainWindow, name: str) -> QMenu | None:
    """The window's menu `name` ("supervisor"): its attribute `supervisor_menu` (or
    `menu_supervisor`), else a menu of the bar with that object name or title; else None."""
    for attribute in (f"{name}_menu", f"menu_{name}"):
        menu = getattr(window, attribute, None)
        if isinstance(menu, QMenu):
            return menu
    for candidate in window.menuBar().findChildren(QMenu):
        title = candidate.title().replace("&", "").casefold()
        if candidate.objectName() in (f"{name}_menu", f"menu_{name}") or title == name:
            return candidate
    return None


class SupervisorScreens(QObject):
    def __init__(self, window: QMainWindow, context: SupervisorContext) -> None:
        super().__init__(window)
        self.setObjectName(SCREENS_NAME)
        self.window = window
        self.context = context
        self.printing = PrintActions(window, context, self)
        self.products: ProductsDialog | None = None
        self.figures: FiguresView | None = None
        self.history: HistoryView | None = None
        self.settings_dialog: SettingsDialog | None = None
        self._settings_pending = False
        self.actions: dict[str, QAction] = {}

    # -- menus ---------------------------------------------------------------------------------
    def build_menus(self) -> None:
        menu = find_menu(self.window, "supervisor")
        if menu is None:
            menu = self.window.menuBar().addMenu(_tr("S&upervisor"))
            menu.setObjectName("supervisor_menu")
        menu.menuAction().setVisible(True)  # the window hides it while it is empty
        menu.setToolTipsVisible(True)
        self._action(
            menu, "products", _tr("&Products and stock…"), PRODUCTS_KEYS, self.show_products
        )
        self._action(menu, "figures", _tr("&Figures…"), FIGURES_KEYS, self.show_figures)
        self._action(
            menu,
            "history",
            _tr("Order &history…"),
            HISTORY_KEYS,
            lambda: self.show_history(self._selected()),
        )
        self._action(menu, "audit", _tr("&Audit trail…"), AUDIT_KEYS, self.show_audit)
        menu.addSeparator()
        printing = menu.addMenu(_tr("P&rint"))
        printing.setObjectName("menu_print")
        self.printing.add_to_menu(printing)

        station = find_menu(self.window, "station") or menu
        settings = self._action(
            station, "settings", _tr("S&ettings…"), SETTINGS_KEYS, self.show_settings
        )
        # Settings sit above Quit when the Station menu has one.
        existing = [a for a in station.actions() if a is not settings]
        if existing:
            station.removeAction(settings)
            station.insertAction(existing[-1], settings)
            station.insertSeparator(existing[-1])

        # The window's own Ctrl+P (Queue → Print slip) prints the selected orders' slips.
        signal = getattr(self.window, "print_slip_requested", None)
        if signal is not None:
            signal.connect(self.print_slips)

    def _action(
        self, menu: QMenu, key: str, text: str, keys: str, slot: Callable[[], None]
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"action-{key}")
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shown})")
        action.triggered.connect(slot)
        menu.addAction(action)
        self.window.addAction(action)  # the shortcut works while the menu bar is hidden
        self.actions[key] = action
        return action

    def _selected(self) -> str:
        ids = self.context.selected_ids()
        return ids[0] if ids else ""

    # -- screens -------------------------------------------------------------------------------
    @staticmethod
    def _raise(dialog: QDialog) -> None:
        # No raise_(): Wayland (and offscreen) cannot, and say so in a warning every time;
        # activating brings the window forward where the platform allows it.
        dialog.show()
        dialog.activateWindow()

    def show_products(self) -> None:
        if self.products is None:
            self.products = ProductsDialog(self.context, self.window)
        self._raise(self.products)

    def show_figures(self) -> None:
        if self.figures is None:
            self.figures = FiguresView(self.context, self.window)
        else:
            self.figures.refresh()
        self._raise(self.figures)

    def _history_view(self) -> HistoryView:
        if self.history is None:
            self.history = HistoryView(self.context, self.window)
        self._raise(self.history)
        return self.history

    def show_history(self, fulfillment_id: str = "") -> None:
        """The order's history; with no id the view waits for one to be typed or scanned."""
        view = self._history_view()
        if fulfillment_id:
            view.open_order(fulfillment_id)
        else:
            view.tabs.setCurrentIndex(0)
            view.order_edit.setFocus()

    def show_audit(self) -> None:
        view = self._history_view()
        view.tabs.setCurrentIndex(1)
        view.show_audit()

    def show_settings(self) -> None:
        """Behind the supervisor gate (it holds the Stitch address and the PIN)."""
        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self._raise(self.settings_dialog)
            return
        self.context.spawner.spawn(self.open_settings(), name="settings")

    async def open_settings(self) -> SettingsDialog | None:
        if self._settings_pending:
            return None
        self._settings_pending = True
        try:
            approval = await approve_settings(self.window, self.context)
        finally:
            self._settings_pending = False
        if approval is None:
            return None
        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self._raise(self.settings_dialog)
            return self.settings_dialog
        dialog = SettingsDialog(self.context.settings, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._settings_saved)
        dialog.destroyed.connect(self._settings_closed)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _settings_saved(self, settings: Settings) -> None:
        self.context.apply_settings(settings)

    def _settings_closed(self) -> None:
        self.settings_dialog = None

    def print_slips(self, fulfillment_ids: list[str]) -> None:
        self.context.spawner.spawn(self.printing.print_slips(fulfillment_ids), name="slips")


def screens_of(window: QMainWindow) -> SupervisorScreens | None:
    found = window.findChild(SupervisorScreens, SCREENS_NAME)
    return found if isinstance(found, SupervisorScreens) else None


__all__ = ["SupervisorScreens", "find_menu", "screens_of"]
