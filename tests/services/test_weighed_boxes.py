"""Weighings kept in the real journal (SQLite) and read back for learning."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from packstation.domain.weighed_box import WeighedBox
from packstation.domain.weight_check import BoxLine, Verdict
from packstation.domain.weights import Weight
from packstation.services.weighed_boxes import weighed_boxes, weighing_event
from packstation.store import Journal
from packstation.store.records import NewEvent

AT = dt.datetime(2026, 12, 2, 10, tzinfo=dt.UTC)


def test_weighings_are_journaled_with_the_box_and_read_back(tmp_path: Path) -> None:
    stopped = WeighedBox(
        (BoxLine("MUG-BLUE", 3),), "M", Weight.grams(1142), True, AT, Verdict.STOP, shipped=False
    )
    passed = WeighedBox(
        (BoxLine("MUG-BLUE", 2),),
        "M",
        Weight.of("1.79", "lb"),
        True,
        AT + dt.timedelta(seconds=40),
        Verdict.PASS,
    )
    with Journal.open(tmp_path / "journal.db") as journal:
        session = journal.open_session(
            fulfillment_id="F-1", order_number="1001", station="Bench 1", packer="ana", spec={}
        )
        journal.append_event(session.id, NewEvent(kind="item", at=AT, raw="123", result="ok"))
        journal.append_event(session.id, weighing_event(stopped))
        journal.append_event(session.id, weighing_event(passed, packer="sam"))
        events = journal.events_between(AT, AT + dt.timedelta(hours=1))
    assert weighed_boxes(events) == [stopped, passed]
    assert [e.packer for e in events if e.kind == "box_weighed"] == ["ana", "sam"]


def test_an_unreadable_weighing_is_skipped(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "journal.db") as journal:
        session = journal.open_session(
            fulfillment_id="F-2", order_number="1002", station="Bench 1", packer="ana", spec={}
        )
        journal.append_event(
            session.id, NewEvent(kind="box_weighed", at=AT, payload={"lines": "nonsense"})
        )
        events = journal.events_between(AT, AT + dt.timedelta(hours=1))
    assert weighed_boxes(events) == []
