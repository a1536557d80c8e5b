"""The feedback banner says each state with an icon and words, not colour alone, and an error stays
until it is acknowledged."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from packstation.ui import theme
from packstation.ui.banner import MISREAD_BG, BannerState, Feedback, FeedbackBanner


@pytest.fixture
def banner(qtbot: QtBot) -> FeedbackBanner:
    b = FeedbackBanner()
    qtbot.addWidget(b)
    b.resize(1200, b.height())
    b.show()
    return b


def colour_at_left_edge(b: FeedbackBanner) -> QColor:
    return b.grab().toImage().pixelColor(b.width() - 3, 2)


def test_ready_invites_a_packing_slip(banner: FeedbackBanner) -> None:
    assert banner.state is BannerState.READY
    assert "Scan a packing slip" in banner.text()


@pytest.mark.parametrize(
    ("state", "icon", "colour"),
    [
        (BannerState.OK, "✓", theme.OK_BG),
        (BannerState.DONE, "✓✓", theme.DONE_BG),
        (BannerState.WARNING, "⚠", theme.WARN_BG),
        (BannerState.ERROR, "✗", theme.ERROR_BG),
        (BannerState.ERROR_LOCKED, "✗", theme.ERROR_BG),
        (BannerState.MISREAD, "↻", MISREAD_BG),
    ],
)
def test_every_state_has_icon_words_and_colour(
    banner: FeedbackBanner, state: BannerState, icon: str, colour: QColor
) -> None:
    banner.show_feedback(Feedback(state, "Blue mug, 12 oz   2 of 2", "next: scan items"))
    assert banner.text().startswith(icon + "  ")
    assert "Blue mug, 12 oz   2 of 2" in banner.text()
    assert "next: scan items" in banner.text()
    assert banner.accessibleName().endswith("Blue mug, 12 oz   2 of 2")
    assert colour_at_left_edge(banner) == colour


def test_states_differ_in_more_than_colour(banner: FeedbackBanner) -> None:
    seen = set()
    for state in BannerState:
        banner.acknowledge()
        banner.show_feedback(Feedback(state, "x"))
        seen.add((banner.icon, banner.accessibleName().split(":")[0]))
    assert len(seen) == len(BannerState)


def test_a_locked_error_stays_until_acknowledged(banner: FeedbackBanner, qtbot: QtBot) -> None:
    banner.show_feedback(
        Feedback(BannerState.ERROR_LOCKED, "Wrong item: TEA-EARL", "Scan PS-CMD:ACK or press Esc")
    )
    banner.show_feedback(Feedback(BannerState.OK, "Stitch is back"))
    assert banner.state is BannerState.ERROR_LOCKED
    assert "Wrong item: TEA-EARL" in banner.text()
    banner.show_feedback(Feedback(BannerState.ERROR_LOCKED, "Wrong item: CAP-BLK"))  # newer shows
    assert "CAP-BLK" in banner.text()
    with qtbot.waitSignal(banner.acknowledged, timeout=1000):
        banner.acknowledge()
    assert banner.state is BannerState.OK  # what was held back comes through
    assert "Stitch is back" in banner.text()
    banner.acknowledge()  # nothing to acknowledge: no change
    assert banner.state is BannerState.OK


def test_an_error_that_does_not_lock_gives_way_to_the_next_outcome(banner: FeedbackBanner) -> None:
    banner.show_feedback(Feedback(BannerState.ERROR, "LABEL ALREADY USED", "On another box"))
    assert banner.is_red
    assert not banner.needs_acknowledgement
    banner.show_feedback(Feedback(BannerState.DONE, "BOX SHIPPED"))
    assert banner.state is BannerState.DONE


def test_the_height_never_changes_with_the_message(banner: FeedbackBanner) -> None:
    h = banner.height()
    banner.show_feedback(Feedback(BannerState.ERROR, "x" * 500, "y" * 500))
    assert banner.height() == h
    assert all(part.fits() for part in banner.fitted())  # shrunk and broken, never elided
