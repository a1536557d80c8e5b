"""First start without an account: ask for the API base URL and the access token, test them, and
keep the token in the OS password store (or, without one, for this session only).

Next to the token it offers to set the supervisor PIN (skippable: left empty, the station runs
without one and says so in Settings and in every supervisor approval). A PIN typed here is checked
(twice, 4 digits or more) before Stitch is asked, and handed over as its salted hash
(`pin_hash`) for the app to save with the settings when the account works.

The test is an injected async callable, so the screen knows nothing of HTTP: the app passes one that
lists fulfillments through the API client and reports the outcome in a `CheckOutcome`.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from packstation.services.account import CheckOutcome
from packstation.services.credentials import StoredWhere, store_token
from packstation.services.pin import hash_pin

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api-pub.stitchlabs.com/api2/v2/integrations"


AccountCheck = Callable[[str, str], Awaitable[CheckOutcome]]
Spawn = Callable[[Coroutine[Any, Any, Any]], object]


def url_problem(url: str) -> str | None:
    """Why this base URL cannot be used, in plain words; None when it is fine."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return QCoreApplication.translate(
            "SetupScreen", "Enter the full address, starting with https://"
        )
    if parts.scheme == "http":
        host = parts.hostname
        loopback = host == "localhost"
        with contextlib.suppress(ValueError):  # a host name, not an address
            loopback = loopback or ipaddress.ip_address(host).is_loopback
        if not loopback:
            return QCoreApplication.translate(
                "SetupScreen", "Use https:// for Stitch: the token must not travel unencrypted."
            )
    return None


class SetupScreen(QWidget):
    """Emits `account_ready(base_url, token, stored_where)` once the account works."""

    account_ready = Signal(str, str, str)

    def __init__(
        self,
        check: AccountCheck,
        spawn: Spawn,
        base_url: str = DEFAULT_BASE_URL,
        parent: QWidget | None = None,
        *,
        ask_pin: bool = True,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self._spawn = spawn
        self._busy = False
        #: The salted hash of the supervisor PIN typed here ("" when skipped), once submitted.
        self.pin_hash = ""

        title = QLabel(self.tr("Connect this station to Stitch"))
        font = QFont(self.font())
        font.setPointSize(self.font().pointSize() + 8)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Enter the API address and the access token your Stitch administrator gave you. "
                "The token is kept in this computer's password store, never in a file."
            )
        )
        intro.setWordWrap(True)

        self.url_edit = QLineEdit(base_url)
        self.url_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 32)
        self.token_edit = QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText(self.tr("Paste the access token"))
        self.token_edit.returnPressed.connect(self.start_check)
        self.connect_button = QPushButton(self.tr("Test and save"))
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self.start_check)
        self.message = QLabel()
        self.message.setObjectName("setupMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pin_edit = QLineEdit()
        self.pin_repeat = QLineEdit()
        digits = QRegularExpressionValidator(QRegularExpression("[0-9]{0,12}"), self)
        for edit in (self.pin_edit, self.pin_repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setValidator(digits)
            edit.setInputMethodHints(
                Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
            )
            edit.returnPressed.connect(self.start_check)
        self.pin_edit.setPlaceholderText(self.tr("Optional: 4 digits or more"))
        self.pin_repeat.setPlaceholderText(self.tr("The same PIN again"))
        self.pin_hint = QLabel(
            self.tr(
                "The supervisor PIN approves supervisor actions and opens Settings. Leave it "
                "empty to set it later (Settings, or packstation pin set)."
            )
        )
        self.pin_hint.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("API address:"), self.url_edit)
        form.addRow(self.tr("Access token:"), self.token_edit)
        if ask_pin:
            form.addRow(self.tr("Supervisor PIN:"), self.pin_edit)
            form.addRow(self.tr("PIN again:"), self.pin_repeat)
            form.addRow("", self.pin_hint)
        else:
            for widget in (self.pin_edit, self.pin_repeat, self.pin_hint):
                widget.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.connect_button)

        box = QWidget()
        box.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 48)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addSpacing(12)
        inner.addLayout(form)
        inner.addLayout(buttons)
        inner.addWidget(self.message)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def start_check(self) -> None:
        if not self._busy:
            self._spawn(self.submit())

    async def submit(self) -> bool:
        """Test the URL and token; on success store the token and emit `account_ready`."""
        url = self.url_edit.text().strip().rstrip("/")
        token = self.token_edit.text().strip()
        problem = url_problem(url)
        if problem is not None:
            self._say(problem, error=True)
            return False
        if not token:
            self._say(self.tr("Paste the access token first."), error=True)
            return False
        pin, repeat = self.pin_edit.text(), self.pin_repeat.text()
        if pin or repeat:
            if pin != repeat:
                self._say(self.tr("The two supervisor PINs differ."), error=True)
                return False
            try:
                self.pin_hash = hash_pin(pin)
            except ValueError:
                self._say(self.tr("The supervisor PIN must be at least 4 digits."), error=True)
                return False
        else:
            self.pin_hash = ""
        self._set_busy(True)
        self._say(self.tr("Asking Stitch…"), error=False)
        try:
            outcome = await self._check(url, token)
        except Exception:
            log.exception("the account check failed")  # our exceptions never carry the token
            outcome = CheckOutcome(ok=False, problem=self.tr("The check failed (see the log)."))
        finally:
            self._set_busy(False)
        if outcome.refused:
            self._say(
                self.tr("Stitch refused this access token. Check it was copied completely."),
                error=True,
            )
            return False
        if not outcome.ok:
            self._say(
                self.tr("Could not reach Stitch at %1: %2")
                .replace("%1", url)
                .replace("%2", outcome.problem),
                error=True,
            )
            return False
        where = store_token(url, token)
        if where is StoredWhere.SESSION:
            self._say(
                self.tr(
                    "This computer has no password store; "
                    "the token will be kept for this session only"
                ),
                error=True,
            )
        else:
            self._say(self.tr("Connected. The token is saved in this computer's password store."))
        self.token_edit.clear()
        self.pin_edit.clear()
        self.pin_repeat.clear()
        self.account_ready.emit(url, token, where.value)
        return True

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.connect_button.setEnabled(not busy)
        for edit in (self.url_edit, self.token_edit, self.pin_edit, self.pin_repeat):
            edit.setReadOnly(busy)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(("✗ " if error else "") + text)
        self.message.setStyleSheet("color: #b3261e; font-weight: 600;" if error else "")
