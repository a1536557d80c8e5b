"""The machine settings of the pack-session rules reach every new pack, and a saved order opens
at once while Stitch is known to be down."""

from __future__ import annotations

from pathlib import Path

from support.services import SandboxControl, build_station, station_settings, ups_number

from packstation.api import StitchClient
from packstation.api.errors import NetworkError
from packstation.domain.events import ErrorKind, Outcome
from packstation.domain.signin import BadgePolicy
from packstation.sandbox import SandboxServer
from packstation.services.station import Station


async def test_a_saved_order_opens_without_asking_stitch_when_it_is_known_down(
    station: Station, ctl: SandboxControl
) -> None:
    order = await ctl.order({"SKU-1": 1})
    await station.queue.refresh_full()
    await station.queue.lines(order["id"])  # saved on this station, as the queue prefetches
    station.queue._went_offline(NetworkError("connection refused"))
    asked: list[str] = []

    async def refresh_one(fulfillment_id: str) -> object:
        asked.append(fulfillment_id)  # the old path: retries against a dead Stitch
        raise NetworkError("connection refused")

    station.queue.refresh_one = refresh_one  # type: ignore[assignment,method-assign]

    opened = await station.packing.open(order["id"], "alice")

    assert opened.opened
    assert opened.offline
    assert asked == []


async def test_the_defaults_lock_a_wrong_carrier_and_ask_about_a_badge(
    station: Station, ctl: SandboxControl
) -> None:
    order = await ctl.order({"SKU-1": 1}, method="FedEx Ground")
    await station.queue.refresh_full()
    assert (await station.packing.open(order["id"], "alice")).opened
    spec = station.packing.spec
    assert spec is not None
    assert spec.carrier_mismatch_locks
    assert not spec.unknown_label_needs_approval
    assert spec.badge_mid_pack is BadgePolicy.ASK


async def test_the_machine_settings_reach_the_pack(
    sandbox: SandboxServer, ctl: SandboxControl, stitch: StitchClient, journal_path: Path
) -> None:
    from support.services import CATALOG

    settings = station_settings(
        sandbox.base_url,
        carrier_mismatch="warn",
        unknown_label_needs_pin=True,
        badge_mid_pack="refuse",
    )
    station = build_station(settings, sandbox.token, journal_path)
    try:
        order = await ctl.order({"SKU-1": 1}, method="FedEx Ground")
        await station.queue.refresh_full()
        assert (await station.packing.open(order["id"], "alice")).opened
        spec = station.packing.spec
        assert spec is not None
        assert not spec.carrier_mismatch_locks
        assert spec.unknown_label_needs_approval
        assert spec.badge_mid_pack is BadgePolicy.REFUSE
        station.packing.scan(CATALOG["SKU-1"])
        outcome = station.packing.scan(ups_number(7))  # a UPS label on a FedEx order: warned
        assert outcome.event is not None
        assert outcome.event.result.outcome is Outcome.BOX_COMPLETE
        assert outcome.event.result.error is None or (
            outcome.event.result.error.kind is not ErrorKind.WRONG_CARRIER
        )
    finally:
        await station.aclose()
