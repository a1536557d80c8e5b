"""Fixtures of the printing tests: a real rasteriser (pdftoppm) and a real decoder (zbarimg)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

RENDER_DPI = 200
# Only the symbologies we print: a decoder guessing at other ones could invent extra reads.
ZBAR_ARGS = [
    "-Sdisable",
    "-Scode128.enable",
    "-Sean13.enable",
    "-Supca.enable",
    "-Sean8.enable",
]

DecodePdf = Callable[[Path], list[list[str]]]  # also spelled out in the tests


@pytest.fixture
def decode_pdf(tmp_path: Path) -> DecodePdf:
    """Every barcode zbar reads on each page of a PDF rendered at 200 dpi, sorted, page by page."""
    missing = [tool for tool in ("pdftoppm", "zbarimg") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {' and '.join(missing)} (Debian poppler-utils, zbar-tools)")

    def decode(pdf: Path) -> list[list[str]]:
        out = tmp_path / f"{pdf.stem}-pages"
        out.mkdir()
        subprocess.run(
            ["pdftoppm", "-r", str(RENDER_DPI), "-png", str(pdf), str(out / "page")], check=True
        )
        pages = []
        for png in sorted(out.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1])):
            result = subprocess.run(
                ["zbarimg", "--raw", "-q", *ZBAR_ARGS, str(png)],
                capture_output=True,
                text=True,
                check=False,
            )
            # zbarimg exits 4 when a page has no barcode at all.
            assert result.returncode in (0, 4), result.stderr
            pages.append(sorted(line for line in result.stdout.splitlines() if line))
        return pages

    return decode


@pytest.fixture
def pdf_text() -> Callable[[Path], list[str]]:
    """The text of each page of a PDF (pdftotext), for checking what people read."""
    if shutil.which("pdftotext") is None:
        pytest.skip("needs pdftotext (Debian poppler-utils)")

    def text(pdf: Path) -> list[str]:
        result = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        )
        return result.stdout.split("\f")[:-1]

    return text
