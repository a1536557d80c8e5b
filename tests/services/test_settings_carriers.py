"""IT adds a carrier format in the machine-wide file's [[carriers]] table, without a release."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from packstation.domain.classify import classify
from packstation.domain.scans import Carrier, TrackingScan
from packstation.domain.tracking import use_station_formats
from packstation.services.settings import load_settings

GOOD = """station = "Bench A"

[[carriers]]
carrier = "Canpar"
name = "Canpar (house labels)"
pattern = 'CPH(?P<body>\\d{8})(?P<check>\\d)'
check = "mod10"
evens = 3
odds = 1
url = "https://www.canpar.com/en/tracking/track.htm?barcode={number}"
distinctive = true
example = "CPH12345678?"
"""

BAD = (
    GOOD
    + """
[[carriers]]
carrier = "Canpar"
name = "broken"
pattern = 'CPX\\d{8}'
check = "mod10"
"""
)


@pytest.fixture(autouse=True)
def _builtin_formats_only() -> Iterator[None]:
    yield
    use_station_formats(())


def test_a_format_in_the_machine_file_reads_labels(tmp_path: Path) -> None:
    loaded = load_settings(machine_path=_write(tmp_path, GOOD), user_path=tmp_path / "u.toml")
    assert loaded.problems == ()
    [fmt] = loaded.carriers
    assert fmt.example == "CPH123456782"  # the check digit computed from the rule
    scan = classify("CPH123456782")
    assert isinstance(scan, TrackingScan)
    assert [(c.carrier, c.format) for c in scan.candidates] == [
        (Carrier.CANPAR, "Canpar (house labels)")
    ]
    assert not isinstance(classify("CPH123456783"), TrackingScan)  # wrong check digit


def test_a_broken_entry_is_reported_with_file_and_line_and_the_rest_is_used(
    tmp_path: Path,
) -> None:
    path = _write(tmp_path, BAD)
    loaded = load_settings(machine_path=path, user_path=tmp_path / "u.toml")
    [problem] = loaded.problems
    assert problem.path == path
    assert problem.line == 14  # the line of the second [[carriers]] header
    assert "groups (?P<body>" in str(problem)
    assert [f.name for f in loaded.carriers] == ["Canpar (house labels)"]
    assert loaded.settings.station == "Bench A"


def test_an_unknown_carrier_is_named(tmp_path: Path) -> None:
    text = '[[carriers]]\ncarrier = "Pony Express"\nname = "x"\npattern = "PX"\ncheck = "none"\n'
    loaded = load_settings(machine_path=_write(tmp_path, text), user_path=tmp_path / "u.toml")
    [problem] = loaded.problems
    assert problem.line == 1
    assert "unknown carrier 'Pony Express'" in problem.message


def test_carriers_in_the_user_file_are_refused(tmp_path: Path) -> None:
    user = tmp_path / "user.toml"
    user.write_text(GOOD.split("\n", 2)[2], encoding="utf-8")
    loaded = load_settings(machine_path=tmp_path / "none.toml", user_path=user)
    [problem] = loaded.problems
    assert "machine-wide" in problem.message
    assert loaded.carriers == ()


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "machine.toml"
    path.write_text(text, encoding="utf-8")
    return path
