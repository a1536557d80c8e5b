"""What supervisors see of the whole floor in warehouse mode, from PostgreSQL: each station now
(who, which order, boxes waiting, the last error), figures per station, an order's history and the
audit trail across every station. For the floor view window, the supervisor menu and the CLI.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import psycopg

from packstation.api.errors import NetworkError
from packstation.warehouse import reports

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class FloorStation:
    station: str
    who: str
    open_order: str
    waiting: int  # boxes forwarded, not yet in Stitch
    last_error: str
    last_seen: dt.datetime | None


class FloorReports:
    """Read-only queries; a station's own login role is enough (every station reads all rows)."""

    def __init__(self, db_url: str, *, password: str | None = None) -> None:
        self._db_url = db_url
        self._password = password

    async def _run(self, query: Callable[[reports.Conn], Awaitable[T]]) -> T:
        extra: dict[str, Any] = {} if self._password is None else {"password": self._password}
        try:
            async with await psycopg.AsyncConnection.connect(
                self._db_url, autocommit=True, connect_timeout=5, **extra
            ) as conn:
                return await query(conn)
        except (psycopg.OperationalError, OSError) as exc:
            raise NetworkError(f"the warehouse database can't be reached: {exc}") from exc

    async def floor(self) -> list[FloorStation]:
        rows = await self._run(reports.floor)
        return [
            FloorStation(
                str(r["station"]), str(r["who"]), str(r["open_order"]), int(r["waiting"]),
                str(r["last_error"]), r["last_seen"],
            )
            for r in rows
        ]  # fmt: skip

    async def figures(self, since: dt.datetime) -> list[dict[str, Any]]:
        return await self._run(lambda c: reports.figures(c, since))

    async def history(self, fulfillment_id: str) -> list[dict[str, Any]]:
        return await self._run(lambda c: reports.history(c, fulfillment_id))

    async def audit(self, since: dt.datetime) -> list[dict[str, Any]]:
        return await self._run(lambda c: reports.audit(c, since))


__all__ = ["FloorReports", "FloorStation"]
