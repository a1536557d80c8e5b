"""Barcodes as vector SVG (python-barcode), painted into an explicit rectangle (QSvgRenderer).

python-barcode writes its SVG in millimetres on every attribute and without a viewBox, which Qt
would convert at its own idea of DPI. We rewrite it to unitless millimetre user units with a
viewBox, so the renderer maps exactly `width_mm × height_mm` onto the rectangle we give it: bars
stay vectors and the module width on paper is the one we chose.

Module widths are whole dots of a 600 dpi grid (also whole dots at 300 dpi and, for 10 mil, at 203
dpi), so printers render every bar with the same width instead of rounding some up, some down.
"""

from __future__ import annotations

import functools
import io
import math
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import barcode
from barcode.writer import SVGWriter
from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgRenderer

_SVG_NS = "http://www.w3.org/2000/svg"
ET.register_namespace("", _SVG_NS)

_INCH_MM = 25.4
MIL_MM = _INCH_MM / 1000  # one thousandth of an inch: how X dimensions are specified

# X dimensions (narrowest bar) in 600 dpi dots, widest first. 6 dots = 10 mil = 0.254 mm is the
# smallest a hand scanner reads reliably off a laser or thermal print.
MODULE_WIDTHS_MM: tuple[float, ...] = tuple(dots * _INCH_MM / 600 for dots in (12, 10, 8, 6))
MIN_MODULE_MM = MODULE_WIDTHS_MM[-1]

QUIET_ZONE_MODULES = 10  # ISO/IEC 15417 minimum for Code 128
GTIN_QUIET_ZONE_MODULES = 11  # EAN-13 needs 11 X on the left (7 on the right); we use 11 both sides


class Symbology(StrEnum):
    CODE128 = "Code 128"
    EAN13 = "EAN-13"
    UPCA = "UPC-A"
    EAN8 = "EAN-8"


class BarcodeTooWideError(ValueError):
    """The content needs more width than is available at the smallest readable module width."""


@dataclass(frozen=True, slots=True)
class Barcode:
    """One barcode, ready to paint. Sizes include the quiet zones."""

    symbology: Symbology
    data: str  # exactly what a scanner sends
    requested: str  # what the caller asked to encode (differs from `data` after substitution)
    svg: bytes
    width_mm: float
    height_mm: float
    module_mm: float
    max_width_mm: float | None = None  # the room it was fitted into

    @property
    def substituted(self) -> bool:
        """True when some characters could not be encoded and were replaced."""
        return self.data != self.requested

    @property
    def quiet_zone_mm(self) -> float:
        modules = (
            QUIET_ZONE_MODULES if self.symbology is Symbology.CODE128 else GTIN_QUIET_ZONE_MODULES
        )
        return modules * self.module_mm

    @property
    def human_text(self) -> str:
        """The human-readable line printed under the bars."""
        return self.data


# Characters a packer's words commonly contain that Code 128 cannot carry, mapped to what a
# keyboard-wedge scanner can type on any layout.
_SUBSTITUTES = {
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u2012": "-",  # figure dash
    "\u2013": "-",  # en dash
    "\u2014": "-",  # em dash
    "\u2212": "-",  # minus sign
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u00a0": " ",  # no-break space
    "\u2026": "...",
    "\u00df": "ss",
    "\u00e6": "ae",
    "\u00c6": "AE",
    "\u00f8": "o",
    "\u00d8": "O",
    "\u0142": "l",
    "\u0141": "L",
}
_REPLACEMENT = "-"


def code128_text(text: str) -> str:
    """`text` restricted to printable ASCII, the part of Code 128 every scanner types the same.

    Code 128 itself can carry control characters and (with FNC4) Latin-1, but a keyboard-wedge
    scanner types those differently per keyboard layout, so the station would not receive what was
    printed. Dashes and quotes become their ASCII forms, accents are dropped (é → e), anything else
    becomes '-'. Callers learn of a substitution through `Barcode.substituted`.
    """
    out: list[str] = []
    for ch in text:
        if " " <= ch <= "~":
            out.append(ch)
            continue
        if ch in _SUBSTITUTES:
            out.append(_SUBSTITUTES[ch])
            continue
        decomposed = "".join(
            c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
        )
        if decomposed and all(" " <= c <= "~" for c in decomposed):
            out.append(decomposed)
        else:
            out.append(_REPLACEMENT)
    return "".join(out)


