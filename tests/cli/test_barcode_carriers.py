"""`packstation barcode --carriers` and the "format" of each tracking candidate."""

from __future__ import annotations

import json
from typing import Any

import pytest

from packstation.cli import main
from packstation.domain.scans import Carrier
from packstation.domain.tracking import known_formats, label_candidates, tracking_matches


def _lines(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, Any]]:
    assert main(["barcode", *argv]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_every_format_is_listed_with_an_example_that_passes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    listed = _lines(capsys, "--carriers")
    assert [e["format"] for e in listed] == [f.name for f in known_formats()]
    for entry in listed:
        carrier = Carrier(entry["carrier"])
        example = entry["example"]
        match = next(m for m in tracking_matches(example) if m.format_name == entry["format"])
        assert match.candidate.check_digit is not False
        assert (entry["check"] == "none") is (match.candidate.check_digit is None)
        # Awaiting the label of an order shipping with that carrier, the example closes the box.
        assert carrier in {c.carrier for c in label_candidates(example, carrier)}
        assert example in entry["url"] or entry["url"] == ""


def test_tracking_candidates_name_their_format(capsys: pytest.CaptureFixture[str]) -> None:
    [purolator, fedex] = _lines(capsys, "320595463938", "1195000000000000000000794808390594")
    assert [(t["carrier"], t["format"]) for t in purolator["tracking"]] == [
        ("Purolator", "Purolator (12)")
    ]
    assert [(t["carrier"], t["number"], t["format"]) for t in fedex["tracking"]] == [
        ("FedEx", "794808390594", "FedEx label (34)")
    ]
    assert list(fedex["tracking"][0]) == ["carrier", "number", "check_digit", "url", "format"]


def test_no_code_and_no_listing_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["barcode"]) == 2
    assert "--carriers" in capsys.readouterr().err
