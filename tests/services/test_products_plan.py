"""The plan of a products push: what differs from Stitch's list, and exactly what gets sent."""

from __future__ import annotations

import datetime as dt

import pytest

from packstation.domain.records import Product, ProductUpsert
from packstation.services.product_csv import read_product_csv
from packstation.services.products import (
    ChangeKind,
    PlanNotSendableError,
    plan_push,
    push_plan,
    same_barcode,
)

T0 = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)


def stitch_product(sku: str, name: str, upc: str, qty: int, pid: int = 1) -> Product:
    return Product(str(pid), sku, name, upc, qty, T0, T0)


STITCH = [
    stitch_product("SAME", "Same mug", "012345678905", 10, 1),
    stitch_product("STOCK", "Stock mug", "", 10, 2),
    stitch_product("RENAME", "Old name", "", 10, 3),
    stitch_product("RECODE", "Recode mug", "012345678905", 10, 4),
    stitch_product("NOT-IN-FILE", "Untouched", "", 10, 5),
]

FILE = read_product_csv(
    b"sku,name,upc,quantity_on_hand\n"
    b"SAME,Same mug,0012345678905,10\n"  # same barcode written as GTIN-13: unchanged
    b"STOCK,Stock mug,,12\n"
    b"RENAME,New name,,10\n"
    b"RECODE,,4006381333931,7\n"  # empty name: keep Stitch's
    b"NEW,Brand new,96385074,5\n"
)


def test_plan_sorts_every_row_and_sends_only_what_differs() -> None:
    plan = plan_push(FILE, STITCH)
    kinds = {c.sku: c.kind for c in plan.changes}
    assert kinds == {
        "SAME": ChangeKind.UNCHANGED,
        "STOCK": ChangeKind.STOCK,
        "RENAME": ChangeKind.CHANGED,
        "RECODE": ChangeKind.CHANGED,
        "NEW": ChangeKind.NEW,
    }
    assert plan.to_send == (
        ProductUpsert("STOCK", quantity_on_hand=12),
        ProductUpsert("RENAME", name="New name", quantity_on_hand=10),
        ProductUpsert("RECODE", upc="4006381333931", quantity_on_hand=7),
        ProductUpsert("NEW", name="Brand new", upc="96385074", quantity_on_hand=5),
    )
    assert plan.products_in_stitch == 5
    assert plan.counts()[ChangeKind.UNCHANGED] == 1
    recode = plan.of_kind(ChangeKind.CHANGED)[1]
    assert (recode.upc_changed, recode.name_changed, recode.stock_before) == (True, False, 10)


def test_stock_only_sends_sku_and_stock_of_known_products_and_skips_unknown_ones() -> None:
    plan = plan_push(FILE, STITCH, stock_only=True)
    assert plan.to_send == (
        ProductUpsert("STOCK", quantity_on_hand=12),
        ProductUpsert("RECODE", quantity_on_hand=7),
    )
    assert [c.sku for c in plan.of_kind(ChangeKind.UNKNOWN)] == ["NEW"]
    # Names and barcodes are not looked at: RENAME's stock is the same, so nothing goes.
    assert {c.sku for c in plan.of_kind(ChangeKind.UNCHANGED)} == {"SAME", "RENAME"}
    assert plan.sendable


def test_a_new_product_without_a_name_blocks_the_push_with_its_line() -> None:
    file = read_product_csv(b"sku,quantity_on_hand\nSTOCK,3\nNEW-1,4\n")
    plan = plan_push(file, STITCH)
    assert [str(p) for p in plan.problems] == [
        'line 3: SKU "NEW-1" is not in Stitch yet and has no name; a new product needs a name'
    ]
    assert not plan.sendable


async def test_push_refuses_a_plan_with_problems_before_any_request() -> None:
    plan = plan_push(read_product_csv(b"sku,quantity_on_hand\nNEW-1,4\n"), [])
    with pytest.raises(PlanNotSendableError):
        await push_plan(None, plan)  # type: ignore[arg-type]  # never reaches the client


def test_batches_hold_at_most_100_in_file_order() -> None:
    rows = "".join(f"P{i:03d},Product {i},,{i}\n" for i in range(250))
    plan = plan_push(read_product_csv(f"sku,name,upc,quantity_on_hand\n{rows}".encode()), [])
    assert [len(b) for b in plan.batches] == [100, 100, 50]
    assert [p.sku for b in plan.batches for p in b] == [f"P{i:03d}" for i in range(250)]


def test_a_file_with_problems_cannot_be_planned() -> None:
    with pytest.raises(ValueError, match="without problems"):
        plan_push(read_product_csv(b"sku,quantity_on_hand\nA,-1\n"), [])


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("012345678905", "0012345678905", True),
        ("012345678905", "00012345678905", True),
        ("012345678905", "4006381333931", False),
        ("", "012345678905", False),
        ("SHOP-CODE", "SHOP-CODE", True),
    ],
)
def test_barcodes_compare_as_gtin14(a: str, b: str, same: bool) -> None:
    assert same_barcode(a, b) is same
