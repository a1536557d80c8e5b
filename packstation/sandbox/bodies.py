"""Request bodies, decoded and validated into typed values.

Every check collects a `FieldError` with the contract's field path
(`shipment.line_items[0].quantity`) so one 422 names everything wrong at once (the field-by-field
reading is `body_fields`). Nothing here touches the database: rules that need state (what is left
to ship, which SKUs exist) live in `warehouse`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from packstation.sandbox import timestamps

# The server, the seed and the faults read these as `bodies.X` (explicit re-exports).
from packstation.sandbox.body_fields import MAX_BODY_BYTES as MAX_BODY_BYTES
from packstation.sandbox.body_fields import MAX_ID_DIGITS as MAX_ID_DIGITS
from packstation.sandbox.body_fields import MAX_QUANTITY as MAX_QUANTITY
from packstation.sandbox.body_fields import MAX_STOCK as MAX_STOCK
from packstation.sandbox.body_fields import Fields as Fields
from packstation.sandbox.body_fields import decode_json as decode_json
from packstation.sandbox.body_fields import parse_id as parse_id
from packstation.sandbox.body_fields import wrapped
from packstation.sandbox.errors import FieldError, invalid

SHIP_TO_FIELDS = (
    "name",
    "company",
    "street1",
    "street2",
    "city",
    "state",
    "zip",
    "country",
    "country_iso",
    "phone",
    "email",
)


# --- fulfillments -------------------------------------------------------------------------------


def status_update(body: Any) -> str:
    """`{"fulfillment": {"status": "..."}}`: only `status` may be written."""
    inner = wrapped(body, "fulfillment")
    fields = Fields()
    fields.only(inner, ("status",), "fulfillment")
    status = fields.text(inner, "status", "fulfillment", max_len=255, required=True)
    fields.done()
    assert status is not None
    return status


# --- shipments ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ShipmentLineIn:
    line_item_id: int | None  # None: not an id at all (still reported per field)
    quantity: int
    path: str


@dataclass(frozen=True, slots=True)
class ShipmentIn:
    shipped_at: int
    carrier: str
    service: str
    tracking_number: str
    tracking_url: str
    lines: tuple[ShipmentLineIn, ...]


SHIPMENT_FIELDS = (
    "fulfillment_id",
    "shipped_at",
    "carrier",
    "service",
    "tracking_number",
    "tracking_url",
    "line_items",
)


def shipment_target(body: Any) -> tuple[Mapping[str, Any], int | None]:
    """The shipment object and the fulfillment it names (checked before the rest, for 404/409).

    Any string of digits is an id, however long: one no fulfillment can have (None) is the same
    404 as in `GET /fulfillments/{id}`; anything else is a 422."""
    inner = wrapped(body, "shipment")
    raw = inner.get("fulfillment_id")
    if _is_digits(raw):
        return inner, parse_id(raw)
    fields = Fields()
    fields.text(inner, "fulfillment_id", "shipment", max_len=100, required=True)
    fields.done()
    raise invalid([FieldError("shipment.fulfillment_id", "must be a string of digits")])


def _is_digits(value: object) -> bool:
    return isinstance(value, str) and value.isascii() and value.isdigit()


def shipment(inner: Mapping[str, Any], *, now_micros: int) -> ShipmentIn:
    fields = Fields()
    p = "shipment"
    fields.only(inner, SHIPMENT_FIELDS, p)
    shipped_at = fields.text(inner, "shipped_at", p, max_len=64, required=True)
    micros = None
    if shipped_at is not None:
        moment = timestamps.parse(shipped_at)
        if moment is None:
            fields.add("shipment.shipped_at", "must be an ISO 8601 timestamp with an offset")
        else:
            micros = timestamps.to_micros(moment)
            if micros > now_micros + 24 * 3600 * 1_000_000:
                fields.add("shipment.shipped_at", "must not be more than 24 hours in the future")
    carrier = fields.text(inner, "carrier", p, max_len=255) or ""
    service = fields.text(inner, "service", p, max_len=255) or ""
    tracking = fields.text(inner, "tracking_number", p, max_len=100, required=True, non_empty=True)
    tracking_url = fields.text(inner, "tracking_url", p, max_len=2000) or ""
    lines: list[ShipmentLineIn] = []
    for i, raw_line in enumerate(fields.items(inner, "line_items", p, max_items=1000)):
        lp = f"shipment.line_items[{i}]"
        line = fields.obj(raw_line, lp)
        if line is None:
            continue
        fields.only(line, ("fulfillment_line_item_id", "quantity"), lp)
        raw_id = fields.text(line, "fulfillment_line_item_id", lp, max_len=100, required=True)
        line_id = parse_id(raw_id)
        if raw_id is not None and line_id is None:
            fields.add(f"{lp}.fulfillment_line_item_id", "is not a line item of this fulfillment")
        qty = fields.integer(line, "quantity", lp, minimum=1, maximum=MAX_QUANTITY, required=True)
        if raw_id is not None and qty is not None:
            lines.append(ShipmentLineIn(line_id, qty, lp))
    fields.done()
    assert micros is not None
    assert tracking is not None
    return ShipmentIn(micros, carrier, service, tracking, tracking_url, tuple(lines))


# --- products -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProductIn:
    sku: str
    name: str | None
    upc: str | None
    quantity_on_hand: int | None
    path: str


MAX_PRODUCTS_PER_REQUEST = 100


def products(body: Any) -> list[ProductIn]:
    fields = Fields()
    outer = fields.obj(body, "products")
    if outer is None:
        fields.done()
    assert outer is not None
    fields.only(outer, ("products",), "")
    out: list[ProductIn] = []
    seen: set[str] = set()
    raw_items = fields.items(outer, "products", "", max_items=MAX_PRODUCTS_PER_REQUEST)
    for i, raw in enumerate(raw_items):
        p = f"products[{i}]"
        item = fields.obj(raw, p)
        if item is None:
            continue
        fields.only(item, ("sku", "name", "upc", "quantity_on_hand"), p)
        sku = fields.text(item, "sku", p, max_len=100, required=True, non_empty=True)
        name = fields.text(item, "name", p, max_len=255, non_empty=True)
        upc = fields.text(item, "upc", p, max_len=64)
        qty = fields.integer(item, "quantity_on_hand", p, minimum=0, maximum=MAX_STOCK)
        if sku is None:
            continue
        if sku in seen:
            fields.add(f"{p}.sku", "appears more than once in this request")
            continue
        seen.add(sku)
        out.append(ProductIn(sku, name, upc, qty, p))
    fields.done()
    return out


# --- control endpoints --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SkuQuantity:
    sku: str
    quantity: int
    path: str


def _sku_lines(
    fields: Fields, obj: Mapping[str, Any], key: str, *, max_items: int
) -> list[SkuQuantity]:
    out: list[SkuQuantity] = []
    for i, raw in enumerate(fields.items(obj, key, "", max_items=max_items)):
        p = f"{key}[{i}]"
        line = fields.obj(raw, p)
        if line is None:
            continue
        fields.only(line, ("sku", "quantity"), p)
        sku = fields.text(line, "sku", p, max_len=100, required=True, non_empty=True)
        qty = fields.integer(line, "quantity", p, minimum=1, maximum=MAX_QUANTITY, required=True)
        if sku is not None and qty is not None:
            out.append(SkuQuantity(sku, qty, p))
    return out


@dataclass(frozen=True, slots=True)
class BundleIn:
    sku: str
    name: str
    components: tuple[SkuQuantity, ...]


def bundle(body: Any) -> BundleIn:
    fields = Fields()
    obj = fields.obj(body, "bundle")
    fields.done()
    assert obj is not None
    fields.only(obj, ("sku", "name", "components"), "")
    sku = fields.text(obj, "sku", "", max_len=100, required=True, non_empty=True)
    name = fields.text(obj, "name", "", max_len=255, required=True, non_empty=True)
    components = _sku_lines(fields, obj, "components", max_items=100)
    fields.done()
    assert sku is not None
    assert name is not None
    return BundleIn(sku, name, tuple(components))


def _ship_to(fields: Fields, value: object, path: str, *, partial: bool) -> dict[str, str]:
    obj = fields.obj(value, path)
    if obj is None:
        return {}
    fields.only(obj, SHIP_TO_FIELDS, path)
    out: dict[str, str] = {}
    for key in SHIP_TO_FIELDS:
        required = not partial and key in ("name", "street1", "city", "country_iso")
        text = fields.text(obj, key, path, max_len=255, required=required, non_empty=required)
        if text is not None:
            out[key] = text
        elif not partial:
            out[key] = ""
    return out


@dataclass(frozen=True, slots=True)
class OrderIn:
    order_number: str
    channel_order_number: str
    shipping_method: str
    notes: str
    ship_to: dict[str, str]
    lines: tuple[SkuQuantity, ...]


ORDER_FIELDS = (
    "order_number",
    "channel_order_number",
    "shipping_method",
    "notes",
    "ship_to",
    "lines",
)


def order(body: Any) -> OrderIn:
    fields = Fields()
    obj = fields.obj(body, "order")
    fields.done()
    assert obj is not None
    fields.only(obj, ORDER_FIELDS, "")
    number = fields.text(obj, "order_number", "", max_len=100, required=True, non_empty=True)
    channel = fields.text(obj, "channel_order_number", "", max_len=100) or ""
    method = fields.text(obj, "shipping_method", "", max_len=255) or ""
    notes = fields.text(obj, "notes", "", max_len=2000) or ""
    if "ship_to" in obj:
        ship_to = _ship_to(fields, obj["ship_to"], "ship_to", partial=False)
    else:
        fields.add("ship_to", "is required")
        ship_to = {}
    lines = _sku_lines(fields, obj, "lines", max_items=500)
    fields.done()
    assert number is not None
    return OrderIn(number, channel, method, notes, ship_to, tuple(lines))


@dataclass(frozen=True, slots=True)
class FulfillmentPatch:
    notes: str | None
    shipping_method: str | None
    ship_to: dict[str, str] | None


def fulfillment_patch(body: Any) -> FulfillmentPatch:
    fields = Fields()
    obj = fields.obj(body, "fulfillment")
    fields.done()
    assert obj is not None
    fields.only(obj, ("notes", "ship_to", "shipping_method"), "")
    notes = fields.text(obj, "notes", "", max_len=2000)
    method = fields.text(obj, "shipping_method", "", max_len=255)
    ship_to = (
        _ship_to(fields, obj["ship_to"], "ship_to", partial=True) if "ship_to" in obj else None
    )
    fields.done()
    return FulfillmentPatch(notes, method, ship_to)


SeedName = Literal["demo", "empty"]


@dataclass(frozen=True, slots=True)
class ResetIn:
    seed: SeedName | None
    seed_number: int | None


def reset(body: Any) -> ResetIn:
    if body is None:
        return ResetIn(None, None)
    fields = Fields()
    obj = fields.obj(body, "reset")
    fields.done()
    assert obj is not None
    fields.only(obj, ("seed", "seed_number"), "")
    seed = fields.text(obj, "seed", "", max_len=20)
    number = fields.integer(obj, "seed_number", "", minimum=0, maximum=2**31)
    choice: SeedName | None = None
    if seed == "demo":
        choice = "demo"
    elif seed == "empty":
        choice = "empty"
    elif seed is not None:
        fields.add("seed", 'must be "demo" or "empty"')
    fields.done()
    return ResetIn(choice, number)


MAX_GENERATE = 200_000


@dataclass(frozen=True, slots=True)
class GenerateIn:
    fulfillments: int
    seed: int


def generate(body: Any) -> GenerateIn:
    fields = Fields()
    obj = fields.obj(body, "generate")
    fields.done()
    assert obj is not None
    fields.only(obj, ("fulfillments", "seed"), "")
    count = fields.integer(obj, "fulfillments", "", minimum=1, maximum=MAX_GENERATE, required=True)
    seed = fields.integer(obj, "seed", "", minimum=0, maximum=2**31)
    fields.done()
    assert count is not None
    return GenerateIn(count, 1 if seed is None else seed)
