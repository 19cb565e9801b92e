"""Programme → Seating plan… on the real main window: swap two seats, pin, regenerate, reset — each
committed at once (read back through the service), pinned seats marked in the list, undoable with
Edit → Undo; a refused edit (the plan changed in another window) is said and writes nothing."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QTableView

from delegation_planner.services import directory, engagements, members, seating, trips


def _open(window):
    opened = []
    window.exec_dialog = opened.append
    window.findChild(QAction, "seatingPlanAction").trigger()
    (dialog,) = opened
    return dialog


def _talks(window, boston):
    db = window.db
    eng = engagements.create_engagement(db, boston["trip_id"], title="Hội đàm với Thống đốc", kind="meeting",
                                        timezone="America/New_York", start=datetime(2017, 7, 12, 9),
                                        end=datetime(2017, 7, 12, 10)).engagement
    huy = directory.create_person(db, full_name="Lê Quang Huy", side="delegation").id
    mai = directory.create_person(db, full_name="Trần Thị Mai Hương", side="delegation").id
    members.add_member(db, boston["trip_id"], huy, precedence=2)
    members.add_member(db, boston["trip_id"], mai, precedence=3)
    engagements.set_attendance(db, eng.id, boston["head_id"], role="lead")
    engagements.set_attendance(db, eng.id, huy)
    engagements.set_attendance(db, eng.id, mai)
    for name, role in (("Charlie Baker", "lead"), ("Karyn Polito", "attendee"), ("Marty Walsh", "attendee")):
        engagements.set_attendance(db, eng.id, directory.create_person(db, full_name=name, side="host").id, role)
    assert window.select_engagement(eng.id)
    return eng.id


def _rows(view) -> dict[int, tuple[str, str]]:
    m = view.model()
    return {int(m.index(r, 0).data()): (m.index(r, 2).data(), m.index(r, 4).data() or "") for r in range(m.rowCount())}


def _select(view, numbers):
    m = view.model()
    selection = QItemSelection()
    for r in range(m.rowCount()):
        if int(m.index(r, 0).data()) in numbers:
            selection.select(m.index(r, 0), m.index(r, m.columnCount() - 1))
    view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def _stored(db, eng_id):
    found = seating.stored_seating(db, eng_id)
    return None if found is None else {s.number: s.occupant.name for s in found.plan.seats}, \
        (found.plan.pinned if found else None)


def test_swap_pin_regenerate_reset_and_undo_in_the_window(window, boston, qtbot, tmp_path):
    db = window.db
    eng_id = _talks(window, boston)
    dialog = _open(window)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 620)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.findChild(QTableView, "seatingView")
    swap = dialog.findChild(QPushButton, "seatingSwapButton")
    pin = dialog.findChild(QPushButton, "seatingPinButton")
    regenerate = dialog.findChild(QPushButton, "seatingRegenerateButton")
    reset = dialog.findChild(QPushButton, "seatingResetButton")
    assert "Proposed" in dialog.heading.text() and not reset.isEnabled()
    before = _rows(view)
    huy = next(n for n, (name, _p) in before.items() if name == "Lê Quang Huy")
    mai = next(n for n, (name, _p) in before.items() if name == "Trần Thị Mai Hương")
    _select(view, [huy])
    assert not swap.isEnabled() and pin.isEnabled()
    _select(view, [huy, mai])
    assert swap.isEnabled() and not pin.isEnabled()
    assert _stored(db, eng_id) == (None, None)
    qtbot.mouseClick(swap, Qt.MouseButton.LeftButton)
    # committed at once: the service reads the swap back, both seats pinned
    names, pinned = _stored(db, eng_id)
    assert names[huy] == "Trần Thị Mai Hương" and names[mai] == "Lê Quang Huy" and pinned == {huy, mai}
    after = _rows(view)
    assert after[huy][0] == "Trần Thị Mai Hương" and "pinned" in after[huy][1] and "pinned" in after[mai][1]
    assert sum("pinned" in place for _n, place in after.values()) == 2
    assert "Stored with the engagement" in dialog.heading.text() and reset.isEnabled()
    assert dialog.picture.plan.pinned == {huy, mai}
    dialog.grab().save(str(tmp_path / "seating-stored.png"))
    # unpin one, regenerate: the pinned one stays, the other goes back by the rules
    _select(view, [mai])
    assert pin.text().replace("&", "") == "Unpin seat"
    qtbot.mouseClick(pin, Qt.MouseButton.LeftButton)
    assert _stored(db, eng_id)[1] == {huy}
    qtbot.mouseClick(regenerate, Qt.MouseButton.LeftButton)
    names, pinned = _stored(db, eng_id)
    assert names[huy] == "Trần Thị Mai Hương" and pinned == {huy}
    dialog.grab().save(str(tmp_path / "seating-regenerated.png"))
    # undo (Edit → Undo's stack): the regenerate, then the unpin are undone in the database
    stack = window.ctx.undo_stack
    stack.undo()
    stack.undo()
    assert _stored(db, eng_id)[1] == {huy, mai}
    stack.redo()
    assert _stored(db, eng_id)[1] == {huy}
    dialog.reload()
    # reset to the proposal: nothing stored, the list as proposed
    qtbot.mouseClick(reset, Qt.MouseButton.LeftButton)
    assert _stored(db, eng_id) == (None, None)
    assert {n: name for n, (name, _p) in _rows(view).items()} == {n: name for n, (name, _p) in before.items()}
    stack.undo()  # the reset undone: the plan stored again
    assert _stored(db, eng_id)[1] == {huy}


def test_an_edit_of_a_plan_changed_in_another_window_is_refused_and_said(window, boston, qtbot):
    db = window.db
    eng_id = _talks(window, boston)
    dialog = _open(window)
    qtbot.addWidget(dialog)
    view = dialog.findChild(QTableView, "seatingView")
    seating.swap_seats(db, eng_id, 1, 2)  # another window saved meanwhile
    stored = _stored(db, eng_id)
    depth = window.ctx.undo_stack.count()
    _select(view, [3, 4])
    qtbot.mouseClick(dialog.findChild(QPushButton, "seatingSwapButton"), Qt.MouseButton.LeftButton)
    assert "changed elsewhere" in dialog.warnings.text()
    assert _stored(db, eng_id) == stored and window.ctx.undo_stack.count() == depth
    assert "pinned" in _rows(view)[1][1]  # the dialog now shows the plan stored by the other window


def _by_title(db, trip_id, title):
    return next(i.id for i in engagements.programme(db, trip_id).items if i.title == title)


def test_undo_of_an_engagement_delete_and_of_a_trip_delete_bring_the_plan_back(window, boston, qtbot):
    from delegation_planner.ui.operations import engagements as engagement_ops
    from delegation_planner.ui.operations import trips as trip_ops

    db, stack = window.db, window.ctx.undo_stack
    eng_id = _talks(window, boston)
    seating.swap_seats(db, eng_id, 5, 6)
    expected = _stored(db, eng_id)
    engagement_ops.delete_engagement(window.ctx, eng_id)
    assert _plan_count(db) == 0  # gone with the engagement (CASCADE)
    stack.undo()
    back = _by_title(db, boston["trip_id"], "Hội đàm với Thống đốc")
    assert _stored(db, back) == expected
    title = trips.get_trip(db, boston["trip_id"]).title
    trip_ops.delete_trip(window.ctx, boston["trip_id"])
    assert _plan_count(db) == 0
    stack.undo()
    (trip,) = [t for t in trips.list_trips(db) if t.title == title]
    again = _by_title(db, trip.id, "Hội đàm với Thống đốc")
    assert _stored(db, again) == expected


def _plan_count(db) -> int:
    import sqlalchemy as sa

    from delegation_planner.domain.models import SeatingPlanRecord

    with db.reading() as s:
        return s.execute(sa.select(sa.func.count()).select_from(SeatingPlanRecord)).scalar()


def test_a_stored_car_that_no_longer_fits_opens_and_says_why(window, boston, qtbot):
    db = window.db
    eng = engagements.create_engagement(db, boston["trip_id"], title="Ra sân bay", kind="travel",
                                        timezone="America/New_York", start=datetime(2017, 7, 13, 7),
                                        end=datetime(2017, 7, 13, 8)).engagement
    engagements.set_attendance(db, eng.id, boston["head_id"], role="lead")
    host = directory.create_person(db, full_name="Charlie Baker", side="host").id
    engagements.set_attendance(db, eng.id, host, role="lead")
    seating.swap_seats(db, eng.id, 1, 2)
    for name in ("Đỗ Thị Ngọc Ánh", "Vũ Minh"):  # four now: a car takes three
        engagements.set_attendance(db, eng.id, directory.create_person(db, full_name=name, side="delegation").id)
    assert window.select_engagement(eng.id)
    dialog = _open(window)
    qtbot.addWidget(dialog)
    assert dialog.layout_combo.currentData() == "car"
    assert "do not fit in a car" in dialog.warnings.text()
    assert not dialog.findChild(QPushButton, "seatingRegenerateButton").isEnabled()
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("bilateral"))  # another layout: proposed
    assert dialog.findChild(QTableView, "seatingView").model().rowCount() == 4
