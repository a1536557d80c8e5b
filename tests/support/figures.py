"""A known shift, journaled through the real journal by real pack sessions fed real scans.

No tests here: the journal that the figures, history and export tests read. Every number the
tests assert can be checked by hand against the script below (times are Berlin local time on
Friday 2026-11-27, UTC+1).

alice, Station 1 (3 orders, 11 units, 1 wrong item, 2 undos, active 90 + 70 + 40 = 200 s):
  700001 SO-1001  2 × MUG + 1 × TEE   09:00:00 .. 09:01:30, a wrong item (socks) acknowledged
  700002 SO-1002  4 × MUG + 1 × CAP   10:00:00 .. 10:01:10, one undo, PS-QTY:3
  700003 SO-1003  3 × TEE             11:00:00 .. 11:20:40, one undo, a 20-minute break
bob, Station 2 (2 orders, 2 boxes, 3 units, 1 misread, 1 over-scan, 1 partial, 1 rejected):
  700004 SO-1004  2 × MUG + 2 × CAP   09:30:00 .. 09:30:50 box 1 (2 × MUG) by PS-CMD:PARTIAL,
                                      canceled at 09:31:00: the order left short
  700005 SO-1005  1 × CAP             13:00:00 .. 13:00:20, Stitch refused its shipment
The box of 700001 is sent (Stitch shipment 510001) at 09:02:00.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path

from packstation.domain.session import PackLine, ProductInfo, SessionSpec
from packstation.domain.tracking import carrier_for_shipping_method
from packstation.services.headless import demo_tracking_number
from packstation.services.scripted_pack import ScriptedPack
from packstation.store import Journal

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
DAY = dt.date(2026, 11, 27)

MUG = "012345678905"
TEE = "4006381333931"
CAP = "5901234123457"
SOCKS = "9780201379624"  # a product of the catalog that no order of the shift has
TEE_MISREAD = "4006381333932"  # check digit wrong

_PRODUCTS = {
    "MUG-BLU-12": ("Blue mug, 12 oz", MUG),
    "TEE-RED-M": ("Red tee, M", TEE),
    "CAP-BLK": ("Black cap", CAP),
}
_CATALOG = {
    "00012345678905": ProductInfo("MUG-BLU-12", "Blue mug, 12 oz"),
    "04006381333931": ProductInfo("TEE-RED-M", "Red tee, M"),
    "05901234123457": ProductInfo("CAP-BLK", "Black cap"),
    "09780201379624": ProductInfo("SOCK-GRN", "Green socks"),
}


def at(hour: int, minute: int = 0, second: int = 0, *, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=BERLIN)


def catalog(gtin14: str) -> ProductInfo | None:
    return _CATALOG.get(gtin14)


def spec(fulfillment_id: str, *lines: tuple[str, int]) -> SessionSpec:
    """An order of `lines` (sku, quantity); line ids are the fulfillment id and the line's index."""
    pack_lines = []
    for index, (sku, quantity) in enumerate(lines, start=1):
        name, code = _PRODUCTS[sku]
        gtin = "0" * (14 - len(code)) + code
        pack_lines.append(
            PackLine(f"{fulfillment_id}-{index}", sku, name, frozenset({gtin}), quantity)
        )
    return SessionSpec(
        fulfillment_id=fulfillment_id,
        order_number="SO-1" + fulfillment_id[-3:],
        lines=tuple(pack_lines),
        expected_carrier=carrier_for_shipping_method("UPS Ground"),
        service="UPS Ground",
    )


def label(fulfillment_id: str, box: int = 1) -> str:
    return demo_tracking_number(fulfillment_id, box)


def run(
    journal: Journal,
    order: SessionSpec,
    *,
    station: str,
    packer: str,
    opened: dt.datetime,
    script: list[tuple[dt.datetime, str]],
) -> ScriptedPack:
    """Open `order` and scan `script` ("ACK-KEY" is the acknowledge key)."""
    pack = ScriptedPack(
        journal,
        order,
        station=station,
        packer=packer,
        at=opened,
        catalog=catalog,
        session_id="s-" + order.fulfillment_id,
    )
    for moment, raw in script:
        if raw == "ACK-KEY":
            pack.acknowledge(moment)
        else:
            pack.scan(raw, moment)
    return pack


