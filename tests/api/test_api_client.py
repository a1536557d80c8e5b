"""StitchClient against an in-process transport: requests on the wire, error mapping, retries of
reads only, the in-flight cap, product batches, and the token kept out of every output."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import logging
import time
from typing import Any

import httpx
import pytest
from api_payloads import (
    BASE,
    PREFIX,
    TOKEN,
    Handler,
    error,
    fulfillment,
    json_response,
    line_item,
    meta,
    paged,
    product,
    shipment,
)

from packstation.api import (
    AmbiguousWrite,
    AuthError,
    BadRequestError,
    ConflictError,
    ForbiddenError,
    NetworkError,
    NotFoundError,
    PartialUpsertError,
    ProtocolError,
    RateLimitedError,
    RequestLog,
    ServerError,
    StitchClient,
    StitchError,
    ValidationError,
)
from packstation.domain.records import NewShipment, ProductUpsert, ShipmentLineRequest


class Recorder:
    """A MockTransport handler that records every request it answered."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[httpx.Request] = []
        self.times: list[float] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.times.append(time.monotonic())
        return self.handler(request)

    @property
    def paths(self) -> list[str]:
        return [r.url.path.removeprefix(PREFIX) for r in self.requests]


def make_client(handler: Handler, **kw: Any) -> StitchClient:
    kw.setdefault("retry_wait_initial", 0.001)
    kw.setdefault("retry_wait_max", 0.001)
    kw.setdefault("retry_wait_jitter", 0.0)
    return StitchClient(BASE, TOKEN, transport=httpx.MockTransport(handler), **kw)


def new_shipment() -> NewShipment:
    return NewShipment(
        fulfillment_id="700123",
        shipped_at=dt.datetime(2026, 11, 21, 16, 5, tzinfo=dt.UTC),
        tracking_number="9400111899223817000000",
        carrier="USPS",
        line_items=(ShipmentLineRequest("880001", 2),),
    )


def always(response: httpx.Response) -> Handler:
    return lambda request: response


def sequence(*answers: httpx.Response | Exception) -> Handler:
    queue = list(answers)

    def handler(request: httpx.Request) -> httpx.Response:
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(answer, Exception):
            raise answer
        return answer

    return handler


# -- requests on the wire --------------------------------------------------------------------


async def test_requests_carry_the_token_header_and_hit_the_contract_paths() -> None:
    rec = Recorder(always(json_response(200, {"fulfillment": fulfillment()})))
    async with make_client(rec) as client:
        f = await client.get_fulfillment("700123")
    assert f.order_number == "O1053"
    (request,) = rec.requests
    assert request.method == "GET"
    assert str(request.url) == f"{BASE}/fulfillments/700123"
    assert request.headers["access_token"] == TOKEN
    assert request.headers["accept"] == "application/json"


async def test_open_fulfillments_are_walked_page_by_page_in_order() -> None:
    items = [fulfillment(str(700000 + i)) for i in range(250)]
    rec = Recorder(lambda r: paged("fulfillments", items, r))
    async with make_client(rec) as client:
        got = [f.id async for f in client.iter_open_fulfillments()]
        pages = [p async for p in client.list_open_fulfillments_pages(page_size=100)]
    assert got == [f["id"] for f in items]
    assert [len(p.items) for p in pages] == [100, 100, 50]
    assert [r.url.params["page_num"] for r in rec.requests[:3]] == ["1", "2", "3"]
    assert {r.url.params["page_size"] for r in rec.requests} == {"100"}


async def test_an_empty_list_is_one_request_and_no_items() -> None:
    rec = Recorder(lambda r: paged("fulfillments", [], r))
    async with make_client(rec) as client:
        assert [f async for f in client.iter_open_fulfillments()] == []
    assert len(rec.requests) == 1


async def test_updated_since_and_status_filters_are_sent_percent_encoded() -> None:
    rec = Recorder(lambda r: paged("fulfillments", [], r))
    since = dt.datetime(2026, 11, 20, 7, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    async with make_client(rec) as client:
        _ = [f async for f in client.iter_open_fulfillments(updated_since=since, status="Held")]
    (request,) = rec.requests
    assert "updated_since=2026-11-20T07%3A00%3A00-05%3A00" in str(request.url)
    assert request.url.params["status"] == "Held"
    rec.requests.clear()
    async with make_client(rec) as client:
        utc = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)
        _ = [f async for f in client.iter_open_fulfillments(updated_since=utc)]
    assert "%2B00%3A00" in str(rec.requests[0].url)  # a literal "+" would arrive as a space


