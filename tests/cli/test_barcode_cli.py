"""`packstation barcode`: one JSON object per line and code, with stable keys."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from packstation.cli import main

KEYS = ["input", "kind", "gtin14", "gs1", "tracking", "command", "problem"]


def run(capsys: pytest.CaptureFixture[str], *codes: str) -> list[dict[str, Any]]:
    assert main(["barcode", *codes]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len([c for c in codes if not c.startswith("-")])
    return [json.loads(line) for line in lines]


def test_keys_are_stable_and_in_order(capsys: pytest.CaptureFixture[str]) -> None:
    for obj in run(capsys, "036000291452", "1Z5R89390357567127", "PS-CMD:ACK", "hello"):
        assert list(obj) == KEYS


def test_product(capsys: pytest.CaptureFixture[str]) -> None:
    [obj] = run(capsys, "036000291452")
    assert obj == {
        "input": "036000291452",
        "kind": "product",
        "gtin14": "00036000291452",
        "gs1": None,
        "tracking": [],
        "command": None,
        "problem": None,
    }


def test_product_that_is_also_a_fedex_number_lists_it(capsys: pytest.CaptureFixture[str]) -> None:
    [obj] = run(capsys, "400000000251")
    assert obj["kind"] == "product"
    assert obj["tracking"] == [
        {
            "carrier": "FedEx",
            "number": "400000000251",
            "check_digit": True,
            "url": "https://www.fedex.com/fedextrack/?trknbr=400000000251",
            "format": "FedEx Express (12)",
        }
    ]


def test_tracking_lists_every_matching_carrier_verified_first(
    capsys: pytest.CaptureFixture[str],
) -> None:
    [obj] = run(capsys, "9261292700768711948021")
    assert obj["kind"] == "tracking"
    assert [(t["carrier"], t["check_digit"]) for t in obj["tracking"]] == [
        ("USPS", True),
        ("FedEx", True),
    ]
    [amazon] = run(capsys, "TBA502887274000")
    assert amazon["tracking"][0]["check_digit"] is None


def test_gs1_with_escaped_group_separators(capsys: pytest.CaptureFixture[str]) -> None:
    [obj] = run(capsys, "--escapes", r"]d20100012345678905\x1d10LOT7<GS>17250100^]21S1")
    assert obj["input"] == "]d20100012345678905\x1d10LOT7\x1d17250100\x1d21S1"
    assert obj["kind"] == "gs1"
    assert obj["gtin14"] == "00012345678905"
    assert obj["gs1"] == {"01": "00012345678905", "10": "LOT7", "17": "250100", "21": "S1"}


def test_gs1_without_gs_reports_the_scanner_problem(capsys: pytest.CaptureFixture[str]) -> None:
    [obj] = run(capsys, "010001234567890510ABC12317250131")
    assert obj["kind"] == "misread"
    assert "scanner not sending GS" in obj["problem"]


def test_command_and_misread_and_text(capsys: pytest.CaptureFixture[str]) -> None:
    qty, bad_qty, misread, text = run(capsys, "ps-qty:12", "PS-QTY:0", "036000291453", "O1053")
    assert (qty["kind"], qty["command"]) == ("command", {"name": "QTY", "argument": "12"})
    assert bad_qty["kind"] == "misread"
    assert "out of range" in bad_qty["problem"]
    assert (misread["kind"], misread["gtin14"]) == ("misread", None)
    assert "misread, scan again" in misread["problem"]
    assert (text["kind"], text["problem"]) == ("text", None)


def test_the_installed_console_script_never_prints_raw_control_characters() -> None:
    exe = Path(sys.executable).with_name("packstation")
    garbage = "\u202eevil\x1b[31m"
    out = subprocess.run(
        [str(exe), "barcode", "1Z5R89390357567127", garbage],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    assert "\x1b" not in out
    assert "\u202e" not in out
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["kind"] == "tracking"
    assert first["tracking"][0]["carrier"] == "UPS"
    assert second["input"] == garbage
    assert second["kind"] == "text"
