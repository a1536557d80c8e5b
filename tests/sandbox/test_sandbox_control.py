"""Our control endpoints: kits, orders arriving, stock commitments, cancels, edits, resets."""

from __future__ import annotations

import httpx
import pytest
from sandbox_helpers import SHIP_TO, fields_of, line_items, order, order_body, ship, stock


def test_a_kit_ordered_twice_arrives_as_its_components_multiplied(
    api: httpx.Client, ctl: httpx.Client
) -> None:
    stock(api, MUG=10, TEA=10)
    kit = ctl.post(
        "/bundles",
        json={"sku": "GIFT-SET", "name": "Gift set",
              "components": [{"sku": "MUG", "quantity": 2}, {"sku": "TEA", "quantity": 1}]},
    )  # fmt: skip
    assert kit.status_code == 201
    assert kit.json()["bundle"]["components"] == [
        {"sku": "MUG", "quantity": 2},
        {"sku": "TEA", "quantity": 1},
    ]
    f = order(ctl, ("GIFT-SET", 2), ("MUG", 1))
    assert (f["line_item_count"], f["unit_count"]) == (3, 7)
    items = line_items(api, f["id"])
    # The kit never appears; its components do, and a separately ordered mug stays its own line.
    assert [(i["sku"], i["quantity"]) for i in items] == [("MUG", 4), ("TEA", 2), ("MUG", 1)]
    assert items[0]["name"] == "Product MUG"


def test_kit_components_must_be_posted_products(api: httpx.Client, ctl: httpx.Client) -> None:
    stock(api, MUG=1)
    response = ctl.post(
        "/bundles",
        json={"sku": "KIT", "name": "Kit",
              "components": [{"sku": "MUG", "quantity": 1}, {"sku": "NOPE", "quantity": 1}]},
    )  # fmt: skip
    assert response.status_code == 422
    assert fields_of(response) == ["components[1].sku"]
    clash = ctl.post(
        "/bundles", json={"sku": "MUG", "name": "x", "components": [{"sku": "MUG", "quantity": 1}]}
    )
    assert clash.status_code == 422


def test_an_order_that_stock_cannot_cover_is_409_and_creates_nothing(
    api: httpx.Client, ctl: httpx.Client
) -> None:
    stock(api, MUG=5, TEA=5)
    ctl.post(
        "/bundles",
        json={"sku": "KIT", "name": "Kit", "components": [{"sku": "MUG", "quantity": 2}]},
    ).raise_for_status()
    order(ctl, ("MUG", 3))  # commits 3 of the 5
    response = ctl.post("/orders", json=order_body(("TEA", 1), ("KIT", 2)))
    assert response.status_code == 409
    assert fields_of(response) == ["lines[1].quantity"]
    assert api.get("/fulfillments").json()["meta"]["total"] == 1
    assert order(ctl, ("KIT", 1))["unit_count"] == 2  # exactly what is left is fine


def test_shipping_and_canceling_release_commitments(api: httpx.Client, ctl: httpx.Client) -> None:
    stock(api, MUG=4)
    shipped = order(ctl, ("MUG", 2))
    canceled = order(ctl, ("MUG", 2))
    assert ctl.post("/orders", json=order_body(("MUG", 1))).status_code == 409
    (line,) = line_items(api, shipped["id"])
    assert ship(api, shipped["id"], (line["id"], 2)).status_code == 201  # on hand 2, committed 2
    assert ctl.post("/orders", json=order_body(("MUG", 1))).status_code == 409
    cancel = ctl.post(f"/fulfillments/{canceled['id']}/cancel")
    assert cancel.status_code == 200
    assert cancel.json()["fulfillment"]["state"] == "canceled"
    assert order(ctl, ("MUG", 2))["state"] == "open"
    assert ctl.post(f"/fulfillments/{canceled['id']}/cancel").status_code == 409
    assert ctl.post("/fulfillments/1/cancel").status_code == 404


def test_unknown_skus_in_an_order_are_422(api: httpx.Client, ctl: httpx.Client) -> None:
    stock(api, MUG=4)
    response = ctl.post("/orders", json=order_body(("MUG", 1), ("GHOST", 1)))
    assert response.status_code == 422
    assert fields_of(response) == ["lines[1].sku"]


