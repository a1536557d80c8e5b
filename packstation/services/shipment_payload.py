"""The outbox payload of one closed box, and how it turns into a `NewShipment`.

Written by the packing service inside the transaction that closes the box; read by the sender.
Besides the shipment itself it keeps what the order looked like when the box was packed (`expect`),
so the sender can tell right before posting that the order was edited in Stitch meanwhile.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from packstation.domain.events import BoxShipment
from packstation.domain.records import (
    Fulfillment,
    NewShipment,
    Shipment,
    ShipmentLineRequest,
    ShipTo,
)

PAYLOAD_VERSION = 1

# What, when edited in Stitch during a pack, makes the packer re-check before shipping.
WATCHED_FIELDS: tuple[tuple[str, str], ...] = (
    ("ship_to", "address"),
    ("notes", "notes"),
    ("shipping_method", "shipping method"),
)


def ship_to_record(ship_to: ShipTo) -> dict[str, str]:
    return {
        "name": ship_to.name,
        "company": ship_to.company,
        "street1": ship_to.street1,
        "street2": ship_to.street2,
        "city": ship_to.city,
        "state": ship_to.state,
        "zip": ship_to.zip,
        "country": ship_to.country,
        "country_iso": ship_to.country_iso,
        "phone": ship_to.phone,
        "email": ship_to.email,
    }


def watched(fulfillment: Fulfillment) -> dict[str, object]:
    """The fields whose edit matters to a packed box, as JSON."""
    return {
        "ship_to": ship_to_record(fulfillment.ship_to),
        "notes": fulfillment.notes,
        "shipping_method": fulfillment.shipping_method,
    }


def changed_fields(expected: Mapping[str, Any], fulfillment: Fulfillment) -> tuple[str, ...]:
    """Packer's names of the watched fields that differ from what the pack started with."""
    now = watched(fulfillment)
    return tuple(
        words for key, words in WATCHED_FIELDS if key in expected and expected[key] != now[key]
    )


def box_payload(
    box: BoxShipment,
    *,
    order_number: str,
    shipped_at: dt.datetime,
    expect: Mapping[str, object],
) -> dict[str, object]:
    return {
        "v": PAYLOAD_VERSION,
        "fulfillment_id": box.fulfillment_id,
        "order_number": order_number,
        "box_number": box.box_number,
        "shipped_at": shipped_at.isoformat(),
        "carrier": box.carrier.value,
        "service": box.service,
        "tracking_number": box.tracking_number,
        "tracking_url": box.tracking_url,
        "line_items": [
            {"fulfillment_line_item_id": line.line_id, "sku": line.sku, "quantity": line.quantity}
            for line in box.lines
        ],
        "expect": dict(expect),
    }


def new_shipment(payload: Mapping[str, Any]) -> NewShipment:
    return NewShipment(
        fulfillment_id=str(payload["fulfillment_id"]),
        shipped_at=dt.datetime.fromisoformat(str(payload["shipped_at"])),
        tracking_number=str(payload["tracking_number"]),
        carrier=str(payload["carrier"]),
        service=str(payload["service"]),
        tracking_url=str(payload["tracking_url"]),
        line_items=tuple(
            ShipmentLineRequest(str(line["fulfillment_line_item_id"]), int(line["quantity"]))
            for line in payload["line_items"]
        ),
    )


def line_quantities(payload: Mapping[str, Any]) -> list[tuple[str, int]]:
    return sorted(
        (str(line["fulfillment_line_item_id"]), int(line["quantity"]))
        for line in payload["line_items"]
    )


def is_this_box(shipment: Shipment, payload: Mapping[str, Any]) -> bool:
    """Reconciliation's test: same tracking number and the same quantity of the same lines."""
    if shipment.tracking_number != str(payload["tracking_number"]):
        return False
    posted = sorted((line.fulfillment_line_item_id, line.quantity) for line in shipment.line_items)
    return posted == line_quantities(payload)


__all__ = [
    "PAYLOAD_VERSION",
    "WATCHED_FIELDS",
    "box_payload",
    "changed_fields",
    "is_this_box",
    "line_quantities",
    "new_shipment",
    "ship_to_record",
    "watched",
]
