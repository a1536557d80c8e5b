"""Random sequences of orders, stock updates, shipments and cancels against a model warehouse:
the sandbox accepts exactly what the model accepts, never over-ships, and every count adds up."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sandbox_helpers import SHIP_TO, SHIPPED_AT

from packstation.sandbox.app import API_PREFIX as API

SKUS = ("A", "B", "C")
KIT = {"A": 2, "B": 1}  # the kit "K"


@dataclass
class ModelLine:
    id: str
    sku: str
    quantity: int
    shipped: int = 0


@dataclass
class ModelFulfillment:
    id: str
    lines: list[ModelLine]
    state: str = "open"


@dataclass
class Model:
    on_hand: dict[str, int]
    fulfillments: list[ModelFulfillment] = field(default_factory=list)

    def committed(self, sku: str) -> int:
        return sum(
            line.quantity - line.shipped
            for f in self.fulfillments
            if f.state == "open"
            for line in f.lines
            if line.sku == sku
        )


order_op = st.tuples(
    st.just("order"),
    st.lists(st.tuples(st.sampled_from((*SKUS, "K")), st.integers(1, 4)), min_size=1, max_size=4),
)
stock_op = st.tuples(st.just("stock"), st.sampled_from(SKUS), st.integers(0, 25))
ship_op = st.tuples(
    st.just("ship"),
    st.integers(0, 20),  # which fulfillment (modulo how many there are)
    st.lists(st.tuples(st.integers(0, 20), st.integers(1, 4)), min_size=1, max_size=3),
)
cancel_op = st.tuples(st.just("cancel"), st.integers(0, 20))
operations = st.lists(
    st.one_of(order_op, order_op, stock_op, ship_op, ship_op, ship_op, cancel_op),
    min_size=1,
    max_size=25,
)


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(initial=st.lists(st.integers(0, 40), min_size=3, max_size=3), ops=operations)
def test_the_sandbox_behaves_like_the_model_warehouse(
    root: httpx.Client, initial: list[int], ops: list[Any]
) -> None:
    root.post("/_sandbox/reset", json={"seed": "empty"}).raise_for_status()
    client = root
    model = Model(on_hand=dict(zip(SKUS, initial, strict=True)))
    products = [
        {"sku": s, "name": f"Product {s}", "quantity_on_hand": q} for s, q in model.on_hand.items()
    ]
    assert client.post(f"{API}/products", json={"products": products}).status_code == 200
    kit = [{"sku": s, "quantity": q} for s, q in KIT.items()]
    client.post("/_sandbox/bundles", json={"sku": "K", "name": "Kit", "components": kit})
    for op in ops:
        {"order": _order, "stock": _stock, "ship": _ship, "cancel": _cancel}[op[0]](
            client, model, *op[1:]
        )
        _check(client, model)


def _order(client: httpx.Client, model: Model, lines: list[tuple[str, int]]) -> None:
    items: list[tuple[str, int]] = []
    for sku, qty in lines:
        items += [(s, q * qty) for s, q in KIT.items()] if sku == "K" else [(sku, qty)]
    need: dict[str, int] = defaultdict(int)
    for sku, qty in items:
        need[sku] += qty
    coverable = all(q <= model.on_hand[s] - model.committed(s) for s, q in need.items())
    body = {
        "order_number": "O1",
        "ship_to": SHIP_TO,
        "lines": [{"sku": s, "quantity": q} for s, q in lines],
    }
    response = client.post("/_sandbox/orders", json=body)
    assert response.status_code == (201 if coverable else 409), response.text
    if coverable:
        fid = response.json()["fulfillment"]["id"]
        got = client.get(f"{API}/fulfillments/{fid}/line_items?page_size=100").json()
        assert [(i["sku"], i["quantity"]) for i in got["line_items"]] == items
        model.fulfillments.append(
            ModelFulfillment(
                fid, [ModelLine(i["id"], i["sku"], i["quantity"]) for i in got["line_items"]]
            )
        )


def _stock(client: httpx.Client, model: Model, sku: str, qty: int) -> None:
    body = {"products": [{"sku": sku, "quantity_on_hand": qty}]}
    assert client.post(f"{API}/products", json=body).status_code == 200
    model.on_hand[sku] = qty


def _ship(client: httpx.Client, model: Model, which: int, picks: list[tuple[int, int]]) -> None:
    if not model.fulfillments:
        return
    # Mostly open ones: shipping into a closed fulfillment is a plain 409, less to learn from.
    open_ones = [f for f in model.fulfillments if f.state == "open"]
    pool = open_ones if open_ones and which % 5 else model.fulfillments
    f = pool[which % len(pool)]
    wanted: dict[str, int] = defaultdict(int)
    ok = f.state == "open"
    body_lines = []
    for pick, qty in picks:
        line = f.lines[pick % len(f.lines)]
        wanted[line.id] += qty
        if wanted[line.id] > line.quantity - line.shipped:
            ok = False
        body_lines.append({"fulfillment_line_item_id": line.id, "quantity": qty})
    body = {
        "shipment": {
            "fulfillment_id": f.id,
            "shipped_at": SHIPPED_AT,
            "tracking_number": "1Z999AA10123456784",
            "line_items": body_lines,
        }
    }
    response = client.post(f"{API}/shipments", json=body)
    expected = 201 if ok else (409 if f.state != "open" else 422)
    assert response.status_code == expected, response.text
    if ok:
        for line in f.lines:
            line.shipped += wanted.get(line.id, 0)
            model.on_hand[line.sku] = max(0, model.on_hand[line.sku] - wanted.get(line.id, 0))
        if all(line.shipped == line.quantity for line in f.lines):
            f.state = "complete"


def _cancel(client: httpx.Client, model: Model, which: int) -> None:
    if not model.fulfillments:
        return
    f = model.fulfillments[which % len(model.fulfillments)]
    response = client.post(f"/_sandbox/fulfillments/{f.id}/cancel")
    assert response.status_code == (200 if f.state == "open" else 409)
    if f.state == "open":
        f.state = "canceled"


def _check(client: httpx.Client, model: Model) -> None:
    products = client.get(f"{API}/products?page_size=100").json()["products"]
    assert {p["sku"]: p["quantity_on_hand"] for p in products} == model.on_hand
    open_ids = [
        f["id"] for f in client.get(f"{API}/fulfillments?page_size=100").json()["fulfillments"]
    ]
    assert open_ids == [f.id for f in model.fulfillments if f.state == "open"]
    for f in model.fulfillments:
        got = client.get(f"{API}/fulfillments/{f.id}").json()["fulfillment"]
        items = client.get(f"{API}/fulfillments/{f.id}/line_items?page_size=100").json()
        shipped = [i["quantity_shipped"] for i in items["line_items"]]
        assert shipped == [line.shipped for line in f.lines]
        assert all(0 <= i["quantity_shipped"] <= i["quantity"] for i in items["line_items"])
        assert got["state"] == f.state
        assert got["units_shipped"] == sum(shipped)
        assert got["unit_count"] == sum(line.quantity for line in f.lines)
        shipments = client.get(f"{API}/shipments?fulfillment_id={f.id}&page_size=100").json()
        per_line: dict[str, int] = defaultdict(int)
        for s in shipments["shipments"]:
            for line in s["line_items"]:
                per_line[line["fulfillment_line_item_id"]] += line["quantity"]
        assert {lid: q for lid, q in per_line.items()} == {
            line.id: line.shipped for line in f.lines if line.shipped
        }
