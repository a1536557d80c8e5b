"""Sign-in rules: a slip opens only for a packer (unless the station allows anonymous packing), a
badge mid-box asks or is refused, and idle time signs the packer out."""

from __future__ import annotations

import datetime as dt

import pytest

from packstation.domain.signin import (
    IDLE_SIGN_OUT,
    BadgeDecision,
    BadgePolicy,
    badge_decision,
    idle_signed_out,
    may_open_slip,
    sign_out_due,
)

T0 = dt.datetime(2026, 11, 27, 8, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize("packer", [None, "", "  "])
def test_a_slip_does_not_open_with_nobody_signed_in(packer: str | None) -> None:
    gate = may_open_slip(packer)
    assert not gate.allowed
    assert gate.verdict == "SIGN IN FIRST"


def test_a_slip_opens_for_a_packer_or_on_an_anonymous_station() -> None:
    assert may_open_slip("ada").allowed
    assert may_open_slip(None, allow_anonymous=True).allowed


@pytest.mark.parametrize(
    ("current", "badge", "open_", "units", "policy", "asked", "decision"),
    [
        (None, "bob", True, 3, BadgePolicy.ASK, None, BadgeDecision.SIGN_IN),
        ("ada", "bob", False, 0, BadgePolicy.REFUSE, None, BadgeDecision.SIGN_IN),
        ("ada", " Ada ", True, 3, BadgePolicy.REFUSE, None, BadgeDecision.SIGN_IN),
        ("ada", "bob", True, 0, BadgePolicy.REFUSE, None, BadgeDecision.TAKE_OVER),
        ("ada", "bob", True, 3, BadgePolicy.ASK, None, BadgeDecision.ASK),
        ("ada", "bob", True, 3, BadgePolicy.ASK, "bob", BadgeDecision.TAKE_OVER),
        ("ada", "bob", True, 3, BadgePolicy.ASK, "cy", BadgeDecision.ASK),
        ("ada", "bob", True, 3, BadgePolicy.REFUSE, "bob", BadgeDecision.REFUSE),
    ],
)
def test_badge_decisions(
    current: str | None,
    badge: str,
    open_: bool,
    units: int,
    policy: BadgePolicy,
    asked: str | None,
    decision: BadgeDecision,
) -> None:
    assert badge_decision(current, badge, open_, units, policy, asked) is decision


def test_idle_sign_out_after_fifteen_minutes_by_default() -> None:
    assert dt.timedelta(minutes=15) == IDLE_SIGN_OUT
    assert not idle_signed_out(T0, T0 + dt.timedelta(minutes=14, seconds=59))
    assert idle_signed_out(T0, T0 + dt.timedelta(minutes=15))
    assert not idle_signed_out(None, T0)
    assert idle_signed_out(T0, T0 + dt.timedelta(minutes=5), dt.timedelta(minutes=5))
    assert sign_out_due(T0) == T0 + IDLE_SIGN_OUT
    assert sign_out_due(None) is None
