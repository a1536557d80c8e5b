"""Figures count the boxes that left an order short and the packs a packer stopped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from support.figures import BERLIN, TEE, at, label, run, spec

from packstation.services.figures import figures
from packstation.services.figures_export import report_csv
from packstation.services.periods import today
from packstation.store import Journal


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal.open(tmp_path / "stops.sqlite3") as opened:
        yield opened


def test_partial_boxes_and_stopped_packs_are_counted_per_packer(journal: Journal) -> None:
    run(
        journal,
        spec("760001", ("TEE-RED-M", 3)),
        station="Station 1",
        packer="erin",
        opened=at(15),
        script=[
            (at(15, 0, 10), TEE),
            (at(15, 0, 20), "PS-CMD:PARTIAL"),
            (at(15, 0, 30), label("760001")),  # box 1 of 2: units still to ship
            (at(15, 0, 40), TEE),
            (at(15, 0, 50), TEE),
            (at(15, 1, 0), label("760001", 2)),  # the last box
        ],
    )
    stopped = run(
        journal,
        spec("760002", ("TEE-RED-M", 2)),
        station="Station 1",
        packer="erin",
        opened=at(16),
        script=[
            (at(16, 0, 10), TEE),
            (at(16, 0, 20), "PS-CMD:CANCEL"),
            (at(16, 0, 22), "PS-CMD:CANCEL"),  # units in the box: the second one stops
        ],
    )
    assert stopped.closed
    run(
        journal,
        spec("760003", ("TEE-RED-M", 1)),
        station="Station 2",
        packer="finn",
        opened=at(17),
        script=[(at(17, 0, 5), "PS-CMD:CANCEL")],  # nothing scanned: stops at once
    )

    report = figures(journal, today(BERLIN, at(12)))
    erin, finn = (row.figures for row in report.rows)
    assert (erin.boxes, erin.partial_boxes, erin.stopped_packs) == (2, 1, 1)
    assert (finn.boxes, finn.partial_boxes, finn.stopped_packs) == (0, 0, 1)
    assert (report.total.partial_boxes, report.total.stopped_packs) == (1, 2)
    header, *_ = report_csv(report).splitlines()
    assert header.endswith("partial_boxes,stopped_packs,weight_stops")
