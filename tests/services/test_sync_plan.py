"""Jittered sync timers and the poll's watermark (pure: no Stitch needed)."""

from __future__ import annotations

import datetime as dt
import random

from packstation.services.sync_plan import SyncSchedule, Watermark

T0 = dt.datetime(2026, 12, 2, 9, 0, 0, tzinfo=dt.UTC)


def test_polls_come_every_30_to_60_seconds_and_stations_drift_apart() -> None:
    a = SyncSchedule(poll_s=30, poll_max_s=None, full_s=3600, catalog_s=3600, rng=random.Random(1))
    b = SyncSchedule(poll_s=30, poll_max_s=None, full_s=3600, catalog_s=3600, rng=random.Random(2))
    delays = [a.poll_delay() for _ in range(500)]
    assert all(30 <= d <= 60 for d in delays)
    assert max(delays) - min(delays) > 20  # spread over the range, not one fixed interval
    assert [a.poll_delay() for _ in range(5)] != [b.poll_delay() for _ in range(5)]


def test_the_poll_range_is_a_setting() -> None:
    schedule = SyncSchedule(poll_s=10, poll_max_s=15, full_s=3600, catalog_s=3600)
    assert all(10 <= schedule.poll_delay() <= 15 for _ in range(200))


def test_the_full_resync_is_hourly_plus_or_minus_ten_percent() -> None:
    dues = []
    for seed in range(200):
        schedule = SyncSchedule(
            poll_s=30, poll_max_s=60, full_s=3600, catalog_s=3600, rng=random.Random(seed)
        )
        assert schedule.full_due(T0)  # nothing loaded yet
        schedule.full_done(T0)
        assert schedule.next_full is not None
        dues.append((schedule.next_full - T0).total_seconds())
        assert not schedule.full_due(T0 + dt.timedelta(seconds=3239))
        assert schedule.full_due(T0 + dt.timedelta(seconds=3961))
    assert all(3240 <= d <= 3960 for d in dues)
    assert max(dues) - min(dues) > 300


def test_a_boundary_with_microseconds_is_not_read_again() -> None:
    mark = Watermark()
    stamp = T0.replace(microsecond=123456)
    mark.saw([stamp, stamp, T0], server_time=None)
    assert mark.since(T0) == stamp + dt.timedelta(microseconds=1)


def test_a_whole_second_boundary_is_read_again_until_stitchs_clock_passed_it() -> None:
    mark = Watermark()
    mark.saw([T0, T0, T0], server_time=T0)  # Stitch may still stamp more with this second
    assert mark.since(T0) == T0
    # Stitch's clock had passed that second before this poll read anything.
    mark.saw([T0], server_time=T0 + dt.timedelta(seconds=1))
    assert mark.since(T0) == T0 + dt.timedelta(microseconds=1)


def test_a_boundary_our_clock_says_is_long_past_is_not_read_again() -> None:
    mark = Watermark()
    mark.saw([T0], server_time=None)
    assert mark.since(T0 + dt.timedelta(seconds=30)) == T0
    assert mark.since(T0 + dt.timedelta(minutes=6)) == T0 + dt.timedelta(microseconds=1)


def test_a_newer_change_moves_the_watermark_and_reopens_it() -> None:
    mark = Watermark()
    mark.saw([T0.replace(microsecond=5)], server_time=None)
    later = T0 + dt.timedelta(seconds=3)
    mark.saw([later], server_time=later)
    assert mark.since(later) == later
