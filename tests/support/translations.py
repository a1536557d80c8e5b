"""The shipped translations, built for a test from the sources and the `.ts` files.

`built_translations` runs the pipeline of `scripts/i18n.sh` (lupdate over the sources, lrelease)
on copies, so a test reads the words the station will ship, not `.qm` files left from an older
build.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from packstation import i18n

ROOT = Path(__file__).resolve().parents[2]


def i18n_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "scripts" / "i18n_tool.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_tool"] = module
    spec.loader.exec_module(module)
    return module


def built_translations(where: Path) -> Path:
    """`.qm` files of every shipped language in `where`, new strings included."""
    tool = i18n_tool()
    for lang in tool.LANGUAGES:
        shutil.copy(tool.ts_path(lang), where / f"packstation_{lang}.ts")
    tool.I18N = where
    tool.COPY = where / "src"
    tool.update()
    tool.release()
    return where


@pytest.fixture(scope="module")
def shipped_words(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The station reads its words from freshly built `.qm` files while the module's tests run."""
    where = built_translations(tmp_path_factory.mktemp("qm"))
    before = i18n.I18N_DIR
    i18n.I18N_DIR = where
    _forget_loaded()
    yield where
    i18n.I18N_DIR = before
    _forget_loaded()


def _forget_loaded() -> None:
    """Translators read from another folder: the next language installed is read again."""
    from PySide6.QtCore import QCoreApplication

    for old in i18n._installed:
        QCoreApplication.removeTranslator(old)
    i18n._installed.clear()
    i18n._paper.clear()
    i18n.install_language("en")
