"""Retention: old closed sessions go; open sessions and unsent shipments never do."""

from __future__ import annotations

import datetime as dt

import pytest
from journal_helpers import T0, box_closed, scan, shipment, start

from packstation.store import Journal, SessionOutcome, UnknownSessionError

DAY = dt.timedelta(days=1)


def packed_and_closed(journal: Journal, fulfillment_id: str, at: dt.datetime) -> str:
    session = start(journal, fulfillment_id=fulfillment_id, at=at)
    journal.append_event(session.id, scan(at))
    return journal.close_box(
        session.id, box_closed(at), shipment(fulfillment_id), close_session=True
    ).local_id


def test_prune_keeps_recent_open_and_unsent_and_drops_the_rest(journal: Journal) -> None:
    old = T0 - 200 * DAY
    sent_old = packed_and_closed(journal, "700001", old)
    journal.outbox.mark_sending(sent_old)
    journal.outbox.mark_sent(sent_old, "510001", at=old)
    pending_old = packed_and_closed(journal, "700002", old)
    rejected_old = packed_and_closed(journal, "700003", old)
    journal.outbox.mark_sending(rejected_old)
    journal.outbox.mark_rejected(rejected_old, "422", at=old)
    canceled_old = start(journal, fulfillment_id="700004", at=old)
    journal.close_session(canceled_old.id, outcome=SessionOutcome.CANCELED, at=old)
    recent = packed_and_closed(journal, "700005", T0 - 10 * DAY)
    open_old = start(journal, fulfillment_id="700006", station="station-9", at=old)
    journal.append_event(open_old.id, scan(old))
    journal.audit(station="station-3", who="kim", what="takeover", at=old)

    result = journal.prune(180, now=T0)

    assert (result.sessions, result.events, result.shipments, result.audit_entries) == (
        2,
        2,  # the sent session's scan and box-closing event; the canceled one had none
        1,
        1,
    )
    with pytest.raises(UnknownSessionError):
        journal.session(canceled_old.id)
    assert journal.events_of_fulfillment("700001") == ()
    remaining = {e.local_id for e in journal.outbox.waiting()} | {
        e.local_id for e in journal.outbox.rejected()
    }
    assert remaining == {pending_old, rejected_old, recent}
    for kept in ("700002", "700003", "700005", "700006"):
        assert journal.events_of_fulfillment(kept), kept
    assert journal.unfinished_session("station-9") is not None


def test_a_session_pruned_is_pruned_whole(journal: Journal) -> None:
    box = packed_and_closed(journal, "700001", T0 - 181 * DAY)
    journal.outbox.mark_sending(box)
    journal.outbox.mark_sent(box, "510001")
    journal.prune(now=T0)
    assert journal.sessions_of_fulfillment("700001") == ()
    assert journal.outbox.for_fulfillment("700001") == ()


def test_the_retention_boundary_is_exclusive_and_must_be_positive(journal: Journal) -> None:
    session = start(journal, at=T0 - 180 * DAY)
    journal.close_session(session.id, outcome=SessionOutcome.CANCELED, at=T0 - 180 * DAY)
    assert journal.prune(180, now=T0).sessions == 0
    assert journal.prune(180, now=T0 + dt.timedelta(microseconds=1)).sessions == 1
    with pytest.raises(ValueError, match="at least one day"):
        journal.prune(0, now=T0)


def test_finished_status_updates_age_out_but_waiting_ones_stay(journal: Journal) -> None:
    sent = journal.statuses.put("700001", "Packing", at=T0 - 200 * DAY)
    journal.statuses.mark_sending(sent.local_id, at=T0 - 200 * DAY)
    journal.statuses.mark_sent(sent.local_id, at=T0 - 200 * DAY)
    waiting = journal.statuses.put("700002", "Packing", at=T0 - 200 * DAY)
    assert journal.prune(now=T0).status_updates == 1
    assert journal.statuses.latest("700001") is None
    assert journal.statuses.latest("700002") == waiting
