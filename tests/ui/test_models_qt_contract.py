"""Qt's own model checks (pytest-qt's ModelTester) on the pack lines and the supervisor tables, as
test_queue_model.py does for the queue: a model that breaks Qt's rules shows wrong rows or crashes
a view, which a packer would notice."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.modeltest import ModelTester
from ui_records import pack_spec

from packstation.domain.classify import classify
from packstation.domain.session import PackSession
from packstation.ui.pack_lines_model import PackLinesModel
from packstation.ui.supervisor.rows_model import Column, RowsModel

T0 = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)


def test_the_pack_lines_model_keeps_qts_rules_through_scans(request: pytest.FixtureRequest) -> None:
    model = PackLinesModel()
    tester = ModelTester(request.config)
    tester.check(model, force_py=True)
    session = PackSession(pack_spec(5))
    snapshot = session.snapshot()
    model.replace(snapshot.lines, {line.line_id: "0001" for line in snapshot.lines})
    barcode = min(session.spec.lines[0].barcodes)
    session.scan(classify(barcode), T0)
    changed = model.update(session.snapshot().lines)
    assert changed == [0]
    assert model.rowCount() == 5
    model.replace((), {})
    assert model.rowCount() == 0


def test_the_supervisor_rows_model_keeps_qts_rules(request: pytest.FixtureRequest) -> None:
    model = RowsModel(
        (Column("Who", lambda r: r[0]), Column("Units", lambda r: r[1], numeric=True)),
        emphasize=lambda r: r[0] == "Total",
    )
    ModelTester(request.config).check(model, force_py=True)
    model.set_rows([("alice", 11), ("bob", 3), ("Total", 14)])
    assert model.rowCount() == 3
    assert model.text(2, 1) == "14"
    model.set_rows([])
    assert model.rowCount() == 0
