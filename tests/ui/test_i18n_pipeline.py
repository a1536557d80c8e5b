"""The translation pipeline: lupdate over the sources finds every string, and the shipped languages
have every one translated (no unfinished, obsolete or missing entry); no label, button, tooltip or
title is set from a bare string literal that skips tr() (nor a word painted on printed paper, nor a
message of the commands a packer or IT reads)."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path
from types import ModuleType

import pytest
from support.translations import i18n_tool

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    """lupdate run now over the sources into copies of the shipped .ts files."""
    tool = i18n_tool()
    where = tmp_path_factory.mktemp("i18n")
    for lang in tool.LANGUAGES:
        shutil.copy(tool.ts_path(lang), where / f"packstation_{lang}.ts")
    tool.I18N = where
    tool.COPY = where / "src"
    tool.update()
    return tool


def test_lupdate_sees_the_translator_helper_and_the_domain_words(extracted: ModuleType) -> None:
    contexts = {c for c, _ in extracted._messages("es")}
    assert {"FeedbackWords", "PackView", "MainWindow", "DomainWords", "Station"} <= contexts
    assert "" not in contexts  # a helper call lupdate could not give a context to
    assert len(extracted._messages("es")) > 500


@pytest.mark.parametrize("lang", ["es", "pl", "de"])
def test_every_string_is_translated(extracted: ModuleType, lang: str) -> None:
    problems = extracted.problems(lang)
    assert not problems, f"{len(problems)} to do: scripts/i18n.sh todo {lang}\n" + "\n".join(
        problems[:20]
    )


# Setters and constructors whose text a packer reads.
_SHOWN = {
    "setText",
    "setToolTip",
    "setWindowTitle",
    "setPlaceholderText",
    "setTitle",
    "addAction",
    "setLabelText",
    "addMenu",
    "setStatusTip",
    "QLabel",
    "QPushButton",
    "QAction",
    "QCheckBox",
    "QGroupBox",
    "QRadioButton",
    "addRow",
    "setInformativeText",
}
# Literals that are no words: symbols, separators, the product's name.
_ALLOWED = {"", " ", "—", "·", "…", "✓", "Packstation", "Stitch", "%"}


# Printed paper: the canvas calls that put words on the page, and which argument is the text.
_PAINTED = {"text": 3, "wrap_lines": 0, "fit_font": 0, "text_in_box": 1, "paragraph": 3}
# The command line's messages a packer or IT reads, and which argument is the text. Only the
# commands whose output is words (not JSON, CSV or tables for scripts) are translated.
_SAID = {"print": 0, "NotPrintedError": 0, "CheckResult": 1, "getpass": 0, "read": 0}
CLI_IN_WORDS = ("print.py", "pin.py", "token.py", "selftest.py")


def _words(arg: ast.expr) -> str | None:
    """The words of a bare literal or f-string argument (None: it went through a translation)."""
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        text = arg.value.strip()
    elif isinstance(arg, ast.JoinedStr):
        text = "".join(
            v.value for v in arg.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        ).strip()
    else:
        return None
    bare = text.rstrip(":")  # "Stitch: …": the name before what went through tr()
    return text if bare not in _ALLOWED and any(c.isalpha() for c in text) else None


def _unwrapped(path: Path) -> list[str]:
    found = []
    paper = "printing" in path.parts
    cli = "cli" in path.parts
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in _SHOWN and not cli:
            args = node.args[:1]
        elif paper and name in _PAINTED:
            args = node.args[_PAINTED[name] : _PAINTED[name] + 1]
        elif cli and name in _SAID:
            args = node.args[_SAID[name] : _SAID[name] + 1]
        else:
            continue
        for arg in args:
            words = _words(arg)
            if words is not None:
                where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                found.append(f"{where}:{node.lineno}: {words!r}")
    return found


def test_no_shown_text_skips_tr() -> None:
    files = sorted((ROOT / "packstation" / "ui").rglob("*.py"))
    files += sorted((ROOT / "packstation" / "printing").rglob("*.py"))
    files += [ROOT / "packstation" / "cli" / name for name in CLI_IN_WORDS]
    found = [line for path in files for line in _unwrapped(path)]
    assert not found, "wrap these in tr()/_tr():\n" + "\n".join(found)


def test_the_check_sees_words_painted_on_paper_and_said_by_the_cli(tmp_path: Path) -> None:
    paper = tmp_path / "printing" / "slip.py"
    cli = tmp_path / "cli" / "print.py"
    for path in (paper, cli):
        path.parent.mkdir()
    paper.write_text(
        'c.text(0, 0, w, "PACKING SLIP", font)\nc.text(0, 0, w, _tr("SHIP TO"), font)\n'
        'c.text(0, 0, w, f"Page {page}", font)\n',
        encoding="utf-8",
    )
    cli.write_text(
        'print(f"Printed {n} pages")\nprint(_tr("Not printed"))\n'
        'raise NotPrintedError("Give a name.")\n',
        encoding="utf-8",
    )
    assert [line.split(": ", 1)[1] for line in _unwrapped(paper)] == ["'PACKING SLIP'", "'Page'"]
    assert [line.split(": ", 1)[1] for line in _unwrapped(cli)] == [
        "'Printed  pages'",
        "'Give a name.'",
    ]
