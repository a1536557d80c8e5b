"""The station's words without a window: Qt's translators, the languages, plurals, paper's words.

QtCore only, so the window (`packstation.ui.i18n` re-exports this and adds the widgets' side), the
printed paper (`packstation.printing`, below the window in the layers) and the command line
(`QCoreApplication.translate` works without a GUI) share one set of translators, one `.qm` per
language.

Templates keep Qt's `%1`, `%2` placeholders so translators see the same strings as with `tr()`.
Strings are extracted by `pyside6-lupdate` (`scripts/i18n.sh update`): it sees `self.tr(...)`,
`QCoreApplication.translate(...)` and `QT_TRANSLATE_NOOP(...)`; calls of a module's
`_tr = translator("Context")` or `_tr = paper_translator("Context")` helper are spelled out as
`QCoreApplication.translate("Context", ...)` for it, and `plural` / `paper_plural` as numerus
entries (scripts/i18n_tool.py).

One `StationTranslator` is installed in the application at a time (`install_language`): the
window's language, which follows the packer signed in. Printed paper has a language of its own
(`print_language`: the customer's slip is not in the packer's language): `with
paper_language(code):` around painting makes `paper_translator` helpers and `paper_plural` ask a
separate translator of that language with `translate()`, whatever the window has installed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent / "resources" / "i18n"
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


def qt_translations_dir() -> Path:
    """Where Qt's own catalogs (`qtbase_<code>.qm`) are: Qt's folder, else the wheel's layout
    (a PyInstaller bundle keeps them under PySide6/Qt/translations without a qt.conf)."""
    found = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not any(found.glob("qtbase_*.qm")):
        import PySide6

        beside = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
        if beside.is_dir():
            return beside
    return found


class StationTranslator(QTranslator):
    """A language of the station: our shipped `.qm` beside Qt's `qtbase_<code>.qm`, or the
    pseudo-locale. Installed for the window, or asked directly (`translate`) for paper."""

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
        self.qt_loaded = False
        if code not in (SOURCE, PSEUDO):
            self.qt_loaded = self._qt.load(f"qtbase_{code}", str(qt_translations_dir()))
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

    def locale(self) -> QLocale:
        """Numbers and dates of this language (the pseudo-locale and English: US English)."""
        return QLocale(locale_name(self.code))

    def isEmpty(self) -> bool:
        return False


def locale_name(code: str) -> str:
    return code if code not in (PSEUDO, SOURCE) else "en_US"


def language_code(setting: str) -> str:
    """A setting's language (`""` is the computer's own) as one this station can show."""
    code = setting.strip().replace("-", "_")
    if code == PSEUDO:
        return PSEUDO
    if not code:
        code = QLocale.system().name()
    base = code.split("_")[0].lower()
    return base if base in (*SHIPPED, SOURCE) else SOURCE


_installed: list[StationTranslator] = []


def current_language() -> str:
    return _installed[0].code if _installed else SOURCE


def current_translator() -> StationTranslator | None:
    return _installed[0] if _installed else None


def install_language(setting: str) -> str:
    """Make the station speak `setting`'s language now; answers the code installed.

    Qt sends `LanguageChange` to every widget; the number, date and weight formats follow
    (`QLocale.setDefault`). Works with a bare QCoreApplication too (the command line).
    """
    code = language_code(setting)
    if code == current_language() and _installed:
        return code
    previous = current_translator()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(locale_name(code)))
    # Installed for English too: it remembers what it answered, so texts shown in English are
    # re-worded when a packer's language comes in.
    station = StationTranslator(code)
    if previous is not None:
        station.answered.update(previous.answered)
    QCoreApplication.installTranslator(station)
    _installed.append(station)
    log.info("language: %s", code)
    return code


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


# -- printed paper --------------------------------------------------------------------------------
_paper: dict[str, StationTranslator] = {}
_paper_now: list[StationTranslator] = []


def paper_translator_for(setting: str) -> StationTranslator:
    """The paper's translator for `setting` (`""`: the computer's language), never installed:
    asked with `translate()`, so it answers the same whatever the window speaks."""
    code = language_code(setting)
    if code not in _paper:
        _paper[code] = StationTranslator(code)
    return _paper[code]


@contextlib.contextmanager
def paper_language(setting: str) -> Iterator[StationTranslator]:
    """While painting a document: its words, counts and dates in `setting`'s language."""
    chosen = paper_translator_for(setting)
    _paper_now.append(chosen)
    try:
        yield chosen
    finally:
        _paper_now.pop()


def _paper_words(context: str, text: str, n: int = -1) -> str:
    if _paper_now:
        return _paper_now[-1].translate(context, text, None, n) or text
    # Outside painting (a document's codes listed for the window): the window's language.
    return QCoreApplication.translate(context, text, None, n)


def paper_translator(context: str) -> Callable[[str], str]:
    """`_tr = paper_translator("PackingSlip")`: a printing module's `tr()` (see paper_language)."""

    def tr(text: str) -> str:
        return _paper_words(context, text)

    return tr


def paper_plural(context: str, text: str, n: int, *, one: str) -> str:
    """`plural` in the paper's language (Polish: three forms)."""
    translated = _paper_words(context, text, n)
    if n == 1 and translated in (text, text.replace("%n", "1")):
        translated = one
    return translated.replace("%n", paper_locale().toString(n))


def paper_locale() -> QLocale:
    """Numbers and dates on paper: the paper's language, else the window's."""
    return _paper_now[-1].locale() if _paper_now else QLocale()


def translate_for(setting: str, context: str, text: str) -> str:
    """`text` in another language than the window's (`""`: the window's language)."""
    if not setting.strip():
        return QCoreApplication.translate(context, text)
    return paper_translator_for(setting).translate(context, text) or text


# -- numbers, dates and weights -------------------------------------------------------------------
def number(value: float, decimals: int = 0, locale: QLocale | None = None) -> str:
    """`1 234,5` in the language installed now (QLocale's grouping and decimal sign)."""
    where = locale if locale is not None else QLocale()
    if decimals == 0:
        return where.toString(round(value))
    return where.toString(float(value), "f", decimals)


def weight(grams: float, unit: str = "g", locale: QLocale | None = None) -> str:
    """A weight in the station's unit, with the decimal sign of the language installed now."""
    factor = {"g": 1.0, "kg": 1000.0, "oz": 28.349523125, "lb": 453.59237}[unit]
    decimals = {"g": 0, "kg": 3, "oz": 1, "lb": 2}[unit]
    return f"{number(grams / factor, decimals, locale)} {unit}"


def date(day: dt.date, locale: QLocale | None = None) -> str:
    where = locale if locale is not None else QLocale()
    return str(where.toString(day, QLocale.FormatType.ShortFormat))  # type: ignore[call-overload]


def date_time(moment: dt.datetime, locale: QLocale | None = None) -> str:
    where = locale if locale is not None else QLocale()
    return str(where.toString(moment, QLocale.FormatType.ShortFormat))  # type: ignore[call-overload]


__all__ = [
    "PSEUDO",
    "QT_TRANSLATE_NOOP",
    "SHIPPED",
    "SOURCE",
    "StationTranslator",
    "current_language",
    "current_translator",
    "date",
    "date_time",
    "fill",
    "install_language",
    "language_code",
    "number",
    "paper_language",
    "paper_locale",
    "paper_plural",
    "paper_translator",
    "paper_translator_for",
    "plural",
    "pseudo",
    "qt_translations_dir",
    "sentence",
    "translate_for",
    "translator",
    "weight",
]
