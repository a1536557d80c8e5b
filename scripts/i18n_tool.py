"""The translation pipeline's steps (run through scripts/i18n.sh): extract, release, list, fill.

`update`: pyside6-lupdate over packstation/ into packstation/resources/i18n/packstation_<lang>.ts.
lupdate knows `tr()`, `QCoreApplication.translate()` and `QT_TRANSLATE_NOOP()` but not our
`_tr = translator("Context")` helper (it would give the strings an empty context), so the sources
are copied to build/i18n-src with each helper call spelled `QCoreApplication.translate("Context", `
on the same line, lupdate reads the copy, and the locations are pointed back at the real files.
No call site has to change, and a new module using the helper is extracted as is.

`release`: pyside6-lrelease each .ts into its .qm (next to it; .qm files are built, not committed).
`todo [lang…]`: every unfinished entry as a TSV line (lang, context, source, translation, where).
`apply FILE.tsv`: writes the translations of such a TSV (the 4th column) into the .ts files.
`check`: fails when a shipped language has an unfinished, obsolete or missing translation.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "packstation"
I18N = PACKAGE / "resources" / "i18n"
COPY = ROOT / "build" / "i18n-src"
LANGUAGES = ("es", "pl", "de")
NUMERUS_FORMS = {"es": 2, "de": 2, "pl": 3}
SKIP = ("sandbox",)

# `_tr = translator("Ctx")`, and printing's `_tr = paper_translator("Ctx")` (the paper's language).
_HELPER = re.compile(r"^(\w+)\s*=\s*(?:paper_)?translator\(\s*[\"'](\w+)[\"']\s*\)", re.MULTILINE)
# app.py's own `def _tr(text): ... return QCoreApplication.translate("Station", text)`
_HELPER_DEF = re.compile(
    r"^def (\w+)\(text: str\) -> str:\n(?:[ \t]+[^\n]*\n){0,4}?[ \t]+return "
    r"QCoreApplication\.translate\(\"(\w+)\", text\)",
    re.MULTILINE,
)


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def ts_path(lang: str) -> Path:
    return I18N / f"packstation_{lang}.ts"


# `plural("Ctx", "%n boxes waiting", n, one=...)` (and printing's `paper_plural`): lupdate's
# Python reader takes a numerus message only from translate() with a literal count (a name, a call
# or a keyword hides the whole call), so the copy it reads gets `translate("Ctx", "…", "", 1)` in
# the call's place.
_PLURAL = re.compile(r"(?<![\w.])(?:paper_)?plural\(\s*(\"\w+\")\s*,\s*(\"(?:[^\"\\]|\\.)*\")\s*,")


def _plurals_spelled_out(text: str) -> str:
    out: list[str] = []
    at = 0
    for match in _PLURAL.finditer(text):
        if match.start() < at:
            continue
        depth, end = 1, match.end()
        while depth and end < len(text):  # to the call's closing parenthesis
            depth += {"(": 1, ")": -1}.get(text[end], 0)
            end += 1
        call = f'QCoreApplication.translate({match.group(1)}, {match.group(2)}, "", 1'
        # The same number of lines: the .ts locations stay right.
        lines = "\n" * text.count("\n", match.start(), end)
        out += [text[at : match.start()], call, lines, ")"]
        at = end
    out.append(text[at:])
    return "".join(out)


def spelled_out(text: str) -> str:
    """The source with `_tr("…")` spelled `QCoreApplication.translate("Ctx", "…")`."""
    text = _plurals_spelled_out(text)
    for name, context in _HELPER.findall(text) + _HELPER_DEF.findall(text):
        text = re.sub(
            rf"(?<![\w.]){re.escape(name)}\(", f'QCoreApplication.translate("{context}", ', text
        )
        # the helper's own assignment line would now read `QCoreApplication.translate(...) = ...`
        text = re.sub(
            rf"^{re.escape(name)}\s*=\s*(paper_)?translator\(",
            rf"{name} = \1translator(",
            text,
            flags=re.M,
        )
        text = re.sub(
            rf"^def QCoreApplication\.translate\(\"{context}\", ", f"def {name}(", text, flags=re.M
        )
    return text


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0] not in SKIP)


def update(languages: tuple[str, ...] = LANGUAGES) -> None:
    if COPY.exists():
        shutil.rmtree(COPY)
    copied = []
    for path in sources():
        target = COPY / path.relative_to(ROOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(spelled_out(path.read_text(encoding="utf-8")), encoding="utf-8")
        copied.append(str(target))
    I18N.mkdir(parents=True, exist_ok=True)
    for lang in languages:
        ts = ts_path(lang)
        if not ts.exists():
            ts.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{lang}" sourcelanguage="en"></TS>\n',
                encoding="utf-8",
            )
        subprocess.run(  # noqa: S603 - our own tool, fixed arguments
            [
                _tool("pyside6-lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "absolute",
                *copied,
                "-ts",
                str(ts),
            ],
            check=True,
        )
        text = ts.read_text(encoding="utf-8")
        # build/i18n-src/packstation/x.py → packstation/x.py, relative to the .ts file.
        text = text.replace("../../../build/i18n-src/packstation/", "../../")
        ts.write_text(text, encoding="utf-8")
    shutil.rmtree(COPY)


def release(languages: tuple[str, ...] = LANGUAGES) -> None:
    for lang in languages:
        ts = ts_path(lang)
        subprocess.run(  # noqa: S603 - our own tool, fixed arguments
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def _messages(lang: str) -> list[tuple[str, ET.Element]]:
    tree = ET.parse(ts_path(lang))  # noqa: S314 - our own .ts files
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        out.extend((name, m) for m in context.iter("message"))
    return out


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%\d|%n|%v|%m|\{\w*\}", text))


def problems(lang: str) -> list[str]:
    """Every entry of `lang` that a packer would read in English or not at all."""
    if not ts_path(lang).exists():
        return [f"{lang}: {ts_path(lang)} is missing (run scripts/i18n.sh update)"]
    found = []
    for context, message in _messages(lang):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if translation is not None and message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if len(forms) < NUMERUS_FORMS[lang] or not all(forms):
                kind = kind or "missing plural forms"
        elif translation is not None and not (translation.text or "").strip():
            kind = kind or "empty"
        words = "".join(translation.itertext()) if translation is not None else ""
        # Each plural form carries the source's placeholders on its own.
        numerus = translation is not None and message.get("numerus") == "yes"
        forms = [f.text or "" for f in translation.iter("numerusform")] if numerus else []
        if not kind and any(_placeholders(source) != _placeholders(w) for w in forms or [words]):
            kind = "placeholders differ from the source"
        if kind:
            found.append(f"{lang}\t{context}\t{source}\t{kind}")
    return found


def todo(languages: tuple[str, ...]) -> None:
    for lang in languages:
        for context, message in _messages(lang):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                source = (message.findtext("source") or "").replace("\n", "\\n")
                where = message.find("location")
                at = f"{where.get('filename')}:{where.get('line')}" if where is not None else ""
                plural = "  [plural: forms separated by |]" if message.get("numerus") else ""
                print(f"{lang}\t{context}\t{source}\t\t{at}{plural}")


def apply(tsv: Path) -> None:
    wanted: dict[str, dict[tuple[str, str], str]] = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 4 or not parts[3].strip():
            continue
        lang, context, source, words = parts[:4]
        wanted.setdefault(lang, {})[(context, source.replace("\\n", "\n"))] = words.replace(
            "\\n", "\n"
        )
    for lang, table in wanted.items():
        tree = ET.parse(ts_path(lang))  # noqa: S314 - our own .ts files
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                words = table.get((name, message.findtext("source") or ""))
                if words is None:
                    continue
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                translation.attrib.pop("type", None)
                for child in list(translation):
                    translation.remove(child)
                if message.get("numerus") == "yes":
                    translation.text = None
                    for form in words.split("|"):
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = words
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts_path(lang).write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
            encoding="utf-8",
        )


def main(argv: list[str]) -> int:
    command, rest = (argv[0], tuple(argv[1:])) if argv else ("help", ())
    if command == "update":
        update(rest or LANGUAGES)
    elif command == "release":
        release(rest or LANGUAGES)
    elif command == "todo":
        todo(rest or LANGUAGES)
    elif command == "apply":
        apply(Path(rest[0]))
    elif command == "check":
        found = [p for lang in (rest or LANGUAGES) for p in problems(lang)]
        print("\n".join(found) if found else "all translations finished")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
