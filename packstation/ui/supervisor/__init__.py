"""The supervisor's screens: products and stock, figures, order history and audit trail, printing,
settings, and the PIN gate in front of supervisor actions.

The app calls `install(window, context)` once, with its main window and an object satisfying
`SupervisorContext` (see `context.py`). The gate helpers (`approve_takeover`, ...) are called by
the app before each supervisor action.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMainWindow

from packstation.ui.gc_guard import collect_in_gui_thread
from packstation.ui.settings_dialog import SettingsDialog
from packstation.ui.supervisor.context import Spawner, SupervisorContext
from packstation.ui.supervisor.figures_view import FiguresView
from packstation.ui.supervisor.gate import (
    BULK_STATUS_MIN_ROWS,
    SupervisorAction,
    approve_bulk_status,
    approve_resolve_rejected,
    approve_ship_unverified,
    approve_takeover,
    gated,
)
from packstation.ui.supervisor.history_view import HistoryView
from packstation.ui.supervisor.pin_gate import Approval, PinCheck, PinDialog, require_pin
from packstation.ui.supervisor.print_dialogs import BadgesDialog, SkuLabelsDialog
from packstation.ui.supervisor.products_dialog import ProductsDialog
from packstation.ui.supervisor.screens import SupervisorScreens, screens_of

SUPERVISOR_WINDOWS = (
    PinDialog,
    SettingsDialog,
    ProductsDialog,
    FiguresView,
    HistoryView,
    BadgesDialog,
    SkuLabelsDialog,
)


def install(window: QMainWindow, context: SupervisorContext) -> None:
    """Add the Supervisor menu (Products, Figures, Order history, Audit trail, Print), Station →
    Settings, and answer the window's Ctrl+P (`print_slip_requested`) with the packing slips.

    Also moves Python's garbage collection to the GUI thread (`gc_guard`), app-wide."""
    if screens_of(window) is not None:
        return
    # The screens read files and the journal in worker threads: see gc_guard.
    collect_in_gui_thread()
    SupervisorScreens(window, context).build_menus()


def take_scan(code: str) -> bool:
    """Call first with every scan: True when a supervisor screen is the active window and the scan
    is its business (the order history opens the scanned slip's order; the PIN gate, settings,
    products, figures and print forms ignore scans), so the app must not pack on it."""
    active = QApplication.activeWindow()
    if isinstance(active, HistoryView):
        active.take_scan(code)
        return True
    return isinstance(active, SUPERVISOR_WINDOWS)


def show_order_history(window: QMainWindow, fulfillment_id: str) -> None:
    """For the queue's context menu: the history of one order (after `install`)."""
    screens = screens_of(window)
    if screens is not None:
        screens.show_history(fulfillment_id)


__all__ = [
    "BULK_STATUS_MIN_ROWS",
    "Approval",
    "PinCheck",
    "Spawner",
    "SupervisorAction",
    "SupervisorContext",
    "approve_bulk_status",
    "approve_resolve_rejected",
    "approve_ship_unverified",
    "approve_takeover",
    "gated",
    "install",
    "require_pin",
    "show_order_history",
    "take_scan",
]
