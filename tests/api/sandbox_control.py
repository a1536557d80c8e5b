"""Drive the sandbox's own control endpoints (`/_sandbox/...`) from the contract tests.

The client under test has no business with these endpoints, so the tests talk to them with a
bare httpx client: reset, kits, orders arriving, cancellations, edits and injected faults.
"""

from __future__ import annotations

from typing import Any

import httpx

ADDRESS = {
    "name": "Ada Byron",
    "street1": "6041 Beverly Dr",
    "city": "Beverly Hills",
    "state": "CA",
    "zip": "90210",
    "country": "United States",
    "country_iso": "US",
}


class SandboxControl:
    def __init__(self, root_url: str, token: str) -> None:
        self._http = httpx.AsyncClient(
            base_url=f"{root_url.rstrip('/')}/_sandbox",
            headers={"access_token": token},
            timeout=30.0,
        )
        self._orders = 0

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _call(self, method: str, path: str, body: Any = None) -> dict[str, Any]:
        response = await self._http.request(method, path, json=body)
        if response.status_code >= 300:
            raise ControlError(response.status_code, response.json())
        result: dict[str, Any] = response.json()
        return result

    async def reset(self, seed: str = "empty") -> None:
        await self._call("POST", "/reset", {"seed": seed})

    async def bundle(self, sku: str, name: str, components: dict[str, int]) -> None:
        lines = [{"sku": s, "quantity": q} for s, q in components.items()]
        await self._call("POST", "/bundles", {"sku": sku, "name": name, "components": lines})

    async def order(self, lines: dict[str, int] | list[tuple[str, int]], **over: Any) -> str:
        """An order arrives from a sales channel; answers the new fulfillment's id."""
        self._orders += 1
        pairs = lines.items() if isinstance(lines, dict) else lines
        body = {
            "order_number": f"T{self._orders:05d}",
            "channel_order_number": f"#{self._orders}",
            "shipping_method": "UPS Ground",
            "notes": "",
            "ship_to": ADDRESS,
            "lines": [{"sku": s, "quantity": q} for s, q in pairs],
            **over,
        }
        answer = await self._call("POST", "/orders", body)
        fulfillment_id: str = answer["fulfillment"]["id"]
        return fulfillment_id

    async def cancel(self, fulfillment_id: str) -> None:
        await self._call("POST", f"/fulfillments/{fulfillment_id}/cancel")

    async def edit(self, fulfillment_id: str, **fields: Any) -> dict[str, Any]:
        answer = await self._call("PATCH", f"/fulfillments/{fulfillment_id}", fields)
        fulfillment: dict[str, Any] = answer["fulfillment"]
        return fulfillment

    async def faults(self, **faults: Any) -> None:
        await self._call("PUT", "/faults", faults)

    async def generate(self, fulfillments: int, seed: int = 1) -> None:
        await self._call("POST", "/generate", {"fulfillments": fulfillments, "seed": seed})


class ControlError(Exception):
    def __init__(self, status: int, body: Any) -> None:
        super().__init__(f"{status}: {body}")
        self.status = status
        self.body = body
