"""Products and stock levels to Stitch: plan the difference, then send only that, in batches.

The use-case behind `packstation products push` and the app's Supervisor → Products:

1. `read_product_csv` (in `product_csv`) checks the file whole.
2. `plan_push` compares it with Stitch's current list (`fetch_plan` does the listing): new
   products, changed name or barcode, stock changes, unchanged. The plan says exactly what will be
   sent; a dry run stops here.
3. `push_plan` sends the plan's upserts in batches of 100 (one request each), reporting progress
   after every batch and stopping between batches when asked to. A failed batch ends the push;
   the `PushResult` lists which SKUs landed and which did not. Upserts set absolute values, so
   running the same file again sends only what is still different.

Nothing here opens the journal: the app passes an `audit` callback if it wants an entry.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from packstation.api import StitchClient
from packstation.api.errors import AmbiguousWrite, RateLimitedError, StitchError, ValidationError
from packstation.domain.gtin import gtin14
from packstation.domain.records import Product, ProductUpsert
from packstation.services.product_csv import CsvProduct, ProductFile, RowProblem

__all__ = [
    "BATCH_SIZE",
    "AuditSink",
    "CancelToken",
    "ChangeKind",
    "PlanNotSendableError",
    "PlannedChange",
    "PushPlan",
    "PushProgress",
    "PushResult",
    "fetch_plan",
    "plan_push",
    "push_plan",
    "same_barcode",
]

log = logging.getLogger(__name__)

#: Products per `POST /products` (the contract's maximum).
BATCH_SIZE: Final = 100
#: A batch answered 429 is sent again (it was not applied) at most this many times.
RATE_LIMIT_RETRIES: Final = 3
#: Seconds of `Retry-After` worth waiting for inside a push; longer ends it (rerun later).
MAX_RATE_LIMIT_WAIT: Final = 60.0

#: `audit(what, details)`: the app forwards it to `Journal.audit` with who and where.
AuditSink = Callable[[str, Mapping[str, object]], None]

_ENTRY_INDEX = re.compile(r"^products\[(\d+)\]")


class ChangeKind(StrEnum):
    NEW = "new"  # not in Stitch: created with name, barcode and stock
    CHANGED = "changed"  # name or barcode differs (stock is sent along)
    STOCK = "stock"  # only the stock differs
    UNCHANGED = "unchanged"  # nothing to send
    UNKNOWN = "unknown"  # stock-only push: not in Stitch, skipped (never created)


@dataclass(frozen=True, slots=True)
class PlannedChange:
    """One row of the file against what Stitch has; `upsert` is None when nothing is sent."""

    line: int
    sku: str
    kind: ChangeKind
    upsert: ProductUpsert | None
    current: Product | None  # Stitch's product before the push; None for a new/unknown SKU
    wanted: CsvProduct

    @property
    def name_changed(self) -> bool:
        return self.upsert is not None and self.upsert.name is not None and self.current is not None

    @property
    def upc_changed(self) -> bool:
        return self.upsert is not None and self.upsert.upc is not None and self.current is not None

    @property
    def stock_before(self) -> int | None:
        return None if self.current is None else self.current.quantity_on_hand


@dataclass(frozen=True, slots=True)
class PushPlan:
    """What a push would do. `problems` (e.g. a new product without a name) block sending."""

    changes: tuple[PlannedChange, ...]
    stock_only: bool
    products_in_stitch: int
    problems: tuple[RowProblem, ...] = ()
    batch_size: int = BATCH_SIZE

    def of_kind(self, kind: ChangeKind) -> tuple[PlannedChange, ...]:
        return tuple(c for c in self.changes if c.kind is kind)

    def counts(self) -> dict[ChangeKind, int]:
        counts = dict.fromkeys(ChangeKind, 0)
        for change in self.changes:
            counts[change.kind] += 1
        return counts

    @property
    def going_to_zero(self) -> tuple[PlannedChange, ...]:
        """Products this push leaves with 0 in stock that have stock in Stitch now (or are new):
        worth a warning before sending, since a stock column that did not come across reads as
        all zeros."""
        return tuple(
            c
            for c in self.changes
            if c.upsert is not None
            and c.wanted.quantity_on_hand == 0
            and (c.current is None or c.current.quantity_on_hand != 0)
        )

    @property
    def to_send(self) -> tuple[ProductUpsert, ...]:
        return tuple(c.upsert for c in self.changes if c.upsert is not None)

    @property
    def batches(self) -> tuple[tuple[ProductUpsert, ...], ...]:
        send = self.to_send
        return tuple(
            send[start : start + self.batch_size] for start in range(0, len(send), self.batch_size)
        )

    @property
    def sendable(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class PushProgress:
    """After each batch (and once before the first): for a progress bar and a status line."""

    batches_done: int
    batches_total: int
    skus_landed: int
    skus_total: int


@dataclass(frozen=True, slots=True)
class PushResult:
    """What reached Stitch. A SKU is in exactly one of landed / not_landed / uncertain.

    `uncertain`: the batch was sent and no answer came (`AmbiguousWrite`); it may have landed.
    Running the same file again settles it: only what still differs is sent.
    """

    landed: tuple[str, ...]
    not_landed: tuple[str, ...]
    uncertain: tuple[str, ...] = ()
    error: StitchError | None = None
    failed_batch: int | None = None  # 1-based number of the batch that failed
    batches_total: int = 0
    canceled: bool = False
    #: Stitch's complaints about single entries of a refused batch: (file line, SKU, reason).
    refused: tuple[tuple[int, str, str], ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.not_landed and not self.uncertain and self.error is None


class PlanNotSendableError(ValueError):
    """`push_plan` was given a plan with problems (fix the file first)."""


class CancelToken:
    """Asks a running push to stop after the batch in flight (a batch is never cut in half).

    Cancelling the push's asyncio task works too, but then the batch in flight may or may not
    have landed and no `PushResult` is returned; the token is what a cancel button should use.
    """

    def __init__(self) -> None:
        self._canceled = False

    def cancel(self) -> None:
        self._canceled = True

    @property
    def canceled(self) -> bool:
        return self._canceled


# -- planning --------------------------------------------------------------------------------


def same_barcode(a: str, b: str) -> bool:
    """Equal as GTIN-14 when both are GTINs ("012345678905" is "0012345678905"), else as text."""
    ga, gb = gtin14(a.strip()), gtin14(b.strip())
    if ga is not None and gb is not None:
        return ga == gb
    return a.strip() == b.strip()


def plan_push(
    file: ProductFile,
    current: Iterable[Product],
    *,
    stock_only: bool = False,
    batch_size: int = BATCH_SIZE,
) -> PushPlan:
    """Compare a checked file with Stitch's products (pure).

    New products send name, barcode (if given) and stock; changed ones what changed plus the
    stock; stock changes only `sku` + `quantity_on_hand`. With `stock_only`, names and barcodes
    are not compared and SKUs Stitch does not know are `UNKNOWN` (reported, never created).
    """
    if not file.ok:
        raise ValueError("plan_push needs a file without problems")
    if not 1 <= batch_size <= BATCH_SIZE:
        raise ValueError(f"batch_size must be between 1 and {BATCH_SIZE}")
    by_sku = {p.sku: p for p in current}
    changes: list[PlannedChange] = []
    problems: list[RowProblem] = []
    for row in file.products:
        have = by_sku.get(row.sku)
        if have is None:
            if stock_only:
                changes.append(
                    PlannedChange(row.line, row.sku, ChangeKind.UNKNOWN, None, None, row)
                )
                continue
            if row.name is None:
                problems.append(
                    RowProblem(
                        row.line,
                        f'SKU "{row.sku}" is not in Stitch yet and has no name; '
                        "a new product needs a name",
                    )
                )
                continue
            upsert = ProductUpsert(
                row.sku, name=row.name, upc=row.upc, quantity_on_hand=row.quantity_on_hand
            )
            changes.append(PlannedChange(row.line, row.sku, ChangeKind.NEW, upsert, None, row))
            continue
        stock_differs = have.quantity_on_hand != row.quantity_on_hand
        name = None
        upc = None
        if not stock_only:
            if row.name is not None and row.name != have.name:
                name = row.name
            if row.upc is not None and not same_barcode(row.upc, have.upc):
                upc = row.upc
        if name is not None or upc is not None:
            kind = ChangeKind.CHANGED
            upsert = ProductUpsert(
                row.sku, name=name, upc=upc, quantity_on_hand=row.quantity_on_hand
            )
        elif stock_differs:
            kind = ChangeKind.STOCK
            upsert = ProductUpsert(row.sku, quantity_on_hand=row.quantity_on_hand)
        else:
            changes.append(PlannedChange(row.line, row.sku, ChangeKind.UNCHANGED, None, have, row))
            continue
        changes.append(PlannedChange(row.line, row.sku, kind, upsert, have, row))
    return PushPlan(
        changes=tuple(changes),
        stock_only=stock_only,
        products_in_stitch=len(by_sku),
        problems=tuple(problems),
        batch_size=batch_size,
    )


async def fetch_plan(
    client: StitchClient,
    file: ProductFile,
    *,
    stock_only: bool = False,
    batch_size: int = BATCH_SIZE,
) -> PushPlan:
    """List Stitch's products (pages of 100) and plan against them. Sends nothing."""
    current = await client.list_products()
    return plan_push(file, current, stock_only=stock_only, batch_size=batch_size)


