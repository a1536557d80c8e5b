"""What the UI reads of a pack session: lines, per-SKU counts, the label override on offer, and
the whole snapshot (equal snapshots: equal sessions)."""

from __future__ import annotations

from dataclasses import dataclass

from packstation.domain.events import BoxShipment, OverrideKind, PackError, SessionState
from packstation.domain.scans import Carrier


@dataclass(frozen=True, slots=True)
class LineView:
    """One line as the packer sees it."""

    line_id: str
    sku: str
    name: str
    ordered: int
    shipped_before: int
    shipped_now: int  # in boxes closed during this session
    verified: int  # in the box being packed
    left: int  # still to pack: ordered - shipped_before - shipped_now - verified
    shared_sku: int = 1  # how many lines of this order carry this SKU (mark the line when > 1)
    kit: str = ""  # the kit the line came from, when the order says


@dataclass(frozen=True, slots=True)
class SkuCount:
    """One SKU over every line that carries it: what the banner counts ("2 of 2")."""

    sku: str
    verified: int  # in the box being packed
    in_box_target: int  # verified + still to pack


@dataclass(frozen=True, slots=True)
class OverrideOffer:
    """What PS-CMD:SHIP would do over the label lock that is up."""

    kind: OverrideKind
    tracking_number: str
    carrier: Carrier | None  # what the box would ship as (None: unknown carrier)
    needs_approval: bool  # ask a supervisor's PIN first, then pass `approved_by`


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Read-only view of a session for the UI (equal snapshots: equal sessions)."""

    fulfillment_id: str
    order_number: str
    state: SessionState
    lines: tuple[LineView, ...]
    ordered_total: int
    shipped_before_total: int
    shipped_now_total: int
    verified_total: int
    left_total: int
    error: PackError | None
    pending_qty: int | None
    box_number: int
    boxes: tuple[BoxShipment, ...]
    next_action: str
    last_seq: int
    stop_armed: bool = False  # PS-CMD:CANCEL once more (soon) stops packing
    override: OverrideOffer | None = None  # a label lock PS-CMD:SHIP can ship over
    takeover_asked: str | None = None  # this packer's badge once more takes the pack over

    def sku_count(self, sku: str) -> SkuCount:
        """The banner's count for a SKU: every line carrying it, counted together."""
        key = sku.strip().casefold()
        same = [v for v in self.lines if v.sku.strip().casefold() == key]
        verified = sum(v.verified for v in same)
        return SkuCount(sku, verified, verified + sum(v.left for v in same))


__all__ = ["LineView", "OverrideOffer", "SkuCount", "Snapshot"]
