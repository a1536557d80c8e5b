"""Supervisor → Figures over a known shift journaled by real pack sessions (see
tests/support/figures.py): the table shows each packer's numbers, the chart draws
the units per hour, and the export holds the same report as the CLI's."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot
from supervisor_support import AppContext, answer_file_dialog
from support.figures import BERLIN, at, shift_journal
from support.waiting import until

from packstation.services.figures import Grouping
from packstation.services.figures_export import FIGURES_COLUMNS
from packstation.services.settings import Settings
from packstation.ui.supervisor.bar_chart import PALETTE
from packstation.ui.supervisor.figures_view import FiguresView, Span
from packstation.ui.tasks import TaskSpawner

NOON = at(12)


@pytest.fixture
async def shift_context(tmp_path: Path) -> AsyncIterator[AppContext]:
    path = tmp_path / "shift.sqlite3"
    shift_journal(path).close()
    spawner = TaskSpawner()
    yield AppContext(Settings(time_zone="Europe/Berlin"), None, spawner, path)
    await spawner.cancel_all()


def table(view: FiguresView) -> list[list[str]]:
    model = view.model
    return [[model.text(r, c) for c in range(model.columnCount())] for r in range(model.rowCount())]


async def shown(qtbot: QtBot, context: AppContext) -> FiguresView:
    view = FiguresView(context, now=lambda: NOON)
    qtbot.addWidget(view)
    view.resize(1200, 820)
    view.show()
    await until(lambda: view.report is not None, "the figures")
    return view


async def test_today_shows_each_packer_s_numbers_and_the_total(
    qtbot: QtBot, shift_context: AppContext
) -> None:
    view = await shown(qtbot, shift_context)
    assert table(view) == [
        # name, orders, boxes, units, time per unit, wrong items, undos, partial, rejected
        # name, orders, boxes, units, time per unit, wrong, undos, partial, partial boxes,
        # stopped, rejected, weight stops
        ["alice", "3", "3", "11", "18 s", "1", "2", "0", "0", "0", "0", "0"],
        ["bob", "2", "2", "3", "23 s", "0", "0", "1", "1", "1", "1", "0"],
        ["Total", "5", "5", "14", "19 s", "1", "2", "1", "1", "1", "1", "0"],
    ]
    assert "14 units" in view.heading.text()

    view.by.setCurrentIndex(view.by.findData(Grouping.STATION))
    await until(lambda: view.report is not None and view.report.by is Grouping.STATION, "stations")
    assert [row[0] for row in table(view)] == ["Station 1", "Station 2", "Total"]


async def test_the_chart_shows_units_per_hour_stacked_by_packer(
    qtbot: QtBot, shift_context: AppContext
) -> None:
    view = await shown(qtbot, shift_context)
    units = {bar.label: bar.total for bar in view.chart.bars if bar.total}
    assert units == {"09:00": 5, "10:00": 5, "11:00": 3, "13:00": 1}
    nine = next(bar for bar in view.chart.bars if bar.label == "09:00")
    assert nine.parts == (3.0, 2.0)  # alice 3, bob 2
    image = view.chart.grab().toImage()
    assert not image.isNull()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }
    # Both packers' colours are painted (bars), not just the white background.
    assert {PALETTE[0].name(), PALETTE[1].name()} <= colours
    assert QColor("#ffffff").name() in colours


async def test_this_week_has_a_bar_per_day(qtbot: QtBot, shift_context: AppContext) -> None:
    view = await shown(qtbot, shift_context)
    view.span.setCurrentIndex(view.span.findData(Span.WEEK))
    await until(
        lambda: (
            view.report is not None and view.report.period.first_day != view.report.period.last_day
        ),
        "the week",
    )
    assert [bar.label for bar in view.chart.bars] == [
        "Mon 23",
        "Tue 24",
        "Wed 25",
        "Thu 26",
        "Fri 27",
        "Sat 28",
        "Sun 29",
    ]
    assert [bar.total for bar in view.chart.bars] == [0, 0, 0, 0, 14, 0, 0]


async def test_chosen_days_without_work_show_nothing_packed(
    qtbot: QtBot, shift_context: AppContext
) -> None:
    view = await shown(qtbot, shift_context)
    view.choose_days(dt.date(2026, 11, 28), dt.date(2026, 11, 29))
    await until(
        lambda: view.report is not None and view.report.period.first_day == dt.date(2026, 11, 28),
        "the chosen days",
    )
    assert table(view) == [["Total", "0", "0", "0", "—", "0", "0", "0", "0", "0", "0", "0"]]


async def test_the_csv_export_is_the_report(
    qtbot: QtBot, shift_context: AppContext, tmp_path: Path
) -> None:
    view = await shown(qtbot, shift_context)
    target = tmp_path / "out" / "figures.csv"
    target.parent.mkdir()
    view.csv_button.click()
    await answer_file_dialog(target)
    await until(target.exists, "the export")
    rows = target.read_bytes().decode("utf-8").split("\r\n")
    assert rows[0] == ",".join(FIGURES_COLUMNS)
    assert rows[1].startswith("2026-11-27,2026-11-27,Europe/Berlin,packer,group,alice,3,3,11,")
    assert rows[3].startswith("2026-11-27,2026-11-27,Europe/Berlin,packer,total,,5,5,14,")


async def test_the_zone_of_the_station_decides_which_day_today_is(
    qtbot: QtBot, shift_context: AppContext
) -> None:
    late = dt.datetime(2026, 11, 27, 23, 30, tzinfo=dt.UTC)  # Saturday already in Berlin
    view = FiguresView(shift_context, now=lambda: late)
    qtbot.addWidget(view)
    await until(lambda: view.report is not None, "the figures")
    assert view.report is not None
    assert view.report.period.first_day == dt.date(2026, 11, 28)
    assert view.report.total.units_packed == 0
    assert view.report.period.zone is not None
    assert str(BERLIN) in view.export_text("csv")
