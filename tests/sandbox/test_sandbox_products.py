"""Products: upsert by SKU, absolute stock, all-or-nothing batches, filters and paging."""

from __future__ import annotations

import httpx
from sandbox_helpers import fields_of, stock

from packstation.sandbox import timestamps


def test_posting_products_creates_then_updates_stock_by_sku(api: httpx.Client) -> None:
    first = api.post(
        "/products",
        json={
            "products": [
                {"sku": "MUG-BLU-12", "name": "Blue mug, 12 oz", "upc": "012345678905",
                 "quantity_on_hand": 40},
                {"sku": "CAP-BLK", "name": "Cap", "quantity_on_hand": 3},
            ]
        },
    )  # fmt: skip
    assert first.status_code == 200
    mug, cap = first.json()["products"]
    assert mug["sku"] == "MUG-BLU-12"
    assert mug["upc"] == "012345678905"
    assert mug["quantity_on_hand"] == 40
    assert mug["id"].isdigit()
    assert timestamps.parse(mug["created_at"]) is not None
    assert mug["created_at"].endswith("+00:00")
    update = api.post("/products", json={"products": [{"sku": "CAP-BLK", "quantity_on_hand": 7}]})
    assert update.status_code == 200
    (cap_after,) = update.json()["products"]
    assert cap_after["id"] == cap["id"]
    assert cap_after["name"] == "Cap"
    assert cap_after["quantity_on_hand"] == 7
    assert api.get(f"/products/{cap['id']}").json() == {"product": cap_after}


def test_a_new_sku_needs_a_name_and_stock_defaults_to_zero(api: httpx.Client) -> None:
    missing_name = api.post("/products", json={"products": [{"sku": "X", "quantity_on_hand": 1}]})
    assert missing_name.status_code == 422
    assert fields_of(missing_name) == ["products[0].name"]
    created = api.post("/products", json={"products": [{"sku": "X", "name": "Thing"}]})
    assert created.json()["products"][0]["quantity_on_hand"] == 0


def test_a_bad_batch_names_each_bad_entry_and_changes_nothing(api: httpx.Client) -> None:
    stock(api, A=5, B=5)
    response = api.post(
        "/products",
        json={
            "products": [
                {"sku": "A", "quantity_on_hand": 9},
                {"sku": "B", "quantity_on_hand": -1},
                {"sku": "NEW", "name": "New thing", "quantity_on_hand": 2},
                {"sku": "C", "quantity_on_hand": "7"},
            ]
        },
    )
    assert response.status_code == 422
    assert fields_of(response) == [
        "products[1].quantity_on_hand",
        "products[3].quantity_on_hand",
    ]
    listed = api.get("/products").json()
    assert {p["sku"]: p["quantity_on_hand"] for p in listed["products"]} == {"A": 5, "B": 5}


def test_at_most_100_products_per_request(api: httpx.Client) -> None:
    too_many = [{"sku": f"S{i}", "name": "n", "quantity_on_hand": 1} for i in range(101)]
    response = api.post("/products", json={"products": too_many})
    assert response.status_code == 422
    assert fields_of(response) == ["products"]
    assert api.get("/products").json()["meta"]["total"] == 0
    ok = api.post("/products", json={"products": too_many[:100]})
    assert ok.status_code == 200
    assert len(ok.json()["products"]) == 100


def test_products_filter_by_sku_and_updated_since(api: httpx.Client) -> None:
    stock(api, A=1, B=2, C=3)
    only_b = api.get("/products", params={"sku": "B"}).json()
    assert [p["sku"] for p in only_b["products"]] == ["B"]
    assert api.get("/products", params={"sku": "Z"}).json()["products"] == []
    all_products = api.get("/products").json()["products"]
    newest = max(p["updated_at"] for p in all_products)
    since = api.get("/products", params={"updated_since": newest}).json()["products"]
    assert len(since) == 3  # all written in this second: "at or after" includes them
    future = api.get("/products", params={"updated_since": "2999-01-01T00:00:00Z"}).json()
    assert future["products"] == []
    assert future["meta"]["from"] is None


def test_unknown_product_ids_are_404(api: httpx.Client) -> None:
    for path in ("/products/100001", "/products/abc", "/products/99999999999999999999999"):
        response = api.get(path)
        assert response.status_code == 404, path
        assert response.json()["message"]


def test_a_bundle_sku_cannot_be_posted_as_a_product(api: httpx.Client, ctl: httpx.Client) -> None:
    stock(api, MUG=10)
    ctl.post(
        "/bundles",
        json={"sku": "KIT", "name": "Kit", "components": [{"sku": "MUG", "quantity": 2}]},
    ).raise_for_status()
    response = api.post("/products", json={"products": [{"sku": "KIT", "name": "Kit"}]})
    assert response.status_code == 422
    assert fields_of(response) == ["products[0].sku"]
