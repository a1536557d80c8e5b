"""Weighing a complete box on a simulated serial scale (a real pty) locks or releases the pack."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from support.services import CATALOG, SandboxControl, ups_number

from packstation.devices import Scale, ScaleConfig, ScaleProtocol, ScaleUnstable, open_scale
from packstation.devices.simulator import ScaleSimulator
from packstation.domain.events import ErrorKind, SessionState
from packstation.domain.weight_check import Estimate, Verdict, WeightKnowledge
from packstation.domain.weights import Tolerance, Unit
from packstation.services.box_weighing import apply_weighing, weigh_box, weigh_open_box
from packstation.services.station import Station
from packstation.services.weighed_boxes import weighed_boxes
from tests.domain.session_helpers import MUG, MUG_GTIN, UPS_LABEL, Packer, new, product

KNOWLEDGE = WeightKnowledge({"MUG-BLU-12": Estimate(330.0)}, {None: Estimate(150.0)})
TOLERANCE = Tolerance(Decimal(25), Decimal(4))
NAMES = {"MUG-BLU-12": "Blue mug"}


@pytest.fixture
def sim() -> Iterator[ScaleSimulator]:
    with ScaleSimulator("mt-sics") as simulator:
        yield simulator


@pytest.fixture
def scale(sim: ScaleSimulator) -> Iterator[Scale]:
    with open_scale(ScaleConfig(ScaleProtocol.MT_SICS, sim.path, 9600, Unit.G)) as opened:
        yield opened


def complete_box() -> Packer:
    packer = new(MUG)
    packer(product(MUG_GTIN), product(MUG_GTIN))
    return packer


def weigh(scale: Scale, packer: Packer) -> tuple[bool, str, Verdict]:
    now = packer.clock + dt.timedelta(seconds=1)
    weighing = asyncio.run(weigh_box(scale, packer.session, KNOWLEDGE, TOLERANCE, now, names=NAMES))
    apply_weighing(packer.session, weighing, now)
    packer.clock = now
    return weighing.decision.passed, weighing.decision.words, weighing.record.verdict


def test_a_box_with_one_mug_too_many_locks_and_its_label_does_not_ship_it(
    sim: ScaleSimulator, scale: Scale
) -> None:
    packer = complete_box()
    sim.show(Decimal("1142.0"), "g")
    passed, words, verdict = weigh(scale, packer)
    assert not passed
    assert verdict is Verdict.STOP
    assert words == "BOX WEIGHS 1142 g — EXPECTED 810 g ± 32 g — one Blue mug too many?"
    assert packer.session.state is SessionState.LOCKED
    hold = packer.session.weight_hold
    assert hold is not None
    assert hold.kind is ErrorKind.WEIGHT_MISMATCH


def test_re_weighed_right_the_box_ships(sim: ScaleSimulator, scale: Scale) -> None:
    packer = complete_box()
    sim.show(Decimal("1142.0"), "g")
    weigh(scale, packer)
    sim.show(Decimal("812.0"), "g")
    passed, words, _ = weigh(scale, packer)
    assert passed
    assert words == "BOX WEIGHS 812 g — as expected"
    assert packer(UPS_LABEL).result.box is not None


def test_a_scale_that_never_settles_says_so_and_changes_nothing(
    sim: ScaleSimulator, scale: Scale
) -> None:
    packer = complete_box()
    sim.show(Decimal("800.0"), "g", state="motion")
    now = packer.clock + dt.timedelta(seconds=1)
    with pytest.raises(ScaleUnstable):
        asyncio.run(weigh_box(scale, packer.session, KNOWLEDGE, TOLERANCE, now, seconds=0.5))
    assert packer.session.state is SessionState.AWAITING_TRACKING


async def test_the_open_pack_is_weighed_journaled_and_gated_against_the_sandbox(
    station: Station, ctl: SandboxControl, sim: ScaleSimulator, scale: Scale
) -> None:
    order = await ctl.order({"SKU-1": 1})
    await station.queue.refresh_full()
    packing = station.packing
    assert (await packing.open(order["id"], "alice")).opened
    packing.scan(CATALOG["SKU-1"])
    knowledge = WeightKnowledge({"SKU-1": Estimate(500.0)}, {None: Estimate(150.0)})

    sim.show(Decimal("900.0"), "g")
    wrong = await weigh_open_box(packing, scale, knowledge, TOLERANCE)
    assert wrong is not None
    assert not wrong.decision.passed
    assert wrong.decision.words.startswith("BOX WEIGHS 900 g — EXPECTED 650 g")
    assert packing.scan(ups_number(1)).box is None
    assert station._journal.outbox.for_fulfillment(order["id"]) == ()

    packing.acknowledge()
    sim.show(Decimal("655.0"), "g")
    right = await weigh_open_box(packing, scale, knowledge, TOLERANCE)
    assert right is not None
    assert right.decision.passed
    assert packing.scan(ups_number(1)).box is not None
    weighings = weighed_boxes(station._journal.events_of_fulfillment(order["id"]))
    assert [(w.grams, w.verdict, w.shipped) for w in weighings] == [
        (900.0, Verdict.STOP, False),
        (655.0, Verdict.PASS, True),
    ]
