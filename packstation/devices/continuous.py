"""Continuous-output scales: a line per reading, sent without being asked.

The common form (A&D, many weighing indicators and shipping scales in "stream" mode):
`ST,GS,+  1.234kg<CR><LF>`: a stability header (`ST` stable, `US` unstable, `OL` overload; `QT`
counting lines are skipped), a weight-kind header (`GS` gross, `NT` net, `TR` tare), a sign, the
number, the unit. A bare number without a unit takes the station's configured unit. Mettler
Toledo's binary "Toledo continuous" (STX + status words) is not this format.
"""

from __future__ import annotations

import re
from typing import Final

from packstation.devices.errors import ScaleProtocolError
from packstation.devices.readings import Reading, Status, weight_from_text
from packstation.domain.weights import Unit

__all__ = ["TERMINATOR", "parse_continuous"]

TERMINATOR: Final = b"\n"

_LINE = re.compile(
    r"^(ST|US|OL|QT)\s*,\s*(?:(GS|NT|TR|G|N|T)\s*,\s*)?([+-])?\s*([0-9]*\.?[0-9]+)?\s*([A-Za-z]*)\s*$"
)


def parse_continuous(line: bytes | str, default_unit: Unit = Unit.G) -> Reading | None:
    """The reading on one line, or None for a line to skip (blank, counting, tare)."""
    text = (line.decode("ascii", "replace") if isinstance(line, bytes) else line).strip()
    if not text:
        return None
    m = _LINE.match(text)
    if m is None:
        raise ScaleProtocolError(f"continuous: unexpected line {text!r}")
    header, kind, sign, number, unit = m.groups()
    if header == "QT" or kind in ("TR", "T"):
        return None
    if header == "OL":
        return Reading(Status.UNDERLOAD if sign == "-" else Status.OVERLOAD)
    if number is None:
        raise ScaleProtocolError(f"continuous: no weight in {text!r}")
    weight = weight_from_text((sign or "") + number, unit, default_unit, text)
    return Reading(Status.STABLE if header == "ST" else Status.MOTION, weight)
