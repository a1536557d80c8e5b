"""The seller's side of the sandbox, outside the contract: bundles defined, orders placed (one
at a time with a stock check, or many at once for seeding), canceled and edited, and the SKUs an
order may name. `Warehouse` (what the access token sees) inherits it."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Sequence

from packstation.sandbox import bodies, views
from packstation.sandbox import rows as db_rows
from packstation.sandbox.db import Database
from packstation.sandbox.errors import FieldError, conflict, invalid
from packstation.sandbox.views import JSON

Clock = Callable[[], int]


class OrderDesk:
    """Orders and bundles of one account; `Warehouse.__init__` sets the fields."""

    db: Database
    account_id: int
    clock: Clock

    def define_bundle(self, read_bundle: Callable[[], bodies.BundleIn]) -> JSON:
        with self.db.transaction() as conn:
            b = read_bundle()
            errors: list[FieldError] = []
            if db_rows.products_by_sku(conn, self.account_id, [b.sku]):
                errors.append(FieldError("sku", "is a product SKU; a bundle needs its own"))
            known = set(
                db_rows.products_by_sku(conn, self.account_id, [c.sku for c in b.components])
            )
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
            catalogue = db_rows.catalogue(conn, self.account_id)
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
            committed = db_rows.committed(conn, self.account_id, list(needed))
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
            return views.fulfillment(db_rows.fulfillment_row(conn, fulfillment_id, self.account_id))

    def bulk_create_orders(
        self, orders: Sequence[bodies.OrderIn], *, created_at: Sequence[int] | None = None
    ) -> int:
        """Many orders at once (seeding, `/_sandbox/generate`): stock is topped up to cover them."""
        with self.db.transaction() as conn:
            catalogue = db_rows.catalogue(conn, self.account_id)
            now = self.clock()
            split = [catalogue.split(o.lines) for o in orders]
            needed: dict[str, int] = defaultdict(int)
            for items in split:
                for sku, qty, _ in items:
                    needed[sku] += qty
            committed = db_rows.committed(conn, self.account_id, list(needed))
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
        catalogue: db_rows.Catalogue,
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
            row = db_rows.fulfillment_row(conn, fulfillment_id, self.account_id)
            db_rows.require_open(row)
            conn.execute(
                "UPDATE fulfillments SET state = 'canceled', updated_at = ? WHERE id = ?",
                (self.clock(), row["id"]),
            )
            return views.fulfillment(db_rows.fulfillment_row(conn, row["id"], self.account_id))

    def patch(
        self, fulfillment_id: int | None, read_patch: Callable[[], bodies.FulfillmentPatch]
    ) -> JSON:
        with self.db.transaction() as conn:
            row = db_rows.fulfillment_row(conn, fulfillment_id, self.account_id)
            db_rows.require_open(row)
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
            return views.fulfillment(db_rows.fulfillment_row(conn, row["id"], self.account_id))

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
