"""Supervisor → Figures…: what each packer (or station) packed today, this week or on chosen days.

A table (orders, boxes, units, time per unit, wrong items, undos, partial and rejected shipments)
above a bar chart of units per hour (one day) or per day (longer), stacked by packer. The figures
are computed in a worker thread from the journal opened read-only there (a SQLite connection
belongs to the thread that opened it), so a week of a busy floor never freezes the window.
Exported as CSV or JSON with the columns of `packstation.services.figures_export`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from packstation.services.errors import JournalError, NetworkError
from packstation.services.figures import Figures, FiguresReport, Grouping, TimeStep
from packstation.services.figures_export import report_csv, report_json
from packstation.services.periods import Period, days, station_zone, this_week, today
from packstation.services.reports import figures_for_range
from packstation.ui.i18n import translator
from packstation.ui.supervisor.bar_chart import Bar, BarChart
from packstation.ui.supervisor.context import SupervisorContext
from packstation.ui.supervisor.dialogs import alive, choose_file, fit_to_screen
from packstation.ui.supervisor.rows_model import Column, RowsModel, table_view

log = logging.getLogger(__name__)


_tr = translator("FiguresView")


class Span(StrEnum):
    TODAY = "today"
    WEEK = "week"
    DAYS = "days"


def per_unit(seconds: float | None) -> str:
    """Seconds per unit as m:ss (or s) — what a supervisor compares at a glance."""
    if seconds is None:
        return "—"
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}" if whole >= 60 else f"{whole} s"


def _f(attr: str) -> Callable[[tuple[str, Figures, bool]], object]:
    return lambda row: getattr(row[1], attr)


FIGURE_COLUMNS = (
    Column(_tr("Name"), lambda row: row[0]),
    Column(_tr("Orders"), _f("fulfillments_packed"), numeric=True, tip=_tr("Orders packed")),
    Column(_tr("Boxes"), _f("boxes"), numeric=True),
    Column(_tr("Units"), _f("units_packed"), numeric=True, tip=_tr("Units packed")),
    Column(
        _tr("Time per unit"),
        lambda row: per_unit(row[1].seconds_per_unit),
        numeric=True,
        tip=_tr("Packing time per unit, breaks of more than 5 minutes left out"),
    ),
    Column(_tr("Wrong items"), _f("wrong_items"), numeric=True, tip=_tr("Wrong items caught")),
    Column(_tr("Undos"), _f("undos"), numeric=True),
    Column(_tr("Partial"), _f("partial_shipments"), numeric=True, tip=_tr("Orders left short")),
    Column(
        _tr("Partial boxes"),
        _f("partial_boxes"),
        numeric=True,
        tip=_tr("Boxes that left with units of the order still to ship"),
    ),
    Column(
        _tr("Stopped"),
        _f("stopped_packs"),
        numeric=True,
        tip=_tr("Packs stopped before they were finished (Stop packing)"),
    ),
    Column(_tr("Rejected"), _f("rejected_shipments"), numeric=True, tip=_tr("Refused by Stitch")),
    Column(
        _tr("Weight stops"),
        _f("weight_stops"),
        numeric=True,
        tip=_tr("Boxes the scale stopped: they weighed outside the tolerance"),
    ),
)


def chart_bars(report: FiguresReport) -> tuple[tuple[str, ...], tuple[Bar, ...]]:
    """Units per bucket stacked by group; a day's empty hours before and after work are left out."""
    names = tuple(row.name for row in report.rows)
    bars = []
    for index, point in enumerate(report.series):
        parts = tuple(float(row.series[index].figures.units_packed) for row in report.rows)
        label = point.label
        if report.resolution is TimeStep.DAY:
            label = point.start.strftime("%a %d")
        bars.append(Bar(label, parts))
    if report.resolution is TimeStep.HOUR:
        busy = [i for i, bar in enumerate(bars) if bar.total > 0]
        if busy:
            first, last = max(0, busy[0] - 1), min(len(bars), busy[-1] + 2)
            bars = bars[first:last]
    return names, tuple(bars)


