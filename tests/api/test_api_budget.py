"""The station's request budget: priorities, the bucket's rate, and 429 waits with jitter."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import pytest
from support.services import SandboxControl

from packstation.api import RateLimitedError, RequestLog, StitchClient
from packstation.api.budget import Priority, RequestBudget, priority, priority_for
from packstation.sandbox import SandboxServer

TOKEN = "budget-test-token"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_waiting_requests_go_out_most_urgent_first() -> None:
    clock = FakeClock()
    budget = RequestBudget(rate=1.0, burst=1.0, clock=clock)
    await budget.take(Priority.POLL)  # the bucket is now empty
    order: list[Priority] = []

    async def request(level: Priority) -> None:
        await budget.take(level)
        order.append(level)

    arrivals = [Priority.PREFETCH, Priority.POLL, Priority.OPEN, Priority.CLAIM, Priority.SHIPMENT]
    tasks = [asyncio.create_task(request(level)) for level in arrivals]
    await asyncio.sleep(0)  # all five are queued
    assert order == []
    for _ in arrivals:
        clock.now += 1.0  # one token more
        budget._on_timer()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)

    assert order == [
        Priority.SHIPMENT,
        Priority.CLAIM,
        Priority.OPEN,
        Priority.POLL,
        Priority.PREFETCH,
    ]


async def test_the_bucket_grants_no_more_than_its_rate() -> None:
    clock = FakeClock()
    budget = RequestBudget(rate=2.0, burst=2.0, clock=clock)
    granted = 0

    async def request() -> None:
        nonlocal granted
        await budget.take(Priority.POLL)
        granted += 1

    tasks = [asyncio.create_task(request()) for _ in range(6)]
    await asyncio.sleep(0)
    assert granted == 2  # the burst
    clock.now += 1.0
    budget._on_timer()
    await asyncio.sleep(0)
    assert granted == 4  # two a second
    clock.now += 1.0
    budget._on_timer()
    await asyncio.gather(*tasks)
    assert granted == 6


async def test_a_429_empties_the_bucket_until_retry_after() -> None:
    clock = FakeClock()
    budget = RequestBudget(rate=10.0, burst=10.0, clock=clock)
    budget.pause(2.5)
    task = asyncio.create_task(budget.take(Priority.SHIPMENT))
    clock.now += 2.0
    budget._on_timer()
    await asyncio.sleep(0)
    assert not task.done()
    clock.now += 0.6
    budget._on_timer()
    await task


def test_a_request_is_prioritised_by_what_it_is_unless_told() -> None:
    assert priority_for("POST", "/shipments") is Priority.SHIPMENT
    assert priority_for("GET", "/shipments") is Priority.SHIPMENT
    assert priority_for("PUT", "/fulfillments/7") is Priority.CLAIM
    assert priority_for("GET", "/fulfillments/7") is Priority.OPEN
    assert priority_for("GET", "/fulfillments/7/line_items") is Priority.OPEN
    assert priority_for("GET", "/fulfillments") is Priority.POLL
    with priority(Priority.PREFETCH):
        assert priority_for("GET", "/fulfillments/7/line_items") is Priority.PREFETCH


# -- against the sandbox -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(seed="empty", port=0, token=TOKEN) as server:
        yield server


@pytest.fixture
async def ctl(sandbox: SandboxServer) -> AsyncIterator[SandboxControl]:
    control = SandboxControl(sandbox.root_url, sandbox.token)
    await control.reset("empty")
    yield control
    await control.aclose()


async def test_the_client_sends_waiting_requests_by_priority(
    sandbox: SandboxServer, ctl: SandboxControl
) -> None:
    sent: list[str] = []

    def log(entry: RequestLog) -> None:
        sent.append(entry.path)

    async with StitchClient(
        sandbox.base_url, TOKEN, requests_per_s=20.0, burst=1.0, max_in_flight=1, on_request=log
    ) as client:
        assert client.budget is not None
        client.budget.pause(0.2)  # the bucket is empty: the three requests queue
        with priority(Priority.PREFETCH):
            prefetch = asyncio.create_task(client.get_product("1"))
        poll = asyncio.create_task(client.list_products())
        with priority(Priority.SHIPMENT):
            shipment = asyncio.create_task(client.list_shipments("1"))
        await asyncio.gather(prefetch, poll, shipment, return_exceptions=True)

    assert sent == ["/shipments", "/products", "/products/1"]


async def test_a_429_waits_retry_after_plus_a_different_jitter_per_client(
    sandbox: SandboxServer, ctl: SandboxControl
) -> None:
    await ctl.faults(rate_limit_per_s=0.01)  # one request, then 429 with Retry-After
    waits = []
    for station in range(2):
        async with StitchClient(
            sandbox.base_url, TOKEN, retry_attempts=1, rate_limit_jitter_s=1.0
        ) as client:
            if station == 0:
                await client.ping()  # the one request the token's bucket holds
            with pytest.raises(RateLimitedError) as caught:
                await client.ping()
            retry_after = caught.value.retry_after
            assert retry_after >= 1
            waits.append(client.throttled_for())
    await ctl.faults(rate_limit_per_s=None)

    for wait in waits:
        assert retry_after - 0.5 < wait <= retry_after + 1.0
    assert waits[0] != waits[1]  # the stations sharing the token do not come back together
