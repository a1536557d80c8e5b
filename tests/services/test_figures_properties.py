"""Whatever packers scan, the figures add up: per packer to the total, per hour to the day, and
the units packed to the units in the boxes on their way to Stitch."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.figures import BERLIN, CAP, MUG, SOCKS, TEE, TEE_MISREAD, at, label, spec

from packstation.services.figures import Figures, Grouping, figures
from packstation.services.periods import today
from packstation.services.scripted_pack import ScriptedPack
from packstation.store import Journal, Synchronous

_ACTIONS = st.sampled_from(
    [
        MUG,
        MUG,
        TEE,
        TEE,
        CAP,
        SOCKS,
        TEE_MISREAD,
        "PS-CMD:UNDO",
        "PS-CMD:ACK",
        "PS-CMD:PARTIAL",
        "PS-CMD:SHIP",
        "PS-QTY:2",
        "PS-USER:alice",
        "PS-USER:bob",
        "LABEL",
    ]
)
# Seconds: some gaps are over the idle limit; a whole run stays within the day.
_GAPS = st.integers(min_value=1, max_value=400)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(orders=st.lists(st.lists(st.tuples(_ACTIONS, _GAPS), max_size=25), min_size=1, max_size=4))
def test_figures_add_up(orders: list[list[tuple[str, int]]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        journal = Journal.open(Path(tmp) / "j.sqlite3", synchronous=Synchronous.NORMAL)
        try:
            moment = at(8)
            results: list[str] = []
            for number, script in enumerate(orders):
                fid = f"77{number:04d}"
                pack = ScriptedPack(
                    journal,
                    spec(fid, ("MUG-BLU-12", 3), ("TEE-RED-M", 2)),
                    station=f"Station {number % 2 + 1}",
                    packer="carol",
                    at=moment,
                )
                for raw, gap in script:
                    moment += dt.timedelta(seconds=gap)
                    box = pack.session.snapshot().box_number
                    event = pack.scan(label(fid, box) if raw == "LABEL" else raw, moment)
                    error = event.result.error
                    results.append(error.kind.value if error else event.result.outcome.value)
                    if pack.closed:
                        break
                # Ship what is in the box (so boxes carry the random scans' units), then end.
                for raw in ("PS-CMD:ACK", "PS-CMD:PARTIAL", "LABEL", "PS-CMD:CANCEL"):
                    if pack.closed:
                        break
                    moment += dt.timedelta(seconds=5)
                    box = pack.session.snapshot().box_number
                    pack.scan(label(fid, box) if raw == "LABEL" else raw, moment)
            boxes = [
                entry
                for session in journal.sessions_between(at(0), at(23, 59))
                for entry in journal.outbox.for_session(session.id)
            ]
            period = today(BERLIN, at(12))
            by_packer = figures(journal, period)
            by_station = figures(journal, period, by=Grouping.STATION)
        finally:
            journal.close()

    units_in_boxes = sum(
        int(line["quantity"]) for entry in boxes for line in entry.payload["line_items"]
    )
    total = by_packer.total
    assert total == by_station.total
    assert total.units_packed == units_in_boxes
    assert total.boxes == len(boxes)
    assert total.wrong_items == results.count("wrong_item")
    assert total.misreads == results.count("misread")
    assert total.over_scans == results.count("over_scan")
    assert total.undos == results.count("undone")
    for report in (by_packer, by_station):
        assert _sum(r.figures for r in report.rows) == _additive(total)
        assert _sum(p.figures for p in report.series) == _additive(total)
    assert all(r.figures.units_packed >= 0 for r in by_packer.rows)


def _additive(f: Figures) -> Figures:
    # Fulfillments are distinct sessions: one packed by two packers counts once in the total.
    return Figures(
        boxes=f.boxes,
        units_packed=f.units_packed,
        active_seconds=f.active_seconds,
        wrong_items=f.wrong_items,
        unknown_codes=f.unknown_codes,
        misreads=f.misreads,
        over_scans=f.over_scans,
        undos=f.undos,
        partial_shipments=f.partial_shipments,
        rejected_shipments=f.rejected_shipments,
    )


def _sum(parts: Iterable[Figures]) -> Figures:
    items = list(parts)
    return Figures(
        boxes=sum(f.boxes for f in items),
        units_packed=sum(f.units_packed for f in items),
        active_seconds=round(sum(f.active_seconds for f in items), 3),
        wrong_items=sum(f.wrong_items for f in items),
        unknown_codes=sum(f.unknown_codes for f in items),
        misreads=sum(f.misreads for f in items),
        over_scans=sum(f.over_scans for f in items),
        undos=sum(f.undos for f in items),
        partial_shipments=sum(f.partial_shipments for f in items),
        rejected_shipments=sum(f.rejected_shipments for f in items),
    )
