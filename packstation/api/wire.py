"""The contract's wire format: the only place that knows JSON field names.

Parsing is strict about what the contract promises (ids are strings, quantities are integers,
timestamps carry an offset) and lenient about what it does not forbid (unknown fields are
ignored, so Stitch may add fields). Anything that breaks the contract raises `ProtocolError`
naming the field path, e.g. ``fulfillments[3].ship_to.zip: expected a string``.

One piece (over 450 lines) on purpose: the whole contract's JSON in one place to read against
the contract document.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from packstation.api.errors import FieldError, ProtocolError
from packstation.domain.records import (
    Fulfillment,
    FulfillmentState,
    LineItem,
    NewShipment,
    Page,
    PageMeta,
    Product,
    ProductUpsert,
    Shipment,
    ShipmentLine,
    ShipTo,
)

T = TypeVar("T")

#: Plural keys of the list answers and singular keys of the one-object answers.
FULFILLMENTS = "fulfillments"
FULFILLMENT = "fulfillment"
LINE_ITEMS = "line_items"
SHIPMENTS = "shipments"
SHIPMENT = "shipment"
PRODUCTS = "products"
PRODUCT = "product"

#: Query parameter names.
PAGE_NUM = "page_num"
PAGE_SIZE = "page_size"
UPDATED_SINCE = "updated_since"
STATUS = "status"
SKU = "sku"
FULFILLMENT_ID = "fulfillment_id"

#: The contract's cap on `page_size`.
MAX_PAGE_SIZE = 100


class _Reader:
    """A JSON object and its path in the answer, with typed accessors that fail by field name."""

    # The path is built only when something fails: a page of 100 fulfillments reads ~3,000
    # fields, and formatting a path for each would cost more than the reading itself.
    __slots__ = ("_data", "_index", "_parent", "_where")

    def __init__(self, data: object, where: str, index: int | None = None) -> None:
        self._where = where
        self._index = index
        self._parent: tuple[_Reader, str] | None = None
        if type(data) is not dict:
            raise _error(self.path, "expected an object", data)
        self._data: dict[str, object] = data

    @property
    def path(self) -> str:
        if self._parent is not None:
            parent, key = self._parent
            return parent.path_of(key)
        return self._where if self._index is None else f"{self._where}[{self._index}]"

    def path_of(self, key: str) -> str:
        path = self.path
        return f"{path}.{key}" if path else key

    def _fail(self, key: str, expectation: str) -> ProtocolError:
        if key not in self._data:
            return ProtocolError(f"{self.path_of(key)}: missing", field=self.path_of(key))
        return _error(self.path_of(key), expectation, self._data[key])

    # Fast paths test `type(...) is` (JSON decoding yields exact types; bool is not an int here)
    # and leave the explaining to `_fail`.

    def text(self, key: str) -> str:
        value = self._data.get(key)
        if type(value) is str:
            return value
        raise self._fail(key, "expected a string")

    def ident(self, key: str) -> str:
        value = self._data.get(key)
        if type(value) is str and value:
            return value
        raise self._fail(key, "expected a non-empty id")

    def integer(self, key: str) -> int:
        value = self._data.get(key)
        if type(value) is int:
            return value
        raise self._fail(key, "expected an integer")

    def optional_int(self, key: str) -> int | None:
        value = self._data.get(key, _MISSING)
        if value is None:
            return None
        if type(value) is int:
            return value
        raise self._fail(key, "expected an integer or null")

    def timestamp(self, key: str) -> dt.datetime:
        value = self.text(key)
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            raise self._fail(key, "expected an ISO 8601 timestamp") from None
        if parsed.tzinfo is None or parsed.utcoffset() is None:
            raise self._fail(key, "expected a timestamp with an offset")
        return parsed

    def obj(self, key: str) -> _Reader:
        value = self._data.get(key, _MISSING)
        if type(value) is dict:
            reader = _Reader.__new__(_Reader)
            reader._data, reader._where, reader._index = value, "", None
            reader._parent = (self, key)
            return reader
        raise self._fail(key, "expected an object")

    def texts(self, keys: tuple[str, ...]) -> list[str]:
        """Several string fields at once (most fields of the contract are strings)."""
        values = list(map(self._data.get, keys))
        try:
            # str.join type-checks every item in C: far cheaper than a Python loop of checks.
            "".join(values)  # type: ignore[arg-type]
        except TypeError:
            for key in keys:
                self.text(key)  # raises, naming the first field that is not a string
            raise  # pragma: no cover - unreachable
        return values  # type: ignore[return-value]

    def integers(self, keys: tuple[str, ...]) -> list[int]:
        values = list(map(self._data.get, keys))
        for key, value in zip(keys, values, strict=True):
            if type(value) is not int:
                raise self._fail(key, "expected an integer")
        return values  # type: ignore[return-value]

    def objects(self, key: str) -> list[_Reader]:
        value = self._data.get(key)
        if type(value) is not list:
            raise self._fail(key, "expected a list")
        where = self.path_of(key)
        return [_Reader(item, where, i) for i, item in enumerate(value)]


_MISSING = object()


def _error(field: str, expectation: str, value: object) -> ProtocolError:
    # Say what came instead, by JSON type only: values could be long or personal (addresses).
    return ProtocolError(f"{field}: {expectation}, got {_json_type(value)}", field=field)


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


# ---------------------------------------------------------------------------------------------
# Records


_SHIP_TO = (
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

_STATES = {state.value: state for state in FulfillmentState}

# Field order of `Fulfillment`'s leading string fields and of its counts.
_FULFILLMENT_TEXTS = (
    "order_number",
    "channel_order_number",
    "status",
    "state",
    "shipping_method",
    "notes",
)
_FULFILLMENT_COUNTS = ("line_item_count", "unit_count", "units_shipped")


def _ship_to(r: _Reader) -> ShipTo:
    return ShipTo(*r.texts(_SHIP_TO))


def _state(r: _Reader, value: str) -> FulfillmentState:
    state = _STATES.get(value)
    if state is None:
        allowed = ", ".join(_STATES)
        field = r.path_of("state")
        raise ProtocolError(
            f"{field}: expected one of {allowed}, got {value[:40]!r}", field=field
        ) from None
    return state


def _fulfillment(r: _Reader) -> Fulfillment:
    # Positional, in the record's field order: this runs for every row of every page.
    order_number, channel_order_number, status, state, shipping_method, notes = r.texts(
        _FULFILLMENT_TEXTS
    )
    line_item_count, unit_count, units_shipped = r.integers(_FULFILLMENT_COUNTS)
    return Fulfillment(
        r.ident("id"),
        order_number,
        channel_order_number,
        status,
        _state(r, state),
        shipping_method,
        notes,
        _ship_to(r.obj("ship_to")),
        line_item_count,
        unit_count,
        units_shipped,
        r.timestamp("created_at"),
        r.timestamp("updated_at"),
    )


def _line_item(r: _Reader) -> LineItem:
    return LineItem(
        id=r.ident("id"),
        fulfillment_id=r.ident("fulfillment_id"),
        sku=r.text("sku"),
        name=r.text("name"),
        upc=r.text("upc"),
        quantity=r.integer("quantity"),
        quantity_shipped=r.integer("quantity_shipped"),
    )


def _shipment_line(r: _Reader) -> ShipmentLine:
    return ShipmentLine(
        id=r.ident("id"),
        fulfillment_line_item_id=r.ident("fulfillment_line_item_id"),
        sku=r.text("sku"),
        quantity=r.integer("quantity"),
    )


def _shipment(r: _Reader) -> Shipment:
    return Shipment(
        id=r.ident("id"),
        fulfillment_id=r.ident("fulfillment_id"),
        shipped_at=r.timestamp("shipped_at"),
        carrier=r.text("carrier"),
        service=r.text("service"),
        tracking_number=r.text("tracking_number"),
        tracking_url=r.text("tracking_url"),
        line_items=tuple(_shipment_line(line) for line in r.objects("line_items")),
        created_at=r.timestamp("created_at"),
    )


def _product(r: _Reader) -> Product:
    return Product(
        id=r.ident("id"),
        sku=r.text("sku"),
        name=r.text("name"),
        upc=r.text("upc"),
        quantity_on_hand=r.integer("quantity_on_hand"),
        created_at=r.timestamp("created_at"),
        updated_at=r.timestamp("updated_at"),
    )


def _meta(r: _Reader) -> PageMeta:
    meta = PageMeta(
        current_page=r.integer("current_page"),
        last_page=r.integer("last_page"),
        per_page=r.integer("per_page"),
        total=r.integer("total"),
        from_=r.optional_int("from"),
        to=r.optional_int("to"),
    )
    if meta.current_page < 1 or meta.last_page < 1:
        field = r.path_of("last_page" if meta.current_page >= 1 else "current_page")
        raise ProtocolError(f"{field}: expected a page number of at least 1", field=field)
    return meta


# ---------------------------------------------------------------------------------------------
# Answers


def _body(body: object) -> _Reader:
    return _Reader(body, "")


def _page(body: object, key: str, parse: Callable[[_Reader], T]) -> Page[T]:
    r = _body(body)
    items = tuple(parse(item) for item in r.objects(key))
    return Page(items=items, meta=_meta(r.obj("meta")))


def parse_page_meta(body: object) -> PageMeta:
    """Only the `meta` block of a list answer (to ask for the next page before reading this one)."""
    return _meta(_body(body).obj("meta"))


def parse_fulfillment_page(body: object) -> Page[Fulfillment]:
    return _page(body, FULFILLMENTS, _fulfillment)


def parse_fulfillment(body: object) -> Fulfillment:
    return _fulfillment(_body(body).obj(FULFILLMENT))


def parse_line_item_page(body: object) -> Page[LineItem]:
    return _page(body, LINE_ITEMS, _line_item)


def parse_shipment_page(body: object) -> Page[Shipment]:
    return _page(body, SHIPMENTS, _shipment)


def parse_shipment(body: object) -> Shipment:
    return _shipment(_body(body).obj(SHIPMENT))


def parse_product_page(body: object) -> Page[Product]:
    return _page(body, PRODUCTS, _product)


def parse_product(body: object) -> Product:
    return _product(_body(body).obj(PRODUCT))


def parse_products(body: object) -> list[Product]:
    """The answer of `POST /products`: the list as stored, without `meta`."""
    return [_product(item) for item in _body(body).objects(PRODUCTS)]


def decode_json(content: bytes) -> object:
    """The JSON of an answer body, or ProtocolError when it is not JSON at all."""
    try:
        return json.loads(content)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ProtocolError("the answer is not valid JSON") from None


def parse_error_body(content: bytes) -> tuple[str, tuple[FieldError, ...]]:
    """`message` and `errors` of an error answer.

    Lenient on purpose: an error may come from a proxy or load balancer with an HTML page, and
    the status code alone must still reach the caller as the right error type.
    """
    try:
        body: Any = json.loads(content)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return "", ()
    if not isinstance(body, dict):
        return "", ()
    message = body.get("message")
    message = message if isinstance(message, str) else ""
    raw_errors = body.get("errors")
    field_errors: list[FieldError] = []
    if isinstance(raw_errors, list):
        for entry in raw_errors:
            if isinstance(entry, dict):
                field = entry.get("field")
                text = entry.get("message")
                field_errors.append(
                    FieldError(
                        field=field if isinstance(field, str) else "",
                        message=text if isinstance(text, str) else "",
                    )
                )
    return message, tuple(field_errors)


# ---------------------------------------------------------------------------------------------
# Requests


def format_timestamp(value: dt.datetime) -> str:
    """ISO 8601 with an explicit offset; a naive datetime is a programming error."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("timestamps sent to Stitch must be timezone-aware")
    return value.isoformat()