def gtin_symbology(code: str) -> Symbology | None:
    """EAN-13, UPC-A or EAN-8 when `code` is a GTIN of that length with a correct check digit."""
    if not code.isascii() or not code.isdigit():
        return None
    by_length = {13: Symbology.EAN13, 12: Symbology.UPCA, 8: Symbology.EAN8}
    symbology = by_length.get(len(code))
    if symbology is None or not gtin_check_digit_ok(code):
        return None
    return symbology


def gtin_check_digit_ok(code: str) -> bool:
    """The GS1 mod-10 check: weights 3,1,3,... from the right, excluding the check digit."""
    body, check = code[:-1], int(code[-1])
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def code128(
    text: str,
    *,
    height_mm: float = 15.0,
    max_width_mm: float | None = None,
    module_widths_mm: Sequence[float] = MODULE_WIDTHS_MM,
) -> Barcode:
    """A Code 128 of `text` (after `code128_text`), with the widest module that fits `max_width_mm`.

    Raises BarcodeTooWideError when even the narrowest readable module does not fit.
    """
    data = code128_text(text)
    if not data:
        raise ValueError("nothing to encode")
    return _fit(Symbology.CODE128, data, text, height_mm, max_width_mm, module_widths_mm)


def product_barcode(
    upc: str,
    sku: str,
    *,
    height_mm: float = 15.0,
    max_width_mm: float | None = None,
    module_widths_mm: Sequence[float] = MODULE_WIDTHS_MM,
) -> Barcode:
    """The barcode a product carries: EAN-13/UPC-A/EAN-8 of a valid GTIN, else Code 128.

    A GTIN-14 is printed as Code 128 of its digits, which scans to the same string. A `upc` with a
    wrong check digit would scan as a misread at the station, so the SKU is printed instead.
    """
    code = upc.strip()
    symbology = gtin_symbology(code)
    if symbology is not None:
        return _fit(symbology, code, code, height_mm, max_width_mm, module_widths_mm)
    if len(code) == 14 and code.isascii() and code.isdigit() and gtin_check_digit_ok(code):
        return code128(
            code, height_mm=height_mm, max_width_mm=max_width_mm, module_widths_mm=module_widths_mm
        )
    return code128(
        sku, height_mm=height_mm, max_width_mm=max_width_mm, module_widths_mm=module_widths_mm
    )


def _fit(
    symbology: Symbology,
    data: str,
    requested: str,
    height_mm: float,
    max_width_mm: float | None,
    module_widths_mm: Sequence[float],
) -> Barcode:
    if not module_widths_mm:
        raise ValueError("no module widths to choose from")
    for module_mm in sorted(module_widths_mm, reverse=True):
        built = _build(symbology, data, requested, module_mm, height_mm, max_width_mm)
        if max_width_mm is None or built.width_mm <= max_width_mm + 1e-9:
            return built
    raise BarcodeTooWideError(
        f"{symbology} of {len(data)} characters needs {built.width_mm:.0f} mm, "
        f"only {max_width_mm:.0f} mm available"
    )


