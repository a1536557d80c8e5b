"""`packstation print`: the app's paper from a script, with the app's layouts.

    packstation print slips ID... --pdf FILE          packing slips of fulfillments (from Stitch)
    packstation print command-sheet --pdf FILE        the station command sheet (this station's
                                                      status presets)
    packstation print badges NAME... --pdf FILE       packer sign-in badges
    packstation print sku-labels SKU... --pdf FILE    product labels (products from Stitch)

`--printer NAME` sends it to a printer instead (`--printer ""`: the system's default). Slips and
labels read Stitch with the station's address (settings, or `--api-url`) and the token from the OS
keyring (or `$PACKSTATION_TOKEN` for scripts), like `packstation products push`. Packing slips
follow the station's `slip_item_barcodes` setting (off: only the order's barcode scans). The paper
is in `--language`, else the setting `print_language`, else the station's `language`.

Painting needs a QGuiApplication: without a display the command uses Qt's offscreen platform.

Exit codes: 0 printed; 1 an order, product or the printer could not be found or written;
2 bad arguments, no token or the token refused.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from packstation.i18n import fill, plural, translator

if TYPE_CHECKING:
    from packstation.api import StitchClient
    from packstation.domain.records import Product
    from packstation.printing import Document, LabelSize, Printed, SlipOrder

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_CONFIG = 2
TOKEN_ENV = "PACKSTATION_TOKEN"  # noqa: S105 (a variable name, not a secret)
LABEL_SIZES = ("62x29", "2x1in", "4x6in", "sheet-letter-2x5")

# The messages in the station's language (setting `language`), like the window's at rest.
_tr = translator("PrintCommand")


class NotPrintedError(Exception):
    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "print",
        help="print packing slips, the command sheet, badges or SKU labels (PDF or printer)",
        description=(
            "Print the station's paper with the same layouts as the app, to a PDF file "
            "(--pdf FILE) or a printer (--printer NAME)."
        ),
    )
    kinds = p.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    slips = kinds.add_parser("slips", help="packing slips of fulfillments, one per page or more")
    slips.add_argument("ids", nargs="+", metavar="FULFILLMENT_ID")
    kinds.add_parser("command-sheet", help="the station command sheet")
    badges = kinds.add_parser("badges", help="packer sign-in badges")
    badges.add_argument("names", nargs="+", metavar="NAME")
    labels = kinds.add_parser("sku-labels", help="product labels with their barcodes")
    labels.add_argument("skus", nargs="+", metavar="SKU")
    labels.add_argument(
        "--label-size", choices=LABEL_SIZES, default="62x29", help="label stock (default 62x29)"
    )
    for kind in (slips, kinds.choices["command-sheet"], badges, labels):
        target = kind.add_mutually_exclusive_group(required=True)
        target.add_argument("--pdf", type=Path, metavar="FILE", help="write a PDF file")
        target.add_argument(
            "--printer", metavar="NAME", help='send to this printer ("" = the default printer)'
        )
        kind.add_argument(
            "--print-api-url", metavar="URL", help="Stitch address (default: the station's)"
        )
        kind.add_argument(
            "--language",
            metavar="CODE",
            default="",
            help="the paper's language: es, pl, de, en (default: the setting print_language, "
            "else the station's language)",
        )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    _gui_application()
    from packstation.cli.words import speak_station_language

    speak_station_language()
    try:
        document = asyncio.run(_document(args))
        printed = _output(document, args)
    except NotPrintedError as exc:
        print(str(exc), file=sys.stderr)
        return exc.code
    where = str(printed.path) if printed.path is not None else _tr("the printer")
    print(
        fill(
            plural(
                "PrintCommand", "Printed %n pages to %1", printed.pages, one="Printed %n page to %1"
            ),
            where,
        )
    )
    for s in printed.substitutions:
        print(fill(_tr("Note: “%1” scans as “%2”"), s.requested, s.encoded))
    return EXIT_OK


def _gui_application() -> None:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    global _app
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])


_app: object = None  # kept alive while the command runs


async def _document(args: argparse.Namespace) -> Document:
    from packstation import printing
    from packstation.services.settings import load_settings

    settings = load_settings().settings
    # The paper's own language; unset, the station's (what the window would print in).
    language = args.language or settings.printed_in
    match args.document:
        case "command-sheet":
            return printing.command_sheet(settings.status_presets, language=language)
        case "badges":
            names = [" ".join(n.split()) for n in args.names if n.strip()]
            if not names:
                raise NotPrintedError(_tr("Give at least one packer's name."), EXIT_CONFIG)
            return printing.badges(names, language=language)
        case "slips":
            orders = await _slip_orders(_client(args, settings.api_url), args.ids)
            return printing.packing_slips(
                orders, item_barcodes=settings.slip_item_barcodes, language=language
            )
        case _:
            products = await _products(_client(args, settings.api_url), args.skus)
            return printing.sku_labels(products, _label_size(args.label_size), language=language)


def _label_size(name: str) -> LabelSize:
    from packstation import printing

    return {
        "62x29": printing.LABEL_62X29,
        "2x1in": printing.LABEL_2X1_IN,
        "4x6in": printing.LABEL_4X6_IN,
        "sheet-letter-2x5": printing.LABEL_SHEET_LETTER_2X5,
    }[name]


def _client(args: argparse.Namespace, settings_url: str) -> StitchClient:
    from packstation.api import StitchClient
    from packstation.services.credentials import load_token

    api_url = args.print_api_url or getattr(args, "api_url", None) or settings_url
    token = os.environ.get(TOKEN_ENV) or load_token(api_url)
    if not token:
        raise NotPrintedError(
            fill(
                _tr(
                    "No access token for %1.\nSet it once with:  packstation token set --api-url"
                    " %1\n(scripts may set the environment variable %2 instead)"
                ),
                api_url,
                TOKEN_ENV,
            ),
            EXIT_CONFIG,
        )
    try:
        return StitchClient(api_url, token)
    except ValueError as exc:
        raise NotPrintedError(
            fill(_tr("Cannot use the API URL %1: %2"), api_url, exc), EXIT_CONFIG
        ) from exc


async def _slip_orders(client: StitchClient, ids: Sequence[str]) -> list[SlipOrder]:
    from packstation.api.errors import AuthError, NotFoundError, StitchError

    orders: list[SlipOrder] = []
    async with client:
        for fid in dict.fromkeys(ids):
            try:
                fulfillment = await client.get_fulfillment(fid)
                lines = await client.list_line_items(fid)
            except AuthError as exc:
                raise NotPrintedError(_tr("Stitch refused the access token."), EXIT_CONFIG) from exc
            except NotFoundError as exc:
                raise NotPrintedError(
                    fill(_tr("Stitch has no fulfillment %1; nothing printed."), fid)
                ) from exc
            except StitchError as exc:
                raise NotPrintedError(
                    fill(_tr("Order %1 could not be read: %2"), fid, exc)
                ) from exc
            orders.append((fulfillment, tuple(lines)))
    return orders


async def _products(client: StitchClient, skus: Sequence[str]) -> list[Product]:
    from packstation.api.errors import AuthError, StitchError

    found: list[Product] = []
    async with client:
        for sku in dict.fromkeys(skus):
            try:
                matches = [p for p in await client.list_products(sku=sku) if p.sku == sku]
            except AuthError as exc:
                raise NotPrintedError(_tr("Stitch refused the access token."), EXIT_CONFIG) from exc
            except StitchError as exc:
                raise NotPrintedError(
                    fill(_tr("Product %1 could not be read: %2"), sku, exc)
                ) from exc
            if not matches:
                raise NotPrintedError(
                    fill(_tr("Stitch has no product with SKU %1; nothing printed."), sku)
                )
            found.append(matches[0])
    return found


def _output(document: Document, args: argparse.Namespace) -> Printed:
    from packstation import printing

    try:
        if args.pdf is not None:
            return printing.save_pdf(document, args.pdf)
        return printing.print_to(_printer(args.printer), document)
    except (printing.PrintError, OSError) as exc:
        raise NotPrintedError(fill(_tr("Not printed: %1"), exc)) from exc
    except ValueError as exc:  # a barcode that cannot be printed, an empty document
        raise NotPrintedError(fill(_tr("Not printed: %1"), exc), EXIT_CONFIG) from exc


def _printer(name: str) -> Any:
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = QPrinterInfo.defaultPrinter() if not name else QPrinterInfo.printerInfo(name)
    if info.isNull():
        known = ", ".join(QPrinterInfo.availablePrinterNames()) or _tr("none")
        raise NotPrintedError(
            fill(_tr("No printer %1 here (printers: %2)."), name or _tr("(default)"), known)
        )
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)
