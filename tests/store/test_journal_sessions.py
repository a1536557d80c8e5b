"""Sessions and their events: append, resume after restart, history and range queries."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from journal_helpers import T0, FakeClock, box_closed, scan, shipment, start

from packstation.store import (
    Journal,
    NewEvent,
    SessionClosedError,
    SessionOutcome,
    SessionStillOpenError,
    UnknownSessionError,
)


def test_events_are_numbered_in_order_and_carry_the_session_context(journal: Journal) -> None:
    session = start(journal, at=T0)
    first = journal.append_event(session.id, scan(T0 + dt.timedelta(seconds=1), packed=1))
    second = journal.append_event(
        session.id,
        NewEvent(kind="product", at=T0 + dt.timedelta(seconds=2), raw="x", packer="bob"),
    )
    assert (first.seq, second.seq) == (1, 2)
    assert (first.station, first.packer, first.fulfillment_id) == ("station-3", "alice", "700123")
    assert second.packer == "bob"  # a USER scan mid-pack changes who scans
    assert first.payload == {"line_id": "880001", "counts": {"880001": 1, "880002": 0}}


def test_the_unfinished_session_comes_back_after_a_restart_exactly(
    journal_path: Path, clock: FakeClock
) -> None:
    journal_path.parent.mkdir()
    with Journal.open(journal_path, clock=clock) as journal:
        session = start(journal, at=T0)
        for n in range(1, 4):
            journal.append_event(session.id, scan(T0 + dt.timedelta(seconds=n), packed=n))
        box = journal.close_box(
            session.id, box_closed(T0 + dt.timedelta(seconds=5)), shipment(), close_session=False
        )
        journal.append_event(session.id, scan(T0 + dt.timedelta(seconds=6), raw="second box"))
        written = journal.events(session.id)

    with Journal.open(journal_path, clock=clock) as reopened:
        resumed = reopened.unfinished_session("station-3")
        assert resumed is not None
        assert resumed.session == session
        assert resumed.session.spec["lines"][0]["quantity"] == 2
        assert resumed.events == written
        assert [e.kind for e in resumed.events] == ["product"] * 3 + ["box_closed", "product"]
        assert [b.local_id for b in resumed.boxes] == [box.local_id]
        assert reopened.unfinished_session("station-4") is None


def test_a_closed_session_is_not_resumed_and_takes_no_more_events(journal: Journal) -> None:
    session = start(journal, at=T0)
    closed = journal.close_session(
        session.id,
        outcome=SessionOutcome.CANCELED,
        event=NewEvent(kind="canceled", at=T0 + dt.timedelta(minutes=1), raw="PS-CMD:CANCEL"),
    )
    assert closed.closed_at == T0 + dt.timedelta(minutes=1)
    assert closed.outcome == "canceled"
    assert journal.unfinished_session("station-3") is None
    with pytest.raises(SessionClosedError):
        journal.append_event(session.id, scan(T0 + dt.timedelta(minutes=2)))
    with pytest.raises(SessionClosedError):
        journal.close_session(session.id, outcome=SessionOutcome.CANCELED)
    assert [e.kind for e in journal.events(session.id)] == ["canceled"]


def test_a_station_has_one_unfinished_session_at_a_time(journal: Journal) -> None:
    first = start(journal, fulfillment_id="700123")
    with pytest.raises(SessionStillOpenError) as refused:
        start(journal, fulfillment_id="700124")
    assert refused.value.session_id == first.id
    other_station = start(journal, fulfillment_id="700124", station="station-4")
    assert other_station.is_open


def test_events_of_an_unknown_session_are_refused(journal: Journal) -> None:
    with pytest.raises(UnknownSessionError):
        journal.append_event("no-such-session", scan(T0))
    assert journal.events_between(T0 - dt.timedelta(days=1), T0 + dt.timedelta(days=1)) == ()


def test_the_history_of_a_fulfillment_spans_its_sessions_and_stations(journal: Journal) -> None:
    first = start(journal, at=T0)
    journal.append_event(first.id, scan(T0 + dt.timedelta(seconds=1)))
    journal.close_session(
        first.id, outcome=SessionOutcome.CANCELED, at=T0 + dt.timedelta(minutes=1)
    )
    other = start(journal, fulfillment_id="700999", at=T0 + dt.timedelta(minutes=2))
    journal.append_event(other.id, scan(T0 + dt.timedelta(minutes=2, seconds=1)))
    journal.close_session(
        other.id, outcome=SessionOutcome.CANCELED, at=T0 + dt.timedelta(minutes=3)
    )
    second = start(journal, station="station-4", at=T0 + dt.timedelta(minutes=5))
    journal.append_event(second.id, scan(T0 + dt.timedelta(minutes=5, seconds=1)))

    history = journal.events_of_fulfillment("700123")
    assert [(e.station, e.session_id) for e in history] == [
        ("station-3", first.id),
        ("station-4", second.id),
    ]
    assert [s.id for s in journal.sessions_of_fulfillment("700123")] == [first.id, second.id]


def test_range_queries_are_half_open_and_filter_by_station(journal: Journal) -> None:
    sessions = []
    for n, station in enumerate(["station-3", "station-4", "station-3"]):
        at = T0 + dt.timedelta(hours=n)
        session = start(journal, fulfillment_id=f"70{n}", station=station, at=at)
        journal.append_event(session.id, scan(at + dt.timedelta(seconds=1)))
        journal.close_session(
            session.id, outcome=SessionOutcome.SHIPPED, at=at + dt.timedelta(minutes=1)
        )
        sessions.append(session)

    window = (T0, T0 + dt.timedelta(hours=2))
    assert [s.id for s in journal.sessions_between(*window)] == [sessions[0].id, sessions[1].id]
    assert [s.id for s in journal.sessions_between(*window, station="station-3")] == [
        sessions[0].id
    ]
    events = journal.events_between(T0, T0 + dt.timedelta(hours=3), station="station-3")
    assert [e.fulfillment_id for e in events] == ["700", "702"]


def test_times_come_back_as_the_same_instant_in_utc(journal: Journal) -> None:
    berlin = dt.timezone(dt.timedelta(hours=1))
    local = dt.datetime(2026, 11, 27, 9, 30, 15, 123456, tzinfo=berlin)
    session = start(journal, at=local)
    assert session.opened_at == local
    assert session.opened_at.utcoffset() == dt.timedelta(0)
    with pytest.raises(ValueError, match="timezone-aware"):
        journal.append_event(session.id, scan(dt.datetime(2026, 11, 27, 9, 30)))


def test_journaled_events_cannot_be_rewritten(journal: Journal, journal_path: Path) -> None:
    session = start(journal, at=T0)
    journal.append_event(session.id, scan(T0))
    with sqlite3.connect(journal_path) as other:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            other.execute("UPDATE events SET raw = 'forged'")
        with pytest.raises(sqlite3.IntegrityError, match="only changes by closing"):
            other.execute("UPDATE sessions SET packer = 'mallory'")
    assert journal.events(session.id)[0].raw == "012345678905"


def test_payloads_must_be_plain_json(journal: Journal) -> None:
    session = start(journal, at=T0)
    with pytest.raises(ValueError, match="plain JSON"):
        journal.append_event(session.id, NewEvent(kind="product", at=T0, payload={"when": T0}))
    assert journal.events(session.id) == ()
