"""What packing needs offline, cached by the queue: each order's lines, and the catalog's barcodes.

An order's lines are kept with the line and unit counts of the record they were read with: they
are read again only when those change (a shipment elsewhere), not when anything else does (another
station's claim changes only the status).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from packstation.domain.gtin import to_gtin14
from packstation.domain.records import Fulfillment, LineItem, Product
from packstation.domain.session import ProductInfo
from packstation.store import ShipmentState
from packstation.store.outbox import ShipmentOutbox
from packstation.store.records import OutboxEntry

__all__ = ["Catalog", "LineCache", "LineCounts", "covered_units", "line_counts", "units_in"]

LineCounts = tuple[int, int, int]


def line_counts(f: Fulfillment) -> LineCounts:
    """What a change to an order's lines changes: its line and unit counts, units shipped."""
    return (f.line_item_count, f.unit_count, f.units_shipped)


class LineCache:
    def __init__(self) -> None:
        self._lines: dict[str, tuple[LineItem, ...]] = {}
        self._at: dict[str, dt.datetime] = {}
        self._counts: dict[str, LineCounts] = {}

    def get(self, fulfillment_id: str) -> tuple[LineItem, ...] | None:
        return self._lines.get(fulfillment_id)

    def fetched_at(self, fulfillment_id: str) -> dt.datetime | None:
        return self._at.get(fulfillment_id)

    def current(self, record: Fulfillment | None) -> tuple[LineItem, ...] | None:
        """The cached lines if they still match the order's record, else None."""
        if record is None or self._counts.get(record.id) != line_counts(record):
            return None
        return self._lines.get(record.id)

    def store(
        self,
        fulfillment_id: str,
        lines: tuple[LineItem, ...],
        at: dt.datetime,
        counts: LineCounts | None,
    ) -> None:
        self._lines[fulfillment_id] = lines
        self._at[fulfillment_id] = at
        if counts is not None:
            self._counts[fulfillment_id] = counts
        else:
            self._counts.pop(fulfillment_id, None)

    def changed(self, before: Fulfillment, after: Fulfillment) -> None:
        if line_counts(before) != line_counts(after):
            self._lines.pop(after.id, None)  # its lines changed with it: read them again

    def drop(self, fulfillment_id: str) -> None:
        self._lines.pop(fulfillment_id, None)
        self._at.pop(fulfillment_id, None)
        self._counts.pop(fulfillment_id, None)


class Catalog:
    """GTIN-14s per SKU and the product each GTIN names."""

    def __init__(self) -> None:
        self._barcodes: dict[str, frozenset[str]] = {}
        self._products: dict[str, ProductInfo] = {}

    def barcodes_for(self, sku: str) -> frozenset[str]:
        return self._barcodes.get(sku, frozenset())

    def product_for(self, gtin14: str) -> ProductInfo | None:
        return self._products.get(gtin14)

    def replace(self, products: Iterable[Product]) -> None:
        barcodes: dict[str, set[str]] = {}
        infos: dict[str, ProductInfo] = {}
        for product in products:
            gtin = to_gtin14(product.upc) if product.upc else None
            entry = barcodes.setdefault(product.sku, set())
            if gtin is not None:
                entry.add(gtin)
                infos.setdefault(gtin, ProductInfo(product.sku, product.name))
        self._barcodes = {sku: frozenset(codes) for sku, codes in barcodes.items()}
        self._products = infos


def units_in(entry: OutboxEntry) -> int:
    return entry.shipment.units


def covered_units(
    outbox: ShipmentOutbox, since: dt.datetime | None, fetched_at: Mapping[str, dt.datetime]
) -> dict[str, int]:
    """Units per fulfillment this station shipped that Stitch's record may not show yet."""
    covered: dict[str, int] = {}
    for fid in outbox.fulfillments_in_outbox(include_sent_since=since):
        fetched = fetched_at.get(fid)
        total = 0
        for entry in outbox.for_fulfillment(fid):
            if entry.state is ShipmentState.SENT:
                if entry.sent_at is None or fetched is None or entry.sent_at < fetched:
                    continue  # Stitch's record already counts it
            elif entry.state is ShipmentState.DISCARDED:
                continue
            total += units_in(entry)
        covered[fid] = total
    return covered
