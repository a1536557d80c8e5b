"""The supervisor's read-only reports: figures for a range, an order's history, the audit trail.

Each runs in a worker thread on its own read-only connection to the journal, closed before it
returns, so a report never holds up the scan path's connection.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from packstation.services.figures import FiguresReport, Grouping, figures
from packstation.services.history import (
    AuditRow,
    FulfillmentHistory,
    audit_trail,
    fulfillment_history,
)
from packstation.services.periods import Period
from packstation.store import Journal


def figures_for_range(journal_path: Path, period: Period, by: Grouping) -> FiguresReport:
    journal = Journal.open(journal_path, read_only=True)
    try:
        return figures(journal, period, by=by)
    finally:
        journal.close()


def order_history(journal_path: Path, fulfillment_id: str, zone: dt.tzinfo) -> FulfillmentHistory:
    journal = Journal.open(journal_path, read_only=True)
    try:
        return fulfillment_history(journal, fulfillment_id, zone)
    finally:
        journal.close()


def audit_for_range(
    journal_path: Path, zone: dt.tzinfo, start: dt.datetime, end: dt.datetime
) -> tuple[AuditRow, ...]:
    journal = Journal.open(journal_path, read_only=True)
    try:
        return audit_trail(journal, zone, start, end)
    finally:
        journal.close()


__all__ = ["audit_for_range", "figures_for_range", "order_history"]
