"""Classified scans as plain JSON-able dicts, so a journal can store them and give them back as is.

A resumed pack replays journaled scans without classifying their raw strings again: the answer of
the classifier at the time is what counted, even if a later version would read the code otherwise.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from packstation.domain.scans import (
    Carrier,
    CommandName,
    CommandScan,
    Gs1Scan,
    MisreadScan,
    ProductScan,
    Scan,
    ScanKind,
    TextScan,
    TrackingCandidate,
    TrackingScan,
    kind_of,
)

JsonDict = dict[str, Any]


def candidate_to_record(candidate: TrackingCandidate) -> JsonDict:
    return {
        "carrier": candidate.carrier.value,
        "number": candidate.number,
        "check_digit": candidate.check_digit,
        "url": candidate.url,
        "format": candidate.format,
    }


def candidate_from_record(record: JsonDict) -> TrackingCandidate:
    check = record["check_digit"]
    return TrackingCandidate(
        carrier=Carrier(record["carrier"]),
        number=str(record["number"]),
        check_digit=None if check is None else bool(check),
        url=str(record["url"]),
        format=str(record.get("format", "")),  # journals before formats were named lack it
    )


def scan_to_record(scan: Scan) -> JsonDict:
    """Every field of the scan, tagged with its stable kind."""
    record: JsonDict = {"kind": kind_of(scan).value, "raw": scan.raw}
    match scan:
        case ProductScan():
            record["gtin14"] = scan.gtin14
            record["symbology"] = scan.symbology
            record["tracking"] = [candidate_to_record(c) for c in scan.tracking]
            record["alternatives"] = list(scan.alternatives)
        case Gs1Scan():
            record["gtin14"] = scan.gtin14
            record["lot"] = scan.lot
            record["expiry"] = scan.expiry.isoformat() if scan.expiry else None
            record["serial"] = scan.serial
            record["sscc"] = scan.sscc
            record["elements"] = [[ai, value] for ai, value in scan.elements]
        case TrackingScan():
            record["candidates"] = [candidate_to_record(c) for c in scan.candidates]
        case CommandScan():
            record["name"] = scan.name.value
            record["argument"] = scan.argument
        case MisreadScan():
            record["problem"] = scan.problem
            record["looks_like"] = scan.looks_like.value
        case TextScan():
            record["shown"] = scan.shown
            record["problem"] = scan.problem
    return record


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)


def scan_from_record(record: JsonDict) -> Scan:
    """The scan `scan_to_record` wrote; KeyError/ValueError if the record is not one."""
    kind = ScanKind(record["kind"])
    raw = str(record["raw"])
    match kind:
        case ScanKind.PRODUCT:
            return ProductScan(
                raw=raw,
                gtin14=str(record["gtin14"]),
                symbology=_opt_str(record.get("symbology")),
                tracking=tuple(candidate_from_record(c) for c in record.get("tracking", ())),
                alternatives=tuple(str(g) for g in record.get("alternatives", ())),
            )
        case ScanKind.GS1:
            expiry = record.get("expiry")
            return Gs1Scan(
                raw=raw,
                gtin14=_opt_str(record.get("gtin14")),
                lot=_opt_str(record.get("lot")),
                expiry=dt.date.fromisoformat(expiry) if expiry else None,
                serial=_opt_str(record.get("serial")),
                sscc=_opt_str(record.get("sscc")),
                elements=tuple((str(ai), str(v)) for ai, v in record.get("elements", ())),
            )
        case ScanKind.TRACKING:
            return TrackingScan(
                raw=raw,
                candidates=tuple(candidate_from_record(c) for c in record["candidates"]),
            )
        case ScanKind.COMMAND:
            return CommandScan(
                raw=raw,
                name=CommandName(record["name"]),
                argument=_opt_str(record.get("argument")),
            )
        case ScanKind.MISREAD:
            return MisreadScan(
                raw=raw,
                problem=str(record["problem"]),
                looks_like=ScanKind(record.get("looks_like", ScanKind.PRODUCT.value)),
            )
        case ScanKind.TEXT:
            return TextScan(
                raw=raw, shown=str(record["shown"]), problem=_opt_str(record.get("problem"))
            )


__all__ = [
    "JsonDict",
    "candidate_from_record",
    "candidate_to_record",
    "scan_from_record",
    "scan_to_record",
]
