"""The carrier-format table: entries (from the package's `formats.toml` or the machine-wide
settings' `[[carriers]]`) checked and turned into `CarrierFormat`s.

The built-in table is a TOML data file rather than Python so that IT's `[[carriers]]` entries and
ours have one shape and one validator. Reading it is the only file access in the domain, kept in
`builtin_formats` (importlib.resources, once per process): a package resource, not user data.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from packstation.domain.carriers.checks import ALGORITHMS, NO_CHECK, Params, checker, compute
from packstation.domain.scans import Carrier

_FIELDS = frozenset(
    {
        "carrier",
        "name",
        "pattern",
        "check",
        "url",
        "service",
        "distinctive",
        "only_for_expected",
        "prefixes",
        "keep_last",
        "example",
        "evens",
        "odds",
        "weights",
    }
)
_REQUIRED = ("carrier", "name", "pattern", "check")


@dataclass(frozen=True, slots=True)
class CarrierFormat:
    """One tracking-number format (see formats.toml for what each field means)."""

    carrier: Carrier
    name: str
    pattern: re.Pattern[str]
    check: str
    params: Params
    url: str = ""
    service: str = ""
    distinctive: bool = False
    only_for_expected: bool = False
    prefixes: tuple[str, ...] = ("",)
    keep_last: int = 0
    example: str = ""
    # The shortest and longest text the pattern can match: lets the engine skip the regex.
    lengths: tuple[int, int] = (0, 1 << 16)
    # `checks.compute` with this format's algorithm and parameters bound (None: no check).
    compute_check: Callable[[str], str] | None = field(default=None, compare=False, repr=False)

    @property
    def has_check(self) -> bool:
        return self.check != NO_CHECK

    def verified(self, m: re.Match[str]) -> bool | None:
        """Does the check of the number `m` matched verify (None: the format has none)?"""
        compute_check = self.compute_check
        if compute_check is None:
            return None
        body, check = m.group("body"), m.group("check")
        for prefix in self.prefixes:
            try:
                if compute_check(prefix + body) == check:
                    return True
            except (ValueError, IndexError, KeyError):
                return False
        return False


@cache
def _checkers(
    algorithm: str, params: tuple[tuple[str, tuple[int, ...]], ...]
) -> Callable[[str], str]:
    return checker(algorithm, dict(params))


def _text(entry: Mapping[str, Any], key: str, default: str | None = None) -> str:
    value = entry.get(key, default)
    if not isinstance(value, str):
        raise ValueError(f"{key!r} must be text" if key in entry else f"{key!r} is missing")
    return value


def _flag(entry: Mapping[str, Any], key: str) -> bool:
    value = entry.get(key, False)
    if not isinstance(value, bool):
        raise ValueError(f"{key!r} must be true or false")
    return value


def _ints(entry: Mapping[str, Any], key: str) -> tuple[int, ...]:
    value = entry.get(key)
    values = [value] if isinstance(value, int) else value
    if not isinstance(values, list) or not values:
        raise ValueError(f"check {entry['check']!r} needs {key!r} (a number or a list of numbers)")
    if not all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 100 for v in values):
        raise ValueError(f"{key!r} must hold whole numbers from 0 to 99")
    return tuple(values)


def format_from_entry(entry: Mapping[str, Any]) -> CarrierFormat:
    """Check one `[[carriers]]` entry; ValueError says what is wrong in IT's words."""
    unknown = sorted(set(entry) - _FIELDS)
    if unknown:
        raise ValueError(f"unknown field {unknown[0]!r}")
    for key in _REQUIRED:
        _text(entry, key)
    try:
        carrier = Carrier(entry["carrier"])
    except ValueError:
        known = ", ".join(c.value for c in Carrier)
        raise ValueError(f"unknown carrier {entry['carrier']!r} (known: {known})") from None
    try:
        pattern = re.compile(_text(entry, "pattern"))
    except re.error as exc:
        raise ValueError(f"'pattern' is not a valid regular expression: {exc}") from None
    check = _text(entry, "check")
    params: Params = {}
    if check != NO_CHECK:
        if check not in ALGORITHMS:
            names = ", ".join([NO_CHECK, *ALGORITHMS])
            raise ValueError(f"unknown check {check!r} (known: {names})")
        if not {"body", "check"} <= set(pattern.groupindex):
            raise ValueError(
                "a 'pattern' with a check needs the groups (?P<body>…) and (?P<check>…)"
            )
        params = {key: _ints(entry, key) for key in ALGORITHMS[check][0]}
    prefixes = entry.get("prefixes", [""])
    if not isinstance(prefixes, list) or not all(isinstance(p, str) for p in prefixes):
        raise ValueError("'prefixes' must be a list of texts")
    keep_last = entry.get("keep_last", 0)
    if not isinstance(keep_last, int) or isinstance(keep_last, bool) or keep_last < 0:
        raise ValueError("'keep_last' must be a whole number (0: keep the whole number)")
    url = _text(entry, "url", "")
    if url and "{number}" not in url:
        raise ValueError("'url' must contain {number}")
    fmt = CarrierFormat(
        carrier=carrier,
        name=_text(entry, "name"),
        pattern=pattern,
        check=check,
        params=params,
        url=url,
        service=_text(entry, "service", ""),
        distinctive=_flag(entry, "distinctive"),
        only_for_expected=_flag(entry, "only_for_expected"),
        prefixes=tuple(prefixes) or ("",),
        keep_last=keep_last,
        lengths=_lengths(pattern),
        compute_check=None if check == NO_CHECK else checker(check, params),
    )
    example = _text(entry, "example", "")
    return fmt if not example else _with_example(fmt, example)


