"""Reading claims: a fulfillment status that says another station is packing it.

The claim format is a setting (`Packing · {station} · {packer}`); a status is another station's
claim when it has the same shape with another station name in it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from packstation.domain.records import Fulfillment

CLAIM_WINDOW = dt.timedelta(minutes=30)


@dataclass(frozen=True, slots=True)
class Claim:
    station: str
    packer: str | None
    text: str


def claim_pattern(claim_format: str) -> re.Pattern[str] | None:
    """A regex reading `claim_format`'s shape; None when it has no `{station}` to tell by."""
    if "{station}" not in claim_format:
        return None
    parts = re.split(r"(\{station\}|\{packer\})", claim_format.strip())
    regex = ""
    for part in parts:
        if part == "{station}":
            regex += r"(?P<station>.+?)"
        elif part == "{packer}":
            regex += r"(?P<packer>.+?)"
        else:
            regex += re.escape(part)
    return re.compile(regex + r"\Z", re.DOTALL)


def read_claim(claim_format: str, status: str) -> Claim | None:
    pattern = claim_pattern(claim_format)
    if pattern is None or not status:
        return None
    m = pattern.match(status.strip())
    if m is None:
        return None
    groups = m.groupdict()
    return Claim(station=groups["station"], packer=groups.get("packer"), text=status)


def other_station_claim(
    fulfillment: Fulfillment,
    *,
    claim_format: str,
    station: str,
    now: dt.datetime,
    window: dt.timedelta = CLAIM_WINDOW,
) -> Claim | None:
    """Another station's recent claim on `fulfillment` (a stale one is no longer a claim)."""
    claim = read_claim(claim_format, fulfillment.status)
    if claim is None or claim.station.casefold() == station.strip().casefold():
        return None
    if now - fulfillment.updated_at > window:
        return None
    return claim


__all__ = ["CLAIM_WINDOW", "Claim", "claim_pattern", "other_station_claim", "read_claim"]