async def test_line_items_and_shipments_gather_every_page() -> None:
    lines = [line_item(str(880000 + i)) for i in range(130)]
    ships = [shipment(str(510000 + i)) for i in range(3)]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/line_items"):
            return paged("line_items", lines, request)
        assert request.url.params["fulfillment_id"] == "700123"
        return paged("shipments", ships, request)

    rec = Recorder(handler)
    async with make_client(rec) as client:
        got_lines = await client.list_line_items("700123")
        got_ships = await client.list_shipments("700123")
    assert [li.id for li in got_lines] == [li["id"] for li in lines]
    assert [s.id for s in got_ships] == ["510000", "510001", "510002"]
    assert rec.paths == ["/fulfillments/700123/line_items"] * 2 + ["/shipments"]


async def test_writes_send_contract_bodies() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/shipments"):
            return json_response(201, {"shipment": shipment()})
        return json_response(200, {"fulfillment": fulfillment(status="Packing at station 3")})

    rec = Recorder(handler)
    async with make_client(rec) as client:
        f = await client.set_status("700123", "Packing at station 3")
        s = await client.create_shipment(new_shipment())
    assert f.status == "Packing at station 3"
    assert s.id == "510001"
    put, post = rec.requests
    assert (put.method, put.url.path) == ("PUT", f"{PREFIX}/fulfillments/700123")
    assert json.loads(put.content) == {"fulfillment": {"status": "Packing at station 3"}}
    assert put.headers["content-type"] == "application/json; charset=utf-8"
    assert post.method == "POST"
    assert json.loads(post.content)["shipment"]["shipped_at"] == "2026-11-21T16:05:00+00:00"


async def test_ids_cannot_escape_their_path_segment() -> None:
    rec = Recorder(always(error(404, "not found")))
    async with make_client(rec) as client:
        with pytest.raises(NotFoundError):
            await client.get_product("../fulfillments")
        with pytest.raises(ValueError, match="ids are non-empty strings"):
            await client.get_shipment("")
    assert rec.requests[0].url.raw_path.endswith(b"/products/..%2Ffulfillments")


# -- error mapping ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, BadRequestError),
        (401, AuthError),
        (403, ForbiddenError),
        (404, NotFoundError),
        (409, ConflictError),
        (418, BadRequestError),
        (422, ValidationError),
        (429, RateLimitedError),
        (500, ServerError),
        (503, ServerError),
        (302, ProtocolError),
    ],
)
async def test_every_status_maps_to_its_error(status: int, kind: type[StitchError]) -> None:
    rec = Recorder(always(error(status, f"server says {status}", **{"Retry-After": "0"})))
    async with make_client(rec, retry_attempts=1) as client:
        with pytest.raises(kind) as info:
            await client.get_fulfillment("700123")
        with pytest.raises(kind):
            await client.set_status("700123", "x")
    assert info.value.status == status
    assert f"server says {status}" in info.value.message
    assert (info.value.method, info.value.path) == ("GET", "/fulfillments/700123")
    assert str(info.value).startswith(f"GET /fulfillments/700123 → {status}")
    assert info.value.user_message


async def test_validation_error_carries_each_field_error() -> None:
    field_errors = [
        {"field": "shipment.line_items[0].quantity", "message": "exceeds the 1 unit left to ship"},
        {"field": "shipment.tracking_number", "message": "is required"},
    ]
    rec = Recorder(always(error(422, "invalid shipment", field_errors)))
    async with make_client(rec) as client:
        with pytest.raises(ValidationError) as info:
            await client.create_shipment(new_shipment())
    assert [(e.field, e.message) for e in info.value.field_errors] == [
        (e["field"], e["message"]) for e in field_errors
    ]
    assert "shipment.tracking_number: is required" in str(info.value)


