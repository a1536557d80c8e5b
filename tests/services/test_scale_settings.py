"""The station's scale in its settings: a [scale] section, checked, and what it turns into."""

from __future__ import annotations

from pathlib import Path

from packstation.devices import ScaleProtocol
from packstation.domain.weights import Tolerance, Unit
from packstation.services.scale_station import scale_config, weight_tolerance
from packstation.services.settings import Settings, load_settings


def test_no_scale_configured_means_no_weight_check() -> None:
    assert scale_config(Settings()) is None
    assert weight_tolerance(Settings()) == Tolerance.of(25, 4)


def test_a_scale_section_configures_the_scale(tmp_path: Path) -> None:
    user = tmp_path / "user.toml"
    user.write_text(
        '[scale]\nprotocol = "mt-sics"\ndevice = "/dev/ttyUSB0"\nbaud = 19200\nunit = "kg"\n'
        "tolerance_grams = 30\ntolerance_percent = 5\n",
        encoding="utf-8",
    )
    loaded = load_settings(machine_path=tmp_path / "none.toml", user_path=user)
    assert loaded.problems == ()
    config = scale_config(loaded.settings)
    assert config is not None
    assert config.protocol is ScaleProtocol.MT_SICS
    assert config.device == "/dev/ttyUSB0"
    assert config.baudrate == 19200
    assert config.unit is Unit.KG
    assert weight_tolerance(loaded.settings) == Tolerance.of(30, 5)


def test_a_misspelt_protocol_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    user = tmp_path / "user.toml"
    user.write_text('[scale]\nprotocol = "mtsics"\nunit = "stone"\n', encoding="utf-8")
    loaded = load_settings(machine_path=tmp_path / "none.toml", user_path=user)
    assert {p.key for p in loaded.problems} == {"scale_protocol", "scale_unit"}
    assert scale_config(loaded.settings) is None
