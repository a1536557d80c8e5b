"""The window's side of the station's words: re-wording screens built once when the language
changes. The translators, languages, plurals and formats are `packstation.i18n` (QtCore only, so
printing and the command line share them); they are re-exported here for the window's modules.

Installing a language makes Qt send `QEvent.LanguageChange` to every widget; `retranslate_tree`
re-words a widget tree's texts from what the installed translator last answered, so screens built
once follow the packer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from packstation.i18n import (
    PSEUDO,
    QT_TRANSLATE_NOOP,
    SHIPPED,
    StationTranslator,
    current_language,
    current_translator,
    date,
    date_time,
    fill,
    install_language,
    language_code,
    number,
    plural,
    pseudo,
    sentence,
    translate_for,
    translator,
    weight,
)

_TEXT_PROPERTIES = ("windowTitle", "toolTip", "placeholderText", "text", "title", "labelText")


def _source_of(words: str) -> tuple[str, str, str | None, int] | None:
    station = current_translator()
    return station.answered.get(words) if station is not None else None


def retranslate_tree(root: QObject) -> None:
    """Re-word every plain text under `root` that came from a translation (on LanguageChange).

    A text is re-worded when this station's translator answered it (in any earlier language) as a
    whole; texts with values filled in are re-made by their owners (banner, pack view).
    """
    for obj in [root, *root.findChildren(QObject)]:
        if isinstance(obj, QWidget | QAction | QMenu):
            for name in _TEXT_PROPERTIES:
                value = obj.property(name)
                if not isinstance(value, str) or not value:
                    continue
                found = _source_of(value)
                if found is None:
                    continue
                context, source, disambiguation, n = found
                words = QCoreApplication.translate(context, source, disambiguation, n)
                if words != value:
                    obj.setProperty(name, words)
        if isinstance(obj, QAbstractItemView) and obj.model() is not None:
            model = obj.model()
            count = model.columnCount()
            if count:
                model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, count - 1)


__all__ = [
    "PSEUDO",
    "QT_TRANSLATE_NOOP",
    "SHIPPED",
    "StationTranslator",
    "current_language",
    "current_translator",
    "date",
    "date_time",
    "fill",
    "install_language",
    "language_code",
    "number",
    "plural",
    "pseudo",
    "retranslate_tree",
    "sentence",
    "translate_for",
    "translator",
    "weight",
]
