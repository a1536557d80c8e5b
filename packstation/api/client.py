"""`StitchClient`: the async Stitch Integrations API client (the only module importing httpx).

One long-lived `httpx.AsyncClient` per account, explicit timeouts, a cap on requests in flight.
Reads (GET) are retried with backoff and jitter, honouring `Retry-After`; writes never are: the
API has no idempotency, so a write that got no answer raises `AmbiguousWrite` and the caller must
look at what Stitch has before sending it again.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import email.utils
import ipaddress
import logging
import random
import ssl
import time
import urllib.parse
from collections.abc import AsyncGenerator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Final, TypeVar

import httpx
import stamina

from packstation.api import wire
from packstation.api.budget import RequestBudget, priority_for
from packstation.api.errors import (
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
    ServerError,
    StitchError,
    ValidationError,
)
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

T = TypeVar("T")

log = logging.getLogger("packstation.api")

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

# Statuses of gateways that may have forwarded a write and then lost the answer.
_GATEWAY_LOST_ANSWER: Final = frozenset({502, 504})


@dataclass(frozen=True, slots=True)
class RequestLog:
    """One HTTP attempt, as the app's log and the UI show it. Never holds the token."""

    method: str
    path: str
    query: str
    status: int | None  # None: no answer (see `outcome`)
    duration_ms: float
    attempt: int
    outcome: str  # "ok", the error class for an answered error, or the transport failure

    def __str__(self) -> str:
        target = f"{self.path}?{self.query}" if self.query else self.path
        status = str(self.status) if self.status is not None else self.outcome
        retry = f" (attempt {self.attempt})" if self.attempt > 1 else ""
        return f"{self.method} {target} → {status} in {self.duration_ms:.1f} ms{retry}"


