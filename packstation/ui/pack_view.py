"""The pack view: the open order's ship-to, shipping method and notes, its lines, the overall
progress and, in words, what to do next. Buttons for undo, quantity, partial box, ship and cancel.

It is fed plain values: a `PackHeader` when an order opens and the domain's `Snapshot` after every
scan. It never talks to services; its buttons emit signals the window wires to them.

Over 450 lines, one piece: the pack's header, lines, progress and buttons are laid out and re-
translated together; the model and the row layouts live in their own modules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QDate,
    QDateTime,
    Qt,
    QTime,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.events import ErrorKind
from packstation.domain.records import Fulfillment, LineItem
from packstation.domain.session import Snapshot
from packstation.ui import theme
from packstation.ui.domain_words import domain_text
from packstation.ui.fitted_label import FittedLabel
from packstation.ui.flow_layout import FlowLayout
from packstation.ui.i18n import translator
from packstation.ui.pack_lines_model import LineColumn, PackLinesModel
from packstation.ui.scan_capture import ScanField


@dataclass(frozen=True, slots=True)
class PackHeader:
    """What the packer must see about the order, whatever the scans: never hidden."""

    fulfillment_id: str
    order_number: str
    channel_order_number: str
    shipping_method: str
    ship_to_name: str
    ship_to_place: str
    notes: str
    barcodes: Mapping[str, str] = field(default_factory=dict)  # line id → barcode shown

    @classmethod
    def from_records(cls, f: Fulfillment, lines: Iterable[LineItem] = ()) -> PackHeader:
        s = f.ship_to
        place = ", ".join(p for p in (s.city, " ".join(q for q in (s.state, s.zip) if q)) if p)
        if s.country_iso and s.country_iso != "US":
            place = f"{place}, {s.country}" if place else s.country
        name = f"{s.name} ({s.company})" if s.company else s.name
        return cls(
            fulfillment_id=f.id,
            order_number=f.order_number,
            channel_order_number=f.channel_order_number,
            shipping_method=f.shipping_method,
            ship_to_name=name,
            ship_to_place=place,
            notes=f.notes.strip(),
            barcodes={line.id: line.upc for line in lines},
        )


_tr = translator("PackView")
DEFAULT_LINES_POINT_SIZE = 17
NOTES = "notes"
NO_NOTES = "noNotes"  # neutral: a yellow box must mean there is something to read


def _shortcut_text(keys: QKeySequence.StandardKey | str) -> str:
    seq = QKeySequence(keys)
    return seq.toString(QKeySequence.SequenceFormat.NativeText)


class PackView(QWidget):
    order_shown = Signal(bool)  # True: an order is open; False: ready for the next slip
    undo_requested = Signal()
    quantity_requested = Signal()
    partial_requested = Signal()
    ship_requested = Signal()
    cancel_requested = Signal()
    ship_anyway_requested = Signal()  # over a label lock: ship the label scanned (journaled)
    take_over_requested = Signal()  # another packer's badge asked: yes, they pack on
    weigh_again_requested = Signal()  # over WRONG WEIGHT: the box on the scale again
    weight_override_requested = Signal()  # over WRONG WEIGHT: a supervisor's PIN lets it go
    shipped_at_changed = Signal(object)  # dt.datetime with the station's offset, or None: "now"

    def __init__(self, parent: QWidget | None = None, zone: dt.tzinfo | None = None) -> None:
        super().__init__(parent)
        self._header: PackHeader | None = None
        self._snapshot: Snapshot | None = None
        self._scroll_row = -1
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setSingleShot(True)
        self._scroll_timer.setInterval(0)
        self._scroll_timer.timeout.connect(self._scroll_to_last_change)

        self.title = QLabel()
        self.title.setObjectName("packTitle")
        big = QFont(self.font())
        big.setPointSize(self.font().pointSize() + 3)
        big.setBold(True)
        self.title.setFont(big)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ship_to = QLabel()
        self.ship_to.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QLabel()
        self.notes.setObjectName("notes")
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = PackLinesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.table.setWordWrap(False)
        # Two greeting cards may differ only at the end of their names: keep both ends in sight.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(LineColumn.NAME, QHeaderView.ResizeMode.Stretch)
        # The barcode is on the product and the scan compares it: hidden by default.
        self.table.setColumnHidden(LineColumn.BARCODE, True)
        self.set_lines_font(DEFAULT_LINES_POINT_SIZE)

        theme.bold_header(self.table)

        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.next_action = FittedLabel()
        self.next_action.setObjectName("nextAction")
        nxt = QFont(self.font())
        nxt.setPointSize(self.font().pointSize() + 4)
        nxt.setBold(True)
        self.next_action.setFont(nxt)

        self.last_box = QLabel()
        self.last_box.setObjectName("lastBox")
        self.last_box.setWordWrap(True)
        self.last_box.setTextFormat(Qt.TextFormat.RichText)
        self.last_box.setOpenExternalLinks(True)
        self.last_box.hide()

        # shipped_at of the next box: the label scan's time unless the packer sets another.
        self._zone = zone or dt.datetime.now().astimezone().tzinfo or dt.UTC
        self.shipped_now = QCheckBox(_tr("Shipped now"))
        self.shipped_now.setChecked(True)
        self.shipped_now.setToolTip(_tr("Untick to give the box another shipping date and time"))
        self.shipped_now.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.shipped_at_edit = QDateTimeEdit()
        self.shipped_at_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.shipped_at_edit.setCalendarPopup(True)
        self.shipped_at_edit.setEnabled(False)
        self.shipped_at_edit.hide()  # shown only when the packer gives another time
        self.shipped_at_edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.shipped_now.toggled.connect(self._shipped_now_toggled)
        self.shipped_at_edit.dateTimeChanged.connect(self._emit_shipped_at)

        self.scan_field = ScanField()
        self.scan_field.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 16))
        self.undo_button = self._button(_tr("Undo"), "Ctrl+Z", self.undo_requested)
        self.quantity_button = self._button(_tr("Quantity…"), "", self.quantity_requested)
        self.partial_button = self._button(_tr("Partial box"), "", self.partial_requested)
        self.ship_button = self._button(_tr("Ship"), "", self.ship_requested)
        self.cancel_button = self._button(_tr("Stop packing"), "", self.cancel_requested)
        self.quantity_button.setToolTip(_tr("Count the next item several times (or scan PS-QTY:n)"))
        self.partial_button.setToolTip(_tr("Ship what is in the box now (or scan PS-CMD:PARTIAL)"))
        self.ship_button.setToolTip(_tr("Close the box (or scan PS-CMD:SHIP)"))
        self.cancel_button.setToolTip(_tr("Stop packing this order (or scan PS-CMD:CANCEL)"))

        # Shown only while their question is up: the same as scanning PS-CMD:SHIP or the badge.
        self.ship_anyway_button = self._button(
            _tr("Ship this label anyway"), "", self.ship_anyway_requested
        )
        self.ship_anyway_button.setToolTip(
            _tr("Ship the box with the label just scanned (or scan PS-CMD:SHIP)")
        )
        self.take_over_button = self._button(_tr("Take over"), "", self.take_over_requested)
        self.take_over_button.setToolTip(_tr("The new packer packs on (or scan the badge again)"))
        self.weigh_again_button = self._button(_tr("Weigh again"), "", self.weigh_again_requested)
        self.weigh_again_button.setToolTip(_tr("Weigh the box again (F6, or scan PS-CMD:WEIGH)"))
        self.weight_override_button = self._button(
            _tr("Let it go…"), "", self.weight_override_requested
        )
        self.weight_override_button.setToolTip(
            _tr("A supervisor ships the box as it weighs (PIN; Shift+F6, or scan PS-CMD:SHIP)")
        )
        self._lock_actions = (
            self.ship_anyway_button,
            self.take_over_button,
            self.weigh_again_button,
            self.weight_override_button,
        )
        for b in self._lock_actions:
            b.setObjectName("lockAction")
            b.hide()

        scan_label = QLabel(_tr("Scan:"))
        scan_label.setBuddy(self.scan_field)
        scan_box = QWidget()  # the label stays beside its field when the row wraps
        scan_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        scan_row = QHBoxLayout(scan_box)
        scan_row.setContentsMargins(0, 0, 0, 0)
        scan_row.addWidget(scan_label)
        scan_row.addWidget(self.scan_field, 1)
        # Wraps onto a second row when a language's words do not fit beside the field at 1366 px.
        bottom = FlowLayout()
        bottom.addWidget(scan_box)
        for b in (
            self.undo_button,
            self.quantity_button,
            self.partial_button,
            self.ship_button,
            self.cancel_button,
        ):
            bottom.addWidget(b)

        # Rows kept few and full: at 1366×768 the header, notes, 8 lines and the buttons all fit.
        # One line: a long address is cut at the right (in full in the tooltip), never wrapped
        # into a second row that would take a pack line's place.
        self.ship_to.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(16)
        top.addWidget(self.ship_to, 1)
        progress = QHBoxLayout()
        progress.addWidget(self.progress, 1)
        # Beside the bar, which gives way: the window stays within 1366 px with a question up.
        progress.addWidget(self.ship_anyway_button)
        progress.addWidget(self.take_over_button)
        progress.addWidget(self.weigh_again_button)
        progress.addWidget(self.weight_override_button)
        progress.addWidget(self.shipped_now)
        progress.addWidget(self.shipped_at_edit)
        action = QHBoxLayout()
        # A long instruction in a long language breaks onto a second line rather than widening the
        # window; beside the last box's words it keeps the larger share.
        action.addWidget(self.next_action)
        action.addSpacing(16)
        action.addWidget(self.last_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(5)
        layout.addLayout(top)
        layout.addWidget(self.notes)
        layout.addWidget(self.table, 1)
        layout.addLayout(progress)
        layout.addLayout(action)
        layout.addLayout(bottom)
        self.clear()

    def _button(self, text: str, shortcut: str, signal: SignalInstance) -> QPushButton:
        b = QPushButton(text)
        # A scanner's Enter is eaten by the scan filter; a person's Enter must not click either.
        b.setAutoDefault(False)
        b.setDefault(False)
        b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        b.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        if shortcut:
            b.setToolTip(f"{text} ({_shortcut_text(shortcut)})")
        b.clicked.connect(signal)  # signal to signal: the checked flag is dropped
        return b

    # -- what the window calls ----------------------------------------------------------------
    def set_lines_font(self, point_size: int) -> None:
        """The pack lines' type size (setting `pack_lines_font_pt`): rows and columns follow."""
        font = QFont(self.font())
        font.setPointSize(max(8, point_size))
        self.table.setFont(font)
        # Fixed row heights and column widths: a scan never triggers a relayout of 300 rows.
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(QFontMetrics(font).height() + 8)
        for column, sample in (
            (LineColumn.SKU, "TWL-LIN-GRY-L"),
            (LineColumn.BARCODE, "00000000000000"),  # a GTIN-14 in full: compared with the label
            (LineColumn.ORDERED, "999"),
            (LineColumn.VERIFIED, "999"),
            (LineColumn.LEFT, "999"),
            (LineColumn.DONE, "✓"),
        ):
            header = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.table.setColumnWidth(column, theme.column_width(self.table, header, sample))

    @property
    def header(self) -> PackHeader | None:
        return self._header

    @property
    def snapshot(self) -> Snapshot | None:
        return self._snapshot

    def clear(self) -> None:
        """No order open: ready for the next slip."""
        self._header = None
        self._snapshot = None
        self.title.setText(_tr("No order open"))
        self.ship_to.setText("")
        # In the notes' place, which wraps: beside the title it was cut at 1366 px.
        self.notes.setText(
            _tr("Scan a packing slip, or pick an order in the queue and press Enter")
        )
        self._style_notes(NO_NOTES)
        self.progress.hide()
        # Between orders the lines table is empty and the view narrow: its header would be cut.
        self.table.hide()
        self.model.replace((), {})
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat("")
        self.next_action.setText(_tr("Next: scan a packing slip"))
        self._show_questions(None)
        self._enable(False)
        self.order_shown.emit(False)

    def set_header(self, header: PackHeader) -> None:
        """The same order with fresher details (its ship-to arrived, or Stitch changed it)."""
        self._show_header(header)

    def show_last_box(self, text: str) -> None:
        """What went out last (carrier, tracking, its link): stays until the next box closes."""
        self.last_box.setText(text)
        self.last_box.setVisible(bool(text))

    def reset_shipped_at(self) -> None:
        """Back to "the label scan's time" (after each box)."""
        self.shipped_now.setChecked(True)

    def shipped_at(self) -> dt.datetime | None:
        if self.shipped_now.isChecked():
            return None
        value = self.shipped_at_edit.dateTime().toPython()
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=None).replace(tzinfo=self._zone)

    def _shipped_now_toggled(self, now: bool) -> None:
        self.shipped_at_edit.setEnabled(not now)
        self.shipped_at_edit.setVisible(not now)
        if not now:
            h = dt.datetime.now(self._zone)
            self.shipped_at_edit.setDateTime(
                QDateTime(QDate(h.year, h.month, h.day), QTime(h.hour, h.minute))
            )
        self._emit_shipped_at()

    def _emit_shipped_at(self) -> None:
        self.shipped_at_changed.emit(self.shipped_at())

    def open_order(self, header: PackHeader, snapshot: Snapshot) -> None:
        self.show_last_box("")  # the previous order's box and tracking link are not this one's
        self._show_header(header)
        self.progress.show()
        self.table.show()
        self._snapshot = None
        self.model.replace(snapshot.lines, header.barcodes)
        self._enable(True)
        self.show_snapshot(snapshot)
        self.order_shown.emit(True)

    def _show_header(self, header: PackHeader) -> None:
        self._header = header
        parts = [header.order_number, header.channel_order_number, header.shipping_method]
        self.title.setText("  ·  ".join(p for p in parts if p))
        self.ship_to.setText(
            _tr("Ship to: %1").replace(
                "%1", ", ".join(p for p in (header.ship_to_name, header.ship_to_place) if p)
            )
        )
        self.ship_to.setToolTip(self.ship_to.text())
        if header.notes:
            self.notes.setText(_tr("NOTE: %1").replace("%1", header.notes))
        else:
            self.notes.setText(_tr("No notes on this order"))
        self._style_notes(NOTES if header.notes else NO_NOTES)

    def _style_notes(self, name: str) -> None:
        if self.notes.objectName() != name:
            self.notes.setObjectName(name)
            self.notes.style().unpolish(self.notes)
            self.notes.style().polish(self.notes)
        self.notes.show()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """After a scan: touch only what changed (one row, the bar, the words)."""
        old = self._snapshot
        self._snapshot = snapshot
        changed = self.model.update(snapshot.lines)
        if len(changed) == 1 and self.model.line(changed[0]).left > 0:
            # Keep the line just scanned in sight on a long order, one frame later: scrolling
            # repaints the whole table, and the banner and the line's count must paint first.
            self._scroll_row = changed[0]
            self._scroll_timer.start()
        to_pack = snapshot.ordered_total - snapshot.shipped_before_total
        done = to_pack - snapshot.left_total
        if old is None or self.progress.maximum() != max(1, to_pack):
            self.progress.setRange(0, max(1, to_pack))
        if self.progress.value() != done:
            self.progress.setValue(done)
        words = _tr("%1 of %2 units").replace("%1", str(done)).replace("%2", str(to_pack))
        if snapshot.box_number > 1:
            words += "  ·  " + _tr("box %1").replace("%1", str(snapshot.box_number))
        if self.progress.format() != words:
            self.progress.setFormat(words)
        action = _tr("Next: %1").replace("%1", domain_text(snapshot.next_action))
        if self.next_action.text() != action:
            self.next_action.setText(action)
        self._show_questions(snapshot)

    def _show_questions(self, snapshot: Snapshot | None) -> None:
        offer = snapshot is not None and snapshot.override is not None
        if self.ship_anyway_button.isVisible() != offer:
            self.ship_anyway_button.setVisible(offer)
        asked = snapshot.takeover_asked if snapshot is not None else None
        if asked:
            self.take_over_button.setText(_tr("Take over: %1").replace("%1", asked))
        if self.take_over_button.isVisible() != bool(asked):
            self.take_over_button.setVisible(bool(asked))
        error = snapshot.error if snapshot is not None else None
        weight = error is not None and error.kind is ErrorKind.WEIGHT_MISMATCH
        for button in (self.weigh_again_button, self.weight_override_button):
            if button.isVisible() != weight:
                button.setVisible(weight)

    def _scroll_to_last_change(self) -> None:
        if 0 <= self._scroll_row < self.model.rowCount():
            self.table.scrollTo(self.model.index(self._scroll_row, LineColumn.NAME))

    def _enable(self, open_: bool) -> None:
        for b in (
            self.undo_button,
            self.quantity_button,
            self.partial_button,
            self.ship_button,
            self.cancel_button,
            self.shipped_now,
        ):
            b.setEnabled(open_)
            # Between orders they have nothing to act on: hidden, the queue gets the width.
            b.setVisible(open_)
        self.shipped_at_edit.setEnabled(open_ and not self.shipped_now.isChecked())
