"""The window's words: Qt's translation by context, and the two helpers that put values into them.

Templates keep Qt's `%1`, `%2` placeholders so translators see the same strings as with `tr()`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def translator(context: str) -> Callable[[str], str]:
    """`_tr = translator("PackView")`: the module's `tr()` for its translation context."""

    def tr(text: str) -> str:
        return QCoreApplication.translate(context, text)

    return tr


def fill(template: str, *values: object) -> str:
    """`fill("Not counted: %1", code)`: Qt's %1…%n placeholders, in order."""
    for i, v in enumerate(values, start=1):
        template = template.replace(f"%{i}", str(v))
    return template


def sentence(text: str) -> str:
    """The first letter up: a line of the banner starts a sentence."""
    return text[:1].upper() + text[1:]


__all__ = ["fill", "sentence", "translator"]


def plural(context: str, text: str, n: int, *, one: str) -> str:
    """A count in words: `plural("Outbox", "%n boxes waiting", n, one="%n box waiting")`.

    `text` goes through Qt's numerus translation (`translate(context, text, None, n)`), so a
    translation can carry every plural form of its language; with none installed, English's two
    forms are chosen here (`one` for exactly 1).
    """
    translated = QCoreApplication.translate(context, text, None, n)
    if translated == text.replace("%n", str(n)) and n == 1:
        return one.replace("%n", str(n))
    return translated
