"""The spans of time supervisors ask about: today, this week, a range of days, in the station's
zone.

A day runs from local midnight to the next local midnight (23 or 25 hours across a DST change). A
week starts on Monday (ISO 8601), and "this week" is the whole week, Monday to Sunday, so a chart
of it always has seven days. Ranges of days include both the first and the last day.
"""

from __future__ import annotations

import datetime as dt
import logging
import zoneinfo
from dataclasses import dataclass

log = logging.getLogger(__name__)


def station_zone(name: str = "") -> dt.tzinfo:
    """The IANA zone `name` (the station's `time_zone` setting), or the computer's own zone."""
    if name:
        try:
            return zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            log.warning("unknown time zone %r: using the computer's", name)
    zone = dt.datetime.now().astimezone().tzinfo
    return zone if zone is not None else dt.UTC


def local_midnight(day: dt.date, zone: dt.tzinfo) -> dt.datetime:
    # Through UTC and back: gives the real offset of that midnight (fold 0 when ambiguous).
    naive = dt.datetime.combine(day, dt.time())
    return naive.replace(tzinfo=zone).astimezone(dt.UTC).astimezone(zone)


@dataclass(frozen=True, slots=True)
class Period:
    """Whole local days `first_day`..`last_day`: the instants in [start, end)."""

    first_day: dt.date
    last_day: dt.date
    zone: dt.tzinfo
    label: str

    # In UTC: Python compares and subtracts datetimes of one zone by wall clock, which is wrong
    # across a DST change; instants in UTC are always right.
    @property
    def start(self) -> dt.datetime:
        return local_midnight(self.first_day, self.zone).astimezone(dt.UTC)

    @property
    def end(self) -> dt.datetime:
        return local_midnight(self.last_day + dt.timedelta(days=1), self.zone).astimezone(dt.UTC)

    @property
    def days(self) -> tuple[dt.date, ...]:
        count = (self.last_day - self.first_day).days + 1
        return tuple(self.first_day + dt.timedelta(days=i) for i in range(count))

    def contains(self, moment: dt.datetime) -> bool:
        return self.start <= moment < self.end


def days(first: dt.date, last: dt.date, zone: dt.tzinfo, *, label: str = "") -> Period:
    """The local days `first` to `last`, both included."""
    if last < first:
        raise ValueError(f"the range ends ({last}) before it starts ({first})")
    if not label:
        label = first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"
    return Period(first, last, zone, label)


def today(zone: dt.tzinfo, now: dt.datetime) -> Period:
    """The local day that contains `now`."""
    day = now.astimezone(zone).date()
    return days(day, day, zone, label=f"today, {day.isoformat()}")


def this_week(zone: dt.tzinfo, now: dt.datetime) -> Period:
    """Monday to Sunday of the local week that contains `now`."""
    day = now.astimezone(zone).date()
    monday = day - dt.timedelta(days=day.weekday())
    return days(monday, monday + dt.timedelta(days=6), zone, label=f"week of {monday.isoformat()}")


__all__ = ["Period", "days", "local_midnight", "station_zone", "this_week", "today"]
