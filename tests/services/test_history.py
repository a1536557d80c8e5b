"""A fulfillment's history and the audit trail, exported exactly, from the known shift's journal."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support.figures import BERLIN, CAP, MUG, at, label, run, shift_journal, spec

from packstation.services.history import EntryKind, audit_trail, fulfillment_history
from packstation.services.history_export import (
    AUDIT_COLUMNS,
    HISTORY_COLUMNS,
    audit_csv,
    audit_json,
    dumps,
    history_csv,
    history_json,
)
from packstation.store import Journal, Resolution


@pytest.fixture
def shift(tmp_path: Path) -> Iterator[Journal]:
    journal = shift_journal(tmp_path / "journal.sqlite3")
    yield journal
    journal.close()


HEADER = (
    "record,at,station,packer,order_number,session_id,seq,kind,scanned,result,units,box_number,"
    "description,tracking_number,carrier,shipment_state,remote_id,sent_at,message"
)


def test_csv_of_an_order_whose_shipment_stitch_refused(shift: Journal) -> None:
    text = history_csv(fulfillment_history(shift, "700005", BERLIN))

    assert text.split("\r\n") == [
        HEADER,
        "opened,2026-11-27T12:59:00.000+01:00,Station 2,bob,SO-1005,s-700005,,,,opened,0,,"
        "opened order SO-1005: 1 unit to pack,,,,,,",
        "scan,2026-11-27T13:00:00.000+01:00,Station 2,bob,SO-1005,s-700005,1,product,"
        "5901234123457,counted,1,1,counted 1 × CAP-BLK (Black cap),,,,,,",
        "scan,2026-11-27T13:00:20.000+01:00,Station 2,bob,SO-1005,s-700005,2,tracking,"
        "1Z999AA10700005016,box_complete,0,1,box 1 closed with UPS label 1Z999AA10700005016: "
        "1 unit (1 × CAP-BLK (Black cap)); last box,,,,,,",
        "shipment,2026-11-27T13:00:20.000+01:00,Station 2,bob,SO-1005,s-700005,,,,rejected,1,1,"
        '"box 1: 1 unit (1 × CAP-BLK); refused by Stitch, waiting for a supervisor",'
        "1Z999AA10700005016,UPS,rejected,,,"
        "shipment.line_items[0].quantity: exceeds the 0 units left to ship",
        "closed,2026-11-27T13:00:20.000+01:00,Station 2,bob,SO-1005,s-700005,,,,shipped,0,,"
        "packing finished: every unit is in a box,,,,,,",
        "",
    ]


def _entry(
    record: str,
    moment: str,
    seq: int | None,
    kind: str,
    scanned: str,
    result: str,
    units: int,
    box: int | None,
    description: str,
) -> dict[str, Any]:
    return {
        "record": record,
        "at": moment,
        "station": "Station 1",
        "packer": "alice",
        "order_number": "SO-1001",
        "session_id": "s-700001",
        "seq": seq,
        "kind": kind,
        "scanned": scanned,
        "result": result,
        "units": units,
        "box_number": box,
        "description": description,
    }


def test_json_of_an_order_with_a_wrong_item_caught(shift: Journal) -> None:
    history = fulfillment_history(shift, "700001", BERLIN)
    exported = json.loads(dumps(history_json(history)))
    (box,) = shift.outbox.for_fulfillment("700001")
    t = "2026-11-27T"
    mug = "MUG-BLU-12 (Blue mug, 12 oz)"

    assert exported == {
        "format": "packstation.history/1",
        "fulfillment_id": "700001",
        "order_number": "SO-1001",
        "time_zone": "Europe/Berlin",
        "entries": [
            _entry("opened", t + "08:59:50.000+01:00", None, "", "", "opened", 0, None,
                   "opened order SO-1001: 3 units to pack"),
            _entry("scan", t + "08:59:55.000+01:00", 1, "text", "SO-1001", "notice", 0, 1,
                   "this order's packing slip again"),
            _entry("scan", t + "09:00:00.000+01:00", 2, "product", MUG, "counted", 1, 1,
                   f"counted 1 × {mug}"),
            _entry("scan", t + "09:00:20.000+01:00", 3, "product", MUG, "counted", 1, 1,
                   f"counted 1 × {mug}"),
            _entry("scan", t + "09:00:40.000+01:00", 4, "product", "9780201379624",
                   "wrong_item", 0, 1,
                   "wrong item: SOCK-GRN (Green socks) is not in this order; not counted"),
            _entry("scan", t + "09:00:50.000+01:00", 5, "command", "PS-CMD:ACK",
                   "acknowledged", 0, 1, "error acknowledged"),
            _entry("scan", t + "09:01:00.000+01:00", 6, "product", "4006381333931", "counted",
                   1, 1, "counted 1 × TEE-RED-M (Red tee, M)"),
            _entry("scan", t + "09:01:30.000+01:00", 7, "tracking", label("700001"),
                   "box_complete", 0, 1,
                   f"box 1 closed with UPS label {label('700001')}: 3 units (2 × {mug}, "
                   "1 × TEE-RED-M (Red tee, M)); last box"),
            _entry("closed", t + "09:01:30.000+01:00", None, "", "", "shipped", 0, None,
                   "packing finished: every unit is in a box"),
        ],
        "shipments": [
            {
                "local_id": box.local_id,
                "session_id": "s-700001",
                "box_number": 1,
                "closed_at": t + "09:01:30.000+01:00",
                "station": "Station 1",
                "packer": "alice",
                "state": "sent",
                "carrier": "UPS",
                "service": "UPS Ground",
                "tracking_number": label("700001"),
                "shipped_at": t + "09:01:30+01:00",
                "lines": [
                    {"line_id": "700001-1", "sku": "MUG-BLU-12", "quantity": 2},
                    {"line_id": "700001-2", "sku": "TEE-RED-M", "quantity": 1},
                ],
                "units": 3,
                "attempts": 1,
                "remote_id": "510001",
                "sent_at": t + "09:02:00.000+01:00",
                "rejected_message": None,
                "last_error": None,
            }
        ],
    }  # fmt: skip


def test_a_partial_box_then_a_cancel_reads_as_an_order_left_short(shift: Journal) -> None:
    history = fulfillment_history(shift, "700004", BERLIN)

    words = [(e.record, e.result, e.description) for e in history.entries[-4:]]
    assert words == [
        (EntryKind.SCAN, "ready_for_label", "box closed as partial: waiting for the carrier label"),
        (
            EntryKind.SCAN,
            "box_complete",
            f"box 1 closed with UPS label {label('700004')}: 2 units "
            "(2 × MUG-BLU-12 (Blue mug, 12 oz)); units still to ship",
        ),
        (EntryKind.SCAN, "canceled", "packing canceled"),
        (EntryKind.CLOSED, "canceled", "packing canceled"),
    ]
    errors = [(e.scanned, e.result, e.description) for e in history.entries if e.units == 0]
    assert (
        "4006381333932",
        "misread",
        ("misread, scan again: the product code's check digit is wrong; not counted"),
    ) in errors
    assert (MUG, "over_scan", (
        "one too many: 1 unit of MUG-BLU-12 (Blue mug, 12 oz) is more than is left to pack;"
        " not counted"
    )) in errors  # fmt: skip
    assert [s.state for s in history.shipments] == ["pending"]


def test_undo_says_which_scan_it_took_back(shift: Journal) -> None:
    history = fulfillment_history(shift, "700002", BERLIN)

    moved = [(e.seq, e.units, e.description) for e in history.entries if e.units]
    assert moved == [
        (1, 1, "counted 1 × MUG-BLU-12 (Blue mug, 12 oz)"),
        (2, 1, "counted 1 × MUG-BLU-12 (Blue mug, 12 oz)"),
        (3, -1, "undo: took back scan #2 (1 × MUG-BLU-12 (Blue mug, 12 oz))"),
        (5, 3, "counted 3 × MUG-BLU-12 (Blue mug, 12 oz)"),
        (6, 1, "counted 1 × CAP-BLK (Black cap)"),
    ]
    assert sum(e.units for e in history.entries) == 5


def test_an_order_the_journal_never_saw_has_an_empty_history(shift: Journal) -> None:
    history = fulfillment_history(shift, "799999", BERLIN)

    assert not history.found
    assert history_csv(history) == HEADER + "\r\n"


def test_supervisor_decisions_join_the_history_and_the_audit_trail(shift: Journal) -> None:
    (refused,) = shift.outbox.for_fulfillment("700005")
    shift.audit(
        station="Station 2",
        who="sam",
        what="shipped a box with unverified units",
        why="label printer jammed, counted by hand",
        fulfillment_id="700005",
        session_id="s-700005",
        at=at(13, 10),
    )
    shift.outbox.resolve_rejected(
        refused.local_id,
        resolution=Resolution.RETRY,
        by="sam",
        why="line quantity fixed in Stitch",
        station="Station 2",
        at=at(13, 30),
    )

    history = fulfillment_history(shift, "700005", BERLIN)
    audits = [(e.at, e.packer, e.description) for e in history.entries if e.record == "audit"]
    assert audits == [
        (at(13, 10), "sam", "shipped a box with unverified units: label printer jammed, "
         "counted by hand"),
        (at(13, 30), "sam", "rejected shipment: retry: line quantity fixed in Stitch"),
    ]  # fmt: skip
    (shipment,) = history.shipments
    assert shipment.state == "pending"  # sent again; Stitch's reason stays as evidence
    assert shipment.rejected_message == (
        "shipment.line_items[0].quantity: exceeds the 0 units left to ship"
    )

    trail = audit_trail(shift, BERLIN, at(13), at(14))
    assert audit_csv(trail).split("\r\n") == [
        ",".join(AUDIT_COLUMNS),
        "2026-11-27T13:10:00.000+01:00,Station 2,sam,shipped a box with unverified units,"
        '"label printer jammed, counted by hand",700005,s-700005,{}',
        "2026-11-27T13:30:00.000+01:00,Station 2,sam,rejected shipment: retry,"
        f'line quantity fixed in Stitch,700005,s-700005,"{{""box_number"": 1, ""local_id"": '
        f'""{refused.local_id}"", ""rejected_message"": ""shipment.line_items[0].quantity: '
        'exceeds the 0 units left to ship"", ""remote_id"": null}"',
        "",
    ]
    exported = audit_json(trail, "Europe/Berlin")
    assert exported["format"] == "packstation.audit/1"
    assert [e["details"].get("local_id") for e in exported["entries"]] == [None, refused.local_id]
    assert audit_trail(shift, BERLIN, at(14), at(15)) == ()


def test_names_and_codes_survive_the_csv_and_no_cell_is_a_formula(tmp_path: Path) -> None:
    formula = '=HYPERLINK("http://evil.example","click")'
    gs1 = "\x1d0109501101530003"  # a GS1 element string as a scanner sends it: GS first
    with Journal.open(tmp_path / "j.sqlite3") as journal:
        run(
            journal,
            spec("780001", ("CAP-BLK", 2)),
            station="Bänk 3",
            packer="Zoë",
            opened=at(9),
            script=[
                (at(9, 0, 1), CAP),
                (at(9, 0, 2), formula),
                (at(9, 0, 3), "ACK-KEY"),
                (at(9, 0, 4), gs1),
                (at(9, 0, 5), "ACK-KEY"),
                (at(9, 0, 6), "PS-USER:-Øyvind"),
                (at(9, 0, 7), CAP),
            ],
        )
        history = fulfillment_history(journal, "780001", dt.UTC)

    rows = list(csv.DictReader(io.StringIO(history_csv(history), newline="")))
    assert tuple(rows[0]) == HISTORY_COLUMNS
    assert rows[0]["station"] == "Bänk 3"
    assert rows[0]["at"] == "2026-11-27T08:00:00.000+00:00"
    by_seq = {row["seq"]: row for row in rows if row["record"] == "scan"}
    assert by_seq["2"]["scanned"] == "'" + formula
    assert by_seq["2"]["result"] == "unknown_code"
    assert by_seq["4"]["scanned"] == gs1
    assert by_seq["6"]["description"] == "packer signed in: -Øyvind"
    assert by_seq["7"]["packer"] == "'-Øyvind"
    exported = history_json(history)
    scanned = {e["seq"]: e["scanned"] for e in exported["entries"]}
    assert scanned[2] == formula
    assert scanned[4] == gs1
    assert json.loads(dumps(exported)) == exported
