"""Session-wide test set-up shared by every test package."""

from __future__ import annotations

import os
import sys

import pytest

pytest_plugins = ["support.fixtures"]  # the sandbox, its control, a station on it

# Qt tests run offscreen unless a test asks for the real X display (tests/ui/xvfb).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")


@pytest.fixture(autouse=True)
def _collect_garbage_in_the_gui_thread() -> None:
    """As the app does: once Qt is up, cyclic garbage collection runs only in the GUI thread.

    Sandbox servers and journal readers run in threads; a collection there that frees a Qt
    object left over from an earlier test crashes the whole run (seen here)."""
    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        from packstation.ui.gc_guard import collect_in_gui_thread

        collect_in_gui_thread()
