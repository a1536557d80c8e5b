"""The self-test fails a damaged journal instead of saying "ok" (issue 13, items 1 and 2)."""

from __future__ import annotations

from pathlib import Path

from journal_helpers import journal_with_unsent_boxes_in_its_wal

from packstation.cli.selftest import Status, check_journal
from packstation.store import Journal


def test_a_journal_cut_to_zero_bytes_beside_its_wal_fails_the_self_test(tmp_path: Path) -> None:
    path = tmp_path / "station" / "journal.sqlite3"
    journal_with_unsent_boxes_in_its_wal(path)
    path.write_bytes(b"")
    wal = Path(f"{path}-wal").read_bytes()

    result = check_journal(path)

    assert result.status is Status.FAIL
    assert "the journal file is empty but its write-ahead log holds data" in result.text
    assert "packstation journal recover" in result.text
    assert Path(f"{path}-wal").read_bytes() == wal
    assert path.stat().st_size == 0


def test_garbage_in_the_middle_of_the_journal_fails_the_self_test(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as journal:
        for n in range(300):
            journal.open_session(
                fulfillment_id=f"{n}",
                order_number=f"SO-{n}",
                station=f"s{n}",
                packer="ana",
                spec={"lines": ["x" * 200]},
            )
    with open(path, "r+b") as file:
        file.seek(path.stat().st_size // 2)
        file.write(b"\xa5" * 8192)

    result = check_journal(path)

    assert result.status is Status.FAIL
    assert "quick_check" in result.text or "damaged" in result.text


def test_a_sound_journal_passes_with_its_check_figure(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    Journal.open(path).close()
    result = check_journal(path)
    assert result.status is Status.OK
    assert result.details[0].startswith("ok (schema 4")
