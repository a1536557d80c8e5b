"""The journal never stores credentials: no such column, and payloads naming one are refused."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from journal_helpers import T0, box_closed, scan, shipment, start

from packstation.store import CredentialInPayloadError, Journal, NewEvent

TOKEN = "stk_live_9f8e7d6c5b4a39281706f5e4d3c2b1a0"
CREDENTIAL_NAME = re.compile(r"token|secret|passw|credential|auth|api_?key|cookie", re.I)


def test_no_table_has_a_column_for_credentials(journal: Journal, journal_path: Path) -> None:
    with sqlite3.connect(journal_path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type='table'")]
        columns = {
            f"{table}.{row[1]}"
            for table in tables
            for row in conn.execute(f"PRAGMA table_info({table})")
        }
    assert {"events.raw", "shipment_outbox.payload", "audit.details"} <= columns
    assert [c for c in columns if CREDENTIAL_NAME.search(c)] == []


@pytest.mark.parametrize(
    "payload",
    [
        {"access_token": TOKEN},
        {"headers": {"Authorization": f"Bearer {TOKEN}"}},
        {"account": [{"api_key": TOKEN}]},
        {"token": TOKEN},
        {"refreshToken": TOKEN},
    ],
)
def test_payloads_naming_a_credential_are_refused_everywhere(
    journal: Journal, journal_path: Path, payload: dict[str, object]
) -> None:
    session = start(journal, at=T0)
    with pytest.raises(CredentialInPayloadError) as refused:
        journal.append_event(session.id, NewEvent(kind="product", at=T0, payload=payload))
    assert TOKEN not in str(refused.value)
    with pytest.raises(CredentialInPayloadError):
        journal.close_box(session.id, box_closed(T0), payload, close_session=True)
    with pytest.raises(CredentialInPayloadError):
        journal.audit(station="station-3", who="kim", what="login", details=payload)
    with pytest.raises(CredentialInPayloadError):
        journal.open_session(
            fulfillment_id="1", order_number="1", station="station-9", packer="bob", spec=payload
        )
    journal.close()
    for file in journal_path.parent.iterdir():
        assert TOKEN.encode() not in file.read_bytes(), file


def test_ordinary_content_with_tracking_numbers_is_fine(journal: Journal) -> None:
    session = start(journal, at=T0)
    journal.append_event(session.id, scan(T0))
    entry = journal.close_box(session.id, box_closed(T0), shipment(), close_session=True)
    assert entry.payload["tracking_number"] == "1Z999AA10123456784"
