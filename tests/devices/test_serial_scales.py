"""Serial scales on a pseudo-terminal: a simulated scale answers on the master side, pyserial opens
the slave path like a real port. Each protocol: stable, unstable, overload, no reply, unplugged."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import pytest

from packstation.devices import (
    ScaleConfig,
    ScaleDisconnected,
    ScaleEmpty,
    ScaleError,
    ScaleNotFound,
    ScaleNotResponding,
    ScaleOverload,
    ScaleProtocol,
    ScaleUnderZero,
    ScaleUnstable,
    open_scale,
)
from packstation.devices.scale import Scale
from packstation.devices.simulator import ScaleSimulator
from packstation.domain.weights import Unit, Weight

PROTOCOLS = ["mt-sics", "nci", "continuous"]


@pytest.fixture(params=PROTOCOLS)
def sim(request: pytest.FixtureRequest) -> Iterator[ScaleSimulator]:
    with ScaleSimulator(request.param) as simulator:
        yield simulator


@pytest.fixture
def scale(sim: ScaleSimulator) -> Iterator[Scale]:
    config = ScaleConfig(ScaleProtocol(sim.protocol), sim.path, unit=Unit.G, reply_timeout=0.5)
    with open_scale(config) as opened:
        yield opened


def test_stable_weight_is_read(sim: ScaleSimulator, scale: Scale) -> None:
    sim.show("1.250", "kg")
    assert scale.read_stable(5.0) == Weight.grams(1250)


def test_a_weight_in_pounds_stays_in_pounds(sim: ScaleSimulator, scale: Scale) -> None:
    sim.show("1.790", "lb")
    weight = scale.read_stable(5.0)
    assert weight == Weight.of("1.79", "lb")
    assert weight.display() == "1.790 lb"


def test_a_scale_that_never_settles_is_unstable(sim: ScaleSimulator, scale: Scale) -> None:
    sim.show("812", "g", state="motion")
    with pytest.raises(ScaleUnstable):
        scale.read_stable(0.6)


def test_the_weight_is_taken_once_it_settles(sim: ScaleSimulator, scale: Scale) -> None:
    sim.show("812", "g", state="motion")
    before = sim.requests

    def settle() -> None:
        sim.wait_for_requests(before + 3)
        sim.show("815", "g", state="stable")

    settler = threading.Thread(target=settle)
    settler.start()
    try:
        assert scale.read_stable(10.0) == Weight.grams(815)
    finally:
        settler.join()


def test_overload_ends_the_wait_at_once(sim: ScaleSimulator, scale: Scale) -> None:
    sim.show(state="overload")
    with pytest.raises(ScaleOverload) as caught:
        scale.read_stable(30.0)
    assert "too heavy" in str(caught.value)


def test_under_zero_asks_to_zero_the_scale(sim: ScaleSimulator, scale: Scale) -> None:
    sim.show(state="underload")
    with pytest.raises(ScaleUnderZero, match="zero it"):
        scale.read_stable(30.0)


def test_an_empty_scale_is_not_a_box(sim: ScaleSimulator, scale: Scale) -> None:
    sim.show("0", "g")
    with pytest.raises(ScaleEmpty, match="Put the box on the scale"):
        scale.read_stable(0.6, minimum=Weight.grams(5))


def test_a_silent_scale_does_not_answer(sim: ScaleSimulator, scale: Scale) -> None:
    sim.go_silent()
    with pytest.raises(ScaleNotResponding):
        scale.read_stable(30.0)


def test_unplugged_mid_read_is_a_clear_error_not_a_hang(sim: ScaleSimulator, scale: Scale) -> None:
    sim.show("640", "g", state="motion")
    before = sim.requests
    outcome: list[BaseException] = []

    def weigh() -> None:
        try:
            scale.read_stable(60.0)
        except BaseException as exc:
            outcome.append(exc)

    reader = threading.Thread(target=weigh)
    reader.start()
    assert sim.wait_for_requests(before + 2)  # the read is under way
    sim.unplug()
    reader.join(30.0)
    assert not reader.is_alive()
    assert len(outcome) == 1
    assert isinstance(outcome[0], ScaleDisconnected)
    assert "Plug it back in" in str(outcome[0])


def test_read_stable_async_runs_off_the_event_loop(sim: ScaleSimulator, scale: Scale) -> None:
    sim.show("300", "g")
    assert asyncio.run(scale.read_stable_async(5.0)) == Weight.grams(300)


def test_a_closed_scale_refuses_to_read(sim: ScaleSimulator, scale: Scale) -> None:
    scale.close()
    with pytest.raises(ScaleError):
        scale.read()


def test_no_port_there_is_not_found() -> None:
    with pytest.raises(ScaleNotFound) as caught:
        open_scale(ScaleConfig(ScaleProtocol.MT_SICS, "/dev/packstation-no-such-port"))
    assert "/dev/packstation-no-such-port" in caught.value.detail
