from __future__ import annotations

import pytest

from packstation.services.pin import hash_pin, verify_pin


def test_right_pin_opens_and_wrong_pin_does_not() -> None:
    stored = hash_pin("4821")
    assert "4821" not in stored
    assert verify_pin("4821", stored)
    assert not verify_pin("4822", stored)


def test_same_pin_hashes_differently_each_time() -> None:
    assert hash_pin("4821") != hash_pin("4821")


@pytest.mark.parametrize("bad", ["", "12", "abcd", "12 34"])
def test_short_or_non_digit_pins_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="at least 4 digits"):
        hash_pin(bad)


@pytest.mark.parametrize("stored", ["", "plain", "scrypt$1$2$3$%%%$%%%", "md5$a$b$c$d$e"])
def test_a_damaged_hash_never_matches(stored: str) -> None:
    assert not verify_pin("4821", stored)
