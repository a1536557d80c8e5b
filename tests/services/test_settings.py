"""Settings precedence and the clear errors IT gets for a broken machine-wide file."""

from __future__ import annotations

from pathlib import Path

from packstation.services.settings import (
    DEFAULT_API_URL,
    Settings,
    claim_text,
    load_settings,
    save_user_settings,
)


def _load(tmp_path: Path, machine: str | None = None, user: str | None = None, **overrides: object):
    m = tmp_path / "machine.toml"
    u = tmp_path / "user.toml"
    if machine is not None:
        m.write_text(machine, encoding="utf-8")
    if user is not None:
        u.write_text(user, encoding="utf-8")
    return load_settings(overrides, machine_path=m, user_path=u)


def test_no_files_gives_defaults(tmp_path: Path) -> None:
    loaded = _load(tmp_path)
    assert loaded.settings == Settings()
    assert loaded.settings.api_url == DEFAULT_API_URL
    assert loaded.problems == ()


def test_user_overrides_machine_and_command_line_overrides_both(tmp_path: Path) -> None:
    loaded = _load(
        tmp_path,
        machine='station = "Bench A"\nscanner_max_gap_ms = 40\n',
        user='station = "Bench B"\n',
    )
    assert loaded.settings.station == "Bench B"
    assert loaded.settings.scanner_max_gap_ms == 40
    loaded = _load(tmp_path, station="Bench C")
    assert loaded.settings.station == "Bench C"


def test_locked_machine_value_beats_the_user_file(tmp_path: Path) -> None:
    loaded = _load(
        tmp_path,
        machine='api_url = "https://stitch.example/api"\nlocked = ["api_url"]\n',
        user='api_url = "https://elsewhere.example/api"\nsound_muted = true\n',
    )
    assert loaded.settings.api_url == "https://stitch.example/api"
    assert loaded.settings.sound_muted is True
    assert loaded.settings.locked == {"api_url"}


def test_unknown_key_names_file_line_and_key_and_keeps_the_rest(tmp_path: Path) -> None:
    loaded = _load(tmp_path, machine='station = "Bench A"\n\nscaner_gap = 30\n')
    assert loaded.settings.station == "Bench A"
    [problem] = loaded.problems
    assert problem.key == "scaner_gap"
    assert problem.line == 3
    assert "machine.toml, line 3, key 'scaner_gap': unknown key" in str(problem)


def test_bad_toml_is_reported_with_its_line_and_defaults_are_used(tmp_path: Path) -> None:
    loaded = _load(tmp_path, machine='station = "Bench A"\nsound_volume = \n')
    assert loaded.settings == Settings()
    [problem] = loaded.problems
    assert problem.line == 2
    assert "not valid TOML" in problem.message


def test_wrong_types_are_refused_per_key(tmp_path: Path) -> None:
    loaded = _load(
        tmp_path,
        machine=(
            'sound_volume = 3\nscanner_max_gap_ms = "fast"\nstatus_presets = ["A", 2]\n'
            'claim_format = "Packing by {name}"\napi_url = "ftp://x"\nsound_muted = true\n'
        ),
    )
    assert {p.key for p in loaded.problems} == {
        "sound_volume",
        "scanner_max_gap_ms",
        "status_presets",
        "claim_format",
        "api_url",
    }
    assert loaded.settings.sound_muted is True
    assert loaded.settings.sound_volume == Settings().sound_volume


def test_saved_user_settings_round_trip_and_omit_locked_keys(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "user.toml"
    settings = Settings(
        station="Bench 7",
        status_presets=("Picking", "On hold – damaged"),
        api_url="https://locked.example/api",
        locked=frozenset({"api_url"}),
    )
    save_user_settings(settings, path)
    text = path.read_text(encoding="utf-8")
    assert "api_url" not in text
    loaded = load_settings(machine_path=tmp_path / "none.toml", user_path=path)
    assert loaded.settings.station == "Bench 7"
    assert loaded.settings.status_presets == ("Picking", "On hold – damaged")


def test_claim_text_uses_station_and_packer_and_can_be_off() -> None:
    assert claim_text(Settings(station="3"), packer="alice") == "Packing · 3 · alice"
    assert claim_text(Settings(claim_format=""), packer="alice") is None
