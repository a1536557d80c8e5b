"""The sandbox as a child process (it outlives a station, survives being stopped), and checks of
what Stitch ends up holding."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

from packstation.store import Journal, ShipmentState

TOKEN = "proof-token-51d2"  # the child sandbox's


class ChildSandbox:
    """`python -m packstation.sandbox --db FILE`: data kept across stops and starts."""

    def __init__(self, db: Path, *, port: int = 0) -> None:
        self.db = db
        self.port = port
        self.base_url = ""
        self.root_url = ""
        self._process: subprocess.Popen[str] | None = None

    def start(self) -> ChildSandbox:
        self._process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "packstation.sandbox",
                "--port",
                str(self.port),
                "--db",
                str(self.db),
                "--seed",
                "empty",
                "--token",
                TOKEN,
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        first = self._process.stdout.readline().strip()
        second = self._process.stdout.readline().strip()
        assert first.startswith("base_url: "), first
        assert second.startswith("token: "), second
        self.base_url = first.removeprefix("base_url: ")
        self.root_url = self.base_url.split("/api2/")[0]
        self.port = int(self.root_url.rsplit(":", 1)[1])
        return self

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
            if process.stdout is not None:
                process.stdout.close()

    def control(self, method: str, path: str, body: Any = None) -> dict[str, Any]:
        response = httpx.request(
            method,
            f"{self.root_url}/_sandbox{path}",
            json=body,
            headers={"access_token": TOKEN},
            timeout=30,
        )
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result

    def api(self, path: str, **params: Any) -> dict[str, Any]:
        response = httpx.get(
            f"{self.base_url}{path}", params=params, headers={"access_token": TOKEN}, timeout=30
        )
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result


def post_products(sandbox: ChildSandbox, products: list[dict[str, object]]) -> None:
    response = httpx.post(
        f"{sandbox.base_url}/products",
        json={"products": products},
        headers={"access_token": TOKEN},
        timeout=30,
    )
    response.raise_for_status()


def headless_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PACKSTATION_TOKEN"] = TOKEN
    env["PYTHONUNBUFFERED"] = "1"
    return env


def shipments_in_stitch(api: Any, fulfillment_id: str) -> list[dict[str, Any]]:
    """Every shipment of a fulfillment as Stitch lists it (all pages)."""
    found: list[dict[str, Any]] = []
    page = 1
    while True:
        answer = api("/shipments", fulfillment_id=fulfillment_id, page_num=page, page_size=100)
        found.extend(answer["shipments"])
        if page >= answer["meta"]["last_page"]:
            return found
        page += 1


def assert_each_box_once(api: Any, journal_path: Path, fulfillment_ids: list[str]) -> int:
    """Every outbox row is sent and is exactly one shipment in Stitch; no shipment is extra.

    Answers the number of shipments checked.
    """
    with Journal.open(journal_path, read_only=True) as journal:
        rows = [row for fid in fulfillment_ids for row in journal.outbox.for_fulfillment(fid)]
    assert rows, "nothing was packed"
    assert Counter(row.state for row in rows) == {ShipmentState.SENT: len(rows)}
    in_stitch = [s for fid in fulfillment_ids for s in shipments_in_stitch(api, fid)]
    tracking = Counter(s["tracking_number"] for s in in_stitch)
    assert [t for t, n in tracking.items() if n > 1] == [], "a box was posted twice"
    assert sorted(s["id"] for s in in_stitch) == sorted(str(row.remote_id) for row in rows)
    by_id = {s["id"]: s for s in in_stitch}
    for row in rows:
        posted = by_id[str(row.remote_id)]
        assert posted["tracking_number"] == row.payload["tracking_number"]
        assert sorted(
            (li["fulfillment_line_item_id"], li["quantity"]) for li in posted["line_items"]
        ) == sorted(
            (li["fulfillment_line_item_id"], li["quantity"]) for li in row.payload["line_items"]
        )
    return len(in_stitch)


class SyncApi:
    """Stitch read from the outside (blocking httpx), for the final checks."""

    def __init__(self, base_url: str, token: str = TOKEN) -> None:
        self._base_url = base_url
        self._token = token

    def __call__(self, path: str, **params: Any) -> dict[str, Any]:
        response = httpx.get(
            f"{self._base_url}{path}",
            params=params,
            headers={"access_token": self._token},
            timeout=30,
        )
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result
