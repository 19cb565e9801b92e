"""Programme → Seating plan… on the real main window: the proposed plan drawn and listed for each
layout, warnings and refusals said in the dialog, nothing written; Vietnamese names exact."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableView

from delegation_planner.services import directory, engagements


def _open(window):
    opened = []
    window.exec_dialog = opened.append
    window.findChild(QAction, "seatingPlanAction").trigger()
    (dialog,) = opened
    return dialog


def test_seating_plan_of_a_meeting(window, boston, qtbot, tmp_path, db_path):
    db = window.db
    eng = engagements.create_engagement(db, boston["trip_id"], title="Hội đàm với Thống đốc", kind="meeting",
                                        timezone="America/New_York", start=datetime(2017, 7, 12, 9),
                                        end=datetime(2017, 7, 12, 10))
    eng_id = getattr(eng, "engagement", eng).id
    baker = directory.create_person(db, full_name="Charlie Baker", side="host", languages="English")
    polito = directory.create_person(db, full_name="Karyn Polito", side="host", languages="English")
    mai = directory.create_person(db, full_name="Trần Thị Mai Hương", side="delegation", languages="Vietnamese")
    directory.update_person(db, boston["head_id"], languages="tiếng Việt")
    engagements.set_attendance(db, eng_id, boston["head_id"], role="lead")
    engagements.set_attendance(db, eng_id, baker.id, role="lead")
    engagements.set_attendance(db, eng_id, polito.id)
    engagements.set_attendance(db, eng_id, mai.id)
    assert window.select_engagement(eng_id)
    from tests.gui.dialog_helpers import database_bytes

    before = database_bytes(db_path)
    dialog = _open(window)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.objectName() == "seatingDialog"
    assert dialog.layout_combo.currentData() == "bilateral"  # a meeting: the long table
    view = dialog.findChild(QTableView, "seatingView")
    names = [view.model().index(r, 2).data() for r in range(view.model().rowCount())]
    assert sorted(names) == sorted(["Nguyễn Đức Chung", "Charlie Baker", "Karyn Polito", "Trần Thị Mai Hương"])
    heads = {view.model().index(r, 2).data() for r in range(4) if view.model().index(r, 4).data() == "head of side"}
    assert heads == {"Nguyễn Đức Chung", "Charlie Baker"}
    assert "no interpreter" in dialog.warnings.text()  # Vietnamese and English, nobody interpreting
    dialog.grab().save(str(tmp_path / "seating-bilateral.png"))
    # a car takes three: four are refused, said in the dialog, the picture emptied
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("car"))
    assert view.model().rowCount() == 0 and "car" in dialog.warnings.text()
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("banquet"))
    assert view.model().rowCount() == 4
    dialog.grab().save(str(tmp_path / "seating-banquet.png"))
    assert database_bytes(db_path) == before  # proposing writes nothing


def test_nobody_attends_yet(window, boston, qtbot):
    eng = engagements.create_engagement(window.db, boston["trip_id"], title="Ký kết", kind="signing_ceremony",
                                        timezone="America/New_York", start=datetime(2017, 7, 12, 15),
                                        end=datetime(2017, 7, 12, 16))
    assert window.select_engagement(getattr(eng, "engagement", eng).id)
    dialog = _open(window)
    qtbot.addWidget(dialog)
    assert dialog.layout_combo.currentData() == "signing"
    assert dialog.findChild(QTableView, "seatingView").model().rowCount() == 0
    assert dialog.warnings.text()  # "nobody attends this engagement yet"