def status_body(status: str) -> dict[str, object]:
    return {FULFILLMENT: {STATUS: status}}


def shipment_body(shipment: NewShipment) -> dict[str, object]:
    return {
        SHIPMENT: {
            "fulfillment_id": shipment.fulfillment_id,
            "shipped_at": format_timestamp(shipment.shipped_at),
            "carrier": shipment.carrier,
            "service": shipment.service,
            "tracking_number": shipment.tracking_number,
            "tracking_url": shipment.tracking_url,
            "line_items": [
                {
                    "fulfillment_line_item_id": line.fulfillment_line_item_id,
                    "quantity": line.quantity,
                }
                for line in shipment.line_items
            ],
        }
    }


def _product_upsert(product: ProductUpsert) -> dict[str, object]:
    entry: dict[str, object] = {"sku": product.sku}
    # None means "leave as it is": such a field is not sent at all.
    if product.name is not None:
        entry["name"] = product.name
    if product.upc is not None:
        entry["upc"] = product.upc
    if product.quantity_on_hand is not None:
        entry["quantity_on_hand"] = product.quantity_on_hand
    return entry


def products_body(products: Sequence[ProductUpsert]) -> dict[str, object]:
    return {PRODUCTS: [_product_upsert(p) for p in products]}


def list_params(
    *,
    page_num: int,
    page_size: int,
    updated_since: dt.datetime | None = None,
    status: str | None = None,
    sku: str | None = None,
    fulfillment_id: str | None = None,
) -> dict[str, str]:
    params = {PAGE_NUM: str(page_num), PAGE_SIZE: str(page_size)}
    if updated_since is not None:
        params[UPDATED_SINCE] = format_timestamp(updated_since)
    if status is not None:
        params[STATUS] = status
    if sku is not None:
        params[SKU] = sku
    if fulfillment_id is not None:
        params[FULFILLMENT_ID] = fulfillment_id
    return params


def encode_json(body: Mapping[str, object]) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
