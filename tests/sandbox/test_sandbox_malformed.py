"""Whatever a broken client sends, the answer is a 4xx with the JSON error body, never a 500."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sandbox_helpers import SHIP_TO, SHIPPED_AT

from packstation.sandbox.app import API_PREFIX as API

HYPOTHESIS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=15,
)


def _maybe(valid: Any) -> st.SearchStrategy[Any]:
    return st.one_of(st.just(valid), json_values)


def _shipment(fid: str, line_id: str) -> st.SearchStrategy[Any]:
    line = st.fixed_dictionaries(
        {"fulfillment_line_item_id": _maybe(line_id), "quantity": _maybe(1)},
        optional={"extra": json_values},
    )
    shipment = st.fixed_dictionaries(
        {
            "fulfillment_id": _maybe(fid),
            "shipped_at": _maybe(SHIPPED_AT),
            "tracking_number": _maybe("1Z999AA10123456784"),
            "line_items": st.one_of(st.lists(line, max_size=3), json_values),
        },
        optional={"carrier": json_values, "unknown": json_values},
    )
    return st.fixed_dictionaries({"shipment": shipment})


def _products() -> st.SearchStrategy[Any]:
    item = st.fixed_dictionaries(
        {"sku": _maybe("MUG")},
        optional={"name": _maybe("Mug"), "quantity_on_hand": _maybe(3), "upc": json_values},
    )
    return st.fixed_dictionaries({"products": st.one_of(st.lists(item, max_size=3), json_values)})


def _order() -> st.SearchStrategy[Any]:
    line = st.fixed_dictionaries({"sku": _maybe("MUG"), "quantity": _maybe(1)})
    return st.fixed_dictionaries(
        {
            "order_number": _maybe("O1"),
            "ship_to": st.one_of(st.just(SHIP_TO), json_values),
            "lines": st.one_of(st.lists(line, max_size=3), json_values),
        },
        optional={"notes": json_values},
    )


@pytest.fixture
def target(root: httpx.Client) -> tuple[str, str]:
    """An empty sandbox with one open fulfillment: its id and its line's id."""
    root.post("/_sandbox/reset", json={"seed": "empty"}).raise_for_status()
    root.post(
        f"{API}/products",
        json={"products": [{"sku": "MUG", "name": "Mug", "quantity_on_hand": 10**6}]},
    ).raise_for_status()
    body = {"order_number": "O1", "ship_to": SHIP_TO, "lines": [{"sku": "MUG", "quantity": 99}]}
    fid = root.post("/_sandbox/orders", json=body).json()["fulfillment"]["id"]
    line_id = root.get(f"{API}/fulfillments/{fid}/line_items").json()["line_items"][0]["id"]
    return fid, line_id


def _assert_handled(response: httpx.Response) -> None:
    assert response.status_code < 500, response.text
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    body = response.json()
    if response.status_code >= 400:
        assert isinstance(body["message"], str)
        assert isinstance(body["errors"], list)
        assert all(set(e) == {"field", "message"} for e in body["errors"])


@HYPOTHESIS
@given(data=st.data())
def test_random_json_bodies_never_cause_a_500(
    root: httpx.Client, target: tuple[str, str], data: st.DataObject
) -> None:
    fid, line_id = target
    method, path, strategy = data.draw(
        st.sampled_from(
            [
                ("POST", f"{API}/shipments", _shipment(fid, line_id)),
                ("POST", f"{API}/shipments", json_values),
                ("POST", f"{API}/products", _products()),
                ("PUT", f"{API}/fulfillments/{fid}", json_values),
                (
                    "PUT",
                    f"{API}/fulfillments/{fid}",
                    st.fixed_dictionaries({"fulfillment": json_values}),
                ),
                ("POST", "/_sandbox/orders", _order()),
                ("POST", "/_sandbox/bundles", json_values),
                ("PATCH", f"/_sandbox/fulfillments/{fid}", json_values),
            ]
        )
    )
    body = data.draw(strategy)
    _assert_handled(root.request(method, path, content=json.dumps(body).encode()))


@HYPOTHESIS
@given(
    path=st.sampled_from(
        [f"{API}/shipments", f"{API}/products", "/_sandbox/orders", "/_sandbox/faults"]
    ),
    raw=st.binary(max_size=300),
)
def test_random_bytes_are_a_400_or_422(
    root: httpx.Client, target: tuple[str, str], path: str, raw: bytes
) -> None:
    method = "PUT" if path.endswith("faults") else "POST"
    response = root.request(method, path, content=raw)
    _assert_handled(response)
    assert response.status_code in (400, 422)


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"{",
        b"[" * 100_000 + b"]" * 100_000,
        b'{"products": NaN}',
        b'{"products": [{"sku": "A", "name": "B", "quantity_on_hand": 1' + b"0" * 5000 + b"}]}",
        b'{"products": [{"sku": "\\ud800", "name": "lone surrogate"}]}',
        b'{"products": [{"sku": "A", "name": "B", "\\udfff": 1}]}',
        b'{"products": [{"sku": "A", "name": "' + b"x" * 1_000_000 + b'"}]}',
        b'{"products": [{"sku": "A", "name": "B", "quantity_on_hand": 99999999999999999999}]}',
        b'{"products": [{"sku": "A", "name": "B", "quantity_on_hand": true}]}',
        b'{"products": [{"sku": "A", "name": "B", "quantity_on_hand": 1.5}]}',
        b"\xff\xfe{}",
        b"null",
        b'"products"',
    ],
    ids=lambda raw: repr(raw[:30]),
)
def test_known_nasty_product_bodies(root: httpx.Client, raw: bytes) -> None:
    root.post("/_sandbox/reset", json={"seed": "empty"}).raise_for_status()
    response = root.post(f"{API}/products", content=raw)
    _assert_handled(response)
    assert 400 <= response.status_code < 500
    assert root.get(f"{API}/products").json()["meta"]["total"] == 0


def test_a_body_beyond_two_megabytes_is_413(root: httpx.Client) -> None:
    response = root.post(f"{API}/products", content=b" " * (3 * 1024 * 1024))
    _assert_handled(response)
    assert response.status_code == 413


@pytest.mark.parametrize(
    "body",
    [
        {"fulfillments": 10**12},
        {"fulfillments": "many"},
        {"fulfillments": 5, "seed": -1},
        {"seed": 1},
    ],
)
def test_bad_generate_requests_are_422(root: httpx.Client, body: dict[str, Any]) -> None:
    response = root.post("/_sandbox/generate", json=body)
    _assert_handled(response)
    assert response.status_code == 422


@HYPOTHESIS
@given(
    params=st.dictionaries(
        st.sampled_from(["page_num", "page_size", "updated_since", "status", "sku"]),
        st.text(max_size=40),
        max_size=4,
    ),
    path=st.sampled_from([f"{API}/fulfillments", f"{API}/products", f"{API}/shipments"]),
)
def test_random_query_strings_never_cause_a_500(
    root: httpx.Client, path: str, params: dict[str, str]
) -> None:
    _assert_handled(root.get(path, params=params))
