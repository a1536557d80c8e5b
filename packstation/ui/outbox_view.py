"""The outbox: boxes and statuses waiting to be sent, being sent, and those Stitch refused (with
its message). "Send now" retries what waits; "Resolve…" decides about a refused box: send it again,
drop it, or record that it is in Stitch already (with the shipment's id there).

A window of its own (not modal): packing goes on while a supervisor looks at it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packstation.services.errors import JournalError
from packstation.services.outbox_records import OutboxEntry, Resolution, ShipmentState
from packstation.ui.dialogs import answer_of, no_default_buttons
from packstation.ui.i18n import QT_TRANSLATE_NOOP, plural, translator

if TYPE_CHECKING:
    from packstation.services.station import Station
    from packstation.ui.approvals import Approvals
    from packstation.ui.tasks import TaskSpawner

log = logging.getLogger(__name__)

COLUMNS = (
    QT_TRANSLATE_NOOP("OutboxView", "Order"),
    QT_TRANSLATE_NOOP("OutboxView", "Box"),
    QT_TRANSLATE_NOOP("OutboxView", "State"),
    QT_TRANSLATE_NOOP("OutboxView", "Units"),
    QT_TRANSLATE_NOOP("OutboxView", "Carrier label"),
    QT_TRANSLATE_NOOP("OutboxView", "Since"),
    QT_TRANSLATE_NOOP("OutboxView", "Tries"),
    QT_TRANSLATE_NOOP("OutboxView", "Stitch said"),
)


_tr = translator("OutboxView")


STATE_WORDS = {
    ShipmentState.PENDING: QT_TRANSLATE_NOOP("OutboxView", "waiting"),
    ShipmentState.SENDING: QT_TRANSLATE_NOOP("OutboxView", "sending"),
    ShipmentState.REJECTED: QT_TRANSLATE_NOOP("OutboxView", "refused"),
}


class ResolveDialog(QDialog):
    """What to do with a refused box, and why (the reason goes to the audit trail)."""

    def __init__(self, entry: OutboxEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        order = entry.shipment.order_number or entry.fulfillment_id
        self.setWindowTitle(_tr("Resolve a refused box"))
        intro = QLabel(
            _tr("Order %1, box %2. Stitch said: %3")
            .replace("%1", order)
            .replace("%2", str(entry.box_number))
            .replace("%3", entry.rejected_message or "—")
        )
        intro.setWordWrap(True)
        self.retry = QRadioButton(_tr("Send it again (the cause was fixed in Stitch)"))
        self.discard = QRadioButton(_tr("Do not send it"))
        self.elsewhere = QRadioButton(_tr("It is in Stitch already (entered by hand)"))
        self.retry.setChecked(True)
        group = QButtonGroup(self)
        for b in (self.retry, self.discard, self.elsewhere):
            group.addButton(b)
        self.remote_id = QLineEdit()
        self.remote_id.setPlaceholderText(_tr("The shipment's id in Stitch"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(_tr("Why (for the audit trail)"))
        form = QFormLayout()
        form.addRow(_tr("Shipment id:"), self.remote_id)
        form.addRow(_tr("Reason:"), self.reason)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e; font-weight: 600;")
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(_tr("Resolve"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        no_default_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for b in (self.retry, self.discard, self.elsewhere):
            layout.addWidget(b)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def resolution(self) -> Resolution:
        if self.discard.isChecked():
            return Resolution.DISCARD
        if self.elsewhere.isChecked():
            return Resolution.SENT_ELSEWHERE
        return Resolution.RETRY

    def _check(self) -> None:
        if not self.reason.text().strip():
            self.problem.setText(_tr("Give a reason"))
            return
        if self.resolution() is Resolution.SENT_ELSEWHERE and not self.remote_id.text().strip():
            self.problem.setText(_tr("Give the shipment's id in Stitch"))
            return
        self.accept()


class OutboxView(QDialog):
    resolved = Signal()  # a supervisor decided about a refused box: counts and marks change

    def __init__(
        self,
        services: Station,
        approvals: Approvals,
        spawner: TaskSpawner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Outbox"))
        self.services = services
        self.approvals = approvals
        self.spawner = spawner
        self.entries: list[OutboxEntry] = []
        self.resolve_dialog: ResolveDialog | None = None
        self.summary = QLabel()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([_tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.send_button = QPushButton(_tr("Send now"))
        self.send_button.setToolTip(_tr("Try everything waiting again, without waiting"))
        self.send_button.clicked.connect(self.send_now)
        self.resolve_button = QPushButton(_tr("Resolve…"))
        self.resolve_button.setToolTip(_tr("Decide about a box Stitch refused"))
        self.resolve_button.clicked.connect(self._resolve_clicked)
        close = QPushButton(_tr("Close"))
        close.clicked.connect(self.close)
        no_default_buttons(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.resolve_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(1100, 480)
        self.refresh()

    def refresh(self) -> None:
        try:
            contents = self.services.outbox_contents()
        except JournalError as exc:
            self.summary.setText(str(exc))
            return
        selected = self.selected()
        waiting, rejected = contents.waiting, contents.rejected
        self.entries = [*rejected, *waiting]
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            p = e.shipment
            cells = (
                p.order_number or e.fulfillment_id,
                str(e.box_number),
                _tr(STATE_WORDS.get(e.state, e.state.value)),
                str(p.units),
                f"{p.carrier} {p.tracking_number}".strip(),
                e.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                str(e.attempts),
                e.rejected_message or (_tr("not sent yet: will try again") if e.last_error else ""),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if e.last_error and not e.rejected_message:
                    item.setToolTip(e.last_error)  # the technical reason, for whoever asks
                if e.state is ShipmentState.REJECTED:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
            if selected is not None and e.local_id == selected.local_id:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self.summary.setText(
            " · ".join(
                (
                    plural("OutboxView", "%n boxes waiting", len(waiting), one="%n box waiting"),
                    _tr("%1 refused").replace("%1", str(len(rejected))),
                    plural(
                        "OutboxView",
                        "%n statuses waiting",
                        contents.statuses_waiting,
                        one="%n status waiting",
                    ),
                )
            )
        )
        self._selection_changed()

    def selected(self) -> OutboxEntry | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.entries):
            return None
        return self.entries[rows[0].row()]

    def _selection_changed(self) -> None:
        entry = self.selected()
        self.resolve_button.setEnabled(entry is not None and entry.state is ShipmentState.REJECTED)

    def send_now(self) -> None:
        self.services.sender.kick(now=True)

    def _resolve_clicked(self) -> None:
        entry = self.selected()
        if entry is not None and entry.state is ShipmentState.REJECTED:
            self.spawner.spawn(self.resolve(entry), name="resolve refused box")

    async def resolve(self, entry: OutboxEntry) -> bool:
        dialog = ResolveDialog(entry, self)
        self.resolve_dialog = dialog
        try:
            accepted = await answer_of(dialog)
            resolution = dialog.resolution()
            reason = dialog.reason.text().strip()
            remote_id = dialog.remote_id.text().strip() or None
        finally:
            self.resolve_dialog = None
            dialog.deleteLater()
        if not accepted:
            return False
        who = await self.approvals.resolve_rejected(
            self, entry.fulfillment_id, entry.local_id, resolution.value
        )
        if who is None:
            return False
        try:
            self.services.resolve_box(
                entry.local_id, resolution, by=who, why=reason, remote_id=remote_id
            )
        except (JournalError, ValueError) as exc:
            log.error("refused box not resolved: %s", exc)
            self.summary.setText(_tr("Not resolved: %1").replace("%1", str(exc)))
            return False
        self.refresh()
        self.resolved.emit()
        return True
