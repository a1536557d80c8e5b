"""Reading a JSON request body field by field: one decode (400 for anything but one JSON
document, 413 past the size cap), ids as the wire spells them, and `Fields`, which collects every
wrong field with its contract path so that one 422 names them all."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, NoReturn

from packstation.sandbox.errors import ApiError, FieldError, invalid

__all__ = [
    "MAX_BODY_BYTES",
    "MAX_ID_DIGITS",
    "MAX_QUANTITY",
    "MAX_STOCK",
    "Fields",
    "decode_json",
    "parse_id",
    "wrapped",
]

MAX_BODY_BYTES = 2 * 1024 * 1024
MAX_QUANTITY = 1_000_000
MAX_STOCK = 1_000_000_000
MAX_ID_DIGITS = 18  # fits SQLite's signed 64-bit integers


def decode_json(raw: bytes) -> Any:
    """The JSON value of a body, or a 400 for anything that is not exactly one JSON document."""
    if len(raw) > MAX_BODY_BYTES:
        raise ApiError(413, "the request body is too large")

    def no_constants(name: str) -> NoReturn:
        raise ValueError(name)

    try:
        return json.loads(raw.decode("utf-8"), parse_constant=no_constants)
    except (ValueError, RecursionError):  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise ApiError(400, "the request body is not valid JSON") from None


def parse_id(value: object) -> int | None:
    """An id string of decimal digits as an int, or None (ids are strings on the wire)."""
    if (
        isinstance(value, str)
        and 0 < len(value) <= MAX_ID_DIGITS
        and value.isascii()
        and value.isdigit()
    ):
        return int(value)
    return None


class Fields:
    """Collects field errors while reading one JSON object tree."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, path: str, message: str) -> None:
        self.errors.append(FieldError(path, message))

    def done(self) -> None:
        if self.errors:
            raise invalid(self.errors)

    def obj(self, value: object, path: str) -> Mapping[str, Any] | None:
        if isinstance(value, dict):
            return value
        self.add(path, "must be an object")
        return None

    def only(self, obj: Mapping[str, Any], allowed: tuple[str, ...], prefix: str) -> None:
        for key in obj:
            if key not in allowed:
                # The name is echoed back: keep it short and encodable (no lone surrogates).
                name = key[:100].encode("utf-8", "replace").decode("utf-8")
                self.add(_join(prefix, name), "is not a field that can be written")

    def text(
        self,
        obj: Mapping[str, Any],
        key: str,
        prefix: str,
        *,
        max_len: int,
        required: bool = False,
        non_empty: bool = False,
    ) -> str | None:
        path = _join(prefix, key)
        if key not in obj:
            if required:
                self.add(path, "is required")
            return None
        value = obj[key]
        if not isinstance(value, str):
            self.add(path, "must be a string")
            return None
        if len(value) > max_len:
            self.add(path, f"must be at most {max_len} characters")
            return None
        if not _encodable(value):
            self.add(path, "must be valid Unicode text")
            return None
        if non_empty and not value.strip():
            self.add(path, "must not be empty")
            return None
        return value

    def integer(
        self,
        obj: Mapping[str, Any],
        key: str,
        prefix: str,
        *,
        minimum: int,
        maximum: int,
        required: bool = False,
    ) -> int | None:
        path = _join(prefix, key)
        if key not in obj:
            if required:
                self.add(path, "is required")
            return None
        value = obj[key]
        # bool is an int in Python but not on the wire.
        if not isinstance(value, int) or isinstance(value, bool):
            self.add(path, "must be an integer")
            return None
        if value < minimum:
            self.add(path, f"must be at least {minimum}")
            return None
        if value > maximum:
            self.add(path, f"must be at most {maximum}")
            return None
        return value

    def number(
        self, obj: Mapping[str, Any], key: str, *, minimum: float, maximum: float
    ) -> float | None:
        if key not in obj:
            return None
        value = obj[key]
        if not isinstance(value, int | float) or isinstance(value, bool):
            self.add(key, "must be a number")
            return None
        if not minimum <= value <= maximum:
            self.add(key, f"must be between {minimum} and {maximum}")
            return None
        return float(value)

    def items(self, obj: Mapping[str, Any], key: str, prefix: str, *, max_items: int) -> list[Any]:
        path = _join(prefix, key)
        if key not in obj:
            self.add(path, "is required")
            return []
        value = obj[key]
        if not isinstance(value, list):
            self.add(path, "must be a list")
            return []
        if not value:
            self.add(path, "must not be empty")
            return []
        if len(value) > max_items:
            self.add(path, f"must hold at most {max_items} entries")
            return []
        return value


def _join(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key


def _encodable(value: str) -> bool:
    # Lone surrogates survive json.loads but not SQLite or UTF-8 output.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def wrapped(body: Any, key: str) -> Mapping[str, Any]:
    fields = Fields()
    outer = fields.obj(body, "")
    if outer is None:
        raise invalid([FieldError(key, "the body must be a JSON object")])
    inner = fields.obj(outer.get(key), key) if key in outer else None
    if key not in outer:
        fields.add(key, "is required")
    fields.only(outer, (key,), "")
    fields.done()
    assert inner is not None
    return inner
