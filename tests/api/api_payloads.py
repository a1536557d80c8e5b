"""Contract-shaped JSON bodies for the client's unit tests (the contract's own examples)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

TOKEN = "tok-s3cr3t-7f9a2c"  # distinctive, so a leak is easy to find in any output
BASE = "http://127.0.0.1:8765/api2/v2/integrations"
PREFIX = "/api2/v2/integrations"


def ship_to() -> dict[str, Any]:
    return {
        "name": "Ada Byron",
        "company": "",
        "street1": "6041 Beverly Dr",
        "street2": "",
        "city": "Beverly Hills",
        "state": "CA",
        "zip": "90210",
        "country": "United States",
        "country_iso": "US",
        "phone": "3105556041",
        "email": "ada@example.com",
    }


def fulfillment(id_: str = "700123", **over: Any) -> dict[str, Any]:
    body = {
        "id": id_,
        "order_number": "O1053",
        "channel_order_number": "#1052",
        "status": "",
        "state": "open",
        "shipping_method": "Standard Shipping",
        "notes": "Gift wrap, no invoice in box",
        "ship_to": ship_to(),
        "line_item_count": 3,
        "unit_count": 7,
        "units_shipped": 0,
        "created_at": "2026-11-20T12:00:00+00:00",
        "updated_at": "2026-11-20T12:30:00+00:00",
    }
    body.update(over)
    return body


def line_item(id_: str = "880001", **over: Any) -> dict[str, Any]:
    body = {
        "id": id_,
        "fulfillment_id": "700123",
        "sku": "MUG-BLU-12",
        "name": "Blue mug, 12 oz",
        "upc": "012345678905",
        "quantity": 2,
        "quantity_shipped": 0,
    }
    body.update(over)
    return body


def shipment(id_: str = "510001", **over: Any) -> dict[str, Any]:
    body = {
        "id": id_,
        "fulfillment_id": "700123",
        "shipped_at": "2026-11-21T16:05:00+00:00",
        "carrier": "USPS",
        "service": "Priority Mail",
        "tracking_number": "9400111899223817000000",
        "tracking_url": "",
        "line_items": [
            {
                "id": "990001",
                "fulfillment_line_item_id": "880001",
                "sku": "MUG-BLU-12",
                "quantity": 2,
            }
        ],
        "created_at": "2026-11-21T16:06:00+00:00",
    }
    body.update(over)
    return body


def product(id_: str = "300001", sku: str = "MUG-BLU-12", **over: Any) -> dict[str, Any]:
    body = {
        "id": id_,
        "sku": sku,
        "name": "Blue mug, 12 oz",
        "upc": "012345678905",
        "quantity_on_hand": 40,
        "created_at": "2026-11-01T08:00:00+00:00",
        "updated_at": "2026-11-20T08:00:00+00:00",
    }
    body.update(over)
    return body


def meta(page: int, last: int, per_page: int, total: int, count: int) -> dict[str, Any]:
    first = (page - 1) * per_page + 1
    return {
        "current_page": page,
        "last_page": last,
        "per_page": per_page,
        "total": total,
        "from": first if count else None,
        "to": first + count - 1 if count else None,
    }


def paged(key: str, items: list[dict[str, Any]], request: httpx.Request) -> httpx.Response:
    """Answer a list request from `items` the way the contract pages them."""
    page = int(request.url.params.get("page_num", "1"))
    size = int(request.url.params.get("page_size", "15"))
    last = max(1, -(-len(items) // size))
    chunk = items[(page - 1) * size : page * size]
    return json_response(200, {key: chunk, "meta": meta(page, last, size, len(items), len(chunk))})


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"Content-Type": "application/json; charset=utf-8", **(headers or {})},
    )


def error(
    status: int, message: str, errors: list[dict[str, str]] | None = None, **h: str
) -> httpx.Response:
    return json_response(status, {"message": message, "errors": errors or []}, headers=h)


Handler = Callable[[httpx.Request], httpx.Response]
