"""Contract tests: the client against the real sandbox over loopback HTTP, through every
endpoint and every error of the contract."""

from __future__ import annotations

import datetime as dt
import socket
from collections import Counter
from collections.abc import AsyncIterator, Iterator

import pytest
from support.services import SandboxControl

from packstation.api import (
    AmbiguousWrite,
    AuthError,
    ConflictError,
    NetworkError,
    NotFoundError,
    PartialUpsertError,
    RateLimitedError,
    RequestLog,
    ServerError,
    StitchClient,
    ValidationError,
)
from packstation.domain.records import (
    FulfillmentState,
    NewShipment,
    ProductUpsert,
    ShipmentLineRequest,
)
from packstation.sandbox import SandboxServer

TOKEN = "contract-tok-5e1f0a"
EST = dt.timezone(dt.timedelta(hours=-5))


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(seed="empty", port=0, token=TOKEN) as server:
        yield server


@pytest.fixture
async def ctl(sandbox: SandboxServer) -> AsyncIterator[SandboxControl]:
    control = SandboxControl(sandbox.root_url, sandbox.token)
    await control.reset("empty")  # data and faults start over for every test
    yield control
    await control.aclose()


@pytest.fixture
def seen() -> list[RequestLog]:
    return []


def open_client(sandbox: SandboxServer, seen: list[RequestLog], **kw: object) -> StitchClient:
    options: dict[str, object] = {
        "retry_wait_initial": 0.01,
        "retry_wait_max": 0.05,
        "retry_wait_jitter": 0.0,
        "on_request": seen.append,
    }
    options.update(kw)
    return StitchClient(sandbox.base_url, sandbox.token, **options)  # type: ignore[arg-type]


@pytest.fixture
async def client(
    sandbox: SandboxServer, ctl: SandboxControl, seen: list[RequestLog]
) -> AsyncIterator[StitchClient]:
    async with open_client(sandbox, seen) as c:
        yield c


async def stock(client: StitchClient, **on_hand: int) -> dict[str, str]:
    """Post products with the given stock; answers sku -> product id."""
    stored = await client.upsert_products(
        [
            ProductUpsert(sku, name=f"Product {sku}", quantity_on_hand=q)
            for sku, q in on_hand.items()
        ]
    )
    return {p.sku: p.id for p in stored}


def ship(fulfillment_id: str, *lines: tuple[str, int], tracking: str = "1Z999AA10123456784",
         shipped_at: dt.datetime | None = None) -> NewShipment:  # fmt: skip
    return NewShipment(
        fulfillment_id=fulfillment_id,
        shipped_at=shipped_at or dt.datetime.now(dt.UTC).replace(microsecond=0),
        tracking_number=tracking,
        carrier="UPS",
        service="Ground",
        line_items=tuple(ShipmentLineRequest(line_id, qty) for line_id, qty in lines),
    )


async def open_ids(client: StitchClient) -> list[str]:
    return [f.id async for f in client.iter_open_fulfillments()]


# -- products ---------------------------------------------------------------------------------


async def test_products_are_upserted_by_sku_and_listed(client: StitchClient) -> None:
    first = await client.upsert_products(
        [
            ProductUpsert("MUG-BLU-12", name="Blue mug, 12 oz", upc="012345678905",
                          quantity_on_hand=40),
            ProductUpsert("TEA-EARL", name="Earl Grey, 100 g", quantity_on_hand=10),
        ]
    )  # fmt: skip
    assert [(p.sku, p.quantity_on_hand) for p in first] == [("MUG-BLU-12", 40), ("TEA-EARL", 10)]
    assert all(p.id.isdigit() for p in first)

    (updated,) = await client.upsert_products([ProductUpsert("MUG-BLU-12", quantity_on_hand=35)])
    assert updated.id == first[0].id
    assert (updated.name, updated.upc, updated.quantity_on_hand) == (
        "Blue mug, 12 oz",
        "012345678905",
        35,
    )
    assert updated.updated_at.utcoffset() == dt.timedelta(0)

    listed = await client.list_products()
    assert [p.sku for p in listed] == ["MUG-BLU-12", "TEA-EARL"]
    assert await client.get_product(first[1].id) == listed[1]
    assert [p.sku for p in await client.list_products(sku="TEA-EARL")] == ["TEA-EARL"]