async def test_an_html_error_page_still_maps_by_status() -> None:
    page = httpx.Response(503, content=b"<html>Service Unavailable</html>")
    async with make_client(always(page), retry_attempts=1) as client:
        with pytest.raises(ServerError) as info:
            await client.get_product("1")
    assert info.value.message == "Service Unavailable"


async def test_rate_limited_error_carries_retry_after() -> None:
    rec = Recorder(always(error(429, "slow down", **{"Retry-After": "7"})))
    async with make_client(rec, retry_attempts=1) as client:
        with pytest.raises(RateLimitedError) as info:
            await client.create_shipment(new_shipment())
    assert info.value.retry_after == 7.0


async def test_a_200_that_is_not_json_is_a_protocol_error_with_the_request() -> None:
    rec = Recorder(always(httpx.Response(200, content=b"<html>captive portal</html>")))
    async with make_client(rec) as client:
        with pytest.raises(ProtocolError) as info:
            await client.get_fulfillment("700123")
    assert (info.value.method, info.value.path) == ("GET", "/fulfillments/700123")


async def test_a_broken_answer_names_the_field_and_the_request() -> None:
    broken = fulfillment()
    broken["ship_to"]["zip"] = 90210
    rec = Recorder(lambda r: paged("fulfillments", [fulfillment(), fulfillment(), broken], r))
    async with make_client(rec) as client:
        with pytest.raises(ProtocolError) as info:
            _ = [f async for f in client.iter_open_fulfillments()]
    assert info.value.field == "fulfillments[2].ship_to.zip"
    assert str(info.value) == (
        "GET /fulfillments → 200: fulfillments[2].ship_to.zip: expected a string, got a number"
    )


async def test_ping_raises_auth_error_on_a_bad_token() -> None:
    rec = Recorder(always(error(401, "invalid access token")))
    async with make_client(rec) as client:
        with pytest.raises(AuthError):
            await client.ping()
    assert rec.requests[0].url.params["page_size"] == "1"
    assert len(rec.requests) == 1  # a 401 is not worth retrying


# -- retries ----------------------------------------------------------------------------------


async def test_reads_are_retried_through_server_errors() -> None:
    ok = json_response(200, {"fulfillment": fulfillment()})
    rec = Recorder(sequence(error(503, "busy"), error(500, "oops"), ok))
    async with make_client(rec) as client:
        f = await client.get_fulfillment("700123")
    assert f.id == "700123"
    assert len(rec.requests) == 3


async def test_reads_are_retried_through_transport_failures() -> None:
    ok = json_response(200, {"product": product()})
    rec = Recorder(sequence(httpx.ReadTimeout("slow"), httpx.ConnectError("refused"), ok))
    async with make_client(rec) as client:
        assert (await client.get_product("300001")).sku == "MUG-BLU-12"
    assert len(rec.requests) == 3


async def test_retries_are_bounded() -> None:
    rec = Recorder(always(error(503, "down")))
    async with make_client(rec, retry_attempts=3) as client:
        with pytest.raises(ServerError):
            await client.get_fulfillment("700123")
    assert len(rec.requests) == 3
    rec2 = Recorder(sequence(httpx.ConnectError("refused")))
    async with make_client(rec2, retry_attempts=2) as client:
        with pytest.raises(NetworkError):
            await client.get_fulfillment("700123")
    assert len(rec2.requests) == 2


async def test_a_429_is_waited_out_for_its_retry_after_and_then_succeeds() -> None:
    ok = json_response(200, {"fulfillment": fulfillment()})
    rec = Recorder(sequence(error(429, "throttled", **{"Retry-After": "1"}), ok))
    # Exponential backoff tiny, so only Retry-After can explain a wait of a whole second.
    async with make_client(rec) as client:
        f = await client.get_fulfillment("700123")
    assert f.id == "700123"
    assert len(rec.requests) == 2
    assert rec.times[1] - rec.times[0] >= 1.0


