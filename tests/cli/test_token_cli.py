"""`packstation token set|clear|test` as IT types it, against the real keyring of the test session
(gnome-keyring under dbus-run-session) and a real sandbox on loopback."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import keyring
import pytest

from packstation.sandbox import SandboxServer

TOKEN = "token-cli-test-Vb72Pq"


@pytest.fixture
def secret_service() -> None:
    name = type(keyring.get_keyring()).__module__
    if "SecretService" not in name:
        pytest.skip(f"needs the test session's Secret Service (keyring backend here: {name})")


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(seed="empty", port=0, token=TOKEN) as server:
        yield server


def token_cli(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    child_env = dict(os.environ)
    child_env.pop("PYTHON_KEYRING_BACKEND", None)
    child_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "packstation", "token", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env=child_env,
        check=False,
    )


@pytest.mark.usefixtures("secret_service")
def test_set_then_clear_round_trips_through_the_password_store(sandbox: SandboxServer) -> None:
    url = sandbox.base_url
    stored = token_cli("set", "--api-url", url + "/", stdin=f"  {TOKEN}\n")
    try:
        assert stored.returncode == 0, stored.stderr
        assert f"Token stored for {url}" in stored.stdout
        assert TOKEN not in stored.stdout + stored.stderr
        # Stripped, and under the URL without its trailing slash: where the app looks.
        assert keyring.get_password("packstation", url) == TOKEN

        tested = token_cli("test", "--api-url", url)
        assert tested.returncode == 0, tested.stdout
        assert f"ok   Stitch answers ({url})" in tested.stdout
    finally:
        cleared = token_cli("clear", "--api-url", url)
    assert cleared.returncode == 0
    assert f"Token removed for {url}" in cleared.stdout
    assert keyring.get_password("packstation", url) is None

    again = token_cli("clear", "--api-url", url)
    assert again.returncode == 0
    assert "No token was stored" in again.stdout


@pytest.mark.usefixtures("secret_service")
def test_an_empty_token_is_refused_and_nothing_is_stored(sandbox: SandboxServer) -> None:
    result = token_cli("set", "--api-url", sandbox.base_url, stdin="   \n")
    assert result.returncode == 2
    assert "no token given" in result.stderr
    assert keyring.get_password("packstation", sandbox.base_url) is None


@pytest.mark.usefixtures("secret_service")
def test_test_says_when_no_token_is_stored_or_stitch_refuses_it(sandbox: SandboxServer) -> None:
    url = sandbox.base_url
    missing = token_cli("test", "--api-url", url)
    assert missing.returncode == 4
    assert f"no token stored for {url}" in missing.stdout

    keyring.set_password("packstation", url, "a-token-stitch-does-not-know")
    try:
        refused = token_cli("test", "--api-url", url)
    finally:
        keyring.delete_password("packstation", url)
    assert refused.returncode == 5
    assert "Stitch refused the stored token" in refused.stdout
    assert "a-token-stitch-does-not-know" not in refused.stdout + refused.stderr


def test_without_a_password_store_set_explains_and_stores_nothing() -> None:
    result = token_cli(
        "set",
        "--api-url",
        "https://stitch.example/api",
        stdin=TOKEN,
        env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    assert result.returncode == 3
    assert "This computer has no password store" in result.stderr
    assert TOKEN not in result.stdout + result.stderr


def test_an_address_that_is_not_http_is_a_usage_error() -> None:
    result = token_cli("set", "--api-url", "stitch.example/api", stdin=TOKEN)
    assert result.returncode == 2
    assert "is not an https:// address" in result.stderr


@pytest.mark.usefixtures("secret_service")
def test_typed_at_a_terminal_the_token_is_not_echoed(sandbox: SandboxServer) -> None:
    import pty
    import select

    url = sandbox.base_url
    master, slave = pty.openpty()
    env = dict(os.environ)
    env.pop("PYTHON_KEYRING_BACKEND", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "packstation", "token", "set", "--api-url", url],
        # The pty becomes the child's controlling terminal, as when IT types in a console.
        preexec_fn=lambda: os.login_tty(slave),
        env=env,
    )
    os.close(slave)
    seen = b""
    try:
        while b"not shown" not in seen:
            ready, _, _ = select.select([master], [], [], 30)
            assert ready, f"no prompt; terminal showed {seen!r}"
            seen += os.read(master, 1024)
        os.write(master, f"{TOKEN}\n".encode())
        assert proc.wait(timeout=60) == 0
        while select.select([master], [], [], 0.5)[0]:
            try:
                chunk = os.read(master, 1024)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
    try:
        assert TOKEN.encode() not in seen
        assert b"Token stored for" in seen
        assert keyring.get_password("packstation", url) == TOKEN
    finally:
        keyring.delete_password("packstation", url)