async def test_a_bad_product_batch_changes_nothing(client: StitchClient) -> None:
    await stock(client, **{"MUG-BLU-12": 40, "TEA-EARL": 10})
    before = await client.list_products()
    bad_batches = [
        # a negative stock level, behind a good update that must not land either
        ([ProductUpsert("MUG-BLU-12", quantity_on_hand=5),
          ProductUpsert("TEA-EARL", quantity_on_hand=-1)], "products[1].quantity_on_hand"),
        # a new SKU needs a name
        ([ProductUpsert("MUG-BLU-12", quantity_on_hand=5),
          ProductUpsert("TEA-EARL", quantity_on_hand=4),
          ProductUpsert("NEW-SKU", quantity_on_hand=3)], "products[2]"),
    ]  # fmt: skip
    for batch, bad_field in bad_batches:
        with pytest.raises(ValidationError) as info:
            await client.upsert_products(batch)
        fields = [e.field for e in info.value.field_errors]
        assert fields
        assert all(f.startswith(bad_field) for f in fields), fields
        assert await client.list_products() == before


async def test_a_failed_second_batch_reports_the_first_as_landed(client: StitchClient) -> None:
    products = [ProductUpsert(f"SKU-{i:03d}", name=f"Thing {i}", quantity_on_hand=1)
                for i in range(150)]  # fmt: skip
    products[120] = ProductUpsert("SKU-120", quantity_on_hand=1)  # new, without a name
    with pytest.raises(PartialUpsertError) as info:
        await client.upsert_products(products)
    assert len(info.value.landed) == 100
    assert info.value.failed_skus == tuple(f"SKU-{i:03d}" for i in range(100, 150))
    assert isinstance(info.value.cause, ValidationError)
    assert [p.sku for p in await client.list_products()] == [p.sku for p in info.value.landed]


# -- fulfillments, line items, kits ------------------------------------------------------------


async def test_kits_arrive_split_into_their_components(
    client: StitchClient, ctl: SandboxControl
) -> None:
    await stock(client, **{"MUG-BLU-12": 40, "TEA-EARL": 10})
    await ctl.bundle("GIFT-SET", "Gift set", {"MUG-BLU-12": 2, "TEA-EARL": 1})
    fid = await ctl.order_id([("GIFT-SET", 2), ("MUG-BLU-12", 1)])

    lines = await client.list_line_items(fid)
    assert Counter((li.sku, li.quantity) for li in lines) == Counter(
        {("MUG-BLU-12", 4): 1, ("TEA-EARL", 2): 1, ("MUG-BLU-12", 1): 1}
    )
    assert all(li.fulfillment_id == fid and li.quantity_shipped == 0 for li in lines)
    f = await client.get_fulfillment(fid)
    assert (f.line_item_count, f.unit_count, f.units_shipped) == (3, 7, 0)
    assert f.state is FulfillmentState.OPEN


async def test_status_is_set_filtered_and_validated(
    client: StitchClient, ctl: SandboxControl
) -> None:
    await stock(client, **{"MUG-BLU-12": 40})
    fid, other = await ctl.order_id({"MUG-BLU-12": 1}), await ctl.order_id({"MUG-BLU-12": 1})
    before = await client.get_fulfillment(fid)

    after = await client.set_status(fid, "Packing at station 3")
    assert after.status == "Packing at station 3"
    assert after.updated_at >= before.updated_at
    held = [f.id async for f in client.iter_open_fulfillments(status="Packing at station 3")]
    assert held == [fid]
    assert other in await open_ids(client)

    with pytest.raises(ValidationError) as info:
        await client.set_status(fid, "x" * 256)
    assert any("status" in e.field for e in info.value.field_errors)
    assert (await client.get_fulfillment(fid)).status == "Packing at station 3"
    assert (await client.set_status(fid, "")).status == ""


async def test_a_shipment_that_covers_everything_completes_the_fulfillment(
    client: StitchClient, ctl: SandboxControl
) -> None:
    await stock(client, **{"MUG-BLU-12": 40})
    fid = await ctl.order_id({"MUG-BLU-12": 3})
    (line,) = await client.list_line_items(fid)
    shipped_at = dt.datetime(2026, 11, 21, 11, 5, tzinfo=EST)

    first = await client.create_shipment(
        ship(fid, (line.id, 1), tracking="TRACK-ONE", shipped_at=shipped_at)
    )
    assert first.shipped_at == shipped_at  # the same instant ...
    assert first.shipped_at.utcoffset() == dt.timedelta(0)  # ... restated in UTC
    assert [(sl.fulfillment_line_item_id, sl.sku, sl.quantity) for sl in first.line_items] == [
        (line.id, "MUG-BLU-12", 1)
    ]
    assert fid in await open_ids(client)
    assert (await client.list_line_items(fid))[0].quantity_shipped == 1

    await client.create_shipment(ship(fid, (line.id, 2), tracking="TRACK-TWO"))
    assert fid not in await open_ids(client)
    done = await client.get_fulfillment(fid)
    assert (done.state, done.units_shipped) == (FulfillmentState.COMPLETE, 3)
    shipments = await client.list_shipments(fid)
    assert [s.tracking_number for s in shipments] == ["TRACK-ONE", "TRACK-TWO"]
    assert await client.get_shipment(first.id) == shipments[0]
    (mug,) = await client.list_products(sku="MUG-BLU-12")
    assert mug.quantity_on_hand == 37