# -- pushing ---------------------------------------------------------------------------------


async def push_plan(
    client: StitchClient,
    plan: PushPlan,
    *,
    on_progress: Callable[[PushProgress], None] | None = None,
    cancel: CancelToken | None = None,
    audit: AuditSink | None = None,
    source: str = "",
) -> PushResult:
    """Send the plan's upserts, one request per batch, stopping at the first failed batch.

    Raises `PlanNotSendableError` for a plan with problems. Errors of Stitch do not raise: they
    end up in the result with exactly which SKUs landed. `source` (e.g. the file name) goes into
    the audit entry.
    """
    if not plan.sendable:
        raise PlanNotSendableError(f"{len(plan.problems)} rows must be fixed before sending")
    batches = plan.batches
    total = len(plan.to_send)
    landed: list[str] = []
    in_flight: list[str] = []
    state = _PushState(batches_total=len(batches))

    def report(done: int) -> None:
        if on_progress is not None:
            on_progress(PushProgress(done, len(batches), len(landed), total))

    try:
        report(0)
        for number, batch in enumerate(batches, start=1):
            if cancel is not None and cancel.canceled:
                state.canceled = True
                break
            in_flight = [p.sku for p in batch]
            try:
                await _send_batch(client, batch)
            except StitchError as exc:
                state.error = exc
                state.failed_batch = number
                if isinstance(exc, AmbiguousWrite):
                    state.uncertain = [p.sku for p in batch]
                if isinstance(exc, ValidationError):
                    state.refused = _refused_entries(exc, batch, plan)
                log.warning("product push: batch %d of %d failed: %s", number, len(batches), exc)
                break
            in_flight = []
            landed.extend(p.sku for p in batch)
            report(number)
        result = _result(plan, landed, state)
    except BaseException:
        # The task was cancelled mid-batch (or worse): the batch in flight may have landed.
        # Still leave a trace of what surely did.
        interrupted = _PushState(len(batches), canceled=True, uncertain=in_flight)
        _audit(audit, plan, _result(plan, landed, interrupted), source)
        raise
    _audit(audit, plan, result, source)
    return result


