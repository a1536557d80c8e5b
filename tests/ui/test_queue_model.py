"""The queue table: a correct Qt model, sorting, filtering as you type, refreshes that keep the
packer's selection, and marks for rows waiting to send or taken by another station."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QItemSelectionModel, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from ui_records import NOW, fulfillment

from packstation.ui.queue_filter import QueueFilterProxy
from packstation.ui.queue_model import QueueColumn, QueueModel


def make(n: int = 20) -> tuple[QueueModel, QueueFilterProxy]:
    model = QueueModel(now=lambda: NOW)
    model.reset(fulfillment(i) for i in range(n))
    proxy = QueueFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def shown(proxy: QueueFilterProxy, column: QueueColumn = QueueColumn.ORDER) -> list[object]:
    """The order id or the name alone (the cells add the channel's number, the place)."""
    return [first_part(proxy.index(r, column).data()) for r in range(proxy.rowCount())]


def first_part(text: object) -> object:
    return text.split(" (#")[0].split(", ")[0] if isinstance(text, str) else text


def test_model_and_proxy_pass_the_model_tester(request: pytest.FixtureRequest) -> None:
    model, proxy = make()
    ModelTester(request.config).check(model, force_py=True)
    ModelTester(request.config).check(proxy, force_py=True)


def test_model_stays_correct_through_refreshes(request: pytest.FixtureRequest) -> None:
    model, proxy = make(10)
    proxy.set_filter_text("o10")
    # One tester per model: a tester tracks the change in flight of the model it watches.
    ModelTester(request.config).check(model, force_py=True)
    ModelTester(request.config).check(proxy, force_py=True)
    model.apply(
        added=[fulfillment(50), fulfillment(51)],
        changed=[replace(fulfillment(3), status="On hold – damaged", unit_count=40)],
        removed=[fulfillment(0).id, fulfillment(9).id, "999"],
    )
    model.sort(QueueColumn.SHIP_TO, Qt.SortOrder.AscendingOrder)
    model.apply(
        changed=[replace(fulfillment(4), ship_to=replace(fulfillment(4).ship_to, name="Zed"))]
    )
    assert model.rowCount() == 10
    names = [model.fulfillment(r).ship_to.name for r in range(model.rowCount())]
    assert names == sorted(names, key=str.casefold)
    assert model.row_of(fulfillment(0).id) is None
    assert all(model.row_of(model.fulfillment(r).id) == r for r in range(model.rowCount()))


def test_the_oldest_order_is_on_top_and_any_column_sorts() -> None:
    _model, proxy = make(8)
    assert shown(proxy)[0] == "O1007"  # created longest ago
    proxy.sort(QueueColumn.ORDER, Qt.SortOrder.AscendingOrder)
    assert shown(proxy) == [f"O{1000 + i}" for i in range(8)]
    proxy.sort(QueueColumn.UNITS, Qt.SortOrder.DescendingOrder)
    units = [int(u) for u in shown(proxy, QueueColumn.UNITS)]
    assert units == sorted(units, reverse=True)


def test_filter_matches_every_typed_word_across_columns() -> None:
    _model, proxy = make(40)
    proxy.set_filter_text("ada")
    assert proxy.rowCount() == 8
    assert {
        first_part(proxy.index(r, QueueColumn.SHIP_TO).data()) for r in range(proxy.rowCount())
    } == {"Ada Byron"}
    proxy.set_filter_text("ADA beverly")  # name and place, any case
    assert proxy.rowCount() > 0
    assert all(
        proxy.index(r, QueueColumn.PLACE).data() == "Beverly Hills CA"
        for r in range(proxy.rowCount())
    )
    proxy.set_filter_text("#2017")
    assert shown(proxy) == ["O1017"]
    proxy.set_filter_text("ups ground")
    assert {proxy.index(r, QueueColumn.SHIPPING).data() for r in range(proxy.rowCount())} == {
        "UPS Ground"
    }
    proxy.set_filter_text("no such thing")
    assert proxy.rowCount() == 0
    proxy.set_filter_text("")
    assert proxy.rowCount() == 40


def test_a_refresh_keeps_the_selected_order_selected(qtbot: QtBot) -> None:
    model, proxy = make(30)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    target = fulfillment(12).id
    row = next(r for r in range(proxy.rowCount()) if proxy.fulfillment_id(r) == target)
    view.selectionModel().setCurrentIndex(
        proxy.index(row, 1),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    model.apply(
        added=[fulfillment(i) for i in range(100, 110)],  # several land above the selection
        changed=[replace(fulfillment(12), status="Packing")],
        removed=[fulfillment(29).id, fulfillment(28).id],
    )
    selected = view.selectionModel().selectedRows()
    assert [proxy.fulfillment_id(i.row()) for i in selected] == [target]
    assert proxy.index(selected[0].row(), QueueColumn.STATUS).data() == "Packing"


def test_a_sort_keeps_the_selected_order_selected() -> None:
    _model, proxy = make(30)
    keep = QPersistentModelIndex(proxy.index(5, QueueColumn.ORDER))
    before = proxy.fulfillment_id(5)
    proxy.sort(QueueColumn.SHIP_TO, Qt.SortOrder.AscendingOrder)
    assert keep.isValid()
    assert proxy.fulfillment_id(keep.row()) == before


def test_waiting_and_claimed_rows_are_marked_in_words() -> None:
    model, _proxy = make(5)
    waiting, claimed = fulfillment(1).id, fulfillment(2).id
    model.set_marks({waiting}, {claimed: "Station 2"})
    mark = {model.fulfillment(r).id: model.index(r, QueueColumn.MARK).data() for r in range(5)}
    assert mark[waiting] == "⇡"
    assert mark[claimed] == "🔒"
    tips = {
        model.fulfillment(r).id: model.index(r, QueueColumn.MARK).data(Qt.ItemDataRole.ToolTipRole)
        for r in range(5)
    }
    assert tips[waiting] == "A shipment for this order is waiting to be sent to Stitch"
    assert tips[claimed] == "Being packed at Station 2"
    assert mark[fulfillment(3).id] == ""
    row = model.row_of(claimed)
    assert row is not None
    assert "Station 2" in model.index(row, QueueColumn.ORDER).data(Qt.ItemDataRole.ToolTipRole)
    model.set_marks(set(), {})
    assert all(model.index(r, QueueColumn.MARK).data() == "" for r in range(5))


def test_age_reads_like_a_person_would_say_it() -> None:
    model, _proxy = make(1)
    assert model.index(0, QueueColumn.AGE).data() == "1 min"
    model.apply(changed=[replace(fulfillment(0), created_at=NOW.replace(day=24))])
    assert model.index(0, QueueColumn.AGE).data() == "3 d"


def test_a_status_change_moves_a_row_into_and_out_of_the_filter() -> None:
    model, proxy = make(10)
    proxy.set_filter_text("on hold")
    assert proxy.rowCount() == 0
    model.apply(changed=[replace(fulfillment(4), status="On hold – damaged")])
    assert shown(proxy) == ["O1004"]
    model.apply(changed=[replace(fulfillment(4), status="")])
    assert proxy.rowCount() == 0


def test_the_selection_survives_typing_in_the_filter(qtbot: QtBot) -> None:
    _model, proxy = make(30)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    target = fulfillment(8).id  # Edsger Dijkstra, Beverly Hills
    row = next(r for r in range(proxy.rowCount()) if proxy.fulfillment_id(r) == target)
    view.selectionModel().setCurrentIndex(
        proxy.index(row, 1),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    for text in ("e", "ed", "edsger", "edsger bev"):
        proxy.set_filter_text(text)
        current = view.selectionModel().currentIndex()
        assert current.isValid()
        assert proxy.fulfillment_id(current.row()) == target
    proxy.set_filter_text("grace")  # the selected order is filtered out: nothing selected
    assert not view.selectionModel().currentIndex().isValid()


def test_clicking_a_column_header_sorts_by_it(qtbot: QtBot) -> None:
    model, proxy = make(12)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(QueueColumn.SHIP_TO, Qt.SortOrder.AscendingOrder)
    names = shown(proxy, QueueColumn.SHIP_TO)
    assert names == sorted(names, key=str.casefold)
    assert model.sort_column is QueueColumn.SHIP_TO


def test_the_default_columns_are_labelled_and_show_the_channel_number(qtbot: QtBot) -> None:
    from packstation.ui.queue_panel import QueuePanel

    panel = QueuePanel()
    qtbot.addWidget(panel)
    panel.model.reset(fulfillment(i) for i in range(30))
    panel.resize(820, 600)
    panel.show()
    qtbot.waitExposed(panel)
    table = panel.table
    shown_headers = [
        panel.proxy.headerData(c, Qt.Orientation.Horizontal)
        for c in range(panel.proxy.columnCount())
        if not table.isColumnHidden(c)
    ]
    assert shown_headers == ["Order", "Ship to", "Method", "Units", "Status", "Age"]
    assert all(shown_headers)
    order = panel.proxy.index(0, QueueColumn.ORDER).data()
    f = panel.model.fulfillment(0)
    assert order == f"{f.order_number} ({f.channel_order_number})"
    ages = [panel.model.fulfillment(r).created_at for r in range(panel.model.rowCount())]
    assert ages == sorted(ages)  # oldest first
    # Status and Age in sight without scrolling sideways.
    for column in (QueueColumn.STATUS, QueueColumn.AGE):
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        assert table.columnViewportPosition(column) >= 0
        assert right <= table.viewport().width()
    assert not table.tabKeyNavigation()