# -- errors -----------------------------------------------------------------------------------


async def test_a_wrong_token_is_an_auth_error(sandbox: SandboxServer, ctl: SandboxControl) -> None:
    async with StitchClient(sandbox.base_url, "not-the-token") as stranger:
        with pytest.raises(AuthError) as info:
            await stranger.ping()
        with pytest.raises(AuthError):
            await stranger.create_shipment(ship("1", ("1", 1)))
    assert "not-the-token" not in str(info.value) + repr(info.value)


async def test_the_right_token_pings(client: StitchClient) -> None:
    await client.ping()


async def test_unknown_ids_are_not_found(client: StitchClient) -> None:
    for call in (
        client.get_fulfillment("999999999"),
        client.list_line_items("999999999"),
        client.get_shipment("999999999"),
        client.get_product("999999999"),
        client.set_status("999999999", "x"),
    ):
        with pytest.raises(NotFoundError):
            await call


async def test_a_canceled_fulfillment_is_a_conflict(
    client: StitchClient, ctl: SandboxControl
) -> None:
    await stock(client, **{"MUG-BLU-12": 40})
    fid = await ctl.order_id({"MUG-BLU-12": 2})
    (line,) = await client.list_line_items(fid)
    await ctl.cancel(fid)
    with pytest.raises(ConflictError):
        await client.set_status(fid, "Packing")
    with pytest.raises(ConflictError):
        await client.create_shipment(ship(fid, (line.id, 2)))
    assert (await client.get_fulfillment(fid)).state is FulfillmentState.CANCELED
    assert fid not in await open_ids(client)
    assert await client.list_shipments(fid) == []


async def test_an_overshipment_is_refused_whole_with_field_errors(
    client: StitchClient, ctl: SandboxControl
) -> None:
    await stock(client, **{"MUG-BLU-12": 40, "TEA-EARL": 10})
    fid = await ctl.order_id({"MUG-BLU-12": 3, "TEA-EARL": 1})
    mug, tea = sorted(await client.list_line_items(fid), key=lambda li: li.sku)
    with pytest.raises(ValidationError) as info:
        await client.create_shipment(ship(fid, (mug.id, 1), (tea.id, 2)))
    assert [e.field for e in info.value.field_errors] == ["shipment.line_items[1].quantity"]
    assert await client.list_shipments(fid) == []
    assert {li.quantity_shipped for li in await client.list_line_items(fid)} == {0}


async def test_throttled_reads_wait_for_retry_after_and_succeed(
    client: StitchClient, ctl: SandboxControl, seen: list[RequestLog]
) -> None:
    await stock(client, **{"MUG-BLU-12": 40})
    await ctl.faults(rate_limit_per_s=1.0)
    products = [await client.list_products() for _ in range(3)]
    assert all(p[0].sku == "MUG-BLU-12" for p in products)
    statuses = [e.status for e in seen if e.path == "/products" and e.method == "GET"]
    assert 429 in statuses
    assert statuses[-1] == 200


async def test_a_throttled_write_is_rate_limited_with_retry_after(
    sandbox: SandboxServer, client: StitchClient, ctl: SandboxControl, seen: list[RequestLog]
) -> None:
    await stock(client, **{"MUG-BLU-12": 40})
    fid = await ctl.order_id({"MUG-BLU-12": 1})
    (line,) = await client.list_line_items(fid)
    await ctl.faults(rate_limit_per_s=1.0)
    await client.ping()  # takes the bucket's only token
    async with open_client(sandbox, seen) as other_station:
        with pytest.raises(RateLimitedError) as info:
            await other_station.create_shipment(ship(fid, (line.id, 1)))
    assert info.value.retry_after >= 1
    await ctl.faults()
    assert await client.list_shipments(fid) == []