def _lengths(pattern: re.Pattern[str]) -> tuple[int, int]:
    """(min, max) length `pattern` matches, from the regex parser Python itself uses; the widest
    range when that is unavailable (a later Python), which only costs speed."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        low, high = _parser.parse(pattern.pattern).getwidth()
        return int(low), int(high)
    except Exception:  # any failure just means "no shortcut"
        return (0, 1 << 16)


def _with_example(fmt: CarrierFormat, example: str) -> CarrierFormat:
    """The example with its "?" replaced by the check character its rule gives."""
    if "?" in example:
        if not fmt.has_check:
            raise ValueError("'example' has a '?' but the format has no check")
        m = fmt.pattern.fullmatch(example.replace("?", "0"))
        if m is None:
            raise ValueError(f"'example' {example!r} does not fit 'pattern'")
        body = fmt.prefixes[0] + m.group("body")
        example = example.replace("?", compute(fmt.check, body, fmt.params))
    if fmt.pattern.fullmatch(example) is None:
        raise ValueError(f"'example' {example!r} does not fit 'pattern'")
    return CarrierFormat(**{**_fields(fmt), "example": example})


def _fields(fmt: CarrierFormat) -> dict[str, Any]:
    return {name: getattr(fmt, name) for name in CarrierFormat.__slots__}


def formats_from_toml(text: str, source: str) -> tuple[CarrierFormat, ...]:
    """Every `[[carriers]]` entry of a TOML text; ValueError names the source and the entry."""
    data = tomllib.loads(text)
    return tuple(
        _entry(entry, source, i) for i, entry in enumerate(data.get("carriers", []), start=1)
    )


def _entry(entry: Any, source: str, index: int) -> CarrierFormat:
    if not isinstance(entry, dict):
        raise ValueError(f"{source}: [[carriers]] entry {index} is not a table")
    try:
        return format_from_entry(entry)
    except ValueError as exc:
        raise ValueError(f"{source}: [[carriers]] entry {index}: {exc}") from None


@cache
def builtin_formats() -> tuple[CarrierFormat, ...]:
    """The formats shipped with Packstation, in table order."""
    text = resources.files(__package__).joinpath("formats.toml").read_text(encoding="utf-8")
    return formats_from_toml(text, "formats.toml")


__all__ = ["CarrierFormat", "builtin_formats", "format_from_entry", "formats_from_toml"]
