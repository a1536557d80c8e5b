"""Packer badges decode to `PS-USER:<name>`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from packstation import printing

pytestmark = pytest.mark.usefixtures("qapp")

Decode = Callable[[Path], list[list[str]]]


def test_badges_sign_in_as_their_packer_eight_to_a_page(tmp_path: Path, decode_pdf: Decode) -> None:
    names = ["Maria", "Sam", "Li Wei", "Anna-Lena", "Bob", "Chen", "Dee", "Eve", "Frank"]
    printed = printing.write_badges_pdf(names, tmp_path / "badges.pdf")
    assert printed.path is not None
    pages = decode_pdf(printed.path)
    assert [len(page) for page in pages] == [8, 1]
    assert sorted(code for page in pages for code in page) == sorted(
        f"PS-USER:{name}" for name in names
    )


def test_a_name_a_scanner_cannot_type_is_substituted_and_reported(
    tmp_path: Path, decode_pdf: Decode
) -> None:
    printed = printing.write_badges_pdf(["José  García "], tmp_path / "badges.pdf")
    assert printed.path is not None
    assert decode_pdf(printed.path) == [["PS-USER:Jose Garcia"]]
    assert printed.substitutions == (
        printing.Substitution("PS-USER:José García", "PS-USER:Jose Garcia"),
    )


def test_blank_name_is_refused() -> None:
    with pytest.raises(ValueError, match="name"):
        printing.badges(["  "])
