"""Helpers of the services tests: the sandbox's control endpoints, codes, and a station to drive.

Shared by every test package (`from support.services import ...`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import httpx

from packstation.api import StitchClient
from packstation.domain.gtin import gtin_check_digit
from packstation.domain.records import ProductUpsert
from packstation.domain.tracking import mod10
from packstation.services.backoff import Backoff
from packstation.services.settings import Settings
from packstation.services.station import Station
from packstation.store import Journal

FAST = Backoff(initial=0.01, maximum=0.05, jitter=0.01)

ADDRESS = {
    "name": "Ada Byron",
    "street1": "6041 Beverly Dr",
    "city": "Beverly Hills",
    "state": "CA",
    "zip": "90210",
    "country": "United States",
    "country_iso": "US",
}


class ControlError(Exception):
    def __init__(self, status: int, body: Any) -> None:
        super().__init__(f"{status}: {body}")
        self.status = status
        self.body = body


class SandboxControl:
    """The sandbox's own `/_sandbox` endpoints, driven with a bare httpx client."""

    def __init__(self, root_url: str, token: str) -> None:
        self._http = httpx.AsyncClient(
            base_url=f"{root_url.rstrip('/')}/_sandbox",
            headers={"access_token": token},
            timeout=30.0,
        )
        self._orders = 0

    async def aclose(self) -> None:
        await self._http.aclose()

    async def call(self, method: str, path: str, body: Any = None) -> dict[str, Any]:
        response = await self._http.request(method, path, json=body)
        if response.status_code >= 300:
            raise ControlError(response.status_code, response.json())
        result: dict[str, Any] = response.json()
        return result

    async def reset(self, seed: str = "empty") -> None:
        await self.call("POST", "/reset", {"seed": seed})

    async def bundle(self, sku: str, name: str, components: dict[str, int]) -> None:
        lines = [{"sku": s, "quantity": q} for s, q in components.items()]
        await self.call("POST", "/bundles", {"sku": sku, "name": name, "components": lines})

    async def order(
        self,
        lines: dict[str, int] | list[tuple[str, int]],
        *,
        method: str = "UPS Ground",
        **over: Any,
    ) -> dict[str, Any]:
        """An order arrives from a sales channel; answers the new fulfillment."""
        self._orders += 1
        pairs = lines.items() if isinstance(lines, dict) else lines
        body = {
            "order_number": f"T{self._orders:05d}",
            "channel_order_number": f"#{1000 + self._orders}",
            "shipping_method": method,
            "notes": "",
            "ship_to": ADDRESS,
            "lines": [{"sku": s, "quantity": q} for s, q in pairs],
            **over,
        }
        answer = await self.call("POST", "/orders", body)
        fulfillment: dict[str, Any] = answer["fulfillment"]
        return fulfillment

    async def order_id(self, lines: dict[str, int] | list[tuple[str, int]], **over: Any) -> str:
        """`order`, answering only the new fulfillment's id."""
        fulfillment_id: str = (await self.order(lines, **over))["id"]
        return fulfillment_id

    async def cancel(self, fulfillment_id: str) -> None:
        await self.call("POST", f"/fulfillments/{fulfillment_id}/cancel")

    async def edit(self, fulfillment_id: str, **fields: Any) -> dict[str, Any]:
        answer = await self.call("PATCH", f"/fulfillments/{fulfillment_id}", fields)
        fulfillment: dict[str, Any] = answer["fulfillment"]
        return fulfillment

    async def faults(self, **faults: Any) -> None:
        await self.call("PUT", "/faults", faults)

    async def generate(self, fulfillments: int, seed: int = 1) -> None:
        await self.call("POST", "/generate", {"fulfillments": fulfillments, "seed": seed})


def gtin12(n: int) -> str:
    """A valid UPC-A (GTIN-12) for a small number."""
    payload = f"0{n:010d}"
    return payload + str(gtin_check_digit(payload))


def ups_number(n: int) -> str:
    """A valid UPS tracking number, distinct for each `n`."""
    body = f"999AA1{n:09d}"
    for check in "0123456789":
        if mod10(body, check, evens=1, odds=2):
            return "1Z" + body + check
    raise AssertionError("no check digit fits")


CATALOG = {f"SKU-{i}": gtin12(1000 + i) for i in range(1, 9)}


async def stock(client: StitchClient, units: int = 10_000) -> dict[str, str]:
    """Post the test catalog with plenty of stock; answers sku -> barcode."""
    await client.upsert_products(
        [
            ProductUpsert(sku, name=f"Product {sku}", upc=upc, quantity_on_hand=units)
            for sku, upc in CATALOG.items()
        ]
    )
    return dict(CATALOG)


def fast_client(base_url: str, token: str, **kw: Any) -> StitchClient:
    options: dict[str, Any] = {
        "retry_wait_initial": 0.01,
        "retry_wait_max": 0.05,
        "retry_wait_jitter": 0.0,
        "retry_attempts": 2,
        "timeout": 10.0,
    }
    options.update(kw)
    return StitchClient(base_url, token, **options)


def station_settings(base_url: str, **over: Any) -> Settings:
    values: dict[str, Any] = {
        "api_url": base_url,
        "station": "Station 3",
        "poll_interval_s": 1,
        "time_zone": "Europe/Berlin",
        "allow_anonymous_packing": True,  # tests about signing in set it False
    }
    values.update(over)
    return Settings(**values)


def build_station(
    settings: Settings,
    token: str,
    journal_path: Path,
    *,
    busy_timeout_s: float = 5.0,
    backoff: Backoff = FAST,
) -> Station:
    """A station whose background tasks are NOT started: tests drive sync and sending."""
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    journal = Journal.open(journal_path, busy_timeout_s=busy_timeout_s)
    station = Station(
        settings,
        fast_client(settings.api_url, token),
        journal,
        backoff=backoff,
    )
    station.resumed = station.packing.resume()
    return station


def within(a: dt.datetime, b: dt.datetime, seconds: float = 2.0) -> bool:
    return abs((a - b).total_seconds()) <= seconds
