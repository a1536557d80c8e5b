"""One sandbox on a loopback port for the whole session; every test starts from an empty one.

The httpx clients live for the session too: building one costs an SSL context, which on this
machine is most of a small test's time.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from packstation.sandbox import SandboxServer


@pytest.fixture(scope="session")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(seed="empty", token="session-token") as server:
        yield server


@pytest.fixture(scope="session")
def bare(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    """A client with no token at all, for auth tests."""
    with httpx.Client(timeout=30) as client:
        yield client


@pytest.fixture(scope="session")
def _control_client(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=sandbox.root_url + "/_sandbox",
        headers={"access_token": sandbox.token},
        timeout=60,
    ) as client:
        yield client


@pytest.fixture(scope="session")
def _api_client(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=sandbox.base_url, headers={"access_token": sandbox.token}, timeout=30
    ) as client:
        yield client


@pytest.fixture
def ctl(_control_client: httpx.Client) -> httpx.Client:
    """The control endpoints (`/_sandbox`), after resetting the sandbox to empty."""
    _control_client.post("/reset", json={"seed": "empty"}).raise_for_status()
    return _control_client


@pytest.fixture
def api(_api_client: httpx.Client, ctl: httpx.Client) -> httpx.Client:
    """The Stitch endpoints of a freshly emptied sandbox, with the right token."""
    return _api_client


@pytest.fixture(scope="session")
def root(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    """Paths from the server's root (`/api2/...`, `/_sandbox/...`); reset it yourself."""
    with httpx.Client(
        base_url=sandbox.root_url, headers={"access_token": sandbox.token}, timeout=60
    ) as client:
        yield client
