"""The supervisor's figures: what each packer (or station) packed in a period, and how well.

Pure computation over journal rows (`JournalRows`, read by `read_rows`); `figures(journal, period)`
does both. What is counted, and when it counts:

- **boxes**: boxes closed by their carrier label (every outbox row, whatever its state since),
  credited to whoever scanned the label, at that moment.
- **units packed**: the units in those boxes, credited to whoever scanned them into the box
  (an undone scan takes its units back from whoever scanned them), at the label's moment.
- **fulfillments packed**: pack sessions with at least one box closed in the period (a session
  counts once per packer who closed one of its boxes; the total counts each session once).
- **active seconds** and **seconds per unit**: per box, the time from its first counted item scan
  to its carrier label, adding up the gaps between consecutive scans of the pack but leaving out
  any gap longer than `idle` (default 5 minutes: a break, a chat, a missing item fetched from the
  shelf). A gap is credited to whoever made the scan that ends it. Seconds per unit is active
  seconds / units packed (None with no units).
- **wrong items, unknown codes, misreads, over-scans**: error events, when scanned.
- **undos**: PS-CMD:UNDO scans that took a counted scan back.
- **partial shipments**: sessions that ended (canceled, or stopped because Stitch canceled or
  completed the order elsewhere) after shipping at least one box but not all units: orders that
  left short. Credited to whoever made the session's last scan, when the session closed.
- **partial boxes**: boxes closed with units of the order still to ship (the box's `last_box` is
  false in its journaled record), credited like the box.
- **stopped packs**: "Stop packing" (`PS-CMD:CANCEL`, the menu) that took a pack off the bench,
  credited to whoever stopped it, when.
- **rejected shipments**: boxes Stitch refused (even if a supervisor resolved them since),
  credited like the box.

Times are compared as instants; the period's days are local days of the station's zone (see
`packstation.services.periods`). Events whose payload is not a pack event record still count by
their `result` word (errors, undos); only unit attribution needs the record.

One piece (over 450 lines) on purpose: the figures, their series and the single pass over the
journal rows that computes them share one attribution rule; split, they would drift apart.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from packstation.domain.events import RECORD_VERSION, Outcome
from packstation.services.periods import Period, local_midnight
from packstation.store import (
    EventRecord,
    Journal,
    OutboxEntry,
    SessionOutcome,
    SessionRecord,
)

DEFAULT_IDLE = dt.timedelta(minutes=5)
# Sessions opened this long before a period are read too: one may end (as a partial shipment)
# inside the period without any scan in it.
SESSION_LOOKBACK = dt.timedelta(days=1)


class Grouping(StrEnum):
    PACKER = "packer"
    STATION = "station"


class TimeStep(StrEnum):
    HOUR = "hour"
    DAY = "day"


class _Kind(StrEnum):
    FULFILLMENT = "fulfillments_packed"
    BOX = "boxes"
    UNITS = "units_packed"
    ACTIVE = "active_seconds"
    WRONG_ITEM = "wrong_items"
    UNKNOWN_CODE = "unknown_codes"
    MISREAD = "misreads"
    OVER_SCAN = "over_scans"
    UNDO = "undos"
    PARTIAL = "partial_shipments"
    REJECTED = "rejected_shipments"
    PARTIAL_BOX = "partial_boxes"
    STOPPED = "stopped_packs"
    WEIGHT_STOP = "weight_stops"


_MOVING = frozenset({Outcome.COUNTED.value, Outcome.UNDONE.value})

# The journaled `result` word of an event (an error kind or an outcome) -> what it counts as.
_RESULT_KINDS: Mapping[str, _Kind] = {
    "wrong_item": _Kind.WRONG_ITEM,
    "unknown_code": _Kind.UNKNOWN_CODE,
    "misread": _Kind.MISREAD,
    "over_scan": _Kind.OVER_SCAN,
    Outcome.UNDONE.value: _Kind.UNDO,
    Outcome.STOPPED.value: _Kind.STOPPED,
}
# A weighing is journaled as `box_weighed` with the check's verdict: "stop" is a weight stop
# (the gate's lock event is not counted too, nor a label refused while the lock holds).
_WEIGHT_STOP = ("box_weighed", "stop")


@dataclass(frozen=True, slots=True)
class Figures:
    fulfillments_packed: int = 0
    boxes: int = 0
    units_packed: int = 0
    active_seconds: float = 0.0
    wrong_items: int = 0
    unknown_codes: int = 0
    misreads: int = 0
    over_scans: int = 0
    undos: int = 0
    partial_shipments: int = 0
    rejected_shipments: int = 0
    partial_boxes: int = 0
    stopped_packs: int = 0
    weight_stops: int = 0  # boxes the bench scale stopped (each weighing that stopped)

    @property
    def seconds_per_unit(self) -> float | None:
        return self.active_seconds / self.units_packed if self.units_packed > 0 else None


@dataclass(frozen=True, slots=True)
class SeriesPoint:
    """One bar of the chart: an hour or a local day."""

    start: dt.datetime  # in the station's zone
    end: dt.datetime
    label: str  # "08:00" or "2026-11-27"
    figures: Figures


@dataclass(frozen=True, slots=True)
class GroupFigures:
    name: str  # the packer's name or the station's
    figures: Figures
    series: tuple[SeriesPoint, ...]


@dataclass(frozen=True, slots=True)
class FiguresReport:
    period: Period
    by: Grouping
    resolution: TimeStep
    idle: dt.timedelta
    rows: tuple[GroupFigures, ...]  # by name
    total: Figures
    series: tuple[SeriesPoint, ...]  # of the total


@dataclass(frozen=True, slots=True)
class JournalRows:
    """What the figures are computed from: sessions with their events and boxes."""

    sessions: tuple[SessionRecord, ...]
    events: Mapping[str, tuple[EventRecord, ...]]  # by session id, in seq order
    boxes: Mapping[str, tuple[OutboxEntry, ...]]  # by session id


@dataclass(frozen=True, slots=True)
class _Fact:
    at: dt.datetime
    packer: str
    station: str
    kind: _Kind
    amount: float = 1
    session_id: str = ""


def read_rows(journal: Journal, period: Period) -> JournalRows:
    """Every session that may count in `period`, with all of its events and boxes."""
    start, end = period.start, period.end
    by_session: dict[str, list[EventRecord]] = defaultdict(list)
    for event in journal.events_between(start - SESSION_LOOKBACK, end):
        by_session[event.session_id].append(event)
    sessions = {s.id: s for s in journal.sessions_between(start - SESSION_LOOKBACK, end)}
    for session_id, found in by_session.items():
        if session_id not in sessions and found[-1].at >= start:
            sessions[session_id] = journal.session(session_id)
    events: dict[str, tuple[EventRecord, ...]] = {}
    boxes: dict[str, tuple[OutboxEntry, ...]] = {}
    for session_id, session in sessions.items():
        known = by_session.get(session_id, [])
        # A session older than the lookback: read its earlier events too.
        if session.opened_at < start - SESSION_LOOKBACK or not known or known[0].seq != 1:
            events[session_id] = journal.events(session_id)
        else:
            events[session_id] = tuple(sorted(known, key=lambda e: e.seq))
        boxes[session_id] = journal.outbox.for_session(session_id)
    ordered = tuple(sorted(sessions.values(), key=lambda s: (s.opened_at, s.id)))
    return JournalRows(ordered, events, boxes)


def figures(
    journal: Journal,
    period: Period,
    *,
    by: Grouping = Grouping.PACKER,
    idle: dt.timedelta = DEFAULT_IDLE,
    resolution: TimeStep | None = None,
) -> FiguresReport:
    return compute(read_rows(journal, period), period, by=by, idle=idle, resolution=resolution)


def compute(
    rows: JournalRows,
    period: Period,
    *,
    by: Grouping = Grouping.PACKER,
    idle: dt.timedelta = DEFAULT_IDLE,
    resolution: TimeStep | None = None,
) -> FiguresReport:
    """The report of `period`: hourly series for one day, daily for longer (unless given)."""
    if resolution is None:
        resolution = TimeStep.HOUR if period.first_day == period.last_day else TimeStep.DAY
    buckets = _buckets(period, resolution)
    starts = [b[0].astimezone(dt.UTC) for b in buckets]
    total = _Tally(len(buckets))
    groups: dict[str, _Tally] = {}
    start, end = period.start, period.end
    for fact in _facts(rows, idle):
        if not start <= fact.at < end:
            continue
        index = bisect.bisect_right(starts, fact.at) - 1
        name = fact.packer if by is Grouping.PACKER else fact.station
        total.add(fact, index)
        tally = groups.get(name)
        if tally is None:
            tally = groups[name] = _Tally(len(buckets))
        tally.add(fact, index)

    def series(tally: _Tally) -> tuple[SeriesPoint, ...]:
        return tuple(
            SeriesPoint(start, end, label, tally.bucket(i))
            for i, (start, end, label) in enumerate(buckets)
        )

    return FiguresReport(
        period=period,
        by=by,
        resolution=resolution,
        idle=idle,
        rows=tuple(
            GroupFigures(name, tally.overall(), series(tally))
            for name, tally in sorted(groups.items(), key=lambda item: item[0].casefold())
        ),
        total=total.overall(),
        series=series(total),
    )


# -- counting -------------------------------------------------------------------------------


@dataclass
class _Counts:
    sums: dict[_Kind, float] = field(default_factory=lambda: defaultdict(float))
    sessions: set[str] = field(default_factory=set)

    def add(self, fact: _Fact) -> None:
        if fact.kind is _Kind.FULFILLMENT:
            self.sessions.add(fact.session_id)
        else:
            self.sums[fact.kind] += fact.amount

    def figures(self) -> Figures:
        def whole(kind: _Kind) -> int:
            return round(self.sums.get(kind, 0))

        return Figures(
            fulfillments_packed=len(self.sessions),
            boxes=whole(_Kind.BOX),
            units_packed=whole(_Kind.UNITS),
            active_seconds=round(self.sums.get(_Kind.ACTIVE, 0.0), 3),
            wrong_items=whole(_Kind.WRONG_ITEM),
            unknown_codes=whole(_Kind.UNKNOWN_CODE),
            misreads=whole(_Kind.MISREAD),
            over_scans=whole(_Kind.OVER_SCAN),
            undos=whole(_Kind.UNDO),
            partial_shipments=whole(_Kind.PARTIAL),
            rejected_shipments=whole(_Kind.REJECTED),
            partial_boxes=whole(_Kind.PARTIAL_BOX),
            stopped_packs=whole(_Kind.STOPPED),
            weight_stops=whole(_Kind.WEIGHT_STOP),
        )


class _Tally:
    def __init__(self, buckets: int) -> None:
        self._all = _Counts()
        self._buckets = [_Counts() for _ in range(buckets)]

    def add(self, fact: _Fact, index: int) -> None:
        self._all.add(fact)
        self._buckets[index].add(fact)

    def overall(self) -> Figures:
        return self._all.figures()

    def bucket(self, index: int) -> Figures:
        return self._buckets[index].figures()


def _buckets(period: Period, resolution: TimeStep) -> list[tuple[dt.datetime, dt.datetime, str]]:
    zone = period.zone
    if resolution is TimeStep.DAY:
        return [
            (
                local_midnight(day, zone),
                local_midnight(day + dt.timedelta(days=1), zone),
                day.isoformat(),
            )
            for day in period.days
        ]
    # Hours step in real time, so a DST day has 23 or 25 bars, each labelled with its wall clock.
    out: list[tuple[dt.datetime, dt.datetime, str]] = []
    moment, end = period.start.astimezone(dt.UTC), period.end.astimezone(dt.UTC)
    while moment < end:
        following = min(moment + dt.timedelta(hours=1), end)
        local = moment.astimezone(zone)
        label = (
            local.strftime("%H:%M")
            if period.first_day == period.last_day
            else (local.strftime("%Y-%m-%d %H:%M"))
        )
        out.append((local, following.astimezone(zone), label))
        moment = following
    return out


def _facts(rows: JournalRows, idle: dt.timedelta) -> Iterable[_Fact]:
    for session in rows.sessions:
        yield from _session_facts(
            session, rows.events.get(session.id, ()), rows.boxes.get(session.id, ()), idle
        )


@dataclass(frozen=True, slots=True)
class _Moved:
    units: int  # put into (+) or taken out of (-) the box
    undone_seq: int | None


def _moved(record: EventRecord) -> _Moved | None:
    """Units a counted or undone scan moved, from its pack event record (`PackEvent.to_record`).

    Reads only the two fields it needs: decoding whole records is most of the time a week's
    figures take. None for other events and for payloads that are not pack event records.
    """
    if record.result not in _MOVING:
        return None
    payload = record.payload
    try:
        if payload["v"] != RECORD_VERSION:
            return None
        result = payload["result"]
        if result["outcome"] != record.result:
            return None
        units = sum(int(quantity) for _, quantity in result["deltas"])
        undone = result["undone_seq"]
        return _Moved(units, None if undone is None else int(undone))
    except (KeyError, ValueError, TypeError):
        return None  # not a pack event record (an older or foreign writer): count its words only


def _box_units(entry: OutboxEntry) -> int:
    lines: Any = entry.payload.get("line_items") or ()
    try:
        return sum(int(line["quantity"]) for line in lines)
    except (KeyError, ValueError, TypeError):
        return 0


def _session_facts(
    session: SessionRecord,
    events: Sequence[EventRecord],
    boxes: Sequence[OutboxEntry],
    idle: dt.timedelta,
) -> Iterable[_Fact]:
    by_seq = {entry.event_seq: entry for entry in boxes}
    counted_by: dict[int, str] = {}  # seq of a counted scan -> who scanned it
    in_box: dict[str, int] = defaultdict(int)  # units in the open box, by who scanned them
    box_started = False
    previous: EventRecord | None = None

    def fact(event: EventRecord, kind: _Kind, amount: float = 1) -> _Fact:
        return _Fact(event.at, event.packer, event.station, kind, amount, session.id)

    for event in events:
        kind = _RESULT_KINDS.get(event.result)
        if kind is not None:
            yield fact(event, kind)
        elif (event.kind, event.result) == _WEIGHT_STOP:
            yield fact(event, _Kind.WEIGHT_STOP)
        if box_started and previous is not None:
            gap = event.at - previous.at
            if dt.timedelta(0) <= gap <= idle:
                yield fact(event, _Kind.ACTIVE, gap.total_seconds())
        moved = _moved(event)
        if moved is not None and event.result == Outcome.COUNTED:
            box_started = True
            counted_by[event.seq] = event.packer
            in_box[event.packer] += moved.units
        elif moved is not None:
            undone = moved.undone_seq
            who = counted_by.get(undone, event.packer) if undone is not None else event.packer
            in_box[who] += moved.units
        entry = by_seq.pop(event.seq, None)
        if entry is not None:
            yield from _box_facts(event, entry, in_box, session.id)
            in_box.clear()
            counted_by.clear()
            box_started = False
        previous = event
    for entry in by_seq.values():  # a box whose closing event is missing: credit the session
        yield _Fact(entry.created_at, session.packer, session.station, _Kind.BOX, 1, session.id)
        yield _Fact(
            entry.created_at,
            session.packer,
            session.station,
            _Kind.UNITS,
            _box_units(entry),
            session.id,
        )
    if session.closed_at is not None and session.outcome != SessionOutcome.SHIPPED and boxes:
        last = events[-1] if events else None
        yield _Fact(
            session.closed_at,
            last.packer if last is not None else session.packer,
            last.station if last is not None else session.station,
            _Kind.PARTIAL,
            1,
            session.id,
        )


def _box_facts(
    event: EventRecord, entry: OutboxEntry, in_box: Mapping[str, int], session_id: str
) -> Iterable[_Fact]:
    def fact(kind: _Kind, amount: float = 1, packer: str | None = None) -> _Fact:
        return _Fact(event.at, packer or event.packer, event.station, kind, amount, session_id)

    yield fact(_Kind.BOX)
    yield fact(_Kind.FULFILLMENT)
    units = _box_units(entry)
    if sum(in_box.values()) == units and all(n >= 0 for n in in_box.values()):
        for packer, count in in_box.items():
            if count:
                yield fact(_Kind.UNITS, count, packer)
    else:  # the scans do not explain the box (not pack event records): credit the label scan
        yield fact(_Kind.UNITS, units)
    if _partial_box(event):
        yield fact(_Kind.PARTIAL_BOX)
    if entry.rejected_message is not None:
        yield fact(_Kind.REJECTED)


def _partial_box(event: EventRecord) -> bool:
    """The box left units of the order to ship (its record's `last_box` is false)."""
    try:
        return event.payload["result"]["box"]["last_box"] is False
    except (KeyError, TypeError):
        return False


__all__ = [
    "DEFAULT_IDLE",
    "Figures",
    "FiguresReport",
    "GroupFigures",
    "Grouping",
    "JournalRows",
    "SeriesPoint",
    "TimeStep",
    "compute",
    "figures",
    "read_rows",
]
