"""Commitments panel: per trip and across trips, filters, overdue stand-out, status in place, undo."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from delegation_planner.domain.enums import CommitmentStatus, Side
from delegation_planner.services import commitments, directory, trips

TODAY = date(2018, 1, 15)


@pytest.fixture
def data(db):
    boston = trips.create_trip(db, title="Boston 2017", start_date=date(2017, 7, 12), end_date=date(2017, 7, 14))
    paris = trips.create_trip(db, title="Paris 2026", start_date=date(2026, 10, 20), end_date=date(2026, 10, 24))
    mgh = directory.create_organization(db, name="Massachusetts General Hospital")
    gov = directory.create_organization(db, name="Office of the Governor")
    huong = directory.create_person(db, full_name="Trần Thị Mai Hương", side=Side.DELEGATION)
    huy = directory.create_person(db, full_name="Lê Quang Huy", side=Side.DELEGATION)
    c = {
        "twinning": commitments.create_commitment(db, boston.id, description="Twinning proposal",
                                                  organization_id=gov.id, owner_id=huong.id,
                                                  due_date=date(2017, 10, 31), status="proposed"),
        "mou": commitments.create_commitment(db, boston.id, description="MoU on modern hospital management",
                                             organization_id=mgh.id, owner_id=huy.id, due_date=date(2018, 6, 30),
                                             status="signed", signed_date=date(2017, 7, 13)),
        "police": commitments.create_commitment(db, boston.id, description="Police documents",
                                                due_date=date(2017, 9, 1), status="done"),
        "sensors": commitments.create_commitment(db, paris.id, description="Air-quality sensors contract",
                                               owner_id=huong.id, status="proposed"),
    }
    return {"boston": boston, "paris": paris, "mgh": mgh, "gov": gov, "huong": huong, "huy": huy, **c}


@pytest.fixture
def panel(qtbot, ctx, data):
    from delegation_planner.ui.views.commitments import CommitmentsPanel

    p = CommitmentsPanel(ctx)
    qtbot.addWidget(p)
    p.today = TODAY
    p.resize(900, 600)
    p.show()
    p.set_trip(data["boston"].id)
    return p


def descriptions(panel):
    m = panel.model
    return [m.index(r, m.column_of("description")).data() for r in range(m.rowCount())]


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_trip_commitments_by_due_date_and_all_trips_toggle(panel, data, qtbot):
    assert panel.view.objectName() == "commitmentsView"
    assert descriptions(panel) == ["Police documents", "Twinning proposal", "MoU on modern hospital management"]
    assert panel.view.isColumnHidden(panel.model.column_of("trip"))
    qtbot.mouseClick(panel.all_trips, Qt.MouseButton.LeftButton)
    assert panel.all_trips.isChecked()
    assert "Air-quality sensors contract" in descriptions(panel)
    assert not panel.view.isColumnHidden(panel.model.column_of("trip"))
    panel.set_trip(None)  # no trip: all trips, toggle fixed
    assert len(descriptions(panel)) == 4 and not panel.all_trips.isEnabled()


def test_overdue_rows_stand_out(panel, data):
    m = panel.model
    row = m.row_of_id(data["twinning"].id)
    index = m.index(row, m.column_of("description"))
    assert m.is_overdue(m.row_at(row))
    assert m.data(index, Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    assert m.data(index, Qt.ItemDataRole.FontRole).bold()
    assert m.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert m.data(index, Qt.ItemDataRole.ToolTipRole).startswith("Overdue since 31 Oct 2017")
    done = m.index(m.row_of_id(data["police"].id), 0)  # past due but done: not overdue
    assert m.data(done, Qt.ItemDataRole.ForegroundRole) is None
    assert m.data(done, Qt.ItemDataRole.DecorationRole) is None
    assert "1 overdue" in panel.summary.text()


def test_filters_by_overdue_status_owner_and_organization(panel, data):
    choose(panel.status_filter, "__overdue__")
    assert descriptions(panel) == ["Twinning proposal"]
    choose(panel.status_filter, "__open__")
    assert descriptions(panel) == ["Twinning proposal", "MoU on modern hospital management"]
    choose(panel.status_filter, "signed")
    assert descriptions(panel) == ["MoU on modern hospital management"]
    choose(panel.status_filter, "__all__")
    choose(panel.owner_filter, data["huong"].id)
    assert descriptions(panel) == ["Twinning proposal"]
    panel.all_trips.setChecked(True)
    assert descriptions(panel) == ["Twinning proposal", "Air-quality sensors contract"]
    choose(panel.owner_filter, None)
    choose(panel.organization_filter, data["mgh"].id)
    assert descriptions(panel) == ["MoU on modern hospital management"]


def test_model_passes_qtmodeltester(qtmodeltester, panel):
    qtmodeltester.check(panel.model)


def test_sorting_inside_the_model(panel):
    panel.view.sortByColumn(panel.model.column_of("description"), Qt.SortOrder.AscendingOrder)
    assert descriptions(panel) == sorted(descriptions(panel), key=str.casefold)
    panel.view.sortByColumn(panel.model.column_of("due_date"), Qt.SortOrder.DescendingOrder)
    dues = [r.due_date for r in panel.model.rows()]
    assert dues == sorted(dues, reverse=True)


def test_mark_done_in_place_then_undo(panel, ctx, data, qtbot):
    from PySide6.QtWidgets import QComboBox

    m = panel.model
    row = m.row_of_id(data["twinning"].id)
    index = m.index(row, m.column_of("status"))
    assert m.flags(index) & Qt.ItemFlag.ItemIsEditable
    panel.view.setCurrentIndex(index)
    panel.view.edit(index)
    combo = panel.view.findChild(QComboBox)
    assert combo is not None and combo.currentData() == "proposed"
    combo.setCurrentIndex(combo.findData("done"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: commitments.get_commitment(ctx.db, data["twinning"].id).status == CommitmentStatus.DONE)
    row = m.row_of_id(data["twinning"].id)
    assert m.index(row, m.column_of("status")).data() == "Done"
    assert not m.is_overdue(m.row_at(row))  # done: no longer stands out
    assert "overdue" not in panel.summary.text()
    ctx.undo_stack.undo()
    assert commitments.get_commitment(ctx.db, data["twinning"].id).status == CommitmentStatus.PROPOSED
    row = m.row_of_id(data["twinning"].id)
    assert m.index(row, m.column_of("status")).data() == "Proposed" and m.is_overdue(m.row_at(row))


def test_signing_in_place_sets_signed_date_and_undo_clears_it(panel, ctx, data):
    m = panel.model
    row = m.row_of_id(data["twinning"].id)
    assert m.setData(m.index(row, m.column_of("status")), "signed")
    assert commitments.get_commitment(ctx.db, data["twinning"].id).signed_date is not None
    ctx.undo_stack.undo()
    restored = commitments.get_commitment(ctx.db, data["twinning"].id)
    assert restored.status == CommitmentStatus.PROPOSED and restored.signed_date is None


def test_record_a_commitment_through_the_dialog(panel, ctx, data, qtbot):
    def record(dialog):
        dialog.widget("description").setPlainText("Đào tạo bác sĩ — training for Hà Nội doctors")
        choose(dialog.widget("kind"), "training")
        choose(dialog.widget("owner_id"), data["huy"].id)
        choose(dialog.widget("organization_id"), data["mgh"].id)
        dialog.widget("due_date").set_value(date(2018, 3, 31))
        dialog.accept()
        return dialog.result() == 1

    panel.run_dialog = record
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert "Đào tạo bác sĩ — training for Hà Nội doctors" in descriptions(panel)
    assert panel.selected_commitment().description.startswith("Đào tạo")
    stored = [c for c in commitments.list_commitments(ctx.db, trip_id=data["boston"].id)
              if c.description.startswith("Đào tạo")][0]
    assert stored.owner_name == "Lê Quang Huy" and stored.due_date == date(2018, 3, 31)
    ctx.undo_stack.undo()
    assert not any(d.startswith("Đào tạo") for d in descriptions(panel))


def test_validation_error_keeps_dialog_open_and_names_field(panel, ctx, data):
    from delegation_planner.ui.dialogs.commitment_dialog import CommitmentDialog

    dialog = CommitmentDialog(ctx, data["boston"].id)
    dialog.widget("description").setPlainText("")
    dialog.accept()
    assert dialog.result() == 0
    error = dialog.findChild(type(dialog.message), "description_error")
    assert error.isVisibleTo(dialog) and error.text()
    assert len(commitments.list_commitments(ctx.db, trip_id=data["boston"].id)) == 3


def test_edit_with_f2_and_delete_with_confirmation(panel, ctx, data, qtbot):
    m = panel.model
    panel.view.selectRow(m.row_of_id(data["mou"].id))
    panel.view.setFocus()

    def edit(dialog):
        assert dialog.widget("description").toPlainText().startswith("MoU")
        dialog.widget("follow_up").setPlainText("Send the draft programme")
        dialog.accept()
        return True

    panel.run_dialog = edit
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    assert commitments.get_commitment(ctx.db, data["mou"].id).follow_up == "Send the draft programme"
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert "MoU on modern hospital management" not in descriptions(panel)
    ctx.undo_stack.undo()
    assert "MoU on modern hospital management" in descriptions(panel)
    ctx.undo_stack.undo()
    restored = [c for c in commitments.list_commitments(ctx.db, trip_id=data["boston"].id)
                if c.description.startswith("MoU")]
    assert restored and restored[0].follow_up == ""


def test_refreshes_when_commitments_change_elsewhere(panel, ctx, data):
    commitments.create_commitment(ctx.db, data["boston"].id, description="Added elsewhere")
    assert "Added elsewhere" in descriptions(panel)
    commitments.create_commitment(ctx.db, data["paris"].id, description="Other trip")
    assert "Other trip" not in descriptions(panel)


# ----------------------------------------------------------------- through the real main window

def test_main_window_mark_done_in_place_and_undo(main_window, qtbot):
    from PySide6.QtWidgets import QTableView

    from delegation_planner.ui.main_window import COMMITMENTS_TAB

    main_window.resize(1280, 800)
    main_window.show()
    qtbot.waitExposed(main_window)
    trip_id = main_window.load_sample_trip()
    main_window.show_tab(COMMITMENTS_TAB)
    view = main_window.findChild(QTableView, "commitmentsView")
    panel = main_window.commitments_panel
    assert view is panel.view
    rows = panel.model.rows()
    assert rows and all(r.trip_id == trip_id for r in rows)
    target = next(r for r in rows if r.status != CommitmentStatus.DONE)
    m = panel.model
    assert m.setData(m.index(m.row_of_id(target.id), m.column_of("status")), "done")
    assert commitments.get_commitment(main_window.db, target.id).status == CommitmentStatus.DONE
    assert m.index(m.row_of_id(target.id), m.column_of("status")).data() == "Done"
    main_window.actions_.undo.trigger()
    assert commitments.get_commitment(main_window.db, target.id).status == target.status
    choose(panel.status_filter, "__overdue__")
    assert all(m.is_overdue(r) for r in m.rows())


def test_main_window_hidden_panel_refreshes_when_shown(main_window, qtbot):
    from delegation_planner.ui.main_window import COMMITMENTS_TAB, PROGRAMME_TAB

    main_window.resize(1280, 800)
    main_window.show()
    qtbot.waitExposed(main_window)
    trip_id = main_window.load_sample_trip()
    main_window.show_tab(PROGRAMME_TAB)
    panel = main_window.commitments_panel
    before = panel.model.rowCount()
    commitments.create_commitment(main_window.db, trip_id, description="Gửi thư cảm ơn — thank-you letters")
    assert panel._stale  # on a hidden tab: only marked stale, no query
    main_window.show_tab(COMMITMENTS_TAB)
    assert panel.model.rowCount() == before + 1
    assert "Gửi thư cảm ơn — thank-you letters" in descriptions(panel)
