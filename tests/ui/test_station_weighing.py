"""The weight gate in the real station window with a simulated scale on a pty, by scanning: a
complete box says WEIGHING THE BOX… until its weight settles; a box one unit too heavy locks red
with its weight, the likely cause and the error sound, and its label does not ship it; PS-CMD:WEIGH
(or F6) weighs it again; PS-CMD:SHIP (or Shift+F6) asks a supervisor's PIN to let it go; a SKU of
unknown weight goes, saying it was not checked; an unplugged scale says so; without a scale the
window has no weighing keys."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from station_support import Rig, scanner_types
from support.services import ups_number
from support.waiting import until
from test_station_packing import find, opened

from packstation.devices.simulator import ScaleSimulator
from packstation.domain.weighed_box import WeighedBox
from packstation.domain.weights import Unit, Weight
from packstation.services.catalogue_weights import save_catalogue_weights
from packstation.services.pin import hash_pin
from packstation.services.weighed_boxes import weighed_boxes
from packstation.ui.banner import BannerState
from packstation.ui.sounds import Sound


@pytest.fixture
def sim() -> Iterator[ScaleSimulator]:
    with ScaleSimulator("mt-sics") as simulator:
        yield simulator


@pytest.fixture
def scale_settings(station_settings: Path, sim: ScaleSimulator, tmp_path: Path) -> Path:
    """A station with a scale, a 150 g carton, and SKU-1 at 500 g from a products CSV."""
    with station_settings.open("a", encoding="utf-8") as f:
        f.write(
            f'supervisor_pin_hash = "{hash_pin("4321")}"\n'
            f'[scale]\nprotocol = "mt-sics"\ndevice = "{sim.path}"\ntare_grams = 150.0\n'
        )
    journal = tmp_path / "station" / "journal.sqlite3"
    save_catalogue_weights(journal, {"SKU-1": Weight(Decimal(500), Unit.G)})
    return station_settings


def shipments_of(app: Any, fulfillment_id: str) -> list[Any]:
    """The boxes of an order in the station's outbox (journaled, on their way to Stitch)."""
    return list(app.services._journal.outbox.for_fulfillment(fulfillment_id))


def weighings(app: Any, fulfillment_id: str) -> list[WeighedBox]:
    return weighed_boxes(app.services._journal.events_of_fulfillment(fulfillment_id))


def sounds_of(app: Any) -> list[Sound]:
    played: list[Sound] = []
    player = app.window.sounds
    original = player.play

    def play(sound: Sound) -> None:
        played.append(sound)
        original(sound)

    player.play = play
    return played


async def test_a_box_that_weighs_wrong_locks_red_and_ships_after_a_re_weigh(
    sandbox: Any, scale_settings: Path, sim: ScaleSimulator, tmp_path: Path
) -> None:
    async with Rig(sandbox, tmp_path) as rig:
        sim.show(Decimal("0.0"), "g")
        app, order = await opened(rig, {"SKU-1": 1})
        w, field = app.window, app.window.pack_view.scan_field
        played = sounds_of(app)
        sim.show(Decimal("1152.0"), "g")  # an unscanned second unit went into the box
        scanner_types(rig.barcodes["SKU-1"], field)  # the box is complete: it is weighed
        await until(lambda: w.banner.state is BannerState.ERROR_LOCKED, "the weight's lock")
        text = w.banner.text()
        assert "WRONG WEIGHT" in text
        assert "BOX WEIGHS 1152 g — EXPECTED 650 g ± 26 g — one Product SKU-1 too many?" in text
        assert played[-1] is Sound.ERROR
        assert w.pack_view.weigh_again_button.isVisible()
        assert w.pack_view.weight_override_button.isVisible()

        scanner_types(ups_number(1), field)  # the label does not ship it
        assert w.banner.state is BannerState.ERROR_LOCKED
        assert shipments_of(app, order["id"]) == []

        sim.show(Decimal("648.0"), "g")  # the extra unit is out
        scanner_types("PS-CMD:WEIGH", field)
        await until(lambda: "BOX WEIGHED" in w.banner.text(), "the re-weigh")
        assert "BOX WEIGHS 648 g — as expected" in w.banner.text()
        assert not w.pack_view.weigh_again_button.isVisible()
        scanner_types(ups_number(1), field)
        await until(lambda: len(shipments_of(app, order["id"])) == 1, "the box in the outbox")


