"""The one window: title and status line, the full-width feedback banner, then the queue (left,
collapsible) beside the pack view. Before an account exists, the set-up screen takes the place of
queue and pack view.

The window decides nothing: menu entries and buttons emit `*_requested` signals for the services to
act on, and the services feed it back through `show_feedback`, the queue model and the pack view.

Over 450 lines, one piece: the window's layout and the few notices that share its status bar; its
parts (queue panel, pack view, banner, status line) live in their own modules.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from packstation.ui.banner import BannerState, Feedback, FeedbackBanner
from packstation.ui.i18n import retranslate_tree
from packstation.ui.pack_view import PackView
from packstation.ui.queue_panel import QueuePanel
from packstation.ui.sounds import Sound, SoundPlayer
from packstation.ui.status_line import StatusLine

SOUND_OF = {
    BannerState.OK: Sound.OK,
    BannerState.DONE: Sound.DONE,
    BannerState.WARNING: Sound.WARNING,
    BannerState.ERROR: Sound.ERROR,
    BannerState.ERROR_LOCKED: Sound.ERROR,
    BannerState.MISREAD: Sound.ERROR,  # the buzz: nothing was counted
}


class MainWindow(QMainWindow):
    acknowledge_requested = Signal()
    undo_requested = Signal()
    quantity_requested = Signal()
    partial_requested = Signal()
    ship_requested = Signal()
    cancel_requested = Signal()
    ship_anyway_requested = Signal()
    take_over_requested = Signal()
    refresh_requested = Signal()
    set_status_requested = Signal(list)  # fulfillment ids selected in the queue
    print_slip_requested = Signal(list)
    open_requested = Signal(str)  # a fulfillment id from the queue
    sign_in_requested = Signal()
    outbox_requested = Signal()
    new_token_requested = Signal()
    scanned = Signal(str)  # typed into the visible scan field
    closing = Signal()

    def __init__(self, sounds: SoundPlayer | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Packstation"))
        self.sounds = sounds
        self.status_line = StatusLine()
        self.banner = FeedbackBanner()
        self.connection_notice = ConnectionNotice()
        self.connection_notice.token_button.clicked.connect(self.new_token_requested)
        self.queue = QueuePanel()
        self.pack_view = PackView()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.queue)
        self.splitter.addWidget(self.pack_view)
        self.splitter.setCollapsible(0, True)
        self.splitter.setCollapsible(1, False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([960, 640])
        self.pack_view.order_shown.connect(self._give_room)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        central = QWidget()
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.status_line)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.queue.open_requested.connect(self.open_requested)
        self.queue.status_button.clicked.connect(self._request_status)
        self.queue.print_button.clicked.connect(self._request_print)
        self.pack_view.scan_field.scanned.connect(self.scanned)
        for view_signal, window_signal in (
            (self.pack_view.undo_requested, self.undo_requested),
            (self.pack_view.quantity_requested, self.quantity_requested),
            (self.pack_view.partial_requested, self.partial_requested),
            (self.pack_view.ship_requested, self.ship_requested),
            (self.pack_view.cancel_requested, self.cancel_requested),
            (self.pack_view.ship_anyway_requested, self.ship_anyway_requested),
            (self.pack_view.take_over_requested, self.take_over_requested),
        ):
            view_signal.connect(window_signal)
        # The offline notice lives in the status bar, whose height is fixed: going offline
        # mid-pack never pushes the banner or the pack view down.
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        bar.addPermanentWidget(self.connection_notice, 1)
        bar.setFixedHeight(self.fontMetrics().height() + 10)
        self.queue.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        # Ctrl+Z is the pack's undo wherever focus is: a text field must not take it for itself.
        for edit in self.findChildren(QLineEdit):
            edit.installEventFilter(self)
        self.pack_view.order_shown.connect(self._enable_pack_actions)
        self._enable_pack_actions(False)
        self.setFocusProxy(self.pack_view.scan_field)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # A packer with another language signed in: menus, buttons, headers follow at once.
            retranslate_tree(self)
            self.banner.update()
        super().changeEvent(event)

    # -- menus -----------------------------------------------------------------------------------
    def _action(
        self,
        menu: QMenu,
        text: str,
        shortcut: QKeySequence.StandardKey | str | None,
        signal: SignalInstance | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip or text.rstrip('…')} ({keys})")
        elif tip:
            action.setToolTip(tip)
        if signal is not None:
            action.triggered.connect(signal)  # signal to signal: the checked flag is dropped
        menu.addAction(action)
        self.addAction(action)  # shortcuts work while the menu bar is hidden or collapsed
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        station = self.station_menu = bar.addMenu(self.tr("&Station"))
        self.sign_in_action = self._action(
            station,
            self.tr("Sign &in…"),
            "Ctrl+L",
            self.sign_in_requested,
            self.tr("Who packs at this station (same as scanning PS-USER:name)"),
        )
        station.addSeparator()
        self.quit_action = self._action(station, self.tr("&Quit"), "Ctrl+Q")
        self.quit_action.triggered.connect(self.close)

        pack = self.pack_menu = bar.addMenu(self.tr("&Pack"))
        self.ack_action = self._action(
            pack,
            self.tr("&Acknowledge error"),
            "Esc",
            self.acknowledge_requested,
            self.tr("I have seen the error (same as scanning PS-CMD:ACK)"),
        )
        self.undo_action = self._action(
            pack, self.tr("&Undo last scan"), "Ctrl+Z", self.undo_requested
        )
        pack.addSeparator()
        self.quantity_action = self._action(
            pack,
            self.tr("&Quantity…"),
            "F4",
            self.quantity_requested,
            self.tr("Count the next item several times (same as scanning PS-QTY:n)"),
        )
        self.partial_action = self._action(
            pack,
            self.tr("&Partial box"),
            "Ctrl+Shift+Return",
            self.partial_requested,
            self.tr("Ship what is in the box now (same as scanning PS-CMD:PARTIAL)"),
        )
        self.ship_action = self._action(
            pack,
            self.tr("&Ship box"),
            "Ctrl+Return",
            self.ship_requested,
            self.tr("Close the box (same as scanning PS-CMD:SHIP)"),
        )
        pack.addSeparator()
        self.cancel_action = self._action(
            pack,
            self.tr("S&top packing"),
            "Ctrl+Shift+X",
            self.cancel_requested,
            self.tr("Stop packing this order (same as scanning PS-CMD:CANCEL)"),
        )

        queue = self.queue_menu = bar.addMenu(self.tr("&Queue"))
        self.refresh_action = self._action(queue, self.tr("&Refresh"), "F5", self.refresh_requested)
        self.filter_action = self._action(queue, self.tr("&Filter…"), "Ctrl+F")
        self.filter_action.triggered.connect(self._focus_filter)
        queue.addSeparator()
        self.status_action = self._action(queue, self.tr("Set &status…"), "F2")
        self.status_action.triggered.connect(self._request_status)
        self.print_action = self._action(queue, self.tr("&Print slip"), "Ctrl+P")
        self.print_action.triggered.connect(self._request_print)
        queue.addSeparator()
        self.outbox_action = self._action(
            queue,
            self.tr("&Outbox…"),
            "Ctrl+O",
            self.outbox_requested,
            self.tr("Boxes and statuses waiting to be sent, and those Stitch refused"),
        )

        # Filled by the supervisor screens when they are installed; hidden while empty.
        self.supervisor_menu = bar.addMenu(self.tr("S&upervisor"))
        self.supervisor_menu.menuAction().setVisible(False)

        view = self.view_menu = bar.addMenu(self.tr("&View"))
        self.show_queue_action = self._action(view, self.tr("Show &queue"), "F9")
        self.show_queue_action.setCheckable(True)
        self.show_queue_action.setChecked(True)
        self.show_queue_action.toggled.connect(self.set_queue_visible)
        self.mute_action = self._action(view, self.tr("&Mute sounds"), "Ctrl+M")
        self.mute_action.setCheckable(True)
        self.mute_action.setChecked(bool(self.sounds and self.sounds.muted))
        self.mute_action.toggled.connect(self._set_muted)

        self.queue.status_button.setToolTip(self.status_action.toolTip())
        self.queue.print_button.setToolTip(self.print_action.toolTip())
        self.pack_view.undo_button.setToolTip(self.undo_action.toolTip())
        for button, action in (
            (self.pack_view.quantity_button, self.quantity_action),
            (self.pack_view.partial_button, self.partial_action),
            (self.pack_view.ship_button, self.ship_action),
            (self.pack_view.cancel_button, self.cancel_action),
        ):
            button.setToolTip(action.toolTip())

    def _enable_pack_actions(self, open_: bool) -> None:
        for action in (
            self.undo_action,
            self.quantity_action,
            self.partial_action,
            self.ship_action,
            self.cancel_action,
        ):
            action.setEnabled(open_)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
        ):
            event.ignore()  # not the field's own undo: the window's "undo last scan"
            return True
        return super().eventFilter(watched, event)

    # -- geometry ---------------------------------------------------------------------------------
    def fit_to_screen(self) -> None:
        """The size of the screen the window is on (its free area, without task bars)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.availableGeometry())

    def show_fitted(self) -> None:
        """Shown maximised on its screen, whatever the monitor: nothing off screen at 1366×768."""
        self.fit_to_screen()
        self.showMaximized()
        self.pack_view.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_supervisor_menu(self) -> None:
        """Called after the supervisor screens added their entries."""
        self.supervisor_menu.menuAction().setVisible(not self.supervisor_menu.isEmpty())

    # -- what the services and the app call ------------------------------------------------------
    def set_warehouse_mode(self, on: bool) -> None:
        """The status line and the offline strip speak of the warehouse server, not Stitch."""
        self.status_line.set_warehouse(on)
        self.connection_notice.set_warehouse(on)

    def show_feedback(self, feedback: Feedback, sound: bool = True) -> None:
        """A scan's answer: banner at once, then the sound (never the only cue)."""
        self.banner.show_feedback(feedback)
        if sound and self.sounds is not None and feedback.state in SOUND_OF:
            self.sounds.play(SOUND_OF[feedback.state])

    def show_message(self, text: str, timeout_ms: int = 8000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def show_setup(self, screen: QWidget) -> None:
        """No account yet: the set-up screen instead of the queue and pack view."""
        self.pages.addWidget(screen)
        self.pages.setCurrentWidget(screen)
        self.banner.hide()
        self.status_line.stitch.hide()
        self.menuBar().hide()

    def show_work(self) -> None:
        current = self.pages.currentWidget()
        if current is not None and current is not self.splitter:
            self.pages.setCurrentWidget(self.splitter)
            self.pages.removeWidget(current)
            current.deleteLater()
        self.banner.show()
        self.status_line.stitch.show()
        self.menuBar().show()

    def set_queue_visible(self, visible: bool) -> None:
        sizes = self.splitter.sizes()
        total = sum(sizes) or self.width()
        if visible and sizes[0] == 0:
            self.splitter.setSizes([total * 2 // 5, total - total * 2 // 5])
        elif not visible:
            self.splitter.setSizes([0, total])
        if self.show_queue_action.isChecked() != visible:
            self.show_queue_action.setChecked(visible)

    def _give_room(self, packing: bool) -> None:
        """While packing the pack view gets most of the width; between orders the queue does.
        A queue the packer collapsed stays collapsed."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if sizes[0] == 0 or total == 0:
            return
        # Packing: the lines get the width (item names in full); between orders, the queue
        # shows Order to Age without scrolling sideways.
        queue = total * 22 // 100 if packing else total * 60 // 100
        self.splitter.setSizes([queue, total - queue])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # After the layout has given the splitter its new width.
        QTimer.singleShot(0, lambda: self._give_room(self.pack_view.header is not None))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)

    def _focus_filter(self) -> None:
        self.set_queue_visible(True)
        self.queue.focus_filter()

    def _request_status(self) -> None:
        self.set_status_requested.emit(self.queue.selected_ids())

    def _request_print(self) -> None:
        self.print_slip_requested.emit(self.queue.selected_ids())

    def _set_muted(self, muted: bool) -> None:
        if self.sounds is not None:
            self.sounds.set_muted(muted)


class ConnectionNotice(QWidget):
    """A calm amber strip under the status line: Stitch unreachable (work goes on), or the token
    was refused (enter a new one). Never modal; hidden while all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionNotice")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(
            "#connectionNotice { background: #fff1cc; border-bottom: 1px solid #d9a400; }"
            "#connectionNotice QLabel { color: #4d3800; font-weight: 600; }"
        )
        self.label = QLabel()
        # One line in the status bar: it never grows, so it never pushes the pack view down.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.token_button = QPushButton(self.tr("Enter new token…"))
        self.token_button.setAutoDefault(False)
        self.token_button.setStyleSheet("QPushButton { padding: 0px 10px; }")  # fits the bar
        self.token_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.token_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.token_button)
        self._offline = ""
        self._token = ""
        self._warehouse = False
        self.hide()

    def set_warehouse(self, on: bool) -> None:
        """Warehouse mode: what can be away is the warehouse server (the sync service talks to
        Stitch for every station)."""
        self._warehouse = on

    def text(self) -> str:
        return self.label.text()

    def set_offline(self, since: dt.datetime | None, last_sync: dt.datetime | None) -> None:
        words = "▲ " + (
            self.tr("The warehouse server can't be reached")
            if self._warehouse
            else self.tr("Stitch can't be reached")
        )
        if since is not None:
            words += " " + self.tr("since %1").replace("%1", _hhmm(since))
        if last_sync is not None:
            words += " · " + self.tr("last sync %1").replace("%1", _hhmm(last_sync))
        words += ". " + self.tr("Go on packing: boxes wait on this station and go out later.")
        self._offline = words
        self._sync()

    def set_online(self) -> None:
        self._offline = ""
        self._sync()

    def set_token_needed(self, needed: bool) -> None:
        self._token = (
            "▲ "
            + self.tr(
                "Stitch refused this station's access token. Go on packing: nothing is lost, "
                "boxes wait until a new token is entered."
            )
            if needed
            else ""
        )
        self._sync()

    def _sync(self) -> None:
        text = "  ".join(t for t in (self._token, self._offline) if t)
        self.label.setText(text)
        self.label.setToolTip(text)
        self.token_button.setVisible(bool(self._token))
        self.setVisible(bool(text))


def _hhmm(when: dt.datetime) -> str:
    return when.astimezone().strftime("%H:%M")