async def test_a_429_holds_back_the_other_requests_of_the_client_too() -> None:
    throttled = {"done": False}

    def handler(request: httpx.Request) -> httpx.Response:
        if not throttled["done"]:
            throttled["done"] = True
            return error(429, "throttled", **{"Retry-After": "1"})
        return json_response(200, {"product": product()})

    rec = Recorder(handler)
    async with make_client(rec, retry_attempts=1) as client:
        with pytest.raises(RateLimitedError):
            await client.get_product("1")
        await client.get_product("1")  # sent only once the token's second is over
    assert rec.times[1] - rec.times[0] >= 1.0


async def test_a_retry_after_longer_than_the_cap_is_left_to_the_caller() -> None:
    rec = Recorder(always(error(429, "throttled", **{"Retry-After": "3600"})))
    async with make_client(rec, max_retry_after=30) as client:
        with pytest.raises(RateLimitedError) as info:
            await client.get_fulfillment("700123")
    assert info.value.retry_after == 3600
    assert len(rec.requests) == 1


async def test_client_errors_are_not_retried() -> None:
    rec = Recorder(always(error(404, "no such fulfillment")))
    async with make_client(rec) as client:
        with pytest.raises(NotFoundError):
            await client.get_fulfillment("1")
    assert len(rec.requests) == 1


@pytest.mark.parametrize(
    ("failure", "kind"),
    [
        (error(503, "busy"), ServerError),
        (error(500, "oops"), ServerError),
        (error(429, "throttled", **{"Retry-After": "0"}), RateLimitedError),
        (error(502, "bad gateway"), AmbiguousWrite),
        (error(504, "gateway timeout"), AmbiguousWrite),
        (httpx.ReadTimeout("no answer in time"), AmbiguousWrite),
        (httpx.RemoteProtocolError("Server disconnected without sending a response."),
         AmbiguousWrite),
        (httpx.ReadError("connection reset"), AmbiguousWrite),
        (httpx.ConnectError("connection refused"), NetworkError),
        (httpx.ConnectTimeout("no connection"), NetworkError),
        (httpx.WriteTimeout("body not sent"), NetworkError),
    ],
)  # fmt: skip
async def test_writes_are_never_retried(
    failure: httpx.Response | Exception, kind: type[StitchError]
) -> None:
    rec = Recorder(sequence(failure, json_response(201, {"shipment": shipment()})))
    async with make_client(rec) as client:
        with pytest.raises(kind) as info:
            await client.create_shipment(new_shipment())
    assert len(rec.requests) == 1
    assert (info.value.method, info.value.path) == ("POST", "/shipments")


async def test_a_read_without_an_answer_is_a_network_error() -> None:
    rec = Recorder(sequence(httpx.RemoteProtocolError("Server disconnected")))
    async with make_client(rec, retry_attempts=1) as client:
        with pytest.raises(NetworkError):
            await client.get_shipment("510001")


# -- in-flight cap ----------------------------------------------------------------------------


async def test_no_more_than_max_in_flight_requests_at_once() -> None:
    release = asyncio.Event()
    at_cap = asyncio.Event()
    in_flight = 0
    peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        if in_flight == 3:
            at_cap.set()
        await release.wait()
        in_flight -= 1
        return json_response(200, {"fulfillment": fulfillment()})

    client = StitchClient(BASE, TOKEN, transport=httpx.MockTransport(handler), max_in_flight=3)
    async with client:
        tasks = [asyncio.create_task(client.get_fulfillment(str(i))) for i in range(10)]
        await asyncio.wait_for(at_cap.wait(), timeout=5)
        for _ in range(20):  # give any excess request every chance to start
            await asyncio.sleep(0)
        assert in_flight == 3
        release.set()
        await asyncio.gather(*tasks)
    assert peak == 3


# -- products -------------------------------------------------------------------------------


def upserts(n: int) -> list[ProductUpsert]:
    return [ProductUpsert(f"SKU-{i:04d}", name=f"Thing {i}", quantity_on_hand=i) for i in range(n)]


def stored(request: httpx.Request) -> httpx.Response:
    entries = json.loads(request.content)["products"]
    return json_response(
        200,
        {"products": [product(str(1000 + i), e["sku"]) for i, e in enumerate(entries)]},
    )


