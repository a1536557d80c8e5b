"""The supervisor's figures, computed from a known shift journaled by real pack sessions."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.figures import (
    BERLIN,
    CAP,
    DAY,
    MUG,
    TEE,
    at,
    label,
    run,
    shift_journal,
    spec,
)

from packstation.services.figures import (
    DEFAULT_IDLE,
    Figures,
    Grouping,
    TimeStep,
    figures,
)
from packstation.services.periods import days, this_week, today
from packstation.store import Journal, NewEvent

NOON = at(12)


@pytest.fixture
def shift(tmp_path: Path) -> Iterator[Journal]:
    journal = shift_journal(tmp_path / "journal.sqlite3")
    yield journal
    journal.close()


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal.open(tmp_path / "empty.sqlite3") as opened:
        yield opened


ALICE = Figures(
    fulfillments_packed=3,
    boxes=3,
    units_packed=11,
    active_seconds=200.0,
    wrong_items=1,
    undos=2,
)
BOB = Figures(
    fulfillments_packed=2,
    boxes=2,
    units_packed=3,
    active_seconds=70.0,
    misreads=1,
    over_scans=1,
    partial_shipments=1,
    rejected_shipments=1,
    partial_boxes=1,  # the box that left the order short
    stopped_packs=1,  # and the pack stopped after it
)


def test_each_packer_s_day_is_counted_as_the_scans_happened(shift: Journal) -> None:
    report = figures(shift, today(BERLIN, NOON))

    assert [(row.name, row.figures) for row in report.rows] == [("alice", ALICE), ("bob", BOB)]
    assert report.total == Figures(
        fulfillments_packed=5,
        boxes=5,
        units_packed=14,
        active_seconds=270.0,
        wrong_items=1,
        misreads=1,
        over_scans=1,
        undos=2,
        partial_shipments=1,
        rejected_shipments=1,
        partial_boxes=1,
        stopped_packs=1,
    )
    # 200 s of packing over 11 units; the 20-minute break of order 700003 is not packing.
    assert report.rows[0].figures.seconds_per_unit == pytest.approx(200 / 11)
    assert report.rows[1].figures.seconds_per_unit == pytest.approx(70 / 3)


def test_by_station_the_same_shift_splits_by_bench(shift: Journal) -> None:
    report = figures(shift, today(BERLIN, NOON), by=Grouping.STATION)

    assert [(row.name, row.figures) for row in report.rows] == [
        ("Station 1", ALICE),
        ("Station 2", BOB),
    ]


def test_a_longer_idle_limit_counts_the_break_as_packing(shift: Journal) -> None:
    report = figures(shift, today(BERLIN, NOON), idle=dt.timedelta(minutes=30))

    assert report.rows[0].figures.active_seconds == 200.0 + 20 * 60
    assert dt.timedelta(minutes=5) == DEFAULT_IDLE


def test_one_day_has_a_bar_per_hour_of_local_time(shift: Journal) -> None:
    report = figures(shift, today(BERLIN, NOON))

    assert report.resolution is TimeStep.HOUR
    assert [p.label for p in report.series] == [f"{h:02d}:00" for h in range(24)]
    units = {p.label: p.figures.units_packed for p in report.series if p.figures.units_packed}
    assert units == {"09:00": 5, "10:00": 5, "11:00": 3, "13:00": 1}
    alice = report.rows[0]
    assert {p.label: p.figures.undos for p in alice.series if p.figures.undos} == {
        "10:00": 1,
        "11:00": 1,
    }
    assert report.series[9].start == at(9)


def test_the_week_starts_on_monday_and_has_seven_days(shift: Journal) -> None:
    week = this_week(BERLIN, NOON)  # Friday 2026-11-27
    report = figures(shift, week)

    assert (week.first_day, week.last_day) == (dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    assert week.start == dt.datetime(2026, 11, 23, tzinfo=BERLIN)
    assert report.resolution is TimeStep.DAY
    assert [p.label for p in report.series] == [f"2026-11-{d}" for d in range(23, 30)]
    assert [p.figures.units_packed for p in report.series] == [0, 0, 0, 0, 14, 0, 0]
    assert report.total == figures(shift, today(BERLIN, NOON)).total


def test_other_days_do_not_see_the_shift(shift: Journal) -> None:
    before = figures(shift, days(dt.date(2026, 11, 20), dt.date(2026, 11, 26), BERLIN))
    after = figures(shift, today(BERLIN, at(9, day=dt.date(2026, 11, 28))))

    assert before.rows == after.rows == ()
    assert before.total == after.total == Figures()


def _one_unit_order(
    journal: Journal,
    fulfillment_id: str,
    first_scan: dt.datetime,
    label_scan: dt.datetime,
    *,
    packer: str = "carol",
) -> None:
    run(
        journal,
        spec(fulfillment_id, ("CAP-BLK", 1)),
        station="Station 3",
        packer=packer,
        opened=first_scan - dt.timedelta(seconds=5),
        script=[(first_scan, CAP), (label_scan, label(fulfillment_id))],
    )


def test_a_box_counts_on_the_local_day_its_label_was_scanned(journal: Journal) -> None:
    last_instant = dt.datetime(2026, 11, 27, 23, 59, 59, 999999, tzinfo=BERLIN)
    _one_unit_order(journal, "710001", last_instant - dt.timedelta(seconds=10), last_instant)
    midnight = dt.datetime(2026, 11, 28, tzinfo=BERLIN)
    _one_unit_order(journal, "710002", midnight - dt.timedelta(seconds=10), midnight)

    friday = figures(journal, today(BERLIN, NOON)).total
    saturday = figures(journal, today(BERLIN, midnight)).total

    assert (friday.boxes, friday.units_packed) == (1, 1)
    # The scan before midnight is Friday's; the label at 00:00:00 and its 10 s are Saturday's.
    assert (saturday.boxes, saturday.units_packed, saturday.active_seconds) == (1, 1, 10.0)
    assert friday.active_seconds == 10.0


def test_sunday_night_is_last_week_and_monday_midnight_this_week(journal: Journal) -> None:
    sunday = dt.datetime(2026, 11, 22, 23, 30, tzinfo=BERLIN)
    monday = dt.datetime(2026, 11, 23, 0, 0, tzinfo=BERLIN)
    _one_unit_order(journal, "710003", sunday, sunday + dt.timedelta(seconds=20))
    _one_unit_order(journal, "710004", monday, monday + dt.timedelta(seconds=20))

    this = figures(journal, this_week(BERLIN, NOON))
    last = figures(journal, this_week(BERLIN, sunday))

    assert this.total.boxes == 1
    assert this.series[0].figures.boxes == 1
    assert last.total.boxes == 1
    assert last.series[6].figures.boxes == 1
    assert last.period.first_day == dt.date(2026, 11, 16)


def test_days_are_the_station_s_local_days(journal: Journal) -> None:
    # 00:30 in Berlin on Saturday is still Friday 23:30 in UTC.
    late = dt.datetime(2026, 11, 28, 0, 30, tzinfo=BERLIN)
    _one_unit_order(journal, "710005", late, late + dt.timedelta(seconds=20))

    assert figures(journal, today(BERLIN, NOON)).total.boxes == 0
    assert figures(journal, today(dt.UTC, NOON)).total.boxes == 1
    assert figures(journal, today(BERLIN, late)).total.boxes == 1


def test_a_day_when_clocks_go_back_has_25_hourly_bars() -> None:
    zone = zoneinfo.ZoneInfo("Europe/Berlin")
    day = dt.date(2026, 10, 25)  # CEST -> CET at 03:00
    period = days(day, day, zone)

    assert period.end - period.start == dt.timedelta(hours=25)


def test_a_day_when_clocks_go_back_counts_both_two_o_clocks(tmp_path: Path) -> None:
    zone = zoneinfo.ZoneInfo("Europe/Berlin")
    first_two = dt.datetime(2026, 10, 25, 0, 30, tzinfo=dt.UTC)  # 02:30 CEST
    second_two = dt.datetime(2026, 10, 25, 1, 30, tzinfo=dt.UTC)  # 02:30 CET
    with Journal.open(tmp_path / "dst.sqlite3") as journal:
        _one_unit_order(journal, "720001", first_two, first_two + dt.timedelta(seconds=5))
        _one_unit_order(journal, "720002", second_two, second_two + dt.timedelta(seconds=5))
        report = figures(journal, today(zone, first_two))

    labels = [p.label for p in report.series]
    assert len(labels) == 25
    assert labels.count("02:00") == 2
    twos = [p.figures.boxes for p in report.series if p.label == "02:00"]
    assert twos == [1, 1]


def test_units_go_to_whoever_scanned_them_and_the_box_to_the_label(journal: Journal) -> None:
    run(
        journal,
        spec("730001", ("MUG-BLU-12", 2), ("TEE-RED-M", 2)),
        station="Station 1",
        packer="alice",
        opened=at(14),
        script=[
            (at(14, 0, 10), MUG),
            (at(14, 0, 20), MUG),
            (at(14, 0, 30), "PS-USER:dave"),  # dave takes over the bench
            (at(14, 0, 40), "PS-CMD:UNDO"),  # takes back alice's second mug
            (at(14, 0, 50), MUG),
            (at(14, 1, 0), TEE),
            (at(14, 1, 10), TEE),
            (at(14, 1, 30), label("730001")),
        ],
    )

    rows = {row.name: row.figures for row in figures(journal, today(BERLIN, NOON)).rows}

    assert rows["alice"] == Figures(units_packed=1, active_seconds=10.0)
    assert rows["dave"] == Figures(
        fulfillments_packed=1, boxes=1, units_packed=3, active_seconds=70.0, undos=1
    )


def test_a_session_ended_after_its_first_box_is_a_partial_shipment(journal: Journal) -> None:
    pack = run(
        journal,
        spec("740001", ("TEE-RED-M", 3)),
        station="Station 1",
        packer="erin",
        opened=at(15),
        script=[
            (at(15, 0, 10), TEE),
            (at(15, 0, 20), "PS-CMD:PARTIAL"),
            (at(15, 0, 30), label("740001")),
            (at(15, 0, 40), TEE),
        ],
    )
    pack.stop(at(15, 5))  # Stitch canceled the order
    canceled_before_any_box = run(
        journal,
        spec("740002", ("TEE-RED-M", 1)),
        station="Station 1",
        packer="erin",
        opened=at(16),
        # A started box stops on the second PS-CMD:CANCEL.
        script=[
            (at(16, 0, 10), TEE),
            (at(16, 0, 20), "PS-CMD:CANCEL"),
            (at(16, 0, 22), "PS-CMD:CANCEL"),
        ],
    )
    assert canceled_before_any_box.closed

    erin = figures(journal, today(BERLIN, NOON)).rows[0].figures

    assert (erin.boxes, erin.units_packed, erin.partial_shipments) == (1, 1, 1)
    assert erin.fulfillments_packed == 1


def test_rows_that_are_not_pack_event_records_still_count(journal: Journal) -> None:
    session = journal.open_session(
        fulfillment_id="750001",
        order_number="SO-7501",
        station="Station 9",
        packer="frank",
        spec={},
        at=at(9),
    )
    journal.append_event(
        session.id, NewEvent(kind="product", at=at(9, 0, 5), raw=MUG, result="wrong_item")
    )
    journal.close_box(
        session.id,
        NewEvent(kind="tracking", at=at(9, 0, 30), raw="1Z", result="box_complete"),
        {"fulfillment_id": "750001", "line_items": [{"quantity": 4}]},
        close_session=True,
    )

    frank = figures(journal, today(BERLIN, NOON)).rows[0]

    assert frank.name == "frank"
    assert frank.figures == Figures(fulfillments_packed=1, boxes=1, units_packed=4, wrong_items=1)


def test_a_session_resumed_the_next_day_counts_when_its_box_closed(journal: Journal) -> None:
    evening = dt.datetime(2026, 11, 26, 21, 0, tzinfo=BERLIN)
    pack = run(
        journal,
        spec("760001", ("TEE-RED-M", 2)),
        station="Station 1",
        packer="gina",
        opened=evening,
        script=[(evening + dt.timedelta(seconds=10), TEE)],
    )
    pack.scan(TEE, at(8))
    pack.scan(label("760001"), at(8, 0, 15))

    gina = figures(journal, today(BERLIN, NOON)).rows[0].figures

    assert (gina.boxes, gina.units_packed, gina.active_seconds) == (1, 2, 15.0)


def test_periods_name_whole_local_days() -> None:
    sunday = dt.datetime(2026, 11, 29, 23, 59, tzinfo=BERLIN)
    assert this_week(BERLIN, sunday).first_day == dt.date(2026, 11, 23)
    assert today(BERLIN, dt.datetime(2026, 11, 27, 23, 30, tzinfo=dt.UTC)).first_day == (
        dt.date(2026, 11, 28)
    )
    assert days(DAY, DAY, BERLIN).days == (DAY,)
    with pytest.raises(ValueError, match="ends"):
        days(DAY, DAY - dt.timedelta(days=1), BERLIN)


def test_a_range_of_days_has_a_bar_per_day(shift: Journal) -> None:
    report = figures(shift, days(dt.date(2026, 11, 26), dt.date(2026, 11, 28), BERLIN))

    assert [(p.label, p.figures.boxes) for p in report.series] == [
        ("2026-11-26", 0),
        ("2026-11-27", 5),
        ("2026-11-28", 0),
    ]
    assert [p.figures.units_packed for p in report.rows[0].series] == [0, 11, 0]


def test_a_pack_left_open_for_days_counts_when_it_is_finished(journal: Journal) -> None:
    monday = dt.datetime(2026, 11, 23, 17, 0, tzinfo=BERLIN)
    pack = run(
        journal,
        spec("760002", ("TEE-RED-M", 2)),
        station="Station 1",
        packer="gina",
        opened=monday,
        script=[(monday + dt.timedelta(seconds=10), TEE), (monday + dt.timedelta(seconds=20), TEE)],
    )
    # Friday morning, after the station stood for days, hank finishes it.
    pack.scan("PS-USER:hank", at(7, 59, 50))
    pack.scan(label("760002"), at(8))

    friday = figures(journal, today(BERLIN, NOON))
    week = figures(journal, this_week(BERLIN, NOON))

    # gina's units count when their box closed; what she scanned on Monday is read back for it.
    assert [(r.name, r.figures) for r in friday.rows] == [
        ("gina", Figures(units_packed=2)),
        ("hank", Figures(fulfillments_packed=1, boxes=1, active_seconds=10.0)),
    ]
    assert [p.figures.units_packed for p in week.series] == [0, 0, 0, 0, 2, 0, 0]
    assert [p.figures.active_seconds for p in week.series] == [10.0, 0, 0, 0, 10.0, 0, 0]
