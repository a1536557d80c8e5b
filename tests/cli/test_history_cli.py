"""`packstation history` and `packstation figures` on a real journal, while the app holds it."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from collections.abc import Iterator
from pathlib import Path

import pytest

from packstation.cli import build_parser, main
from packstation.cli import figures as figures_cli
from packstation.domain.session import PackLine, SessionSpec
from packstation.services.headless import demo_tracking_number
from packstation.services.history import fulfillment_history
from packstation.services.history_export import history_csv
from packstation.services.scripted_pack import ScriptedPack
from packstation.store import Journal, default_journal_path

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
MUG = "012345678905"
TEE = "4006381333931"


def at(hour: int, minute: int = 0, second: int = 0, day: int = 27) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, second, tzinfo=BERLIN)


def _order(fulfillment_id: str, mugs: int, tees: int) -> SessionSpec:
    return SessionSpec(
        fulfillment_id=fulfillment_id,
        order_number="SO-" + fulfillment_id,
        lines=(
            PackLine("1", "MUG-BLU-12", "Blue mug", frozenset({"0" * 2 + MUG}), mugs),
            PackLine("2", "TEE-RED-M", "Red tee", frozenset({"0" + TEE}), tees),
        ),
        service="UPS Ground",
    )


def _pack(
    journal: Journal,
    fulfillment_id: str,
    *,
    packer: str,
    station: str,
    start: dt.datetime,
    scans: list[str],
    undone_tees: int = 0,
) -> ScriptedPack:
    order = _order(fulfillment_id, scans.count(MUG), scans.count(TEE) - undone_tees)
    pack = ScriptedPack(
        journal,
        order,
        station=station,
        packer=packer,
        at=start,
        session_id="s-" + fulfillment_id,
    )
    for i, raw in enumerate([*scans, demo_tracking_number(fulfillment_id, 1)], start=1):
        pack.scan(raw, start + dt.timedelta(seconds=10 * i))
    return pack


@pytest.fixture
def app_journal(tmp_path: Path) -> Iterator[Journal]:
    """The station's journal, held open (and locked) by the running app."""
    journal = Journal.open(tmp_path / "journal.sqlite3")
    _pack(journal, "901", packer="alice", station="Station 1", start=at(9), scans=[MUG, MUG, TEE])
    _pack(
        journal,
        "902",
        packer="bob",
        station="Station 2",
        start=at(10),
        scans=[TEE, "PS-CMD:UNDO", TEE],
        undone_tees=1,
    )
    _pack(journal, "903", packer="alice", station="Station 1", start=at(9, day=24), scans=[MUG])
    yield journal
    journal.close()


def _args(journal: Journal, *argv: str) -> list[str]:
    return [*argv, "--journal", str(journal.path), "--time-zone", "Europe/Berlin"]


def test_history_csv_to_a_file_while_the_app_holds_the_journal(
    app_journal: Journal, tmp_path: Path
) -> None:
    out = tmp_path / "evidence.csv"

    code = main(_args(app_journal, "history", "901", "--output", str(out)))

    assert code == 0
    expected = history_csv(fulfillment_history(app_journal, "901", BERLIN))
    assert out.read_bytes() == expected.encode("utf-8")
    assert out.read_bytes().startswith(b"record,at,station,packer,order_number,")
    # The app goes on writing after the export.
    _pack(app_journal, "904", packer="alice", station="Station 1", start=at(11), scans=[TEE])