async def test_f6_re_weighs_and_a_supervisor_lets_a_wrong_weight_go_with_the_pin(
    sandbox: Any, scale_settings: Path, sim: ScaleSimulator, tmp_path: Path
) -> None:
    from packstation.ui.supervisor.pin_gate import PinDialog

    async with Rig(sandbox, tmp_path) as rig:
        sim.show(Decimal("0.0"), "g")
        app, order = await opened(rig, {"SKU-1": 1})
        w, field = app.window, app.window.pack_view.scan_field
        sim.show(Decimal("300.0"), "g")  # one unit short of what was scanned
        scanner_types(rig.barcodes["SKU-1"], field)
        await until(lambda: w.banner.state is BannerState.ERROR_LOCKED, "the weight's lock")
        assert "BOX WEIGHS 300 g — EXPECTED 650 g ± 26 g" in w.banner.text()

        assert app.weighing is not None
        packing = app.services.packing if app.services is not None else None
        assert packing is not None
        app.weighing.weigh_action.trigger()  # F6: still wrong
        await until(lambda: not packing.weighing, "the re-weigh")
        assert len(weighings(app, order["id"])) == 2
        assert "BOX WEIGHS 300 g — EXPECTED 650 g ± 26 g" in w.banner.text()
        assert w.banner.state is BannerState.ERROR_LOCKED

        app.weighing.override_action.trigger()  # Shift+F6
        await until(lambda: find(PinDialog) is not None, "the PIN dialog")
        gate = find(PinDialog)
        assert isinstance(gate, PinDialog)
        gate.name_edit.setText("Sam")
        gate.pin_edit.setText("4321")
        gate.reason_edit.setText("mug box is light")
        gate.approve_button.click()
        await until(lambda: "WEIGHT LET GO" in w.banner.text(), "the override")
        assert "Sam let this weight go" in w.banner.text()
        assert w.banner.state is BannerState.OK
        scanner_types(ups_number(1), field)
        await until(lambda: len(shipments_of(app, order["id"])) == 1, "the box in the outbox")
        assert app.services is not None
        audit = app.services._journal.audit_entries()
        assert ("Sam", "let a box go over its weight") in [(a.who, a.what) for a in audit]


async def test_without_a_scale_the_window_has_no_weighing_and_boxes_ship_as_before(
    sandbox: Any, station_settings: Path, tmp_path: Path
) -> None:
    async with Rig(sandbox, tmp_path) as rig:
        app, order = await opened(rig, {"SKU-1": 1})
        assert app.weighing is None
        field = app.window.pack_view.scan_field
        scanner_types(rig.barcodes["SKU-1"], field)
        scanner_types(ups_number(1), field)
        await until(lambda: len(shipments_of(app, order["id"])) == 1, "the box in the outbox")


async def test_a_complete_box_says_weighing_until_its_weight_settles_then_its_label_ships_it(
    sandbox: Any, scale_settings: Path, sim: ScaleSimulator, tmp_path: Path
) -> None:
    async with Rig(sandbox, tmp_path) as rig:
        sim.show(Decimal("0.0"), "g")
        app, order = await opened(rig, {"SKU-1": 1})
        w, field = app.window, app.window.pack_view.scan_field
        sim.show(Decimal("310.0"), "g", state="motion")  # the box on its way onto the scale
        scanner_types(rig.barcodes["SKU-1"], field)
        assert "WEIGHING THE BOX…" in w.banner.text()
        scanner_types(ups_number(1), field)  # too early: the label waits for the weight
        assert "WEIGHING THE BOX…" in w.banner.text()
        assert shipments_of(app, order["id"]) == []
        sim.show(Decimal("655.0"), "g")  # settled
        await until(lambda: "BOX WEIGHED" in w.banner.text(), "the weight")
        assert "BOX WEIGHS 655 g — as expected" in w.banner.text()
        scanner_types(ups_number(1), field)
        await until(lambda: len(shipments_of(app, order["id"])) == 1, "the box in the outbox")
        assert [b.grams for b in weighings(app, order["id"])] == [655.0]


