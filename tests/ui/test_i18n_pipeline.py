"""The translation pipeline: lupdate over the sources finds every string, and the shipped languages
have every one translated (no unfinished, obsolete or missing entry); no label, button, tooltip or
title is set from a bare string literal that skips tr()."""

from __future__ import annotations

import ast
import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "scripts" / "i18n_tool.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_tool"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    """lupdate run now over the sources into copies of the shipped .ts files."""
    tool = _tool()
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


def _unwrapped(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in _SHOWN:
            continue
        for arg in node.args[:1]:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                text = arg.value.strip()
                if text not in _ALLOWED and any(c.isalpha() for c in text):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {arg.value!r}")
    return found


def test_no_shown_text_skips_tr() -> None:
    files = sorted((ROOT / "packstation" / "ui").rglob("*.py"))
    files += sorted((ROOT / "packstation" / "printing").rglob("*.py"))
    found = [line for path in files for line in _unwrapped(path)]
    assert not found, "wrap these in tr()/_tr():\n" + "\n".join(found)
