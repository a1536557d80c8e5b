"""Printed paper of the packing floor: packing slips, the command sheet, packer badges, SKU labels.

Each document is painted by one renderer onto either target: `save_pdf(document, path)`
(QPdfWriter) or `print_to(printer, document)` (QPrinter, as set up by the UI's print dialog). A
QGuiApplication must exist. Barcodes are vector SVG painted into exact rectangles at module widths
scanners read.

Barcodes carry printable ASCII only (what a keyboard-wedge scanner types the same on every layout):
where a name, status or SKU has other characters they are substituted (`–` → `-`, `é` → `e`) and the
result's `substitutions` lists what was printed instead of what, so the UI can say so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from packstation.domain.records import Product
from packstation.printing.badges import Badges, badge_for
from packstation.printing.barcodes import Barcode, BarcodeTooWideError, Symbology
from packstation.printing.command_sheet import CommandSheet
from packstation.printing.output import Document, PrintError, write_pdf
from packstation.printing.output import print_to as _print_to
from packstation.printing.packing_slips import PackingSlips, SlipOrder, line_barcode
from packstation.printing.sku_labels import (
    LABEL_2X1_IN,
    LABEL_4X6_IN,
    LABEL_62X29,
    LABEL_SHEET_LETTER_2X5,
    LabelSize,
    SkuLabels,
    label_for,
)
from packstation.services.settings import DEFAULT_STATUS_PRESETS


@dataclass(frozen=True, slots=True)
class Substitution:
    """A barcode that scans as `encoded` because `requested` has characters scanners cannot type."""

    requested: str
    encoded: str


@dataclass(frozen=True, slots=True)
class Printed:
    path: Path | None  # None when it went to a printer
    pages: int
    substitutions: tuple[Substitution, ...]


def _substitutions(codes: Iterable[Barcode]) -> tuple[Substitution, ...]:
    seen: dict[str, Substitution] = {}
    for code in codes:
        if code.substituted:
            seen.setdefault(code.requested, Substitution(code.requested, code.data))
    return tuple(seen.values())


# Documents ---------------------------------------------------------------------------------------
def packing_slips(
    orders: Sequence[SlipOrder],
    *,
    printed_at: dt.datetime | None = None,
    item_barcodes: bool = False,
    language: str = "",
) -> PackingSlips:
    """Slips for fulfillments given with their line items, one fulfillment per page (or more).

    Only the order's barcode is scannable unless `item_barcodes` (the machine setting
    `slip_item_barcodes`) asks for one per item too. `language` is the paper's (the setting
    `print_language`: the customer reads the slip); `""` prints in the window's language.
    """
    if printed_at is None:
        return PackingSlips(list(orders), item_barcodes=item_barcodes, language=language)
    return PackingSlips(
        list(orders), printed_at=printed_at, item_barcodes=item_barcodes, language=language
    )


def command_sheet(
    status_presets: Sequence[str] = DEFAULT_STATUS_PRESETS, *, language: str = ""
) -> CommandSheet:
    return CommandSheet(tuple(status_presets), language=language)


def badges(names: Iterable[str], *, language: str = "") -> Badges:
    return Badges([badge_for(name) for name in names], language=language)


def sku_labels(
    products: Iterable[Product], label_size: LabelSize = LABEL_62X29, *, language: str = ""
) -> SkuLabels:
    return SkuLabels(
        [label_for(product, label_size) for product in products], label_size, language=language
    )


def substitutions_of(document: Document) -> tuple[Substitution, ...]:
    """What barcodes of `document` will scan as something other than the text they stand for."""
    match document:
        case PackingSlips():
            return _substitutions(_slip_codes(document))
        case CommandSheet():
            return _substitutions(
                code.barcode for codes in document.codes().values() for code in codes
            )
        case Badges():
            return _substitutions(badge.barcode for badge in document.badges)
        case SkuLabels():
            return _substitutions(label.barcode for label in document.labels)
    return ()


def _slip_codes(document: PackingSlips) -> Iterator[Barcode]:
    if not document.item_barcodes:
        return
    for _, lines in document.orders:
        for line in lines:
            with contextlib.suppress(ValueError):  # printed as "type the SKU" instead
                yield line_barcode(line)


# Targets -----------------------------------------------------------------------------------------
def save_pdf(
    document: Document, path: str | os.PathLike[str], *, page_size: QPageSize | None = None
) -> Printed:
    """`document` as a PDF file at `path` (written whole or not at all)."""
    written, pages = write_pdf(document, path, page_size=page_size)
    return Printed(written, pages, substitutions_of(document))


def print_to(printer: QPrinter, document: Document) -> Printed:
    """`document` on `printer`, painted exactly as its PDF is."""
    pages = _print_to(printer, document)
    return Printed(None, pages, substitutions_of(document))


def write_packing_slips_pdf(
    fulfillments_with_lines: Sequence[SlipOrder],
    path: str | os.PathLike[str],
    *,
    printed_at: dt.datetime | None = None,
    page_size: QPageSize | None = None,
    item_barcodes: bool = False,
    language: str = "",
) -> Printed:
    return save_pdf(
        packing_slips(
            fulfillments_with_lines,
            printed_at=printed_at,
            item_barcodes=item_barcodes,
            language=language,
        ),
        path,
        page_size=page_size,
    )


def write_command_sheet_pdf(
    path: str | os.PathLike[str],
    status_presets: Sequence[str] = DEFAULT_STATUS_PRESETS,
    *,
    page_size: QPageSize | None = None,
    language: str = "",
) -> Printed:
    return save_pdf(command_sheet(status_presets, language=language), path, page_size=page_size)


def write_badges_pdf(
    names: Iterable[str],
    path: str | os.PathLike[str],
    *,
    page_size: QPageSize | None = None,
    language: str = "",
) -> Printed:
    return save_pdf(badges(names, language=language), path, page_size=page_size)


def write_sku_labels_pdf(
    products: Iterable[Product],
    path: str | os.PathLike[str],
    label_size: LabelSize = LABEL_62X29,
    *,
    language: str = "",
) -> Printed:
    return save_pdf(sku_labels(products, label_size, language=language), path)


__all__ = [
    "DEFAULT_STATUS_PRESETS",
    "LABEL_2X1_IN",
    "LABEL_4X6_IN",
    "LABEL_62X29",
    "LABEL_SHEET_LETTER_2X5",
    "BarcodeTooWideError",
    "Document",
    "LabelSize",
    "PrintError",
    "Printed",
    "SlipOrder",
    "Substitution",
    "Symbology",
    "badges",
    "command_sheet",
    "packing_slips",
    "print_to",
    "save_pdf",
    "sku_labels",
    "substitutions_of",
    "write_badges_pdf",
    "write_command_sheet_pdf",
    "write_packing_slips_pdf",
    "write_sku_labels_pdf",
]
