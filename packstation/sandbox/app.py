"""The sandbox's ASGI application: the Stitch endpoints, our control endpoints, and the gate
(auth, throttling, injected faults) in front of them."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from packstation.sandbox import bodies, seed, timestamps
from packstation.sandbox.errors import ApiError, FieldError, invalid
from packstation.sandbox.faults import Faults, roll
from packstation.sandbox.state import SandboxState
from packstation.sandbox.views import JSON, Page, meta
from packstation.sandbox.warehouse import Warehouse

log = logging.getLogger(__name__)

API_PREFIX = "/api2/v2/integrations"
CONTROL_PREFIX = "/_sandbox"
DEFAULT_PAGE_SIZE = 15
MAX_PAGE_SIZE = 100
MAX_PAGE_NUM_DIGITS = 1000  # a page number longer than this is no number a client meant
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
ACCOUNT_KEY = "packstation.sandbox.account_id"  # set in the ASGI scope by the gate

Handler = Callable[[Request], Awaitable[tuple[int, JSON]]]


def json_response(status: int, body: object, headers: dict[str, str] | None = None) -> Response:
    return Response(
        json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
        status_code=status,
        headers=headers,
        media_type="application/json; charset=utf-8",
    )


def error_response(error: ApiError) -> Response:
    return json_response(error.status, error.body(), error.headers)


def build_app(state: SandboxState) -> ASGIApp:
    """The whole sandbox as one ASGI app (uvicorn serves it; tests may call it in-process)."""

    def endpoint(handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        async def run(request: Request) -> Response:
            try:
                status, body = await handler(request)
            except ApiError as error:
                return error_response(error)
            except Exception:
                log.exception("sandbox error on %s %s", request.method, request.url.path)
                return json_response(500, {"message": "internal server error", "errors": []})
            return json_response(status, body)

        return run

    def account(request: Request) -> Warehouse:
        """The warehouse of the account whose token the gate accepted."""
        return state.warehouse_for(request.scope[ACCOUNT_KEY])

    async def body_of(request: Request) -> Callable[[], Any]:
        raw = await _read_capped(request)
        return lambda: bodies.decode_json(raw)

    # --- fulfillments ---------------------------------------------------------------------------

    async def list_fulfillments(request: Request) -> tuple[int, JSON]:
        wh = account(request)
        query = _Query(request)
        page = query.page()
        since = query.timestamp("updated_since")
        status = request.query_params.get("status")
        query.done()
        rows, total = wh.list_fulfillments(page, updated_since=since, status=status)
        return 200, {"fulfillments": rows, "meta": _meta(page, total, rows)}

    async def get_fulfillment(request: Request) -> tuple[int, JSON]:
        wh = account(request)
        return 200, {"fulfillment": wh.get_fulfillment(_path_id(request))}

    async def put_fulfillment(request: Request) -> tuple[int, JSON]:
        wh = account(request)
        read = await body_of(request)
        row = wh.set_status(_path_id(request), lambda: bodies.status_update(read()))
        return 200, {"fulfillment": row}

    async def list_line_items(request: Request) -> tuple[int, JSON]:
        wh = account(request)
        fulfillment_id = _path_id(request)
        wh.get_fulfillment(fulfillment_id)  # 404 before any 422 about paging
        query = _Query(request)
        page = query.page()
        query.done()
        rows, total = wh.list_line_items(fulfillment_id, page)
        return 200, {"line_items": rows, "meta": _meta(page, total, rows)}

    # --- shipments ------------------------------------------------------------------------------

    async def post_shipment(request: Request) -> tuple[int, JSON]:
        wh = account(request)
        read = await body_of(request)
        return 201, {"shipment": wh.create_shipment(read)}

    async def list_shipments(request: Request) -> tuple[int, JSON]:
        wh = account(request)
        query = _Query(request)
        page = query.page()
        query.done()
        raw = request.query_params.get("fulfillment_id")
        rows, total = wh.list_shipments(
            page, fulfillment_id=bodies.parse_id(raw), filtered=raw is not None
        )
        return 200, {"shipments": rows, "meta": _meta(page, total, rows)}

    async def get_shipment(request: Request) -> tuple[int, JSON]:
        wh = account(request)
        return 200, {"shipment": wh.get_shipment(_path_id(request))}

    # --- products -------------------------------------------------------------------------------

    async def post_products(request: Request) -> tuple[int, JSON]:
        wh = account(request)
        read = await body_of(request)
        return 200, {"products": wh.upsert_products(lambda: bodies.products(read()))}

    async def list_products(request: Request) -> tuple[int, JSON]:
        wh = account(request)
        query = _Query(request)
        page = query.page()
        since = query.timestamp("updated_since")
        query.done()
        sku = request.query_params.get("sku")
        rows, total = wh.list_products(page, sku=sku, updated_since=since)
        return 200, {"products": rows, "meta": _meta(page, total, rows)}

    async def get_product(request: Request) -> tuple[int, JSON]:
        wh = account(request)
        return 200, {"product": wh.get_product(_path_id(request))}

    # --- control endpoints ----------------------------------------------------------------------

    async def reset(request: Request) -> tuple[int, JSON]:
        raw = await _read_capped(request)
        wanted = bodies.reset(bodies.decode_json(raw) if raw.strip() else None)
        name, number = state.reset(request.scope[ACCOUNT_KEY], wanted.seed, wanted.seed_number)
        return 200, {"reset": {"seed": name, "seed_number": number}}

    async def post_bundle(request: Request) -> tuple[int, JSON]:
        wh = account(request)
        read = await body_of(request)
        return 201, {"bundle": wh.define_bundle(lambda: bodies.bundle(read()))}

    async def post_order(request: Request) -> tuple[int, JSON]:
        wh = account(request)
        read = await body_of(request)
        return 201, {"fulfillment": wh.create_order(lambda: bodies.order(read()))}

    async def cancel(request: Request) -> tuple[int, JSON]:
        wh = account(request)
        return 200, {"fulfillment": wh.cancel(_path_id(request))}

    async def patch(request: Request) -> tuple[int, JSON]:
        wh = account(request)
        read = await body_of(request)
        row = wh.patch(_path_id(request), lambda: bodies.fulfillment_patch(read()))
        return 200, {"fulfillment": row}

    async def put_faults(request: Request) -> tuple[int, JSON]:
        read = await body_of(request)
        account_id = request.scope[ACCOUNT_KEY]
        faults = Faults.from_json(read())
        state.set_faults(account_id, faults)
        log.info("faults of account %d now %s", account_id, faults)
        return 200, {"faults": faults.to_json()}

    async def get_faults(request: Request) -> tuple[int, JSON]:
        return 200, {"faults": state.faults_for(request.scope[ACCOUNT_KEY]).to_json()}

    async def add_account(request: Request) -> tuple[int, JSON]:
        return 201, {"account": {"token": state.add_account()}}

    async def generate(request: Request) -> tuple[int, JSON]:
        wh = account(request)
        read = await body_of(request)
        wanted = bodies.generate(read())
        created = seed.generate(wh, wanted.fulfillments, wanted.seed)
        return 201, {"created": created}

    api = API_PREFIX
    ctl = CONTROL_PREFIX
    handlers: dict[str, dict[str, Handler]] = {
        f"{api}/fulfillments": {"GET": list_fulfillments},
        f"{api}/fulfillments/{{id}}": {"GET": get_fulfillment, "PUT": put_fulfillment},
        f"{api}/fulfillments/{{id}}/line_items": {"GET": list_line_items},
        f"{api}/shipments": {"GET": list_shipments, "POST": post_shipment},
        f"{api}/shipments/{{id}}": {"GET": get_shipment},
        f"{api}/products": {"GET": list_products, "POST": post_products},
        f"{api}/products/{{id}}": {"GET": get_product},
        f"{ctl}/reset": {"POST": reset},
        f"{ctl}/bundles": {"POST": post_bundle},
        f"{ctl}/orders": {"POST": post_order},
        f"{ctl}/generate": {"POST": generate},
        f"{ctl}/accounts": {"POST": add_account},
        f"{ctl}/fulfillments/{{id}}/cancel": {"POST": cancel},
        f"{ctl}/fulfillments/{{id}}": {"PATCH": patch},
        f"{ctl}/faults": {"GET": get_faults, "PUT": put_faults},
    }
    # One route per path, so a 405 can name every method the path allows (Starlette's own 405
    # names only the methods of the first route that matched the path).
    routes = [
        Route(path, _ByMethod({method: endpoint(h) for method, h in by_method.items()}))
        for path, by_method in handlers.items()
    ]

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        message = "no such endpoint" if exc.status_code == 404 else str(exc.detail).lower()
        return json_response(
            exc.status_code, {"message": message, "errors": []}, dict(exc.headers or {})
        )

    inner = Starlette(routes=routes, exception_handlers={HTTPException: http_error})
    inner.router.redirect_slashes = False  # a stray slash is a 404, not a redirect
    return Gate(inner, state)


class _ByMethod:
    """One path's ASGI endpoint: each method to its handler (HEAD answers as GET), else a 405
    whose `Allow` lists them all. An ASGI app rather than a function: Starlette would limit a
    function endpoint to GET."""

    def __init__(self, runs: dict[str, Callable[[Request], Awaitable[Response]]]) -> None:
        self.runs = dict(runs)
        if "GET" in self.runs:
            self.runs["HEAD"] = self.runs["GET"]
        self.allow = ", ".join(sorted(self.runs))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        run = self.runs.get(request.method)
        if run is None:
            response = error_response(
                ApiError(405, "method not allowed", headers={"Allow": self.allow})
            )
        else:
            response = await run(request)
        await response(scope, receive, send)


async def _read_capped(request: Request) -> bytes:
    """The body, refused with a 413 once it outgrows any sane request (without reading it all)."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > bodies.MAX_BODY_BYTES:
            raise ApiError(413, "the request body is too large")
        chunks.append(chunk)
    return b"".join(chunks)


