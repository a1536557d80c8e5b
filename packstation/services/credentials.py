"""Where the station's access token lives: the OS password store, or memory for this session.

The token is stored under service `packstation` with the API base URL as user name, so one machine
can hold several accounts. When the OS has no password store the token is kept in memory for this
session only: it is never written to a file.
"""

from __future__ import annotations

import logging
from enum import StrEnum

import keyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from packstation.logs import register_secret

SERVICE = "packstation"

log = logging.getLogger(__name__)

# Tokens the OS could not keep: they live as long as this process and no longer.
_session_tokens: dict[str, str] = {}


class StoredWhere(StrEnum):
    KEYRING = "keyring"
    SESSION = "session"  # no usable password store: memory only, gone when the app closes


def account_key(base_url: str) -> str:
    """The keyring user name for a base URL: trailing slashes and surrounding blanks removed."""
    return base_url.strip().rstrip("/")


def load_token(base_url: str) -> str | None:
    key = account_key(base_url)
    if key in _session_tokens:
        return _session_tokens[key]
    try:
        token = keyring.get_password(SERVICE, key)
    except NoKeyringError:
        return None
    except KeyringError as exc:
        # A locked or broken store: the set-up screen will ask again; the reason goes to the log.
        log.warning("password store could not be read: %s", type(exc).__name__)
        return None
    if token:
        register_secret(token)  # from now on no log line can carry it
    return token


def keep_in_keyring(base_url: str, token: str) -> None:
    """Raises `KeyringError` (`NoKeyringError` among them) when the password store refuses it."""
    key = account_key(base_url)
    register_secret(token)
    keyring.set_password(SERVICE, key, token)
    _session_tokens.pop(key, None)


def remove_from_keyring(base_url: str) -> bool:
    """False when nothing was stored; raises `KeyringError` when the store cannot remove it."""
    key = account_key(base_url)
    _session_tokens.pop(key, None)
    try:
        keyring.delete_password(SERVICE, key)
    except PasswordDeleteError:
        return False
    return True


def store_token(base_url: str, token: str) -> StoredWhere:
    """In the password store, else (none, or it refuses) in memory for this session."""
    key = account_key(base_url)
    try:
        keep_in_keyring(base_url, token)
    except NoKeyringError:
        log.warning("no password store on this computer; the token is kept for this session only")
    except KeyringError as exc:
        log.warning(
            "password store refused the token (%s); kept for this session only",
            type(exc).__name__,
        )
    else:
        return StoredWhere.KEYRING
    _session_tokens[key] = token
    return StoredWhere.SESSION


def clear_token(base_url: str) -> None:
    try:
        remove_from_keyring(base_url)  # nothing stored: already clear
    except KeyringError as exc:
        log.warning("password store could not remove the token: %s", type(exc).__name__)


# -- warehouse mode: the station's PostgreSQL password, beside the token ---------------------------

DB_SERVICE = "packstation-warehouse"


def db_key(db_url: str) -> str:
    """The keyring user name for a warehouse database: its URL without a password in it."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(db_url.strip())
    host = parts.hostname or ""
    netloc = f"{parts.username}@{host}" if parts.username else host
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def load_db_password(db_url: str) -> str | None:
    """The station's database password from the OS password store (None: none stored, or the
    server needs none: trust, peer or certificate authentication)."""
    try:
        password = keyring.get_password(DB_SERVICE, db_key(db_url))
    except NoKeyringError:
        return None
    except KeyringError as exc:
        log.warning("password store could not be read: %s", type(exc).__name__)
        return None
    if password:
        register_secret(password)
    return password


def store_db_password(db_url: str, password: str) -> None:
    """Raises `KeyringError` when the password store refuses it (never kept in a file)."""
    register_secret(password)
    keyring.set_password(DB_SERVICE, db_key(db_url), password)
