"""Dialogs awaited from coroutines without a nested event loop.

`QDialog.exec()` and the static `QFileDialog`/`QMessageBox` helpers spin a loop of their own, which
breaks the asyncio task that called them (qasync: "Cannot enter into task ... while another task is
being executed"). Here every dialog is shown with `open()` and its answer awaited as a future set
from `finished`, so the window and the background work (queue sync, sender) carry on meanwhile.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from packstation.ui.i18n import translator

FILE_DIALOG_NAME = "packstation-file-dialog"
MESSAGE_NAME = "packstation-message"


def alive(widget: QObject) -> bool:
    """False once Qt deleted the object (a screen closed while its work was in a thread)."""
    return shiboken6.isValid(widget)


_tr = translator("Supervisor")

# What a window manager adds around a dialog (title bar, borders), which `resize` does not count.
WINDOW_FRAME_PX = 40


def screen_space(widget: QWidget) -> QRect:
    """The available geometry (without task bars) of the screen `widget` opens on: its parent's,
    else the one under the mouse, else the primary."""
    parent = widget.parentWidget()
    screen = parent.screen() if parent is not None else QGuiApplication.screenAt(QCursor.pos())
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """Size `dialog` to `width` × `height` or less: never taller or wider than the screen it opens
    on (a 1366×768 station monitor), centred there. Its tables scroll inside."""
    space = screen_space(dialog)
    w = min(width, space.width() - WINDOW_FRAME_PX // 2)
    h = min(height, space.height() - WINDOW_FRAME_PX)
    dialog.resize(w, h)
    dialog.move(
        space.left() + max(0, (space.width() - w) // 2),
        space.top() + max(0, (space.height() - h - WINDOW_FRAME_PX) // 2),
    )


async def finished(dialog: QDialog) -> int:
    """Open `dialog` window-modal and wait until it closes; answers its result code."""
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def done(code: int) -> None:
        if not future.done():
            future.set_result(code)

    dialog.finished.connect(done)
    # QDialog's own open(): QPrintDialog and QFileDialog overload it with (receiver, member).
    QDialog.open(dialog)
    try:
        return await future
    except asyncio.CancelledError:
        dialog.reject()
        raise


async def choose_file(
    parent: QWidget | None,
    title: str,
    *,
    save: bool,
    name_filter: str,
    suggested: str = "",
    suffix: str = "",
) -> Path | None:
    """A file to open (it must exist) or to save to; None when the supervisor cancels."""
    dialog = QFileDialog(parent, title)
    dialog.setObjectName(FILE_DIALOG_NAME)
    dialog.setNameFilter(name_filter)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        if suffix:
            dialog.setDefaultSuffix(suffix)
        if suggested:
            dialog.selectFile(suggested)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    try:
        if await finished(dialog) != QDialog.DialogCode.Accepted:
            return None
        files = dialog.selectedFiles()
        return Path(files[0]) if files else None
    finally:
        dialog.deleteLater()


def tell(parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> QMessageBox:
    """A message the supervisor closes when done reading; never blocks the loop."""
    box = QMessageBox(parent)
    box.setObjectName(MESSAGE_NAME)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    QDialog.open(box)
    return box
