"""The outbox payload of one closed box: what goes to Stitch, and what the order looked like.

Written by the packing service inside the transaction that closes the box (`to_json`), read back by
the sender, the queue, the history and the outbox view (`from_json`). Besides the shipment itself
it keeps the watched fields of the order when the box was packed (`expect`), so the sender can tell
right before posting that the order was edited in Stitch meanwhile.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from packstation.domain.records import NewShipment, Shipment, ShipmentLineRequest

PAYLOAD_VERSION = 1


@dataclass(frozen=True, slots=True)
class PayloadLine:
    fulfillment_line_item_id: str
    sku: str
    quantity: int


@dataclass(frozen=True, slots=True)
class ShipmentPayload:
    fulfillment_id: str
    order_number: str
    box_number: int
    shipped_at: dt.datetime
    carrier: str
    service: str
    tracking_number: str
    tracking_url: str
    line_items: tuple[PayloadLine, ...]
    # The watched fields as JSON when the box was packed (see services.shipment_payload).
    expect: Mapping[str, Any] = field(default_factory=dict, hash=False)
    v: int = PAYLOAD_VERSION

    @property
    def units(self) -> int:
        return sum(line.quantity for line in self.line_items)

    def line_quantities(self) -> list[tuple[str, int]]:
        return sorted((line.fulfillment_line_item_id, line.quantity) for line in self.line_items)

    def new_shipment(self) -> NewShipment:
        return NewShipment(
            fulfillment_id=self.fulfillment_id,
            shipped_at=self.shipped_at,
            tracking_number=self.tracking_number,
            carrier=self.carrier,
            service=self.service,
            tracking_url=self.tracking_url,
            line_items=tuple(
                ShipmentLineRequest(line.fulfillment_line_item_id, line.quantity)
                for line in self.line_items
            ),
        )

    def is_posted_as(self, shipment: Shipment) -> bool:
        """Reconciliation's test: same tracking number and the same quantity of the same lines."""
        if shipment.tracking_number != self.tracking_number:
            return False
        posted = sorted(
            (line.fulfillment_line_item_id, line.quantity) for line in shipment.line_items
        )
        return posted == self.line_quantities()

    def to_json(self) -> dict[str, object]:
        return {
            "v": self.v,
            "fulfillment_id": self.fulfillment_id,
            "order_number": self.order_number,
            "box_number": self.box_number,
            "shipped_at": self.shipped_at.isoformat(),
            "carrier": self.carrier,
            "service": self.service,
            "tracking_number": self.tracking_number,
            "tracking_url": self.tracking_url,
            "line_items": [
                {
                    "fulfillment_line_item_id": line.fulfillment_line_item_id,
                    "sku": line.sku,
                    "quantity": line.quantity,
                }
                for line in self.line_items
            ],
            "expect": dict(self.expect),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ShipmentPayload:
        """Raises KeyError/ValueError/TypeError on a payload that is not one of ours."""
        return cls(
            v=int(data.get("v", PAYLOAD_VERSION)),
            fulfillment_id=str(data["fulfillment_id"]),
            order_number=str(data.get("order_number") or ""),
            box_number=int(data.get("box_number", 0)),
            shipped_at=dt.datetime.fromisoformat(str(data["shipped_at"])),
            carrier=str(data.get("carrier", "")),
            service=str(data.get("service", "")),
            tracking_number=str(data["tracking_number"]),
            tracking_url=str(data.get("tracking_url", "")),
            line_items=tuple(
                PayloadLine(
                    str(line["fulfillment_line_item_id"]),
                    str(line.get("sku", "")),
                    int(line["quantity"]),
                )
                for line in data.get("line_items") or ()
            ),
            expect=dict(data.get("expect") or {}),
        )


__all__ = ["PAYLOAD_VERSION", "PayloadLine", "ShipmentPayload"]
