"""Fulfillments: the open list and its paging, filters and timestamps; one fulfillment; status."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from sandbox_helpers import fields_of, line_items, order, ship, stock

from packstation.sandbox import timestamps


def _orders(api: httpx.Client, ctl: httpx.Client, count: int) -> list[str]:
    stock(api, MUG=1000)
    return [order(ctl, ("MUG", 1), order_number=f"O{i}")["id"] for i in range(count)]


def test_an_empty_list_has_one_page_and_null_bounds(api: httpx.Client) -> None:
    body = api.get("/fulfillments").json()
    assert body == {
        "fulfillments": [],
        "meta": {"current_page": 1, "last_page": 1, "per_page": 15, "total": 0,
                 "from": None, "to": None},
    }  # fmt: skip


def test_paging_exactly_one_page_then_a_partial_last_page(
    api: httpx.Client, ctl: httpx.Client
) -> None:
    ids = _orders(api, ctl, 15)
    one = api.get("/fulfillments").json()
    assert [f["id"] for f in one["fulfillments"]] == ids
    assert one["meta"] == {"current_page": 1, "last_page": 1, "per_page": 15, "total": 15,
                           "from": 1, "to": 15}  # fmt: skip
    ids += _orders(api, ctl, 2)
    last = api.get("/fulfillments", params={"page_num": 2}).json()
    assert [f["id"] for f in last["fulfillments"]] == ids[15:]
    assert last["meta"] == {"current_page": 2, "last_page": 2, "per_page": 15, "total": 17,
                            "from": 16, "to": 17}  # fmt: skip
    beyond = api.get("/fulfillments", params={"page_num": 3}).json()
    assert beyond["fulfillments"] == []
    assert beyond["meta"]["from"] is None
    assert beyond["meta"]["to"] is None
    assert beyond["meta"]["last_page"] == 2


@pytest.mark.parametrize("page_num", ["1000000000", str(2**63), "9" * 60])
def test_a_page_far_past_the_last_is_a_valid_empty_page(
    api: httpx.Client, ctl: httpx.Client, page_num: str
) -> None:
    _orders(api, ctl, 2)
    for path in ("/fulfillments", "/shipments", "/products"):
        response = api.get(path, params={"page_num": page_num, "page_size": 100})
        assert response.status_code == 200, (path, response.text)
        body = response.json()
        (items,) = (v for k, v in body.items() if k != "meta")
        assert items == []
        assert body["meta"]["current_page"] == int(page_num)
        assert (body["meta"]["from"], body["meta"]["to"]) == (None, None)
        assert body["meta"]["last_page"] == 1


def test_pages_walk_every_open_fulfillment_once_in_numeric_id_order(
    api: httpx.Client, ctl: httpx.Client
) -> None:
    ids = _orders(api, ctl, 23)
    seen: list[str] = []
    for page in (1, 2, 3):
        body = api.get("/fulfillments", params={"page_size": 10, "page_num": page}).json()
        seen += [f["id"] for f in body["fulfillments"]]
    assert seen == ids
    assert [int(i) for i in seen] == sorted(int(i) for i in seen)


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"page_size": 101}, "page_size"),
        ({"page_size": 0}, "page_size"),
        ({"page_size": "ten"}, "page_size"),
        ({"page_num": 0}, "page_num"),
        ({"page_num": "-1"}, "page_num"),
        ({"updated_since": "2026-11-20T12:00:00"}, "updated_since"),
        ({"updated_since": "2026-11-20"}, "updated_since"),
        ({"updated_since": "yesterday"}, "updated_since"),
    ],
)
def test_bad_list_parameters_are_422_naming_the_parameter(
    api: httpx.Client, params: dict[str, object], field: str
) -> None:
    response = api.get("/fulfillments", params=params)
    assert response.status_code == 422
    assert fields_of(response) == [field]


def test_page_size_100_is_allowed(api: httpx.Client) -> None:
    assert api.get("/fulfillments", params={"page_size": 100}).json()["meta"]["per_page"] == 100


@pytest.mark.parametrize(
    "spelling",
    [
        "{utc}Z",
        "{utc}+00:00",
        "{utc}+0000",
        "{plus2}+02:00",
        "{minus5}-05:00",
        "{utc} 00:00",  # an unencoded '+' decoded to a space
    ],
)
def test_updated_since_accepts_every_offset_spelling(
    api: httpx.Client, ctl: httpx.Client, spelling: str
) -> None:
    (fid,) = _orders(api, ctl, 1)
    updated = timestamps.parse(api.get(f"/fulfillments/{fid}").json()["fulfillment"]["updated_at"])
    assert updated is not None

    def wall_clock(hours: int) -> str:
        return (updated + dt.timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%S")

    at = spelling.format(utc=wall_clock(0), plus2=wall_clock(2), minus5=wall_clock(-5))
    raw_query = f"updated_since={at.replace('+', '%2B')}"
    if spelling.startswith("{utc} "):
        raw_query = f"updated_since={at.replace(' ', '+')}"  # what a careless client sends
    listed = api.get(f"/fulfillments?{raw_query}")
    assert listed.status_code == 200, listed.text
    assert [f["id"] for f in listed.json()["fulfillments"]] == [fid]
    one_second_later = (updated + dt.timedelta(seconds=1)).isoformat()
    later = api.get("/fulfillments", params={"updated_since": one_second_later})
    assert later.json()["fulfillments"] == []


def test_status_filter_is_exact(api: httpx.Client, ctl: httpx.Client) -> None:
    a, b, _ = _orders(api, ctl, 3)
    api.put(f"/fulfillments/{a}", json={"fulfillment": {"status": "Packing"}}).raise_for_status()
    api.put(f"/fulfillments/{b}", json={"fulfillment": {"status": "packing"}}).raise_for_status()
    found = api.get("/fulfillments", params={"status": "Packing"}).json()
    assert [f["id"] for f in found["fulfillments"]] == [a]
    assert found["meta"]["total"] == 1


def test_one_fulfillment_in_the_contracts_shape(api: httpx.Client, ctl: httpx.Client) -> None:
    stock(api, MUG=10, TEA=10)
    created = order(ctl, ("MUG", 2), ("TEA", 5), notes="Gift wrap", shipping_method="FedEx 2Day")
    body = api.get(f"/fulfillments/{created['id']}").json()
    f = body["fulfillment"]
    assert f == created
    assert set(f) == {
        "id", "order_number", "channel_order_number", "status", "state", "shipping_method",
        "notes", "ship_to", "line_item_count", "unit_count", "units_shipped", "created_at",
        "updated_at",
    }  # fmt: skip
    assert f["state"] == "open"
    assert f["status"] == ""
    assert (f["line_item_count"], f["unit_count"], f["units_shipped"]) == (2, 7, 0)
    assert f["ship_to"]["country_iso"] == "US"
    assert f["ship_to"]["company"] == ""
    assert f["created_at"].endswith("+00:00")
    items = line_items(api, f["id"])
    assert [(i["sku"], i["quantity"], i["quantity_shipped"]) for i in items] == [
        ("MUG", 2, 0),
        ("TEA", 5, 0),
    ]
    assert all(i["fulfillment_id"] == f["id"] for i in items)


def test_line_items_page_and_404(api: httpx.Client, ctl: httpx.Client) -> None:
    skus = {f"S{i}": 5 for i in range(20)}
    stock(api, **skus)
    fid = order(ctl, *[(s, 1) for s in skus])["id"]
    first = api.get(f"/fulfillments/{fid}/line_items").json()
    assert len(first["line_items"]) == 15
    assert first["meta"]["total"] == 20
    assert first["meta"]["last_page"] == 2
    assert api.get("/fulfillments/123/line_items").status_code == 404
    # 404 wins over a bad page size
    assert api.get("/fulfillments/123/line_items", params={"page_size": 500}).status_code == 404


def test_unknown_or_malformed_fulfillment_ids_are_404(api: httpx.Client) -> None:
    for fid in ("700001", "0", "x1", "-5", "1" * 40):
        assert api.get(f"/fulfillments/{fid}").status_code == 404, fid


def test_status_may_be_any_string_up_to_255_and_touches_updated_at(
    api: httpx.Client, ctl: httpx.Client
) -> None:
    (fid,) = _orders(api, ctl, 1)
    for status in ("Packing at station 3", "x" * 255, "Übergabe 📦", ""):
        response = api.put(f"/fulfillments/{fid}", json={"fulfillment": {"status": status}})
        assert response.status_code == 200
        assert response.json()["fulfillment"]["status"] == status
        assert api.get(f"/fulfillments/{fid}").json()["fulfillment"]["status"] == status
    too_long = api.put(f"/fulfillments/{fid}", json={"fulfillment": {"status": "x" * 256}})
    assert too_long.status_code == 422
    assert fields_of(too_long) == ["fulfillment.status"]


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({"fulfillment": {"status": "ok", "state": "complete"}}, ["fulfillment.state"]),
        ({"fulfillment": {"notes": "hi"}}, ["fulfillment.notes", "fulfillment.status"]),
        ({"fulfillment": {"status": 3}}, ["fulfillment.status"]),
        ({"fulfillment": {"status": None}}, ["fulfillment.status"]),
        ({"status": "ok"}, ["fulfillment", "status"]),
        ({"fulfillment": "ok"}, ["fulfillment"]),
        ([], ["fulfillment"]),
    ],
)
def test_only_status_may_be_written(
    api: httpx.Client, ctl: httpx.Client, body: object, fields: list[str]
) -> None:
    (fid,) = _orders(api, ctl, 1)
    before = api.get(f"/fulfillments/{fid}").json()
    response = api.put(f"/fulfillments/{fid}", json=body)
    assert response.status_code == 422
    assert sorted(fields_of(response)) == sorted(fields)
    assert api.get(f"/fulfillments/{fid}").json() == before


def test_status_put_precedence_404_then_409_then_body(api: httpx.Client, ctl: httpx.Client) -> None:
    (fid,) = _orders(api, ctl, 1)
    assert api.put("/fulfillments/1", content=b"{not json").status_code == 404
    ctl.post(f"/fulfillments/{fid}/cancel").raise_for_status()
    assert api.put(f"/fulfillments/{fid}", content=b"{not json").status_code == 409
    ok = api.put(f"/fulfillments/{fid}", json={"fulfillment": {"status": "late"}})
    assert ok.status_code == 409
    assert ok.json()["message"]


def test_bad_json_is_a_400(api: httpx.Client, ctl: httpx.Client) -> None:
    (fid,) = _orders(api, ctl, 1)
    response = api.put(f"/fulfillments/{fid}", content=b'{"fulfillment": ')
    assert response.status_code == 400
    assert response.json()["errors"] == []


def test_a_complete_or_canceled_fulfillment_is_still_readable_but_not_listed(
    api: httpx.Client, ctl: httpx.Client
) -> None:
    a, b, c = _orders(api, ctl, 3)
    ctl.post(f"/fulfillments/{a}/cancel").raise_for_status()
    (item,) = line_items(api, b)
    assert ship(api, b, (item["id"], 1)).status_code == 201
    assert [f["id"] for f in api.get("/fulfillments").json()["fulfillments"]] == [c]
    assert api.get(f"/fulfillments/{a}").json()["fulfillment"]["state"] == "canceled"
    assert api.get(f"/fulfillments/{b}").json()["fulfillment"]["state"] == "complete"
