"""Typed, immutable records of Stitch: orders, lines, addresses, shipments, products.

Ids are strings of digits, timestamps are timezone-aware datetimes, quantities are ints. Parsing
from and serialising to the wire lives in `packstation.api.wire`, nowhere else.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

T = TypeVar("T")


class FulfillmentState(StrEnum):
    OPEN = "open"
    COMPLETE = "complete"
    CANCELED = "canceled"


@dataclass(frozen=True, slots=True)
class ShipTo:
    name: str
    company: str
    street1: str
    street2: str
    city: str
    state: str
    zip: str
    country: str
    country_iso: str
    phone: str
    email: str


@dataclass(frozen=True, slots=True)
class Fulfillment:
    id: str
    order_number: str
    channel_order_number: str
    status: str
    state: FulfillmentState
    shipping_method: str
    notes: str
    ship_to: ShipTo
    line_item_count: int
    unit_count: int
    units_shipped: int
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class LineItem:
    id: str
    fulfillment_id: str
    sku: str
    name: str
    upc: str  # may be empty
    quantity: int
    quantity_shipped: int

    @property
    def quantity_left(self) -> int:
        return self.quantity - self.quantity_shipped


@dataclass(frozen=True, slots=True)
class ShipmentLineRequest:
    fulfillment_line_item_id: str
    quantity: int


@dataclass(frozen=True, slots=True)
class NewShipment:
    """The body of `POST /shipments`."""

    fulfillment_id: str
    shipped_at: dt.datetime
    tracking_number: str
    line_items: tuple[ShipmentLineRequest, ...]
    carrier: str = ""
    service: str = ""
    tracking_url: str = ""


@dataclass(frozen=True, slots=True)
class ShipmentLine:
    id: str
    fulfillment_line_item_id: str
    sku: str
    quantity: int


@dataclass(frozen=True, slots=True)
class Shipment:
    id: str
    fulfillment_id: str
    shipped_at: dt.datetime
    carrier: str
    service: str
    tracking_number: str
    tracking_url: str
    line_items: tuple[ShipmentLine, ...]
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class Product:
    id: str
    sku: str
    name: str
    upc: str
    quantity_on_hand: int
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class ProductUpsert:
    """One entry of `POST /products`: None means "leave as it is" (not sent)."""

    sku: str
    name: str | None = None
    upc: str | None = None
    quantity_on_hand: int | None = None


@dataclass(frozen=True, slots=True)
class PageMeta:
    current_page: int
    last_page: int
    per_page: int
    total: int
    from_: int | None
    to: int | None


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: tuple[T, ...]
    meta: PageMeta