# Building is the slow part of printing (python-barcode's DOM, ~10 ms each) and warehouses print
# the same SKUs over and over; a Barcode is immutable, so the same arguments can share one.
@functools.lru_cache(maxsize=4096)
def _build(
    symbology: Symbology,
    data: str,
    requested: str,
    module_mm: float,
    height_mm: float,
    max_width_mm: float | None,
) -> Barcode:
    quiet = QUIET_ZONE_MODULES if symbology is Symbology.CODE128 else GTIN_QUIET_ZONE_MODULES
    options = {
        "module_width": module_mm,
        "module_height": height_mm,
        "quiet_zone": quiet * module_mm,
        "margin_top": 0.0,
        "margin_bottom": 0.0,
        # We print the human-readable line ourselves, in the document's font and layout.
        "write_text": False,
        "font_size": 0,
    }
    writer = SVGWriter()
    writer.compress = True  # only means "no pretty-printing" for in-memory writes
    code: barcode.base.Barcode
    match symbology:
        case Symbology.CODE128:
            code = barcode.get("code128", data, writer=writer)
        case Symbology.EAN13:
            code = barcode.get("ean13", data, writer=writer)
        case Symbology.UPCA:
            code = barcode.get("upca", data, writer=writer)
        case Symbology.EAN8:
            code = barcode.get("ean8", data, writer=writer)
    if symbology is not Symbology.CODE128 and code.get_fullcode() != data:
        # python-barcode recomputes check digits; we only hand it verified GTINs.
        raise ValueError(f"{symbology} would encode {code.get_fullcode()}, not {data}")
    buffer = io.BytesIO()
    code.write(buffer, options=options)
    svg, width_mm, height = _with_viewbox(buffer.getvalue())
    return Barcode(symbology, data, requested, svg, width_mm, height, module_mm, max_width_mm)


def module_widths_for_dpi(dpi: float, minimum_mm: float = MIN_MODULE_MM) -> tuple[float, ...]:
    """Module widths of whole device dots, widest (about 0.5 mm) first, none under `minimum_mm`.

    A 203 dpi thermal printer cannot print a 0.339 mm bar: it prints 2 or 3 dots depending on
    where the bar falls, and bar widths are what a scanner measures.
    """
    dot = _INCH_MM / dpi
    # 2 % leeway: two dots at 203 dpi (0.250 mm) is the usual "10 mil" of thermal printers.
    fewest = max(1, math.ceil(minimum_mm * 0.98 / dot))
    most = max(fewest, math.floor(0.51 / dot))
    return tuple(n * dot for n in range(most, fewest - 1, -1))


def refit(code: Barcode, module_widths_mm: Sequence[float]) -> Barcode:
    """`code` rebuilt with the widest of `module_widths_mm` that fits the same room.

    Keeps `code` as it is when none fits: a slightly uneven bar beats no barcode.
    """
    try:
        return _fit(
            code.symbology,
            code.data,
            code.requested,
            code.height_mm,
            code.max_width_mm,
            module_widths_mm,
        )
    except BarcodeTooWideError:
        return code


def _mm(value: str) -> float:
    return float(value.removesuffix("mm"))


def _with_viewbox(svg: bytes) -> tuple[bytes, float, float]:
    """Unitless millimetre coordinates plus a viewBox; returns (svg, width_mm, height_mm)."""
    root = ET.fromstring(svg)  # noqa: S314 - our own python-barcode output, not untrusted input
    width, height = _mm(root.attrib["width"]), _mm(root.attrib["height"])
    root.set("viewBox", f"0 0 {width:.4f} {height:.4f}")
    root.set("width", f"{width:.4f}")
    root.set("height", f"{height:.4f}")
    for element in root.iter():
        if element is root:
            continue
        # The background is "100%" wide, which QSvgRenderer takes relative to the painter's
        # device, not the viewBox: it would blank everything right of and below the barcode.
        if element.get("width") == "100%":
            element.set("width", f"{width:.4f}")
        if element.get("height") == "100%":
            element.set("height", f"{height:.4f}")
        for attribute in ("x", "y", "width", "height"):
            value = element.get(attribute)
            if value is not None and value.endswith("mm"):
                element.set(attribute, f"{_mm(value):.4f}")
    return ET.tostring(root, encoding="utf-8"), width, height


def paint_barcode(painter: QPainter, code: Barcode, target: QRectF) -> None:
    """Paint the bars (and quiet zones) into `target`, in the painter's coordinates.

    Callers pass a rectangle of the barcode's own size in device units; scaling it would change the
    module width that was chosen for the scanners.
    """
    renderer = QSvgRenderer(QByteArray(code.svg))
    if not renderer.isValid():
        raise ValueError(f"could not render the {code.symbology} barcode")
    renderer.render(painter, target)