@pytest.mark.parametrize(
    ("over", "fields"),
    [
        ({"lines": []}, ["lines"]),
        ({"ship_to": {**SHIP_TO, "name": ""}}, ["ship_to.name"]),
        ({"ship_to": None}, ["ship_to"]),
        ({"order_number": 7}, ["order_number"]),
        ({"priority": "high"}, ["priority"]),
    ],
)
def test_invalid_orders_name_the_field(
    api: httpx.Client, ctl: httpx.Client, over: dict[str, object], fields: list[str]
) -> None:
    stock(api, MUG=4)
    response = ctl.post("/orders", json=order_body(("MUG", 1), **over))
    assert response.status_code == 422
    assert fields_of(response) == fields


def test_editing_an_order_touches_only_what_was_sent(api: httpx.Client, ctl: httpx.Client) -> None:
    stock(api, MUG=4)
    f = order(ctl, ("MUG", 1), notes="old")
    response = ctl.patch(
        f"/fulfillments/{f['id']}",
        json={"notes": "Leave at door", "ship_to": {"street2": "Apt 5"}},
    )
    assert response.status_code == 200
    edited = response.json()["fulfillment"]
    assert edited["notes"] == "Leave at door"
    assert edited["shipping_method"] == "UPS Ground"
    assert edited["ship_to"]["street2"] == "Apt 5"
    assert edited["ship_to"]["street1"] == SHIP_TO["street1"]
    assert edited["updated_at"] >= f["updated_at"]
    assert api.get(f"/fulfillments/{f['id']}").json()["fulfillment"] == edited
    bad = ctl.patch(f"/fulfillments/{f['id']}", json={"status": "x"})
    assert bad.status_code == 422
    assert ctl.patch("/fulfillments/1", json={"notes": "x"}).status_code == 404


def test_faults_read_back_what_was_put(ctl: httpx.Client) -> None:
    assert ctl.get("/faults").json() == {
        "faults": {"latency_ms": 0, "error_rate": 0.0, "error_status": 503,
                   "drop_after_commit_rate": 0.0, "rate_limit_per_s": None, "paths": []}
    }  # fmt: skip
    put = ctl.put("/faults", json={"error_rate": 0.5, "error_status": 500, "paths": ["/shipments"]})
    assert put.status_code == 200
    assert put.json()["faults"]["error_rate"] == 0.5
    assert ctl.get("/faults").json() == put.json()
    assert ctl.put("/faults", json={"error_rate": 2}).status_code == 422
    assert ctl.put("/faults", json={"paths": ["shipments"]}).status_code == 422
    assert ctl.put("/faults", json={"error_status": 200}).status_code == 422
    ctl.post("/reset", json={"seed": "empty"}).raise_for_status()
    assert ctl.get("/faults").json()["faults"]["error_rate"] == 0.0


def test_generate_bulk_creates_open_orders(api: httpx.Client, ctl: httpx.Client) -> None:
    response = ctl.post("/generate", json={"fulfillments": 300, "seed": 4})
    assert response.status_code == 201
    assert response.json() == {"created": 300}
    listed = api.get("/fulfillments", params={"page_size": 100, "page_num": 3}).json()
    assert listed["meta"]["total"] == 300
    assert len(listed["fulfillments"]) == 100
    assert ctl.post("/generate", json={"fulfillments": 0}).status_code == 422


def test_reset_to_demo_and_back(api: httpx.Client, ctl: httpx.Client) -> None:
    demo = ctl.post("/reset", json={"seed": "demo", "seed_number": 3})
    assert demo.json() == {"reset": {"seed": "demo", "seed_number": 3}}
    assert api.get("/fulfillments").json()["meta"]["total"] >= 60
    assert ctl.post("/reset", json={"seed": "nonsense"}).status_code == 422
    ctl.post("/reset", json={"seed": "empty"}).raise_for_status()
    assert api.get("/products").json()["meta"]["total"] == 0
