"""`close_box`: the closing event and the pending shipment are written together or not at all."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from journal_helpers import T0, box_closed, scan, shipment, start

from packstation.store import (
    CredentialInPayloadError,
    Journal,
    JournalUnavailable,
    SessionClosedError,
    UnavailableReason,
)
from packstation.store import journal as journal_module


def test_closing_a_box_journals_the_event_and_a_pending_shipment(journal: Journal) -> None:
    session = start(journal, at=T0)
    journal.append_event(session.id, scan(T0 + dt.timedelta(seconds=1)))
    closed_at = T0 + dt.timedelta(seconds=9)

    entry = journal.close_box(session.id, box_closed(closed_at), shipment(), close_session=True)

    assert entry.state == "pending"
    assert (entry.fulfillment_id, entry.session_id, entry.box_number) == ("700123", session.id, 1)
    assert entry.payload == shipment()
    assert entry.created_at == closed_at
    assert journal.events(session.id)[-1].seq == entry.event_seq
    finished = journal.session(session.id)
    assert (finished.closed_at, finished.outcome) == (closed_at, "shipped")
    assert journal.outbox.pending_summary().waiting == 1


def test_boxes_of_a_session_are_numbered(journal: Journal) -> None:
    session = start(journal, at=T0)
    first = journal.close_box(
        session.id, box_closed(T0), shipment(tracking="A"), close_session=False
    )
    second = journal.close_box(
        session.id, box_closed(T0), shipment(tracking="B"), close_session=True, outcome="partial"
    )
    assert (first.box_number, second.box_number) == (1, 2)
    assert journal.session(session.id).outcome == "partial"
    with pytest.raises(SessionClosedError):
        journal.close_box(session.id, box_closed(T0), shipment(), close_session=False)
    assert len(journal.outbox.for_session(session.id)) == 2


def test_a_failure_after_the_event_rolls_back_everything(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = start(journal, at=T0)
    journal.append_event(session.id, scan(T0))

    def disk_fails(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(journal_module, "insert_shipment", disk_fails)
    with pytest.raises(JournalUnavailable) as failed:
        journal.close_box(session.id, box_closed(T0), shipment(), close_session=True)
    assert failed.value.reason is UnavailableReason.IO_ERROR

    assert [e.kind for e in journal.events(session.id)] == ["product"]
    assert journal.outbox.waiting() == ()
    assert journal.session(session.id).is_open


def test_a_full_disk_in_the_middle_of_close_box_leaves_neither_row(journal: Journal) -> None:
    session = start(journal, at=T0)
    journal.append_event(session.id, scan(T0))
    conn = journal._db.connection  # fault injection: cap the file at its current size
    (pages,) = conn.execute("PRAGMA page_count").fetchone()
    conn.execute(f"PRAGMA max_page_count = {pages}")
    # The small event fits in the pages we have; a large shipment cannot.
    big = shipment() | {"notes": "x" * 200_000}

    with pytest.raises(JournalUnavailable) as failed:
        journal.close_box(session.id, box_closed(T0), big, close_session=True)

    assert failed.value.reason is UnavailableReason.DISK_FULL
    assert [e.kind for e in journal.events(session.id)] == ["product"]
    assert journal.outbox.waiting() == ()
    assert journal.session(session.id).is_open


def test_a_refused_shipment_payload_leaves_the_box_open(journal: Journal) -> None:
    session = start(journal, at=T0)
    with pytest.raises(CredentialInPayloadError):
        journal.close_box(
            session.id, box_closed(T0), shipment() | {"access_token": "x"}, close_session=True
        )
    assert journal.events(session.id) == ()
    assert journal.session(session.id).is_open
