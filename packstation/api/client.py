"""`StitchClient`: the async Stitch Integrations API client (the only module importing httpx).

One long-lived `httpx.AsyncClient` per account, explicit timeouts, a cap on requests in flight.
Reads (GET) are retried with backoff and jitter, honouring `Retry-After`; writes never are: the
API has no idempotency, so a write that got no answer raises `AmbiguousWrite` and the caller must
look at what Stitch has before sending it again.

This module is the endpoints and the sending (httpx, retries, the shared 429 cooldown); what a
request may carry is in `addressing`, reading answers in `answers`, paged lists in `paging`,
the per-attempt record in `request_log`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
import time
import urllib.parse
from collections.abc import AsyncGenerator, Awaitable, Callable, Sequence
from types import TracebackType
from typing import Final

import httpx
import stamina

from packstation.api import paging, wire
from packstation.api.addressing import (
    Secret,
    checked_base_url,
    checked_id,
    checked_token,
    path_segment,
    tls_context,
    user_agent,
)
from packstation.api.answers import error_for_status, parsed, retry_after_seconds, server_time
from packstation.api.budget import RequestBudget, priority_for
from packstation.api.errors import (
    AmbiguousWrite,
    NetworkError,
    PartialUpsertError,
    ProtocolError,
    RateLimitedError,
    ServerError,
    StitchError,
)
from packstation.api.request_log import RequestLog, report_request
from packstation.domain.records import (
    Fulfillment,
    LineItem,
    NewShipment,
    Page,
    Product,
    ProductUpsert,
    Shipment,
)

__all__ = ["DEFAULT_BASE_URL", "RequestLog", "StitchClient"]

DEFAULT_BASE_URL: Final = "https://api-pub.stitchlabs.com/api2/v2/integrations"

#: The contract's cap on products per `POST /products`.
PRODUCT_BATCH: Final = 100

_TOKEN_HEADER: Final = "access_token"  # noqa: S105 (a header name, not a secret)

# Transport failures after which the server cannot have acted on the request: the connection
# never opened, no pooled connection freed up, or the body did not finish leaving this machine
# (a server needs the whole body before it can parse the JSON).
_NOTHING_SENT: Final = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.WriteTimeout,
    httpx.WriteError,
    httpx.UnsupportedProtocol,
    httpx.ProxyError,
)


class StitchClient:
    """The API of one Stitch account: base URL and access token.

    Use as ``async with StitchClient(url, token) as client:`` or call `aclose()` on shutdown.
    """

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        timeout: float = 30.0,
        connect_timeout: float = 5.0,
        max_in_flight: int = 4,
        transport: httpx.AsyncBaseTransport | None = None,
        retry_attempts: int = 4,
        retry_wait_initial: float = 0.25,
        retry_wait_max: float = 8.0,
        retry_wait_jitter: float = 0.5,
        retry_timeout: float = 60.0,
        max_retry_after: float = 60.0,
        on_request: Callable[[RequestLog], None] | None = None,
        requests_per_s: float | None = None,
        burst: float | None = None,
        rate_limit_jitter_s: float = 1.0,
        pace: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self._base_url = checked_base_url(base_url)
        self._token = Secret(checked_token(token))
        if max_in_flight < 1:
            raise ValueError("max_in_flight must be at least 1")
        if retry_attempts < 1:
            raise ValueError("retry_attempts must be at least 1 (1 means no retries)")
        self._in_flight = asyncio.Semaphore(max_in_flight)
        self._max_in_flight = max_in_flight
        self._retry_attempts = retry_attempts
        self._retry_wait_initial = retry_wait_initial
        self._retry_wait_max = retry_wait_max
        self._retry_wait_jitter = retry_wait_jitter
        self._retry_timeout = retry_timeout
        self._max_retry_after = max_retry_after
        self._on_request = on_request
        self._pace = pace  # awaited before every attempt (warehouse sync's token bucket)
        # Monotonic time before which no request is sent: a 429 throttles the whole token, so
        # every task of this client waits, not only the one that got the answer. The wait is
        # `Retry-After` plus a random share of `rate_limit_jitter_s`, so that the stations
        # sharing the token do not all come back in the same instant.
        self._not_before = 0.0
        self._rate_limit_jitter_s = max(0.0, rate_limit_jitter_s)
        self._rng = random.Random()
        # This station's share of the account's rate limit (None: no budget of its own).
        self.budget = RequestBudget(requests_per_s, burst) if requests_per_s else None
        #: Stitch's clock, from the `Date` of its last answer (None until one came).
        self.server_time: dt.datetime | None = None
        self._http = httpx.AsyncClient(
            base_url=self._base_url,
            timeout=httpx.Timeout(timeout, connect=connect_timeout),
            limits=httpx.Limits(
                max_connections=max_in_flight, max_keepalive_connections=max_in_flight
            ),
            transport=transport,
            verify=tls_context() if transport is None else True,
            follow_redirects=False,
            headers={
                "Accept": "application/json",
                "User-Agent": user_agent(),
            },
        )

    # -- lifecycle -------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self._base_url

    def __repr__(self) -> str:
        return f"StitchClient(base_url={self._base_url!r}, max_in_flight={self._max_in_flight})"

    async def __aenter__(self) -> StitchClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    @property
    def closed(self) -> bool:
        return self._http.is_closed

    def throttled_for(self) -> float:
        """Seconds this client still waits after a 429 (`Retry-After` plus its jitter)."""
        return max(0.0, self._not_before - asyncio.get_running_loop().time())

    # -- fulfillments ----------------------------------------------------------------------

    async def ping(self) -> None:
        """A cheap authenticated call; raises `AuthError` on a bad token."""
        await self._get("/fulfillments", wire.list_params(page_num=1, page_size=1))

    def list_open_fulfillments_pages(
        self,
        updated_since: dt.datetime | None = None,
        status: str | None = None,
        page_size: int = wire.MAX_PAGE_SIZE,
        *,
        start_page: int = 1,
    ) -> AsyncGenerator[Page[Fulfillment], None]:
        """The open fulfillments, page by page (ordered by id), from `start_page` on."""
        return paging.pages(
            self._get,
            "/fulfillments",
            wire.parse_fulfillment_page,
            page_size,
            updated_since=updated_since,
            status=status,
            start_page=start_page,
        )

    def iter_open_fulfillments(
        self,
        updated_since: dt.datetime | None = None,
        status: str | None = None,
        page_size: int = wire.MAX_PAGE_SIZE,
    ) -> AsyncGenerator[Fulfillment, None]:
        """The open fulfillments one by one, fetched a page at a time."""
        return paging.items(self.list_open_fulfillments_pages(updated_since, status, page_size))

    async def get_fulfillment(self, fulfillment_id: str) -> Fulfillment:
        """One fulfillment in any state (open, complete or canceled)."""
        path = f"/fulfillments/{path_segment(fulfillment_id)}"
        return parsed("GET", path, wire.parse_fulfillment, await self._get(path))

    async def list_line_items(self, fulfillment_id: str) -> list[LineItem]:
        """All line items of a fulfillment (every page)."""
        path = f"/fulfillments/{path_segment(fulfillment_id)}/line_items"
        return await paging.all_items(
            paging.pages(self._get, path, wire.parse_line_item_page, wire.MAX_PAGE_SIZE)
        )

    async def set_status(self, fulfillment_id: str, status: str) -> Fulfillment:
        """Set the free-text status Stitch shows (empty clears it). Not retried."""
        path = f"/fulfillments/{path_segment(fulfillment_id)}"
        body = await self._write("PUT", path, wire.status_body(status))
        return parsed("PUT", path, wire.parse_fulfillment, body)

    # -- shipments -------------------------------------------------------------------------

    async def create_shipment(self, shipment: NewShipment) -> Shipment:
        """Post one shipment. Never retried: on `AmbiguousWrite` look at `list_shipments` first."""
        path = "/shipments"
        body = await self._write("POST", path, wire.shipment_body(shipment))
        return parsed("POST", path, wire.parse_shipment, body)

    async def list_shipments(self, fulfillment_id: str) -> list[Shipment]:
        """All shipments of a fulfillment (every page)."""
        pages = paging.pages(
            self._get,
            "/shipments",
            wire.parse_shipment_page,
            wire.MAX_PAGE_SIZE,
            fulfillment_id=checked_id(fulfillment_id),
        )
        return await paging.all_items(pages)

    async def get_shipment(self, shipment_id: str) -> Shipment:
        path = f"/shipments/{path_segment(shipment_id)}"
        return parsed("GET", path, wire.parse_shipment, await self._get(path))

    # -- products --------------------------------------------------------------------------

    async def upsert_products(self, products: Sequence[ProductUpsert]) -> list[Product]:
        """Upsert by SKU, one request per 100 products, in order; the products as stored.

        Each request is all-or-nothing on Stitch's side. If a batch fails after earlier ones
        landed, raises `PartialUpsertError` saying which products are stored and which not; if
        the first batch fails, its own error is raised (nothing changed, unless it is an
        `AmbiguousWrite`).
        """
        landed: list[Product] = []
        for start in range(0, len(products), PRODUCT_BATCH):
            batch = products[start : start + PRODUCT_BATCH]
            try:
                body = await self._write("POST", "/products", wire.products_body(batch))
                landed.extend(parsed("POST", "/products", wire.parse_products, body))
            except StitchError as exc:
                if not landed:
                    raise
                failed = [p.sku for p in products[start:]]
                raise PartialUpsertError(landed=landed, failed_skus=failed, cause=exc) from exc
        return landed

    def iter_products(
        self,
        sku: str | None = None,
        updated_since: dt.datetime | None = None,
        page_size: int = wire.MAX_PAGE_SIZE,
    ) -> AsyncGenerator[Product, None]:
        return paging.items(
            paging.pages(
                self._get,
                "/products",
                wire.parse_product_page,
                page_size,
                sku=sku,
                updated_since=updated_since,
            )
        )

    async def list_products(
        self, sku: str | None = None, updated_since: dt.datetime | None = None
    ) -> list[Product]:
        return [p async for p in self.iter_products(sku=sku, updated_since=updated_since)]

    async def get_product(self, product_id: str) -> Product:
        path = f"/products/{path_segment(product_id)}"
        return parsed("GET", path, wire.parse_product, await self._get(path))

    # -- HTTP ------------------------------------------------------------------------------

    async def _get(self, path: str, params: dict[str, str] | None = None) -> object:
        """A read, retried on 429, 5xx and transport failures with backoff and jitter."""
        attempt_num = 0
        async for attempt in stamina.retry_context(
            on=self._retry_backoff,
            attempts=self._retry_attempts,
            timeout=self._retry_timeout,
            wait_initial=self._retry_wait_initial,
            wait_max=self._retry_wait_max,
            wait_jitter=self._retry_wait_jitter,
        ):
            attempt_num += 1
            with attempt:
                return await self._send("GET", path, params=params, attempt=attempt_num)
        raise AssertionError("stamina ends by returning or raising")  # pragma: no cover

    def _retry_backoff(self, exc: Exception) -> bool | float:
        if isinstance(exc, RateLimitedError):
            if exc.retry_after > self._max_retry_after:
                return False  # longer than anyone at the bench waits: let the caller decide
            # The jittered wait is `_not_before`, which every request of this client honours.
            loop = asyncio.get_running_loop()
            return max(0.001, self._not_before - loop.time())  # 0 would read as "no retry"
        return isinstance(exc, ServerError | NetworkError)

    async def _write(self, method: str, path: str, body: dict[str, object]) -> object:
        return await self._send(method, path, body=body, attempt=1)

    async def _send(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        body: dict[str, object] | None = None,
        attempt: int,
    ) -> object:
        headers = {_TOKEN_HEADER: self._token.reveal()}
        content: bytes | None = None
        if body is not None:
            content = wire.encode_json(body)
            headers["Content-Type"] = "application/json; charset=utf-8"
        query = urllib.parse.urlencode(params) if params else ""
        if self.budget is not None:
            # Outside the in-flight cap: a prefetch waiting for the bucket must not hold a
            # connection a shipment could use.
            await self.budget.take(priority_for(method, path))
        if self._pace is not None:
            await self._pace()
        async with self._in_flight:
            # Inside the cap: a 429 may have arrived while this task waited for a free slot.
            await self._wait_for_cooldown()
            started = time.perf_counter()
            try:
                response = await self._http.request(
                    method, path, params=params, content=content, headers=headers
                )
            except httpx.TransportError as exc:
                self._record(method, path, query, None, started, attempt, type(exc).__name__)
                raise _transport_error(method, path, exc) from exc
            except httpx.HTTPError as exc:  # e.g. a body that fails its Content-Encoding
                self._record(method, path, query, None, started, attempt, type(exc).__name__)
                raise ProtocolError(
                    f"unreadable answer ({type(exc).__name__})", method=method, path=path
                ) from exc
        self._note_server_time(response)
        error = self._error_for(method, path, response)
        self._record(
            method,
            path,
            query,
            response.status_code,
            started,
            attempt,
            "ok" if error is None else type(error).__name__,
        )
        if error is not None:
            raise error
        try:
            return wire.decode_json(response.content)
        except ProtocolError as exc:
            raise ProtocolError(
                exc.message, method=method, path=path, status=response.status_code
            ) from None

    def _note_server_time(self, response: httpx.Response) -> None:
        self.server_time = server_time(response.headers.get("Date")) or self.server_time

    async def _wait_for_cooldown(self) -> None:
        delay = self._not_before - asyncio.get_running_loop().time()
        if delay > 0:
            await asyncio.sleep(delay)

    def _error_for(self, method: str, path: str, response: httpx.Response) -> StitchError | None:
        status = response.status_code
        retry_after = 0.0
        if status == 429:
            # A 429 throttles the whole token: every task of this client waits it out.
            retry_after = retry_after_seconds(response.headers.get("Retry-After"))
            loop = asyncio.get_running_loop()
            wait = retry_after + self._rng.uniform(0.0, self._rate_limit_jitter_s)
            self._not_before = max(self._not_before, loop.time() + wait)
            if self.budget is not None:
                self.budget.pause(wait)
        return error_for_status(
            method,
            path,
            status,
            response.content,
            reason=response.reason_phrase,
            retry_after=retry_after,
        )

    def _record(
        self,
        method: str,
        path: str,
        query: str,
        status: int | None,
        started: float,
        attempt: int,
        outcome: str,
    ) -> None:
        elapsed_ms = (time.perf_counter() - started) * 1000.0
        entry = RequestLog(method, path, query, status, elapsed_ms, attempt, outcome)
        report_request(entry, self._on_request)


# -------------------------------------------------------------------------------------------
# Helpers


def _transport_error(method: str, path: str, exc: httpx.TransportError) -> StitchError:
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if method == "GET" or isinstance(exc, _NOTHING_SENT):
        return NetworkError(f"no answer ({detail})", method=method, path=path)
    return AmbiguousWrite(f"sent, but no answer ({detail})", method=method, path=path)