@dataclass(slots=True)
class _PushState:
    batches_total: int
    canceled: bool = False
    error: StitchError | None = None
    failed_batch: int | None = None
    uncertain: list[str] = field(default_factory=list)
    refused: tuple[tuple[int, str, str], ...] = ()


def _result(plan: PushPlan, landed: Sequence[str], state: _PushState) -> PushResult:
    done = set(landed) | set(state.uncertain)
    return PushResult(
        landed=tuple(landed),
        not_landed=tuple(p.sku for p in plan.to_send if p.sku not in done),
        uncertain=tuple(state.uncertain),
        error=state.error,
        failed_batch=state.failed_batch,
        batches_total=state.batches_total,
        canceled=state.canceled,
        refused=state.refused,
    )


async def _send_batch(client: StitchClient, batch: Sequence[ProductUpsert]) -> None:
    # A 429 means Stitch did not apply the request: sending it again is safe (the client waits
    # out Retry-After before its next request). Other failures end the push; a rerun of the file
    # sends only what is still different.
    for attempt in range(RATE_LIMIT_RETRIES + 1):
        try:
            await client.upsert_products(batch)
            return
        except RateLimitedError as exc:
            if attempt == RATE_LIMIT_RETRIES or exc.retry_after > MAX_RATE_LIMIT_WAIT:
                raise
            await asyncio.sleep(exc.retry_after)


def _refused_entries(
    exc: ValidationError, batch: Sequence[ProductUpsert], plan: PushPlan
) -> tuple[tuple[int, str, str], ...]:
    """Map Stitch's `products[i].field` complaints back to the file's lines."""
    line_of = {c.sku: c.line for c in plan.changes}
    out: list[tuple[int, str, str]] = []
    for fe in exc.field_errors:
        match = _ENTRY_INDEX.match(fe.field)
        if match is None or int(match.group(1)) >= len(batch):
            continue
        sku = batch[int(match.group(1))].sku
        what = fe.field[match.end() :].lstrip(".") or "entry"
        out.append((line_of.get(sku, 0), sku, f"{what} {fe.message}"))
    return tuple(out)


#: Audit entries name at most this many SKUs per list (the counts are always complete).
_AUDIT_SKUS: Final = 200


def _audit(audit: AuditSink | None, plan: PushPlan, result: PushResult, source: str) -> None:
    if audit is None:
        return
    counts = plan.counts()
    details: dict[str, object] = {
        "source": source,
        "stock_only": plan.stock_only,
        "planned": {kind.value: n for kind, n in counts.items()},
        "landed": len(result.landed),
        "not_landed": len(result.not_landed),
        "uncertain": len(result.uncertain),
        "canceled": result.canceled,
        "error": None if result.error is None else str(result.error),
        "not_landed_skus": list(result.not_landed[:_AUDIT_SKUS]),
        "uncertain_skus": list(result.uncertain[:_AUDIT_SKUS]),
    }
    try:
        audit("products push", details)
    except Exception:
        # The push happened whatever the journal says; losing the entry must not hide the result.
        log.exception("product push: the audit entry could not be written")
