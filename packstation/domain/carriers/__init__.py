"""Carrier tracking-number formats as data (`formats.toml`) and the check algorithms they name."""

from packstation.domain.carriers.table import (
    CarrierFormat,
    builtin_formats,
    format_from_entry,
    formats_from_toml,
)

__all__ = ["CarrierFormat", "builtin_formats", "format_from_entry", "formats_from_toml"]
