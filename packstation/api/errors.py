"""Errors of the Stitch client: one small hierarchy mapping the contract's statuses.

Every error carries the server's `message`, the HTTP method and the request path (relative to the
base URL, without the query), never the access token. `user_message` is a short sentence fit for a
packer's status bar; `str(error)` is the technical line for the log.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from packstation.domain.records import Product


@dataclass(frozen=True, slots=True)
class FieldError:
    """One entry of the error body's `errors`: which field of the request was wrong and why."""

    field: str
    message: str


class StitchError(Exception):
    """Base of everything the client raises about a call to Stitch."""

    #: What a packer reads; subclasses override it with something more specific.
    _user_text = "Stitch could not do that. Try again, or ask a supervisor."

    def __init__(
        self,
        message: str,
        *,
        method: str = "",
        path: str = "",
        status: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.path = path
        self.status = status

    @property
    def user_message(self) -> str:
        return self._user_text

    def _where(self) -> str:
        where = f"{self.method} {self.path}".strip()
        if self.status is not None:
            where = f"{where} → {self.status}" if where else str(self.status)
        return where

    def __str__(self) -> str:
        where = self._where()
        return f"{where}: {self.message}" if where else self.message

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(message={self.message!r}, method={self.method!r}, "
            f"path={self.path!r}, status={self.status!r})"
        )


class AuthError(StitchError):
    """401: the access token is missing, wrong or revoked."""

    _user_text = "Stitch did not accept the access token. Ask a supervisor to sign in again."


class ForbiddenError(StitchError):
    """403: the object exists but is outside this token's channel and warehouse."""

    _user_text = "This order belongs to another account or warehouse."


class NotFoundError(StitchError):
    """404: no such id."""

    _user_text = "Stitch does not know this order or item (any more)."


class ConflictError(StitchError):
    """409: the object's state forbids it (e.g. the fulfillment is no longer open)."""

    _user_text = "This order changed in Stitch (completed or canceled). Reload it."


class ValidationError(StitchError):
    """422: the request body broke a rule; `field_errors` names each bad field."""

    _user_text = "Stitch refused the data. See the details."

    def __init__(
        self,
        message: str,
        *,
        field_errors: Sequence[FieldError] = (),
        method: str = "",
        path: str = "",
        status: int | None = 422,
    ) -> None:
        super().__init__(message, method=method, path=path, status=status)
        self.field_errors: tuple[FieldError, ...] = tuple(field_errors)

    def __str__(self) -> str:
        base = super().__str__()
        if not self.field_errors:
            return base
        details = "; ".join(f"{fe.field}: {fe.message}" for fe in self.field_errors)
        return f"{base} ({details})"


class RateLimitedError(StitchError):
    """429: throttled; `retry_after` is how many seconds Stitch asked us to wait."""

    _user_text = "Stitch is busy. Waiting a moment before trying again."

    def __init__(
        self,
        message: str,
        *,
        retry_after: float,
        method: str = "",
        path: str = "",
        status: int | None = 429,
    ) -> None:
        super().__init__(message, method=method, path=path, status=status)
        self.retry_after = retry_after


class ServerError(StitchError):
    """5xx: trouble on Stitch's side (or a proxy in between)."""

    _user_text = "Stitch is having trouble right now. Try again in a minute."


class BadRequestError(StitchError):
    """400 or any other 4xx the contract does not name: most likely a bug on our side."""

    _user_text = "Stitch did not understand the request. Please report this."


class NetworkError(StitchError):
    """No answer, and the request surely did not take effect (nothing sent, or a read-only call)."""

    _user_text = "Cannot reach Stitch. Check the network; nothing was changed."


class AmbiguousWrite(StitchError):  # noqa: N818 (the name says what happened)
    """A write was sent and no answer came: it may or may not have happened.

    Look at what the server has (e.g. list the fulfillment's shipments) before sending it again.
    """

    _user_text = "Lost the connection while saving. Checking with Stitch before trying again."


class ProtocolError(StitchError):
    """An answer that breaks the wire contract; `field` is the path of the offending field."""

    _user_text = "Stitch answered something unexpected. Please report this."

    def __init__(
        self,
        message: str,
        *,
        field: str = "",
        method: str = "",
        path: str = "",
        status: int | None = None,
    ) -> None:
        super().__init__(message, method=method, path=path, status=status)
        self.field = field


class PartialUpsertError(StitchError):
    """A multi-batch product upsert failed after some batches had landed.

    `landed` holds the products Stitch stored (from the batches answered 200); `failed_skus` the
    SKUs of the failed batch and of every batch not attempted after it; `cause` is the error of
    the failed batch. If `cause` is an `AmbiguousWrite` the failed batch may have landed too
    (upserting absolute stock levels again is harmless).
    """

    _user_text = "Only part of the stock update reached Stitch. Try the rest again."

    def __init__(
        self,
        *,
        landed: Sequence[Product],
        failed_skus: Sequence[str],
        cause: StitchError,
    ) -> None:
        message = (
            f"{len(landed)} products stored, {len(failed_skus)} not stored "
            f"after the batch failed: {cause}"
        )
        super().__init__(message, method=cause.method, path=cause.path, status=cause.status)
        self.landed: tuple[Product, ...] = tuple(landed)
        self.failed_skus: tuple[str, ...] = tuple(failed_skus)
        self.cause = cause

    def __str__(self) -> str:
        return self.message
