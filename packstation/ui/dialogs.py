"""Asking the packer something without a nested event loop.

`QDialog.exec()` and the static `QMessageBox` functions spin a nested loop, which breaks a running
asyncio task on the qasync loop; they also block every scan. A dialog here is shown with `open()`
(window-modal) and awaited through a future set from `finished`.

None of these dialogs has a default button: a scanner's Enter is eaten by the scan capture anyway,
and a person's Enter only presses the button that has keyboard focus.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractButton, QDialog, QMessageBox, QPushButton, QWidget


async def answer_of(dialog: QDialog) -> int:
    """Show `dialog` window-modal and wait until it is closed; its result code."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[int] = loop.create_future()

    def finished(code: int) -> None:
        if not done.done():
            done.set_result(code)

    dialog.finished.connect(finished)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    try:
        return await done
    finally:
        dialog.finished.disconnect(finished)


def no_default_buttons(dialog: QWidget) -> None:
    """No button a bare Enter could press without the packer having chosen it."""
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)


class Question(QMessageBox):
    """A yes/no question with words on its buttons; Esc answers no."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        yes: str,
        no: str,
        detail: str = "",
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(title)
        self.setText(text)
        if detail:
            self.setInformativeText(detail)
        self.yes_button: QAbstractButton = self.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        self.no_button: QAbstractButton = self.addButton(no, QMessageBox.ButtonRole.RejectRole)
        self.setEscapeButton(self.no_button)
        no_default_buttons(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # QMessageBox picks a default button when shown: take it away again.
        no_default_buttons(self)

    def said_yes(self) -> bool:
        return self.clickedButton() is self.yes_button
