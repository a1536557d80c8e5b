"""The commented settings file IT receives with each installer documents every key, and each
documented default is the real one: uncommented, it parses with no problem and changes nothing."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from packstation.services.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "installer" / "packstation.toml.example"


def test_every_setting_is_documented_in_the_example() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    documented = set(re.findall(r"^#(\w+) = ", text, flags=re.MULTILINE))
    keys = {f.name for f in dataclasses.fields(Settings)}
    assert documented == keys


def test_the_example_as_shipped_changes_nothing(tmp_path: Path) -> None:
    loaded = load_settings(machine_path=EXAMPLE, user_path=tmp_path / "none.toml")
    assert loaded.problems == ()
    assert loaded.settings == Settings()


def test_uncommented_the_example_parses_and_gives_the_defaults(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    machine = tmp_path / "packstation.toml"
    machine.write_text(re.sub(r"^#(\w+ = )", r"\1", text, flags=re.MULTILINE), encoding="utf-8")
    loaded = load_settings(machine_path=machine, user_path=tmp_path / "none.toml")
    assert loaded.problems == ()
    assert loaded.settings == Settings()
