"""Station → Settings…: the station's own settings, saved to the user's settings file.

Keys that the machine-wide file locks (IT's) are shown but disabled, marked "set by your IT
department", and never written to the user's file (`save_user_settings` skips them too). The
supervisor PIN is stored only as its salted hash (`hash_pin`); changing an existing PIN needs the
current one. On Save the file is written atomically and `saved(Settings)` hands the new settings to
the app, which puts them in force (sounds, scanner threshold, station name ...).
"""

from __future__ import annotations

import dataclasses
import logging
import re
import zoneinfo
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from packstation.services.pin import hash_pin, verify_pin
from packstation.services.settings import MAX_STATUS_LENGTH, Settings, save_user_settings
from packstation.ui.i18n import QT_TRANSLATE_NOOP, translator
from packstation.ui.scale_settings import ScaleFields
from packstation.ui.sounds import Sound, SoundPlayer

log = logging.getLogger(__name__)

LOCKED_NOTE = QT_TRANSLATE_NOOP("SettingsDialog", "set by your IT department")
_URL = re.compile(r"^https?://\S+$")


_tr = translator("SettingsDialog")

# Each language by its own name: a packer finds theirs whatever the screen speaks now.
LANGUAGE_NAMES = (("en", "English"), ("es", "Español"), ("pl", "Polski"), ("de", "Deutsch"))


def _language_box(current: str, first: str) -> QComboBox:
    """`first` ("" in the file) then the shipped languages; a code typed in the file is kept."""
    box = QComboBox()
    box.addItem(first, "")
    for code, name in LANGUAGE_NAMES:
        box.addItem(name, code)
    if current and box.findData(current) < 0:
        box.addItem(current, current)  # e.g. `pseudo` (testing), or a region such as es_MX
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


