"""`packstation journal [info | check | backup FILE | recover | new]` (issue 13, items 1, 4, 7)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from packstation.cli import main
from packstation.store import Journal, NewEvent

RECENT = dt.datetime.now(dt.UTC) - dt.timedelta(days=3)


@pytest.fixture
def journal_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PACKSTATION_MACHINE_CONFIG", str(tmp_path / "machine.toml"))
    monkeypatch.setenv("PACKSTATION_USER_CONFIG", str(tmp_path / "user.toml"))
    path = tmp_path / "station" / "journal.sqlite3"
    with Journal.open(path) as journal:
        for n, send in ((1, True), (2, False)):
            session = journal.open_session(
                fulfillment_id=f"f{n}",
                order_number=f"SO-{n}",
                station=f"s{n}",
                packer="ana",
                spec={"expect": {"ship_to": {"name": "Katherine Dubois"}}},
                at=RECENT,
            )
            box = journal.close_box(
                session.id,
                NewEvent("box_closed", RECENT, f"1Z{n}", "accepted"),
                {"tracking_number": f"1Z{n}"},
                close_session=True,
            )
            if send:
                journal.outbox.mark_sending(box.local_id, at=RECENT)
                journal.outbox.mark_sent(box.local_id, "r1", at=RECENT)
    return path


def test_info_tells_what_the_journal_holds_and_the_age_of_its_personal_data(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["journal", "--journal", str(journal_path)]) == 0
    out = capsys.readouterr().out
    assert "2 pack sessions" in out
    assert "boxes: 2 (1 sent, 1 unsent)" in out
    assert "customer personal data: 2 record(s); oldest 3 day(s) old" in out
    assert "erased 90 days after an order's last box was sent" in out


def test_check_fails_on_a_damaged_journal(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["journal", "check", "--journal", str(journal_path)]) == 0
    journal_path.write_bytes(b"x" * 8192)
    assert main(["journal", "check", "--journal", str(journal_path)]) == 1
    assert "FAIL journal" in capsys.readouterr().out


def test_backup_recover_and_new(journal_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = journal_path.parent / "backup.sqlite3"
    assert main(["journal", "backup", str(copy), "--journal", str(journal_path)]) == 0
    assert main(["journal", "backup", str(copy), "--journal", str(journal_path)]) == 2
    capsys.readouterr()

    assert main(["journal", "recover", "--journal", str(journal_path)]) == 0
    out = capsys.readouterr().out
    assert "1 box(es) not yet sent to Stitch:" in out
    assert "order SO-2 (fulfillment f2) box 1: pending, tracking 1Z2" in out

    before = sorted(p.name for p in journal_path.parent.iterdir())
    assert main(["journal", "new", "--journal", str(journal_path)]) == 0
    after = sorted(p.name for p in journal_path.parent.iterdir())
    assert journal_path.name not in after
    assert len(after) == len(before)  # moved aside, nothing deleted
