"""Engagement detail panel: brief, attendees with roles, meeting notes, commitments made there."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import Qt

from delegation_planner.domain.enums import AttendanceRole, CommitmentStatus, MemberRole, Side
from delegation_planner.services import commitments, directory, engagements, members, notes, trips

NY = "America/New_York"


@pytest.fixture
def setup(db):
    trip = trips.create_trip(db, title="Boston 2017", start_date=date(2017, 7, 12), end_date=date(2017, 7, 14))
    gov = directory.create_organization(db, name="Office of the Governor of Massachusetts", kind="government_office")
    head = directory.create_person(db, full_name="Nguyễn Đức Chung", side=Side.DELEGATION, title="Chairman")
    aide = directory.create_person(db, full_name="Trần Thị Mai Hương", side=Side.DELEGATION)
    host = directory.create_person(db, full_name="Nam Pham", side=Side.HOST, organization_id=gov.id,
                                   title="Assistant Secretary")
    members.add_member(db, trip.id, head.id, role=MemberRole.HEAD)
    members.add_member(db, trip.id, aide.id)
    eng = engagements.create_engagement(
        db, trip.id, title="Courtesy call on the Governor's office", timezone=NY, organization_id=gov.id,
        start=datetime(2017, 7, 12, 9, 0), end=datetime(2017, 7, 12, 10, 0), location="State House",
        objectives="Propose twinning <Hà Nội & Massachusetts>", talking_points="Health care\nEducation",
        logistics="Dark suit").engagement
    engagements.set_attendance(db, eng.id, head.id, AttendanceRole.LEAD)
    engagements.set_attendance(db, eng.id, host.id, AttendanceRole.LEAD)
    return {"trip": trip, "eng": eng, "gov": gov, "head": head, "aide": aide, "host": host}


@pytest.fixture
def panel(qtbot, ctx, setup):
    from delegation_planner.ui.views.engagement_detail import EngagementDetailPanel

    p = EngagementDetailPanel(ctx)
    qtbot.addWidget(p)
    p.resize(900, 600)
    p.show()
    p.set_engagement(setup["eng"].id)
    return p


def note_texts(panel):
    m = panel.notes_model
    return [m.index(r, 0).data() for r in range(m.rowCount())]


def test_shows_brief_with_dual_times_and_escaped_text(panel):
    heading = panel.heading.text()
    assert "Courtesy call" in heading
    assert "09:00 Boston · 20:00 Hà Nội" in heading
    brief = panel.brief.toPlainText()
    assert "Propose twinning <Hà Nội & Massachusetts>" in brief  # user text escaped, shown literally
    assert "Education" in brief and "Dark suit" in brief
    assert not panel.empty.isVisibleTo(panel)


def attendees(panel):
    m = panel.attendees_model
    return [(m.index(r, m.column_of("full_name")).data(), m.index(r, m.column_of("side")).data(),
             m.index(r, m.column_of("role")).data()) for r in range(m.rowCount())]


def test_attendees_our_side_first_then_counterparts(panel, setup):
    assert attendees(panel) == [("Nguyễn Đức Chung", "Our side", "Lead"), ("Nam Pham", "Counterpart", "Lead")]
    assert [a.full_name for a in panel.attendees_model.counterparts()] == ["Nam Pham"]
    assert "People (2)" in panel.tabs.tabText(1)


def test_models_pass_qtmodeltester(qtmodeltester, panel, db, setup):
    notes.add_note(db, setup["eng"].id, "First note")
    commitments.create_commitment(db, setup["trip"].id, description="MoU", engagement_id=setup["eng"].id)
    for model in (panel.notes_model, panel.attendees_model, panel.commitments_model):
        qtmodeltester.check(model)


def test_write_a_note_then_edit_it_and_undo_the_edit(panel, ctx, setup, qtbot):
    assert panel.notes_view.objectName() == "notesView"

    def write(dialog):
        dialog.widget("author").setText("Trần Thị Mai Hương")
        dialog.widget("text").setPlainText("Mr Nam Pham listed the state's leading sectors.")
        dialog.accept()
        return True

    panel.run_dialog = write
    qtbot.mouseClick(panel.add_note_button, Qt.MouseButton.LeftButton)
    texts = note_texts(panel)
    assert len(texts) == 1 and "leading sectors" in texts[0] and "Trần Thị Mai Hương" in texts[0]
    stored = notes.list_notes(ctx.db, setup["eng"].id)[0]
    # headed with the meeting's time (taken_at: now, for a note of an engagement not yet over), on the
    # venue's clock, named as the note dialog names it
    from delegation_planner.domain.timezones import to_local

    venue = to_local(stored.taken_at, setup["eng"].timezone)
    assert texts[0].startswith(venue.strftime("%d %b %Y %H:%M") + " (")
    assert panel.selected_note().id == stored.id
    assert "Notes (1)" in panel.tabs.tabText(0)

    def edit(dialog):
        assert dialog.widget("text").toPlainText().startswith("Mr Nam Pham")
        dialog.widget("text").setPlainText("Mr Nam Pham listed biotechnology, IT and finance.")
        dialog.accept()
        return True

    panel.run_dialog = edit
    qtbot.mouseClick(panel.edit_note_button, Qt.MouseButton.LeftButton)
    assert "biotechnology" in note_texts(panel)[0]
    assert notes.list_notes(ctx.db, setup["eng"].id)[0].text.startswith("Mr Nam Pham listed biotech")
    ctx.undo_stack.undo()
    assert "leading sectors" in note_texts(panel)[0]
    ctx.undo_stack.undo()  # undo the creation
    assert note_texts(panel) == []


def test_several_notes_per_engagement_in_time_order(panel, ctx, setup, db):
    notes.add_note(db, setup["eng"].id, "Opening remarks")
    notes.add_note(db, setup["eng"].id, "Closing: the office will study twinning", author="Hương")
    texts = note_texts(panel)
    assert len(texts) == 2 and "Opening" in texts[0] and "Closing" in texts[1]


def test_empty_note_is_refused_with_message_next_to_field(panel, ctx, setup):
    from delegation_planner.ui.dialogs.note_dialog import NoteDialog

    dialog = NoteDialog(ctx, setup["eng"].id)
    dialog.widget("text").setPlainText("   ")
    dialog.accept()
    assert dialog.result() == 0
    error = dialog.findChild(type(dialog.message), "text_error")
    assert error.isVisibleTo(dialog) and error.text()
    assert notes.list_notes(ctx.db, setup["eng"].id) == []


def test_delete_note_with_confirmation_and_undo(panel, ctx, setup, db):
    notes.add_note(db, setup["eng"].id, "To be deleted")
    panel.tabs.setCurrentIndex(0)
    panel.notes_view.setCurrentIndex(panel.notes_model.index(0, 0))
    panel.delete_selected()
    assert note_texts(panel) == []
    ctx.undo_stack.undo()
    assert "To be deleted" in note_texts(panel)[0]


def test_add_counterpart_and_change_attendee_role_in_place(panel, ctx, setup, db):
    other = directory.create_person(db, full_name="Christopher Coburn", side=Side.HOST)

    def pick(dialog):
        assert dialog.list_side == Side.HOST
        dialog.search.setText("Coburn")
        dialog.refresh_people()
        dialog.widget("role").setCurrentIndex(dialog.widget("role").findData("speaker"))
        dialog.accept()
        return True

    panel.run_dialog = pick
    panel.add_attendee(counterpart=True)
    assert set(attendees(panel)[1:]) == {("Nam Pham", "Counterpart", "Lead"),
                                         ("Christopher Coburn", "Counterpart", "Speaker")}
    # role change in place on our side
    model = panel.attendees_model
    index = model.index(0, model.column_of("role"))
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, "note_taker")
    roles = {a.full_name: a.role for a in engagements.list_attendees(db, setup["eng"].id)}
    assert roles["Nguyễn Đức Chung"] == AttendanceRole.NOTE_TAKER
    assert attendees(panel)[0] == ("Nguyễn Đức Chung", "Our side", "Note taker")
    ctx.undo_stack.undo()
    assert attendees(panel)[0][2] == "Lead"
    # remove the counterpart just added (Delete on the People tab)
    panel.tabs.setCurrentIndex(1)
    panel.attendees_view.selectRow(model.row_of_id(other.id))
    panel.delete_selected()
    assert "Christopher Coburn" not in [a[0] for a in attendees(panel)]
    ctx.undo_stack.undo()
    assert model.rowCount() == 3


def test_add_commitment_at_this_engagement_and_mark_done(panel, ctx, setup, db, qtbot):
    def record(dialog):
        assert dialog.widget("engagement_id").currentData() == setup["eng"].id
        assert dialog.widget("organization_id").currentData() == setup["gov"].id
        dialog.widget("description").setPlainText("Proposal for a twinning relationship")
        dialog.widget("owner_id").setCurrentIndex(dialog.widget("owner_id").findData(setup["aide"].id))
        dialog.accept()
        return True

    panel.run_dialog = record
    panel.tabs.setCurrentIndex(2)
    qtbot.mouseClick(panel.add_commitment_button, Qt.MouseButton.LeftButton)
    model = panel.commitments_model
    assert model.rowCount() == 1
    assert model.index(0, model.column_of("owner")).data() == "Trần Thị Mai Hương"
    assert "Commitments (1)" in panel.tabs.tabText(2)
    stored = commitments.list_commitments(db, engagement_id=setup["eng"].id)
    assert len(stored) == 1 and stored[0].organization_id == setup["gov"].id
    assert model.setData(model.index(0, model.column_of("status")), "done")
    assert model.index(0, model.column_of("status")).data() == "Done"
    ctx.undo_stack.undo()
    assert commitments.get_commitment(db, stored[0].id).status == CommitmentStatus.PROPOSED


def test_follows_changes_and_deletion_of_its_engagement(panel, ctx, setup, db):
    engagements.update_engagement(db, setup["eng"].id, title="Courtesy call (moved)")
    assert "Courtesy call (moved)" in panel.heading.text()
    engagements.delete_engagement(db, setup["eng"].id)
    assert panel.summary is None and panel.empty.isVisibleTo(panel)
    assert panel.notes_model.rowCount() == 0 and not panel.add_note_button.isEnabled()


def test_local_stamp_is_local_time():
    from delegation_planner.ui.models.notes import local_stamp

    instant = datetime(2017, 7, 12, 13, 5, tzinfo=timezone.utc)
    assert local_stamp(instant) == instant.astimezone().strftime("%d %b %Y %H:%M")


# ----------------------------------------------------------------- through the real main window

def test_main_window_write_note_on_selected_engagement(main_window, qtbot):
    from PySide6.QtWidgets import QListView

    main_window.resize(1280, 800)
    main_window.show()
    qtbot.waitExposed(main_window)
    trip_id = main_window.load_sample_trip()
    prog = engagements.programme(main_window.db, trip_id)
    target = prog.items[0]
    assert main_window.select_engagement(target.id)
    panel = main_window.engagement_panel
    assert panel.engagement_id() == target.id
    notes_view = main_window.findChild(QListView, "notesView")
    assert notes_view is panel.notes_view
    before = panel.notes_model.rowCount()

    def write(dialog):
        dialog.widget("text").setPlainText("Ghi chú: the Governor's office will reply within a month.")
        dialog.accept()
        return True

    panel.run_dialog = write
    qtbot.mouseClick(panel.add_note_button, Qt.MouseButton.LeftButton)
    assert panel.notes_model.rowCount() == before + 1
    assert any("Ghi chú" in panel.notes_model.index(r, 0).data() for r in range(before + 1))
    assert any(n.text.startswith("Ghi chú") for n in notes.list_notes(main_window.db, target.id))
    main_window.actions_.undo.trigger()
    assert panel.notes_model.rowCount() == before


def test_delete_commitment_from_the_engagement_and_undo(panel, ctx, setup, db):
    made = commitments.create_commitment(db, setup["trip"].id, description="Exchange visit of nurses",
                                         engagement_id=setup["eng"].id)
    panel.tabs.setCurrentIndex(2)
    panel.commitments_view.selectRow(panel.commitments_model.row_of_id(made.id))
    assert panel.delete_commitment_button.isEnabled()
    panel.delete_selected()
    assert panel.commitments_model.rowCount() == 0
    ctx.undo_stack.undo()
    rows = commitments.list_commitments(db, engagement_id=setup["eng"].id)
    assert [r.description for r in rows] == ["Exchange visit of nurses"]
    assert panel.commitments_model.rowCount() == 1
    ctx.undo_stack.redo()  # the re-created record (new id) is deleted again
    assert commitments.list_commitments(db, engagement_id=setup["eng"].id) == []


def test_edit_brief_saves_at_once_and_undoes(panel, ctx, setup, db, qtbot):
    def write(dialog):
        assert dialog.widget("logistics").toPlainText() == "Dark suit"
        dialog.widget("logistics").setPlainText("Dark suit. Gift: lacquer painting of Hoàn Kiếm Lake.")
        dialog.accept()
        return True

    panel.run_dialog = write
    qtbot.mouseClick(panel.edit_brief_button, Qt.MouseButton.LeftButton)
    assert engagements.get_engagement(db, setup["eng"].id).logistics.endswith("Hoàn Kiếm Lake.")
    assert "Hoàn Kiếm Lake" in panel.brief.toPlainText()
    ctx.undo_stack.undo()
    assert engagements.get_engagement(db, setup["eng"].id).logistics == "Dark suit"
    assert "Hoàn Kiếm" not in panel.brief.toPlainText()


def test_saving_a_note_deleted_elsewhere_keeps_the_dialog_open_and_says_so(panel, ctx, setup, db):
    """A NotFoundError from the operation is a user error: the one form base shows it in the
    dialog (it used to escape accept() as an exception); nothing is written."""
    from delegation_planner.ui.dialogs.note_dialog import NoteDialog

    note = notes.add_note(db, setup["eng"].id, "Ghi chú của Nguyễn Đức Chung")
    dialog = NoteDialog(ctx, setup["eng"].id, note)
    notes.delete_note(db, note.id)  # another window deletes it meanwhile
    dialog.widget("text").setPlainText("Sửa lại")
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.message.isVisibleTo(dialog) and "no longer exists" in dialog.message.text()
    assert notes.list_notes(db, setup["eng"].id) == []
    assert ctx.undo_stack.count() == 0


def test_unchanged_brief_pushes_no_undo_step(panel, ctx, setup):
    panel.run_dialog = lambda dialog: dialog.accept() or dialog.result()
    panel.edit_brief()
    assert ctx.undo_stack.count() == 0
