"""The station's language settings and the packer list with each packer's language."""

from __future__ import annotations

from pathlib import Path

from packstation.services.settings import load_settings


def test_packers_languages_come_from_the_machine_file(tmp_path: Path) -> None:
    machine = tmp_path / "machine.toml"
    machine.write_text(
        'language = "pl"\nprint_language = "en"\n\n'
        '[[packers]]\nname = "Maria"\nlang = "es"\n\n[[packers]]\nname = "jonas"\nlang = "de"\n',
        encoding="utf-8",
    )
    loaded = load_settings(machine_path=machine, user_path=tmp_path / "user.toml")
    assert loaded.problems == ()
    assert loaded.settings.language == "pl"
    assert loaded.settings.print_language == "en"
    assert loaded.packer_languages == {"maria": "es", "jonas": "de"}


def test_without_settings_the_language_is_the_computers_own(tmp_path: Path) -> None:
    loaded = load_settings(machine_path=tmp_path / "m.toml", user_path=tmp_path / "u.toml")
    assert loaded.settings.language == ""
    assert loaded.packer_languages == {}