async def test_products_are_upserted_in_batches_of_100() -> None:
    rec = Recorder(stored)
    async with make_client(rec) as client:
        result = await client.upsert_products(upserts(250))
    assert [len(json.loads(r.content)["products"]) for r in rec.requests] == [100, 100, 50]
    assert [p.sku for p in result] == [f"SKU-{i:04d}" for i in range(250)]


async def test_a_failed_batch_reports_what_landed_and_what_did_not() -> None:
    answers = iter([stored, lambda r: error(422, "invalid products", [
        {"field": "products[3].quantity_on_hand", "message": "must be at least 0"}])])  # fmt: skip
    rec = Recorder(lambda request: next(answers)(request))
    async with make_client(rec) as client:
        with pytest.raises(PartialUpsertError) as info:
            await client.upsert_products(upserts(250))
    assert len(rec.requests) == 2  # the third batch is not attempted
    assert [p.sku for p in info.value.landed] == [f"SKU-{i:04d}" for i in range(100)]
    assert info.value.failed_skus == tuple(f"SKU-{i:04d}" for i in range(100, 250))
    assert isinstance(info.value.cause, ValidationError)
    assert info.value.cause.field_errors[0].field == "products[3].quantity_on_hand"


async def test_a_failed_first_batch_raises_its_own_error() -> None:
    rec = Recorder(always(error(422, "invalid products")))
    async with make_client(rec) as client:
        with pytest.raises(ValidationError):
            await client.upsert_products(upserts(150))
    assert len(rec.requests) == 1


async def test_products_are_listed_with_filters() -> None:
    items = [product(str(300000 + i), f"SKU-{i}") for i in range(120)]
    rec = Recorder(lambda r: paged("products", items, r))
    async with make_client(rec) as client:
        everything = await client.list_products()
        _ = await client.list_products(sku="SKU-3")
    assert len(everything) == 120
    assert rec.requests[-1].url.params["sku"] == "SKU-3"


# -- safety -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["http://stitch.example.com/api2/v2/integrations", "http://10.0.0.5:8765/api", "ftp://x/y"],
)
def test_plain_http_is_refused_except_to_this_machine(url: str) -> None:
    with pytest.raises(ValueError, match="http"):
        StitchClient(url, TOKEN)


@pytest.mark.parametrize(
    "url",
    [
        "https://api-pub.stitchlabs.com/api2/v2/integrations",
        "http://127.0.0.1:8765/api2/v2/integrations",
        "http://localhost:8765/api2/v2/integrations",
        "http://[::1]:8765/api2/v2/integrations",
    ],
)
async def test_https_and_loopback_are_accepted(url: str) -> None:
    async with StitchClient(url, TOKEN) as client:
        assert client.base_url == url


def test_a_bad_token_is_refused_without_echoing_it() -> None:
    with pytest.raises(ValueError) as info:
        StitchClient(BASE, TOKEN + "\n")
    assert TOKEN not in str(info.value)
    with pytest.raises(ValueError, match="empty"):
        StitchClient(BASE, "")


async def test_the_token_never_reaches_a_repr_an_error_or_a_log_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    entries: list[RequestLog] = []
    broken = fulfillment()
    del broken["ship_to"]
    answers = sequence(
        json_response(200, {"fulfillment": fulfillment()}),
        error(401, "invalid access token"),
        error(503, "busy"),
        httpx.ReadTimeout("no answer"),
        json_response(200, {"fulfillment": broken}),
    )
    rec = Recorder(answers)
    outputs: list[str] = []
    async with make_client(rec, retry_attempts=1, on_request=entries.append) as client:
        outputs.append(repr(client))
        outputs.append(str(client))
        await client.get_fulfillment("1")
        for call in (
            client.get_fulfillment("1"),
            client.get_fulfillment("1"),
            client.create_shipment(new_shipment()),
            client.get_fulfillment("1"),
        ):
            with pytest.raises(StitchError) as info:
                await call
            exc: BaseException | None = info.value
            while exc is not None:  # the whole chain a traceback would print
                outputs += [str(exc), repr(exc)]
                exc = exc.__cause__ or exc.__context__
    # A retried read, so that stamina's own retry log lines are in the capture too.
    retried = Recorder(sequence(error(503, "busy"), json_response(200, {"product": product()})))
    async with make_client(retried, on_request=entries.append) as client:
        await client.get_product("1")
    outputs += [str(e) for e in entries] + [repr(e) for e in entries]
    outputs += [r.getMessage() for r in caplog.records]
    outputs += [caplog.text]
    assert len(entries) == 7
    assert any("retry" in r.getMessage() for r in caplog.records)
    assert len(caplog.records) >= 5
    assert all(TOKEN not in text for text in outputs)