class SettingsDialog(QDialog):
    saved = Signal(object)  # the new Settings, after the file was written

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings-dialog")
        self.setWindowTitle(_tr("Station settings"))
        self._settings = settings
        self._path = path
        self._player: SoundPlayer | None = None
        self.saved_path: Path | None = None
        self.editors: dict[str, QWidget] = {}

        self.station = QLineEdit(settings.station)
        self.api_url = QLineEdit(settings.api_url)
        self.api_url.setMinimumWidth(480)
        self.api_url.setCursorPosition(0)
        self.api_url.setToolTip(_tr("A new address needs its own access token"))
        self.claim_format = QLineEdit(settings.claim_format)
        self.claim_format.setToolTip(
            _tr("Status set while an order is packed; {station} and {packer} are filled in")
        )
        self.presets = QListWidget()
        self.presets.setObjectName("status-presets")
        self.presets.setMinimumHeight(self.presets.fontMetrics().height() * 7)
        for text in settings.status_presets:
            self._add_preset_item(text)
        self.add_preset = QPushButton(_tr("&Add"))
        self.remove_preset = QPushButton(_tr("&Remove"))
        self.add_preset.clicked.connect(self._new_preset)
        self.remove_preset.clicked.connect(self._remove_preset)
        presets = QWidget()
        presets_layout = QHBoxLayout(presets)
        presets_layout.setContentsMargins(0, 0, 0, 0)
        presets_layout.addWidget(self.presets, 1)
        preset_buttons = QVBoxLayout()
        preset_buttons.addWidget(self.add_preset)
        preset_buttons.addWidget(self.remove_preset)
        preset_buttons.addStretch()
        presets_layout.addLayout(preset_buttons)

        self.scanner_gap = QSpinBox()
        self.scanner_gap.setRange(5, 1000)
        self.scanner_gap.setSuffix(" ms")
        self.scanner_gap.setValue(settings.scanner_max_gap_ms)
        self.scanner_gap.setToolTip(
            _tr("Keys closer together than this are a scanner; a person types slower")
        )
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(settings.sound_volume * 100))
        self.muted = QCheckBox(_tr("&Mute"))
        self.muted.setChecked(settings.sound_muted)
        self.test_sound = QPushButton(_tr("&Test sound"))
        self.test_sound.clicked.connect(self.play_test_sound)
        sound = QWidget()
        sound_layout = QHBoxLayout(sound)
        sound_layout.setContentsMargins(0, 0, 0, 0)
        sound_layout.addWidget(self.volume, 1)
        sound_layout.addWidget(self.muted)
        sound_layout.addWidget(self.test_sound)
        self.require_ship = QCheckBox(_tr("A box ships only after PS-CMD:SHIP is scanned"))
        self.require_ship.setChecked(settings.require_ship_command)
        self.item_barcodes = QCheckBox(_tr("Print item barcodes too (for damaged product labels)"))
        self.item_barcodes.setToolTip(
            _tr("Off: only the order's barcode scans, so nobody scans the paper for the product")
        )
        self.item_barcodes.setChecked(settings.slip_item_barcodes)
        self.time_zone = QComboBox()
        self.time_zone.setEditable(True)
        self.time_zone.addItem(_tr("This computer's zone"), "")
        for name in sorted(zoneinfo.available_timezones()):
            self.time_zone.addItem(name, name)
        index = self.time_zone.findData(settings.time_zone)
        self.time_zone.setCurrentIndex(max(0, index))
        self.language = _language_box(settings.language, _tr("This computer's language"))
        self.language.setToolTip(
            _tr("A packer with a language of their own in the packer list switches it at sign-in")
        )
        self.print_language = _language_box(settings.print_language, _tr("Same as the station"))
        self.print_language.setToolTip(
            _tr("Slips, command sheets, badges and labels: the customer's and the bench's paper")
        )
        self.retention = QSpinBox()
        self.retention.setRange(7, 3650)
        self.retention.setSuffix(_tr(" days"))
        self.retention.setValue(settings.retention_days)
        self.retention.setToolTip(_tr("Finished orders are kept in the journal this long"))

        self.current_pin = QLineEdit()
        self.new_pin = QLineEdit()
        self.repeat_pin = QLineEdit()
        for edit in (self.current_pin, self.new_pin, self.repeat_pin):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(12)
            edit.setInputMethodHints(
                Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
            )
        pin_box = QGroupBox(
            _tr("Change the supervisor PIN")
            if settings.supervisor_pin_hash
            else _tr("Set a supervisor PIN (none is set)")
        )
        pin_form = QFormLayout(pin_box)
        if settings.supervisor_pin_hash:
            pin_form.addRow(_tr("Current PIN:"), self.current_pin)
        else:
            self.current_pin.hide()
        pin_form.addRow(_tr("New PIN (4 digits or more):"), self.new_pin)
        pin_form.addRow(_tr("New PIN again:"), self.repeat_pin)

        form = QFormLayout()
        self._row(form, "station", _tr("&Station name:"), self.station)
        self._row(form, "api_url", _tr("Stitch &address:"), self.api_url)
        self._row(form, "claim_format", _tr("&Claim status:"), self.claim_format)
        self._row(form, "status_presets", _tr("Status &presets:"), presets)
        self._row(form, "scanner_max_gap_ms", _tr("Scanner &speed:"), self.scanner_gap)
        self._row(form, "sound_volume", _tr("Sound &volume:"), sound)
        self._row(form, "require_ship_command", _tr("Shipping:"), self.require_ship)
        self._row(form, "slip_item_barcodes", _tr("Packing slips:"), self.item_barcodes)
        self._row(form, "language", _tr("Lan&guage:"), self.language)
        self._row(form, "print_language", _tr("Printed paper's la&nguage:"), self.print_language)
        self._row(form, "time_zone", _tr("Time &zone:"), self.time_zone)
        self._row(form, "retention_days", _tr("&Keep history:"), self.retention)
        self.scale = ScaleFields(settings)
        self._row(form, "scale_protocol", _tr("Sca&le:"), self.scale.protocol)
        self._row(form, "scale_device", _tr("Scale device:"), self.scale.device)
        self._row(form, "scale_baud", _tr("Scale baud rate:"), self.scale.baud)
        self._row(form, "scale_unit", _tr("Weight unit:"), self.scale.unit)
        self._row(
            form, "scale_tolerance_grams", _tr("Weight tolerance:"), self.scale.tolerance_grams
        )
        self._row(form, "scale_tolerance_percent", _tr("or:"), self.scale.tolerance_percent)
        self._row(form, "scale_tare_grams", _tr("Carton tare:"), self.scale.tare_grams)
        self.editors["sound_muted"] = self.muted
        if "sound_muted" in settings.locked:
            self.muted.setEnabled(False)
        self.editors["supervisor_pin_hash"] = pin_box
        if "supervisor_pin_hash" in settings.locked:
            pin_box.setEnabled(False)
            pin_box.setTitle(pin_box.title() + f" — {_tr(LOCKED_NOTE)}")

        self.message = QLabel()
        self.message.setObjectName("settings-message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(_tr("Save (Ctrl+S)"))
        self.save_button.setShortcut("Ctrl+S")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        # Without a PIN anyone can open this screen and approve supervisor actions: say it first.
        self.no_pin_warning = QLabel(
            _tr(
                "⚠ No supervisor PIN is set: anyone can change these settings (the Stitch "
                "address) and approve supervisor actions. Set a PIN below."
            )
        )
        self.no_pin_warning.setObjectName("no-pin-warning")
        self.no_pin_warning.setWordWrap(True)
        self.no_pin_warning.setStyleSheet(
            "QLabel { background: #b71c1c; color: white; font-weight: bold; padding: 8px; }"
        )
        self.no_pin_warning.setVisible(not settings.supervisor_pin_hash)

        # The fields scroll inside on a small monitor; the warning and the buttons stay in view.
        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addLayout(form)
        fields_layout.addWidget(pin_box)
        self.fields_scroll = QScrollArea()
        self.fields_scroll.setObjectName("settings-fields")
        self.fields_scroll.setWidgetResizable(True)
        self.fields_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.fields_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fields_scroll.setWidget(fields)

        layout = QVBoxLayout(self)
        layout.addWidget(self.no_pin_warning)
        layout.addWidget(self.fields_scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._fit_fields(fields)

    def _fit_fields(self, fields: QWidget) -> None:
        """The whole form when the screen has room for it, else as much as fits (it scrolls)."""
        parent = self.parentWidget()
        screen = parent.screen() if parent is not None else self.screen()
        space = screen.availableGeometry()
        chrome = 40 + self.buttons.sizeHint().height() + self.no_pin_warning.sizeHint().height()
        wanted = fields.sizeHint()
        scrollbar = self.fields_scroll.verticalScrollBar().sizeHint().width()
        self.fields_scroll.setMinimumWidth(min(wanted.width() + scrollbar, space.width() - 40))
        self.fields_scroll.setMinimumHeight(
            min(wanted.height(), max(200, space.height() - chrome - 80))
        )

    def _row(self, form: QFormLayout, key: str, label: str, editor: QWidget) -> None:
        self.editors[key] = editor
        if key not in self._settings.locked:
            form.addRow(label, editor)
            return
        editor.setEnabled(False)
        editor.setToolTip(_tr(LOCKED_NOTE))
        note = QLabel(f"({_tr(LOCKED_NOTE)})")
        note.setObjectName(f"locked-{key}")
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(editor, 1)
        row.addWidget(note)
        form.addRow(label, holder)

    def locked(self, key: str) -> bool:
        """True when the field of `key` cannot be edited (IT locked it)."""
        return not self.editors[key].isEnabled()

    # -- status presets ------------------------------------------------------------------------
    def _add_preset_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.presets.addItem(item)
        return item

    def _new_preset(self) -> None:
        item = self._add_preset_item(_tr("New status"))
        self.presets.setCurrentItem(item)
        self.presets.editItem(item)

    def _remove_preset(self) -> None:
        row = self.presets.currentRow()
        if row >= 0:
            self.presets.takeItem(row)

    def preset_texts(self) -> tuple[str, ...]:
        texts = (self.presets.item(i).text().strip() for i in range(self.presets.count()))
        return tuple(t for t in texts if t)

    # -- sound ---------------------------------------------------------------------------------
    def play_test_sound(self) -> None:
        if self._player is None:
            self._player = SoundPlayer(self)
        self._player.set_volume(self.volume.value() / 100)
        self._player.set_muted(self.muted.isChecked())
        self._player.play(Sound.OK)

    # -- saving --------------------------------------------------------------------------------
    def settings(self) -> Settings:
        """The settings as the form holds them; raises ValueError with the reason to show."""
        s = self._settings
        station = " ".join(self.station.text().split())
        if not station:
            raise ValueError(_tr("The station needs a name."))
        api_url = self.api_url.text().strip()
        if not _URL.match(api_url):
            raise ValueError(_tr("The Stitch address must start with https://"))
        claim = self.claim_format.text()
        try:
            claim.format(station="", packer="")
        except (KeyError, IndexError, ValueError) as exc:
            raise ValueError(
                _tr("The claim status may only use {station} and {packer} as placeholders.")
            ) from exc
        presets = self.preset_texts()
        if any(len(p) > MAX_STATUS_LENGTH for p in presets):
            raise ValueError(
                _tr("A status may have at most {n} characters.").format(n=MAX_STATUS_LENGTH)
            )
        zone = self.time_zone.currentData() if self.time_zone.currentIndex() >= 0 else None
        typed = self.time_zone.currentText().strip()
        if zone is None or (zone and typed != zone):
            zone = typed
        if zone and zone not in zoneinfo.available_timezones():
            raise ValueError(_tr("Unknown time zone: {zone}").format(zone=zone))
        values: dict[str, object] = {
            "station": station,
            "api_url": api_url,
            "claim_format": claim,
            "status_presets": presets,
            "scanner_max_gap_ms": self.scanner_gap.value(),
            "sound_volume": self.volume.value() / 100,
            "sound_muted": self.muted.isChecked(),
            "require_ship_command": self.require_ship.isChecked(),
            "slip_item_barcodes": self.item_barcodes.isChecked(),
            "time_zone": zone,
            "retention_days": self.retention.value(),
            **self.scale.values(),
            "language": str(self.language.currentData() or ""),
            "print_language": str(self.print_language.currentData() or ""),
        }
        pin_hash = self._pin_hash()
        if pin_hash is not None:
            values["supervisor_pin_hash"] = pin_hash
        # Locked keys keep IT's value whatever the form says.
        changes = {k: v for k, v in values.items() if k not in s.locked}
        return dataclasses.replace(s, **changes)  # type: ignore[arg-type]

    def _pin_hash(self) -> str | None:
        new, repeat = self.new_pin.text(), self.repeat_pin.text()
        if not new and not repeat:
            return None
        if "supervisor_pin_hash" in self._settings.locked:
            return None
        current = self._settings.supervisor_pin_hash
        if current and not verify_pin(self.current_pin.text(), current):
            raise ValueError(_tr("The current PIN is not right; the PIN was not changed."))
        if new != repeat:
            raise ValueError(_tr("The two new PINs differ."))
        try:
            return hash_pin(new)
        except ValueError as exc:
            raise ValueError(_tr("The supervisor PIN must be at least 4 digits.")) from exc

    def save(self) -> None:
        try:
            new = self.settings()
        except ValueError as exc:
            self.message.setText(str(exc))
            return
        try:
            self.saved_path = save_user_settings(new, self._path)
        except OSError as exc:
            log.warning("settings could not be saved: %s", exc)
            self.message.setText(_tr("The settings could not be saved: {e}").format(e=exc))
            return
        self._settings = new
        for edit in (self.current_pin, self.new_pin, self.repeat_pin):
            edit.clear()
        self.saved.emit(new)
        self.accept()


__all__ = ["LOCKED_NOTE", "SettingsDialog"]
