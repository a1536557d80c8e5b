"""What a pack session starts from: the order's lines, the station's options, the catalog and the
choice of a carrier label's reading. Journaled with the session (`SessionSpec.to_record`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from packstation.domain.scan_records import JsonDict
from packstation.domain.scans import Carrier, TrackingCandidate
from packstation.domain.signin import BadgePolicy
from packstation.domain.tracking import best_tracking

STOP_CONFIRM_SECONDS = 5.0  # the second PS-CMD:CANCEL must come this soon to stop a started box


@dataclass(frozen=True, slots=True)
class PackLine:
    """One fulfillment line item as the session needs it."""

    line_id: str
    sku: str
    name: str
    barcodes: frozenset[str]  # GTIN-14s: the line's upc and the catalog's barcodes for the SKU
    ordered: int
    shipped_before: int = 0  # shipped in earlier sessions (Stitch's quantity_shipped)
    kit: str = ""  # the kit this line is a component of, when the order says so

    @property
    def to_ship(self) -> int:
        return max(0, self.ordered - self.shipped_before)


@dataclass(frozen=True, slots=True)
class SessionSpec:
    """Everything a session starts from; journal it (`to_record`) next to the events."""

    fulfillment_id: str
    order_number: str
    lines: tuple[PackLine, ...]
    expected_carrier: Carrier | None = None  # from the shipping method, when it names one
    service: str = ""  # the shipping method text, posted as the shipment's service
    channel_order_number: str = ""
    require_ship_command: bool = False  # station setting: PS-CMD:SHIP before the carrier label
    # Machine settings (defaults are the safe choice; older journaled specs lack them):
    carrier_mismatch_locks: bool = True  # False: a wrong-carrier label ships with a warning
    unknown_label_needs_approval: bool = False  # accepting an unknown label asks a supervisor
    stop_confirm_seconds: float = STOP_CONFIRM_SECONDS
    badge_mid_pack: BadgePolicy = BadgePolicy.ASK

    def to_record(self) -> JsonDict:
        return {
            "fulfillment_id": self.fulfillment_id,
            "order_number": self.order_number,
            "channel_order_number": self.channel_order_number,
            "expected_carrier": None
            if self.expected_carrier is None
            else self.expected_carrier.value,
            "service": self.service,
            "require_ship_command": self.require_ship_command,
            "carrier_mismatch_locks": self.carrier_mismatch_locks,
            "unknown_label_needs_approval": self.unknown_label_needs_approval,
            "stop_confirm_seconds": self.stop_confirm_seconds,
            "badge_mid_pack": self.badge_mid_pack.value,
            "lines": [
                {
                    "line_id": line.line_id,
                    "sku": line.sku,
                    "name": line.name,
                    "barcodes": sorted(line.barcodes),
                    "ordered": line.ordered,
                    "shipped_before": line.shipped_before,
                    "kit": line.kit,
                }
                for line in self.lines
            ],
        }

    @classmethod
    def from_record(cls, record: JsonDict) -> SessionSpec:
        carrier = record["expected_carrier"]
        return cls(
            fulfillment_id=str(record["fulfillment_id"]),
            order_number=str(record["order_number"]),
            channel_order_number=str(record["channel_order_number"]),
            expected_carrier=None if carrier is None else Carrier(carrier),
            service=str(record["service"]),
            require_ship_command=bool(record["require_ship_command"]),
            carrier_mismatch_locks=bool(record.get("carrier_mismatch_locks", True)),
            unknown_label_needs_approval=bool(record.get("unknown_label_needs_approval", False)),
            stop_confirm_seconds=float(record.get("stop_confirm_seconds", STOP_CONFIRM_SECONDS)),
            badge_mid_pack=BadgePolicy(record.get("badge_mid_pack", BadgePolicy.ASK.value)),
            lines=tuple(
                PackLine(
                    line_id=str(line["line_id"]),
                    sku=str(line["sku"]),
                    name=str(line["name"]),
                    barcodes=frozenset(str(b) for b in line["barcodes"]),
                    ordered=int(line["ordered"]),
                    shipped_before=int(line["shipped_before"]),
                    kit=str(line.get("kit", "")),
                )
                for line in record["lines"]
            ),
        )


@dataclass(frozen=True, slots=True)
class ProductInfo:
    """What the catalog says a GTIN is: names a wrong item that is not in this order."""

    sku: str
    name: str


@dataclass(frozen=True, slots=True)
class TrackingChoice:
    candidate: TrackingCandidate
    warning: str | None = None  # "looks like UPS, order ships FedEx"


CatalogLookup = Callable[[str], ProductInfo | None]  # GTIN-14 -> product, if the catalog knows it
TrackingChooser = Callable[[Sequence[TrackingCandidate], Carrier | None], TrackingChoice | None]


def choose_tracking(
    candidates: Sequence[TrackingCandidate], expected: Carrier | None
) -> TrackingChoice | None:
    """The candidate to ship with: the expected carrier if it matches, else the best ranked.

    Candidates arrive ranked best first (verified check digits first). One whose check digit fails
    is never chosen; None when nothing is left (a misread label).
    """
    usable = [c for c in candidates if c.check_digit is not False]
    if not usable:
        return None
    best, warning = best_tracking(usable, expected)
    return TrackingChoice(best, warning)


__all__ = [
    "STOP_CONFIRM_SECONDS",
    "CatalogLookup",
    "PackLine",
    "ProductInfo",
    "SessionSpec",
    "TrackingChoice",
    "TrackingChooser",
    "choose_tracking",
]
