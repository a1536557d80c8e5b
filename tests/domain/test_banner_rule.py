"""One banner rule: every pack outcome maps to one banner state, the latest outcome always shows
(a success replaces an error that did not lock), and a lock shows until what releases it."""

from __future__ import annotations

import itertools

import pytest
from session_helpers import (
    ACK,
    CANCEL,
    MUG_GTIN,
    SHIP,
    TEA,
    TEA_GTIN,
    UPS_LABEL,
    Packer,
    cmd,
    misread,
    new,
    product,
    qty,
    text,
)

from packstation.domain.banner_rule import (
    LOCKING,
    OUTCOME_BANNER,
    BannerKind,
    Release,
    banner_for,
    locks,
    next_banner,
    released_by,
)
from packstation.domain.events import ErrorKind, Outcome, PackEvent
from packstation.domain.scans import Carrier, CommandName


def _fedex(**options: object) -> Packer:
    fields: dict[str, object] = {"expected_carrier": Carrier.FEDEX}
    fields.update(options)
    packer = new(TEA, packer="ada", **fields)
    packer(product(TEA_GTIN))
    return packer


def _events() -> dict[str, tuple[PackEvent, BannerKind]]:
    """One real event per banner-relevant outcome, with the banner it must give."""
    found: dict[str, tuple[PackEvent, BannerKind]] = {}
    p = new()
    found["counted"] = (p(product(MUG_GTIN)), BannerKind.OK)
    found["undone"] = (p(cmd(CommandName.UNDO)), BannerKind.WARNING)
    found["qty"] = (p(qty(2)), BannerKind.OK)
    found["qty cleared"] = (p(cmd(CommandName.UNDO)), BannerKind.OK)
    found["misread"] = (p(misread()), BannerKind.MISREAD)
    found["wrong item"] = (p(text("NOPE")), BannerKind.ERROR_LOCKED)
    found["refused"] = (p(product(MUG_GTIN)), BannerKind.ERROR_LOCKED)
    found["signed in while locked"] = (p(cmd(CommandName.STATUS, "x")), BannerKind.ERROR_LOCKED)
    found["ack"] = (p(ACK), BannerKind.READY)
    found["nothing to ack"] = (p(ACK), BannerKind.READY)
    p(product(MUG_GTIN))
    found["stop armed"] = (p(CANCEL), BannerKind.WARNING)
    found["stopped"] = (p(CANCEL), BannerKind.WARNING)
    found["closed"] = (p(product(MUG_GTIN)), BannerKind.WARNING)
    p = new(TEA)
    found["signed in"] = (p(cmd(CommandName.USER, "ada")), BannerKind.OK)
    p(product(TEA_GTIN))
    found["ready for label"] = (p(SHIP), BannerKind.OK)
    found["box shipped"] = (p(UPS_LABEL), BannerKind.DONE)
    p = _fedex()
    found["wrong carrier"] = (p(UPS_LABEL), BannerKind.ERROR_LOCKED)
    found["override"] = (p(SHIP), BannerKind.WARNING)
    p = _fedex(carrier_mismatch_locks=False)
    found["carrier warning"] = (p(UPS_LABEL), BannerKind.WARNING)
    p = _fedex(unknown_label_needs_approval=True)
    found["unknown label"] = (p(text("PX1")), BannerKind.ERROR_LOCKED)
    found["approval required"] = (p(SHIP), BannerKind.ERROR_LOCKED)
    p = new(packer="ada")
    p(product(MUG_GTIN))
    found["takeover asked"] = (p(cmd(CommandName.USER, "bob")), BannerKind.WARNING)
    found["taken over"] = (p(cmd(CommandName.USER, "bob")), BannerKind.OK)
    return found


EVENTS = _events()


@pytest.mark.parametrize("name", sorted(EVENTS))
def test_every_outcome_has_its_banner(name: str) -> None:
    event, banner = EVENTS[name]
    assert banner_for(event) is banner


@pytest.mark.parametrize(
    ("current", "name"), list(itertools.product(list(BannerKind), sorted(EVENTS)))
)
def test_every_transition_shows_the_latest_outcome(current: BannerKind, name: str) -> None:
    event, banner = EVENTS[name]
    assert next_banner(current, event) is banner


def test_a_good_label_after_a_non_locking_error_shows_done_not_red() -> None:
    # The service's "label already on another box" is red but not a lock (BannerKind.ERROR).
    event, _ = EVENTS["box shipped"]
    assert next_banner(BannerKind.ERROR, event) is BannerKind.DONE


def test_every_outcome_is_in_the_table() -> None:
    assert set(OUTCOME_BANNER) == set(Outcome)


def test_which_errors_lock_and_what_releases_them() -> None:
    assert not locks(ErrorKind.MISREAD)
    for kind in (ErrorKind.WRONG_ITEM, ErrorKind.OVER_SCAN, ErrorKind.WRONG_CARRIER):
        assert kind in LOCKING
    assert released_by(ErrorKind.WRONG_ITEM) == {Release.ACK, Release.STOP}
    assert released_by(ErrorKind.WRONG_CARRIER) == {
        Release.ACK,
        Release.STOP,
        Release.RIGHT_LABEL,
        Release.SHIP_OVERRIDE,
    }
