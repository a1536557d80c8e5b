"""Set status: one text for every selected order, picked from the presets or typed (≤ 255)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from packstation.services.settings import MAX_STATUS_LENGTH
from packstation.ui.dialogs import no_default_buttons


class SetStatusDialog(QDialog):
    def __init__(
        self,
        presets: Sequence[str],
        orders: Sequence[str],
        current: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set status"))
        if len(orders) == 1:
            what = self.tr("Status of order %1:").replace("%1", orders[0])
        else:
            shown = ", ".join(orders[:5]) + (" …" if len(orders) > 5 else "")
            what = (
                self.tr("Status of %1 orders (%2):")
                .replace("%1", str(len(orders)))
                .replace("%2", shown)
            )
        label = QLabel(what)
        label.setWordWrap(True)
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItems(list(presets))
        line = self.combo.lineEdit()
        assert line is not None
        line.setMaxLength(MAX_STATUS_LENGTH)
        line.setPlaceholderText(self.tr("Pick a status or type one (empty clears it)"))
        self.combo.setEditText(current)
        # A typed Enter sets it (a scanner's Enter never arrives here: the scan capture eats it).
        line.returnPressed.connect(self.accept)
        self.combo.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 28)
        label.setBuddy(self.combo)
        buttons = QDialogButtonBox()
        self.set_button = buttons.addButton(
            self.tr("Set status"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        no_default_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(buttons)

    def status(self) -> str:
        return self.combo.currentText().strip()[:MAX_STATUS_LENGTH]
