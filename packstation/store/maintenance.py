"""Work on the journal from a worker thread, on the thread's own connection, while the station
writes on its own: the start's `quick_check`, and the erasure of old personal data in short
transactions (a scan waits at most one batch for the write lock)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from packstation.store.database import Database
from packstation.store.retention import ErasureResult, erase_personal_data
from packstation.store.timestamps import utc_now


def erase_personal_data_at(
    path: Path, days: int, *, now: dt.datetime | None = None
) -> ErasureResult:
    db = Database(path)
    try:
        return erase_personal_data(db, days, now or utc_now())
    finally:
        db.close()
