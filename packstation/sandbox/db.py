"""The sandbox's SQLite state: one connection, one lock, one transaction per write.

Every request handler runs its whole read-check-write inside `transaction()`, so two shipments
racing for the last units of a line are serialised and the second sees what the first wrote.
"""

from __future__ import annotations

import secrets
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Ids start at believable, distinct bases so an id of one kind is never mistaken for another.
ID_BASES = {
    "products": 100_000,
    "fulfillments": 700_000,
    "line_items": 880_000,
    "shipments": 510_000,
    "shipment_lines": 990_000,
}

SCHEMA_VERSION = 2  # PRAGMA user_version; 1 had no accounts


class SchemaMismatchError(RuntimeError):
    """The --db file was written by a sandbox with another schema."""


SCHEMA = """
CREATE TABLE IF NOT EXISTS accounts (
    id INTEGER PRIMARY KEY,
    token TEXT NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS products (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    sku TEXT NOT NULL,
    name TEXT NOT NULL,
    upc TEXT NOT NULL DEFAULT '',
    quantity_on_hand INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (account_id, sku)
);
CREATE INDEX IF NOT EXISTS products_updated ON products (account_id, updated_at);
CREATE TABLE IF NOT EXISTS bundles (
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    sku TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (account_id, sku)
);
CREATE TABLE IF NOT EXISTS bundle_components (
    account_id INTEGER NOT NULL,
    bundle_sku TEXT NOT NULL,
    position INTEGER NOT NULL,
    sku TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    PRIMARY KEY (account_id, bundle_sku, position),
    FOREIGN KEY (account_id, bundle_sku) REFERENCES bundles (account_id, sku) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS fulfillments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    order_number TEXT NOT NULL,
    channel_order_number TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'open',
    shipping_method TEXT NOT NULL,
    notes TEXT NOT NULL,
    ship_to TEXT NOT NULL,
    line_item_count INTEGER NOT NULL,
    unit_count INTEGER NOT NULL,
    units_shipped INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS fulfillments_state ON fulfillments (account_id, state, id);
CREATE INDEX IF NOT EXISTS fulfillments_state_updated
    ON fulfillments (account_id, state, updated_at);
CREATE TABLE IF NOT EXISTS line_items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    fulfillment_id INTEGER NOT NULL REFERENCES fulfillments (id),
    sku TEXT NOT NULL,
    name TEXT NOT NULL,
    upc TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    quantity_shipped INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS line_items_fulfillment ON line_items (fulfillment_id, id);
CREATE INDEX IF NOT EXISTS line_items_sku ON line_items (sku);
CREATE TABLE IF NOT EXISTS shipments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    fulfillment_id INTEGER NOT NULL REFERENCES fulfillments (id),
    shipped_at INTEGER NOT NULL,
    carrier TEXT NOT NULL,
    service TEXT NOT NULL,
    tracking_number TEXT NOT NULL,
    tracking_url TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS shipments_fulfillment ON shipments (fulfillment_id, id);
CREATE INDEX IF NOT EXISTS shipments_account ON shipments (account_id, id);
CREATE TABLE IF NOT EXISTS shipment_lines (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    shipment_id INTEGER NOT NULL REFERENCES shipments (id),
    fulfillment_line_item_id INTEGER NOT NULL REFERENCES line_items (id),
    sku TEXT NOT NULL,
    quantity INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS shipment_lines_shipment ON shipment_lines (shipment_id, id);
"""

TABLES = ("shipment_lines", "shipments", "line_items", "fulfillments", "bundle_components",
          "bundles", "products", "accounts")  # fmt: skip
MAIN_ACCOUNT = 1  # the account of the token the sandbox was started with


