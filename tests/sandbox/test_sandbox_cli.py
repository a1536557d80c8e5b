"""`packstation-sandbox` as a child process: what it prints, where it listens, what it keeps."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from packstation.sandbox import SandboxServer


@contextmanager
def running(*args: str) -> Iterator[tuple[subprocess.Popen[str], str, str]]:
    """Start `python -m packstation.sandbox ARGS`; yield it, its base URL and its token."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "packstation.sandbox", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()  # blocks until the server is up (or gone)
        second = proc.stdout.readline()
        assert first.startswith("base_url: "), (first, proc.stderr.read() if proc.stderr else "")
        assert second.startswith("token: ")
        yield proc, first.removeprefix("base_url: ").strip(), second.removeprefix("token: ").strip()
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=30)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def test_prints_base_url_and_token_and_serves_the_demo_on_a_free_port() -> None:
    with running("--port", "0", "--token", "cli-token") as (proc, base_url, token):
        assert token == "cli-token"
        assert base_url.startswith("http://127.0.0.1:")
        assert base_url.endswith("/api2/v2/integrations")
        assert not base_url.startswith("http://127.0.0.1:0/")
        response = httpx.get(base_url + "/fulfillments", headers={"access_token": token})
        assert response.status_code == 200
        assert response.json()["meta"]["total"] >= 60
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0


def test_the_default_token_is_the_demo_token() -> None:
    with running("--port", "0", "--seed", "empty") as (_, base_url, token):
        assert token == "demo-token"
        assert (
            httpx.get(base_url + "/products", headers={"access_token": token}).json()["products"]
            == []
        )


def test_an_explicit_non_loopback_host_is_allowed_with_a_warning() -> None:
    with running("--host", "0.0.0.0", "--port", "0", "--seed", "empty") as (proc, base_url, _):
        assert base_url.startswith("http://0.0.0.0:")
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
        assert proc.stderr is not None
        assert "warning" in proc.stderr.read().lower()


def test_a_busy_port_is_a_clear_error() -> None:
    with SandboxServer(seed="empty") as other:
        result = subprocess.run(
            [sys.executable, "-m", "packstation.sandbox", "--port", str(other.port)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 1
    assert "cannot listen" in result.stderr
    assert "Traceback" not in result.stderr


def test_data_persists_across_a_restart_with_db(tmp_path: Path) -> None:
    db = tmp_path / "sandbox.sqlite3"
    with running("--port", "0", "--db", str(db), "--seed", "empty") as (_, base_url, token):
        headers = {"access_token": token}
        posted = httpx.post(
            base_url + "/products",
            headers=headers,
            json={"products": [{"sku": "MUG", "name": "Mug", "quantity_on_hand": 4}]},
        )
        assert posted.status_code == 200
    # Restarted with --seed demo: a database that already holds data is kept, not reseeded.
    with running("--port", "0", "--db", str(db)) as (_, base_url, token):
        products = httpx.get(base_url + "/products", headers={"access_token": token}).json()
        assert [(p["sku"], p["quantity_on_hand"]) for p in products["products"]] == [("MUG", 4)]


def test_embedded_server_keeps_its_database_across_restarts(tmp_path: Path) -> None:
    db = tmp_path / "embedded.sqlite3"
    with SandboxServer(db_path=db) as first:
        headers = {"access_token": first.token}
        fid = httpx.get(first.base_url + "/fulfillments", headers=headers).json()["fulfillments"][
            0
        ]["id"]
        httpx.put(
            f"{first.base_url}/fulfillments/{fid}",
            headers=headers,
            json={"fulfillment": {"status": "Packing at station 3"}},
        ).raise_for_status()
    with SandboxServer(db_path=db) as second:
        got = httpx.get(f"{second.base_url}/fulfillments/{fid}", headers=headers).json()
        assert got["fulfillment"]["status"] == "Packing at station 3"


@pytest.mark.parametrize("args", [["--rate-limit", "0"], ["--port", "70000"], ["--seed", "x"]])
def test_bad_arguments_are_refused(args: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "packstation.sandbox", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "usage" in result.stderr


def test_an_answered_write_survives_a_kill_9(tmp_path: Path) -> None:
    db = tmp_path / "killed.sqlite3"
    with running("--port", "0", "--db", str(db)) as (proc, base_url, token):
        headers = {"access_token": token}
        fulfillment = httpx.get(base_url + "/fulfillments", headers=headers).json()["fulfillments"][
            0
        ]
        put = httpx.put(
            f"{base_url}/fulfillments/{fulfillment['id']}",
            headers=headers,
            json={"fulfillment": {"status": "Packed at station 2"}},
        )
        assert put.status_code == 200
        proc.kill()
        proc.wait(timeout=30)
    with running("--port", "0", "--db", str(db)) as (_, base_url, token):
        again = httpx.get(f"{base_url}/fulfillments/{fulfillment['id']}", headers=headers)
        assert again.json()["fulfillment"]["status"] == "Packed at station 2"


def test_a_database_of_another_schema_is_refused_clearly(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE products (id INTEGER PRIMARY KEY, sku TEXT)")
    result = subprocess.run(
        [sys.executable, "-m", "packstation.sandbox", "--port", "0", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "another version" in result.stderr
    assert "Traceback" not in result.stderr
