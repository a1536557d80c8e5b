"""Where a document goes: a PDF file (QPdfWriter) or a printer (QPrinter), painted the same way.

A document is anything with a title, an optional page size of its own (labels) and a `paint(canvas)`
method; it paints the same on both targets.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import (
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtPrintSupport import QPrinter

from packstation.i18n import paper_language, paper_translator
from packstation.printing.canvas import Canvas

PDF_RESOLUTION_DPI = 1200
DEFAULT_PAGE_SIZE = QPageSize(QPageSize.PageSizeId.Letter)


class Document(Protocol):
    @property
    def title(self) -> str: ...

    @property
    def page_size(self) -> QPageSize | None:
        """The paper this document needs (labels), or None to use the target's paper."""
        ...

    @property
    def margins_mm(self) -> float: ...

    @property
    def language(self) -> str:
        """The paper's language (`print_language`; `""`: the window's)."""
        ...

    def paint(self, canvas: Canvas) -> None: ...


class PrintError(OSError):
    """The PDF file or the printer could not be written."""


def write_pdf(
    document: Document, path: str | os.PathLike[str], *, page_size: QPageSize | None = None
) -> tuple[Path, int]:
    """Paint `document` into a PDF at `path` (replaced whole, never left half-written).

    `page_size` is the paper for documents without their own (default: US Letter). Returns the
    path and the number of pages.
    """
    _require_gui_application()
    target = Path(path)
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        writer = QPdfWriter(temporary)
        writer.setResolution(PDF_RESOLUTION_DPI)
        writer.setTitle(paper_title(document))
        writer.setCreator("Packstation")
        size = document.page_size or page_size or DEFAULT_PAGE_SIZE
        writer.setPageLayout(_layout(size, document.margins_mm))
        pages = _paint(document, writer)
        del writer  # QPdfWriter finishes the file when the painter ends; release it before moving
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target, pages


def print_to(printer: QPrinter, document: Document) -> int:
    """Paint `document` on `printer` (as set up by the print dialog).

    Documents with their own paper (labels) ask the printer for it; a printer that cannot take it
    keeps its paper and the document lays itself out on what there is.
    """
    _require_gui_application()
    printer.setDocName(paper_title(document))
    if document.page_size is not None:
        printer.setPageSize(document.page_size)
    printer.setPageMargins(QMarginsF(*([document.margins_mm] * 4)), QPageLayout.Unit.Millimeter)
    return _paint(document, printer)


def _layout(size: QPageSize, margins_mm: float) -> QPageLayout:
    orientation = QPageLayout.Orientation.Portrait
    return QPageLayout(
        size, orientation, QMarginsF(*([margins_mm] * 4)), QPageLayout.Unit.Millimeter
    )


def _paint(document: Document, device: QPagedPaintDevice) -> int:
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError(f"could not start printing {document.title!r}")
    canvas = Canvas(painter, device)
    try:
        with paper_language(document.language):
            document.paint(canvas)
    except BaseException:
        painter.end()
        raise
    if not painter.end():
        raise PrintError(f"could not finish printing {document.title!r}")
    return canvas.page_number


def paper_title(document: Document) -> str:
    """The document's title (the PDF's, the print queue's) in the paper's language."""
    with paper_language(document.language):
        return _title(document.title)


_title = paper_translator("PaperTitle")


def _require_gui_application() -> None:
    if QGuiApplication.instance() is None:
        raise RuntimeError("printing needs a QGuiApplication (fonts and SVG rendering)")
