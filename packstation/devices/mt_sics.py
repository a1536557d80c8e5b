"""Mettler Toledo MT-SICS (Standard Interface Command Set), level 0: `SI` = weight immediately.

Command `SI<CR><LF>`; answers (one line, CR LF):
  `S S     100.00 g`   stable weight        `S D     100.01 g`   dynamic (still moving)
  `S I`                busy / not executable `S +` / `S -`       overload / underload
  `ES` syntax error, `ET` transmission error, `EL` logical error (command not understood).
`SI` rather than `S` (stable only): `S` blocks inside the balance until it settles, while `SI`
lets Packstation show the live weight and decide itself how long to wait for stability.
"""

from __future__ import annotations

import re
from typing import Final

from packstation.devices.errors import ScaleProtocolError
from packstation.devices.readings import Reading, Status, weight_from_text
from packstation.domain.weights import Unit

__all__ = ["REQUEST", "TERMINATOR", "parse_mt_sics"]

REQUEST: Final = b"SI\r\n"
TERMINATOR: Final = b"\r\n"

_WEIGHT = re.compile(r"^S\s+([SD])\s+([-+]?\s*[0-9]+(?:\.[0-9]*)?)\s*([A-Za-z]*)\s*$")
_STATE = re.compile(r"^S\s+([I+\-])\s*$")
_ERRORS: Final = {
    "ES": "syntax error (command not understood)",
    "ET": "transmission error",
    "EL": "logical error (command not possible)",
}


def parse_mt_sics(line: bytes | str, default_unit: Unit = Unit.G) -> Reading:
    text = (line.decode("ascii", "replace") if isinstance(line, bytes) else line).strip()
    if m := _WEIGHT.match(text):
        status = Status.STABLE if m.group(1) == "S" else Status.MOTION
        return Reading(status, weight_from_text(m.group(2), m.group(3), default_unit, text))
    if m := _STATE.match(text):
        code = m.group(1)
        if code == "+":
            return Reading(Status.OVERLOAD)
        if code == "-":
            return Reading(Status.UNDERLOAD)
        return Reading(Status.MOTION, detail="busy")
    if text in _ERRORS:
        raise ScaleProtocolError(f"MT-SICS {text}: {_ERRORS[text]}")
    raise ScaleProtocolError(f"MT-SICS: unexpected answer {text!r}")
