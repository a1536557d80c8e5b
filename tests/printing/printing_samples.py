"""Sample records for the printing tests and the PNG previews in docs/print-samples."""

from __future__ import annotations

import datetime as dt

from packstation.domain.records import Fulfillment, FulfillmentState, LineItem, Product, ShipTo

PRINTED_AT = dt.datetime(2026, 11, 27, 7, 45, tzinfo=dt.UTC)
_T = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)

SHIP_TO = ShipTo(
    name="Ada Byron",
    company="Analytical Engines Ltd",
    street1="6041 Beverly Dr",
    street2="Suite 12",
    city="Beverly Hills",
    state="CA",
    zip="90210",
    country="United States",
    country_iso="US",
    phone="3105556041",
    email="ada@example.com",
)


def fulfillment(
    id_: str, order: str, lines: list[LineItem], *, notes: str = "", method: str = "UPS Ground"
) -> tuple[Fulfillment, list[LineItem]]:
    f = Fulfillment(
        id=id_,
        order_number=order,
        channel_order_number="#" + order.removeprefix("O"),
        status="",
        state=FulfillmentState.OPEN,
        shipping_method=method,
        notes=notes,
        ship_to=SHIP_TO,
        line_item_count=len(lines),
        unit_count=sum(line.quantity for line in lines),
        units_shipped=sum(line.quantity_shipped for line in lines),
        created_at=_T,
        updated_at=_T,
    )
    return f, lines


def line(
    id_: str, fid: str, sku: str, name: str, upc: str = "", qty: int = 1, shipped: int = 0
) -> LineItem:
    return LineItem(id_, fid, sku, name, upc, qty, shipped)


def small_order() -> tuple[Fulfillment, list[LineItem]]:
    fid = "700123"
    return fulfillment(
        fid,
        "O1053",
        [
            line("880001", fid, "MUG-BLU-12", "Blue mug, 12 oz", "012345678905", 2),
            line(
                "880002",
                fid,
                "TEA-EARL",
                "Earl Grey tea, loose leaf, 250 g tin",
                "4006381333931",
                3,
            ),
            line("880003", fid, "CAP-BLK", "Baseball cap, black, one size", "", 1),
            line("880004", fid, "SPOON-SET-4", "Tea spoons, set of 4", "96385074", 2, shipped=1),
        ],
        notes="Gift wrap, no invoice in box. "
        "Customer asked for the blue mug to be wrapped separately.",
        method="USPS Priority Mail",
    )


def long_order(count: int = 60) -> tuple[Fulfillment, list[LineItem]]:
    fid = "700456"
    lines = [
        line(
            f"89{i:04d}",
            fid,
            f"SKU-{i:03d}",
            f"Sample product number {i} with a longer name",
            "",
            1 + i % 4,
        )
        for i in range(1, count + 1)
    ]
    return fulfillment(fid, "O2000", lines, notes="Fragile: glass, pack with bubble wrap.")


PRODUCTS = [
    Product("1", "MUG-BLU-12", "Blue mug, 12 oz", "012345678905", 40, _T, _T),
    Product("2", "TEA-EARL", "Earl Grey tea, loose leaf, 250 g tin", "4006381333931", 12, _T, _T),
    Product("3", "CAP-BLK", "Baseball cap, black, one size", "", 3, _T, _T),
    Product("4", "SPOON-SET-4", "Tea spoons, set of 4", "96385074", 7, _T, _T),
    Product("5", "BAD-UPC-1", "Candle with a misprinted barcode", "012345678900", 5, _T, _T),
]
