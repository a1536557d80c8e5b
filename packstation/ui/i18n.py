"""The window's words: Qt's translation by context, the language installed now, and QLocale formats.

Templates keep Qt's `%1`, `%2` placeholders so translators see the same strings as with `tr()`.
Strings are extracted by `pyside6-lupdate` (`scripts/i18n.sh update`): it sees `self.tr(...)`,
`QCoreApplication.translate(...)` and `QT_TRANSLATE_NOOP(...)`; calls of the `_tr` helper are
spelled out as `QCoreApplication.translate("Context", ...)` for it (scripts/i18n_tool.py).

One `StationTranslator` is installed at a time (`install_language`). It answers from the shipped
`.qm` of the language, or, for the code `pseudo`, makes every string accented and 40 % longer from
the source text itself (nothing hand-written, always in step with the sources). Installing a new
one makes Qt send `QEvent.LanguageChange` to every widget; `retranslate_tree` re-words a widget
tree's texts from what this translator last answered, so screens built once follow the packer.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
SHIPPED = ("es", "pl", "de")  # translated in resources/i18n/packstation_<code>.ts
SOURCE = "en"  # the sources' own language: no translation file
PSEUDO = "pseudo"  # accented and 40 % longer, made from the sources at run time


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for extraction in `context`; it is translated where it is shown."""
    return text


def translator(context: str) -> Callable[[str], str]:
    """`_tr = translator("PackView")`: the module's `tr()` for its translation context.

    lupdate alone would give `_tr("…")` no context; `scripts/i18n.sh update` spells each call out
    with this module-level assignment's context, so the helper's call sites stay as they are.
    """

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


# -- the language ---------------------------------------------------------------------------------
_ACCENTS = str.maketrans("aceinoSuyzACEINOUYZ", "àçéîñöŠüýžÀÇÉÎÑÖÜÝŽ")


def pseudo(text: str) -> str:
    """Accented and about 40 % longer; `%1`, `%n`, `&`-shortcuts and `<tags>` kept as they are."""
    out: list[str] = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "%" and i + 1 < len(text) and (text[i + 1].isdigit() or text[i + 1] == "n"):
            out.append(text[i : i + 2])
            i += 2
            continue
        if c == "<":
            end = text.find(">", i)
            if end != -1:
                out.append(text[i : end + 1])
                i = end + 1
                continue
        if c == "&" and i + 1 < len(text) and text[i + 1].isalpha():
            out.append("&")
            i += 1
            continue
        out.append(c.translate(_ACCENTS))
        i += 1
    body = "".join(out)
    letters = sum(ch.isalpha() for ch in text)
    padding = "~" * max(1, round(letters * 0.4)) if letters else ""
    return f"[{body}{padding}]" if letters else body


class StationTranslator(QTranslator):
    """The one translator of the station: a shipped `.qm`, or the pseudo-locale."""

    def __init__(self, code: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self._qm = QTranslator(self)
        self.loaded = code == PSEUDO
        if code in SHIPPED:
            self.loaded = self._qm.load(str(I18N_DIR / f"packstation_{code}.qm"))
            if not self.loaded:
                log.warning(
                    "No translation file for %s in %s: run scripts/i18n.sh release", code, I18N_DIR
                )
        self._qt = QTranslator(self)  # Qt's own dialogs' words (Yes, Cancel, …)
        if code not in (SOURCE, PSEUDO):
            path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._qt.load(f"qtbase_{code}", path)
        self.answered: dict[str, tuple[str, str, str | None, int]] = {}

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if self.code == PSEUDO:
            words = pseudo(source)
        else:
            found = self._qm.translate(context, source, disambiguation, n) if self.loaded else ""
            words = str(found or self._qt.translate(context, source, disambiguation, n) or "")
        # Never "": PySide hands Qt an empty, not a null, string, and Qt would show nothing.
        shown = words or source
        if len(self.answered) < 20_000:
            # setdefault: PySide's self.tr() asks again for each base class (QWidget, …)
            self.answered.setdefault(shown, (context, source, disambiguation, n))
        return shown

    def isEmpty(self) -> bool:
        return False


_installed: list[QTranslator] = []


def language_code(setting: str) -> str:
    """A setting's language (`""` is the computer's own) as one this station can show."""
    code = setting.strip().replace("-", "_")
    if code == PSEUDO:
        return PSEUDO
    if not code:
        code = QLocale.system().name()
    base = code.split("_")[0].lower()
    return base if base in (*SHIPPED, SOURCE) else SOURCE


def current_language() -> str:
    for t in _installed:
        if isinstance(t, StationTranslator):
            return t.code
    return SOURCE


def current_translator() -> StationTranslator | None:
    return next((t for t in _installed if isinstance(t, StationTranslator)), None)


def install_language(setting: str) -> str:
    """Make the station speak `setting`'s language now; answers the code installed.

    Qt sends `LanguageChange` to every widget; the number, date and weight formats follow
    (`QLocale.setDefault`). Qt's own dialogs' words come from Qt's `qtbase_<code>.qm`.
    """
    code = language_code(setting)
    app = QCoreApplication.instance()
    if code == current_language() and _installed:
        return code
    previous = current_translator()
    for old in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(code if code not in (PSEUDO, SOURCE) else "en_US"))
    # Installed for English too: it remembers what it answered, so texts shown in English are
    # re-worded when a packer's language comes in.
    station = StationTranslator(code)
    if previous is not None:
        station.answered.update(previous.answered)
    QCoreApplication.installTranslator(station)
    _installed.append(station)
    log.info("language: %s", code)
    return code


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


_paper: dict[str, StationTranslator] = {}


def translate_for(setting: str, context: str, text: str) -> str:
    """`text` in another language than the window's: printed paper follows `print_language`
    (a customer's slip is not in the packer's language). `""` is the window's language."""
    if not setting.strip():
        return QCoreApplication.translate(context, text)
    code = language_code(setting)
    if code not in _paper:
        _paper[code] = StationTranslator(code)
    return _paper[code].translate(context, text) or text


# -- numbers, dates and weights -------------------------------------------------------------------
def number(value: float, decimals: int = 0) -> str:
    """`1 234,5` in the language installed now (QLocale's grouping and decimal sign)."""
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)


def weight(grams: float, unit: str = "g") -> str:
    """A weight in the station's unit, with the decimal sign of the language installed now."""
    factor = {"g": 1.0, "kg": 1000.0, "oz": 28.349523125, "lb": 453.59237}[unit]
    decimals = {"g": 0, "kg": 3, "oz": 1, "lb": 2}[unit]
    return f"{number(grams / factor, decimals)} {unit}"


def date(day: dt.date) -> str:
    return str(QLocale().toString(day, QLocale.FormatType.ShortFormat))  # type: ignore[call-overload]


def date_time(moment: dt.datetime) -> str:
    return str(QLocale().toString(moment, QLocale.FormatType.ShortFormat))  # type: ignore[call-overload]


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


__all__ = [
    "PSEUDO",
    "SHIPPED",
    "StationTranslator",
    "current_language",
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

