"""Walking the contract's paged lists: one page always asked for ahead, the walk stopped when
the list ends or shrinks, and a page nobody will read cancelled."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
from collections.abc import AsyncGenerator, Callable, Coroutine
from typing import Any, TypeVar

from packstation.api import wire
from packstation.api.answers import parsed
from packstation.api.errors import ProtocolError
from packstation.domain.records import Page

__all__ = ["all_items", "items", "pages"]

T = TypeVar("T")

#: A read of `path` with these query parameters (the client's retried GET).
Get = Callable[[str, dict[str, str]], Coroutine[Any, Any, object]]


async def pages(
    get: Get,
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
        return asyncio.create_task(get(path, params))

    # One page is always asked for ahead: while the caller reads page n (and we parse it),
    # page n+1 is already on its way, so a long list costs little more than its round trips.
    page_num = start_page
    pending = fetch(page_num)
    try:
        while True:
            body = await pending
            meta = parsed("GET", path, wire.parse_page_meta, body)
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
            page = parsed("GET", path, parse, body)
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


async def items(walk: AsyncGenerator[Page[T], None]) -> AsyncGenerator[T, None]:
    # aclosing: a caller that stops early must not leave the page asked for ahead running.
    async with contextlib.aclosing(walk):
        async for page in walk:
            for item in page.items:
                yield item


async def all_items(walk: AsyncGenerator[Page[T], None]) -> list[T]:
    async with contextlib.aclosing(walk):
        return [item async for page in walk for item in page.items]


def _drop(pending: asyncio.Task[object]) -> None:
    """Forget a page asked for ahead that nobody will read: cancel it, or consume its error."""
    if not pending.done():
        pending.cancel()
    elif not pending.cancelled():
        pending.exception()  # retrieved, so asyncio does not log "never retrieved"
