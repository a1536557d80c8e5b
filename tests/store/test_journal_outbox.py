"""The shipment outbox: guarded transitions, backoff, the status line, the queue filter."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from journal_helpers import T0, FakeClock, box_closed, shipment, start

from packstation.store import (
    InvalidTransitionError,
    Journal,
    OutboxEntry,
    Resolution,
    ShipmentState,
    UnknownOutboxEntryError,
)


def closed_box(
    journal: Journal, fulfillment_id: str = "700123", at: dt.datetime = T0
) -> OutboxEntry:
    session = start(journal, fulfillment_id=fulfillment_id, at=at)
    return journal.close_box(
        session.id, box_closed(at), shipment(fulfillment_id), close_session=True
    )


def test_a_shipment_goes_pending_sending_sent(journal: Journal, clock: FakeClock) -> None:
    entry = closed_box(journal)
    sending = journal.outbox.mark_sending(entry.local_id)
    assert (sending.state, sending.attempts) == (ShipmentState.SENDING, 1)
    sent_at = clock.advance(seconds=2)
    sent = journal.outbox.mark_sent(entry.local_id, "510001")
    assert (sent.state, sent.remote_id, sent.sent_at) == ("sent", "510001", sent_at)
    assert journal.outbox.due(clock.advance(days=1)) == ()
    assert journal.outbox.pending_summary().waiting == 0


@pytest.mark.parametrize(
    ("state_of", "action"),
    [
        ("pending", "mark_sent"),
        ("pending", "mark_rejected"),
        ("pending", "mark_failed_retry"),
        ("sending", "mark_sending"),
        ("sent", "mark_sending"),
        ("sent", "mark_rejected"),
        ("sent", "mark_failed_retry"),
        ("rejected", "mark_sending"),
        ("rejected", "mark_sent"),
    ],
)
def test_guards_refuse_transitions_that_are_not_allowed(
    journal: Journal, state_of: str, action: str
) -> None:
    entry = closed_box(journal)
    outbox = journal.outbox
    if state_of != "pending":
        outbox.mark_sending(entry.local_id)
    if state_of == "sent":
        outbox.mark_sent(entry.local_id, "510001")
    if state_of == "rejected":
        outbox.mark_rejected(entry.local_id, "422: exceeds the 1 unit left to ship")
    before = outbox.get(entry.local_id)

    calls = {
        "mark_sending": lambda: outbox.mark_sending(entry.local_id),
        "mark_sent": lambda: outbox.mark_sent(entry.local_id, "510002"),
        "mark_rejected": lambda: outbox.mark_rejected(entry.local_id, "nope"),
        "mark_failed_retry": lambda: outbox.mark_failed_retry(entry.local_id, "503", T0),
    }
    with pytest.raises(InvalidTransitionError) as refused:
        calls[action]()
    assert refused.value.state == state_of
    assert outbox.get(entry.local_id) == before


def test_unknown_entries_are_reported(journal: Journal) -> None:
    with pytest.raises(UnknownOutboxEntryError):
        journal.outbox.mark_sending("no-such-entry")
    with pytest.raises(UnknownOutboxEntryError):
        journal.outbox.get("no-such-entry")


def test_due_honours_the_backoff_and_keeps_creation_order(
    journal: Journal, clock: FakeClock
) -> None:
    first = closed_box(journal, "700001", at=T0)
    second = closed_box(journal, "700002", at=T0 + dt.timedelta(seconds=1))
    third = closed_box(journal, "700003", at=T0 + dt.timedelta(seconds=2))
    assert [e.local_id for e in journal.outbox.due(T0 + dt.timedelta(seconds=5))] == [
        first.local_id,
        second.local_id,
        third.local_id,
    ]

    journal.outbox.mark_sending(second.local_id)
    retry_at = T0 + dt.timedelta(seconds=35)
    retried = journal.outbox.mark_failed_retry(
        second.local_id, "503 Service Unavailable", retry_at, maybe_sent=False
    )
    assert (retried.state, retried.last_error, retried.maybe_sent) == (
        "pending",
        "503 Service Unavailable",
        False,
    )

    def due_at(seconds: float) -> list[str]:
        return [e.local_id for e in journal.outbox.due(T0 + dt.timedelta(seconds=seconds))]

    assert due_at(34) == [first.local_id, third.local_id]
    assert due_at(35) == [first.local_id, second.local_id, third.local_id]
    assert journal.outbox.due(T0 + dt.timedelta(seconds=35), limit=1)[0] == journal.outbox.get(
        first.local_id
    )
    assert journal.outbox.next_attempt_at() == T0  # the first one has waited since its creation


def test_an_unanswered_post_must_be_reconciled_before_resending(journal: Journal) -> None:
    entry = closed_box(journal)
    journal.outbox.mark_sending(entry.local_id)
    # A dropped connection: the shipment may be in Stitch. The safe default says so.
    retried = journal.outbox.mark_failed_retry(entry.local_id, "connection dropped", T0)
    assert retried.maybe_sent
    journal.outbox.mark_sending(entry.local_id)
    assert journal.outbox.mark_sent(entry.local_id, "510001").maybe_sent is False


def test_after_a_crash_sending_rows_come_back_as_maybe_sent(
    journal: Journal, clock: FakeClock
) -> None:
    entry = closed_box(journal)
    other = closed_box(journal, "700124")
    journal.outbox.mark_sending(entry.local_id)

    recovered = journal.outbox.recover_interrupted()

    assert [r.local_id for r in recovered] == [entry.local_id]
    again = journal.outbox.get(entry.local_id)
    assert (again.state, again.maybe_sent) == ("pending", True)
    assert journal.outbox.get(other.local_id).maybe_sent is False
    assert journal.outbox.in_flight() == ()
    assert {e.local_id for e in journal.outbox.due()} == {entry.local_id, other.local_id}


def test_the_status_line_counts_waiting_shipments_since_the_oldest(
    journal: Journal, clock: FakeClock
) -> None:
    assert journal.outbox.pending_summary().waiting == 0
    assert journal.outbox.pending_summary().oldest_created_at is None
    oldest = T0 + dt.timedelta(hours=2, minutes=42)
    first = closed_box(journal, "700001", at=oldest)
    closed_box(journal, "700002", at=oldest + dt.timedelta(minutes=5))
    third = closed_box(journal, "700003", at=oldest + dt.timedelta(minutes=9))
    journal.outbox.mark_sending(first.local_id)  # in flight still counts as waiting
    journal.outbox.mark_sending(third.local_id)
    journal.outbox.mark_rejected(third.local_id, "409: fulfillment is canceled")

    summary = journal.outbox.pending_summary()
    assert (summary.waiting, summary.oldest_created_at, summary.rejected) == (2, oldest, 1)


def test_the_queue_hides_fulfillments_with_unsent_shipments(
    journal: Journal, clock: FakeClock
) -> None:
    pending = closed_box(journal, "700001")
    rejected = closed_box(journal, "700002")
    sent = closed_box(journal, "700003")
    for entry in (rejected, sent):
        journal.outbox.mark_sending(entry.local_id)
    journal.outbox.mark_rejected(rejected.local_id, "422")
    journal.outbox.mark_sent(sent.local_id, "510003", at=T0 + dt.timedelta(minutes=1))
    del pending

    assert journal.outbox.fulfillments_in_outbox() == {"700001", "700002"}
    assert journal.outbox.fulfillments_in_outbox(include_sent_since=T0) == {
        "700001",
        "700002",
        "700003",
    }
    assert journal.outbox.fulfillments_in_outbox(
        include_sent_since=T0 + dt.timedelta(minutes=2)
    ) == {"700001", "700002"}


@pytest.mark.parametrize(
    ("resolution", "remote_id", "state"),
    [
        (Resolution.RETRY, None, "pending"),
        (Resolution.DISCARD, None, "discarded"),
        (Resolution.SENT_ELSEWHERE, "510009", "sent"),
    ],
)
def test_a_supervisor_resolves_a_rejected_shipment_with_an_audit_entry(
    journal: Journal, resolution: Resolution, remote_id: str | None, state: str
) -> None:
    entry = closed_box(journal)
    journal.outbox.mark_sending(entry.local_id)
    journal.outbox.mark_rejected(entry.local_id, "422: line 880001 exceeds the 1 unit left")

    resolved = journal.outbox.resolve_rejected(
        entry.local_id,
        resolution=resolution,
        by="supervisor-kim",
        why="checked with the customer",
        station="station-3",
        remote_id=remote_id,
    )

    assert resolved.state == state
    assert resolved.remote_id == remote_id
    (audit,) = journal.audit_entries()
    assert (audit.who, audit.why, audit.fulfillment_id) == (
        "supervisor-kim",
        "checked with the customer",
        "700123",
    )
    assert audit.details["rejected_message"] == "422: line 880001 exceeds the 1 unit left"
    assert resolution.value in audit.what
    with pytest.raises(InvalidTransitionError):
        journal.outbox.resolve_rejected(
            entry.local_id, resolution=Resolution.DISCARD, by="x", why="y", station="s"
        )


def test_resolving_needs_a_reason_and_a_remote_id_only_when_sent_elsewhere(
    journal: Journal,
) -> None:
    entry = closed_box(journal)
    journal.outbox.mark_sending(entry.local_id)
    journal.outbox.mark_rejected(entry.local_id, "422")
    with pytest.raises(ValueError, match="remote id"):
        journal.outbox.resolve_rejected(
            entry.local_id, resolution=Resolution.SENT_ELSEWHERE, by="k", why="w", station="s"
        )
    with pytest.raises(ValueError, match="why"):
        journal.outbox.resolve_rejected(
            entry.local_id, resolution=Resolution.DISCARD, by="k", why=" ", station="s"
        )
    assert journal.outbox.get(entry.local_id).state == "rejected"
    assert journal.audit_entries() == ()


# -- the state machine against a model ---------------------------------------------------

ALLOWED: dict[str, dict[str, str]] = {
    "pending": {"mark_sending": "sending"},
    "sending": {"mark_sent": "sent", "mark_failed_retry": "pending", "mark_rejected": "rejected"},
    "sent": {},
    "rejected": {"retry": "pending", "discard": "discarded"},
    "discarded": {},
}


@settings(
    max_examples=25,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
class OutboxMachine(RuleBasedStateMachine):
    """Random transitions on a few rows: the journal agrees with the table above, always."""

    def __init__(self) -> None:
        super().__init__()
        self.model: dict[str, str] = {}
        self.journal: Journal | None = None

    @initialize()
    def open_journal(self) -> None:
        self.directory = Path(tempfile.mkdtemp(prefix="outbox-machine-"))
        self.journal = Journal.open(self.directory / "j.sqlite3", clock=FakeClock())
        for n in range(3):
            entry = closed_box(self.journal, f"70000{n}")
            self.model[entry.local_id] = "pending"

    @rule(
        index=st.integers(0, 2),
        action=st.sampled_from(
            ["mark_sending", "mark_sent", "mark_failed_retry", "mark_rejected", "retry", "discard"]
        ),
    )
    def transition(self, index: int, action: str) -> None:
        assert self.journal is not None
        local_id = sorted(self.model)[index]
        outbox = self.journal.outbox
        calls = {
            "mark_sending": lambda: outbox.mark_sending(local_id),
            "mark_sent": lambda: outbox.mark_sent(local_id, f"r-{local_id}"),
            "mark_failed_retry": lambda: outbox.mark_failed_retry(local_id, "503", T0),
            "mark_rejected": lambda: outbox.mark_rejected(local_id, "422"),
            "retry": lambda: outbox.resolve_rejected(
                local_id, resolution=Resolution.RETRY, by="k", why="fixed", station="s"
            ),
            "discard": lambda: outbox.resolve_rejected(
                local_id, resolution=Resolution.DISCARD, by="k", why="dup", station="s"
            ),
        }
        expected = ALLOWED[self.model[local_id]].get(action)
        if expected is None:
            with pytest.raises(InvalidTransitionError):
                calls[action]()
        else:
            assert calls[action]().state == expected
            self.model[local_id] = expected

    @invariant()
    def journal_matches_model(self) -> None:
        if self.journal is None:
            return
        for local_id, state in self.model.items():
            assert self.journal.outbox.get(local_id).state == state
        waiting = sum(state in ("pending", "sending") for state in self.model.values())
        assert self.journal.outbox.pending_summary().waiting == waiting

    @precondition(lambda self: self.journal is not None)
    @rule()
    def reopen_changes_nothing(self) -> None:
        assert self.journal is not None
        path = self.journal.path
        self.journal.close()
        self.journal = Journal.open(path, clock=FakeClock())

    def teardown(self) -> None:
        if self.journal is not None:
            self.journal.close()
            shutil.rmtree(self.directory)


TestOutboxMachine = OutboxMachine.TestCase
