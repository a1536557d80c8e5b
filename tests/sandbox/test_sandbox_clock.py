"""What touches `updated_at`, seen through a clock the test moves (the server's stamps are whole
seconds, so this is where "it changed" can be told apart from "it did not")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from packstation.sandbox import bodies
from packstation.sandbox.db import Database
from packstation.sandbox.timestamps import format_micros
from packstation.sandbox.views import Page
from packstation.sandbox.warehouse import Warehouse

SECOND = 1_000_000
ALL = Page(1, 100)


class Clock:
    def __init__(self) -> None:
        self.now = 1_790_000_000 * SECOND

    def __call__(self) -> int:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def warehouse(clock: Clock) -> Iterator[Warehouse]:
    db = Database(None)
    wh = Warehouse(db, clock=clock)
    wh.upsert_products(lambda: [bodies.ProductIn("MUG", "Mug", "", 50, "products[0]")])
    yield wh
    db.close()


def _order(wh: Warehouse) -> str:
    body = {
        "order_number": "O1",
        "ship_to": {"name": "A", "street1": "B", "city": "C", "country_iso": "US"},
        "lines": [{"sku": "MUG", "quantity": 3}],
    }
    fid: str = wh.create_order(lambda: bodies.order(body))["id"]
    return fid


def _changed_since(wh: Warehouse, moment: int) -> list[str]:
    rows, _ = wh.list_fulfillments(ALL, updated_since=moment, status=None)
    return [r["id"] for r in rows]


def test_status_edits_and_shipments_touch_updated_at(warehouse: Warehouse, clock: Clock) -> None:
    a, b, c = _order(warehouse), _order(warehouse), _order(warehouse)
    clock.now += 60 * SECOND
    warehouse.set_status(int(a), lambda: "Packing")
    assert _changed_since(warehouse, clock.now) == [a]
    assert warehouse.get_fulfillment(int(a))["updated_at"] == format_micros(clock.now)

    clock.now += 60 * SECOND
    patch = bodies.FulfillmentPatch(notes="Leave at door", shipping_method=None, ship_to=None)
    warehouse.patch(int(b), lambda: patch)
    assert _changed_since(warehouse, clock.now) == [b]

    clock.now += 60 * SECOND
    (line,) = warehouse.list_line_items(int(c), ALL)[0]
    shipment = {
        "shipment": {
            "fulfillment_id": c,
            "shipped_at": format_micros(clock.now),
            "tracking_number": "1Z999AA10123456784",
            "line_items": [{"fulfillment_line_item_id": line["id"], "quantity": 1}],
        }
    }
    warehouse.create_shipment(lambda: shipment)
    assert _changed_since(warehouse, clock.now) == [c]
    products, _ = warehouse.list_products(ALL, sku=None, updated_since=clock.now)
    assert [(p["sku"], p["quantity_on_hand"]) for p in products] == [("MUG", 49)]
    # Reading never touches it.
    clock.now += 60 * SECOND
    warehouse.get_fulfillment(int(a))
    assert _changed_since(warehouse, clock.now) == []
