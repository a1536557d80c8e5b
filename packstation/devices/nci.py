"""NCI / Avery Weigh-Tronix SCP-01 ("W<CR>" protocol) spoken by many shipping scales.

Command `W<CR>`; answer `<LF>weight+unit<CR><LF>status bytes<CR><ETX>`, e.g.
`\\n  1.234lb\\r\\n00\\r\\x03`, or in pounds and ounces
`\\n 2lb 3.5oz\\r\\n00\\r\\x03`. Over or under capacity the weight field may hold dashes or
carets; the status bytes say why. SCP-02 scales put an `S` before the status bytes. An unknown
command is answered `\\n?\\r\\x03`.

Status byte 1: bit 0 in motion, bit 1 at zero, bit 2 RAM error, bit 3 EEPROM error.
Status byte 2: bit 0 under capacity, bit 1 over capacity, bit 2 ROM error, bit 3 faulty
calibration, bit 6 another byte follows. Bits 4 and 5 are always 1 (so '0' = 0x30 is "all
clear"), bit 7 is parity and is ignored.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from packstation.devices.errors import ScaleProtocolError
from packstation.devices.readings import Reading, Status, weight_from_text
from packstation.domain.weights import Unit, Weight

__all__ = ["REQUEST", "TERMINATOR", "parse_nci"]

REQUEST: Final = b"W\r"
TERMINATOR: Final = b"\x03"

_LB_OZ = re.compile(r"^([-+]?\s*[0-9]+)\s*lb\s+([0-9]+(?:\.[0-9]*)?)\s*oz$", re.IGNORECASE)
_DECIMAL = re.compile(r"^([-+]?\s*[0-9]*\.?[0-9]+)\s*([A-Za-z]*)$")


def parse_nci(frame: bytes, default_unit: Unit = Unit.LB) -> Reading:
    text = bytes(b & 0x7F for b in frame).decode("ascii", "replace")
    parts = [p.strip("\n\x03 ") for p in text.split("\r")]
    parts = [p for p in parts if p]
    if parts == ["?"]:
        raise ScaleProtocolError("NCI: the scale did not understand the command ('?')")
    if len(parts) < 2:
        raise ScaleProtocolError(f"NCI: no weight and status in {frame!r}")
    weight_text, status_text = parts[0].strip(), parts[1].strip().removeprefix("S")
    if len(status_text) < 2:
        raise ScaleProtocolError(f"NCI: status bytes missing in {frame!r}")
    s1, s2 = ord(status_text[0]), ord(status_text[1])
    if s1 & 0b1100 or s2 & 0b1100:
        faults = [
            name
            for bit, byte, name in (
                (2, s1, "RAM error"),
                (3, s1, "EEPROM error"),
                (2, s2, "ROM error"),
                (3, s2, "faulty calibration"),
            )
            if byte >> bit & 1
        ]
        return Reading(Status.FAULT, detail=", ".join(faults))
    if s2 & 0b10:
        return Reading(Status.OVERLOAD)
    if s2 & 0b01:
        return Reading(Status.UNDERLOAD)
    weight = _weight(weight_text, default_unit, frame)
    return Reading(Status.MOTION if s1 & 0b01 else Status.STABLE, weight)


def _weight(text: str, default_unit: Unit, frame: bytes) -> Weight:
    if m := _LB_OZ.match(text):
        pounds = Decimal(m.group(1).replace(" ", ""))
        ounces = Decimal(m.group(2))
        sign = -1 if pounds < 0 or m.group(1).strip().startswith("-") else 1
        return Weight(sign * (abs(pounds) * 16 + ounces), Unit.OZ)
    if m := _DECIMAL.match(text):
        return weight_from_text(m.group(1), m.group(2), default_unit, frame)
    raise ScaleProtocolError(f"NCI: no weight in {frame!r}")
