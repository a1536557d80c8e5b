"""The shape both outboxes share: a row is changed only from the states that allow it."""

from __future__ import annotations

import sqlite3

from packstation.domain.clock import Clock
from packstation.store.errors import InvalidTransitionError, UnknownOutboxEntryError


def locked_row(
    conn: sqlite3.Connection, table: str, local_id: str, allowed: set[str], action: str
) -> sqlite3.Row:
    row: sqlite3.Row | None = conn.execute(
        f"SELECT * FROM {table} WHERE local_id = ?",  # noqa: S608 - table is one of ours
        (local_id,),
    ).fetchone()
    if row is None:
        raise UnknownOutboxEntryError(local_id)
    if row["state"] not in allowed:
        raise InvalidTransitionError(local_id, row["state"], action)
    return row


def transition(
    conn: sqlite3.Connection,
    table: str,
    local_id: str,
    allowed: set[str],
    action: str,
    assignments: str,
    params: tuple[object, ...],
) -> sqlite3.Row:
    """The one shape of an outbox state change: check the row's state, then update it.

    `assignments` is our own SQL (`state = 'sent', …`), never caller input.
    """
    locked_row(conn, table, local_id, allowed, action)
    row: sqlite3.Row = conn.execute(
        f"UPDATE {table} SET {assignments} WHERE local_id = ? RETURNING *",  # noqa: S608
        (*params, local_id),
    ).fetchone()
    return row


__all__ = ["Clock", "locked_row", "transition"]
