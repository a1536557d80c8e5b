"""Verdict first: every error and outcome has a short verdict in capitals and a full detail line."""

from __future__ import annotations

import pytest
from session_helpers import MUG_GTIN, new, product, text

from packstation.domain.events import ErrorKind, Notice, Outcome, PackError
from packstation.domain.verdicts import (
    ERROR_VERDICTS,
    NOTICE_VERDICTS,
    OUTCOME_VERDICTS,
    error_words,
    event_words,
)

ALL = [*ERROR_VERDICTS.values(), *NOTICE_VERDICTS.values(), *OUTCOME_VERDICTS.values()]


def test_every_error_notice_and_outcome_has_a_verdict() -> None:
    assert set(ERROR_VERDICTS) == set(ErrorKind)
    assert set(NOTICE_VERDICTS) == set(Notice)
    assert set(OUTCOME_VERDICTS) == set(Outcome) - {Outcome.ERROR, Outcome.NOTICE}


@pytest.mark.parametrize("verdict", ALL)
def test_verdicts_are_short_capitals(verdict: str) -> None:
    assert verdict == verdict.upper()
    assert 0 < len(verdict) <= 24


def test_the_items_full_name_is_the_detail_never_cut() -> None:
    name = "Bottled ink, black, 30 ml, for fountain pens with a converter, refill pack of three"
    error = PackError(ErrorKind.WRONG_ITEM, "0123", "INK", name)
    words = error_words(error)
    assert (words.verdict, words.detail) == ("NOT IN THIS ORDER", name)


def test_event_words_for_errors_and_counts() -> None:
    packer = new()
    assert event_words(packer(product(MUG_GTIN))).verdict == "OK"
    wrong = event_words(packer(text("NOPE")))
    assert wrong.verdict == "UNKNOWN CODE"
    assert "NOPE" in wrong.detail
