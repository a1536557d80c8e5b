"""The access token lives in the OS password store, or in memory without one; never in a file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.compat import properties
from keyring.errors import PasswordDeleteError

from packstation.services import credentials
from packstation.services.credentials import StoredWhere, clear_token, load_token, store_token

URL = "https://api-pub.stitchlabs.com/api2/v2/integrations"


class MemoryKeyring(KeyringBackend):
    """Set explicitly with `keyring.set_keyring`; never chosen by keyring's own discovery."""

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("test backend: only used when set explicitly")

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    credentials._session_tokens.clear()
    yield backend
    keyring.set_keyring(before)
    credentials._session_tokens.clear()


@pytest.fixture
def no_store() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    credentials._session_tokens.clear()
    yield
    keyring.set_keyring(before)
    credentials._session_tokens.clear()


def test_token_is_stored_per_base_url_under_packstation(memory: MemoryKeyring) -> None:
    assert store_token(URL + "/", "tok-A") is StoredWhere.KEYRING
    store_token("http://127.0.0.1:8000/api2/v2/integrations", "tok-B")
    assert memory.items[("packstation", URL)] == "tok-A"
    assert load_token(URL) == "tok-A"
    assert load_token("http://127.0.0.1:8000/api2/v2/integrations") == "tok-B"
    assert load_token("https://other.example/api") is None


def test_clear_removes_the_token_and_tolerates_nothing_stored(memory: MemoryKeyring) -> None:
    store_token(URL, "tok-A")
    clear_token(URL)
    assert load_token(URL) is None
    clear_token(URL)  # nothing left: no error


def test_without_a_password_store_the_token_lives_for_this_session_only(
    no_store: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert store_token(URL, "secret-token-123") is StoredWhere.SESSION
    assert load_token(URL) == "secret-token-123"
    assert list(tmp_path.iterdir()) == []  # nothing written next to us
    clear_token(URL)
    assert load_token(URL) is None


def test_the_token_never_reaches_the_log(no_store: None, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("DEBUG"):
        store_token(URL, "secret-token-123")
        load_token(URL)
        clear_token(URL)
    assert "secret-token-123" not in caplog.text
    assert "session only" in caplog.text
