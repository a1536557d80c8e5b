"""The one banner rule: what every pack event shows, which errors lock and what clears them.

The banner always shows the latest outcome: its state is a function of the last event alone (and
of whether the session is locked after it), so a success always replaces an earlier error that did
not lock, and a lock is shown until the event that lifts it. Errors the service layer answers
without an event (a label already on another box, another order's slip) are `ERROR`: red, not
locked, replaced by whatever comes next.
"""

from __future__ import annotations

from enum import StrEnum

from packstation.domain.events import ErrorKind, Notice, Outcome, PackEvent, SessionState


class BannerKind(StrEnum):
    READY = "ready"  # neutral: what to do next
    OK = "ok"  # green tick, ok sound
    DONE = "done"  # a box shipped: double tick, chime
    WARNING = "warning"  # amber, two-tone
    ERROR = "error"  # red, error sound, no lock (the service's refusals)
    ERROR_LOCKED = "error_locked"  # red, error sound on every refused scan until released
    MISREAD = "misread"  # buzz, "Scan again": nothing counted, no lock


class Release(StrEnum):
    """What lifts a lock."""

    ACK = "ack"  # PS-CMD:ACK or Esc
    RIGHT_LABEL = "right_label"  # a label of the order's carrier closes the box
    SHIP_OVERRIDE = "ship_override"  # PS-CMD:SHIP ships the flagged label (journaled)
    STOP = "stop"  # stopping the pack


_ACK_OR_STOP = frozenset({Release.ACK, Release.STOP})
_LABEL = frozenset({Release.ACK, Release.STOP, Release.RIGHT_LABEL, Release.SHIP_OVERRIDE})

# Every error kind: what releases it. MISREAD never locks (old journals recorded it as a lock;
# ACK releases those).
RELEASES: dict[ErrorKind, frozenset[Release]] = {
    kind: _LABEL if kind in (ErrorKind.WRONG_CARRIER, ErrorKind.UNKNOWN_LABEL) else _ACK_OR_STOP
    for kind in ErrorKind
}
LOCKING: frozenset[ErrorKind] = frozenset(ErrorKind) - {ErrorKind.MISREAD}

OUTCOME_BANNER: dict[Outcome, BannerKind] = {
    Outcome.COUNTED: BannerKind.OK,
    Outcome.UNDONE: BannerKind.WARNING,
    Outcome.QTY_SET: BannerKind.OK,
    Outcome.QTY_CLEARED: BannerKind.OK,
    Outcome.ERROR: BannerKind.ERROR_LOCKED,
    Outcome.REFUSED: BannerKind.ERROR_LOCKED,
    Outcome.ACKNOWLEDGED: BannerKind.READY,
    Outcome.NOTICE: BannerKind.READY,
    Outcome.READY_FOR_LABEL: BannerKind.OK,
    Outcome.BOX_COMPLETE: BannerKind.DONE,
    Outcome.STOPPED: BannerKind.WARNING,
    Outcome.STOP_ARMED: BannerKind.WARNING,
    Outcome.MISREAD: BannerKind.MISREAD,
    Outcome.WEIGHED: BannerKind.OK,
    Outcome.TAKEOVER_ASKED: BannerKind.WARNING,
    Outcome.TAKEN_OVER: BannerKind.OK,
    Outcome.STATION: BannerKind.OK,
    Outcome.CLOSED: BannerKind.WARNING,
}
_NOTICE_BANNER: dict[Notice, BannerKind] = {Notice.FINISH_BOX_FIRST: BannerKind.WARNING}


def banner_for(event: PackEvent) -> BannerKind:
    """The banner after `event`: its outcome's state, unless a lock is still up after it."""
    if event.after.state is SessionState.LOCKED:
        return BannerKind.ERROR_LOCKED
    result = event.result
    if result.outcome is Outcome.BOX_COMPLETE and result.box is not None:
        flagged = result.box.carrier_warning or result.box.override is not None
        return BannerKind.WARNING if flagged else BannerKind.DONE
    if result.outcome is Outcome.ERROR and result.error is not None:
        # Only an old journal's misread gets here unlocked; a new one is Outcome.MISREAD.
        return BannerKind.ERROR_LOCKED if result.error.kind in LOCKING else BannerKind.MISREAD
    if result.outcome is Outcome.NOTICE and result.notice is not None:
        return _NOTICE_BANNER.get(result.notice, BannerKind.READY)
    return OUTCOME_BANNER[result.outcome]


def next_banner(current: BannerKind, event: PackEvent) -> BannerKind:
    """The transition: whatever `current` was, the latest event decides (no stale red)."""
    del current  # the rule is memoryless on purpose: the banner shows the latest outcome
    return banner_for(event)


def locks(kind: ErrorKind) -> bool:
    return kind in LOCKING


def released_by(kind: ErrorKind) -> frozenset[Release]:
    return RELEASES[kind]


__all__ = [
    "LOCKING",
    "OUTCOME_BANNER",
    "RELEASES",
    "BannerKind",
    "Release",
    "banner_for",
    "locks",
    "next_banner",
    "released_by",
]
