"""Supervisor → Products…: a product CSV checked whole, compared with Stitch, pushed in batches.

The file is read and checked in a worker thread (a 10,000-row file must not freeze the window).
Problems are listed with their line and reason and nothing can be sent while any is listed;
otherwise the difference against Stitch's list is shown (new / changed / stock / unchanged, each
with its table) and "Push N changes" sends it after the supervisor PIN, with a progress bar and a
Cancel button that stops after the batch in flight. The result names which SKUs landed, which did
not and which are uncertain (sent, no answer), and can be saved as text. Afterwards the plan is
made again, so what is left is what a second push would send.

Reading, planning, pushing and the result are states of this one screen; its words (the tables'
columns, the result in text) are `products_words`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.records import Product
from packstation.services.errors import StitchError
from packstation.services.product_csv import ProductFile, RowProblem, read_product_csv
from packstation.services.products import (
    CancelToken,
    ChangeKind,
    PushPlan,
    PushProgress,
    PushResult,
    plan_push,
)
from packstation.ui.i18n import plural, translator
from packstation.ui.supervisor.context import SupervisorContext
from packstation.ui.supervisor.dialogs import choose_file, fit_to_screen
from packstation.ui.supervisor.gate import SupervisorAction, gated
from packstation.ui.supervisor.pin_gate import PinAttempts
from packstation.ui.supervisor.products_words import (
    CHANGE_COLUMNS,
    PROBLEM_COLUMNS,
    kind_title,
    result_text,
)
from packstation.ui.supervisor.rows_model import RowsModel, table_view

log = logging.getLogger(__name__)

#: SKUs named per list in the on-screen result (the saved report names them all).
SHOWN_SKUS = 30


_tr = translator("ProductsDialog")


class ProductsDialog(QDialog):
    plan_ready = Signal()  # a file was read (with or without problems) and compared
    push_finished = Signal(object)  # the PushResult

    def __init__(
        self,
        context: SupervisorContext,
        parent: QWidget | None = None,
        *,
        attempts: PinAttempts | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("supervisor-products")
        self.setWindowTitle(_tr("Products and stock to Stitch"))
        fit_to_screen(self, 1100, 760)
        self._context = context
        self._attempts = attempts
        self._path: Path | None = None
        self._file: ProductFile | None = None
        self._current: tuple[Product, ...] | None = None
        self.plan: PushPlan | None = None
        self.push_result: PushResult | None = None
        self._token: CancelToken | None = None
        self._busy = False
        self._weights_kept = 0  # unit weights the file gave, kept for this station's scale

        self.choose_button = QPushButton(_tr("&Choose CSV file…"))
        self.choose_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.choose_button.setToolTip(_tr("Choose the product file (Ctrl+O)"))
        self.choose_button.clicked.connect(self._choose)
        self.file_label = QLabel(_tr("No file chosen. Columns: sku,name,upc,quantity_on_hand"))
        self.file_label.setWordWrap(True)
        self.stock_only = QCheckBox(_tr("&Stock only (never create products or change names)"))
        self.stock_only.toggled.connect(self._replan)

        self.summary = QLabel()
        self.summary.setObjectName("products-summary")
        self.summary.setWordWrap(True)
        self.problems_model = RowsModel(PROBLEM_COLUMNS, self)
        self.problems_view = table_view(self.problems_model, stretch=1)
        self.problems_view.hide()
        self.tabs = QTabWidget()
        self.change_models: dict[ChangeKind, RowsModel] = {}
        for kind in ChangeKind:
            model = RowsModel(CHANGE_COLUMNS, self)
            self.change_models[kind] = model
            self.tabs.addTab(table_view(model, stretch=2), kind_title(kind))
        self.tabs.hide()

        self.push_button = QPushButton(_tr("Push changes"))
        self.push_button.setEnabled(False)
        self.push_button.setToolTip(_tr("Needs the supervisor PIN"))
        self.push_button.clicked.connect(self._push_clicked)
        self.progress = QProgressBar()
        self.progress.setFormat(_tr("%v of %m products"))
        self.progress.hide()
        self.cancel_button = QPushButton(_tr("Cancel push"))
        self.cancel_button.setToolTip(_tr("Stop after the batch being sent"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_push)
        self.result_view = QPlainTextEdit()
        self.result_view.setObjectName("products-result")
        self.result_view.setReadOnly(True)
        self.result_view.setMaximumHeight(180)
        self.result_view.hide()
        self.save_report_button = QPushButton(_tr("Save &report…"))
        self.save_report_button.setToolTip(_tr("Save the result as a text file"))
        self.save_report_button.hide()
        self.save_report_button.clicked.connect(self._save_report_clicked)
        self.close_button = QPushButton(_tr("Close"))
        self.close_button.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.push_button)
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addStretch()
        bottom.addWidget(self.save_report_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stock_only)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems_view, 1)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.result_view)
        layout.addLayout(bottom)

    # -- reading and planning -----------------------------------------------------------------
    def _choose(self) -> None:
        self._context.spawner.spawn(self._choose_and_load(), name="products-choose")

    async def _choose_and_load(self) -> None:
        path = await choose_file(
            self, _tr("Product file"), save=False, name_filter=_tr("CSV files (*.csv *.txt)")
        )
        if path is not None:
            await self.load(path)

    async def load(self, path: Path) -> None:
        """Read and check `path` (worker thread), then compare it with Stitch's products."""
        self._path = path
        self._file = None
        self._current = None
        self.push_result = None
        self.result_view.hide()
        self.save_report_button.hide()
        self.file_label.setText(str(path))
        self._set_busy(True, _tr("Reading {name}…").format(name=path.name))
        try:
            try:
                self._file = await asyncio.to_thread(_read_file, path)
            except OSError as exc:
                self._show_problems((RowProblem(0, _tr("cannot be read: {e}").format(e=exc)),))
                return
            if not self._file.ok:
                self._show_problems(self._file.problems)
                return
            self._keep_weights(self._file)
            await self._fetch_current()
            self._replan()
        finally:
            self._set_busy(False)
            self.plan_ready.emit()

    def _keep_weights(self, file: ProductFile) -> None:
        """Unit weights in the file are the weight check's (this station), not Stitch's: kept as
        the file is read (they change nothing in Stitch, so no PIN), and said in the summary."""
        self._weights_kept = 0
        station = self._context.station
        if station is None or not file.weights:
            return
        try:
            station.save_catalogue_weights(file.weights)
        except OSError as exc:
            log.error("catalogue weights not saved: %s", exc)
            return
        self._weights_kept = len(file.weights)

    async def _fetch_current(self) -> None:
        station = self._context.station
        if station is None:
            self._show_problems((RowProblem(0, _tr("no Stitch account is set up yet")),))
            return
        self.summary.setText(_tr("Reading Stitch's product list…"))
        try:
            self._current = tuple(await station.products())
        except StitchError as exc:
            log.warning("products: Stitch's list could not be read: %s", exc)
            self._show_problems(
                (RowProblem(0, _tr("Stitch's product list could not be read: {e}").format(e=exc)),)
            )

    def _replan(self) -> None:
        if self._file is None or not self._file.ok or self._current is None:
            return
        self.plan = plan_push(self._file, self._current, stock_only=self.stock_only.isChecked())
        if self.plan.problems:
            self._show_problems(self.plan.problems)
            return
        self._show_plan(self.plan)

    def _show_problems(self, problems: Sequence[RowProblem]) -> None:
        self.plan = None
        self.tabs.hide()
        self.problems_model.set_rows(problems)
        self.problems_view.show()
        self.summary.setText(
            plural(
                "ProductsDialog",
                "%n problems in the file. Nothing is sent until every one is fixed; "
                "fix the file and choose it again.",
                len(problems),
                one="1 problem in the file. Nothing is sent until it is fixed; "
                "fix the file and choose it again.",
            )
        )
        self._update_push_button()

    def _show_plan(self, plan: PushPlan) -> None:
        self.problems_view.hide()
        counts = plan.counts()
        for index, kind in enumerate(ChangeKind):
            self.change_models[kind].set_rows(plan.of_kind(kind))
            self.tabs.setTabText(index, f"{kind_title(kind)} ({counts[kind]})")
            self.tabs.setTabVisible(index, kind is not ChangeKind.UNKNOWN or plan.stock_only)
        self.tabs.show()
        kinds = list(ChangeKind)
        first = next(
            (i for i, k in enumerate(kinds) if counts[k] and k is not ChangeKind.UNCHANGED),
            kinds.index(ChangeKind.UNCHANGED),
        )
        self.tabs.setCurrentIndex(first)
        parts = [
            _tr("{n} new").format(n=counts[ChangeKind.NEW]),
            _tr("{n} changed").format(n=counts[ChangeKind.CHANGED]),
            _tr("{n} stock changes").format(n=counts[ChangeKind.STOCK]),
            _tr("{n} unchanged").format(n=counts[ChangeKind.UNCHANGED]),
        ]
        if plan.stock_only:
            parts.append(_tr("{n} not in Stitch (skipped)").format(n=counts[ChangeKind.UNKNOWN]))
        text = _tr("Against the {n} products in Stitch: ").format(
            n=plan.products_in_stitch
        ) + ", ".join(parts)
        zero = len(plan.going_to_zero)
        if zero:
            # Often a stock column that did not come across: say it before anything is sent.
            text += "\n⚠ " + plural(
                "ProductsDialog",
                "%n products will have 0 in stock.",
                zero,
                one="1 product will have 0 in stock.",
            )
        if self._weights_kept:
            text += "\n" + plural(
                "ProductsDialog",
                "%n unit weights kept for this station's weight check (not sent to Stitch).",
                self._weights_kept,
                one="1 unit weight kept for this station's weight check (not sent to Stitch).",
            )
        self.summary.setText(text)
        self._update_push_button()

    def _update_push_button(self) -> None:
        count = len(self.plan.to_send) if self.plan is not None else 0
        self.push_button.setText(
            plural("ProductsDialog", "&Push %n changes", count, one="&Push 1 change")
            if count
            else _tr("Nothing to push")
        )
        self.push_button.setEnabled(
            not self._busy and self.plan is not None and self.plan.sendable and count > 0
        )

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        if text:
            self.summary.setText(text)
        self.choose_button.setEnabled(not busy)
        self.stock_only.setEnabled(not busy)
        self._update_push_button()

    # -- pushing ------------------------------------------------------------------------------
    def _push_clicked(self) -> None:
        self._context.spawner.spawn(self.push(), name="products-push")

    async def push(self) -> PushResult | None:
        """Ask the PIN, then send the plan; None when the supervisor cancels or it can't start."""
        plan, station = self.plan, self._context.station
        if plan is None or not plan.sendable or not plan.to_send or station is None:
            return None
        approval = await gated(
            self,
            self._context,
            SupervisorAction.PUSH_PRODUCTS,
            journal=False,  # push_plan's audit entry carries who and why, with the outcome
            attempts=self._attempts,
        )
        if approval is None:
            return None
        source = self._path.name if self._path is not None else ""

        def audit(what: str, details: Mapping[str, object]) -> None:
            station.audit(
                who=approval.who,
                what=what,
                why=approval.why,
                details={**details, "pin": approval.pin.value},
            )

        self._token = CancelToken()
        self.progress.setRange(0, len(plan.to_send))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self._set_busy(
            True,
            plural(
                "ProductsDialog",
                "Sending %n changes to Stitch…",
                len(plan.to_send),
                one="Sending 1 change to Stitch…",
            ),
        )
        try:
            result = await station.push_products(
                plan,
                on_progress=self._progress,
                cancel=self._token,
                audit=audit,
                source=source,
            )
        finally:
            self._token = None
            self.cancel_button.hide()
            self._set_busy(False)
        self.push_result = result
        self.result_view.setPlainText(result_text(result, source=source, limit=SHOWN_SKUS))
        self.result_view.show()
        self.save_report_button.show()
        # What is left to send now: a rerun sends only that.
        await self._fetch_current()
        self._replan()
        self.push_finished.emit(result)
        return result

    def _progress(self, progress: PushProgress) -> None:
        self.progress.setValue(progress.skus_landed)

    def cancel_push(self) -> None:
        if self._token is not None:
            self._token.cancel()
            self.cancel_button.setEnabled(False)
            self.summary.setText(_tr("Stopping after the batch being sent…"))

    def reject(self) -> None:
        # Closing mid-push stops it cleanly after the batch in flight (it is audited either way).
        self.cancel_push()
        super().reject()

    # -- the report ---------------------------------------------------------------------------
    def report(self) -> str:
        if self.push_result is None:
            return ""
        source = str(self._path) if self._path is not None else ""
        return result_text(self.push_result, source=source) + "\n"

    def _save_report_clicked(self) -> None:
        self._context.spawner.spawn(self._save_report(), name="products-report")

    async def _save_report(self) -> None:
        path = await choose_file(
            self,
            _tr("Save the push report"),
            save=True,
            name_filter=_tr("Text files (*.txt)"),
            suggested="products-push.txt",
            suffix="txt",
        )
        if path is not None:
            await asyncio.to_thread(path.write_text, self.report(), encoding="utf-8")


def _read_file(path: Path) -> ProductFile:
    return read_product_csv(path.read_bytes())


__all__ = ["ProductsDialog", "result_text"]