async def test_on_request_sees_every_attempt_with_status_and_duration() -> None:
    entries: list[RequestLog] = []
    rec = Recorder(sequence(error(503, "busy"), json_response(200, {"product": product()})))
    async with make_client(rec, on_request=entries.append) as client:
        await client.get_product("300001")
    assert [(e.method, e.path, e.status, e.attempt) for e in entries] == [
        ("GET", "/products/300001", 503, 1),
        ("GET", "/products/300001", 200, 2),
    ]
    assert all(e.duration_ms >= 0 for e in entries)
    assert str(entries[1]).startswith("GET /products/300001 → 200 in ")


async def test_closing_the_client_closes_its_connection_pool() -> None:
    client = make_client(always(json_response(200, {"product": product()})))
    async with client:
        assert not client.closed
    assert client.closed


# -- reading ahead ----------------------------------------------------------------------------


async def test_stopping_early_cancels_the_page_asked_for_ahead() -> None:
    items = [fulfillment(str(700000 + i)) for i in range(250)]
    later_page_asked = asyncio.Event()
    later_page_cancelled = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params["page_num"] != "1":
            later_page_asked.set()
            try:
                await asyncio.Event().wait()  # a slow server: never answers
            except asyncio.CancelledError:
                later_page_cancelled.set()
                raise
        return paged("fulfillments", items, request)

    async with StitchClient(BASE, TOKEN, transport=httpx.MockTransport(handler)) as client:
        first: list[str] = []
        async with contextlib.aclosing(client.iter_open_fulfillments()) as fulfillments:
            async for f in fulfillments:
                first.append(f.id)
                if len(first) == 3:
                    await asyncio.wait_for(later_page_asked.wait(), timeout=5)
                    break
        await asyncio.wait_for(later_page_cancelled.wait(), timeout=5)
    assert first == ["700000", "700001", "700002"]


async def test_a_failing_later_page_surfaces_after_the_pages_before_it() -> None:
    items = [fulfillment(str(700000 + i)) for i in range(250)]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params["page_num"] == "2":
            return error(404, "no such page")
        return paged("fulfillments", items, request)

    got: list[int] = []

    async def walk(client: StitchClient) -> None:
        async for page in client.list_open_fulfillments_pages():
            got.append(len(page.items))

    async with make_client(handler) as client:
        with pytest.raises(NotFoundError):
            await walk(client)
    assert got == [100]


async def test_an_early_empty_page_ends_the_walk() -> None:
    # The list shrank under us: meta still promises pages, but there is nothing left.
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page_num"])
        count = 100 if page == 1 else 0
        items = [fulfillment(str(i)) for i in range(count)]
        body = {"fulfillments": items, "meta": meta(page, 5, 100, 500, count)}
        return json_response(200, body)

    rec = Recorder(handler)
    async with make_client(rec) as client:
        assert len([f async for f in client.iter_open_fulfillments()]) == 100
    assert [r.url.params["page_num"] for r in rec.requests][:2] == ["1", "2"]


async def test_a_page_out_of_order_is_a_protocol_error() -> None:
    body = {"fulfillments": [fulfillment()], "meta": meta(3, 3, 100, 201, 1)}
    async with make_client(always(json_response(200, body))) as client:
        with pytest.raises(ProtocolError) as info:
            _ = [f async for f in client.iter_open_fulfillments()]
    assert info.value.field == "meta.current_page"


async def test_an_answer_that_cannot_be_decoded_is_a_protocol_error() -> None:
    garbled = httpx.Response(
        200, stream=httpx.ByteStream(b"not gzip at all"), headers={"Content-Encoding": "gzip"}
    )
    async with make_client(always(garbled)) as client:
        with pytest.raises(ProtocolError) as info:
            await client.get_product("1")
    assert info.value.path == "/products/1"
