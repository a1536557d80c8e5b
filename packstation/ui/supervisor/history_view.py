"""Supervisor → Order history… and the audit trail.

**Order**: the complete history of one fulfillment on this station, from the journal: every scan
with what it did (counted, wrong item, undo ...), who, on which station and when, the sessions'
opening and end, supervisor decisions, and each box's shipment as the outbox knows it. The
evidence when a customer says an item was missing; exported as CSV or JSON in the formats of
`packstation.services.history_export` (the CLI's).

**Audit trail**: who did what, why and when (takeovers, resolutions, overrides, pushes) for
chosen days.

Both read the journal read-only in a worker thread (a connection per thread).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from packstation.services.errors import JournalError, NetworkError
from packstation.services.history import (
    AuditRow,
    FulfillmentHistory,
    HistoryEntry,
    zone_name,
)
from packstation.services.history_export import (
    audit_csv,
    audit_json,
    dumps,
    history_csv,
    history_json,
    shipment_words,
)
from packstation.services.periods import days, station_zone
from packstation.services.reports import audit_for_range, order_history
from packstation.ui.i18n import translator
from packstation.ui.supervisor.context import SupervisorContext
from packstation.ui.supervisor.dialogs import alive, choose_file, fit_to_screen
from packstation.ui.supervisor.rows_model import Column, RowsModel, table_view

log = logging.getLogger(__name__)


_tr = translator("HistoryView")


def when(moment: dt.datetime | None) -> str:
    return "" if moment is None else moment.strftime("%Y-%m-%d %H:%M:%S")


def _units(entry: HistoryEntry) -> str:
    return f"{entry.units:+d}" if entry.units else ""


ENTRY_COLUMNS = (
    Column(_tr("When"), lambda e: when(e.at)),
    Column(_tr("Station"), lambda e: e.station),
    Column(_tr("Who"), lambda e: e.packer),
    Column(_tr("What happened"), lambda e: e.description),
    Column(_tr("Scanned"), lambda e: e.scanned),
    Column(_tr("Units"), _units, numeric=True, tip=_tr("Units put into (+) or out of (−) a box")),
    Column(_tr("Box"), lambda e: e.box_number, numeric=True),
)
SHIPMENT_COLUMNS = (
    Column(_tr("Box"), lambda s: s.box_number, numeric=True),
    Column(_tr("Closed"), lambda s: when(s.closed_at)),
    Column(_tr("Who"), lambda s: s.packer),
    Column(_tr("State"), lambda s: s.state),
    Column(_tr("Tracking number"), lambda s: s.tracking_number),
    Column(_tr("Contents"), shipment_words),
    Column(_tr("Stitch's answer"), lambda s: s.rejected_message or s.last_error or ""),
)
AUDIT_COLUMNS = (
    Column(_tr("When"), lambda a: when(a.at)),
    Column(_tr("Station"), lambda a: a.station),
    Column(_tr("Who"), lambda a: a.who),
    Column(_tr("What"), lambda a: a.what),
    Column(_tr("Why"), lambda a: a.why),
    Column(_tr("Order"), lambda a: a.fulfillment_id or ""),
)


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class HistoryView(QDialog):
    history_shown = Signal()
    audit_shown = Signal()

    def __init__(
        self,
        context: SupervisorContext,
        parent: QWidget | None = None,
        *,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("supervisor-history")
        self.setWindowTitle(_tr("Order history and audit trail"))
        fit_to_screen(self, 1300, 820)
        self._context = context
        self.history: FulfillmentHistory | None = None
        self.audit_rows: tuple[AuditRow, ...] | None = None

        # -- one order -------------------------------------------------------------------------
        self.order_edit = QLineEdit()
        self.order_edit.setPlaceholderText(_tr("Fulfillment id or order number"))
        self.order_edit.returnPressed.connect(self.show_order)
        self.show_button = QPushButton(_tr("&Show"))
        self.show_button.clicked.connect(self.show_order)
        self.heading = QLabel(
            _tr("Scan the order's packing slip, or type its fulfillment id or open order number.")
        )
        self.heading.setObjectName("history-heading")
        self.heading.setWordWrap(True)
        self.entries_model = RowsModel(ENTRY_COLUMNS, self)
        self.shipments_model = RowsModel(SHIPMENT_COLUMNS, self)
        self.csv_button = QPushButton(_tr("Export &CSV…"))
        self.json_button = QPushButton(_tr("Export &JSON…"))
        self.csv_button.clicked.connect(lambda: self._export_history("csv"))
        self.json_button.clicked.connect(lambda: self._export_history("json"))
        self._set_export_enabled(False)

        order_label = QLabel(_tr("&Order:"))
        order_label.setBuddy(self.order_edit)
        top = QHBoxLayout()
        top.addWidget(order_label)
        top.addWidget(self.order_edit, 1)
        top.addWidget(self.show_button)
        top.addStretch()
        top.addWidget(self.csv_button)
        top.addWidget(self.json_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(table_view(self.entries_model, stretch=3))
        shipments = QWidget()
        shipments_layout = QVBoxLayout(shipments)
        shipments_layout.setContentsMargins(0, 0, 0, 0)
        shipments_layout.addWidget(QLabel(_tr("Boxes and their shipments")))
        shipments_layout.addWidget(table_view(self.shipments_model, stretch=5), 1)
        split.addWidget(shipments)
        split.setSizes([520, 220])
        order_page = QWidget()
        order_layout = QVBoxLayout(order_page)
        order_layout.addLayout(top)
        order_layout.addWidget(self.heading)
        order_layout.addWidget(split, 1)

        # -- the audit trail ---------------------------------------------------------------------
        local_today = now().astimezone(self._zone()).date()
        self.audit_from = _date_edit(local_today - dt.timedelta(days=6))
        self.audit_to = _date_edit(local_today)
        self.audit_button = QPushButton(_tr("Sho&w"))
        self.audit_button.clicked.connect(self.show_audit)
        self.audit_heading = QLabel()
        self.audit_model = RowsModel(AUDIT_COLUMNS, self)
        self.audit_csv_button = QPushButton(_tr("Export CSV…"))
        self.audit_json_button = QPushButton(_tr("Export JSON…"))
        self.audit_csv_button.clicked.connect(lambda: self._export_audit("csv"))
        self.audit_json_button.clicked.connect(lambda: self._export_audit("json"))
        audit_controls = QHBoxLayout()
        audit_controls.addWidget(QLabel(_tr("From")))
        audit_controls.addWidget(self.audit_from)
        audit_controls.addWidget(QLabel(_tr("to")))
        audit_controls.addWidget(self.audit_to)
        audit_controls.addWidget(self.audit_button)
        audit_controls.addStretch()
        audit_controls.addWidget(self.audit_csv_button)
        audit_controls.addWidget(self.audit_json_button)
        audit_page = QWidget()
        audit_layout = QVBoxLayout(audit_page)
        audit_layout.addLayout(audit_controls)
        audit_layout.addWidget(self.audit_heading)
        audit_layout.addWidget(table_view(self.audit_model, stretch=4), 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(order_page, _tr("&Order history"))
        self.tabs.addTab(audit_page, _tr("&Audit trail"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.show_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))

    def _zone(self) -> dt.tzinfo:
        return station_zone(self._context.settings.time_zone)

    def _set_export_enabled(self, enabled: bool) -> None:
        self.csv_button.setEnabled(enabled)
        self.json_button.setEnabled(enabled)

    # -- one order -----------------------------------------------------------------------------
    def open_order(self, reference: str) -> None:
        self.tabs.setCurrentIndex(0)
        self.order_edit.setText(reference)
        self.show_order()

    def take_scan(self, code: str) -> None:
        """A scan while this window is active: a packing slip's barcode is the fulfillment id."""
        self.open_order(code.strip())

    def show_order(self) -> None:
        reference = self.order_edit.text().strip()
        if reference:
            self._context.spawner.spawn(self.load_history(reference), name="history")

    def _fulfillment_id(self, reference: str) -> str:
        """A fulfillment id as typed or scanned (the slip's barcode), or an open order's number."""
        station = self._context.station
        if station is not None and not reference.isdigit():
            found = station.queue.find_reference(reference)
            if found is not None:
                return found.id
        return reference

    async def load_history(self, reference: str) -> FulfillmentHistory | None:
        fulfillment_id = self._fulfillment_id(reference)
        self.heading.setText(_tr("Reading the journal…"))
        station = self._context.station
        shared = station.shared_reports if station is not None else None
        try:
            if shared is not None:  # warehouse mode: the order at every station, from PostgreSQL
                history = await shared.order_history(fulfillment_id, self._zone())
            else:
                history = await asyncio.to_thread(
                    order_history, self._context.journal_path, fulfillment_id, self._zone()
                )
        except NetworkError as exc:
            log.warning("history: the warehouse server could not be read: %s", exc)
            if alive(self):
                self.heading.setText(
                    _tr("The warehouse server can't be reached: {e}").format(e=exc)
                )
            return None
        except JournalError as exc:
            log.warning("history: the journal could not be read: %s", exc)
            if alive(self):
                self.heading.setText(_tr("The journal could not be read: {e}").format(e=exc))
            return None
        if not alive(self):
            return None  # closed meanwhile
        self.history = history
        self.entries_model.set_rows(history.entries)
        self.shipments_model.set_rows(history.shipments)
        self._set_export_enabled(history.found)
        if not history.found:
            self.heading.setText(
                _tr("Nothing about {ref} in this station's journal.").format(ref=reference)
            )
        else:
            scans = sum(1 for e in history.entries if e.seq is not None)
            self.heading.setText(
                _tr("Order {order} (fulfillment {id}): {scans}, {boxes}").format(
                    order=history.order_number or "?",
                    id=history.fulfillment_id,
                    scans=_tr("1 scan") if scans == 1 else _tr("{n} scans").format(n=scans),
                    boxes=_tr("1 box")
                    if len(history.shipments) == 1
                    else _tr("{n} boxes").format(n=len(history.shipments)),
                )
            )
        self.history_shown.emit()
        return history

    def history_text(self, kind: str) -> str:
        assert self.history is not None
        return history_csv(self.history) if kind == "csv" else dumps(history_json(self.history))

    def _export_history(self, kind: str) -> None:
        if self.history is not None:
            name = f"history-{self.history.order_number or self.history.fulfillment_id}.{kind}"
            self._context.spawner.spawn(
                self._save(self.history_text(kind), kind, name), name="history-export"
            )

    # -- the audit trail -----------------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        if index == 1 and self.audit_rows is None:
            self.show_audit()

    def show_audit(self) -> None:
        self._context.spawner.spawn(self.load_audit(), name="audit-trail")

    async def load_audit(self) -> tuple[AuditRow, ...] | None:
        first = self.audit_from.date().toPython()
        last = self.audit_to.date().toPython()
        assert isinstance(first, dt.date)
        assert isinstance(last, dt.date)
        period = days(min(first, last), max(first, last), self._zone())
        station = self._context.station
        shared = station.shared_reports if station is not None else None
        try:
            if shared is not None:  # warehouse mode: every station's audit trail
                rows = await shared.audit_trail(self._zone(), period.start, period.end)
            else:
                rows = await asyncio.to_thread(
                    audit_for_range,
                    self._context.journal_path,
                    self._zone(),
                    period.start,
                    period.end,
                )
        except NetworkError as exc:
            log.warning("audit trail: the warehouse server could not be read: %s", exc)
            if alive(self):
                self.audit_heading.setText(
                    _tr("The warehouse server can't be reached: {e}").format(e=exc)
                )
            return None
        except JournalError as exc:
            log.warning("audit trail: the journal could not be read: %s", exc)
            if alive(self):
                self.audit_heading.setText(_tr("The journal could not be read: {e}").format(e=exc))
            return None
        if not alive(self):
            return None
        self.audit_rows = rows
        self.audit_model.set_rows(rows)
        self.audit_heading.setText(
            (
                _tr("1 supervisor decision, {label}")
                if len(rows) == 1
                else _tr("{n} supervisor decisions, {label}")
            ).format(n=len(rows), label=period.label)
        )
        self.audit_shown.emit()
        return rows

    def audit_text(self, kind: str) -> str:
        rows = self.audit_rows or ()
        if kind == "csv":
            return audit_csv(rows)
        return dumps(audit_json(rows, zone_name(self._zone())))

    def _export_audit(self, kind: str) -> None:
        self._context.spawner.spawn(
            self._save(self.audit_text(kind), kind, f"audit-trail.{kind}"), name="audit-export"
        )

    async def _save(self, text: str, kind: str, suggested: str) -> Path | None:
        path = await choose_file(
            self,
            _tr("Export"),
            save=True,
            name_filter=_tr("CSV files (*.csv)") if kind == "csv" else _tr("JSON files (*.json)"),
            suggested=suggested,
            suffix=kind,
        )
        if path is not None:
            await asyncio.to_thread(path.write_bytes, text.encode("utf-8"))
        return path


__all__ = ["HistoryView"]
