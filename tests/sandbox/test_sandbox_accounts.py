"""Each access token is one account with its own channel and warehouse: it sees only its own
objects, and another account's ids answer 403 (out of this token's scope)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from sandbox_helpers import line_items, order, order_body, ship, stock

from packstation.sandbox import SandboxServer


@pytest.fixture
def other(sandbox: SandboxServer, ctl: httpx.Client) -> Iterator[tuple[httpx.Client, httpx.Client]]:
    """A second account's Stitch client and control client."""
    created = ctl.post("/accounts")
    assert created.status_code == 201
    token = created.json()["account"]["token"]
    assert token != sandbox.token
    headers = {"access_token": token}
    with (
        httpx.Client(base_url=sandbox.base_url, headers=headers) as api2,
        httpx.Client(base_url=sandbox.root_url + "/_sandbox", headers=headers) as ctl2,
    ):
        yield api2, ctl2
        # The account outlives the test (only its own token could reset it): leave it empty.
        ctl2.post("/reset", json={"seed": "empty"}).raise_for_status()


def test_a_new_account_starts_empty_and_keeps_its_own_stock(
    api: httpx.Client, ctl: httpx.Client, other: tuple[httpx.Client, httpx.Client]
) -> None:
    api2, ctl2 = other
    stock(api, MUG=5)
    order(ctl, ("MUG", 2))
    assert api2.get("/fulfillments").json()["meta"]["total"] == 0
    assert api2.get("/products").json()["products"] == []
    stock(api2, MUG=1)  # the same SKU in another warehouse
    assert ctl2.post("/orders", json=order_body(("MUG", 2))).status_code == 409
    mine = order(ctl2, ("MUG", 1))
    assert [f["id"] for f in api2.get("/fulfillments").json()["fulfillments"]] == [mine["id"]]
    assert api.get("/fulfillments").json()["meta"]["total"] == 1
    assert [p["quantity_on_hand"] for p in api.get("/products").json()["products"]] == [5]


def test_another_accounts_objects_are_403(
    api: httpx.Client, ctl: httpx.Client, other: tuple[httpx.Client, httpx.Client]
) -> None:
    api2, ctl2 = other
    (product,) = stock(api, MUG=5)
    fid = order(ctl, ("MUG", 2))["id"]
    (line,) = line_items(api, fid)
    shipment = ship(api, fid, (line["id"], 1)).json()["shipment"]
    forbidden = [
        api2.get(f"/fulfillments/{fid}"),
        api2.get(f"/fulfillments/{fid}/line_items"),
        api2.put(f"/fulfillments/{fid}", json={"fulfillment": {"status": "mine now"}}),
        ship(api2, fid, (line["id"], 1)),
        api2.get(f"/shipments/{shipment['id']}"),
        api2.get(f"/products/{product['id']}"),
        ctl2.post(f"/fulfillments/{fid}/cancel"),
        ctl2.patch(f"/fulfillments/{fid}", json={"notes": "x"}),
    ]
    for response in forbidden:
        assert response.status_code == 403, response.request.url
        assert response.json()["message"]
    assert api2.get("/shipments", params={"fulfillment_id": fid}).json()["shipments"] == []
    after = api.get(f"/fulfillments/{fid}").json()["fulfillment"]
    assert (after["status"], after["state"], after["units_shipped"]) == ("", "open", 1)


def test_a_reset_starts_over_the_callers_account_only(
    api: httpx.Client, ctl: httpx.Client, other: tuple[httpx.Client, httpx.Client]
) -> None:
    api2, ctl2 = other
    stock(api, MUG=5)
    mine = order(ctl, ("MUG", 1))
    stock(api2, TEA=3)
    theirs = order(ctl2, ("TEA", 1))
    assert ctl2.post("/reset", json={"seed": "empty"}).status_code == 200
    assert api2.get("/fulfillments").json()["fulfillments"] == []  # still a valid token
    assert api2.get("/products").json()["products"] == []
    assert [f["id"] for f in api.get("/fulfillments").json()["fulfillments"]] == [mine["id"]]
    assert api.get("/products").json()["meta"]["total"] == 1
    stock(api2, TEA=3)
    again = order(ctl2, ("TEA", 1))
    assert again["id"] != theirs["id"]  # ids are never handed out twice while data remains
    ctl.post("/reset", json={"seed": "demo"}).raise_for_status()
    assert [f["id"] for f in api2.get("/fulfillments").json()["fulfillments"]] == [again["id"]]


def test_faults_apply_to_the_callers_account_only(
    api: httpx.Client, ctl: httpx.Client, other: tuple[httpx.Client, httpx.Client]
) -> None:
    api2, ctl2 = other
    put = ctl2.put("/faults", json={"error_rate": 1.0, "error_status": 503})
    assert put.status_code == 200
    assert api2.get("/products").status_code == 503
    assert api.get("/products").status_code == 200
    assert ctl.get("/faults").json()["faults"]["error_rate"] == 0.0
    assert ctl2.get("/faults").json()["faults"]["error_rate"] == 1.0
    ctl.put("/faults", json={"error_rate": 1.0, "error_status": 500}).raise_for_status()
    ctl.post("/reset", json={"seed": "empty"}).raise_for_status()  # resets the caller's faults
    assert api.get("/products").status_code == 200
    assert api2.get("/products").status_code == 503
    ctl2.put("/faults", json={}).raise_for_status()
    assert api2.get("/products").status_code == 200


def test_no_control_endpoint_reaches_into_another_account(
    api: httpx.Client, ctl: httpx.Client, other: tuple[httpx.Client, httpx.Client]
) -> None:
    _, ctl2 = other
    stock(api, MUG=5)
    fid = order(ctl, ("MUG", 2))["id"]
    kit = {"sku": "KIT", "name": "Kit", "components": [{"sku": "MUG", "quantity": 1}]}
    ctl.post("/bundles", json=kit).raise_for_status()
    # The other account knows neither the products nor the kit, and cannot touch the order.
    assert ctl2.post("/orders", json=order_body(("KIT", 1))).status_code == 422
    assert ctl2.post("/orders", json=order_body(("MUG", 1))).status_code == 422
    assert ctl2.post("/bundles", json={**kit, "sku": "KIT2"}).status_code == 422
    assert ctl2.post(f"/fulfillments/{fid}/cancel").status_code == 403
    assert ctl2.patch(f"/fulfillments/{fid}", json={"notes": "x"}).status_code == 403
    assert ctl2.post("/generate", json={"fulfillments": 3, "seed": 1}).status_code == 201
    assert api.get("/fulfillments").json()["meta"]["total"] == 1
    assert api.get(f"/fulfillments/{fid}").json()["fulfillment"]["notes"] == ""
