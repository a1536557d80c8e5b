"""The weight gate wired into the station: a complete box is weighed on a pty scale in the
background, its label waits for the weight, a wrong weight locks until a re-weigh, a fixed box or
a supervisor; no scale configured changes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from pathlib import Path
from typing import NoReturn

import pytest
from support.services import CATALOG, SandboxControl, build_station, station_settings, ups_number
from support.waiting import until

from packstation.api.client import StitchClient
from packstation.devices.simulator import ScaleSimulator
from packstation.domain.events import ErrorKind, Outcome
from packstation.domain.weight_check import Verdict as WeightVerdict
from packstation.domain.weights import Unit, Weight
from packstation.sandbox.server import SandboxServer
from packstation.services.catalogue_weights import load_catalogue_weights, save_catalogue_weights
from packstation.services.pack_weighing import WeighingDone
from packstation.services.packing import ScanOutcome, Verdict
from packstation.services.station import Station
from packstation.services.weighed_boxes import weighed_boxes


@pytest.fixture
def sim() -> Iterator[ScaleSimulator]:
    with ScaleSimulator("mt-sics") as simulator:
        simulator.show(Decimal("0.0"), "g")
        yield simulator


@pytest.fixture
async def weighing_station(
    sandbox: SandboxServer, stitch: StitchClient, journal_path: Path, sim: ScaleSimulator
) -> AsyncIterator[Station]:
    settings = station_settings(
        sandbox.base_url,
        scale_protocol="mt-sics",
        scale_device=sim.path,
        scale_tare_grams=150.0,
    )
    station = build_station(settings, sandbox.token, journal_path)
    station.save_catalogue_weights({"SKU-1": Weight(Decimal("0.5"), Unit.KG)})
    assert station.bench_scale is not None
    station.bench_scale.seconds = 3.0
    yield station
    await station.aclose()


class Answers:
    def __init__(self, station: Station) -> None:
        self.seen: list[ScanOutcome] = []
        station.notifier.on(WeighingDone, lambda done: self.seen.append(done.outcome))

    async def next(self) -> ScanOutcome:
        count = len(self.seen)
        await until(lambda: len(self.seen) > count, "a weighing")
        return self.seen[-1]


async def open_one(station: Station, ctl: SandboxControl, units: int = 1) -> str:
    order = await ctl.order({"SKU-1": units})
    await station.queue.refresh_full()
    assert (await station.packing.open(order["id"], "alice")).opened
    return str(order["id"])


async def test_a_box_one_unit_too_heavy_locks_and_ships_after_a_right_re_weigh(
    weighing_station: Station, ctl: SandboxControl, sim: ScaleSimulator
) -> None:
    station, packing = weighing_station, weighing_station.packing
    answers = Answers(station)
    fid = await open_one(station, ctl)
    sim.show(Decimal("1150.0"), "g")  # tare 150 + 2 × 500: one unit too many in the box
    packing.scan(CATALOG["SKU-1"])  # the box is complete: weighing starts
    stopped = await answers.next()
    assert stopped.event is not None
    assert stopped.event.result.error is not None
    error = stopped.event.result.error
    assert error.kind is ErrorKind.WEIGHT_MISMATCH
    assert error.detail == "BOX WEIGHS 1150 g — EXPECTED 650 g ± 26 g — one Product SKU-1 too many?"
    assert packing.scan(ups_number(1)).box is None  # the label does not ship it
    assert station._journal.outbox.for_fulfillment(fid) == ()

    sim.show(Decimal("652.0"), "g")  # the extra unit taken out
    assert packing.scan("PS-CMD:WEIGH").verdict is Verdict.WEIGHING
    passed = await answers.next()
    assert passed.event is not None
    assert passed.event.result.outcome is Outcome.WEIGHED
    packing.acknowledge()
    assert packing.scan(ups_number(1)).box is not None
    weighings = weighed_boxes(station._journal.events_of_fulfillment(fid))
    assert [(w.grams, w.verdict) for w in weighings] == [
        (1150.0, WeightVerdict.STOP),
        (652.0, WeightVerdict.PASS),
    ]


async def test_the_label_waits_for_the_weight_and_a_supervisor_lets_a_wrong_one_go(
    weighing_station: Station, ctl: SandboxControl, sim: ScaleSimulator
) -> None:
    station, packing = weighing_station, weighing_station.packing
    answers = Answers(station)
    await open_one(station, ctl)
    sim.show(Decimal("40.0"), "g", state="motion")  # the box is not on the scale yet
    packing.scan(CATALOG["SKU-1"])
    early = packing.scan(ups_number(1))
    assert early.verdict is Verdict.WEIGHING
    assert early.box is None
    sim.show(Decimal("900.0"), "g")
    stopped = await answers.next()
    assert stopped.snapshot is not None
    assert stopped.snapshot.error is not None

    let_go = packing.override_weight("Sam")
    assert let_go.event is not None
    assert let_go.event.result.by == "Sam"
    assert packing.scan(ups_number(1)).box is not None
    audit = station._journal.audit_entries()
    assert [(a.who, a.what) for a in audit][-1] == ("Sam", "let a box go over its weight")


async def test_a_sku_without_a_weight_is_recorded_and_goes(
    weighing_station: Station, ctl: SandboxControl, sim: ScaleSimulator
) -> None:
    station, packing = weighing_station, weighing_station.packing
    answers = Answers(station)
    order = await ctl.order({"SKU-2": 1})
    await station.queue.refresh_full()
    assert (await packing.open(order["id"], "alice")).opened
    sim.show(Decimal("333.0"), "g")
    packing.scan(CATALOG["SKU-2"])
    went = await answers.next()
    assert went.event is not None
    assert went.event.result.outcome is Outcome.WEIGHED
    assert went.event.result.argument == (
        "BOX WEIGHS 333 g — not checked: no weight known yet for Product SKU-2"
    )
    assert packing.scan(ups_number(1)).box is not None
    (weighing,) = weighed_boxes(station._journal.events_of_fulfillment(order["id"]))
    assert weighing.verdict is WeightVerdict.UNJUDGED
    assert weighing.shipped


async def test_an_unplugged_scale_locks_saying_so(
    weighing_station: Station, ctl: SandboxControl, sim: ScaleSimulator
) -> None:
    answers = Answers(weighing_station)
    await open_one(weighing_station, ctl)
    sim.unplug()
    weighing_station.packing.scan(CATALOG["SKU-1"])
    stopped = await answers.next()
    assert stopped.snapshot is not None
    assert stopped.snapshot.error is not None
    assert stopped.snapshot.error.detail == (
        "NO STABLE WEIGHT — the scale does not answer: check its cable"
    )
    assert weighing_station.packing.scan(ups_number(1)).box is None


async def test_fixing_the_box_by_scanning_weighs_it_again(
    weighing_station: Station, ctl: SandboxControl, sim: ScaleSimulator
) -> None:
    station, packing = weighing_station, weighing_station.packing
    answers = Answers(station)
    fid = await open_one(station, ctl)
    sim.show(Decimal("1150.0"), "g")
    packing.scan(CATALOG["SKU-1"])
    await answers.next()
    assert packing.weight_hold_words is not None
    sim.show(Decimal("648.0"), "g")  # the unscanned unit is out of the box
    packing.scan("PS-CMD:ACK")
    assert packing.scan("PS-CMD:UNDO").verdict is Verdict.RECORDED  # the box is open again
    assert packing.weight_hold_words is None
    packing.scan(CATALOG["SKU-1"])  # complete again: weighed again, without a command
    passed = await answers.next()
    assert passed.event is not None
    assert passed.event.result.outcome is Outcome.WEIGHED
    assert packing.scan(ups_number(1)).box is not None
    weighings = weighed_boxes(station._journal.events_of_fulfillment(fid))
    assert [w.verdict for w in weighings] == [WeightVerdict.STOP, WeightVerdict.PASS]


async def test_ps_cmd_ship_over_a_wrong_weight_asks_a_supervisor_and_ships_nothing_itself(
    weighing_station: Station, ctl: SandboxControl, sim: ScaleSimulator
) -> None:
    station, packing = weighing_station, weighing_station.packing
    answers = Answers(station)
    fid = await open_one(station, ctl)
    sim.show(Decimal("300.0"), "g")
    packing.scan(CATALOG["SKU-1"])
    await answers.next()
    asked = packing.scan("PS-CMD:SHIP")
    assert asked.verdict is Verdict.WEIGHT_OVERRIDE
    assert asked.message == "BOX WEIGHS 300 g — EXPECTED 650 g ± 26 g"
    assert packing.scan(ups_number(1)).box is None
    assert station._journal.outbox.for_fulfillment(fid) == ()
    assert station._journal.audit_entries() == ()


async def test_an_unplugged_scale_can_be_weighed_again_and_says_so_again(
    weighing_station: Station, ctl: SandboxControl, sim: ScaleSimulator
) -> None:
    answers = Answers(weighing_station)
    packing = weighing_station.packing
    await open_one(weighing_station, ctl)
    sim.unplug()
    packing.scan(CATALOG["SKU-1"])
    await answers.next()
    assert packing.scan("PS-CMD:WEIGH").verdict is Verdict.WEIGHING
    again = await answers.next()
    assert again.snapshot is not None
    assert again.snapshot.error is not None
    assert "the scale does not answer" in (again.snapshot.error.detail or "")
    assert packing.scan(ups_number(1)).box is None


async def test_weights_a_products_push_kept_while_the_station_runs_judge_its_next_box(
    weighing_station: Station, ctl: SandboxControl, sim: ScaleSimulator, journal_path: Path
) -> None:
    station, packing = weighing_station, weighing_station.packing
    answers = Answers(station)
    # `packstation products push` in another process keeps SKU-2's weight beside the journal.
    save_catalogue_weights(journal_path, {"SKU-2": Weight(Decimal("8"), Unit.OZ)})
    order = await ctl.order({"SKU-2": 1})
    await station.queue.refresh_full()
    assert (await packing.open(order["id"], "alice")).opened
    sim.show(Decimal("528.0"), "g")  # 150 g carton + 8 oz (226.8 g) + a second unit unscanned
    packing.scan(CATALOG["SKU-2"])
    stopped = await answers.next()
    assert stopped.snapshot is not None
    assert stopped.snapshot.error is not None
    assert (stopped.snapshot.error.detail or "").startswith("BOX WEIGHS 528 g — EXPECTED 377 g")


async def test_learning_in_the_background_gives_the_gate_a_weight_nobody_typed_in(
    weighing_station: Station, ctl: SandboxControl, sim: ScaleSimulator
) -> None:
    station, packing = weighing_station, weighing_station.packing
    bench = station.bench_scale
    assert bench is not None
    bench.learn_every = 6  # (20 at a station)
    answers = Answers(station)
    grams = ["451.0", "449.0", "450.5", "449.5", "450.0", "451.5"]  # 150 g carton + 300 g
    for n, weight in enumerate(grams, start=1):
        order = await ctl.order({"SKU-2": 1})
        await station.queue.refresh_full()
        assert (await packing.open(order["id"], "alice")).opened
        sim.show(Decimal(weight), "g")
        packing.scan(CATALOG["SKU-2"])
        went = await answers.next()
        assert went.event is not None
        assert "not checked" in (went.event.result.argument or "")
        assert packing.scan(ups_number(n)).box is not None

    def known() -> bool:
        estimate = bench.knowledge.unit_weights.get("SKU-2")
        return estimate is not None and estimate.known

    await until(known, "the learning after six boxes")
    learned = bench.knowledge.unit_weights["SKU-2"]
    assert abs(learned.grams - 300.0) < 3.0

    order = await ctl.order({"SKU-2": 1})
    await station.queue.refresh_full()
    assert (await packing.open(order["id"], "alice")).opened
    sim.show(Decimal("751.0"), "g")  # a second unit unscanned
    packing.scan(CATALOG["SKU-2"])
    stopped = await answers.next()
    assert stopped.snapshot is not None
    assert stopped.snapshot.error is not None
    assert "one Product SKU-2 too many?" in (stopped.snapshot.error.detail or "")


async def test_a_driver_that_fails_unexpectedly_locks_as_a_scale_fault_not_a_traceback(
    weighing_station: Station, ctl: SandboxControl
) -> None:
    def broken(config: object) -> NoReturn:
        raise RuntimeError("usb stack fell over")

    bench = weighing_station.bench_scale
    assert bench is not None
    bench.close()
    bench._opener = broken  # the next weighing opens the scale again
    answers = Answers(weighing_station)
    await open_one(weighing_station, ctl)
    weighing_station.packing.scan(CATALOG["SKU-1"])
    stopped = await answers.next()
    assert stopped.snapshot is not None
    assert stopped.snapshot.error is not None
    assert stopped.snapshot.error.detail == "NO STABLE WEIGHT — the scale reports a fault"


async def test_no_scale_configured_changes_nothing(
    station: Station, ctl: SandboxControl, journal_path: Path
) -> None:
    assert station.bench_scale is None
    await open_one(station, ctl)
    station.packing.scan(CATALOG["SKU-1"])
    assert not station.packing.weighing
    assert station.packing.scan(ups_number(1)).box is not None
    assert station.packing.scan("PS-CMD:WEIGH").verdict is Verdict.NO_PACK
    assert load_catalogue_weights(journal_path) == {}


async def test_the_weights_are_in_the_order_history_and_the_stops_in_the_packers_figures(
    weighing_station: Station, ctl: SandboxControl, sim: ScaleSimulator
) -> None:
    from packstation.services.figures import Grouping, figures
    from packstation.services.history import fulfillment_history
    from packstation.services.periods import days

    station, packing = weighing_station, weighing_station.packing
    answers = Answers(station)
    packing.sign_in("alice")
    fid = await open_one(station, ctl)
    sim.show(Decimal("1150.0"), "g")
    packing.scan(CATALOG["SKU-1"])
    await answers.next()
    sim.show(Decimal("651.0"), "g")
    packing.weigh()
    await answers.next()
    packing.acknowledge()
    assert packing.scan(ups_number(1)).box is not None

    history = fulfillment_history(station._journal, fid, dt.UTC)
    said = [e.description for e in history.entries]
    assert said.count("box 1 weighed: 1150 g (outside the tolerance: stopped)") == 1
    assert (
        "wrong weight: BOX WEIGHS 1150 g — EXPECTED 650 g ± 26 g — one Product SKU-1 too many?"
    ) in said
    assert said.count("box 1 weighed: 651 g (within the tolerance)") == 1
    assert "weight settled: BOX WEIGHS 651 g — as expected" in said
    today = dt.datetime.now(dt.UTC).date()
    report = figures(station._journal, days(today, today, dt.UTC), by=Grouping.PACKER)
    (alice,) = [row for row in report.rows if row.name == "alice"]
    assert alice.figures.weight_stops == 1
