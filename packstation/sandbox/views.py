"""Rows to wire JSON: the only place that knows the response field names and their order."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from packstation.sandbox.timestamps import format_micros

JSON = dict[str, Any]
SQL_MAX_OFFSET = 2**62


@dataclass(frozen=True, slots=True)
class Page:
    """`page_num` (1-based) and `page_size` of a list request, already validated."""

    number: int
    size: int

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size

    @property
    def sql_offset(self) -> int:
        """`offset` for SQLite, whose integers stop at 2**63 - 1: far past any row either way."""
        return min(self.offset, SQL_MAX_OFFSET)


def meta(page: Page, total: int, count: int) -> JSON:
    last_page = max(1, -(-total // page.size))
    first = page.offset + 1 if count else None
    return {
        "current_page": page.number,
        "last_page": last_page,
        "per_page": page.size,
        "total": total,
        "from": first,
        "to": page.offset + count if count else None,
    }


def fulfillment(row: sqlite3.Row) -> JSON:
    return {
        "id": str(row["id"]),
        "order_number": row["order_number"],
        "channel_order_number": row["channel_order_number"],
        "status": row["status"],
        "state": row["state"],
        "shipping_method": row["shipping_method"],
        "notes": row["notes"],
        "ship_to": json.loads(row["ship_to"]),
        "line_item_count": row["line_item_count"],
        "unit_count": row["unit_count"],
        "units_shipped": row["units_shipped"],
        "created_at": format_micros(row["created_at"]),
        "updated_at": format_micros(row["updated_at"]),
    }


def line_item(row: sqlite3.Row) -> JSON:
    return {
        "id": str(row["id"]),
        "fulfillment_id": str(row["fulfillment_id"]),
        "sku": row["sku"],
        "name": row["name"],
        "upc": row["upc"],
        "quantity": row["quantity"],
        "quantity_shipped": row["quantity_shipped"],
    }


def product(row: sqlite3.Row) -> JSON:
    return {
        "id": str(row["id"]),
        "sku": row["sku"],
        "name": row["name"],
        "upc": row["upc"],
        "quantity_on_hand": row["quantity_on_hand"],
        "created_at": format_micros(row["created_at"]),
        "updated_at": format_micros(row["updated_at"]),
    }


def shipment(row: sqlite3.Row, lines: list[sqlite3.Row]) -> JSON:
    return {
        "id": str(row["id"]),
        "fulfillment_id": str(row["fulfillment_id"]),
        "shipped_at": format_micros(row["shipped_at"]),
        "carrier": row["carrier"],
        "service": row["service"],
        "tracking_number": row["tracking_number"],
        "tracking_url": row["tracking_url"],
        "line_items": [
            {
                "id": str(line["id"]),
                "fulfillment_line_item_id": str(line["fulfillment_line_item_id"]),
                "sku": line["sku"],
                "quantity": line["quantity"],
            }
            for line in lines
        ],
        "created_at": format_micros(row["created_at"]),
    }


def bundle(sku: str, name: str, components: list[tuple[str, int]]) -> JSON:
    return {
        "sku": sku,
        "name": name,
        "components": [{"sku": s, "quantity": q} for s, q in components],
    }
