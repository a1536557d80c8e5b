"""Customers' addresses and contacts leave the journal N days after the order's last box was
sent; scans, figures and the audit trail stay; unsent boxes are never touched (issue 13, 7)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from journal_helpers import T0, FakeClock, box_closed, shipment

from packstation.store import Journal, SessionRecord

SHIP_TO = {
    "name": "Katherine Dubois",
    "street1": "12 Rue de la Paix",
    "city": "Lyon",
    "phone": "+33 4 72 00 00 00",
    "email": "k.dubois@example.com",
}
PERSONAL = ("Katherine", "Rue de la Paix", "+33 4 72", "k.dubois@example.com", "Ring twice")


def _expect() -> dict[str, object]:
    return {"ship_to": SHIP_TO, "notes": "Ring twice", "shipping_method": "UPS Ground"}


def _open(journal: Journal, fid: str, at: dt.datetime) -> SessionRecord:
    return journal.open_session(
        fulfillment_id=fid,
        order_number=f"SO-{fid}",
        station=f"station-{fid}",
        packer="alice",
        spec={"lines": [{"line_id": "1", "sku": "MUG-BLU-12"}], "expect": _expect()},
        at=at,
    )


def _pack(journal: Journal, fid: str, at: dt.datetime, *, send: bool) -> None:
    session = _open(journal, fid, at)
    box = journal.close_box(
        session.id, box_closed(at), {**shipment(fid), "expect": _expect()}, close_session=True
    )
    journal.audit(
        station="station-1",
        who="alice",
        what="order changed in Stitch: checked",
        details={"expect": _expect(), "changed": ["address"]},
        fulfillment_id=fid,
        session_id=session.id,
        at=at,
    )
    if send:
        journal.outbox.mark_sending(box.local_id, at=at)
        journal.outbox.mark_sent(box.local_id, f"remote-{fid}", at=at)


def _texts(path: Path, fid: str) -> str:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT spec FROM sessions WHERE fulfillment_id = ?1 UNION ALL"
            " SELECT payload FROM shipment_outbox WHERE fulfillment_id = ?1 UNION ALL"
            " SELECT details FROM audit WHERE fulfillment_id = ?1",
            (fid,),
        ).fetchall()
    finally:
        conn.close()
    return " ".join(r[0] for r in rows)


def test_personal_data_is_erased_90_days_after_the_last_box_was_sent(
    journal: Journal, journal_path: Path, clock: FakeClock
) -> None:
    _pack(journal, "old", T0, send=True)
    _pack(journal, "recent", T0 + dt.timedelta(days=60), send=True)
    _pack(journal, "waiting", T0, send=False)
    events_before = len(journal.events_of_fulfillment("old"))

    done = journal.erase_personal_data(90, now=T0 + dt.timedelta(days=91))

    assert done.orders == 1
    old = _texts(journal_path, "old")
    assert not [p for p in PERSONAL if p in old]
    # What the figures and the audit trail need stays.
    assert "MUG-BLU-12" in old
    assert "UPS Ground" in old
    assert "1Z999AA10123456784" in old
    assert len(journal.events_of_fulfillment("old")) == events_before
    [entry] = [a for a in journal.audit_entries() if a.fulfillment_id == "old"]
    assert entry.who == "alice"
    assert entry.details["changed"] == ["address"]
    [session] = journal.sessions_of_fulfillment("old")
    assert (session.order_number, session.packer) == ("SO-old", "alice")
    # Not yet due, or not sent: untouched.
    assert all(p in _texts(journal_path, "recent") for p in PERSONAL)
    assert all(p in _texts(journal_path, "waiting") for p in PERSONAL)
    [box] = journal.outbox.for_fulfillment("waiting")
    assert box.payload["expect"]["ship_to"] == SHIP_TO


def test_the_journal_reports_how_old_its_oldest_personal_data_is(
    journal: Journal, clock: FakeClock
) -> None:
    assert journal.personal_data_age().oldest is None
    _pack(journal, "a", T0, send=True)
    _pack(journal, "b", T0 + dt.timedelta(days=10), send=True)
    age = journal.personal_data_age()
    assert age.oldest == T0
    assert age.rows == 6
    journal.erase_personal_data(90, now=T0 + dt.timedelta(days=95))
    assert journal.personal_data_age().oldest == T0 + dt.timedelta(days=10)


def test_the_guards_still_refuse_any_other_change_to_a_finished_row(journal: Journal) -> None:
    _pack(journal, "old", T0, send=True)
    conn = sqlite3.connect(journal.path)
    try:
        for statement in (
            "UPDATE sessions SET spec = json_set(spec, '$.lines', json('[]'))",
            "UPDATE shipment_outbox SET payload = json_remove(payload, '$.tracking_number')",
            "UPDATE audit SET who = 'mallory'",
            "UPDATE audit SET details = json_remove(details, '$.expect.ship_to'), why = 'x'",
        ):
            with pytest.raises(sqlite3.IntegrityError):
                conn.execute(statement)
    finally:
        conn.close()