def test_history_json_on_standard_output(
    app_journal: Journal, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(_args(app_journal, "history", "902", "--format", "json"))

    exported = json.loads(capsys.readouterr().out)
    assert code == 0
    assert exported["fulfillment_id"] == "902"
    assert [(e["seq"], e["scanned"], e["units"], e["description"]) for e in exported["entries"]][
        1:4
    ] == [
        (1, TEE, 1, "counted 1 × TEE-RED-M (Red tee)"),
        (2, "PS-CMD:UNDO", -1, "undo: took back scan #1 (1 × TEE-RED-M (Red tee))"),
        (3, TEE, 1, "counted 1 × TEE-RED-M (Red tee)"),
    ]
    assert [s["state"] for s in exported["shipments"]] == ["pending"]


def test_history_of_an_order_this_station_never_packed(
    app_journal: Journal, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(_args(app_journal, "history", "999"))

    captured = capsys.readouterr()
    assert code == 1
    assert captured.out == ""
    assert "nothing of 999" in captured.err


def test_no_journal_is_said_and_none_is_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere" / "journal.sqlite3"

    code = main(["history", "901", "--journal", str(missing)])

    assert code == 2
    assert f"no journal at {missing}" in capsys.readouterr().err
    assert not missing.parent.exists()


TABLE = """\
Figures: 2026-11-27 (Europe/Berlin), by packer

packer  orders  boxes  units  s/unit  wrong  unknown  misread  over  undo  partial  rejected  weight
alice        1      1      3    10.0      0        0        0     0     0        0         0       0
bob          1      1      1    30.0      0        0        0     0     1        0         0       0
total        2      2      4    15.0      0        0        0     0     1        0         0       0

Units packed per hour:
09:00  ######################################## 3
10:00  ############# 1
"""


def test_figures_table_of_a_day(app_journal: Journal, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(_args(app_journal, "figures", "--from", "2026-11-27", "--to", "2026-11-27"))

    assert code == 0
    assert capsys.readouterr().out == TABLE


def test_figures_csv_by_station(app_journal: Journal, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["figures", "--from", "2026-11-23", "--to", "2026-11-29", "--by", "station"]
    code = main(_args(app_journal, *argv, "--format", "csv"))

    assert code == 0
    head = "2026-11-23,2026-11-29,Europe/Berlin,station"
    assert capsys.readouterr().out.split("\r\n") == [
        "from,to,time_zone,by,row,name,fulfillments_packed,boxes,units_packed,active_seconds,"
        "seconds_per_unit,wrong_items,unknown_codes,misreads,over_scans,undos,"
        "partial_shipments,rejected_shipments,partial_boxes,stopped_packs,weight_stops",
        f"{head},group,Station 1,2,2,4,40.0,10.0,0,0,0,0,0,0,0,0,0,0",
        f"{head},group,Station 2,1,1,1,30.0,30.0,0,0,0,0,1,0,0,0,0,0",
        f"{head},total,,3,3,5,70.0,14.0,0,0,0,0,1,0,0,0,0,0",
        "",
    ]


def _run_figures(journal: Journal, now: dt.datetime, *argv: str) -> dict[str, object]:
    argv_all = _args(journal, "figures", *argv, "--format", "json")
    args = build_parser(argv_all).parse_args(argv_all)
    return {"code": figures_cli.run(args, now=now)}


def test_figures_today_and_this_week_follow_the_station_clock(
    app_journal: Journal, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run_figures(app_journal, at(23, 59, 59), "--today") == {"code": 0}
    today = json.loads(capsys.readouterr().out)
    assert _run_figures(app_journal, at(0, 0, 0, day=29), "--week") == {"code": 0}
    week = json.loads(capsys.readouterr().out)

    assert today["period"]["from"] == today["period"]["to"] == "2026-11-27"
    assert today["period"]["start"] == "2026-11-27T00:00:00+01:00"
    assert today["total"]["units_packed"] == 4
    assert len(today["series"]) == 24
    assert week["period"]["from"] == "2026-11-23"
    assert week["period"]["to"] == "2026-11-29"
    assert [p["units_packed"] for p in week["series"]] == [0, 1, 0, 0, 4, 0, 0]
    assert [(r["name"], r["units_packed"]) for r in week["rows"]] == [("alice", 4), ("bob", 1)]


def test_figures_arguments_that_make_no_sense(
    app_journal: Journal, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(_args(app_journal, "figures", "--to", "2026-11-27")) == 2
    assert "--to needs --from" in capsys.readouterr().err
    assert main(_args(app_journal, "figures", "--from", "2026-11-28", "--to", "2026-11-27")) == 2
    assert "before it starts" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        main(_args(app_journal, "figures", "--from", "27.11.2026"))
    assert exited.value.code == 2


def test_audit_trail_as_json(app_journal: Journal, capsys: pytest.CaptureFixture[str]) -> None:
    app_journal.audit(
        station="Station 1",
        who="sam",
        what="took over a claimed order",
        why="claimed by Station 2",
        fulfillment_id="901",
        at=at(12),
    )

    code = main(
        _args(app_journal, "history", "--audit", "--from", "2026-11-27", "--format", "json")
    )

    exported = json.loads(capsys.readouterr().out)
    assert code == 0
    assert exported["entries"] == [
        {
            "at": "2026-11-27T12:00:00.000+01:00",
            "station": "Station 1",
            "who": "sam",
            "what": "took over a claimed order",
            "why": "claimed by Station 2",
            "fulfillment_id": "901",
            "session_id": None,
            "details": {},
        }
    ]
    assert main(_args(app_journal, "history", "--audit", "--to", "2026-11-26")) == 0
    assert capsys.readouterr().out.splitlines()[1:] == []


def test_the_profile_s_journal_and_the_station_s_time_zone_are_the_defaults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("PACKSTATION_MACHINE_CONFIG", str(tmp_path / "no-machine.toml"))
    user_settings = tmp_path / "settings.toml"
    user_settings.write_text('time_zone = "America/New_York"\n', encoding="utf-8")
    monkeypatch.setenv("PACKSTATION_USER_CONFIG", str(user_settings))
    path = default_journal_path("bench-2")
    path.parent.mkdir(parents=True)
    with Journal.open(path) as journal:
        _pack(journal, "905", packer="ida", station="Bench 2", start=at(9), scans=[MUG])

        code = main(["history", "905", "--profile", "bench-2", "--format", "json"])

    exported = json.loads(capsys.readouterr().out)
    assert code == 0
    assert exported["time_zone"] == "America/New_York"
    assert exported["entries"][0]["at"] == "2026-11-27T03:00:00.000-05:00"


def test_history_says_each_weighing_and_figures_count_the_weight_stops(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from packstation.domain.weighed_box import WeighedBox
    from packstation.domain.weight_check import BoxLine, Verdict
    from packstation.domain.weights import Weight
    from packstation.services.weighed_boxes import weighing_event

    journal = Journal.open(tmp_path / "journal.sqlite3")
    start = at(9)
    pack = ScriptedPack(journal, _order("905", 1, 0), station="Station 1", packer="carol", at=start)
    pack.scan("00" + MUG, start + dt.timedelta(seconds=10))
    for seconds, grams, verdict in ((20, 812, Verdict.STOP), (40, 481, Verdict.PASS)):
        weighed = WeighedBox(
            (BoxLine("MUG-BLU-12", 1),),
            None,
            Weight.grams(grams),
            True,
            start + dt.timedelta(seconds=seconds),
            verdict,
            shipped=verdict is Verdict.PASS,
            fulfillment_id="905",
        )
        journal.append_event(pack.session_id, weighing_event(weighed, packer="carol"))
    pack.scan(demo_tracking_number("905", 1), start + dt.timedelta(seconds=50))

    assert main(_args(journal, "history", "905")) == 0
    said = capsys.readouterr().out
    assert "box 1 weighed: 812 g (outside the tolerance: stopped)" in said
    assert "box 1 weighed: 481 g (within the tolerance)" in said

    assert main(_args(journal, "figures", "--from", "2026-11-27", "--to", "2026-11-27")) == 0
    table = capsys.readouterr().out.splitlines()
    header = table[2].split()
    carol = dict(zip(header, next(r for r in table if r.startswith("carol")).split(), strict=True))
    assert carol["weight"] == "1"
    journal.close()
