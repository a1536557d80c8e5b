"""Helpers of the supervisor screens' tests: the app's context, finding and driving dialogs."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget
from support.waiting import until

from packstation.services.settings import Settings
from packstation.services.station import Station
from packstation.ui.supervisor.dialogs import FILE_DIALOG_NAME
from packstation.ui.tasks import TaskSpawner

W = TypeVar("W", bound=QWidget)


@dataclass
class AppContext:
    """What app.py hands to `install`: satisfies `SupervisorContext`."""

    settings: Settings
    station: Station | None
    spawner: TaskSpawner
    journal_path: Path
    selection: list[str] = field(default_factory=list)
    applied: list[Settings] = field(default_factory=list)

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.applied.append(settings)

    def selected_ids(self) -> list[str]:
        return list(self.selection)


def visible(kind: type[W], name: str | None = None) -> W | None:
    for widget in QApplication.topLevelWidgets():
        named = name is None or widget.objectName() == name
        if isinstance(widget, kind) and widget.isVisible() and named:
            return widget
    return None


async def dialog_of(kind: type[W], name: str | None = None) -> W:
    await until(lambda: visible(kind, name) is not None, f"a {kind.__name__}")
    found = visible(kind, name)
    assert found is not None
    return found


async def answer_file_dialog(path: Path) -> None:
    """The supervisor picks `path` in the file dialog that is open (Qt's own, offscreen)."""
    dialog = await dialog_of(QFileDialog, FILE_DIALOG_NAME)
    # Typed into the file name field, as a person would (selectFile of another directory is
    # ignored once the dialog has shown and its model is loading).
    name_field = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name_field is not None
    name_field.setText(str(path))
    dialog.accept()


ZBAR_ARGS = ["-Sdisable", "-Scode128.enable", "-Sean13.enable", "-Supca.enable", "-Sean8.enable"]


def decode_pdf(pdf: Path, out: Path) -> list[list[str]]:
    """Every barcode zbar reads on each page of `pdf` rendered at 200 dpi, sorted per page
    (as tests/printing does: a real rasteriser and a real decoder)."""
    import shutil
    import subprocess

    import pytest

    missing = [tool for tool in ("pdftoppm", "zbarimg") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {' and '.join(missing)} (Debian poppler-utils, zbar-tools)")
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(pdf), str(out / "page")], check=True)
    pages = []
    for png in sorted(out.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1])):
        result = subprocess.run(
            ["zbarimg", "--raw", "-q", *ZBAR_ARGS, str(png)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode in (0, 4), result.stderr  # 4: a page without any barcode
        pages.append(sorted(line for line in result.stdout.splitlines() if line))
    return pages
