"""The wire format: every record parses from the contract's examples, and an answer that breaks
the contract fails with a ProtocolError naming the field, never a KeyError or TypeError."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from api_payloads import fulfillment, line_item, meta, product, shipment
from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.api import wire
from packstation.api.errors import ProtocolError
from packstation.domain.records import (
    FulfillmentState,
    NewShipment,
    ProductUpsert,
    ShipmentLineRequest,
)

UTC = dt.UTC


def page_of(key: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    return {key: items, "meta": meta(1, 1, 100, len(items), len(items))}


def test_fulfillment_parses_with_typed_fields() -> None:
    f = wire.parse_fulfillment({"fulfillment": fulfillment()})
    assert f.id == "700123"
    assert f.state is FulfillmentState.OPEN
    assert f.ship_to.zip == "90210"
    assert f.ship_to.country_iso == "US"
    assert (f.line_item_count, f.unit_count, f.units_shipped) == (3, 7, 0)
    assert f.created_at == dt.datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
    assert f.updated_at.utcoffset() == dt.timedelta(0)


def test_fulfillment_page_parses_items_and_meta() -> None:
    page = wire.parse_fulfillment_page(
        {"fulfillments": [fulfillment("1"), fulfillment("2")], "meta": meta(2, 3, 2, 6, 2)}
    )
    assert [f.id for f in page.items] == ["1", "2"]
    assert (page.meta.current_page, page.meta.last_page, page.meta.total) == (2, 3, 6)
    assert (page.meta.from_, page.meta.to) == (3, 4)


def test_empty_page_has_null_from_and_to() -> None:
    page = wire.parse_fulfillment_page({"fulfillments": [], "meta": meta(1, 1, 15, 0, 0)})
    assert page.items == ()
    assert page.meta.from_ is None
    assert page.meta.to is None


def test_line_item_parses_and_knows_what_is_left() -> None:
    page = wire.parse_line_item_page(page_of("line_items", [line_item(quantity_shipped=1)]))
    (item,) = page.items
    assert (item.id, item.fulfillment_id, item.sku, item.upc) == (
        "880001",
        "700123",
        "MUG-BLU-12",
        "012345678905",
    )
    assert item.quantity_left == 1


def test_shipment_parses_with_lines() -> None:
    s = wire.parse_shipment({"shipment": shipment()})
    assert s.id == "510001"
    assert s.shipped_at == dt.datetime(2026, 11, 21, 16, 5, tzinfo=UTC)
    (line,) = s.line_items
    assert (line.id, line.fulfillment_line_item_id, line.sku, line.quantity) == (
        "990001",
        "880001",
        "MUG-BLU-12",
        2,
    )
    assert wire.parse_shipment_page(page_of("shipments", [shipment()])).items == (s,)


def test_product_parses_from_one_a_page_and_an_upsert_answer() -> None:
    p = wire.parse_product({"product": product()})
    assert (p.id, p.sku, p.quantity_on_hand) == ("300001", "MUG-BLU-12", 40)
    assert wire.parse_product_page(page_of("products", [product()])).items == (p,)
    assert wire.parse_products({"products": [product()]}) == [p]


@pytest.mark.parametrize(
    ("text", "offset_hours"),
    [
        ("2026-11-20T12:00:00+00:00", 0),
        ("2026-11-20T12:00:00Z", 0),
        ("2026-11-20T12:00:00+0000", 0),
        ("2026-11-20T07:00:00.250-05:00", -5),
    ],
)
def test_timestamps_with_any_offset_are_read_as_aware(text: str, offset_hours: int) -> None:
    f = wire.parse_fulfillment({"fulfillment": fulfillment(updated_at=text)})
    assert f.updated_at.utcoffset() == dt.timedelta(hours=offset_hours)


def test_unknown_fields_are_ignored() -> None:
    f = wire.parse_fulfillment({"fulfillment": fulfillment(priority="high")})
    assert f.id == "700123"


# -- contract breaches ---------------------------------------------------------------------


def expect_protocol_error(field: str, parse: Any, body: Any) -> ProtocolError:
    with pytest.raises(ProtocolError) as info:
        parse(body)
    assert info.value.field == field
    assert str(info.value).startswith(f"{field}: ")
    return info.value


@pytest.mark.parametrize("key", list(fulfillment()))
def test_every_missing_fulfillment_field_is_named(key: str) -> None:
    broken = fulfillment("1")
    del broken[key]
    body = {"fulfillments": [fulfillment("0"), broken], "meta": meta(1, 1, 100, 2, 2)}
    error = expect_protocol_error(f"fulfillments[1].{key}", wire.parse_fulfillment_page, body)
    assert "missing" in str(error)


@pytest.mark.parametrize("key", list(fulfillment()["ship_to"]))
def test_wrong_typed_address_field_is_named(key: str) -> None:
    broken = fulfillment()
    broken["ship_to"][key] = 90210
    body = {"fulfillments": [fulfillment(), fulfillment(), fulfillment(), broken]}
    body["meta"] = meta(1, 1, 100, 4, 4)
    error = expect_protocol_error(
        f"fulfillments[3].ship_to.{key}", wire.parse_fulfillment_page, body
    )
    assert "expected a string, got a number" in str(error)


@pytest.mark.parametrize(
    ("field", "parse", "body"),
    [
        ("fulfillment.id", wire.parse_fulfillment, {"fulfillment": fulfillment(700123)}),
        ("fulfillment.id", wire.parse_fulfillment, {"fulfillment": fulfillment("")}),
        (
            "fulfillment.unit_count",
            wire.parse_fulfillment,
            {"fulfillment": fulfillment(unit_count="7")},
        ),
        (
            "fulfillment.unit_count",
            wire.parse_fulfillment,
            {"fulfillment": fulfillment(unit_count=True)},
        ),
        (
            "fulfillment.units_shipped",
            wire.parse_fulfillment,
            {"fulfillment": fulfillment(units_shipped=1.5)},
        ),
        ("fulfillment.state", wire.parse_fulfillment, {"fulfillment": fulfillment(state="gone")}),
        ("fulfillment.ship_to", wire.parse_fulfillment, {"fulfillment": fulfillment(ship_to=None)}),
        ("fulfillment", wire.parse_fulfillment, {"fulfillment": []}),
        ("fulfillment", wire.parse_fulfillment, {"shipment": shipment()}),
        ("line_items[0].quantity", wire.parse_line_item_page,
         page_of("line_items", [line_item(quantity=None)])),
        ("shipment.line_items", wire.parse_shipment, {"shipment": shipment(line_items={})}),
        ("shipment.line_items[0].sku", wire.parse_shipment,
         {"shipment": shipment(line_items=[{"id": "1", "fulfillment_line_item_id": "2",
                                            "quantity": 1}])}),
        ("products[0].quantity_on_hand", wire.parse_products,
         {"products": [product(quantity_on_hand="40")]}),
        ("products", wire.parse_products, {"products": None}),
        ("meta", wire.parse_product_page, {"products": []}),
        ("meta.total", wire.parse_product_page, {"products": [], "meta": {
            "current_page": 1, "last_page": 1, "per_page": 15, "from": None, "to": None}}),
        ("meta.last_page", wire.parse_product_page,
         {"products": [], "meta": meta(1, 0, 15, 0, 0)}),
        ("", wire.parse_product_page, ["not", "an", "object"]),
    ],
)  # fmt: skip
def test_wrong_shapes_raise_protocol_error_naming_the_field(
    field: str, parse: Any, body: Any
) -> None:
    expect_protocol_error(field, parse, body)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("2026-11-20T12:00:00", "expected a timestamp with an offset"),
        ("2026-11-20", "expected a timestamp with an offset"),
        ("yesterday", "expected an ISO 8601 timestamp"),
        ("2026-13-40T12:00:00+00:00", "expected an ISO 8601 timestamp"),
    ],
)
def test_bad_timestamps_are_named(text: str, why: str) -> None:
    body = {"shipment": shipment(shipped_at=text)}
    error = expect_protocol_error("shipment.shipped_at", wire.parse_shipment, body)
    assert why in str(error)


def test_errors_describe_the_type_not_the_value() -> None:
    # Addresses are personal data: a log line about a bad answer must not carry them.
    broken = fulfillment()
    broken["ship_to"]["name"] = ["Ada", "Byron"]
    with pytest.raises(ProtocolError) as info:
        wire.parse_fulfillment({"fulfillment": broken})
    assert "Ada" not in str(info.value)
    assert "got a list" in str(info.value)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=8,
)


@settings(max_examples=150, deadline=None)
@given(key=st.sampled_from(sorted(fulfillment())), value=json_values)
def test_any_value_in_any_field_parses_or_raises_protocol_error(key: str, value: Any) -> None:
    body = fulfillment()
    body[key] = value
    try:
        wire.parse_fulfillment({"fulfillment": body})
    except ProtocolError as exc:
        field = exc.field
    else:
        return
    assert field.startswith(f"fulfillment.{key}")


# -- requests ------------------------------------------------------------------------------


def test_shipment_body_follows_the_contract() -> None:
    body = wire.shipment_body(
        NewShipment(
            fulfillment_id="700123",
            shipped_at=dt.datetime(2026, 11, 21, 11, 5, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
            tracking_number="9400111899223817000000",
            carrier="USPS",
            service="Priority Mail",
            line_items=(ShipmentLineRequest("880001", 2),),
        )
    )
    assert json.loads(wire.encode_json(body)) == {
        "shipment": {
            "fulfillment_id": "700123",
            "shipped_at": "2026-11-21T11:05:00-05:00",
            "carrier": "USPS",
            "service": "Priority Mail",
            "tracking_number": "9400111899223817000000",
            "tracking_url": "",
            "line_items": [{"fulfillment_line_item_id": "880001", "quantity": 2}],
        }
    }


def test_naive_timestamp_is_refused_before_sending() -> None:
    shipment_ = NewShipment("1", dt.datetime(2026, 11, 21, 16, 5), "TN", ())
    with pytest.raises(ValueError, match="timezone-aware"):
        wire.shipment_body(shipment_)


def test_product_upsert_sends_only_what_is_set() -> None:
    body = wire.products_body(
        [
            ProductUpsert("MUG-BLU-12", name="Blue mug, 12 oz", upc="012345678905",
                          quantity_on_hand=40),
            ProductUpsert("CAP-BLK", quantity_on_hand=3),
            ProductUpsert("ZERO", quantity_on_hand=0),
        ]
    )  # fmt: skip
    assert body == {
        "products": [
            {"sku": "MUG-BLU-12", "name": "Blue mug, 12 oz", "upc": "012345678905",
             "quantity_on_hand": 40},
            {"sku": "CAP-BLK", "quantity_on_hand": 3},
            {"sku": "ZERO", "quantity_on_hand": 0},
        ]
    }  # fmt: skip


def test_status_body_and_list_params() -> None:
    assert wire.status_body("Packing at station 3") == {
        "fulfillment": {"status": "Packing at station 3"}
    }
    since = dt.datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
    assert wire.list_params(page_num=2, page_size=100, updated_since=since, status="") == {
        "page_num": "2",
        "page_size": "100",
        "updated_since": "2026-11-20T12:00:00+00:00",
        "status": "",
    }


def test_error_body_is_read_leniently() -> None:
    message, errors = wire.parse_error_body(
        b'{"message": "invalid shipment", "errors": [{"field": "shipment.line_items[0].quantity",'
        b' "message": "exceeds the 1 unit left to ship"}]}'
    )
    assert message == "invalid shipment"
    assert errors[0].field == "shipment.line_items[0].quantity"
    assert errors[0].message == "exceeds the 1 unit left to ship"
    assert wire.parse_error_body(b"<html>502 Bad Gateway</html>") == ("", ())
    assert wire.parse_error_body(b'{"message": 5, "errors": "x"}') == ("", ())
