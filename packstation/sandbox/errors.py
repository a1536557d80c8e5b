"""The sandbox's error type: one exception that becomes the contract's JSON error body."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class FieldError:
    """One entry of the error body's `errors` list."""

    field: str
    message: str

    def to_json(self) -> dict[str, str]:
        return {"field": self.field, "message": self.message}


@dataclass(slots=True)
class ApiError(Exception):
    """Raised anywhere below a handler; answered as `{"message": ..., "errors": [...]}`.

    Messages never echo request values back (they may be huge or hold a token).
    """

    status: int
    message: str
    errors: list[FieldError] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.status} {self.message}"

    def body(self) -> dict[str, object]:
        return {"message": self.message, "errors": [e.to_json() for e in self.errors]}


def not_found(what: str) -> ApiError:
    return ApiError(404, f"{what} not found")


def forbidden(what: str) -> ApiError:
    return ApiError(403, f"this {what} is out of this token's scope")


def conflict(message: str, errors: list[FieldError] | None = None) -> ApiError:
    return ApiError(409, message, errors or [])


def invalid(errors: list[FieldError], message: str = "the request is not valid") -> ApiError:
    return ApiError(422, message, errors)