def _path_id(request: Request) -> int | None:
    return bodies.parse_id(request.path_params["id"])


def _meta(page: Page, total: int, rows: list[JSON]) -> JSON:
    return meta(page, total, len(rows))


class _Query:
    """Query-string parameters, with every bad one named in a single 422."""

    def __init__(self, request: Request) -> None:
        self.params = request.query_params
        self.errors: list[FieldError] = []

    def _int(
        self, name: str, default: int, minimum: int, maximum: int | None, max_digits: int = 9
    ) -> int:
        raw = self.params.get(name)
        if raw is None:
            return default
        text = raw.strip()
        if not (text.isascii() and text.isdigit() and len(text) <= max_digits):
            self.errors.append(FieldError(name, "must be a whole number"))
            return default
        value = int(text)
        if value < minimum or (maximum is not None and value > maximum):
            bounds = (
                f"between {minimum} and {maximum}" if maximum is not None else f"at least {minimum}"
            )
            self.errors.append(FieldError(name, f"must be {bounds}"))
            return default
        return value

    def page(self) -> Page:
        # Any page past the last is a valid, empty page, however far past.
        number = self._int("page_num", 1, 1, None, max_digits=MAX_PAGE_NUM_DIGITS)
        size = self._int("page_size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE)
        return Page(number, size)

    def timestamp(self, name: str) -> int | None:
        raw = self.params.get(name)
        if raw is None:
            return None
        moment = timestamps.parse(raw, from_query=True)
        if moment is None:
            self.errors.append(FieldError(name, "must be an ISO 8601 timestamp with an offset"))
            return None
        return timestamps.to_micros(moment)

    def done(self) -> None:
        if self.errors:
            raise invalid(self.errors)


class Gate:
    """In front of every request: 404 outside our prefixes, the token, then (Stitch endpoints
    only) latency, throttling, injected errors and dropped answers."""

    def __init__(self, inner: ASGIApp, state: SandboxState) -> None:
        self.inner = inner
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return  # no lifespan or websockets to serve
        path: str = scope["path"]
        is_api = path == API_PREFIX or path.startswith(API_PREFIX + "/")
        is_control = path == CONTROL_PREFIX or path.startswith(CONTROL_PREFIX + "/")
        if not (is_api or is_control):
            await _answer(scope, receive, send, ApiError(404, "no such endpoint"))
            return
        state = self.state
        token = _token(scope)
        account_id = None if token is None else state.account_for(token)
        if token is None or account_id is None:
            await _answer(scope, receive, send, ApiError(401, "invalid access token"))
            return
        scope[ACCOUNT_KEY] = account_id
        faults = state.faults_for(account_id)
        faulty = is_api and faults.applies_to(path[len(API_PREFIX) :])
        if faulty and faults.latency_ms:
            await asyncio.sleep(faults.latency_ms / 1000)
        if is_api:
            rate = faults.rate_limit_per_s if faulty else None
            rate = rate if rate is not None else state.rate_limit
            if rate is not None:
                wait = state.throttle.take(token, rate)
                if wait is not None:
                    error = ApiError(429, "too many requests", headers={"Retry-After": str(wait)})
                    await _answer(scope, receive, send, error)
                    return
            if faulty and roll(faults.error_rate, state.rng):
                error = ApiError(faults.error_status, "injected fault")
                if faults.error_status in (429, 503):
                    error.headers["Retry-After"] = "1"
                await _answer(scope, receive, send, error)
                return
            if (
                faulty
                and scope["method"] in WRITE_METHODS
                and roll(faults.drop_after_commit_rate, state.rng)
            ):
                log.info("fault: %s %s will commit and then drop its answer", scope["method"], path)
                await self.inner(scope, receive, _dropping_send(send))
                return
        await self.inner(scope, receive, send)


def _token(scope: Scope) -> str | None:
    bearer = None
    for name, value in scope["headers"]:
        if name == b"access_token":
            return str(value.decode("latin-1"))
        if name == b"authorization":
            scheme, _, rest = value.decode("latin-1").partition(" ")
            if scheme.lower() == "bearer" and rest.strip():
                bearer = rest.strip()
    return bearer


async def _answer(scope: Scope, receive: Receive, send: Send, error: ApiError) -> None:
    await error_response(error)(scope, receive, send)


def _dropping_send(send: Send) -> Send:
    """A `send` that lets the write commit, then closes the connection instead of answering.

    An error answer (the write did not happen) goes out as usual: only a committed write is lost.
    """
    dropped = False

    async def guarded(message: Message) -> None:
        nonlocal dropped
        if dropped:
            return
        if message["type"] == "http.response.start" and 200 <= message["status"] < 300:
            dropped = True
            _close_connection(send)
            return
        await send(message)

    return guarded


def _close_connection(send: Send) -> None:
    # uvicorn's `send` is a bound method of its request-response cycle, which holds the transport.
    # Closing it before a single response byte is written is what a client sees when a server
    # or a proxy dies mid-request; marking the cycle disconnected stops uvicorn answering 500.
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        raise RuntimeError("dropping a connection needs the sandbox served by uvicorn")
    cycle.disconnected = True  # type: ignore[union-attr]
    transport.close()
