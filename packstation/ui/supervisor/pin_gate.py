"""The supervisor PIN gate: who approves a supervisor action, and why.

`await require_pin(parent, settings, action=..., ask_reason=True)` shows a small dialog (opened with
`open()`, awaited through a future: never a nested loop inside a coroutine) asking for the
supervisor's name, the PIN (masked, digits only) and a reason, and answers an `Approval` or None.
The PIN is checked with `verify_pin` against `settings.supervisor_pin_hash`; the caller journals
the approval (see `gate.gated`).

Decisions:
- **No PIN set**: the dialog says so ("set one in Settings") and still lets the action through
  with a name and a reason, recorded as `pin: "not set"` in the audit entry. A fresh station must
  not stop the floor (a box with unverified units still has to leave) before IT set a PIN; the
  audit trail shows every action approved that way.
- **Wrong PIN three times in a row**: the gate is locked for `LOCKOUT_S` seconds, for every
  action and every dialog (`PinAttempts` lives as long as the app); a right PIN resets the count.
- Scanner input: the app-wide ScanCapture swallows a scanner burst before any widget sees it, so a
  scan never types into the PIN field and its Enter never presses Approve. The dialog installs no
  event filter of its own and takes no keyboard grab, which keeps it that way.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QRegularExpression, Qt, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from packstation.services.pin import verify_pin
from packstation.services.settings import Settings
from packstation.ui.i18n import translator
from packstation.ui.supervisor.dialogs import finished

MAX_WRONG = 3
LOCKOUT_S = 60.0
MAX_PIN_DIGITS = 12


_tr = translator("PinGate")


class PinCheck(StrEnum):
    CHECKED = "checked"  # the right PIN was typed
    NOT_SET = "not set"  # no PIN on this station: let through with a warning, journaled
    NOT_NEEDED = "not needed"  # the action did not need a supervisor (e.g. status of one order)


@dataclass(frozen=True, slots=True)
class Approval:
    action: str
    who: str
    why: str
    pin: PinCheck


class PinAttempts:
    """Wrong PINs in a row, across dialogs; `MAX_WRONG` of them lock the gate for a while."""

    def __init__(
        self,
        *,
        max_wrong: int = MAX_WRONG,
        lockout_s: float = LOCKOUT_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_wrong = max_wrong
        self.lockout_s = lockout_s
        self._clock = clock
        self._wrong = 0
        self._locked_until = 0.0

    def locked_for(self) -> float:
        """Seconds until the gate opens again; 0 when it is open."""
        return max(0.0, self._locked_until - self._clock())

    @property
    def tries_left(self) -> int:
        return self.max_wrong - self._wrong

    def wrong(self) -> None:
        self._wrong += 1
        if self._wrong >= self.max_wrong:
            self._wrong = 0
            self._locked_until = self._clock() + self.lockout_s

    def right(self) -> None:
        self._wrong = 0


#: One per running app: a lockout holds whichever dialog asks next.
ATTEMPTS = PinAttempts()
#: The last supervisor who approved something here: offered again (a shift has one or two).
_last_who = ""


class PinDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        action: str,
        *,
        ask_reason: bool,
        attempts: PinAttempts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("supervisor-pin-dialog")
        self.setWindowTitle(_tr("Supervisor approval"))
        self._hash = settings.supervisor_pin_hash
        self._attempts = attempts
        self._ask_reason = ask_reason
        self.approval: Approval | None = None
        self.action = action

        what = QLabel(_tr("A supervisor must approve: <b>{action}</b>").format(action=action))
        what.setWordWrap(True)
        self.what_label = what
        self.no_pin = QLabel(
            _tr("⚠ No supervisor PIN is set — set one in Settings. This will be journaled.")
        )
        self.no_pin.setWordWrap(True)
        self.no_pin.setVisible(not self._hash)
        self.name_edit = QLineEdit(_last_who)
        self.name_edit.setPlaceholderText(_tr("Your name"))
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(rf"[0-9]{{0,{MAX_PIN_DIGITS}}}"), self)
        )
        self.pin_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
        )
        self.pin_edit.setEnabled(bool(self._hash))
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(_tr("Why (goes into the journal)"))
        self.message = QLabel()
        self.message.setObjectName("pin-message")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(_tr("&Supervisor:"), self.name_edit)
        form.addRow(_tr("&PIN:"), self.pin_edit)
        if ask_reason:
            form.addRow(_tr("&Reason:"), self.reason_edit)
        else:
            self.reason_edit.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.approve_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.approve_button.setText(_tr("&Approve"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(self.no_pin)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        # Counts the lockout down while it lasts.
        self._timer = QTimer(self)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self._show_lock)
        self._show_lock()
        (self.pin_edit if self._hash and _last_who else self.name_edit).setFocus()

    def _show_lock(self) -> bool:
        left = self._attempts.locked_for()
        locked = left > 0
        self.approve_button.setEnabled(not locked)
        self.pin_edit.setEnabled(bool(self._hash) and not locked)
        if locked:
            self.message.setText(
                _tr("Too many wrong PINs. Try again in {seconds} s.").format(
                    seconds=int(left + 0.999)
                )
            )
            if not self._timer.isActive():
                self._timer.start()
        elif self._timer.isActive():
            self._timer.stop()
            self.message.setText("")
            self.pin_edit.setFocus()
        return locked

    def accept(self) -> None:
        global _last_who
        if self._show_lock():
            return
        who = " ".join(self.name_edit.text().split())
        why = " ".join(self.reason_edit.text().split())
        if not who:
            self.message.setText(_tr("Type the supervisor's name."))
            self.name_edit.setFocus()
            return
        if self._ask_reason and not why:
            self.message.setText(_tr("Say why: it goes into the journal."))
            self.reason_edit.setFocus()
            return
        check = PinCheck.NOT_SET
        if self._hash:
            if not verify_pin(self.pin_edit.text(), self._hash):
                self._attempts.wrong()
                self.pin_edit.clear()
                if not self._show_lock():
                    self.message.setText(
                        _tr("Wrong PIN. {n} more tries before a short lockout.").format(
                            n=self._attempts.tries_left
                        )
                    )
                    self.pin_edit.setFocus()
                return
            self._attempts.right()
            check = PinCheck.CHECKED
        _last_who = who
        self.approval = Approval(self.action, who, why, check)
        super().accept()


async def require_pin(
    parent: QWidget | None,
    settings: Settings,
    *,
    action: str,
    ask_reason: bool,
    attempts: PinAttempts | None = None,
) -> Approval | None:
    """Ask a supervisor to approve `action` (in words); None when they cancel."""
    dialog = PinDialog(
        settings, action, ask_reason=ask_reason, attempts=attempts or ATTEMPTS, parent=parent
    )
    try:
        await finished(dialog)
        return dialog.approval
    finally:
        dialog.deleteLater()


__all__ = ["ATTEMPTS", "Approval", "PinAttempts", "PinCheck", "PinDialog", "require_pin"]
