"""Small helpers the sandbox tests share: stock, kits, orders and shipments in one call each."""

from __future__ import annotations

from typing import Any

import httpx

SHIP_TO = {
    "name": "Ada Byron",
    "street1": "6041 Beverly Dr",
    "city": "Beverly Hills",
    "state": "CA",
    "zip": "90210",
    "country": "United States",
    "country_iso": "US",
}
SHIPPED_AT = "2026-11-21T16:05:00+00:00"


def stock(api: httpx.Client, **on_hand: int) -> list[dict[str, Any]]:
    """Post products (SKU `MUG_BLU` is written `MUG-BLU`) with these on-hand counts."""
    products = [
        {"sku": sku.replace("_", "-"), "name": f"Product {sku}", "quantity_on_hand": qty}
        for sku, qty in on_hand.items()
    ]
    response = api.post("/products", json={"products": products})
    assert response.status_code == 200, response.text
    stored: list[dict[str, Any]] = response.json()["products"]
    return stored


def order(ctl: httpx.Client, *lines: tuple[str, int], **over: Any) -> dict[str, Any]:
    """An order arrives; answers the fulfillment (asserting it was created)."""
    response = ctl.post("/orders", json=order_body(*lines, **over))
    assert response.status_code == 201, response.text
    fulfillment: dict[str, Any] = response.json()["fulfillment"]
    return fulfillment


def order_body(*lines: tuple[str, int], **over: Any) -> dict[str, Any]:
    return {
        "order_number": "O2001",
        "channel_order_number": "#2001",
        "shipping_method": "UPS Ground",
        "notes": "",
        "ship_to": SHIP_TO,
        "lines": [{"sku": sku, "quantity": qty} for sku, qty in lines],
        **over,
    }


def line_items(api: httpx.Client, fulfillment_id: str) -> list[dict[str, Any]]:
    response = api.get(f"/fulfillments/{fulfillment_id}/line_items", params={"page_size": 100})
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["line_items"]
    return items


def shipment_body(fulfillment_id: str, *lines: tuple[str, int], **over: Any) -> dict[str, Any]:
    return {
        "shipment": {
            "fulfillment_id": fulfillment_id,
            "shipped_at": SHIPPED_AT,
            "carrier": "USPS",
            "service": "Priority Mail",
            "tracking_number": "9400111899223817000000",
            "tracking_url": "",
            "line_items": [
                {"fulfillment_line_item_id": line_id, "quantity": qty} for line_id, qty in lines
            ],
            **over,
        }
    }


def ship(api: httpx.Client, fulfillment_id: str, *lines: tuple[str, int]) -> httpx.Response:
    return api.post("/shipments", json=shipment_body(fulfillment_id, *lines))


def product(api: httpx.Client, sku: str) -> dict[str, Any]:
    response = api.get("/products", params={"sku": sku})
    assert response.status_code == 200, response.text
    (found,) = response.json()["products"]
    return dict(found)


def fields_of(response: httpx.Response) -> list[str]:
    """The field paths of an error answer (and that it is one, in the contract's shape)."""
    body = response.json()
    assert isinstance(body["message"], str)
    assert body["message"]
    return [e["field"] for e in body["errors"]]
