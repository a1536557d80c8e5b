"""What Stitch does with the 3PL's warehouse: stock, orders, fulfillments, shipments.

Each operation is one transaction on `Database` and checks in the contract's order of precedence:
404 unknown object, then 409 object's state, then 422 body. Callers hand over a `read_body`
callable instead of a parsed body so that a malformed body only wins once the object exists and is
in the right state.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from packstation.sandbox import bodies, views
from packstation.sandbox import rows as db_rows
from packstation.sandbox.db import MAIN_ACCOUNT, Database
from packstation.sandbox.errors import ApiError, FieldError, forbidden, invalid, not_found
from packstation.sandbox.order_desk import Clock, OrderDesk
from packstation.sandbox.timestamps import now_micros
from packstation.sandbox.views import JSON, Page


class Warehouse(OrderDesk):
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
            return views.fulfillment(db_rows.fulfillment_row(conn, fulfillment_id, self.account_id))

    def list_line_items(self, fulfillment_id: int | None, page: Page) -> tuple[list[JSON], int]:
        with self.db.read() as conn:
            row = db_rows.fulfillment_row(conn, fulfillment_id, self.account_id)
            total = row["line_item_count"]
            rows = conn.execute(
                "SELECT * FROM line_items WHERE fulfillment_id = ? ORDER BY id LIMIT ? OFFSET ?",
                (row["id"], page.size, page.sql_offset),
            ).fetchall()
        return [views.line_item(r) for r in rows], total

    def set_status(self, fulfillment_id: int | None, read_status: Callable[[], str]) -> JSON:
        with self.db.transaction() as conn:
            row = db_rows.fulfillment_row(conn, fulfillment_id, self.account_id)
            db_rows.require_open(row)
            status = read_status()
            conn.execute(
                "UPDATE fulfillments SET status = ?, updated_at = ? WHERE id = ?",
                (status, self.clock(), row["id"]),
            )
            return views.fulfillment(db_rows.fulfillment_row(conn, row["id"], self.account_id))

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
            row = db_rows.fulfillment_row(conn, fulfillment_id, self.account_id)
            db_rows.require_open(row)
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
            return db_rows.shipment_json(conn, shipment_id)

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
            return db_rows.shipment_json(conn, shipment_id)

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
            lines = db_rows.lines_of(conn, [r["id"] for r in rows])
            return [views.shipment(r, lines.get(r["id"], [])) for r in rows], total

    # --- products -------------------------------------------------------------------------------

    def upsert_products(self, read_items: Callable[[], list[bodies.ProductIn]]) -> list[JSON]:
        with self.db.transaction() as conn:
            items = read_items()
            now = self.clock()
            existing = db_rows.products_by_sku(conn, self.account_id, db_rows.skus(items))
            bundle_skus = {
                r["sku"]
                for r in db_rows.select_in(
                    conn,
                    "SELECT sku FROM bundles WHERE account_id = ? AND sku IN ({})",
                    db_rows.skus(items),
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
            stored = db_rows.products_by_sku(conn, self.account_id, db_rows.skus(items))
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
