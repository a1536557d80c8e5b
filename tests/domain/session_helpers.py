"""Building blocks for pack-session tests: an order, scans as the classifier would give them."""

from __future__ import annotations

import datetime as dt

from packstation.domain.events import PackEvent
from packstation.domain.scans import (
    Carrier,
    CommandName,
    CommandScan,
    Gs1Scan,
    MisreadScan,
    ProductScan,
    Scan,
    TextScan,
    TrackingCandidate,
    TrackingScan,
)
from packstation.domain.session import PackLine, PackSession, SessionSpec

T0 = dt.datetime(2026, 11, 27, 8, 0, tzinfo=dt.UTC)

MUG_GTIN = "00012345678905"
MUG_EAN = "05012345678900"  # a second barcode the catalog knows for the mug
TEA_GTIN = "04006381333931"
CAP_GTIN = "00036000291452"
SOCK_GTIN = "00614141000036"  # in the catalog, not in the order

MUG = PackLine("880001", "MUG-BLU-12", "Blue mug, 12 oz", frozenset({MUG_GTIN, MUG_EAN}), 2)
TEA = PackLine("880002", "TEA-EARL", "Earl Grey tea", frozenset({TEA_GTIN}), 1)
CAP = PackLine("880003", "CAP-BLK", "Black cap", frozenset({CAP_GTIN}), 3, shipped_before=1)


def spec(*lines: PackLine, **options: object) -> SessionSpec:
    fields: dict[str, object] = {
        "fulfillment_id": "700123",
        "order_number": "O1053",
        "channel_order_number": "#1052",
        "lines": lines or (MUG, TEA, CAP),
        "expected_carrier": Carrier.UPS,
        "service": "UPS Ground",
    }
    fields.update(options)
    return SessionSpec(**fields)  # type: ignore[arg-type]


def product(gtin: str, *, tracking: tuple[TrackingCandidate, ...] = ()) -> ProductScan:
    return ProductScan(raw=gtin.lstrip("0") or "0", gtin14=gtin, tracking=tracking)


def gs1(gtin: str | None, lot: str = "L42") -> Gs1Scan:
    raw = f"01{gtin}10{lot}" if gtin else "00106141411234567897"
    return Gs1Scan(raw=raw, gtin14=gtin, lot=lot)


def text(raw: str) -> TextScan:
    return TextScan(raw=raw, shown=raw)


def misread(raw: str = "0012345678901") -> MisreadScan:
    return MisreadScan(raw=raw, problem="check digit wrong — scan again")


def cmd(name: CommandName, argument: str | None = None) -> CommandScan:
    prefix = {
        CommandName.QTY: "PS-QTY:",
        CommandName.USER: "PS-USER:",
        CommandName.STATUS: "PS-STATUS:",
    }.get(name, "PS-CMD:")
    return CommandScan(raw=prefix + (argument or name.value), name=name, argument=argument)


def candidate(carrier: Carrier, number: str, check: bool | None = True) -> TrackingCandidate:
    return TrackingCandidate(carrier, number, check, f"https://track.example/{number}")


UPS_NUMBER = "1Z999AA10123456784"
FEDEX_NUMBER = "123456789012"
UPS_LABEL = TrackingScan(UPS_NUMBER, (candidate(Carrier.UPS, UPS_NUMBER),))
UPS_NUMBER_2 = "1Z999AA10123456800"
UPS_LABEL_2 = TrackingScan(UPS_NUMBER_2, (candidate(Carrier.UPS, UPS_NUMBER_2),))
FEDEX_LABEL = TrackingScan(FEDEX_NUMBER, (candidate(Carrier.FEDEX, FEDEX_NUMBER),))

SHIP = cmd(CommandName.SHIP)
PARTIAL = cmd(CommandName.PARTIAL)
UNDO = cmd(CommandName.UNDO)
CANCEL = cmd(CommandName.CANCEL)
ACK = cmd(CommandName.ACK)


def qty(n: int | str) -> CommandScan:
    return cmd(CommandName.QTY, str(n))


class Packer:
    """Feeds scans one second apart, as a packer at the station would."""

    def __init__(self, session: PackSession, packer: str | None = None) -> None:
        self.session = session
        self.clock = T0
        self.packer = packer  # who is signed in, as the service passes it
        self.approved_by: str | None = None

    def __call__(self, *scans: Scan) -> PackEvent:
        event: PackEvent | None = None
        for scan in scans:
            self.clock += dt.timedelta(seconds=1)
            event = self.session.scan(
                scan, self.clock, packer=self.packer, approved_by=self.approved_by
            )
        assert event is not None
        return event

    def ack_key(self) -> PackEvent:
        self.clock += dt.timedelta(seconds=1)
        return self.session.acknowledge(self.clock)


def new(*lines: PackLine, packer: str | None = None, **options: object) -> Packer:
    """A packer at a fresh session of `spec(*lines, **options)`, no catalog."""
    return Packer(PackSession(spec(*lines, **options)), packer)