class FiguresView(QDialog):
    report_shown = Signal()

    def __init__(
        self,
        context: SupervisorContext,
        parent: QWidget | None = None,
        *,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("supervisor-figures")
        self.setWindowTitle(_tr("Figures"))
        fit_to_screen(self, 1200, 820)
        self._context = context
        self._now = now
        self.report: FiguresReport | None = None

        self.span = QComboBox()
        self.span.addItem(_tr("Today"), Span.TODAY)
        self.span.addItem(_tr("This week"), Span.WEEK)
        self.span.addItem(_tr("Chosen days"), Span.DAYS)
        self.span.setToolTip(_tr("Which days"))
        zone_today = now().astimezone(self._zone()).date()
        self.first_day = QDateEdit(QDate(zone_today.year, zone_today.month, zone_today.day))
        self.last_day = QDateEdit(QDate(zone_today.year, zone_today.month, zone_today.day))
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.by = QComboBox()
        self.by.addItem(_tr("By packer"), Grouping.PACKER)
        self.by.addItem(_tr("By station"), Grouping.STATION)
        self.show_button = QPushButton(_tr("&Show"))
        self.show_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.show_button.setToolTip(_tr("Count again ({keys})").format(keys="F5"))
        self.show_button.clicked.connect(self.refresh)
        self.csv_button = QPushButton(_tr("Export &CSV…"))
        self.json_button = QPushButton(_tr("Export &JSON…"))
        self.csv_button.clicked.connect(lambda: self._export("csv"))
        self.json_button.clicked.connect(lambda: self._export("json"))
        self.span.currentIndexChanged.connect(self._span_changed)
        self.by.currentIndexChanged.connect(self.refresh)
        self.first_day.dateChanged.connect(self._days_changed)
        self.last_day.dateChanged.connect(self._days_changed)

        self.heading = QLabel()
        self.heading.setObjectName("figures-heading")
        self.model = RowsModel(FIGURE_COLUMNS, self, emphasize=lambda row: row[2])
        self.table = table_view(self.model, stretch=0)
        self.chart = BarChart()

        controls = QHBoxLayout()
        controls.addWidget(self.span)
        controls.addWidget(QLabel(_tr("from")))
        controls.addWidget(self.first_day)
        controls.addWidget(QLabel(_tr("to")))
        controls.addWidget(self.last_day)
        controls.addWidget(self.by)
        controls.addWidget(self.show_button)
        controls.addStretch()
        controls.addWidget(self.csv_button)
        controls.addWidget(self.json_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setSizes([340, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        self._span_changed()

    def _zone(self) -> dt.tzinfo:
        return station_zone(self._context.settings.time_zone)

    def period(self) -> Period:
        zone = self._zone()
        span = self.span.currentData()
        if span == Span.TODAY:
            return today(zone, self._now())
        if span == Span.WEEK:
            return this_week(zone, self._now())
        first = self.first_day.date().toPython()
        last = self.last_day.date().toPython()
        assert isinstance(first, dt.date)
        assert isinstance(last, dt.date)
        if last < first:
            first, last = last, first
        return days(first, last, zone)

    def choose_days(self, first: dt.date, last: dt.date) -> None:
        self.span.blockSignals(True)
        self.span.setCurrentIndex(self.span.findData(Span.DAYS))
        self.span.blockSignals(False)
        for edit, day in ((self.first_day, first), (self.last_day, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self._span_changed()

    def _span_changed(self) -> None:
        chosen = self.span.currentData() == Span.DAYS
        self.first_day.setEnabled(chosen)
        self.last_day.setEnabled(chosen)
        self.refresh()

    def _days_changed(self) -> None:
        if self.span.currentData() == Span.DAYS:
            self.refresh()

    def refresh(self) -> None:
        self._context.spawner.spawn(self.load(), name="figures")

    async def load(self) -> FiguresReport | None:
        period = self.period()
        by = Grouping(self.by.currentData())  # Qt hands the enum back as its str value
        self.heading.setText(_tr("Counting {label}…").format(label=period.label))
        station = self._context.station
        shared = station.shared_reports if station is not None else None
        try:
            if shared is not None:  # warehouse mode: every station's figures, from PostgreSQL
                report = await shared.figures_report(period, by)
            else:
                report = await asyncio.to_thread(
                    figures_for_range, self._context.journal_path, period, by
                )
        except NetworkError as exc:
            log.warning("figures: the warehouse server could not be read: %s", exc)
            if alive(self):
                self.heading.setText(
                    _tr("The warehouse server can't be reached: {e}").format(e=exc)
                )
            return None
        except JournalError as exc:
            log.warning("figures: the journal could not be read: %s", exc)
            if alive(self):
                self.heading.setText(_tr("The journal could not be read: {e}").format(e=exc))
            return None
        if not alive(self):
            return None  # closed meanwhile
        if period != self.period() or by != Grouping(self.by.currentData()):
            return None  # the supervisor chose something else meanwhile; that load shows it
        self.show_report(report)
        return report

    def show_report(self, report: FiguresReport) -> None:
        self.report = report
        rows = [(row.name, row.figures, False) for row in report.rows]
        rows.append((_tr("Total"), report.total, True))
        self.model.set_rows(rows)
        total = report.total
        self.heading.setText(
            _tr("{label}: {orders} orders, {units} units, {per_unit} per unit").format(
                label=report.period.label,
                orders=total.fulfillments_packed,
                units=total.units_packed,
                per_unit=per_unit(total.seconds_per_unit),
            )
        )
        names, bars = chart_bars(report)
        title = (
            _tr("Units per hour") if report.resolution is TimeStep.HOUR else _tr("Units per day")
        )
        self.chart.set_data(title, names, bars)
        self.report_shown.emit()

    def export_text(self, kind: str) -> str:
        assert self.report is not None
        if kind == "csv":
            return report_csv(self.report)
        return json.dumps(report_json(self.report), indent=2, ensure_ascii=False) + "\n"

    def _export(self, kind: str) -> None:
        self._context.spawner.spawn(self.export(kind), name="figures-export")

    async def export(self, kind: str) -> Path | None:
        if self.report is None:
            return None
        period = self.report.period
        suggested = f"figures-{period.first_day.isoformat()}"
        if period.last_day != period.first_day:
            suggested += f"-to-{period.last_day.isoformat()}"
        path = await choose_file(
            self,
            _tr("Export figures"),
            save=True,
            name_filter=_tr("CSV files (*.csv)") if kind == "csv" else _tr("JSON files (*.json)"),
            suggested=f"{suggested}.{kind}",
            suffix=kind,
        )
        if path is None:
            return None
        # CSV bytes exactly as the CLI writes them (its "\r\n" line ends kept).
        await asyncio.to_thread(path.write_bytes, self.export_text(kind).encode("utf-8"))
        return path


__all__ = ["FiguresView", "chart_bars", "per_unit"]
