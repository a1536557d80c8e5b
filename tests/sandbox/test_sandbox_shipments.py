"""Shipments: what a packer's box does to a fulfillment, its lines and the warehouse's stock."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest
from sandbox_helpers import fields_of, line_items, order, product, ship, shipment_body, stock


@pytest.fixture
def two_lines(api: httpx.Client, ctl: httpx.Client) -> tuple[str, list[dict[str, Any]]]:
    stock(api, MUG=10, TEA=10)
    fid = order(ctl, ("MUG", 2), ("TEA", 1))["id"]
    return fid, line_items(api, fid)


def test_a_shipment_echoes_the_request_with_ids_and_skus(
    api: httpx.Client, two_lines: tuple[str, list[dict[str, Any]]]
) -> None:
    fid, (mug, _) = two_lines
    body = shipment_body(fid, (mug["id"], 1), shipped_at="2026-11-21T11:05:00-05:00")
    response = api.post("/shipments", json=body)
    assert response.status_code == 201
    shipment = response.json()["shipment"]
    assert shipment["id"].isdigit()
    assert shipment["fulfillment_id"] == fid
    assert shipment["shipped_at"] == "2026-11-21T16:05:00+00:00"  # restated in UTC
    assert shipment["carrier"] == "USPS"
    assert shipment["service"] == "Priority Mail"
    assert shipment["tracking_number"] == "9400111899223817000000"
    assert shipment["tracking_url"] == ""
    (line,) = shipment["line_items"]
    assert line["id"].isdigit()
    assert line == {
        "id": line["id"],
        "fulfillment_line_item_id": mug["id"],
        "sku": "MUG",
        "quantity": 1,
    }
    assert shipment["created_at"].endswith("+00:00")
    assert api.get(f"/shipments/{shipment['id']}").json() == {"shipment": shipment}
    listed = api.get("/shipments", params={"fulfillment_id": fid}).json()
    assert listed["shipments"] == [shipment]
    assert listed["meta"]["total"] == 1


def test_partial_shipments_add_up_and_the_last_completes_the_fulfillment(
    api: httpx.Client, two_lines: tuple[str, list[dict[str, Any]]]
) -> None:
    fid, (mug, tea) = two_lines
    assert ship(api, fid, (mug["id"], 1)).status_code == 201
    after_first = api.get(f"/fulfillments/{fid}").json()["fulfillment"]
    assert after_first["state"] == "open"
    assert after_first["units_shipped"] == 1
    assert [i["quantity_shipped"] for i in line_items(api, fid)] == [1, 0]
    assert product(api, "MUG")["quantity_on_hand"] == 9
    assert [f["id"] for f in api.get("/fulfillments").json()["fulfillments"]] == [fid]

    assert ship(api, fid, (mug["id"], 1), (tea["id"], 1)).status_code == 201
    done = api.get(f"/fulfillments/{fid}").json()["fulfillment"]
    assert done["state"] == "complete"
    assert done["units_shipped"] == 3
    assert api.get("/fulfillments").json()["fulfillments"] == []
    assert product(api, "MUG")["quantity_on_hand"] == 8
    assert product(api, "TEA")["quantity_on_hand"] == 9
    assert api.get("/shipments", params={"fulfillment_id": fid}).json()["meta"]["total"] == 2
    late = ship(api, fid, (tea["id"], 1))
    assert late.status_code == 409


def test_shipping_more_than_is_left_is_422_and_writes_nothing(
    api: httpx.Client, two_lines: tuple[str, list[dict[str, Any]]]
) -> None:
    fid, (mug, tea) = two_lines
    response = ship(api, fid, (mug["id"], 1), (tea["id"], 2))
    assert response.status_code == 422
    (error,) = response.json()["errors"]
    assert error == {
        "field": "shipment.line_items[1].quantity",
        "message": "exceeds the 1 unit left to ship",
    }
    assert [i["quantity_shipped"] for i in line_items(api, fid)] == [0, 0]
    assert product(api, "MUG")["quantity_on_hand"] == 10
    assert api.get("/shipments").json()["shipments"] == []


def test_the_same_line_twice_in_one_shipment_counts_together(
    api: httpx.Client, two_lines: tuple[str, list[dict[str, Any]]]
) -> None:
    fid, (mug, _) = two_lines
    response = ship(api, fid, (mug["id"], 2), (mug["id"], 1))
    assert response.status_code == 422
    assert fields_of(response) == ["shipment.line_items[1].quantity"]


def test_a_line_of_another_fulfillment_is_422(
    api: httpx.Client, ctl: httpx.Client, two_lines: tuple[str, list[dict[str, Any]]]
) -> None:
    fid, _ = two_lines
    other = order(ctl, ("MUG", 1))["id"]
    (foreign,) = line_items(api, other)
    response = ship(api, fid, (foreign["id"], 1), ("12", 1))
    assert response.status_code == 422
    assert fields_of(response) == [
        "shipment.line_items[0].fulfillment_line_item_id",
        "shipment.line_items[1].fulfillment_line_item_id",
    ]


def _future(hours: float) -> str:
    return (dt.datetime.now(dt.UTC) + dt.timedelta(hours=hours)).isoformat()


@pytest.mark.parametrize(
    ("over", "fields"),
    [
        ({"shipped_at": "2026-11-21T16:05:00"}, ["shipment.shipped_at"]),
        ({"shipped_at": "2026-11-21"}, ["shipment.shipped_at"]),
        ({"shipped_at": None}, ["shipment.shipped_at"]),
        ({"tracking_number": ""}, ["shipment.tracking_number"]),
        ({"tracking_number": "1Z" + "9" * 99}, ["shipment.tracking_number"]),
        ({"tracking_number": 12345}, ["shipment.tracking_number"]),
        ({"line_items": []}, ["shipment.line_items"]),
        ({"line_items": [{"fulfillment_line_item_id": "1", "quantity": 0}]},
         ["shipment.line_items[0].quantity"]),
        ({"line_items": [{"fulfillment_line_item_id": 880001, "quantity": 1}]},
         ["shipment.line_items[0].fulfillment_line_item_id"]),
        ({"line_items": [{"quantity": 1}]}, ["shipment.line_items[0].fulfillment_line_item_id"]),
        ({"line_items": ["x"]}, ["shipment.line_items[0]"]),
        ({"carrier": ["UPS"]}, ["shipment.carrier"]),
        ({"weight": 3}, ["shipment.weight"]),
    ],
)  # fmt: skip
def test_invalid_shipments_name_the_field(
    api: httpx.Client,
    two_lines: tuple[str, list[dict[str, Any]]],
    over: dict[str, Any],
    fields: list[str],
) -> None:
    fid, _ = two_lines
    body = shipment_body(fid, ("1", 1))
    body["shipment"].update(over)
    response = api.post("/shipments", json=body)
    assert response.status_code == 422
    assert fields_of(response) == fields
    assert api.get("/shipments").json()["meta"]["total"] == 0


def test_shipped_at_may_be_up_to_24_hours_ahead(
    api: httpx.Client, two_lines: tuple[str, list[dict[str, Any]]]
) -> None:
    fid, (mug, _) = two_lines
    too_far = api.post(
        "/shipments", json=shipment_body(fid, (mug["id"], 1), shipped_at=_future(25))
    )
    assert too_far.status_code == 422
    assert fields_of(too_far) == ["shipment.shipped_at"]
    ok = api.post("/shipments", json=shipment_body(fid, (mug["id"], 1), shipped_at=_future(23)))
    assert ok.status_code == 201


def test_precedence_404_then_409_then_422(api: httpx.Client, ctl: httpx.Client) -> None:
    stock(api, MUG=5)
    fid = order(ctl, ("MUG", 1))["id"]
    bad_lines = [{"fulfillment_line_item_id": "1", "quantity": -3}]
    unknown = api.post("/shipments", json=shipment_body("123", line_items=bad_lines))
    assert unknown.status_code == 404
    ctl.post(f"/fulfillments/{fid}/cancel").raise_for_status()
    canceled = api.post("/shipments", json=shipment_body(fid, line_items=bad_lines))
    assert canceled.status_code == 409
    missing_id = api.post("/shipments", json={"shipment": {"line_items": bad_lines}})
    assert missing_id.status_code == 422
    assert "shipment.fulfillment_id" in fields_of(missing_id)
    assert "shipment.line_items[0].quantity" in fields_of(missing_id)


def test_an_over_long_id_in_a_shipment_is_the_same_404_as_in_a_get(
    api: httpx.Client, two_lines: tuple[str, list[dict[str, Any]]]
) -> None:
    fid, (mug, _) = two_lines
    for too_long in ("7" * 40, "0" * 19 + fid, "9" * 500):
        got = api.get(f"/fulfillments/{too_long}")
        posted = api.post("/shipments", json=shipment_body(too_long, (mug["id"], 1)))
        not_found = (404, {"message": "fulfillment not found", "errors": []})
        assert (posted.status_code, posted.json()) == (got.status_code, got.json()) == not_found
    not_digits = api.post("/shipments", json=shipment_body("７００００１", (mug["id"], 1)))
    assert not_digits.status_code == 422  # full-width digits are no id
    assert fields_of(not_digits) == ["shipment.fulfillment_id"]
    assert api.get("/shipments").json()["meta"]["total"] == 0


def test_shipping_more_than_on_hand_stops_at_zero(api: httpx.Client, ctl: httpx.Client) -> None:
    stock(api, MUG=5)
    fid = order(ctl, ("MUG", 4))["id"]
    api.post("/products", json={"products": [{"sku": "MUG", "quantity_on_hand": 1}]})
    (line,) = line_items(api, fid)
    assert ship(api, fid, (line["id"], 4)).status_code == 201
    assert product(api, "MUG")["quantity_on_hand"] == 0


def test_shipments_list_all_pages_and_unknown_filters(api: httpx.Client, ctl: httpx.Client) -> None:
    stock(api, MUG=50)
    fid = order(ctl, ("MUG", 20))["id"]
    (line,) = line_items(api, fid)
    for _ in range(20):
        assert ship(api, fid, (line["id"], 1)).status_code == 201
    page2 = api.get("/shipments", params={"fulfillment_id": fid, "page_num": 2}).json()
    assert page2["meta"] == {"current_page": 2, "last_page": 2, "per_page": 15, "total": 20,
                             "from": 16, "to": 20}  # fmt: skip
    ids = [int(s["id"]) for s in page2["shipments"]]
    assert ids == sorted(ids)
    for nothing in ("1", "abc"):
        empty = api.get("/shipments", params={"fulfillment_id": nothing}).json()
        assert empty["shipments"] == []
        assert empty["meta"]["last_page"] == 1
    assert api.get("/shipments/510999").status_code == 404
