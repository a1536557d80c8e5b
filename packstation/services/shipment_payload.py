"""Building the outbox payload of one closed box (`domain.shipment_payload.ShipmentPayload`), and
the watched fields of the order it keeps (`expect`) to tell an edit in Stitch before posting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from packstation.domain.events import BoxShipment
from packstation.domain.records import Fulfillment, ShipTo
from packstation.domain.shipment_payload import PAYLOAD_VERSION, PayloadLine, ShipmentPayload

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
) -> ShipmentPayload:
    return ShipmentPayload(
        fulfillment_id=box.fulfillment_id,
        order_number=order_number,
        box_number=box.box_number,
        shipped_at=shipped_at,
        carrier=box.carrier_name,
        service=box.service,
        tracking_number=box.tracking_number,
        tracking_url=box.tracking_url,
        line_items=tuple(PayloadLine(line.line_id, line.sku, line.quantity) for line in box.lines),
        expect=dict(expect),
    )


__all__ = [
    "PAYLOAD_VERSION",
    "WATCHED_FIELDS",
    "PayloadLine",
    "ShipmentPayload",
    "box_payload",
    "changed_fields",
    "ship_to_record",
    "watched",
]