class Database:
    """One SQLite connection shared by the server's threads, guarded by a re-entrant lock."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        # isolation_level=None: we issue BEGIN IMMEDIATE / COMMIT ourselves.
        self._conn = sqlite3.connect(
            ":memory:" if path is None else str(path),
            check_same_thread=False,
            isolation_level=None,
        )
        self._conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        self._depth = 0
        with self._lock:
            self._conn.execute("PRAGMA foreign_keys = ON")
            if path is not None:
                self._conn.execute("PRAGMA journal_mode = WAL")
                self._conn.execute("PRAGMA synchronous = NORMAL")
            self._check_version(path)
            self._conn.executescript(SCHEMA)
            self._conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self._set_id_bases()
            # The main account exists from the start; `set_main_token` gives it its token.
            self._conn.execute(
                "INSERT OR IGNORE INTO accounts (id, token) VALUES (?, ?)",
                (MAIN_ACCOUNT, secrets.token_hex(16)),
            )

    def _check_version(self, path: Path | None) -> None:
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        has_tables = self._conn.execute(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"
        ).fetchone()[0]
        if has_tables and version != SCHEMA_VERSION:
            self._conn.close()
            raise SchemaMismatchError(
                f"{path} holds sandbox data of another version ({version}, this is"
                f" {SCHEMA_VERSION}); delete it or use another --db file"
            )

    def _set_id_bases(self) -> None:
        for table, base in ID_BASES.items():
            row = self._conn.execute(
                "SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)
            ).fetchone()
            if row is None:
                self._conn.execute(
                    "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (table, base)
                )

    def set_main_token(self, token: str) -> None:
        """Account 1 answers to `token` (a restart with another `--token` keeps the data)."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM accounts WHERE token = ? AND id != ?", (token, MAIN_ACCOUNT))
            conn.execute(
                "INSERT INTO accounts (id, token) VALUES (?, ?)"
                " ON CONFLICT (id) DO UPDATE SET token = excluded.token",
                (MAIN_ACCOUNT, token),
            )

    def add_account(self, token: str) -> int:
        with self.transaction() as conn:
            account_id = conn.execute("INSERT INTO accounts (token) VALUES (?)", (token,)).lastrowid
            assert account_id is not None
            return account_id

    def accounts(self) -> dict[str, int]:
        """Token to account id."""
        with self.read() as conn:
            return {r[0]: r[1] for r in conn.execute("SELECT token, id FROM accounts")}

    def is_empty(self) -> bool:
        with self.read() as conn:
            count: int = conn.execute("SELECT COUNT(*) FROM products").fetchone()[0]
            return count == 0

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A consistent view for a read (under the lock, so no write is half-done)."""
        with self._lock:
            yield self._conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing: any exception rolls back everything written inside."""
        with self._lock:
            if self._depth:  # nested: part of the outer transaction
                self._depth += 1
                try:
                    yield self._conn
                finally:
                    self._depth -= 1
                return
            self._conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            else:
                self._conn.execute("COMMIT")
            finally:
                self._depth = 0

    def wipe_account(self, account_id: int) -> None:
        """One account's data (the account and its token stay). Ids start again at their bases
        once no account holds any data, so a sandbox used by one account stays predictable."""
        with self.transaction() as conn:
            conn.execute(
                "DELETE FROM shipment_lines WHERE shipment_id IN"
                " (SELECT id FROM shipments WHERE account_id = ?)",
                (account_id,),
            )
            conn.execute("DELETE FROM shipments WHERE account_id = ?", (account_id,))
            conn.execute(
                "DELETE FROM line_items WHERE fulfillment_id IN"
                " (SELECT id FROM fulfillments WHERE account_id = ?)",
                (account_id,),
            )
            for table in ("fulfillments", "bundle_components", "bundles", "products"):
                conn.execute(f"DELETE FROM {table} WHERE account_id = ?", (account_id,))  # noqa: S608 (fixed table names)
            if not any(
                conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone()  # noqa: S608
                for table in TABLES[:-1]
            ):
                conn.execute("DELETE FROM sqlite_sequence")
                self._set_id_bases()

    def close(self) -> None:
        with self._lock:
            self._conn.close()
