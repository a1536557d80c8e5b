"""Station → Settings: what is saved comes back when the files are read again; keys IT locked in
the machine-wide file cannot be edited and never land in the user's file; the PIN is only hashed."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from conftest import PIN
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from packstation.services.pin import verify_pin
from packstation.services.settings import Settings, load_settings
from packstation.ui.settings_dialog import LOCKED_NOTE, SettingsDialog

MACHINE = """\
api_url = "https://stitch.example.com/api2/v2/integrations"
retention_days = 365
locked = ["api_url", "retention_days"]
"""


def dialog_for(qtbot: QtBot, settings: Settings, path: Path) -> SettingsDialog:
    dialog = SettingsDialog(settings, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_saved_settings_come_back_and_locked_keys_stay_it_s(qtbot: QtBot, tmp_path: Path) -> None:
    machine, user = tmp_path / "machine.toml", tmp_path / "user" / "settings.toml"
    machine.write_text(MACHINE, encoding="utf-8")
    loaded = load_settings(machine_path=machine, user_path=user)
    assert loaded.problems == ()
    dialog = dialog_for(qtbot, loaded.settings, user)

    assert dialog.locked("api_url")
    assert dialog.locked("retention_days")
    assert not dialog.locked("station")
    note = dialog.findChild(QLabel, "locked-api_url")
    assert note is not None
    assert LOCKED_NOTE in note.text()
    assert note.isVisible()

    dialog.station.setText("  Station   7 ")
    dialog.scanner_gap.setValue(35)
    dialog.volume.setValue(40)
    dialog.muted.setChecked(True)
    dialog.require_ship.setChecked(True)
    dialog.time_zone.setCurrentIndex(dialog.time_zone.findData("America/Chicago"))
    dialog.presets.item(0).setText("Picking – aisle 4")
    dialog.add_preset.click()
    dialog.presets.item(dialog.presets.count() - 1).setText("Needs gift wrap")
    dialog.new_pin.setText("4321")
    dialog.repeat_pin.setText("4321")
    dialog.api_url.setText("https://elsewhere.example.com")  # disabled: a person could not

    saved: list[Settings] = []
    dialog.saved.connect(saved.append)
    dialog.save_button.click()
    assert dialog.message.text() == ""
    assert len(saved) == 1

    again = load_settings(machine_path=machine, user_path=user).settings
    assert again == saved[0]
    assert again.station == "Station 7"
    assert again.scanner_max_gap_ms == 35
    assert (again.sound_volume, again.sound_muted) == (0.4, True)
    assert again.require_ship_command
    assert again.time_zone == "America/Chicago"
    assert again.status_presets[0] == "Picking – aisle 4"
    assert again.status_presets[-1] == "Needs gift wrap"
    assert again.api_url == "https://stitch.example.com/api2/v2/integrations"
    assert again.retention_days == 365
    assert verify_pin("4321", again.supervisor_pin_hash)
    text = user.read_text(encoding="utf-8")
    assert "api_url" not in text
    assert "retention_days" not in text
    assert "4321" not in text


def test_changing_the_pin_needs_the_current_one(
    qtbot: QtBot, tmp_path: Path, pin_hash: str
) -> None:
    user = tmp_path / "settings.toml"
    dialog = dialog_for(qtbot, Settings(supervisor_pin_hash=pin_hash), user)
    dialog.current_pin.setText("0000")
    dialog.new_pin.setText("98765")
    dialog.repeat_pin.setText("98765")
    dialog.save_button.click()
    assert "current PIN is not right" in dialog.message.text()
    assert not user.exists()
    assert dialog.isVisible()

    dialog.current_pin.setText(PIN)
    dialog.repeat_pin.setText("98764")
    dialog.save_button.click()
    assert "differ" in dialog.message.text()

    dialog.repeat_pin.setText("98765")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert verify_pin(
        "98765",
        load_settings(
            user_path=user, machine_path=tmp_path / "none.toml"
        ).settings.supervisor_pin_hash,
    )


def test_a_bad_claim_status_is_explained_and_nothing_saved(qtbot: QtBot, tmp_path: Path) -> None:
    user = tmp_path / "settings.toml"
    dialog = dialog_for(qtbot, Settings(), user)
    dialog.claim_format.setText("Packing {where}")
    assert dialog.save_button.shortcut().toString() == "Ctrl+S"
    dialog.save_button.click()
    assert "{station} and {packer}" in dialog.message.text()
    assert not user.exists()


def test_the_scale_settings_are_saved_and_read_back(qtbot: QtBot, tmp_path: Path) -> None:
    machine, user = tmp_path / "machine.toml", tmp_path / "user" / "settings.toml"
    loaded = load_settings(machine_path=machine, user_path=user)
    dialog = dialog_for(qtbot, loaded.settings, user)
    scale = dialog.scale
    assert scale.protocol.currentData() == ""  # no scale: the weight check is off
    scale.protocol.setCurrentIndex(scale.protocol.findData("nci"))
    scale.device.setText(" /dev/ttyUSB1 ")
    scale.unit.setCurrentIndex(scale.unit.findData("lb"))
    scale.tolerance_grams.setValue(40)
    scale.tolerance_percent.setValue(2.5)
    assert scale.tare_grams.text() == "learned from the boxes"
    scale.tare_grams.setValue(180)
    scale.baud.setCurrentIndex(scale.baud.findData(2400))
    dialog.new_pin.setText("4321")
    dialog.repeat_pin.setText("4321")
    dialog.save_button.click()

    again = load_settings(machine_path=machine, user_path=user).settings
    assert (again.scale_protocol, again.scale_device, again.scale_unit) == (
        "nci",
        "/dev/ttyUSB1",
        "lb",
    )
    assert (again.scale_tolerance_grams, again.scale_tolerance_percent) == (40.0, 2.5)
    assert (again.scale_baud, again.scale_tare_grams) == (2400, 180.0)


def test_station_and_paper_languages_are_saved_and_come_back(qtbot: QtBot, tmp_path: Path) -> None:
    machine, user = tmp_path / "machine.toml", tmp_path / "user" / "settings.toml"
    loaded = load_settings(machine_path=machine, user_path=user)
    dialog = dialog_for(qtbot, loaded.settings, user)
    assert dialog.language.currentData() == ""  # the computer's own, by default
    assert dialog.print_language.currentData() == ""  # the station's
    assert dialog.print_language.findText("Español") >= 0  # each language by its own name
    dialog.language.setCurrentIndex(dialog.language.findData("pl"))
    dialog.print_language.setCurrentIndex(dialog.print_language.findData("es"))
    dialog.save_button.click()
    again = load_settings(machine_path=machine, user_path=user).settings
    assert (again.language, again.print_language, again.printed_in) == ("pl", "es", "es")
    assert dataclasses.replace(again, print_language="").printed_in == "pl"


def test_languages_it_locked_cannot_be_changed(qtbot: QtBot, tmp_path: Path) -> None:
    machine, user = tmp_path / "machine.toml", tmp_path / "user" / "settings.toml"
    machine.write_text('print_language = "de"\nlocked = ["print_language"]\n', encoding="utf-8")
    loaded = load_settings(machine_path=machine, user_path=user)
    dialog = dialog_for(qtbot, loaded.settings, user)
    assert dialog.locked("print_language")
    assert dialog.print_language.currentData() == "de"
    assert not dialog.locked("language")
