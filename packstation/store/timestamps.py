"""Timestamps as the journal stores them: UTC, fixed-width ISO 8601 text.

A fixed width (always microseconds, always `+00:00`) makes text order equal time order, so range
queries and `next_attempt_at <= now` work on indexed text columns.
"""

from __future__ import annotations

import datetime as dt


def to_db(moment: dt.datetime) -> str:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment!r}: the journal needs timezone-aware times")
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def from_db(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def opt_from_db(text: str | None) -> dt.datetime | None:
    return None if text is None else from_db(text)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
