"""Packing through the services against the real sandbox: slip, items, label, outbox, Stitch."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from support.services import (
    CATALOG,
    SandboxControl,
    build_station,
    fast_client,
    station_settings,
    ups_number,
)

from packstation.api import StitchClient
from packstation.domain.events import Outcome, SessionState
from packstation.sandbox import SandboxServer
from packstation.services.packing import OpenRefusal, Verdict
from packstation.services.station import Station
from packstation.store import Journal, SessionOutcome, ShipmentState


async def test_a_full_pack_reaches_stitch_with_its_lines_label_and_time(
    station: Station, ctl: SandboxControl, stitch: StitchClient
) -> None:
    order = await ctl.order({"SKU-1": 2, "SKU-2": 1}, method="UPS Ground")
    await station.queue.refresh_full()
    packing = station.packing

    slip = packing.scan(order["channel_order_number"])
    assert slip.verdict is Verdict.OPEN_ORDER
    assert slip.fulfillment_id == order["id"]
    opened = await packing.open(order["id"], "alice")
    assert opened.opened, opened.message

    for raw in (CATALOG["SKU-1"], CATALOG["SKU-2"], CATALOG["SKU-1"]):
        outcome = packing.scan(raw)
        assert outcome.verdict is Verdict.RECORDED
        assert outcome.event is not None
        assert outcome.event.result.outcome is Outcome.COUNTED
    assert packing.current is not None
    assert packing.current.state is SessionState.AWAITING_TRACKING

    label = packing.scan(ups_number(1))
    assert label.box is not None
    assert label.box.state is ShipmentState.PENDING
    assert packing.current is None  # the order is packed: the session closed with its box
    # The box is in the outbox before anything went to Stitch.
    assert await stitch.list_shipments(order["id"]) == []

    await station.sender.send_due()

    entry = station._journal.outbox.get(label.box.local_id)
    assert entry.state is ShipmentState.SENT
    (shipment,) = await stitch.list_shipments(order["id"])
    assert shipment.id == entry.remote_id
    assert shipment.tracking_number == ups_number(1)
    assert shipment.carrier == "UPS"
    assert shipment.service == "UPS Ground"
    lines = await stitch.list_line_items(order["id"])
    by_sku = {line.sku: line.id for line in lines}
    assert sorted(
        (li.fulfillment_line_item_id, li.quantity) for li in shipment.line_items
    ) == sorted([(by_sku["SKU-1"], 2), (by_sku["SKU-2"], 1)])
    label_time = label.event.at if label.event is not None else None
    assert label_time is not None
    assert shipment.shipped_at == label_time.replace(microsecond=shipment.shipped_at.microsecond)
    # Sent in the station's zone (Europe/Berlin): the same instant, the station's offset.
    sent_text = entry.payload["shipped_at"]
    assert (
        dt.datetime.fromisoformat(sent_text).utcoffset()
        == label_time.astimezone(ZoneInfo("Europe/Berlin")).utcoffset()
    )
    assert (await stitch.get_fulfillment(order["id"])).state.value == "complete"


async def test_a_partial_box_then_the_rest_make_two_shipments(
    station: Station, ctl: SandboxControl, stitch: StitchClient
) -> None:
    order = await ctl.order({"SKU-3": 3})
    await station.queue.refresh_full()
    packing = station.packing
    assert (await packing.open(order["id"], "bob")).opened

    packing.scan(CATALOG["SKU-3"])
    assert packing.partial().event is not None
    first = packing.scan(ups_number(11))
    assert first.box is not None
    assert packing.current is not None  # two units are still to pack
    assert packing.current.box_number == 2
    packing.set_quantity(2)
    packing.scan(CATALOG["SKU-3"])
    second = packing.scan(ups_number(12))
    assert second.box is not None
    assert packing.current is None

    await station.sender.send_due()

    shipments = await stitch.list_shipments(order["id"])
    assert sorted((s.tracking_number, s.line_items[0].quantity) for s in shipments) == [
        (ups_number(11), 1),
        (ups_number(12), 2),
    ]
    assert station.sender.summary().waiting == 0


async def test_another_orders_slip_during_a_pack_does_not_switch(
    station: Station, ctl: SandboxControl
) -> None:
    first = await ctl.order({"SKU-1": 1})
    second = await ctl.order({"SKU-2": 1})
    await station.queue.refresh_full()
    assert (await station.packing.open(first["id"], "alice")).opened

    outcome = station.packing.scan(second["order_number"])

    assert outcome.verdict is Verdict.FINISH_FIRST
    assert outcome.fulfillment_id == second["id"]
    assert first["order_number"] in outcome.message
    assert station.packing.current is not None
    assert station.packing.current.fulfillment_id == first["id"]
    assert station.packing.current.state is SessionState.SCANNING
    busy = await station.packing.open(second["id"])
    assert busy.refusal is OpenRefusal.BUSY


async def test_the_claim_is_set_on_open_and_the_old_status_restored_on_cancel(
    station: Station, ctl: SandboxControl, stitch: StitchClient
) -> None:
    order = await ctl.order({"SKU-1": 1})
    await stitch.set_status(order["id"], "Picking")
    await station.queue.refresh_full()

    assert (await station.packing.open(order["id"], "alice")).opened
    await station.sender.send_due()
    claimed = await stitch.get_fulfillment(order["id"])
    assert claimed.status == "Packing · Station 3 · alice"

    canceled = station.packing.cancel()
    assert canceled.event is not None
    assert canceled.event.result.outcome is Outcome.CANCELED
    assert station.packing.current is None
    await station.sender.send_due()
    assert (await stitch.get_fulfillment(order["id"])).status == "Picking"
    sessions = station._journal.sessions_of_fulfillment(order["id"])
    assert [s.outcome for s in sessions] == [SessionOutcome.CANCELED]


async def test_another_stations_recent_claim_needs_a_takeover_which_is_audited(
    station: Station, ctl: SandboxControl, stitch: StitchClient
) -> None:
    order = await ctl.order({"SKU-1": 1})
    await stitch.set_status(order["id"], "Packing · Station 7 · carol")
    await station.queue.refresh_full()

    warned = await station.packing.open(order["id"], "alice")
    assert not warned.opened
    assert warned.refusal is OpenRefusal.CLAIMED
    assert "Station 7" in warned.message
    assert station._journal.sessions_of_fulfillment(order["id"]) == ()

    taken = await station.packing.open(order["id"], "alice", takeover=True)
    assert taken.opened
    (audit,) = [a for a in station._journal.audit_entries() if a.fulfillment_id == order["id"]]
    assert audit.who == "alice"
    assert audit.details["claim"] == "Packing · Station 7 · carol"


async def test_a_pack_resumes_exactly_after_the_journal_is_reopened(
    sandbox: SandboxServer, ctl: SandboxControl, stitch: StitchClient, journal_path: Path
) -> None:
    order = await ctl.order({"SKU-1": 3, "SKU-2": 2})
    settings = station_settings(sandbox.base_url)
    first = build_station(settings, sandbox.token, journal_path)
    await first.queue.refresh_full()
    assert (await first.packing.open(order["id"], "alice")).opened
    first.packing.scan(CATALOG["SKU-1"])
    first.packing.scan("0000000000000")  # a misread: the session locks
    first.packing.scan(CATALOG["SKU-2"])  # refused while locked
    before = first.packing.current
    await first.aclose()

    second = build_station(settings, sandbox.token, journal_path)
    try:
        assert second.resumed is not None
        assert second.resumed.resumed
        assert second.packing.current == before
        assert before is not None
        assert before.state is SessionState.LOCKED
        second.packing.acknowledge()
        second.packing.scan(CATALOG["SKU-2"])
        assert second.packing.current is not None
        assert second.packing.current.verified_total == 2
        assert second.packing.packer == "alice"
    finally:
        await second.aclose()


async def test_an_unwritable_journal_refuses_scans_and_posts_nothing(
    sandbox: SandboxServer, ctl: SandboxControl, stitch: StitchClient, journal_path: Path
) -> None:
    import sqlite3

    order = await ctl.order({"SKU-1": 1})
    station = build_station(
        station_settings(sandbox.base_url, claim_format=""),
        sandbox.token,
        journal_path,
        busy_timeout_s=0.05,
    )
    try:
        await station.queue.refresh_full()
        assert (await station.packing.open(order["id"], "alice")).opened
        station.packing.scan(CATALOG["SKU-1"])
        other = sqlite3.connect(journal_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        try:
            label = station.packing.scan(ups_number(21))
            assert label.verdict is Verdict.REFUSED
            assert "Can't save scans" in label.message
            assert label.box is None
            again = station.packing.scan(ups_number(21))
            assert again.verdict is Verdict.REFUSED
            assert not station.packing.check_writable()
        finally:
            other.execute("ROLLBACK")
            other.close()
        # The label was not counted: the pack still waits for it.
        assert station.packing.current is not None
        assert station.packing.current.state is SessionState.AWAITING_TRACKING
        await station.sender.send_due()
        assert await stitch.list_shipments(order["id"]) == []

        assert station.packing.check_writable()
        assert station.packing.scan(ups_number(21)).box is not None
        await station.sender.send_due()
        assert len(await stitch.list_shipments(order["id"])) == 1
    finally:
        await station.aclose()
    with Journal.open(journal_path, read_only=True) as journal:
        (session,) = journal.sessions_of_fulfillment(order["id"])
        kinds = [e.result for e in journal.events(session.id)]
    assert kinds == [Outcome.COUNTED.value, Outcome.BOX_COMPLETE.value]


async def test_a_scan_with_no_pack_open_and_no_slip_says_so(station: Station) -> None:
    outcome = station.packing.scan(CATALOG["SKU-1"])
    assert outcome.verdict is Verdict.NO_PACK
    assert "packing slip" in outcome.message


async def test_signing_in_without_a_pack_sets_the_packer(station: Station) -> None:
    outcome = station.packing.scan("PS-USER:dora")
    assert outcome.verdict is Verdict.SIGNED_IN
    assert station.packing.packer == "dora"


async def test_a_slow_stitch_does_not_keep_the_packer_waiting_for_a_saved_order(
    station: Station, ctl: SandboxControl
) -> None:
    order = await ctl.order({"SKU-1": 1})
    await station.queue.refresh_full()
    await station.queue.lines(order["id"])  # saved on this station, as the queue prefetches
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)
    station.queue._clock = lambda: later  # the last poll is old: the order is read from Stitch
    station.packing._open_timeout_s = 0.3  # the test's patience, not the packer's 5 s
    await ctl.faults(latency_ms=3000)

    opened = await station.packing.open(order["id"], "alice")

    assert opened.opened
    assert opened.offline
    assert "can't be reached" in opened.message
    await ctl.faults(latency_ms=0)


async def test_an_unfinished_session_on_disk_is_never_doubled_by_opening_another(
    sandbox: SandboxServer, ctl: SandboxControl, stitch: StitchClient, journal_path: Path
) -> None:
    first_order, second_order = await ctl.order({"SKU-1": 2}), await ctl.order({"SKU-2": 1})
    settings = station_settings(sandbox.base_url)
    first = build_station(settings, sandbox.token, journal_path)
    await first.queue.refresh_full()
    assert (await first.packing.open(first_order["id"], "alice")).opened
    first.packing.scan(CATALOG["SKU-1"])
    await first.aclose()
    journal = Journal.open(journal_path)
    # Built without resuming (as a careless caller might): the journal still has the pack.
    careless = Station(settings, fast_client(sandbox.base_url, sandbox.token), journal)
    try:
        await careless.queue.refresh_full()
        refused = await careless.packing.open(second_order["id"], "bob")
        assert refused.refusal is OpenRefusal.BUSY
        assert careless.packing.current is not None
        assert careless.packing.current.fulfillment_id == first_order["id"]
        assert careless.packing.current.verified_total == 1
    finally:
        await careless.aclose()


async def test_one_carrier_label_cannot_close_two_boxes(
    station: Station, ctl: SandboxControl
) -> None:
    order = await ctl.order({"SKU-3": 2})
    await station.queue.refresh_full()
    assert (await station.packing.open(order["id"], "bob")).opened
    station.packing.scan(CATALOG["SKU-3"])
    station.packing.partial()
    assert station.packing.scan(ups_number(40)).box is not None
    station.packing.scan(CATALOG["SKU-3"])

    again = station.packing.scan(ups_number(40))

    assert again.verdict is Verdict.LABEL_USED
    assert again.box is None
    assert station.packing.current is not None
    assert station.packing.current.state is SessionState.AWAITING_TRACKING
    assert station.packing.scan(ups_number(41)).box is not None
    assert len(station._journal.outbox.for_fulfillment(order["id"])) == 2
