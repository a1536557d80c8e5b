"""What may go into a request to Stitch: the base URL, the access token, ids in a path, the TLS
trust and the user agent. Checked before anything is sent, and the token never printed."""

from __future__ import annotations

import ipaddress
import ssl
import urllib.parse

__all__ = [
    "Secret",
    "checked_base_url",
    "checked_id",
    "checked_token",
    "path_segment",
    "tls_context",
    "user_agent",
]


class Secret:
    """Holds the token so that no repr, log record or traceback local ever prints it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "<secret>"

    __str__ = __repr__


def checked_base_url(base_url: str) -> str:
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


def checked_token(token: str) -> str:
    if not token:
        raise ValueError("the access token is empty")
    # Never echo the token: say only what is wrong with it.
    if not token.isascii() or not token.isprintable() or token != token.strip():
        raise ValueError("the access token has characters that cannot go in an HTTP header")
    return token


def checked_id(value: str) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"ids are non-empty strings, got {value!r}")
    return value


def path_segment(value: str) -> str:
    # Ids are digits, but an odd id must never escape its path segment.
    return urllib.parse.quote(checked_id(value), safe="")


def tls_context() -> ssl.SSLContext | bool:
    """The OS trust store when `truststore` is installed (warehouse TLS proxies), else certifi."""
    try:
        import truststore
    except ImportError:
        return True
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def user_agent() -> str:
    from packstation import __version__

    return f"packstation/{__version__}"
