"""Rows of the sandbox database as the warehouse reads them: a fulfillment within the token's
scope (404 unknown, 403 another account's), shipments with their lines, products by SKU, the
catalogue with its bundles, the units open orders still commit, and `IN` lists in chunks."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from packstation.sandbox import bodies, views
from packstation.sandbox.errors import conflict, forbidden, not_found
from packstation.sandbox.views import JSON

T = TypeVar("T")


def products_by_sku(conn: sqlite3.Connection, account_id: int, skus: list[str]) -> dict[str, Any]:
    return {
        r["sku"]: r
        for r in select_in(
            conn, "SELECT * FROM products WHERE account_id = ? AND sku IN ({})", skus, account_id
        )
    }


class Catalogue:
    """The account's products by SKU and its bundles (SKU → components with quantities)."""

    def __init__(self, products: dict[str, sqlite3.Row], bundles: dict[str, list[tuple[str, int]]]):
        self.products = products
        self.bundles = bundles

    def split(self, lines: Iterable[bodies.SkuQuantity]) -> list[tuple[str, int, str]]:
        """Order lines to line items: a bundle becomes its components, quantities multiplied."""
        out: list[tuple[str, int, str]] = []
        for line in lines:
            components = self.bundles.get(line.sku)
            if components is None:
                out.append((line.sku, line.quantity, line.path))
            else:
                out.extend((sku, qty * line.quantity, line.path) for sku, qty in components)
        return out


def catalogue(conn: sqlite3.Connection, account_id: int) -> Catalogue:
    products = {
        r["sku"]: r
        for r in conn.execute("SELECT * FROM products WHERE account_id = ?", (account_id,))
    }
    bundles: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for r in conn.execute(
        "SELECT * FROM bundle_components WHERE account_id = ? ORDER BY bundle_sku, position",
        (account_id,),
    ):
        bundles[r["bundle_sku"]].append((r["sku"], r["quantity"]))
    return Catalogue(products, dict(bundles))


def committed(conn: sqlite3.Connection, account_id: int, skus: list[str]) -> dict[str, int]:
    """Units that open fulfillments still have to ship, per SKU."""
    out: dict[str, int] = {}
    for chunk in chunks(skus, 500):
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(
            "SELECT li.sku, SUM(li.quantity - li.quantity_shipped) FROM line_items li"  # noqa: S608
            " JOIN fulfillments f ON f.id = li.fulfillment_id"
            f" WHERE f.account_id = ? AND f.state = 'open' AND li.sku IN ({marks})"
            " GROUP BY li.sku",
            [account_id, *chunk],
        ):
            out[r[0]] = r[1]
    return out


def fulfillment_row(
    conn: sqlite3.Connection, fulfillment_id: int | None, account_id: int
) -> sqlite3.Row:
    row = (
        None
        if fulfillment_id is None
        else conn.execute("SELECT * FROM fulfillments WHERE id = ?", (fulfillment_id,)).fetchone()
    )
    if row is None:
        raise not_found("fulfillment")
    if row["account_id"] != account_id:
        raise forbidden("fulfillment")
    return row  # type: ignore[no-any-return]


def require_open(row: sqlite3.Row) -> None:
    if row["state"] != "open":
        raise conflict(f"the fulfillment is {row['state']}, not open")


def shipment_json(conn: sqlite3.Connection, shipment_id: int) -> JSON:
    row = conn.execute("SELECT * FROM shipments WHERE id = ?", (shipment_id,)).fetchone()
    return views.shipment(row, lines_of(conn, [shipment_id]).get(shipment_id, []))


def lines_of(conn: sqlite3.Connection, shipment_ids: list[int]) -> dict[int, list[sqlite3.Row]]:
    out: dict[int, list[sqlite3.Row]] = defaultdict(list)
    for r in select_in(
        conn, "SELECT * FROM shipment_lines WHERE shipment_id IN ({}) ORDER BY id", shipment_ids
    ):
        out[r["shipment_id"]].append(r)
    return out


def skus(items: list[bodies.ProductIn]) -> list[str]:
    return [i.sku for i in items]


def select_in(
    conn: sqlite3.Connection, sql: str, values: Sequence[Any], *before: Any
) -> list[sqlite3.Row]:
    """`sql` with its `IN ({})` filled for `values` (in chunks); `before` binds the earlier `?`s."""
    out: list[sqlite3.Row] = []
    for chunk in chunks(list(values), 500):
        marks = ",".join("?" * len(chunk))
        out.extend(conn.execute(sql.format(marks), [*before, *chunk]).fetchall())
    return out


def chunks(values: list[T], size: int) -> Iterable[list[T]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
