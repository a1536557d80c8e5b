"""What Stitch does with the 3PL's warehouse: stock, orders, fulfillments, shipments.

Each operation is one transaction on `Database` and checks in the contract's order of precedence:
404 unknown object, then 409 object's state, then 422 body. Callers hand over a `read_body`
callable instead of a parsed body so that a malformed body only wins once the object exists and is
in the right state.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from packstation.sandbox import bodies, views
from packstation.sandbox.db import MAIN_ACCOUNT, Database
from packstation.sandbox.errors import ApiError, FieldError, conflict, forbidden, invalid, not_found
from packstation.sandbox.timestamps import now_micros
from packstation.sandbox.views import JSON, Page

T = TypeVar("T")
Clock = Callable[[], int]


class Warehouse:
    """One account's channel and warehouse (what one access token sees) in the shared database.

    Another account's objects answer 403 (out of this token's scope), unknown ids 404.
    """

    def __init__(
        self, db: Database, account_id: int = MAIN_ACCOUNT, clock: Clock = now_micros
    ) -> None:
        self.db = db
        self.account_id = account_id
        self.clock = clock

    # --- fulfillments ---------------------------------------------------------------------------

    def list_fulfillments(
        self, page: Page, *, updated_since: int | None, status: str | None
    ) -> tuple[list[JSON], int]:
        where = ["account_id = ?", "state = 'open'"]
        args: list[Any] = [self.account_id]
        if updated_since is not None:
            where.append("updated_at >= ?")
            args.append(updated_since)
        if status is not None:
            where.append("status = ?")
            args.append(status)
        clause = " AND ".join(where)
        with self.db.read() as conn:
            total = conn.execute(
                f"SELECT COUNT(*) FROM fulfillments WHERE {clause}",  # noqa: S608 (fixed parts)
                args,
            ).fetchone()[0]
            rows = conn.execute(
                f"SELECT * FROM fulfillments WHERE {clause} ORDER BY id LIMIT ? OFFSET ?",  # noqa: S608
                [*args, page.size, page.sql_offset],
            ).fetchall()
        return [views.fulfillment(r) for r in rows], total

    def get_fulfillment(self, fulfillment_id: int | None) -> JSON:
        with self.db.read() as conn:
            return views.fulfillment(_fulfillment_row(conn, fulfillment_id, self.account_id))

    def list_line_items(self, fulfillment_id: int | None, page: Page) -> tuple[list[JSON], int]:
        with self.db.read() as conn:
            row = _fulfillment_row(conn, fulfillment_id, self.account_id)
            total = row["line_item_count"]
            rows = conn.execute(
                "SELECT * FROM line_items WHERE fulfillment_id = ? ORDER BY id LIMIT ? OFFSET ?",
                (row["id"], page.size, page.sql_offset),
            ).fetchall()
        return [views.line_item(r) for r in rows], total

    def set_status(self, fulfillment_id: int | None, read_status: Callable[[], str]) -> JSON:
        with self.db.transaction() as conn:
            row = _fulfillment_row(conn, fulfillment_id, self.account_id)
            _require_open(row)
            status = read_status()
            conn.execute(
                "UPDATE fulfillments SET status = ?, updated_at = ? WHERE id = ?",
                (status, self.clock(), row["id"]),
            )
            return views.fulfillment(_fulfillment_row(conn, row["id"], self.account_id))

    # --- shipments ------------------------------------------------------------------------------

    def create_shipment(self, read_body: Callable[[], Any]) -> JSON:
        with self.db.transaction() as conn:
            now = self.clock()
            body = read_body()
            try:
                inner, fulfillment_id = bodies.shipment_target(body)
            except ApiError as target_error:
                # Name every bad field at once, not just the missing fulfillment_id.
                inner_any = body.get("shipment") if isinstance(body, dict) else None
                if isinstance(inner_any, dict):
                    try:
                        bodies.shipment(inner_any, now_micros=now)
                    except ApiError as rest:
                        target_error.errors.extend(rest.errors)
                raise
            row = _fulfillment_row(conn, fulfillment_id, self.account_id)
            _require_open(row)
            shipment = bodies.shipment(inner, now_micros=now)
            lines = {
                r["id"]: r
                for r in conn.execute(
                    "SELECT * FROM line_items WHERE fulfillment_id = ?", (fulfillment_id,)
                )
            }
            errors: list[FieldError] = []
            wanted: dict[int, int] = defaultdict(int)
            for line in shipment.lines:
                item = lines.get(line.line_item_id) if line.line_item_id is not None else None
                if item is None:
                    if line.line_item_id is not None:
                        errors.append(
                            FieldError(
                                f"{line.path}.fulfillment_line_item_id",
                                "is not a line item of this fulfillment",
                            )
                        )
                    continue
                left = item["quantity"] - item["quantity_shipped"] - wanted[item["id"]]
                if line.quantity > left:
                    unit = "unit" if left == 1 else "units"
                    errors.append(
                        FieldError(
                            f"{line.path}.quantity", f"exceeds the {left} {unit} left to ship"
                        )
                    )
                    continue
                wanted[item["id"]] += line.quantity
            if errors:
                raise invalid(errors)
            shipment_id = conn.execute(
                "INSERT INTO shipments (account_id, fulfillment_id, shipped_at, carrier, service,"
                " tracking_number, tracking_url, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    self.account_id,
                    fulfillment_id,
                    shipment.shipped_at,
                    shipment.carrier,
                    shipment.service,
                    shipment.tracking_number,
                    shipment.tracking_url,
                    now,
                ),
            ).lastrowid
            for line in shipment.lines:
                assert line.line_item_id is not None
                item = lines[line.line_item_id]
                conn.execute(
                    "INSERT INTO shipment_lines (shipment_id, fulfillment_line_item_id, sku,"
                    " quantity) VALUES (?, ?, ?, ?)",
                    (shipment_id, item["id"], item["sku"], line.quantity),
                )
                conn.execute(
                    "UPDATE line_items SET quantity_shipped = quantity_shipped + ? WHERE id = ?",
                    (line.quantity, item["id"]),
                )
                # The goods have left whatever the count said: stock never goes below 0.
                conn.execute(
                    "UPDATE products SET quantity_on_hand = MAX(0, quantity_on_hand - ?),"
                    " updated_at = ? WHERE account_id = ? AND sku = ?",
                    (line.quantity, now, self.account_id, item["sku"]),
                )
            shipped = sum(line.quantity for line in shipment.lines)
            conn.execute(
                "UPDATE fulfillments SET units_shipped = units_shipped + ?, updated_at = ?,"
                " state = CASE WHEN units_shipped + ? >= unit_count THEN 'complete' ELSE state END"
                " WHERE id = ?",
                (shipped, now, shipped, fulfillment_id),
            )
            assert shipment_id is not None
            return _shipment_json(conn, shipment_id)

    def get_shipment(self, shipment_id: int | None) -> JSON:
        with self.db.read() as conn:
            row = (
                None
                if shipment_id is None
                else conn.execute(
                    "SELECT account_id FROM shipments WHERE id = ?", (shipment_id,)
                ).fetchone()
            )
            if row is None:
                raise not_found("shipment")
            if row[0] != self.account_id:
                raise forbidden("shipment")
            assert shipment_id is not None
            return _shipment_json(conn, shipment_id)

    def list_shipments(
        self, page: Page, *, fulfillment_id: int | None, filtered: bool
    ) -> tuple[list[JSON], int]:
        with self.db.read() as conn:
            if filtered:
                if fulfillment_id is None:  # a filter no id can match
                    return [], 0
                where = "WHERE account_id = ? AND fulfillment_id = ?"
                args = [self.account_id, fulfillment_id]
            else:
                where, args = "WHERE account_id = ?", [self.account_id]
            total = conn.execute(
                f"SELECT COUNT(*) FROM shipments {where}",  # noqa: S608
                args,
            ).fetchone()[0]
            rows = conn.execute(
                f"SELECT * FROM shipments {where} ORDER BY id LIMIT ? OFFSET ?",  # noqa: S608
                [*args, page.size, page.sql_offset],
            ).fetchall()
            lines = _lines_of(conn, [r["id"] for r in rows])
            return [views.shipment(r, lines.get(r["id"], [])) for r in rows], total

    # --- products -------------------------------------------------------------------------------

    def upsert_products(self, read_items: Callable[[], list[bodies.ProductIn]]) -> list[JSON]:
        with self.db.transaction() as conn:
            items = read_items()
            now = self.clock()
            existing = self._products_by_sku(conn, _skus(items))
            bundle_skus = {
                r["sku"]
                for r in _select_in(
                    conn,
                    "SELECT sku FROM bundles WHERE account_id = ? AND sku IN ({})",
                    _skus(items),
                    self.account_id,
                )
            }
            errors: list[FieldError] = []
            for item in items:
                if item.sku in bundle_skus:
                    errors.append(
                        FieldError(f"{item.path}.sku", "is a bundle; post its components instead")
                    )
                elif item.sku not in existing and item.name is None:
                    errors.append(FieldError(f"{item.path}.name", "is required for a new product"))
            if errors:
                raise invalid(errors)
            for item in items:
                old = existing.get(item.sku)
                if old is None:
                    conn.execute(
                        "INSERT INTO products (account_id, sku, name, upc, quantity_on_hand,"
                        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (
                            self.account_id,
                            item.sku,
                            item.name,
                            item.upc or "",
                            item.quantity_on_hand or 0,
                            now,
                            now,
                        ),
                    )
                else:
                    conn.execute(
                        "UPDATE products SET name = ?, upc = ?, quantity_on_hand = ?,"
                        " updated_at = ? WHERE id = ?",
                        (
                            old["name"] if item.name is None else item.name,
                            old["upc"] if item.upc is None else item.upc,
                            old["quantity_on_hand"]
                            if item.quantity_on_hand is None
                            else item.quantity_on_hand,
                            now,
                            old["id"],
                        ),
                    )
            stored = self._products_by_sku(conn, _skus(items))
            return [views.product(stored[item.sku]) for item in items]

    def list_products(
        self, page: Page, *, sku: str | None, updated_since: int | None
    ) -> tuple[list[JSON], int]:
        where: list[str] = ["account_id = ?"]
        args: list[Any] = [self.account_id]
        if sku is not None:
            where.append("sku = ?")
            args.append(sku)
        if updated_since is not None:
            where.append("updated_at >= ?")
            args.append(updated_since)
        clause = f"WHERE {' AND '.join(where)}"
        with self.db.read() as conn:
            total = conn.execute(
                f"SELECT COUNT(*) FROM products {clause}",  # noqa: S608
                args,
            ).fetchone()[0]
            rows = conn.execute(
                f"SELECT * FROM products {clause} ORDER BY id LIMIT ? OFFSET ?",  # noqa: S608
                [*args, page.size, page.sql_offset],
            ).fetchall()
        return [views.product(r) for r in rows], total

    def get_product(self, product_id: int | None) -> JSON:
        with self.db.read() as conn:
            row = (
                None
                if product_id is None
                else conn.execute("SELECT * FROM products WHERE id = ?", (product_id,)).fetchone()
            )
            if row is None:
                raise not_found("product")
            if row["account_id"] != self.account_id:
                raise forbidden("product")
            return views.product(row)

    # --- Stitch's side (control endpoints) ------------------------------------------------------

    def define_bundle(self, read_bundle: Callable[[], bodies.BundleIn]) -> JSON:
        with self.db.transaction() as conn:
            b = read_bundle()
            errors: list[FieldError] = []
            if self._products_by_sku(conn, [b.sku]):
                errors.append(FieldError("sku", "is a product SKU; a bundle needs its own"))
            known = set(self._products_by_sku(conn, [c.sku for c in b.components]))
            for c in b.components:
                if c.sku not in known:
                    errors.append(FieldError(f"{c.path}.sku", "is not a posted product"))
            if errors:
                raise invalid(errors)
            conn.execute(
                "DELETE FROM bundle_components WHERE account_id = ? AND bundle_sku = ?",
                (self.account_id, b.sku),
            )
            conn.execute(
                "INSERT INTO bundles (account_id, sku, name) VALUES (?, ?, ?)"
                " ON CONFLICT (account_id, sku) DO UPDATE SET name = excluded.name",
                (self.account_id, b.sku, b.name),
            )
            conn.executemany(
                "INSERT INTO bundle_components (account_id, bundle_sku, position, sku, quantity)"
                " VALUES (?, ?, ?, ?, ?)",
                [
                    (self.account_id, b.sku, i, c.sku, c.quantity)
                    for i, c in enumerate(b.components)
                ],
            )
            return views.bundle(b.sku, b.name, [(c.sku, c.quantity) for c in b.components])

    def create_order(self, read_order: Callable[[], bodies.OrderIn]) -> JSON:
        with self.db.transaction() as conn:
            order = read_order()
            catalogue = _catalogue(conn, self.account_id)
            errors: list[FieldError] = []
            for line in order.lines:
                if line.sku not in catalogue.products and line.sku not in catalogue.bundles:
                    errors.append(
                        FieldError(f"{line.path}.sku", "is not a known product or bundle")
                    )
            if errors:
                raise invalid(errors)
            items = catalogue.split(order.lines)
            needed: dict[str, int] = defaultdict(int)
            first_path: dict[str, str] = {}
            for sku, qty, path in items:
                needed[sku] += qty
                first_path.setdefault(sku, path)
            committed = _committed(conn, self.account_id, list(needed))
            for sku, qty in needed.items():
                available = catalogue.products[sku]["quantity_on_hand"] - committed.get(sku, 0)
                if qty > available:
                    errors.append(
                        FieldError(
                            f"{first_path[sku]}.quantity",
                            f"needs {qty} of {sku}, {max(0, available)} available",
                        )
                    )
            if errors:
                raise conflict("not enough stock available for this order", errors)
            fulfillment_id = self._insert_order(conn, order, items, catalogue, self.clock())
            return views.fulfillment(_fulfillment_row(conn, fulfillment_id, self.account_id))

    def bulk_create_orders(
        self, orders: Sequence[bodies.OrderIn], *, created_at: Sequence[int] | None = None
    ) -> int:
        """Many orders at once (seeding, `/_sandbox/generate`): stock is topped up to cover them."""
        with self.db.transaction() as conn:
            catalogue = _catalogue(conn, self.account_id)
            now = self.clock()
            split = [catalogue.split(o.lines) for o in orders]
            needed: dict[str, int] = defaultdict(int)
            for items in split:
                for sku, qty, _ in items:
                    needed[sku] += qty
            committed = _committed(conn, self.account_id, list(needed))
            for sku, qty in needed.items():
                floor = committed.get(sku, 0) + qty
                if catalogue.products[sku]["quantity_on_hand"] < floor:
                    conn.execute(
                        "UPDATE products SET quantity_on_hand = ?, updated_at = ?"
                        " WHERE account_id = ? AND sku = ?",
                        (floor, now, self.account_id, sku),
                    )
            for i, (order, items) in enumerate(zip(orders, split, strict=True)):
                stamp = created_at[i] if created_at is not None else now
                self._insert_order(conn, order, items, catalogue, stamp)
            return len(orders)

    def _insert_order(
        self,
        conn: sqlite3.Connection,
        order: bodies.OrderIn,
        items: list[tuple[str, int, str]],
        catalogue: _Catalogue,
        stamp: int,
    ) -> int:
        fulfillment_id = conn.execute(
            "INSERT INTO fulfillments (account_id, order_number, channel_order_number,"
            " shipping_method, notes, ship_to, line_item_count, unit_count, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                self.account_id,
                order.order_number,
                order.channel_order_number,
                order.shipping_method,
                order.notes,
                json.dumps(order.ship_to, ensure_ascii=False),
                len(items),
                sum(q for _, q, _ in items),
                stamp,
                stamp,
            ),
        ).lastrowid
        conn.executemany(
            "INSERT INTO line_items (fulfillment_id, sku, name, upc, quantity)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (
                    fulfillment_id,
                    sku,
                    catalogue.products[sku]["name"],
                    catalogue.products[sku]["upc"],
                    qty,
                )
                for sku, qty, _ in items
            ],
        )
        assert fulfillment_id is not None
        return fulfillment_id

    def cancel(self, fulfillment_id: int | None) -> JSON:
        with self.db.transaction() as conn:
            row = _fulfillment_row(conn, fulfillment_id, self.account_id)
            _require_open(row)
            conn.execute(
                "UPDATE fulfillments SET state = 'canceled', updated_at = ? WHERE id = ?",
                (self.clock(), row["id"]),
            )
            return views.fulfillment(_fulfillment_row(conn, row["id"], self.account_id))

    def patch(
        self, fulfillment_id: int | None, read_patch: Callable[[], bodies.FulfillmentPatch]
    ) -> JSON:
        with self.db.transaction() as conn:
            row = _fulfillment_row(conn, fulfillment_id, self.account_id)
            _require_open(row)
            patch = read_patch()
            ship_to = json.loads(row["ship_to"])
            if patch.ship_to is not None:
                ship_to.update(patch.ship_to)
            conn.execute(
                "UPDATE fulfillments SET notes = ?, shipping_method = ?, ship_to = ?,"
                " updated_at = ? WHERE id = ?",
                (
                    row["notes"] if patch.notes is None else patch.notes,
                    row["shipping_method"]
                    if patch.shipping_method is None
                    else patch.shipping_method,
                    json.dumps(ship_to, ensure_ascii=False),
                    self.clock(),
                    row["id"],
                ),
            )
            return views.fulfillment(_fulfillment_row(conn, row["id"], self.account_id))

    def sellable_skus(self) -> tuple[list[str], dict[str, int]]:
        """Product SKUs in id order, and each bundle SKU with its number of components."""
        with self.db.read() as conn:
            products = [
                r[0]
                for r in conn.execute(
                    "SELECT sku FROM products WHERE account_id = ? ORDER BY id", (self.account_id,)
                )
            ]
            bundles = {
                r[0]: r[1]
                for r in conn.execute(
                    "SELECT bundle_sku, COUNT(*) FROM bundle_components WHERE account_id = ?"
                    " GROUP BY bundle_sku",
                    (self.account_id,),
                )
            }
        return products, bundles

    def _products_by_sku(self, conn: sqlite3.Connection, skus: list[str]) -> dict[str, Any]:
        return {
            r["sku"]: r
            for r in _select_in(
                conn,
                "SELECT * FROM products WHERE account_id = ? AND sku IN ({})",
                skus,
                self.account_id,
            )
        }


class _Catalogue:
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


def _catalogue(conn: sqlite3.Connection, account_id: int) -> _Catalogue:
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
    return _Catalogue(products, dict(bundles))


def _committed(conn: sqlite3.Connection, account_id: int, skus: list[str]) -> dict[str, int]:
    """Units that open fulfillments still have to ship, per SKU."""
    out: dict[str, int] = {}
    for chunk in _chunks(skus, 500):
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


def _fulfillment_row(
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


def _require_open(row: sqlite3.Row) -> None:
    if row["state"] != "open":
        raise conflict(f"the fulfillment is {row['state']}, not open")


def _shipment_json(conn: sqlite3.Connection, shipment_id: int) -> JSON:
    row = conn.execute("SELECT * FROM shipments WHERE id = ?", (shipment_id,)).fetchone()
    return views.shipment(row, _lines_of(conn, [shipment_id]).get(shipment_id, []))


def _lines_of(conn: sqlite3.Connection, shipment_ids: list[int]) -> dict[int, list[sqlite3.Row]]:
    out: dict[int, list[sqlite3.Row]] = defaultdict(list)
    for r in _select_in(
        conn, "SELECT * FROM shipment_lines WHERE shipment_id IN ({}) ORDER BY id", shipment_ids
    ):
        out[r["shipment_id"]].append(r)
    return out


def _skus(items: list[bodies.ProductIn]) -> list[str]:
    return [i.sku for i in items]


def _select_in(
    conn: sqlite3.Connection, sql: str, values: Sequence[Any], *before: Any
) -> list[sqlite3.Row]:
    """`sql` with its `IN ({})` filled for `values` (in chunks); `before` binds the earlier `?`s."""
    out: list[sqlite3.Row] = []
    for chunk in _chunks(list(values), 500):
        marks = ",".join("?" * len(chunk))
        out.extend(conn.execute(sql.format(marks), [*before, *chunk]).fetchall())
    return out


def _chunks(values: list[T], size: int) -> Iterable[list[T]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
