"""Scanner input caught application-wide, whatever has focus.

`ScanCapture` is an event filter on the QApplication around the domain's `ScanDetector`. Keys that
could still be part of a scan are held back (swallowed); a burst ended by Enter or Tab becomes
`scanned(code)` and its Enter is eaten too, so a scan never types into a field and never presses a
dialog's default button. Keys that turned out to be typing are handed back, in order, to the widget
that was meant to receive them.

`ScanField` is the visible field for manual entry (a typed code, a damaged label): Enter emits the
same `scanned(code)`.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from packstation.domain.detector import (
    DEFAULT_MAX_GAP_MS,
    DEFAULT_MIN_LENGTH,
    Action,
    Decision,
    ScanDetector,
)

log = logging.getLogger(__name__)

TERMINATORS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab})
# Some scanners end a code with a line feed (Ctrl+J), which is no Return key but has this text.
_TERMINATOR_TEXT = frozenset({"\r", "\n"})
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
GROUP_SEPARATOR = "\x1d"  # GS1's FNC1 stand-in; wedge scanners send it as Ctrl+]


@dataclass(frozen=True, slots=True)
class _Held:
    receiver: QObject
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


def _scan_text(event: QKeyEvent) -> str:
    """The text a key contributes to a scan, or "" for keys that are not part of one."""
    text = event.text()
    if text == GROUP_SEPARATOR:
        return text
    if not text or not text.isprintable() or event.modifiers() & _COMMAND_MODIFIERS:
        return ""
    return text


class ScanCapture(QObject):
    """Install with `app.installEventFilter(capture)` (done by `install`)."""

    scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        max_gap_ms: int = DEFAULT_MAX_GAP_MS,
        min_length: int = DEFAULT_MIN_LENGTH,
    ) -> None:
        super().__init__(parent)
        self._detector = ScanDetector(max_gap_ms, min_length)
        self._held: list[_Held] = []
        # Presses we swallowed whose releases are still to come: those releases are eaten too.
        self._swallowed: Counter[int] = Counter()
        self._replaying = False
        self._enabled = True
        self._last_passed: tuple[int, int, int, str] | None = None
        self._fed = 0  # keys fed so far: tells a late timeout from a burst still arriving
        self._fed_at_timeout = -1
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)

    def install(self, app: QCoreApplication) -> None:
        app.installEventFilter(self)
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def uninstall(self, app: QCoreApplication) -> None:
        self.flush()
        app.removeEventFilter(self)

    # -- settings ------------------------------------------------------------------------------
    @property
    def max_gap_ms(self) -> int:
        return self._detector.max_gap_ms

    @property
    def min_length(self) -> int:
        return self._detector.min_length

    def configure(self, max_gap_ms: int, min_length: int) -> None:
        """The fastest a person types and the shortest code: tune per scanner model."""
        self.flush()
        self._detector = ScanDetector(max_gap_ms, min_length)

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        if not enabled:
            self.flush()
        self._enabled = enabled

    def flush(self) -> None:
        """Hand everything held back to its widget as typing."""
        self._timer.stop()
        if self._detector.flush():
            self._replay("flush")

    # -- the filter ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        etype = event.type()
        if etype not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if self._replaying or not self._enabled or not watched.isWidgetType():
            # Key events reach the QWindow first and then its focus widget: we act on the widget.
            return False
        assert isinstance(event, QKeyEvent)
        if etype is QEvent.Type.KeyRelease:
            key = event.key()
            if self._swallowed[key] > 0:
                self._swallowed[key] -= 1
                return True
            return False
        signature = (etype.value, event.key(), event.timestamp(), event.text())
        if signature == self._last_passed:
            return False  # the same event, propagating to a parent after its widget ignored it
        eat = self._on_press(watched, event)
        self._last_passed = None if eat else signature
        return eat

    def _on_press(self, receiver: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        stamp = event.timestamp()
        terminator = key in TERMINATORS or event.text() in _TERMINATOR_TEXT
        if terminator and not event.modifiers() & _COMMAND_MODIFIERS:
            decision = self._detector.feed_terminator(stamp)
            self._deliver(decision)
            if decision.action is Action.SCAN:
                self._timer.stop()
                self._held.clear()  # they were the scan
                self._swallowed[key] += 1
                assert decision.scan is not None
                self.scanned.emit(decision.scan)
                return True
            return False
        text = _scan_text(event)
        if not text:
            # Shift, F-keys, Ctrl+Z ...: not part of a scan, but keep typing order intact.
            if self._detector.holding and key not in _MODIFIER_KEYS:
                self.flush()
            return False
        self._fed += 1
        decision = self._detector.feed_key(text, stamp, auto_repeat=event.isAutoRepeat())
        self._deliver(decision)
        if decision.action is Action.HOLD:
            self._held.append(_Held(receiver, key, event.modifiers(), text))
            self._swallowed[key] += 1
            self._timer.start(self._detector.max_gap_ms + 1)
            return True
        return decision.action is Action.DROP  # an auto-repeat inside a burst: forget it

    def _deliver(self, decision: Decision) -> None:
        if decision.typed:
            self._replay(f"detector: {decision.action.value}")

    def _replay(self, why: str = "") -> None:
        """Send the held keys, in order, to the widgets that were meant to get them."""
        held, self._held = self._held, []
        log.debug("scan capture: %d held keys handed back as typing (%s)", len(held), why)
        self._replaying = True
        try:
            for h in held:
                for etype in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QCoreApplication.sendEvent(
                        h.receiver, QKeyEvent(etype, h.key, h.modifiers, h.text)
                    )
        finally:
            self._replaying = False

    def _on_timeout(self) -> None:
        # No key within the gap by our clock. But a busy station may have the scanner's next keys
        # already waiting in the window system's queue, which Qt delivers after timers: look
        # again once those are in, and only then hand the keys back as typing. (The event clock
        # is the X server's, so we cannot `poll` with a "now" of our own.)
        self._fed_at_timeout = self._fed
        QTimer.singleShot(0, self._confirm_timeout)

    def _confirm_timeout(self) -> None:
        if self._fed == self._fed_at_timeout and self._detector.holding:
            self.flush()

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is None or (old is not None and old.window() is not new.window()):
            self.flush()


_MODIFIER_KEYS = frozenset(
    {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}
)


class ScanField(QLineEdit):
    """Manual entry: type or paste a code and press Enter."""

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Type a code and press Enter"))
        self.setToolTip(self.tr("For a damaged label: type the code here and press Enter"))
        self.setClearButtonEnabled(True)
        self.returnPressed.connect(self._submit)

    def event(self, e: QEvent) -> bool:
        # Ctrl+Z means "undo the last scan" everywhere in the station, not "undo my typing here":
        # let the window's shortcut have it (a line edit claims it by default).
        if e.type() is QEvent.Type.ShortcutOverride:
            assert isinstance(e, QKeyEvent)
            if e.matches(QKeySequence.StandardKey.Undo) or e.matches(QKeySequence.StandardKey.Redo):
                e.ignore()
                return False
        return super().event(e)

    def _submit(self) -> None:
        code = self.text().strip()
        self.clear()
        if code:
            self.scanned.emit(code)
