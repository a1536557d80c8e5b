"""Injected trouble and throttling: errors, dropped answers after a commit, 429s, races."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from sandbox_helpers import line_items, order, ship, shipment_body, stock

from packstation.sandbox import SandboxServer
from packstation.sandbox.faults import Throttle


def test_error_rate_one_answers_the_chosen_status_and_does_nothing_else(
    api: httpx.Client, ctl: httpx.Client
) -> None:
    stock(api, MUG=5)
    fid = order(ctl, ("MUG", 2))["id"]
    (line,) = line_items(api, fid)
    ctl.put("/faults", json={"error_rate": 1.0, "error_status": 503, "paths": ["/shipments"]})
    response = ship(api, fid, (line["id"], 1))
    assert response.status_code == 503
    assert response.json()["message"]
    assert response.headers["retry-after"] == "1"
    assert api.get(f"/fulfillments/{fid}").status_code == 200  # other paths untouched
    ctl.put("/faults", json={}).raise_for_status()
    assert api.get("/shipments").json()["shipments"] == []


def test_faults_never_touch_the_control_endpoints(api: httpx.Client, ctl: httpx.Client) -> None:
    ctl.put("/faults", json={"error_rate": 1.0, "error_status": 500, "rate_limit_per_s": 0.01})
    assert api.get("/products").status_code == 500
    for _ in range(3):
        assert ctl.get("/faults").status_code == 200
    assert ctl.post("/reset", json={"seed": "empty"}).status_code == 200


def test_fault_paths_match_the_path_and_below_only(api: httpx.Client, ctl: httpx.Client) -> None:
    ctl.put("/faults", json={"error_rate": 1.0, "error_status": 502, "paths": ["/fulfillments"]})
    assert api.get("/fulfillments").status_code == 502
    assert api.get("/fulfillments/700001/line_items").status_code == 502
    assert api.get("/products").status_code == 200
    assert api.get("/shipments").status_code == 200


def test_latency_still_answers(api: httpx.Client, ctl: httpx.Client) -> None:
    ctl.put("/faults", json={"latency_ms": 50}).raise_for_status()
    assert api.get("/products").status_code == 200


def test_a_dropped_answer_after_commit_reaches_httpx_as_a_protocol_error(
    api: httpx.Client, ctl: httpx.Client
) -> None:
    stock(api, MUG=5)
    fid = order(ctl, ("MUG", 2))["id"]
    (line,) = line_items(api, fid)
    ctl.put(
        "/faults", json={"drop_after_commit_rate": 1.0, "paths": ["/shipments"]}
    ).raise_for_status()
    with pytest.raises(httpx.RemoteProtocolError):
        ship(api, fid, (line["id"], 1))
    # A write that fails validation is still answered: only committed writes are lost.
    assert ship(api, fid, (line["id"], 9)).status_code == 422
    ctl.put("/faults", json={}).raise_for_status()
    (stored,) = api.get("/shipments", params={"fulfillment_id": fid}).json()["shipments"]
    assert stored["line_items"][0]["quantity"] == 1
    assert line_items(api, fid)[0]["quantity_shipped"] == 1


def test_a_dropped_status_update_was_applied(api: httpx.Client, ctl: httpx.Client) -> None:
    stock(api, MUG=5)
    fid = order(ctl, ("MUG", 2))["id"]
    ctl.put("/faults", json={"drop_after_commit_rate": 1.0}).raise_for_status()
    with pytest.raises(httpx.RemoteProtocolError):
        api.put(f"/fulfillments/{fid}", json={"fulfillment": {"status": "Packed"}})
    assert api.get(f"/fulfillments/{fid}").json()["fulfillment"]["status"] == "Packed"


def test_rate_limit_fault_answers_429_with_retry_after(
    api: httpx.Client, ctl: httpx.Client
) -> None:
    ctl.put("/faults", json={"rate_limit_per_s": 2}).raise_for_status()
    answers = [api.get("/products") for _ in range(3)]
    assert [a.status_code for a in answers[:2]] == [200, 200]
    throttled = answers[2]
    assert throttled.status_code == 429
    assert int(throttled.headers["retry-after"]) >= 1
    assert throttled.json()["message"]


def test_the_command_line_rate_limit_applies_per_token() -> None:
    with (
        SandboxServer(seed="empty", rate_limit=1) as server,
        httpx.Client(base_url=server.base_url, headers={"access_token": server.token}) as client,
    ):
        assert client.get("/products").status_code == 200
        response = client.get("/products")
        assert response.status_code == 429
        assert response.headers["retry-after"] == "1"


def test_token_buckets_refill_and_are_kept_per_token() -> None:
    now = [100.0]
    throttle = Throttle(clock=lambda: now[0])
    assert [throttle.take("a", 2) for _ in range(3)] == [None, None, 1]
    assert throttle.take("b", 2) is None  # another token has its own bucket
    now[0] += 0.5  # one token's worth at 2/s
    assert throttle.take("a", 2) is None
    assert throttle.take("a", 2) == 1
    assert throttle.take("a", 0.1) == 10  # whole seconds, rounded up


def test_racing_shipments_for_the_last_units_exactly_one_wins(
    sandbox: SandboxServer, api: httpx.Client, ctl: httpx.Client
) -> None:
    stock(api, MUG=100, TEA=100)
    rounds = 10
    # A second line keeps the fulfillment open after the winner, so the loser hears 422 (on a
    # completed fulfillment it would be 409).
    fids = [order(ctl, ("MUG", 1), ("TEA", 1))["id"] for _ in range(rounds)]
    lines = [line_items(api, fid)[0]["id"] for fid in fids]
    barrier = threading.Barrier(2)
    clients = [
        httpx.Client(base_url=sandbox.base_url, headers={"access_token": sandbox.token})
        for _ in range(2)
    ]

    def post(client: httpx.Client, fid: str, line_id: str) -> int:
        barrier.wait()
        return client.post("/shipments", json=shipment_body(fid, (line_id, 1))).status_code

    try:
        with ThreadPoolExecutor(2) as pool:
            for fid, line_id in zip(fids, lines, strict=True):
                futures = [pool.submit(post, c, fid, line_id) for c in clients]
                assert sorted(f.result() for f in futures) == [201, 422]
    finally:
        for c in clients:
            c.close()
    for fid in fids:
        assert api.get("/shipments", params={"fulfillment_id": fid}).json()["meta"]["total"] == 1
        assert [i["quantity_shipped"] for i in line_items(api, fid)] == [1, 0]
