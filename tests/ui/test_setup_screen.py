"""First start: the set-up screen tests the address and token against a real sandbox over HTTP,
stores the token in the password store (the real Secret Service when one runs) and says plainly
when the token is refused or when there is no password store."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail
from pytestqt.qtbot import QtBot

from packstation.sandbox.server import SandboxServer
from packstation.services import credentials
from packstation.services.account import check_account
from packstation.ui.setup_screen import SetupScreen
from packstation.ui.tasks import TaskSpawner


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    server = SandboxServer(seed="demo", port=0).start()
    yield server
    server.stop()


def secret_service_available() -> str | None:
    """None when a real, unlocked Secret Service answers; else why not."""
    backend = keyring.get_keyring()
    if "SecretService" not in type(backend).__module__ + type(backend).__name__:
        return f"no Secret Service keyring here (backend: {type(backend).__name__})"
    probe = f"probe-{uuid.uuid4()}"
    try:
        keyring.set_password("packstation-test-probe", probe, "x")
        keyring.delete_password("packstation-test-probe", probe)
    except Exception as exc:
        return f"the Secret Service did not answer ({type(exc).__name__})"
    return None


@pytest.fixture
def spawner() -> TaskSpawner:
    return TaskSpawner()


def screen_for(qtbot: QtBot, spawner: TaskSpawner, url: str, token: str) -> SetupScreen:
    screen = SetupScreen(check_account, spawner.spawn, url)
    qtbot.addWidget(screen)
    screen.token_edit.setText(token)
    screen.show()
    return screen


async def click_and_wait(screen: SetupScreen, spawner: TaskSpawner) -> None:
    screen.connect_button.click()
    deadline = asyncio.get_running_loop().time() + 10
    while spawner.running:
        assert asyncio.get_running_loop().time() < deadline, "the check never finished"
        await asyncio.sleep(0.01)


async def test_a_good_token_is_stored_in_the_real_keyring(
    qtbot: QtBot, sandbox: SandboxServer, spawner: TaskSpawner
) -> None:
    reason = secret_service_available()
    if reason:
        pytest.skip(reason + " — run under dbus-run-session with gnome-keyring (scripts/test.sh)")
    url = sandbox.base_url
    credentials.clear_token(url)
    screen = screen_for(qtbot, spawner, url, sandbox.token)
    ready: list[tuple[str, str, str]] = []
    screen.account_ready.connect(lambda *a: ready.append(a))
    try:
        await click_and_wait(screen, spawner)
        assert ready == [(url, sandbox.token, "keyring")]
        assert keyring.get_password("packstation", url) == sandbox.token
        assert "saved in this computer's password store" in screen.message.text()
        assert screen.token_edit.text() == ""  # not left on screen
    finally:
        credentials.clear_token(url)


async def test_a_bad_token_is_refused_plainly_and_not_stored(
    qtbot: QtBot, sandbox: SandboxServer, spawner: TaskSpawner
) -> None:
    url = sandbox.base_url
    screen = screen_for(qtbot, spawner, url, "not-the-token")
    ready: list[object] = []
    screen.account_ready.connect(lambda *a: ready.append(a))
    await click_and_wait(screen, spawner)
    assert "Stitch refused this access token. Check it was copied completely." in (
        screen.message.text()
    )
    assert ready == []
    assert credentials.load_token(url) is None
    assert screen.connect_button.isEnabled()


async def test_without_a_password_store_the_token_is_kept_for_this_session(
    qtbot: QtBot, sandbox: SandboxServer, spawner: TaskSpawner
) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        screen = screen_for(qtbot, spawner, sandbox.base_url, sandbox.token)
        ready: list[tuple[str, str, str]] = []
        screen.account_ready.connect(lambda *a: ready.append(a))
        await click_and_wait(screen, spawner)
        assert "This computer has no password store; the token will be kept for this " in (
            screen.message.text()
        )
        assert ready == [(sandbox.base_url, sandbox.token, "session")]
        assert credentials.load_token(sandbox.base_url) == sandbox.token
    finally:
        credentials.clear_token(sandbox.base_url)
        keyring.set_keyring(before)


async def test_an_unreachable_address_says_so(qtbot: QtBot, spawner: TaskSpawner) -> None:
    # A loopback port nobody listens on: refused at once, no waiting.
    server = SandboxServer(seed="empty", port=0).start()
    url = server.base_url
    server.stop()
    screen = screen_for(qtbot, spawner, url, "some-token")
    await click_and_wait(screen, spawner)
    assert screen.message.text().startswith(f"✗ Could not reach Stitch at {url}")


async def test_plain_http_is_refused_except_on_this_computer(
    qtbot: QtBot, spawner: TaskSpawner
) -> None:
    screen = screen_for(qtbot, spawner, "http://stitch.example.com/api", "tok")
    await click_and_wait(screen, spawner)
    assert "Use https://" in screen.message.text()
    screen.url_edit.setText("http://127.0.0.1:9/api")  # this computer: allowed, then unreachable
    await click_and_wait(screen, spawner)
    assert "Could not reach Stitch" in screen.message.text()
