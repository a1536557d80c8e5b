"""The demo warehouse: believable, varied, valid barcodes, and the same for the same seed number."""

from __future__ import annotations

import itertools
from collections import Counter
from typing import Any

import httpx
import pytest
from biip.gtin import Gtin, GtinFormat

from packstation.sandbox.app import API_PREFIX as API


def _all(root: httpx.Client, path: str, key: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    page = 1
    while True:
        body = root.get(f"{API}{path}", params={"page_size": 100, "page_num": page}).json()
        out += body[key]
        if page >= body["meta"]["last_page"]:
            return out
        page += 1


def _demo(root: httpx.Client, number: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    root.post("/_sandbox/reset", json={"seed": "demo", "seed_number": number}).raise_for_status()
    fulfillments = _all(root, "/fulfillments", "fulfillments")
    items = [
        item
        for f in fulfillments
        for item in _all(root, f"/fulfillments/{f['id']}/line_items", "line_items")
    ]
    return fulfillments, items


@pytest.fixture(scope="module")
def demo(
    root: httpx.Client,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    fulfillments, items = _demo(root, 1)
    return _all(root, "/products", "products"), fulfillments, items


def test_products_carry_valid_gtin_12_and_13_barcodes(demo: Any) -> None:
    products, _, _ = demo
    assert len(products) >= 40
    formats = {Gtin.parse(p["upc"]).format for p in products}  # raises on a bad check digit
    assert formats == {GtinFormat.GTIN_12, GtinFormat.GTIN_13}
    assert len({p["upc"] for p in products}) == len(products)
    shared = [name for name, n in Counter(p["name"] for p in products).items() if n > 1]
    assert "Blue mug, 12 oz" in shared


def test_open_orders_are_varied(demo: Any) -> None:
    _, fulfillments, items = demo
    assert len(fulfillments) >= 60
    assert all(1 <= f["line_item_count"] <= 12 for f in fulfillments)
    assert max(f["line_item_count"] for f in fulfillments) >= 5
    assert any(i["quantity"] > 1 for i in items)
    countries = Counter(f["ship_to"]["country_iso"] for f in fulfillments)
    assert countries["US"] >= 20
    assert len(countries) >= 4
    methods = {f["shipping_method"] for f in fulfillments}
    assert len(methods) >= 5
    assert any("gift" in f["notes"].lower() for f in fulfillments)
    assert all(f["ship_to"]["name"] and f["ship_to"]["street1"] for f in fulfillments)
    assert all(f["state"] == "open" and f["units_shipped"] == 0 for f in fulfillments)


def test_kits_arrive_split_into_their_components(root: httpx.Client, demo: Any) -> None:
    products, _, items = demo
    product_skus = {p["sku"] for p in products}
    assert {i["sku"] for i in items} <= product_skus  # never a kit SKU
    # A kit (GIFT-SET: 2 blue mugs and a tea) shows as a line pair somewhere in the demo.
    skus_by_order: dict[str, list[tuple[str, int]]] = {}
    for i in items:
        skus_by_order.setdefault(i["fulfillment_id"], []).append((i["sku"], i["quantity"]))
    kit_pairs = [
        lines
        for lines in skus_by_order.values()
        for a, b in itertools.pairwise(lines)
        if a[0] == "MUG-BLU-12" and b[0] == "TEA-EARL" and a[1] == 2 * b[1]
    ]
    assert kit_pairs


def test_the_same_seed_number_builds_the_same_warehouse(root: httpx.Client) -> None:
    def shape(number: int) -> list[tuple[Any, ...]]:
        fulfillments, items = _demo(root, number)
        lines = Counter((i["fulfillment_id"], i["sku"], i["quantity"]) for i in items)
        return [
            (f["id"], f["order_number"], f["ship_to"]["name"], f["shipping_method"], f["notes"])
            for f in fulfillments
        ] + sorted(lines.items())

    first = shape(7)
    assert shape(7) == first
    assert shape(8) != first
