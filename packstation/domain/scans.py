"""What a scanned string can be: the typed outcomes of classifying one scan.

These records are shared by the classifier (`packstation.domain.classify`), the pack session and
everything above. They are immutable and hold only plain values, so they can be journaled and
compared.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class ScanKind(StrEnum):
    """The stable `kind` values of `packstation barcode` and of journaled scans."""

    PRODUCT = "product"
    GS1 = "gs1"
    TRACKING = "tracking"
    COMMAND = "command"
    MISREAD = "misread"
    TEXT = "text"


class Carrier(StrEnum):
    """Carriers whose tracking-number formats we recognise (stable strings, used in JSON)."""

    UPS = "UPS"
    FEDEX = "FedEx"
    USPS = "USPS"
    DHL = "DHL"
    AMAZON = "Amazon"
    CANADA_POST = "Canada Post"
    UPU_S10 = "UPU S10"
    ONTRAC = "OnTrac"
    LASERSHIP = "LaserShip"
    DPD = "DPD"
    PUROLATOR = "Purolator"
    CANPAR = "Canpar"
    DHL_ECOMMERCE = "DHL eCommerce"
    YODEL = "Yodel"
    EVRI = "Evri"
    ROYAL_MAIL = "Royal Mail"
    SPEE_DEE = "Spee-Dee"
    LANDMARK = "Landmark Global"
    YUNEXPRESS = "YunExpress"
    # A GS1 logistics label (AI 00): carrier-neutral, it ships as the order's carrier.
    SSCC = "SSCC"


class CommandName(StrEnum):
    """Station commands printed on the command sheet as `PS-CMD:<name>` etc."""

    SHIP = "SHIP"
    PARTIAL = "PARTIAL"
    UNDO = "UNDO"
    CANCEL = "CANCEL"
    ACK = "ACK"
    QTY = "QTY"
    USER = "USER"
    STATUS = "STATUS"
    WEIGH = "WEIGH"  # weigh the complete box again (the bench scale)


@dataclass(frozen=True, slots=True)
class TrackingCandidate:
    """One carrier whose format a tracking scan matches."""

    carrier: Carrier
    number: str  # normalised: the tracking number itself, label prefixes stripped
    check_digit: bool | None  # None: this format has no check digit
    url: str
    format: str = ""  # the format's name in the carrier table, e.g. "FedEx Express (12)"


@dataclass(frozen=True, slots=True)
class ProductScan:
    """A GTIN-8/12/13/14 or UPC-E product code, normalised to GTIN-14."""

    raw: str
    gtin14: str
    symbology: str | None = None  # AIM identifier such as "]E0", if the scanner sent one
    # A bare digit string can also be a tracking number (a 12-digit UPC-A looks like FedEx).
    tracking: tuple[TrackingCandidate, ...] = ()
    # Other GTIN-14s the same digits can be: an 8-digit code is a UPC-E and an EAN-8 at once
    # (`gtin14` is the UPC-E reading). The session matches every reading against the order.
    alternatives: tuple[str, ...] = ()

    @property
    def readings(self) -> tuple[str, ...]:
        return (self.gtin14, *self.alternatives)


@dataclass(frozen=True, slots=True)
class Gs1Scan:
    """A GS1 element string (GS1-128, GS1 DataMatrix)."""

    raw: str
    gtin14: str | None
    lot: str | None = None
    expiry: dt.date | None = None
    serial: str | None = None
    sscc: str | None = None
    # Every AI found, as text, keyed by AI ("01", "10", "17", "21", "00", ...).
    elements: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class TrackingScan:
    """A carrier label: candidates ranked best first (verified check digits first)."""

    raw: str
    candidates: tuple[TrackingCandidate, ...]


@dataclass(frozen=True, slots=True)
class CommandScan:
    """A station command from the command sheet or a badge."""

    raw: str
    name: CommandName
    argument: str | None = None  # QTY: "12"; USER: the packer; STATUS: the status text


@dataclass(frozen=True, slots=True)
class MisreadScan:
    """Looks like a code we know but fails its check: the packer should scan again."""

    raw: str
    problem: str  # packer's words, e.g. "check digit wrong — scan again"
    # What it looked like, e.g. ScanKind.PRODUCT for a GTIN with a bad check digit.
    looks_like: ScanKind = ScanKind.PRODUCT


@dataclass(frozen=True, slots=True)
class TextScan:
    """Anything else: possibly a fulfillment reference (slip), a SKU typed by hand, or garbage."""

    raw: str
    shown: str  # safe to display: control characters made visible, length capped
    problem: str | None = None


Scan = ProductScan | Gs1Scan | TrackingScan | CommandScan | MisreadScan | TextScan


def kind_of(scan: Scan) -> ScanKind:
    """The stable kind string of a classified scan."""
    match scan:
        case ProductScan():
            return ScanKind.PRODUCT
        case Gs1Scan():
            return ScanKind.GS1
        case TrackingScan():
            return ScanKind.TRACKING
        case CommandScan():
            return ScanKind.COMMAND
        case MisreadScan():
            return ScanKind.MISREAD
        case TextScan():
            return ScanKind.TEXT


__all__ = [
    "Carrier",
    "CommandName",
    "CommandScan",
    "Gs1Scan",
    "MisreadScan",
    "ProductScan",
    "Scan",
    "ScanKind",
    "TextScan",
    "TrackingCandidate",
    "TrackingScan",
    "kind_of",
]
