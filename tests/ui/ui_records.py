"""Plain records for UI tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from packstation.domain.gtin import gtin_check_digit
from packstation.domain.records import Fulfillment, FulfillmentState, ShipTo
from packstation.domain.session import PackLine, SessionSpec

NOW = dt.datetime(2026, 11, 27, 12, 0, tzinfo=dt.UTC)

NAMES = ["Ada Byron", "Grace Hopper", "Alan Turing", "Edsger Dijkstra", "Barbara Liskov"]
PLACES = [("Beverly Hills", "CA"), ("Arlington", "VA"), ("Boston", "MA"), ("Austin", "TX")]
METHODS = ["UPS Ground", "USPS Priority Mail", "FedEx 2Day", "Standard Shipping"]


def fulfillment(n: int, **changes: object) -> Fulfillment:
    city, state = PLACES[n % len(PLACES)]
    f = Fulfillment(
        id=str(700000 + n),
        order_number=f"O{1000 + n}",
        channel_order_number=f"#{2000 + n}",
        status="",
        state=FulfillmentState.OPEN,
        shipping_method=METHODS[n % len(METHODS)],
        notes="",
        ship_to=ShipTo(
            name=NAMES[n % len(NAMES)],
            company="",
            street1=f"{n} Main St",
            street2="",
            city=city,
            state=state,
            zip=f"{90000 + n % 1000:05d}",
            country="United States",
            country_iso="US",
            phone="",
            email="",
        ),
        line_item_count=1 + n % 4,
        unit_count=1 + n % 7,
        units_shipped=0,
        created_at=NOW - dt.timedelta(minutes=7 * n + 1),
        updated_at=NOW,
    )
    return replace(f, **changes)  # type: ignore[arg-type]


def pack_spec(n_lines: int = 3) -> SessionSpec:
    """A domain session spec with `n_lines` lines of 2 units each, product codes from `gtin14`."""
    return SessionSpec(
        fulfillment_id="700123",
        order_number="O1053",
        channel_order_number="#1052",
        lines=tuple(
            PackLine(
                line_id=str(880000 + i),
                sku=f"SKU-{i:03d}",
                name=f"Item number {i}",
                barcodes=frozenset({gtin14(i)}),
                ordered=2,
            )
            for i in range(n_lines)
        ),
        service="UPS Ground",
    )


def gtin14(i: int) -> str:
    body = f"{1_000_000 + i:013d}"
    return body + str(gtin_check_digit(body))
