"""Pushing products to the sandbox over real HTTP: batches, failures, cancel, reruns."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from support.services import SandboxControl, fast_client

from packstation.api import StitchClient
from packstation.api.client import RequestLog
from packstation.api.errors import AmbiguousWrite, ServerError, ValidationError
from packstation.domain.records import ProductUpsert
from packstation.sandbox import SandboxServer
from packstation.services.product_csv import ProductFile, read_product_csv
from packstation.services.products import (
    CancelToken,
    ChangeKind,
    PushProgress,
    PushResult,
    fetch_plan,
    push_plan,
)
from packstation.store import Journal


class Requests:
    """Every request the pushing client made, as the client logged it."""

    def __init__(self) -> None:
        self.log: list[RequestLog] = []

    def __call__(self, entry: RequestLog) -> None:
        self.log.append(entry)

    def posts(self) -> int:
        return sum(1 for r in self.log if r.method == "POST" and r.path == "/products")


@pytest.fixture
def requests() -> Requests:
    return Requests()


@pytest.fixture
async def client(
    sandbox: SandboxServer, ctl: SandboxControl, requests: Requests
) -> AsyncIterator[StitchClient]:
    async with fast_client(sandbox.base_url, sandbox.token, on_request=requests) as c:
        yield c


def catalog_csv(count: int, *, stock: Callable[[int], int] = lambda i: i, start: int = 0) -> bytes:
    rows = "".join(f"P{i:04d},Product {i},,{stock(i)}\n" for i in range(start, start + count))
    return f"sku,name,upc,quantity_on_hand\n{rows}".encode()


def checked(data: bytes) -> ProductFile:
    file = read_product_csv(data)
    assert file.ok, [str(p) for p in file.problems]
    return file


async def stitch_stock(client: StitchClient) -> dict[str, int]:
    return {p.sku: p.quantity_on_hand for p in await client.list_products()}


def set_faults(sandbox: SandboxServer, **faults: Any) -> None:
    """From inside a progress callback (synchronous): the sandbox runs in its own thread."""
    response = httpx.put(
        f"{sandbox.root_url}/_sandbox/faults",
        json=faults,
        headers={"access_token": sandbox.token},
    )
    response.raise_for_status()


def after_batch(n: int, action: Callable[[], None]) -> Callable[[PushProgress], None]:
    def on_progress(progress: PushProgress) -> None:
        if progress.batches_done == n:
            action()

    return on_progress


async def test_250_new_products_go_in_3_requests_and_a_rerun_sends_nothing(
    client: StitchClient, requests: Requests
) -> None:
    file = checked(catalog_csv(250))
    plan = await fetch_plan(client, file)
    assert plan.counts()[ChangeKind.NEW] == 250
    seen: list[PushProgress] = []

    result = await push_plan(client, plan, on_progress=seen.append)

    assert result.ok
    assert requests.posts() == 3
    assert [(p.batches_done, p.skus_landed) for p in seen] == [(0, 0), (1, 100), (2, 200), (3, 250)]
    assert {(p.batches_total, p.skus_total) for p in seen} == {(3, 250)}
    assert await stitch_stock(client) == {f"P{i:04d}": i for i in range(250)}

    again = await fetch_plan(client, file)
    assert again.counts()[ChangeKind.UNCHANGED] == 250
    assert again.to_send == ()
    rerun = await push_plan(client, again)
    assert rerun.ok
    assert requests.posts() == 3  # nothing more was sent


async def test_a_failed_second_batch_names_what_landed_and_a_rerun_sends_only_the_rest(
    client: StitchClient, requests: Requests, sandbox: SandboxServer
) -> None:
    file = checked(catalog_csv(250))
    plan = await fetch_plan(client, file)
    trouble = after_batch(
        1, lambda: set_faults(sandbox, error_rate=1.0, error_status=503, paths=["/products"])
    )

    result = await push_plan(client, plan, on_progress=trouble)

    assert not result.ok
    assert isinstance(result.error, ServerError)
    assert result.failed_batch == 2
    assert result.landed == tuple(f"P{i:04d}" for i in range(100))
    assert result.not_landed == tuple(f"P{i:04d}" for i in range(100, 250))
    assert result.uncertain == ()
    set_faults(sandbox)  # Stitch is well again
    assert set(await stitch_stock(client)) == set(result.landed)

    posts_before = requests.posts()
    rerun_plan = await fetch_plan(client, file)
    assert [c.sku for c in rerun_plan.changes if c.upsert is not None] == list(result.not_landed)
    rerun = await push_plan(client, rerun_plan)
    assert rerun.ok
    assert requests.posts() - posts_before == 2  # 150 products: two batches, not three
    assert await stitch_stock(client) == {f"P{i:04d}": i for i in range(250)}


async def test_stitch_refusing_an_entry_names_its_file_line_and_stops_there(
    client: StitchClient, ctl: SandboxControl
) -> None:
    await client.upsert_products(
        [
            ProductUpsert("MUG", name="Mug", quantity_on_hand=5),
            ProductUpsert("TEA", name="Tea", quantity_on_hand=5),
        ]
    )
    await ctl.call(
        "POST",
        "/bundles",
        {"sku": "GIFT-SET", "name": "Gift set", "components": [{"sku": "MUG", "quantity": 1}]},
    )
    rows = [f"P{i:04d},Product {i},,1" for i in range(150)]
    rows.insert(120, "GIFT-SET,Gift set,,3")  # line 122, in the second batch
    file = checked(("sku,name,upc,quantity_on_hand\n" + "\n".join(rows)).encode())

    result = await push_plan(client, await fetch_plan(client, file))

    assert isinstance(result.error, ValidationError)
    assert result.failed_batch == 2
    assert result.refused == ((122, "GIFT-SET", "sku is a bundle; post its components instead"),)
    assert len(result.landed) == 100
    assert len(result.not_landed) == 51
    stock = await stitch_stock(client)
    assert "P0099" in stock
    assert "P0100" not in stock  # the refused batch changed nothing


async def test_an_answer_lost_after_the_write_is_uncertain_and_the_rerun_settles_it(
    client: StitchClient, requests: Requests, sandbox: SandboxServer
) -> None:
    file = checked(catalog_csv(300))
    trouble = after_batch(1, lambda: set_faults(sandbox, drop_after_commit_rate=1.0))

    result = await push_plan(client, await fetch_plan(client, file), on_progress=trouble)

    assert isinstance(result.error, AmbiguousWrite)
    assert result.landed == tuple(f"P{i:04d}" for i in range(100))
    assert result.uncertain == tuple(f"P{i:04d}" for i in range(100, 200))
    assert result.not_landed == tuple(f"P{i:04d}" for i in range(200, 300))
    set_faults(sandbox)
    rerun_plan = await fetch_plan(client, file)
    # The dropped batch had in fact been stored: only the batch never sent differs.
    assert [u.sku for u in rerun_plan.to_send] == list(result.not_landed)


async def test_cancel_stops_between_batches_and_says_what_landed(client: StitchClient) -> None:
    token = CancelToken()
    file = checked(catalog_csv(250))

    result = await push_plan(
        client,
        await fetch_plan(client, file),
        on_progress=after_batch(1, token.cancel),
        cancel=token,
    )

    assert result.canceled
    assert result.error is None
    assert not result.ok
    assert len(result.landed) == 100
    assert len(result.not_landed) == 150
    assert len(await stitch_stock(client)) == 100


async def test_stock_only_updates_stock_of_known_products_and_creates_nothing(
    client: StitchClient,
) -> None:
    await client.upsert_products(
        [
            ProductUpsert("MUG", name="Blue mug", upc="012345678905", quantity_on_hand=5),
            ProductUpsert("TEA", name="Earl Grey", quantity_on_hand=9),
        ]
    )
    file = checked(
        b"sku,name,upc,quantity_on_hand\n"
        b"MUG,Renamed in the file,4006381333931,7\n"
        b"TEA,Earl Grey,,9\n"
        b"GHOST,Ghost,,4\n"
    )
    plan = await fetch_plan(client, file, stock_only=True)
    assert plan.to_send == (ProductUpsert("MUG", quantity_on_hand=7),)
    assert [c.sku for c in plan.of_kind(ChangeKind.UNKNOWN)] == ["GHOST"]

    result = await push_plan(client, plan)

    assert result.ok
    products = {p.sku: p for p in await client.list_products()}
    assert set(products) == {"MUG", "TEA"}
    assert (products["MUG"].name, products["MUG"].upc) == ("Blue mug", "012345678905")
    assert products["MUG"].quantity_on_hand == 7


async def test_changed_name_and_barcode_reach_stitch_with_the_stock(client: StitchClient) -> None:
    await client.upsert_products(
        [ProductUpsert("MUG", name="Mug", upc="012345678905", quantity_on_hand=5)]
    )
    file = checked(b"sku,name,upc,quantity_on_hand\nMUG,Blue mug 12 oz,4006381333931,6\n")
    plan = await fetch_plan(client, file)
    assert plan.to_send == (
        ProductUpsert("MUG", name="Blue mug 12 oz", upc="4006381333931", quantity_on_hand=6),
    )
    assert (await push_plan(client, plan)).ok
    [mug] = await client.list_products()
    assert (mug.name, mug.upc, mug.quantity_on_hand) == ("Blue mug 12 oz", "4006381333931", 6)


async def test_the_journal_gets_one_audit_entry_per_push(
    client: StitchClient, sandbox: SandboxServer, tmp_path: Path
) -> None:
    journal = Journal.open(tmp_path / "journal.sqlite3")
    try:

        def audit(what: str, details: Any) -> None:
            journal.audit(station="Station 3", who="Sam", what=what, details=details)

        trouble = after_batch(1, lambda: set_faults(sandbox, error_rate=1.0, paths=["/products"]))
        plan = await fetch_plan(client, checked(catalog_csv(120)))
        await push_plan(client, plan, on_progress=trouble, audit=audit, source="stock.csv")
        set_faults(sandbox)

        [entry] = journal.audit_entries()
        assert (entry.who, entry.what) == ("Sam", "products push")
        assert entry.details["source"] == "stock.csv"
        assert entry.details["landed"] == 100
        assert entry.details["not_landed"] == 20
        assert entry.details["not_landed_skus"] == [f"P{i:04d}" for i in range(100, 120)]
        assert "access_token" not in str(entry.details)
        assert sandbox.token not in str(entry.details)
    finally:
        journal.close()


async def test_a_broken_audit_sink_does_not_hide_the_result(client: StitchClient) -> None:
    def broken(what: str, details: Any) -> None:
        raise RuntimeError("disk full")

    plan = await fetch_plan(client, checked(catalog_csv(3)))
    result = await push_plan(client, plan, audit=broken)
    assert result.ok
    assert len(await stitch_stock(client)) == 3


async def test_a_throttled_batch_is_sent_again_after_the_wait(
    client: StitchClient, requests: Requests, sandbox: SandboxServer
) -> None:
    file = checked(catalog_csv(300))
    plan = await fetch_plan(client, file)
    # One request a second with a burst of one: the batches after the first are answered 429.
    set_faults(sandbox, rate_limit_per_s=1.0, paths=["/products"])
    try:
        result = await push_plan(client, plan)
    finally:
        set_faults(sandbox)
    assert result.ok
    assert any(r.status == 429 for r in requests.log)
    assert len(await stitch_stock(client)) == 300


async def test_cancelling_the_task_leaves_an_audit_trace_with_the_batch_in_flight_uncertain(
    client: StitchClient,
) -> None:
    entries: list[Any] = []
    plan = await fetch_plan(client, checked(catalog_csv(250)))
    task: asyncio.Task[PushResult] | None = None

    def cancel_task() -> None:
        assert task is not None
        task.cancel()  # lands on the next await: inside the second batch

    task = asyncio.create_task(
        push_plan(
            client,
            plan,
            on_progress=after_batch(1, cancel_task),
            audit=lambda what, details: entries.append(details),
        )
    )
    with pytest.raises(asyncio.CancelledError):
        await task

    [details] = entries
    assert (details["landed"], details["uncertain"], details["not_landed"]) == (100, 100, 50)
    assert details["canceled"] is True
    assert len(await stitch_stock(client)) in (100, 200)
