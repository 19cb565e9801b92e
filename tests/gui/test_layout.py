"""Every tab fits a 1280×800 window with the sample trips: no minimum width that forces
a wider window, no table column cut off on the right."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableView

from delegation_planner.ui.main_window import COMMITMENTS_TAB


@pytest.fixture
def shown(main_window, qtbot):
    main_window.resize(1280, 800)
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.load_sample_trip()
    return main_window


def visible_tables(window):
    return [t for t in window.findChildren(QTableView) if t.isVisible() and t.model() is not None]


def assert_columns_inside(table: QTableView):
    header = table.horizontalHeader()
    columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    right = max(header.sectionViewportPosition(c) + header.sectionSize(c) for c in columns)
    assert right <= table.viewport().width() + 1, (table.objectName(), right, table.viewport().width())
    assert not table.horizontalScrollBar().isVisible() or table.objectName() == "programmeView"
    for c in columns:
        assert header.sectionSize(c) >= 50, (table.objectName(), c, header.sectionSize(c))


def check_every_tab_fits(window, qtbot):
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.minimumSizeHint().width() <= 1280
    assert window.minimumSizeHint().height() <= 800
    for index in range(window.tabs.count()):
        window.show_tab(index)
        qtbot.wait(5)
        assert window.width() == 1280, (index, window.width())
        page = window.tabs.currentWidget()
        assert page.minimumSizeHint().width() <= page.width(), (index, page.minimumSizeHint(), page.width())
        for table in visible_tables(window):
            if table.objectName() in ("commitmentsView", "engagementCommitmentsView", "attendeesView"):
                assert_columns_inside(table)
    window.show_tab(COMMITMENTS_TAB)
    window.commitments_panel.all_trips.setChecked(True)
    qtbot.wait(5)
    assert_columns_inside(window.commitments_panel.view)


def test_every_tab_fits_1280x800(shown, qtbot):
    check_every_tab_fits(shown, qtbot)


def test_every_tab_fits_1280x800_in_vietnamese(vi_window, qtbot):
    check_every_tab_fits(vi_window, qtbot)


def test_elided_commitment_shows_full_text_in_tooltip(shown):
    from PySide6.QtCore import Qt

    shown.show_tab(COMMITMENTS_TAB)
    model = shown.commitments_panel.model
    row = model.rows()[0]
    index = model.index(0, model.column_of("description"))
    assert row.description in index.data(Qt.ItemDataRole.ToolTipRole)
    org = model.index(0, model.column_of("organization"))
    assert row.organization_name in org.data(Qt.ItemDataRole.ToolTipRole).splitlines()
