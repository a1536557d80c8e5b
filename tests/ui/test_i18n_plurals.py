"""Counts in words use Qt's numerus forms (issue 11 item 15): "1 box waiting" in English, and
every plural form of the language where one is shipped (Polish has three). Before the extraction
learnt `plural()`, no such string reached a .ts file and every language said it in English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from packstation.ui.i18n import install_language, plural


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    install_language("en")


def _boxes(n: int) -> str:
    return plural("OutboxView", "%n boxes waiting", n, one="%n box waiting")


def test_english_says_one_box_and_two_boxes(qapp: object) -> None:
    install_language("en")
    assert _boxes(1) == "1 box waiting"
    assert _boxes(2) == "2 boxes waiting"


def test_polish_has_its_three_forms_and_german_its_two(qapp: object) -> None:
    install_language("pl")
    assert [_boxes(n) for n in (1, 3, 5)] == [
        "1 karton czeka",
        "3 kartony czekają",
        "5 kartonów czeka",
    ]
    install_language("de")
    assert _boxes(1) == "1 Karton wartet"
    assert _boxes(4) == "4 Kartons warten"
    assert plural(
        "PackingController", "Put these %n units back: %1", 1, one="Put this unit back: %1"
    ).startswith("Diesen 1 Artikel")
