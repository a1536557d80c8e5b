"""Shared helpers of the journal tests: a hand-driven clock and typical session content."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from packstation.store import Journal, NewEvent, SessionRecord

T0 = dt.datetime(2026, 11, 27, 8, 0, tzinfo=dt.UTC)


class FakeClock:
    """The journal's clock, moved by the test (timestamps are part of what we assert)."""

    def __init__(self, start: dt.datetime = T0) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> dt.datetime:
        self.now += dt.timedelta(**delta)
        return self.now


SPEC = {
    "lines": [
        {"id": "880001", "sku": "MUG-BLU-12", "gtin14": "00012345678905", "quantity": 2},
        {"id": "880002", "sku": "TEE-RED-M", "gtin14": "00098765432109", "quantity": 1},
    ]
}


def start(
    journal: Journal,
    *,
    fulfillment_id: str = "700123",
    station: str = "station-3",
    packer: str = "alice",
    at: dt.datetime | None = None,
) -> SessionRecord:
    return journal.open_session(
        fulfillment_id=fulfillment_id,
        order_number=f"SO-{fulfillment_id}",
        station=station,
        packer=packer,
        spec=SPEC,
        at=at,
    )


def scan(at: dt.datetime, raw: str = "012345678905", packed: int = 1) -> NewEvent:
    return NewEvent(
        kind="product",
        at=at,
        raw=raw,
        result="accepted",
        payload={"line_id": "880001", "counts": {"880001": packed, "880002": 0}},
    )


def box_closed(at: dt.datetime) -> NewEvent:
    return NewEvent(kind="box_closed", at=at, raw="1Z999AA10123456784", result="accepted")


def shipment(
    fulfillment_id: str = "700123", tracking: str = "1Z999AA10123456784"
) -> dict[str, object]:
    return {
        "fulfillment_id": fulfillment_id,
        "shipped_at": "2026-11-27T08:05:00+00:00",
        "tracking_number": tracking,
        "carrier": "UPS",
        "line_items": [{"fulfillment_line_item_id": "880001", "quantity": 2}],
    }


def journal_with_unsent_boxes_in_its_wal(path: Path, boxes: int = 3) -> None:
    """A journal whose last writes (the unsent boxes) are only in its -wal, as after a crash."""
    path.parent.mkdir(parents=True, exist_ok=True)
    journal = Journal.open(path)
    for n in range(boxes):
        session = start(journal, fulfillment_id=f"70{n}", at=T0)
        journal.close_box(session.id, box_closed(T0), shipment(f"70{n}"), close_session=True)
    # Keep the -wal as a crash would (no checkpoint at close): copy the files while open.
    saved = path.with_name("saved")
    saved.mkdir()
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{path}{suffix}", saved / f"j{suffix}")
    journal.close()
    for suffix in ("", "-wal"):
        shutil.copyfile(saved / f"j{suffix}", f"{path}{suffix}")
    shutil.rmtree(saved)
