"""Status updates: last write wins per fulfillment, without ever overtaking one in flight."""

from __future__ import annotations

import datetime as dt

import pytest
from journal_helpers import T0, FakeClock

from packstation.store import InvalidTransitionError, Journal, StatusState


def test_a_newer_status_replaces_a_waiting_older_one(journal: Journal, clock: FakeClock) -> None:
    claim = journal.statuses.put("700123", "Packing · station 3 · alice")
    clock.advance(seconds=30)
    cleared = journal.statuses.put("700123", "")
    other = journal.statuses.put("700124", "Packing · station 3 · alice")

    assert journal.statuses.get(claim.local_id).state is StatusState.SUPERSEDED
    assert [(u.fulfillment_id, u.status) for u in journal.statuses.due()] == [
        ("700123", ""),
        ("700124", "Packing · station 3 · alice"),
    ]
    assert journal.statuses.latest("700123") == cleared
    assert journal.statuses.pending_summary().waiting == 2
    assert other.state is StatusState.PENDING


def test_a_status_in_flight_is_not_overtaken(journal: Journal, clock: FakeClock) -> None:
    claim = journal.statuses.put("700123", "Packing · station 3 · alice")
    journal.statuses.mark_sending(claim.local_id)
    cleared = journal.statuses.put("700123", "")

    # The claim may be on its way: sending the clear now could land before it.
    assert journal.statuses.due() == ()
    journal.statuses.mark_sent(claim.local_id)
    assert [u.local_id for u in journal.statuses.due()] == [cleared.local_id]


def test_a_failed_older_status_gives_way_to_a_newer_one(journal: Journal) -> None:
    claim = journal.statuses.put("700123", "Packing · station 3 · alice")
    journal.statuses.mark_sending(claim.local_id)
    newer = journal.statuses.put("700123", "")

    failed = journal.statuses.mark_failed_retry(claim.local_id, "503", T0 + dt.timedelta(seconds=5))

    assert failed.state is StatusState.SUPERSEDED
    assert [u.local_id for u in journal.statuses.due(T0)] == [newer.local_id]


def test_a_failed_status_is_retried_after_its_backoff(journal: Journal) -> None:
    claim = journal.statuses.put("700123", "Packing · station 3 · alice")
    journal.statuses.mark_sending(claim.local_id)
    journal.statuses.mark_failed_retry(claim.local_id, "429", T0 + dt.timedelta(seconds=7))
    assert journal.statuses.due(T0 + dt.timedelta(seconds=6)) == ()
    (due,) = journal.statuses.due(T0 + dt.timedelta(seconds=7))
    assert (due.local_id, due.attempts, due.last_error) == (claim.local_id, 1, "429")


def test_crash_recovery_resends_the_newest_status_only(journal: Journal) -> None:
    lone = journal.statuses.put("700001", "Packing · station 3 · alice")
    journal.statuses.mark_sending(lone.local_id)
    old = journal.statuses.put("700002", "Packing · station 3 · alice")
    journal.statuses.mark_sending(old.local_id)
    newer = journal.statuses.put("700002", "")

    journal.statuses.recover_interrupted()

    assert journal.statuses.get(old.local_id).state is StatusState.SUPERSEDED
    assert {u.local_id for u in journal.statuses.due()} == {lone.local_id, newer.local_id}


def test_rejected_statuses_are_kept_with_the_message(journal: Journal) -> None:
    update = journal.statuses.put("700123", "")
    journal.statuses.mark_sending(update.local_id)
    rejected = journal.statuses.mark_rejected(update.local_id, "409: fulfillment is complete")
    assert rejected.rejected_message == "409: fulfillment is complete"
    assert journal.statuses.pending_summary().rejected == 1
    with pytest.raises(InvalidTransitionError):
        journal.statuses.mark_sent(update.local_id)


def test_a_status_longer_than_stitch_accepts_is_refused(journal: Journal) -> None:
    with pytest.raises(ValueError, match="255"):
        journal.statuses.put("700123", "x" * 256)
    assert journal.statuses.latest("700123") is None
    assert journal.statuses.put("700123", "x" * 255).status == "x" * 255
