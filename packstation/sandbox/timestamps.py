"""Timestamps on the wire: ISO 8601 with an explicit offset in, UTC `+00:00` out.

Stored as integer microseconds since the epoch (UTC) so SQLite compares them exactly.
"""

from __future__ import annotations

import datetime as dt
import re

# Strict on purpose: a date alone, or a time without an offset, is a 422, not a guess.
_ISO = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,6})?)?(?:[Zz]|[+-]\d{2}:?\d{2})"
)
# Query strings decode '+' to ' '; a space exactly where the offset's sign belongs means '+'.
_SPACE_OFFSET = re.compile(r"(.*\d) (\d{2}:?\d{2})")

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def parse(value: str, *, from_query: bool = False) -> dt.datetime | None:
    """An aware datetime for a wire timestamp, or None when it is not one we accept."""
    text = value.strip() if from_query else value
    if from_query and not _ISO.fullmatch(text):
        m = _SPACE_OFFSET.fullmatch(text)
        if m:
            text = f"{m.group(1)}+{m.group(2)}"
    if not _ISO.fullmatch(text):
        return None
    if text[-1] in "zZ":
        text = text[:-1] + "+00:00"
    try:
        parsed = dt.datetime.fromisoformat(text.replace(",", "."))
        if parsed.tzinfo is None:
            return None
        # Year 1 or 9999 with an offset falls off the calendar once moved to UTC.
        return parsed.astimezone(dt.UTC)
    except (ValueError, OverflowError):  # e.g. month 13, or an offset of 24 hours
        return None


def to_micros(moment: dt.datetime) -> int:
    delta = moment.astimezone(dt.UTC) - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def from_micros(micros: int) -> dt.datetime:
    return _EPOCH + dt.timedelta(microseconds=micros)


def format_micros(micros: int) -> str:
    """`2026-11-20T12:00:00+00:00` (microseconds only when there are any)."""
    return from_micros(micros).isoformat()


def now_micros() -> int:
    """Now, to the whole second: the server's own timestamps look like the contract's examples."""
    return to_micros(dt.datetime.now(dt.UTC).replace(microsecond=0))