def write_shift(journal: Journal) -> dict[str, ScriptedPack]:
    packs: dict[str, ScriptedPack] = {}
    f = "700001"
    packs[f] = run(
        journal,
        spec(f, ("MUG-BLU-12", 2), ("TEE-RED-M", 1)),
        station="Station 1",
        packer="alice",
        opened=at(8, 59, 50),
        script=[
            (at(8, 59, 55), "SO-1001"),  # its own slip again: a notice, before the first item
            (at(9, 0, 0), MUG),
            (at(9, 0, 20), MUG),
            (at(9, 0, 40), SOCKS),  # wrong item
            (at(9, 0, 50), "PS-CMD:ACK"),
            (at(9, 1, 0), TEE),
            (at(9, 1, 30), label(f)),
        ],
    )
    f = "700002"
    packs[f] = run(
        journal,
        spec(f, ("MUG-BLU-12", 4), ("CAP-BLK", 1)),
        station="Station 1",
        packer="alice",
        opened=at(9, 59, 0),
        script=[
            (at(10, 0, 0), MUG),
            (at(10, 0, 10), MUG),
            (at(10, 0, 20), "PS-CMD:UNDO"),
            (at(10, 0, 30), "PS-QTY:3"),
            (at(10, 0, 40), MUG),
            (at(10, 0, 50), CAP),
            (at(10, 1, 10), label(f)),
        ],
    )
    f = "700003"
    packs[f] = run(
        journal,
        spec(f, ("TEE-RED-M", 3)),
        station="Station 1",
        packer="alice",
        opened=at(10, 59, 0),
        script=[
            (at(11, 0, 0), TEE),
            (at(11, 0, 10), TEE),
            (at(11, 0, 20), "PS-CMD:UNDO"),
            (at(11, 0, 30), TEE),
            (at(11, 20, 30), TEE),  # after a 20-minute break
            (at(11, 20, 40), label(f)),
        ],
    )
    f = "700004"
    packs[f] = run(
        journal,
        spec(f, ("MUG-BLU-12", 2), ("CAP-BLK", 2)),
        station="Station 2",
        packer="bob",
        opened=at(9, 29, 0),
        script=[
            (at(9, 30, 0), MUG),
            (at(9, 30, 5), TEE_MISREAD),
            (at(9, 30, 10), "ACK-KEY"),
            (at(9, 30, 15), MUG),
            (at(9, 30, 20), MUG),  # one too many
            (at(9, 30, 25), "PS-CMD:ACK"),
            (at(9, 30, 40), "PS-CMD:PARTIAL"),
            (at(9, 30, 50), label(f)),
            (at(9, 31, 0), "PS-CMD:CANCEL"),
        ],
    )
    f = "700005"
    packs[f] = run(
        journal,
        spec(f, ("CAP-BLK", 1)),
        station="Station 2",
        packer="bob",
        opened=at(12, 59, 0),
        script=[(at(13, 0, 0), CAP), (at(13, 0, 20), label(f))],
    )
    sent = packs["700001"].boxes[0]
    journal.outbox.mark_sending(sent.local_id, at=at(9, 2, 0))
    journal.outbox.mark_sent(sent.local_id, "510001", at=at(9, 2, 0))
    refused = packs["700005"].boxes[0]
    journal.outbox.mark_sending(refused.local_id, at=at(13, 1, 0))
    journal.outbox.mark_rejected(
        refused.local_id,
        "shipment.line_items[0].quantity: exceeds the 0 units left to ship",
        at=at(13, 1, 0),
    )
    return packs


def shift_journal(path: Path) -> Journal:
    journal = Journal.open(path, clock=lambda: at(17, 0, 0))
    write_shift(journal)
    return journal