async def test_server_errors_on_reads_are_retried_a_bounded_number_of_times(
    sandbox: SandboxServer, ctl: SandboxControl, seen: list[RequestLog]
) -> None:
    await ctl.faults(error_rate=1.0, error_status=503, paths=["/products"])
    async with open_client(sandbox, seen, retry_attempts=3) as client:
        with pytest.raises(ServerError) as info:
            await client.list_products()
        assert await open_ids(client) == []  # other paths are untouched
    assert info.value.status == 503
    assert [e.status for e in seen if e.path == "/products"] == [503, 503, 503]


async def test_a_dropped_answer_is_ambiguous_and_the_shipment_exists(
    client: StitchClient, ctl: SandboxControl
) -> None:
    await stock(client, **{"MUG-BLU-12": 40})
    fid = await ctl.order_id({"MUG-BLU-12": 2})
    (line,) = await client.list_line_items(fid)
    await ctl.faults(drop_after_commit_rate=1.0, paths=["/shipments"])
    with pytest.raises(AmbiguousWrite):
        await client.create_shipment(ship(fid, (line.id, 2), tracking="TRACK-DROPPED"))
    await ctl.faults()
    (landed,) = await client.list_shipments(fid)
    assert landed.tracking_number == "TRACK-DROPPED"
    assert (await client.get_fulfillment(fid)).state is FulfillmentState.COMPLETE


# -- paging and polling -----------------------------------------------------------------------


async def test_paging_edges(
    client: StitchClient, ctl: SandboxControl, seen: list[RequestLog]
) -> None:
    await stock(client, **{"MUG-BLU-12": 100})

    def pages_fetched() -> list[int]:
        return [len(p.items) for p in pages]

    pages = [p async for p in client.list_open_fulfillments_pages(page_size=5)]
    assert pages_fetched() == [0]  # empty: one request, one empty page
    assert (pages[0].meta.last_page, pages[0].meta.from_, pages[0].meta.to) == (1, None, None)

    ids = [await ctl.order_id({"MUG-BLU-12": 1}) for _ in range(5)]
    pages = [p async for p in client.list_open_fulfillments_pages(page_size=5)]
    assert pages_fetched() == [5]  # exactly one full page: no second request
    assert [f.id for f in pages[0].items] == ids

    ids += [await ctl.order_id({"MUG-BLU-12": 1}) for _ in range(2)]
    pages = [p async for p in client.list_open_fulfillments_pages(page_size=5)]
    assert pages_fetched() == [5, 2]  # the last page is partial
    assert [f.id for p in pages for f in p.items] == sorted(ids, key=int)
    assert pages[1].meta.total == 7
    listing = [e for e in seen if e.path == "/fulfillments"]
    assert len(listing) == 1 + 1 + 2


async def test_polling_with_updated_since_sees_only_what_changed(
    client: StitchClient, ctl: SandboxControl
) -> None:
    await ctl.reset("demo")  # demo orders arrived over the last days
    everything = await open_ids(client)
    assert len(everything) >= 60
    edited = await ctl.edit(everything[5], notes="Leave at the back door")
    since = dt.datetime.fromisoformat(edited["updated_at"])

    changed = [f async for f in client.iter_open_fulfillments(updated_since=since)]
    assert [f.id for f in changed] == [everything[5]]
    assert changed[0].notes == "Leave at the back door"

    await client.set_status(everything[9], "On hold")
    same_instant_elsewhere = since.astimezone(EST)
    changed_ids = [f.id async for f in client.iter_open_fulfillments(
        updated_since=same_instant_elsewhere)]  # fmt: skip
    assert changed_ids == [everything[5], everything[9]]


async def test_the_whole_demo_warehouse_reads_through_the_client(
    client: StitchClient, ctl: SandboxControl
) -> None:
    await ctl.reset("demo")
    fulfillments = [f async for f in client.iter_open_fulfillments(page_size=25)]
    assert len({f.id for f in fulfillments}) == len(fulfillments) >= 60
    for f in fulfillments[:20]:
        lines = await client.list_line_items(f.id)
        assert len(lines) == f.line_item_count
        assert sum(li.quantity for li in lines) == f.unit_count
    products = await client.list_products()
    assert len(products) >= 40


async def test_nothing_listening_is_a_network_error_for_reads_and_writes() -> None:
    with socket.socket() as probe:  # a loopback port that was free a moment ago
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/api2/v2/integrations"
    async with StitchClient(url, TOKEN, retry_attempts=2, retry_wait_initial=0.01) as client:
        with pytest.raises(NetworkError):
            await client.ping()
        with pytest.raises(NetworkError):  # nothing was sent, so it surely did not happen
            await client.create_shipment(ship("1", ("1", 1)))
