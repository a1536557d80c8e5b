"""Property tests: whatever the packer scans, nothing is counted beyond the order, and a session
rebuilt from its journaled events is the same session."""

from __future__ import annotations

import json
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st
from session_helpers import (
    ACK,
    CANCEL,
    FEDEX_LABEL,
    FEDEX_NUMBER,
    PARTIAL,
    SHIP,
    SOCK_GTIN,
    UNDO,
    UPS_LABEL,
    UPS_NUMBER,
    Packer,
    candidate,
    cmd,
    gs1,
    misread,
    product,
    qty,
    text,
)

from packstation.domain.events import Outcome, PackEvent, SessionState
from packstation.domain.scans import Carrier, CommandName, Scan, TrackingScan
from packstation.domain.session import PackLine, PackSession, ProductInfo, SessionSpec
from packstation.domain.signin import BadgePolicy

GTINS = ["00012345678905", "04006381333931", "00036000291452"]
SKUS = ["MUG-BLU-12", "TEA-EARL", "CAP-BLK"]
ACK_KEY = "ack key"  # the UI's acknowledge key, not a scan


@st.composite
def specs(draw: st.DrawFn) -> SessionSpec:
    count = draw(st.integers(min_value=1, max_value=4))
    lines = []
    for i in range(count):
        product_no = draw(st.integers(min_value=0, max_value=len(GTINS) - 1))
        ordered = draw(st.integers(min_value=0, max_value=4))
        shipped = draw(st.integers(min_value=0, max_value=ordered))
        lines.append(
            PackLine(
                line_id=str(880001 + i),
                sku=SKUS[product_no],
                name=f"product {product_no}",
                barcodes=frozenset({GTINS[product_no]}),
                ordered=ordered,
                shipped_before=shipped,
            )
        )
    return SessionSpec(
        fulfillment_id="700123",
        order_number="O1053",
        lines=tuple(lines),
        expected_carrier=draw(st.sampled_from([None, Carrier.UPS, Carrier.FEDEX])),
        service="Ground",
        require_ship_command=draw(st.booleans()),
        carrier_mismatch_locks=draw(st.booleans()),
        unknown_label_needs_approval=draw(st.booleans()),
        badge_mid_pack=draw(st.sampled_from(list(BadgePolicy))),
    )


item_scans: st.SearchStrategy[Scan] = st.one_of(
    st.sampled_from(GTINS).map(product),
    st.sampled_from(GTINS).map(gs1),
    st.sampled_from([*SKUS, "mug-blu-12", "NOPE"]).map(text),
    st.just(product(SOCK_GTIN)),
    st.just(product("00099999999993")),
    st.just(misread()),
)
other_scans: st.SearchStrategy[Scan | str] = st.sampled_from(
    [
        ACK,
        ACK,
        ACK_KEY,
        UNDO,
        SHIP,
        PARTIAL,
        CANCEL,
        qty(2),
        qty(3),
        qty(0),
        cmd(CommandName.USER, "ada"),
        cmd(CommandName.USER, "cy"),
        CANCEL,
        SHIP,
        text("ZZ-UNKNOWN-LABEL-42"),
        gs1(None),
        cmd(CommandName.STATUS, "packing"),
        text("O1053"),
        UPS_LABEL,
        FEDEX_LABEL,
        product("00" + FEDEX_NUMBER, tracking=FEDEX_LABEL.candidates),
        TrackingScan(UPS_NUMBER, (candidate(Carrier.UPS, UPS_NUMBER, check=False),)),
    ]
)
# Items more often than anything else, as at a real station; cancel rarely ends a run early.
signed_in = st.sampled_from([None, "ada", "bob"])
inputs = st.lists(st.one_of(item_scans, item_scans, other_scans), max_size=40)


def _feed(packer: Packer, step: Scan | str) -> PackEvent:
    if step == ACK_KEY:
        return packer.ack_key()
    assert not isinstance(step, str)
    return packer(step)


def _check_invariants(session: PackSession, event: PackEvent) -> None:
    snap = session.snapshot()
    shipped_in_boxes: Counter[str] = Counter()
    for box in snap.boxes:
        assert box.lines
        for line in box.lines:
            assert line.quantity >= 1
            shipped_in_boxes[line.line_id] += line.quantity
    for spec_line, view in zip(session.spec.lines, snap.lines, strict=True):
        assert view.verified >= 0
        assert view.left >= 0
        # Never more than ordered: earlier shipments + closed boxes + this box.
        assert view.shipped_before + view.shipped_now + view.verified <= spec_line.ordered
        assert view.shipped_now == shipped_in_boxes[view.line_id]
    assert snap.verified_total == sum(v.verified for v in snap.lines)
    assert snap.left_total == sum(v.left for v in snap.lines)
    assert snap.shipped_before_total + snap.shipped_now_total + snap.verified_total <= (
        snap.ordered_total
    )
    assert (snap.state is SessionState.LOCKED) == (snap.error is not None)
    if snap.state is SessionState.AWAITING_TRACKING:
        assert snap.verified_total > 0
    assert event.after.state is snap.state
    assert (event.after.verified_total, event.after.left_total) == (
        snap.verified_total,
        snap.left_total,
    )
    for count in event.after.lines:
        view = snap.lines[session.index_of(count.line_id)]
        assert (count.verified, count.left) == (view.verified, view.left)
    if event.result.outcome is Outcome.ERROR:
        assert not event.result.deltas
    if event.result.outcome is Outcome.MISREAD:
        assert not event.result.deltas
        assert event.after.state is not SessionState.LOCKED
    box = event.result.box
    expected = session.spec.expected_carrier
    if box is not None and expected is not None and session.spec.carrier_mismatch_locks:
        # A box never goes out on another carrier's label unless someone shipped over the lock.
        assert box.carrier is expected or box.override is not None


@settings(max_examples=250, deadline=None)
@given(specs(), inputs, signed_in)
def test_no_sequence_of_scans_counts_more_than_ordered(
    spec: SessionSpec, steps: list[Scan | str], packer: str | None
) -> None:
    packer = Packer(
        PackSession(spec, catalog={SOCK_GTIN: ProductInfo("SOCK", "Socks")}.get), packer
    )
    for step in steps:
        _check_invariants(packer.session, _feed(packer, step))


@settings(max_examples=250, deadline=None)
@given(specs(), inputs, st.integers(min_value=0, max_value=40), signed_in)
def test_replaying_the_journal_rebuilds_the_same_session(
    spec: SessionSpec, steps: list[Scan | str], crash_at: int, packer: str | None
) -> None:
    live = Packer(PackSession(spec), packer)
    for step in steps[:crash_at]:
        _feed(live, step)
    journal = [json.dumps(e.to_record()) for e in live.session.events]

    resumed = Packer(
        PackSession.replay(
            SessionSpec.from_record(json.loads(json.dumps(spec.to_record()))),
            [PackEvent.from_record(json.loads(line)) for line in journal],
        )
    )
    resumed.clock = live.clock
    resumed.packer = live.packer
    assert resumed.session.snapshot() == live.session.snapshot()
    assert resumed.session.events == live.session.events
    # After the crash both go on alike: the rebuilt session is the same machine, not a look-alike.
    for step in steps[crash_at:]:
        assert _feed(resumed, step) == _feed(live, step)
    assert resumed.session.snapshot() == live.session.snapshot()
