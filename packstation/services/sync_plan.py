"""When the queue asks Stitch what, and from where: jittered timers, the poll's watermark, and
the progress of a full resync that may be resumed.

Timers are jittered so that stations started together (after a power cut, at the start of a
shift) drift apart instead of polling and resyncing in the same second forever.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from packstation.domain.records import Fulfillment

__all__ = ["FULL_JITTER", "SETTLED", "Resync", "SyncSchedule", "Watermark"]

#: A full resync comes every `full_resync_s` ± this share of it.
FULL_JITTER = 0.10
#: Older than this (by our clock, allowing for skew with Stitch's), a timestamp can get no new
#: writes, whatever the server's precision.
SETTLED = dt.timedelta(minutes=5)
#: A full resync interrupted longer ago than this starts over: what it read is too old to merge.
_RESUME_WITHIN = dt.timedelta(minutes=10)
_STEP = dt.timedelta(microseconds=1)
_SECOND = dt.timedelta(seconds=1)


class SyncSchedule:
    """Jittered poll delays and the due times of the full resync and the catalog refresh."""

    def __init__(
        self,
        *,
        poll_s: float,
        poll_max_s: float | None,
        full_s: float,
        catalog_s: float,
        rng: random.Random | None = None,
    ) -> None:
        self.poll_s = max(0.05, poll_s)
        self.poll_max_s = max(self.poll_s, poll_max_s if poll_max_s else 2 * self.poll_s)
        self.full_s = max(1.0, full_s)
        self.catalog_s = max(1.0, catalog_s)
        self._rng = rng or random.Random()
        self.next_full: dt.datetime | None = None  # None: now (nothing loaded yet)
        self.next_catalog: dt.datetime | None = None

    @property
    def fresh_s(self) -> float:
        """How old the last good sync may be and still count as what Stitch has now."""
        return self.poll_max_s

    def poll_delay(self) -> float:
        return self._rng.uniform(self.poll_s, self.poll_max_s)

    def full_done(self, now: dt.datetime) -> None:
        spread = self._rng.uniform(1 - FULL_JITTER, 1 + FULL_JITTER)
        self.next_full = now + dt.timedelta(seconds=self.full_s * spread)

    def full_due(self, now: dt.datetime) -> bool:
        return self.next_full is None or now >= self.next_full

    def catalog_done(self, now: dt.datetime) -> None:
        spread = self._rng.uniform(1 - FULL_JITTER, 1 + FULL_JITTER)
        self.next_catalog = now + dt.timedelta(seconds=self.catalog_s * spread)

    def catalog_due(self, now: dt.datetime) -> bool:
        return self.next_catalog is None or now >= self.next_catalog


class Watermark:
    """The `updated_since` of the next poll.

    `updated_since` is inclusive, so a poll from the newest `updated_at` seen brings back every
    order stamped with it (a bulk import stamps thousands with one second: 20 pages a poll).
    Once no new write can get that stamp, the next poll asks from one microsecond later. That is
    so when the stamp has digits below the second (the server stamps microseconds, so a later
    write gets a later stamp), when Stitch's clock was past that second before the poll read
    anything (the `Date` of an answer received before the poll began: `Date` is truncated to the
    second, so Stitch's clock was at least that), or when our clock is `SETTLED` past it.
    """

    def __init__(self) -> None:
        self.newest: dt.datetime | None = None
        self.closed = False

    def since(self, now: dt.datetime) -> dt.datetime | None:
        if self.newest is None:
            return None
        if self.closed or now - self.newest > SETTLED:
            return self.newest + _STEP
        return self.newest

    def saw(self, stamps: list[dt.datetime], server_time: dt.datetime | None) -> None:
        """A complete poll or full load read these `updated_at`s (call once it is complete);
        `server_time`: Stitch's clock as known before it began."""
        newest = max(stamps, default=None)
        if newest is not None and (self.newest is None or newest > self.newest):
            self.newest = newest
        boundary = self.newest
        if boundary is None:
            return
        self.closed = boundary.microsecond != 0 or (
            server_time is not None and server_time >= boundary.replace(microsecond=0) + _SECOND
        )


@dataclass
class Resync:
    """A full load in progress: what it read so far, so that a failure resumes from its page."""

    started: dt.datetime
    server_time: dt.datetime | None  # Stitch's clock as known before the first page was read
    found: dict[str, tuple[Fulfillment, dt.datetime]] = field(default_factory=dict)
    pages_done: int = 0
    last_id: str | None = None
    attempts: int = 0

    def stale(self, now: dt.datetime) -> bool:
        return now - self.started > _RESUME_WITHIN

    def resume_page(self) -> int:
        # The last page read is read again: its first id shows whether the list shifted.
        return max(1, self.pages_done)

    def record(self, page_num: int, items: tuple[Fulfillment, ...], at: dt.datetime) -> None:
        for f in items:
            self.found[f.id] = (f, at)
        self.pages_done = page_num
        ids = [f.id for f in items] + ([self.last_id] if self.last_id else [])
        if ids:
            self.last_id = max(ids, key=id_order)

    def gap_before(self, page_num: int, items: tuple[Fulfillment, ...]) -> bool:
        """The list shrank since the last attempt: this page starts past what was read."""
        if page_num <= 1 or self.last_id is None:
            return False
        return not items or id_order(items[0].id) > id_order(self.last_id)


def id_order(fulfillment_id: str) -> tuple[int, str]:
    # Ids are digit strings: numeric order, like Stitch's lists.
    return (len(fulfillment_id), fulfillment_id)
