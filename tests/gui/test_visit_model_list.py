"""The commitments list shows each commitment's reference (issue 11: "CK-2017-003" shown everywhere),
its source document and completion date in the tooltip; the table still fits at 1280x800."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from delegation_planner.services import commitments


def test_the_reference_column_and_its_tooltip(window, boston, qtbot):
    from delegation_planner.ui.main_window import COMMITMENTS_TAB

    made = commitments.create_commitment(window.db, boston["trip_id"], description="Đào tạo",
                                         source_document="MoU on hospital management training, signed 17 Jul 2017",
                                         completed_date=date(2017, 9, 1))
    window.show()
    qtbot.waitExposed(window)
    window.show_tab(COMMITMENTS_TAB)
    m = window.commitments_panel.model
    row = m.row_of_id(made.id)
    reference = m.index(row, m.column_of("reference"))
    assert reference.data() == "CK-2017-001" == made.reference
    assert m.headerData(m.column_of("reference"), Qt.Orientation.Horizontal) == "Reference"
    assert "Source document: MoU on hospital management training" in reference.data(Qt.ItemDataRole.ToolTipRole)
    due = m.index(row, m.column_of("due_date")).data(Qt.ItemDataRole.ToolTipRole)
    assert "Completed on 1 Sep 2017" in due or "Completed on 01 Sep 2017" in due
    view = window.commitments_panel.view
    header = view.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert max(header.sectionViewportPosition(c) + header.sectionSize(c) for c in shown) <= view.viewport().width() + 1
    window.grab().save("/tmp/model_commitments_tab.png")
