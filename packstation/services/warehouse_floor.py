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
from packstation.services.figures import (
    SESSION_LOOKBACK,
    FiguresReport,
    Grouping,
    JournalRows,
    compute,
)
from packstation.services.history import (
    AuditRow,
    FulfillmentHistory,
    audit_row,
    build_history,
)
from packstation.services.periods import Period
from packstation.store import AuditEntry, EventRecord, OutboxEntry, SessionRecord, ShipmentState
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

    # -- the supervisor screens' reports, across every station -------------------------------

    async def figures_report(self, period: Period, by: Grouping) -> FiguresReport:
        """The figures screen's report, computed from every station's forwarded journal."""
        start = period.start - SESSION_LOOKBACK
        sessions, events, boxes = await self._run(
            lambda c: reports.journal_rows(c, start, period.end)
        )
        by_session: dict[str, list[EventRecord]] = {}
        for row in events:
            by_session.setdefault(str(row["session_id"]), []).append(_event(row))
        boxes_of: dict[str, list[OutboxEntry]] = {}
        for row in boxes:
            boxes_of.setdefault(str(row["session_id"]), []).append(_box(row))
        rows = JournalRows(
            tuple(_session(r) for r in sessions),
            {k: tuple(v) for k, v in by_session.items()},
            {k: tuple(v) for k, v in boxes_of.items()},
        )
        return compute(rows, period, by=by)

    async def order_history(self, fulfillment_id: str, zone: dt.tzinfo) -> FulfillmentHistory:
        """One order's history at every station (scans, boxes, takeovers, decisions)."""
        sessions, events, boxes, audits = await self._run(
            lambda c: reports.order_rows(c, fulfillment_id)
        )
        return build_history(
            fulfillment_id,
            tuple(_session(r) for r in sessions),
            tuple(_event(r) for r in events),
            tuple(_box(r) for r in boxes),
            tuple(_audit(r) for r in audits),
            zone,
        )

    async def audit_trail(
        self, zone: dt.tzinfo, start: dt.datetime, end: dt.datetime
    ) -> tuple[AuditRow, ...]:
        """Every station's audit trail in [start, end), oldest first, in the station's zone."""
        rows = await self._run(lambda c: reports.audit_rows(c, start, end))
        return tuple(
            audit_row(a, zone)
            for a in map(_audit, rows)
        )


# PostgreSQL's rows as the journal's records, so the figures and the history are computed by the
# very code the single station uses (one attribution rule, wherever the rows come from).


def _session(r: dict[str, Any]) -> SessionRecord:
    return SessionRecord(
        str(r["id"]), str(r["fulfillment_id"]), str(r["order_number"]), str(r["station"]),
        str(r["packer"]), r["opened_at"], r["closed_at"], r["outcome"], dict(r["spec"] or {}),
    )  # fmt: skip


def _event(r: dict[str, Any]) -> EventRecord:
    return EventRecord(
        str(r["session_id"]), int(r["seq"]), r["at"], str(r["station"]), str(r["packer"]),
        str(r["fulfillment_id"]), str(r["kind"]), str(r["raw"]), str(r["result"]),
        dict(r["payload"] or {}),
    )  # fmt: skip


# The shared outbox's "relayed" is the sync service's "sending".
_STATES = {"relayed": ShipmentState.SENDING}


def _box(r: dict[str, Any]) -> OutboxEntry:
    state = _STATES.get(str(r["state"])) or ShipmentState(str(r["state"]))
    return OutboxEntry(
        local_id=str(r["local_id"]),
        fulfillment_id=str(r["fulfillment_id"]),
        session_id=str(r["session_id"]),
        box_number=int(r["box_number"]),
        event_seq=int(r["event_seq"]),
        payload=dict(r["payload"]),
        state=state,
        attempts=0,
        maybe_sent=bool(r["maybe_sent"]),
        next_attempt_at=None,
        last_error=None,
        rejected_message=r["message"] if state is ShipmentState.REJECTED else None,
        remote_id=r["remote_id"],
        created_at=r["created_at"],
        updated_at=r["sent_at"] or r["created_at"],
        sent_at=r["sent_at"],
    )


def _audit(r: dict[str, Any]) -> AuditEntry:
    details = dict(r["details"] or {})
    return AuditEntry(
        int(r["id"]), r["at"], str(r["station"]), str(r["who"]), str(r["what"]), str(r["why"]),
        r["fulfillment_id"], details.get("session_id"), details,
    )  # fmt: skip


__all__ = ["FloorReports", "FloorStation"]
