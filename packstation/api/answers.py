"""Reading Stitch's answers: a parsed body that names the request when it does not fit the
contract, and the error an HTTP status stands for (with `Retry-After` in seconds)."""

from __future__ import annotations

import datetime as dt
import email.utils
from collections.abc import Callable
from typing import Final, TypeVar

from packstation.api import wire
from packstation.api.errors import (
    AmbiguousWrite,
    AuthError,
    BadRequestError,
    ConflictError,
    ForbiddenError,
    NotFoundError,
    ProtocolError,
    RateLimitedError,
    ServerError,
    StitchError,
    ValidationError,
)

__all__ = ["error_for_status", "parsed", "retry_after_seconds", "server_time"]

T = TypeVar("T")

# Statuses of gateways that may have forwarded a write and then lost the answer.
_GATEWAY_LOST_ANSWER: Final = frozenset({502, 504})


def parsed(method: str, path: str, parse: Callable[[object], T], body: object) -> T:
    """`parse(body)`; a `ProtocolError` it raises names the request it answered."""
    try:
        return parse(body)
    except ProtocolError as exc:
        raise ProtocolError(
            exc.message, field=exc.field, method=method, path=path, status=200
        ) from None


def error_for_status(
    method: str,
    path: str,
    status: int,
    content: bytes,
    *,
    reason: str,
    retry_after: float,
) -> StitchError | None:
    """The error an answer with `status` stands for; None for a 2xx.

    `retry_after` is the wait the caller worked out for a 429 (`retry_after_seconds`).
    """
    if 200 <= status < 300:
        return None
    message, field_errors = wire.parse_error_body(content)
    message = message or reason or f"HTTP {status}"
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


def retry_after_seconds(value: str | None) -> float:
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


def server_time(date_header: str | None) -> dt.datetime | None:
    """Stitch's clock from an answer's `Date` header (None: none, or unreadable)."""
    if not date_header:
        return None
    try:
        when = email.utils.parsedate_to_datetime(date_header)
    except (TypeError, ValueError):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)
