"""The history of a fulfillment and the audit trail as CSV and JSON, with stable columns and keys.

Times are ISO 8601 with the station's UTC offset, to the millisecond
(`2026-11-27T09:15:02.250+01:00`).

**History CSV** (UTF-8, header row, `\\r\\n` line ends, one row per record, in time order):
`HISTORY_COLUMNS` = record, at, station, packer, order_number, session_id, seq, kind, scanned,
result, units, box_number, description, tracking_number, carrier, shipment_state, remote_id,
sent_at, message. `record` is opened / scan / closed / audit / shipment. A shipment row is a box's
shipment as the outbox holds it now: `at` is when its carrier label was scanned, `result` and
`shipment_state` its state, `message` Stitch's rejection (or the last error while still trying).
Cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) get a
leading `'`; the JSON keeps every value exactly as scanned.

**History JSON**: `{"format": "packstation.history/1", "fulfillment_id", "order_number",
"time_zone", "entries": [...], "shipments": [...]}`; an entry has the CSV's keys record ..
description (seq, box_number may be null); a shipment has local_id, session_id, box_number,
closed_at, station, packer, state, carrier, service, tracking_number, shipped_at,
lines [{line_id, sku, quantity}], units, attempts, remote_id, sent_at, rejected_message, last_error.

**Audit CSV / JSON**: `AUDIT_COLUMNS` = at, station, who, what, why, fulfillment_id, session_id,
details (details: a JSON object; in CSV as compact JSON text). JSON: `{"format":
"packstation.audit/1", "time_zone", "entries": [...]}`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

from packstation.services.history import (
    AuditRow,
    EntryKind,
    FulfillmentHistory,
    HistoryEntry,
    ShipmentEntry,
)
from packstation.services.history_words import units_words

HISTORY_FORMAT = "packstation.history/1"
AUDIT_FORMAT = "packstation.audit/1"

HISTORY_COLUMNS: tuple[str, ...] = (
    "record",
    "at",
    "station",
    "packer",
    "order_number",
    "session_id",
    "seq",
    "kind",
    "scanned",
    "result",
    "units",
    "box_number",
    "description",
    "tracking_number",
    "carrier",
    "shipment_state",
    "remote_id",
    "sent_at",
    "message",
)

AUDIT_COLUMNS: tuple[str, ...] = (
    "at",
    "station",
    "who",
    "what",
    "why",
    "fulfillment_id",
    "session_id",
    "details",
)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def timestamp(moment: dt.datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="milliseconds")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    text = str(value)
    # A scanned code or a name is data, never a formula to run in the supervisor's spreadsheet.
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return out.getvalue()


def entry_json(entry: HistoryEntry, order_number: str) -> dict[str, Any]:
    return {
        "record": entry.record.value,
        "at": timestamp(entry.at),
        "station": entry.station,
        "packer": entry.packer,
        "order_number": order_number,
        "session_id": entry.session_id,
        "seq": entry.seq,
        "kind": entry.kind,
        "scanned": entry.scanned,
        "result": entry.result,
        "units": entry.units,
        "box_number": entry.box_number,
        "description": entry.description,
    }


def shipment_json(shipment: ShipmentEntry) -> dict[str, Any]:
    return {
        "local_id": shipment.local_id,
        "session_id": shipment.session_id,
        "box_number": shipment.box_number,
        "closed_at": timestamp(shipment.closed_at),
        "station": shipment.station,
        "packer": shipment.packer,
        "state": shipment.state,
        "carrier": shipment.carrier,
        "service": shipment.service,
        "tracking_number": shipment.tracking_number,
        "shipped_at": shipment.shipped_at,
        "lines": [
            {"line_id": line.line_id, "sku": line.sku, "quantity": line.quantity}
            for line in shipment.lines
        ],
        "units": shipment.units,
        "attempts": shipment.attempts,
        "remote_id": shipment.remote_id,
        "sent_at": timestamp(shipment.sent_at),
        "rejected_message": shipment.rejected_message,
        "last_error": shipment.last_error,
    }


def history_json(history: FulfillmentHistory) -> dict[str, Any]:
    return {
        "format": HISTORY_FORMAT,
        "fulfillment_id": history.fulfillment_id,
        "order_number": history.order_number,
        "time_zone": history.time_zone,
        "entries": [entry_json(e, history.order_number) for e in history.entries],
        "shipments": [shipment_json(s) for s in history.shipments],
    }


def shipment_words(shipment: ShipmentEntry) -> str:
    contents = ", ".join(f"{line.quantity} × {line.sku}" for line in shipment.lines)
    words = f"box {shipment.box_number}: {units_words(shipment.units)} ({contents})"
    if shipment.state == "sent":
        return f"{words}; in Stitch as shipment {shipment.remote_id}"
    if shipment.state == "rejected":
        return f"{words}; refused by Stitch, waiting for a supervisor"
    if shipment.state == "discarded":
        return f"{words}; not sent: a supervisor discarded it"
    return f"{words}; waiting to be sent to Stitch"


def _shipment_row(shipment: ShipmentEntry, order_number: str) -> list[object]:
    return [
        EntryKind.SHIPMENT.value,
        timestamp(shipment.closed_at),
        shipment.station,
        shipment.packer,
        order_number,
        shipment.session_id,
        None,
        "",
        "",
        shipment.state,
        shipment.units,
        shipment.box_number,
        shipment_words(shipment),
        shipment.tracking_number,
        shipment.carrier,
        shipment.state,
        shipment.remote_id,
        timestamp(shipment.sent_at),
        shipment.rejected_message or shipment.last_error,
    ]


def history_csv(history: FulfillmentHistory) -> str:
    ranked: list[tuple[dt.datetime, int, int, list[object]]] = []
    for i, entry in enumerate(history.entries):
        row = list(entry_json(entry, history.order_number).values())
        # A session's end comes after the shipment of the box whose label ended it.
        rank = 2 if entry.record is EntryKind.CLOSED else 0
        ranked.append((entry.at, rank, i, [*row, "", "", "", "", "", ""]))
    for i, shipment in enumerate(history.shipments):
        # After the carrier label scan that closed the box (same instant).
        ranked.append((shipment.closed_at, 1, i, _shipment_row(shipment, history.order_number)))
    ranked.sort(key=lambda item: item[:3])
    return _csv(HISTORY_COLUMNS, (item[3] for item in ranked))


def audit_json(rows: Sequence[AuditRow], time_zone: str) -> dict[str, Any]:
    return {
        "format": AUDIT_FORMAT,
        "time_zone": time_zone,
        "entries": [
            {
                "at": timestamp(row.at),
                "station": row.station,
                "who": row.who,
                "what": row.what,
                "why": row.why,
                "fulfillment_id": row.fulfillment_id,
                "session_id": row.session_id,
                "details": dict(row.details),
            }
            for row in rows
        ],
    }


def audit_csv(rows: Sequence[AuditRow]) -> str:
    return _csv(
        AUDIT_COLUMNS,
        (
            [
                timestamp(row.at),
                row.station,
                row.who,
                row.what,
                row.why,
                row.fulfillment_id,
                row.session_id,
                json.dumps(dict(row.details), ensure_ascii=False, sort_keys=True),
            ]
            for row in rows
        ),
    )


def dumps(value: dict[str, Any]) -> str:
    """JSON as exported: UTF-8 text, keys in their documented order, two-space indent."""
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


__all__ = [
    "AUDIT_COLUMNS",
    "AUDIT_FORMAT",
    "HISTORY_COLUMNS",
    "HISTORY_FORMAT",
    "audit_csv",
    "audit_json",
    "dumps",
    "entry_json",
    "history_csv",
    "history_json",
    "shipment_json",
    "shipment_words",
    "timestamp",
]
