"""Who packs: when a slip may open, what a badge scanned mid-pack does, when idle signs out.

Pure rules over plain values (names, counts, times passed in): the service layer asks them, the
session journals what they decided (`Outcome.TAKEN_OVER` names both packers).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

IDLE_SIGN_OUT = dt.timedelta(minutes=15)  # machine setting's default


class BadgePolicy(StrEnum):
    """Machine setting: what another packer's badge does while a box is being packed."""

    ASK = "ask"  # the same badge scanned again (or the UI's confirm) takes the pack over
    REFUSE = "refuse"  # refused until the box closes


class BadgeDecision(StrEnum):
    SIGN_IN = "sign_in"  # no pack of someone else's in the way: the badge signs in
    TAKE_OVER = "take_over"  # the badge's packer packs on from here (journaled)
    ASK = "ask"  # ask first: "scan your badge again to take over this pack"
    REFUSE = "refuse"  # "finish this box first"


@dataclass(frozen=True, slots=True)
class SlipGate:
    allowed: bool
    verdict: str = ""  # why not, in capitals: "SIGN IN FIRST"
    detail: str = ""


def may_open_slip(packer: str | None, *, allow_anonymous: bool = False) -> SlipGate:
    """Whether a packing slip may open now: by default only with a packer signed in."""
    if (packer or "").strip() or allow_anonymous:
        return SlipGate(True)
    return SlipGate(False, "SIGN IN FIRST", "Scan your badge (PS-USER) before the packing slip")


def badge_decision(
    current: str | None,
    badge: str,
    pack_open: bool,
    units_in_box: int,
    policy: BadgePolicy = BadgePolicy.ASK,
    asked: str | None = None,
) -> BadgeDecision:
    """What a `PS-USER:<badge>` scan does, given who is signed in and the pack in progress.

    `asked` is the badge a previous scan asked about: the same badge again is the packer's yes.
    An empty box (nothing counted since the last box shipped) changes hands without a question.
    """
    if not pack_open or not (current or "").strip() or _same(current or "", badge):
        return BadgeDecision.SIGN_IN
    if units_in_box == 0:
        return BadgeDecision.TAKE_OVER
    if policy is BadgePolicy.REFUSE:
        return BadgeDecision.REFUSE
    if asked is not None and _same(asked, badge):
        return BadgeDecision.TAKE_OVER
    return BadgeDecision.ASK


def idle_signed_out(
    last_scan_at: dt.datetime | None, now: dt.datetime, idle: dt.timedelta = IDLE_SIGN_OUT
) -> bool:
    """True when the packer has gone `idle` without a scan and is to be signed out."""
    if last_scan_at is None:
        return False
    return now - last_scan_at >= idle


def sign_out_due(
    last_scan_at: dt.datetime | None, idle: dt.timedelta = IDLE_SIGN_OUT
) -> dt.datetime | None:
    """When the idle sign-out falls due (for a timer), None when nobody has scanned yet."""
    return None if last_scan_at is None else last_scan_at + idle


def _same(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


__all__ = [
    "IDLE_SIGN_OUT",
    "BadgeDecision",
    "BadgePolicy",
    "SlipGate",
    "badge_decision",
    "idle_signed_out",
    "may_open_slip",
    "sign_out_due",
]
