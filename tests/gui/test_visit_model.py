"""Issue 11 in the existing dialogs, on the real main window: a trip's direction (tripDirectionCombo),
a commitment's source document, contact on their side, completion date and its read-only reference;
the Reference column of the commitments list. Refusals keep the dialog open beside the field with the
database unchanged; every save is undoable."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from delegation_planner.domain.enums import VisitDirection
from delegation_planner.services import commitments, directory, trips
from tests.gui.dialog_helpers import press_ok
from tests.helpers import file_state

NAME = "Nguyễn Đức Chung"


def choose(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_the_trip_dialog_sets_the_direction_and_undo_takes_it_back(window, dialogs, boston, tmp_path):
    seen = {}

    def edit(dialog):
        combo = dialog.findChild(QComboBox, "tripDirectionCombo")
        seen["items"] = [combo.itemData(i) for i in range(combo.count())]
        seen["current"] = combo.currentData()
        choose(combo, "inbound")
        dialog.grab().save(str(tmp_path / "trip_dialog.png"))
        press_ok(dialog)

    dialogs.append(edit)
    window.actions_.edit_trip.trigger()
    assert seen == {"items": ["outbound", "inbound", "domestic"], "current": "outbound"}
    assert trips.get_trip(window.db, boston["trip_id"]).direction == VisitDirection.INBOUND
    window.actions_.undo.trigger()
    assert trips.get_trip(window.db, boston["trip_id"]).direction == VisitDirection.OUTBOUND
    window.actions_.redo.trigger()
    assert trips.get_trip(window.db, boston["trip_id"]).direction == VisitDirection.INBOUND

    def new(dialog):
        dialog.title_edit.setText("Đón đoàn Thái Nguyên")
        choose(dialog.findChild(QComboBox, "tripDirectionCombo"), "domestic")
        press_ok(dialog)

    dialogs.append(new)
    window.actions_.new_trip.trigger()
    made = [t for t in trips.list_trips(window.db) if t.title == "Đón đoàn Thái Nguyên"]
    assert [t.direction for t in made] == [VisitDirection.DOMESTIC]


def _commitments_panel(window):
    from delegation_planner.ui.main_window import COMMITMENTS_TAB

    window.show_tab(COMMITMENTS_TAB)
    return window.commitments_panel


def test_a_commitment_gets_its_follow_up_fields_and_a_reference(window, dialogs, boston, tmp_path):
    host = directory.create_person(window.db, full_name=NAME, side="host")
    panel = _commitments_panel(window)
    seen = {}

    def record(dialog):
        ref = dialog.findChild(QLineEdit, "commitmentReferenceEdit")
        seen["new_reference"] = (ref.text(), ref.isReadOnly())
        dialog.widget("description").setPlainText("Đào tạo quản lý bệnh viện")
        dialog.findChild(QLineEdit, "commitmentSourceEdit").setText(
            "MoU on hospital management training, signed 17 Jul 2017")
        choose(dialog.findChild(QComboBox, "commitmentTheirContactCombo"), host.id)
        completed = dialog.findChild(QWidget, "commitmentCompletedDate")
        completed.set_value(date(2017, 7, 11))  # before the trip began: refused beside the field
        before = file_state(window.db.path)
        dialog.accept()
        error = dialog.findChild(QLabel, "completed_date_error")
        seen["refused"] = (dialog.result(), error.isVisibleTo(dialog), error.text(), file_state(window.db.path) == before)
        completed.set_value(date(2017, 9, 1))
        dialog.accept()
        return dialog.result() == 1

    panel.run_dialog = record
    panel.add_button.click()
    assert seen["new_reference"] == ("", True)
    result, shown, text, unchanged = seen["refused"]
    assert result == 0 and shown and "2017-07-12" in text and unchanged
    row = next(r for r in commitments.list_commitments(window.db, trip_id=boston["trip_id"])
               if r.description == "Đào tạo quản lý bệnh viện")
    assert (row.reference, row.source_document, row.their_contact_name, row.completed_date) == (
        "CK-2017-001", "MoU on hospital management training, signed 17 Jul 2017", NAME, date(2017, 9, 1))
    m = panel.model

    # edit: the reference is shown, read-only, and kept
    panel.view.selectRow(m.row_of_id(row.id))

    def edit(dialog):
        ref = dialog.findChild(QLineEdit, "commitmentReferenceEdit")
        seen["edit_reference"] = (ref.text(), ref.isReadOnly(), "reference" in dialog.values())
        assert dialog.findChild(QComboBox, "commitmentTheirContactCombo").currentData() == host.id
        dialog.findChild(QWidget, "commitmentCompletedDate").set_value(None)
        dialog.grab().save(str(tmp_path / "commitment_dialog.png"))
        dialog.accept()
        return dialog.result() == 1

    panel.run_dialog = edit
    panel.edit_selected()
    assert seen["edit_reference"] == ("CK-2017-001", True, False)
    assert commitments.get_commitment(window.db, row.id).completed_date is None
    window.actions_.undo.trigger()
    assert commitments.get_commitment(window.db, row.id).completed_date == date(2017, 9, 1)


def test_an_undone_delete_brings_the_same_reference_back(window, boston):
    first = commitments.create_commitment(window.db, boston["trip_id"], description="Một")
    second = commitments.create_commitment(window.db, boston["trip_id"], description="Hai",
                                           their_contact_id=boston["head_id"])
    panel = _commitments_panel(window)
    m = panel.model
    panel.view.selectRow(m.row_of_id(second.id))
    panel.delete_selected()
    assert [r.reference for r in commitments.list_commitments(window.db, trip_id=boston["trip_id"])] == [
        first.reference]
    window.actions_.undo.trigger()
    back = [r for r in commitments.list_commitments(window.db, trip_id=boston["trip_id"]) if r.description == "Hai"]
    assert [(r.reference, r.their_contact_id) for r in back] == [("CK-2017-002", boston["head_id"])]
    third = commitments.create_commitment(window.db, boston["trip_id"], description="Ba")
    assert third.reference == "CK-2017-003"
