"""Through the services: a wrong carrier's label sends nothing until PS-CMD:SHIP ships it over the
lock (journaled with the packer), and another packer's badge mid-box does not switch the packer."""

from __future__ import annotations

from support.services import CATALOG, SandboxControl, ups_number

from packstation.api import StitchClient
from packstation.domain.events import ErrorKind, Outcome, OverrideKind, SessionState
from packstation.services.station import Station


async def test_a_wrong_carrier_label_sends_nothing_until_the_override(
    station: Station, ctl: SandboxControl, stitch: StitchClient
) -> None:
    order = await ctl.order({"SKU-1": 1}, method="FedEx Ground")
    await station.queue.refresh_full()
    packing = station.packing
    assert (await packing.open(order["id"], "alice")).opened
    packing.scan(CATALOG["SKU-1"])

    wrong = packing.scan(ups_number(1))
    assert wrong.box is None
    assert wrong.event is not None
    assert wrong.event.result.error is not None
    assert wrong.event.result.error.kind is ErrorKind.WRONG_CARRIER
    assert packing.current is not None
    assert packing.current.state is SessionState.LOCKED
    assert station._journal.outbox.for_fulfillment(order["id"]) == ()

    shipped = packing.ship()
    assert shipped.box is not None
    assert shipped.event is not None
    assert shipped.event.result.box is not None
    override = shipped.event.result.box.override
    assert override is not None
    assert (override.kind, override.by) == (OverrideKind.WRONG_CARRIER, "alice")
    await station.sender.send_due()
    (shipment,) = await stitch.list_shipments(order["id"])
    assert (shipment.carrier, shipment.tracking_number) == ("UPS", ups_number(1))


async def test_a_badge_mid_box_asks_before_it_takes_over(
    station: Station, ctl: SandboxControl
) -> None:
    order = await ctl.order({"SKU-1": 2}, method="UPS Ground")
    await station.queue.refresh_full()
    packing = station.packing
    assert (await packing.open(order["id"], "alice")).opened
    packing.scan(CATALOG["SKU-1"])

    asked = packing.scan("PS-USER:dora")
    assert asked.event is not None
    assert asked.event.result.outcome is Outcome.TAKEOVER_ASKED
    assert packing.packer == "alice"

    taken = packing.scan("PS-USER:dora")
    assert taken.event is not None
    assert (taken.event.result.outcome, taken.event.result.by) == (Outcome.TAKEN_OVER, "alice")
    assert packing.packer == "dora"