class _Secret:
    """Holds the token so that no repr, log record or traceback local ever prints it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "<secret>"

    __str__ = __repr__


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
        self._base_url = _checked_base_url(base_url)
        self._token = _Secret(_checked_token(token))
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
            verify=_tls_context() if transport is None else True,
            follow_redirects=False,
            headers={
                "Accept": "application/json",
                "User-Agent": _user_agent(),
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
        return self._pages(
            "/fulfillments",
            wire.parse_fulfillment_page,
            page_size,
            updated_since=updated_since,
            status=status,
            start_page=start_page,
        )

    async def iter_open_fulfillments(
        self,
        updated_since: dt.datetime | None = None,
        status: str | None = None,
        page_size: int = wire.MAX_PAGE_SIZE,
    ) -> AsyncGenerator[Fulfillment, None]:
        """The open fulfillments one by one, fetched a page at a time."""
        pages = self.list_open_fulfillments_pages(updated_since, status, page_size)
        async with contextlib.aclosing(pages):
            async for page in pages:
                for fulfillment in page.items:
                    yield fulfillment

    async def get_fulfillment(self, fulfillment_id: str) -> Fulfillment:
        """One fulfillment in any state (open, complete or canceled)."""
        path = f"/fulfillments/{_segment(fulfillment_id)}"
        return self._parse("GET", path, wire.parse_fulfillment, await self._get(path))

    async def list_line_items(self, fulfillment_id: str) -> list[LineItem]:
        """All line items of a fulfillment (every page)."""
        path = f"/fulfillments/{_segment(fulfillment_id)}/line_items"
        return await self._all(self._pages(path, wire.parse_line_item_page, wire.MAX_PAGE_SIZE))

    async def set_status(self, fulfillment_id: str, status: str) -> Fulfillment:
        """Set the free-text status Stitch shows (empty clears it). Not retried."""
        path = f"/fulfillments/{_segment(fulfillment_id)}"
        body = await self._write("PUT", path, wire.status_body(status))
        return self._parse("PUT", path, wire.parse_fulfillment, body)

    # -- shipments -------------------------------------------------------------------------

    async def create_shipment(self, shipment: NewShipment) -> Shipment:
        """Post one shipment. Never retried: on `AmbiguousWrite` look at `list_shipments` first."""
        path = "/shipments"
        body = await self._write("POST", path, wire.shipment_body(shipment))
        return self._parse("POST", path, wire.parse_shipment, body)

    async def list_shipments(self, fulfillment_id: str) -> list[Shipment]:
        """All shipments of a fulfillment (every page)."""
        pages = self._pages(
            "/shipments",
            wire.parse_shipment_page,
            wire.MAX_PAGE_SIZE,
            fulfillment_id=_checked_id(fulfillment_id),
        )
        return await self._all(pages)

    async def get_shipment(self, shipment_id: str) -> Shipment:
        path = f"/shipments/{_segment(shipment_id)}"
        return self._parse("GET", path, wire.parse_shipment, await self._get(path))

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
                landed.extend(self._parse("POST", "/products", wire.parse_products, body))
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
        return self._items(
            self._pages(
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
        path = f"/products/{_segment(product_id)}"
        return self._parse("GET", path, wire.parse_product, await self._get(path))

    # -- paging ----------------------------------------------------------------------------

    async def _pages(
        self,
        path: str,
        parse: Callable[[object], Page[T]],
        page_size: int,
        *,
        updated_since: dt.datetime | None = None,
        status: str | None = None,
        sku: str | None = None,
        fulfillment_id: str | None = None,
        start_page: int = 1,
    ) -> AsyncGenerator[Page[T], None]:
        if not 1 <= page_size <= wire.MAX_PAGE_SIZE:
            raise ValueError(f"page_size must be between 1 and {wire.MAX_PAGE_SIZE}")
        if start_page < 1:
            raise ValueError("start_page must be at least 1")

        def fetch(page_num: int) -> asyncio.Task[object]:
            params = wire.list_params(
                page_num=page_num,
                page_size=page_size,
                updated_since=updated_since,
                status=status,
                sku=sku,
                fulfillment_id=fulfillment_id,
            )
            return asyncio.create_task(self._get(path, params))

        # One page is always asked for ahead: while the caller reads page n (and we parse it),
        # page n+1 is already on its way, so a long list costs little more than its round trips.
        page_num = start_page
        pending = fetch(page_num)
        try:
            while True:
                body = await pending
                meta = self._parse("GET", path, wire.parse_page_meta, body)
                if meta.current_page != page_num:
                    raise ProtocolError(
                        f"meta.current_page: expected {page_num}, got {meta.current_page}",
                        field="meta.current_page",
                        method="GET",
                        path=path,
                        status=200,
                    )
                more = meta.current_page < meta.last_page
                if more:
                    pending = fetch(page_num + 1)
                page = self._parse("GET", path, parse, body)
                # An empty page ends the walk even if `last_page` says more: the list shrank
                # while we walked it (fulfillments complete) and asking on would find nothing.
                if not page.items:
                    more = False
                yield page
                if not more:
                    return
                page_num += 1
        finally:
            _drop(pending)

    @staticmethod
    async def _items(pages: AsyncGenerator[Page[T], None]) -> AsyncGenerator[T, None]:
        # aclosing: a caller that stops early must not leave the page asked for ahead running.
        async with contextlib.aclosing(pages):
            async for page in pages:
                for item in page.items:
                    yield item

    @staticmethod
    async def _all(pages: AsyncGenerator[Page[T], None]) -> list[T]:
        async with contextlib.aclosing(pages):
            return [item async for page in pages for item in page.items]

    # -- HTTP ------------------------------------------------------------------------------

    def _parse(self, method: str, path: str, parse: Callable[[object], T], body: object) -> T:
        try:
            return parse(body)
        except ProtocolError as exc:
            raise ProtocolError(
                exc.message, field=exc.field, method=method, path=path, status=200
            ) from None

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
        value = response.headers.get("Date")
        if not value:
            return
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return
        self.server_time = when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)

    async def _wait_for_cooldown(self) -> None:
        delay = self._not_before - asyncio.get_running_loop().time()
        if delay > 0:
            await asyncio.sleep(delay)

    def _error_for(self, method: str, path: str, response: httpx.Response) -> StitchError | None:
        status = response.status_code
        if 200 <= status < 300:
            return None
        message, field_errors = wire.parse_error_body(response.content)
        message = message or response.reason_phrase or f"HTTP {status}"
        if status == 401:
            return AuthError(message, method=method, path=path, status=status)
        if status == 403:
            return ForbiddenError(message, method=method, path=path, status=status)
        if status == 404:
            return NotFoundError(message, method=method, path=path, status=status)
        if status == 409:
            return ConflictError(message, method=method, path=path, status=status)
        if status == 422:
            return ValidationError(
                message, field_errors=field_errors, method=method, path=path, status=status
            )
        if status == 429:
            retry_after = _retry_after_seconds(response.headers.get("Retry-After"))
            loop = asyncio.get_running_loop()
            wait = retry_after + self._rng.uniform(0.0, self._rate_limit_jitter_s)
            self._not_before = max(self._not_before, loop.time() + wait)
            if self.budget is not None:
                self.budget.pause(wait)
            return RateLimitedError(
                message, retry_after=retry_after, method=method, path=path, status=status
            )
        if method != "GET" and status in _GATEWAY_LOST_ANSWER:
            return AmbiguousWrite(
                f"a gateway lost the answer: {message}", method=method, path=path, status=status
            )
        if status >= 500:
            return ServerError(message, method=method, path=path, status=status)
        if 300 <= status < 400:
            return ProtocolError(
                f"unexpected redirect: {message}", method=method, path=path, status=status
            )
        return BadRequestError(message, method=method, path=path, status=status)

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
        entry = RequestLog(
            method=method,
            path=path,
            query=query,
            status=status,
            duration_ms=(time.perf_counter() - started) * 1000.0,
            attempt=attempt,
            outcome=outcome,
        )
        log.log(logging.DEBUG if outcome == "ok" else logging.INFO, "%s", entry)
        if self._on_request is not None:
            try:
                self._on_request(entry)
            except Exception:
                # A broken log sink must not turn a good answer into a failure.
                log.exception("on_request callback failed")


# -------------------------------------------------------------------------------------------
# Helpers


def _drop(pending: asyncio.Task[object]) -> None:
    """Forget a page asked for ahead that nobody will read: cancel it, or consume its error."""
    if not pending.done():
        pending.cancel()
    elif not pending.cancelled():
        pending.exception()  # retrieved, so asyncio does not log "never retrieved"


def _transport_error(method: str, path: str, exc: httpx.TransportError) -> StitchError:
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if method == "GET" or isinstance(exc, _NOTHING_SENT):
        return NetworkError(f"no answer ({detail})", method=method, path=path)
    return AmbiguousWrite(f"sent, but no answer ({detail})", method=method, path=path)


def _retry_after_seconds(value: str | None) -> float:
    """`Retry-After` as seconds: the contract sends whole seconds; HTTP also allows a date."""
    default = 1.0
    if value is None:
        return default
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return default
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


def _checked_base_url(base_url: str) -> str:
    parts = urllib.parse.urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"the Stitch base URL must be an http(s) URL, got {base_url!r}")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise ValueError("the Stitch base URL must not carry credentials, a query or a fragment")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise ValueError(
            f"refusing plain http:// to {parts.hostname}: the access token would cross the "
            "network unencrypted; use https:// (plain http is only allowed to this machine)"
        )
    return base_url.rstrip("/")


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _checked_token(token: str) -> str:
    if not token:
        raise ValueError("the access token is empty")
    # Never echo the token: say only what is wrong with it.
    if not token.isascii() or not token.isprintable() or token != token.strip():
        raise ValueError("the access token has characters that cannot go in an HTTP header")
    return token


def _checked_id(value: str) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"ids are non-empty strings, got {value!r}")
    return value


def _segment(value: str) -> str:
    # Ids are digits, but an odd id must never escape its path segment.
    return urllib.parse.quote(_checked_id(value), safe="")


def _tls_context() -> ssl.SSLContext | bool:
    """The OS trust store when `truststore` is installed (warehouse TLS proxies), else certifi."""
    try:
        import truststore
    except ImportError:
        return True
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def _user_agent() -> str:
    from packstation import __version__

    return f"packstation/{__version__}"