async def test_scanning_ps_cmd_ship_over_a_wrong_weight_asks_the_supervisor_pin(
    sandbox: Any, scale_settings: Path, sim: ScaleSimulator, tmp_path: Path
) -> None:
    from packstation.ui.supervisor.pin_gate import PinDialog

    async with Rig(sandbox, tmp_path) as rig:
        sim.show(Decimal("0.0"), "g")
        app, order = await opened(rig, {"SKU-1": 1})
        w, field = app.window, app.window.pack_view.scan_field
        sim.show(Decimal("1152.0"), "g")
        scanner_types(rig.barcodes["SKU-1"], field)
        await until(lambda: w.banner.state is BannerState.ERROR_LOCKED, "the weight's lock")
        assert "Fix the box and scan PS-CMD:WEIGH, or call a supervisor" in w.banner.text()
        scanner_types("PS-CMD:SHIP", field)
        await until(lambda: find(PinDialog) is not None, "the PIN dialog")
        gate = find(PinDialog)
        assert isinstance(gate, PinDialog)
        gate.name_edit.setText("Sam")
        gate.pin_edit.setText("4321")
        gate.reason_edit.setText("two mugs ordered by phone")
        gate.approve_button.click()
        await until(lambda: "WEIGHT LET GO" in w.banner.text(), "the override")
        scanner_types(ups_number(1), field)
        await until(lambda: len(shipments_of(app, order["id"])) == 1, "the box in the outbox")


async def test_a_sku_with_no_known_weight_is_weighed_and_goes_saying_it_was_not_checked(
    sandbox: Any, scale_settings: Path, sim: ScaleSimulator, tmp_path: Path
) -> None:
    async with Rig(sandbox, tmp_path) as rig:
        sim.show(Decimal("0.0"), "g")
        app, order = await opened(rig, {"SKU-2": 1})
        w, field = app.window, app.window.pack_view.scan_field
        sim.show(Decimal("333.0"), "g")
        scanner_types(rig.barcodes["SKU-2"], field)
        await until(lambda: "BOX WEIGHED" in w.banner.text(), "the weight")
        assert "not checked: no weight known yet for" in w.banner.text()
        assert w.banner.state is not BannerState.ERROR_LOCKED
        scanner_types(ups_number(1), field)
        await until(lambda: len(shipments_of(app, order["id"])) == 1, "the box in the outbox")


async def test_an_unplugged_scale_says_so_on_the_banner_and_f6_tries_again(
    sandbox: Any, scale_settings: Path, sim: ScaleSimulator, tmp_path: Path
) -> None:
    async with Rig(sandbox, tmp_path) as rig:
        sim.show(Decimal("0.0"), "g")
        app, order = await opened(rig, {"SKU-1": 1})
        w, field = app.window, app.window.pack_view.scan_field
        assert app.weighing is not None
        assert app.services is not None
        packing = app.services.packing
        sim.unplug()
        scanner_types(rig.barcodes["SKU-1"], field)
        await until(lambda: w.banner.state is BannerState.ERROR_LOCKED, "the scale's lock")
        assert "NO STABLE WEIGHT — the scale does not answer: check its cable" in w.banner.text()
        w.pack_view.weigh_again_button.click()  # the lock's button: tried again, said again
        await until(lambda: len(weighing_tries(app, order["id"])) == 2, "the second try")
        await until(lambda: not packing.weighing, "the second try's answer")
        assert "NO STABLE WEIGHT" in w.banner.text()
        scanner_types(ups_number(1), field)
        assert shipments_of(app, order["id"]) == []


def weighing_tries(app: Any, fulfillment_id: str) -> list[Any]:
    """The gate's answers journaled for an order (a weight or NO STABLE WEIGHT)."""
    events = app.services._journal.events_of_fulfillment(fulfillment_id)
    return [e for e in events if "WEIGH" in str(e.payload)]
