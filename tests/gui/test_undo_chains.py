"""Undo/redo chains through the real main window, where undoing a deletion re-creates
records with new ids: every later (or earlier) step must follow the record, and a step
that cannot be done is reported, never silently skipped."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from delegation_planner.domain.enums import MemberRole, Side
from delegation_planner.domain.errors import NotFoundError
from delegation_planner.services import commitments, directory, engagements, members, trips

from tests.gui.dialog_helpers import add_through_dialog, press_ok, picking


def titles(window, trip_id) -> list[str]:
    return [i.title for i in engagements.programme(window.db, trip_id).items]


def shown_titles(window) -> list[str]:
    window.refresh_programme_if_stale()
    return [i.title for i in window.programme_model.items()]


def undo(window, qtbot, times=1):
    for _ in range(times):
        window.actions_.undo.trigger()
        qtbot.wait(1)  # let queued refreshes run, as in the app


def redo(window, qtbot, times=1):
    for _ in range(times):
        window.actions_.redo.trigger()
        qtbot.wait(1)


def no_failures(window):
    assert window.messages == []
    assert "failed" not in window.statusBar().currentMessage()


def test_engagement_add_edit_delete_undo_thrice_redo_thrice(window, dialogs, qtbot, boston):
    trip_id = boston["trip_id"]
    add_through_dialog(window, dialogs, "Courtesy call on the Governor", "America/New_York",
                       datetime(2017, 7, 12, 9, 0), datetime(2017, 7, 12, 10, 0))
    first_id = window.current_engagement_id
    assert first_id is not None

    def rename(dialog):
        dialog.title_edit.setText("Chào xã giao Thống đốc")
        press_ok(dialog)

    dialogs.append(rename)
    window.actions_.edit_engagement.trigger()
    assert titles(window, trip_id) == ["Chào xã giao Thống đốc"]
    window.select_engagement(first_id)
    window.delete_current_engagement()
    assert titles(window, trip_id) == []

    undo(window, qtbot)  # the deletion: re-created with a new id, edited title
    assert titles(window, trip_id) == ["Chào xã giao Thống đốc"]
    assert shown_titles(window) == ["Chào xã giao Thống đốc"]
    undo(window, qtbot)  # the edit, on the re-created record
    assert titles(window, trip_id) == ["Courtesy call on the Governor"]
    undo(window, qtbot)  # the addition: deletes the re-created record
    assert titles(window, trip_id) == []
    assert shown_titles(window) == []
    redo(window, qtbot)
    assert titles(window, trip_id) == ["Courtesy call on the Governor"]
    redo(window, qtbot)
    assert titles(window, trip_id) == ["Chào xã giao Thống đốc"]
    redo(window, qtbot)
    assert titles(window, trip_id) == []
    assert window.ctx.undo_stack.count() == 3 and window.ctx.undo_stack.index() == 3
    no_failures(window)
    # and back once more: the whole chain survives a second round of new ids
    undo(window, qtbot, 3)
    assert titles(window, trip_id) == []
    redo(window, qtbot, 2)
    assert titles(window, trip_id) == ["Chào xã giao Thống đốc"]
    eng = engagements.programme(window.db, trip_id).items[0]
    assert eng.timezone == "America/New_York"
    no_failures(window)


def test_deleted_engagement_comes_back_with_its_attendees_notes_and_commitments(window, qtbot, boston):
    db = window.db
    eng = engagements.create_engagement(db, boston["trip_id"], title="Hospital board", timezone="America/New_York",
                                        start=datetime(2017, 7, 12, 10, 0),
                                        end=datetime(2017, 7, 12, 11, 0)).engagement
    engagements.set_attendance(db, eng.id, boston["head_id"], "lead")
    promise = commitments.create_commitment(db, boston["trip_id"], description="Trao đổi đoàn y tế",
                                            engagement_id=eng.id)
    from delegation_planner.services import notes

    note = notes.add_note(db, eng.id, "Biên bản: hai bên thống nhất <b>R&D</b>", author="Trần Thị Mai Hương")
    window.delete_engagement(eng.id)
    assert commitments.get_commitment(db, promise.id).engagement_id is None
    undo(window, qtbot)
    back = engagements.programme(db, boston["trip_id"]).items
    assert [i.title for i in back] == ["Hospital board"]
    assert [(a.full_name, str(a.role)) for a in engagements.list_attendees(db, back[0].id)] == \
        [("Nguyễn Đức Chung", "lead")]
    assert commitments.get_commitment(db, promise.id).engagement_id == back[0].id  # made there again
    [restored] = notes.list_notes(db, back[0].id)  # the meeting notes come back, with their times
    assert (restored.text, restored.author, restored.created_at) == (note.text, note.author, note.created_at)
    redo(window, qtbot)
    assert titles(window, boston["trip_id"]) == []
    assert commitments.get_commitment(db, promise.id).engagement_id is None
    undo(window, qtbot)
    assert commitments.get_commitment(db, promise.id).engagement_id == \
        engagements.programme(db, boston["trip_id"]).items[0].id
    no_failures(window)


def test_trip_delete_undo_edit_restored_then_undo_everything_and_redo(window, dialogs, confirmations, qtbot, boston):
    trip_id = boston["trip_id"]
    add_through_dialog(window, dialogs, "Hospital board", "America/New_York",
                       datetime(2017, 7, 12, 10, 0), datetime(2017, 7, 12, 11, 0))
    window.update_trip(trip_id, {"title": "Boston study visit 2017 (v2)"})
    window.select_trip(trip_id)
    window.delete_current_trip()
    assert confirmations.asked
    with pytest.raises(NotFoundError):
        trips.get_trip(window.db, trip_id)

    undo(window, qtbot)  # re-imported from the snapshot: new ids for the trip and its engagement
    qtbot.waitUntil(lambda: window.current_trip_id is not None
                    and trips.get_trip(window.db, window.current_trip_id).title == "Boston study visit 2017 (v2)")
    restored = window.current_trip_id
    assert titles(window, restored) == ["Hospital board"]
    assert [m.full_name for m in members.list_members(window.db, restored)] == ["Nguyễn Đức Chung"]

    # new edits on the restored trip (they replace the redo of the deletion)
    window.update_trip(restored, {"title": "Boston 2017 (restored)"})
    eng_id = engagements.programme(window.db, restored).items[0].id
    window.select_engagement(eng_id)
    window.update_engagement(eng_id, {"title": "MGH board"})
    assert titles(window, restored) == ["MGH board"]

    undo(window, qtbot)  # engagement edit
    assert titles(window, restored) == ["Hospital board"]
    undo(window, qtbot)  # restored trip's edit
    assert trips.get_trip(window.db, restored).title == "Boston study visit 2017 (v2)"
    undo(window, qtbot)  # the edit made before the deletion, on the old id
    assert trips.get_trip(window.db, restored).title == "Boston study visit 2017"
    undo(window, qtbot)  # the engagement added before the deletion (it now has another id)
    assert titles(window, restored) == []
    assert not window.ctx.undo_stack.canUndo()
    no_failures(window)

    redo(window, qtbot, 4)
    assert trips.get_trip(window.db, restored).title == "Boston 2017 (restored)"
    assert titles(window, restored) == ["MGH board"]
    assert window.ctx.undo_stack.index() == window.ctx.undo_stack.count() == 4
    no_failures(window)


def test_trip_delete_undo_redo_undo_keeps_following_the_trip(window, confirmations, qtbot, boston):
    """Delete → undo → redo → undo → undo the edit made before: three generations of ids."""
    trip_id = boston["trip_id"]
    window.update_trip(trip_id, {"destination": "Boston, MA"})
    window.delete_trip(trip_id)
    undo(window, qtbot)
    redo(window, qtbot)
    assert [t.title for t in trips.list_trips(window.db)] == ["Paris visit 2026"]
    undo(window, qtbot)
    qtbot.waitUntil(lambda: window.current_trip_id not in (None, boston["other_id"]))
    current = window.current_trip_id
    assert trips.get_trip(window.db, current).destination == "Boston, MA"
    undo(window, qtbot)
    assert trips.get_trip(window.db, current).destination == "Boston, Massachusetts"
    redo(window, qtbot, 2)
    assert [t.title for t in trips.list_trips(window.db)] == ["Paris visit 2026"]
    no_failures(window)


def test_commitment_add_edit_delete_undo_redo_in_the_commitments_tab(window, qtbot, boston):
    from delegation_planner.ui.main_window import COMMITMENTS_TAB

    window.show_tab(COMMITMENTS_TAB)
    panel = window.commitments_panel
    trip_id = boston["trip_id"]

    def add(dialog):
        dialog.widget("description").setPlainText("Đào tạo bác sĩ tại Hà Nội")
        dialog.accept()
        return dialog.result() == 1

    panel.run_dialog = add
    panel.add_commitment()
    [row] = commitments.list_commitments(window.db, trip_id=trip_id)
    panel.view.selectRow(panel.model.row_of_id(row.id))

    def edit(dialog):
        dialog.widget("follow_up").setPlainText("Gửi dự thảo chương trình")
        dialog.accept()
        return True

    panel.run_dialog = edit
    panel.edit_commitment()
    panel.change_status(row.id, "done")
    panel.view.selectRow(panel.model.row_of_id(row.id))
    assert panel.delete_commitment() is not False
    assert commitments.list_commitments(window.db, trip_id=trip_id) == []

    def state():
        return [(c.description, c.follow_up, str(c.status)) for c in commitments.list_commitments(window.db,
                                                                                                 trip_id=trip_id)]

    undo(window, qtbot)
    assert state() == [("Đào tạo bác sĩ tại Hà Nội", "Gửi dự thảo chương trình", "done")]
    undo(window, qtbot)
    assert state() == [("Đào tạo bác sĩ tại Hà Nội", "Gửi dự thảo chương trình", "proposed")]
    undo(window, qtbot)
    assert state() == [("Đào tạo bác sĩ tại Hà Nội", "", "proposed")]
    undo(window, qtbot)
    assert state() == []
    redo(window, qtbot, 3)
    assert state() == [("Đào tạo bác sĩ tại Hà Nội", "Gửi dự thảo chương trình", "done")]
    assert "Đào tạo bác sĩ tại Hà Nội" in [r.description for r in panel.model.rows()]
    redo(window, qtbot)
    assert state() == []
    no_failures(window)


def test_member_add_change_role_remove_undo_redo_in_the_delegation_tab(window, qtbot, boston):
    from delegation_planner.ui.main_window import DELEGATION_TAB

    window.show_tab(DELEGATION_TAB)
    panel = window.delegation_panel
    trip_id = boston["trip_id"]
    directory.create_person(window.db, full_name="Vũ Thị Lan", side=Side.DELEGATION)

    panel.run_dialog = picking("Vũ Thị Lan")
    panel.add_member()

    def state():
        return [(m.full_name, str(m.role)) for m in members.list_members(window.db, trip_id)]

    assert state() == [("Nguyễn Đức Chung", "head"), ("Vũ Thị Lan", "member")]
    lan = members.list_members(window.db, trip_id)[1]
    panel.change_role(lan.id, MemberRole.INTERPRETER.value)
    panel.reorder([lan.id, members.list_members(window.db, trip_id)[0].id])
    assert state() == [("Vũ Thị Lan", "interpreter"), ("Nguyễn Đức Chung", "head")]
    panel.view.selectRow(panel.model.row_of_id(lan.id))
    panel.remove_member()
    assert state() == [("Nguyễn Đức Chung", "head")]

    undo(window, qtbot)  # removal: she comes back (new id) in her place
    assert state() == [("Vũ Thị Lan", "interpreter"), ("Nguyễn Đức Chung", "head")]
    undo(window, qtbot)  # reorder, with her new id
    assert state() == [("Nguyễn Đức Chung", "head"), ("Vũ Thị Lan", "interpreter")]
    undo(window, qtbot)  # role
    assert state() == [("Nguyễn Đức Chung", "head"), ("Vũ Thị Lan", "member")]
    undo(window, qtbot)  # addition
    assert state() == [("Nguyễn Đức Chung", "head")]
    redo(window, qtbot, 3)
    assert state() == [("Vũ Thị Lan", "interpreter"), ("Nguyễn Đức Chung", "head")]
    assert [r.full_name for r in panel.model.rows()] == ["Vũ Thị Lan", "Nguyễn Đức Chung"]
    redo(window, qtbot)
    assert state() == [("Nguyễn Đức Chung", "head")]
    no_failures(window)


def test_a_failing_undo_step_is_reported_not_silent(window, qtbot, boston, caplog):
    db = window.db
    eng = engagements.create_engagement(db, boston["trip_id"], title="Hospital board", timezone="America/New_York",
                                        start=datetime(2017, 7, 12, 10, 0),
                                        end=datetime(2017, 7, 12, 11, 0)).engagement
    window.update_engagement(eng.id, {"title": "MGH board"})
    window.update_trip(boston["trip_id"], {"destination": "Boston, MA"})
    engagements.delete_engagement(db, eng.id)  # behind the undo stack's back (another window, say)
    undo(window, qtbot)  # the trip edit: fine
    assert trips.get_trip(db, boston["trip_id"]).destination == "Boston, Massachusetts"
    undo(window, qtbot)  # the engagement edit: its record is gone
    assert window.messages and "Undo of" in window.messages[-1] and "MGH board" not in "".join(window.messages[:-1])
    assert "failed" in window.statusBar().currentMessage()
    assert any("failed" in r.getMessage() for r in caplog.records)
    # the failed step left the history; what is left still works
    assert window.ctx.undo_stack.count() == 1
    redo(window, qtbot)
    assert trips.get_trip(db, boston["trip_id"]).destination == "Boston, MA"


def test_duplicate_trip_undo_redo_then_edits_in_the_copy_follow_it(window, qtbot, boston):
    db = window.db
    engagements.create_engagement(db, boston["trip_id"], title="Hospital board", timezone="America/New_York",
                                  start=datetime(2017, 7, 12, 10, 0), end=datetime(2017, 7, 12, 11, 0))
    copy_id = window.duplicate_trip(boston["trip_id"], start_date=date(2018, 7, 11), title="Boston 2018")
    copy_eng = engagements.programme(db, copy_id).items[0].id
    window.update_engagement(copy_eng, {"title": "MGH board 2018"})
    undo(window, qtbot, 2)
    assert [t.title for t in trips.list_trips(db)] == ["Paris visit 2026", "Boston study visit 2017"]
    redo(window, qtbot, 2)
    [copy] = [t for t in trips.list_trips(db) if t.title == "Boston 2018"]
    assert titles(window, copy.id) == ["MGH board 2018"]
    assert titles(window, boston["trip_id"]) == ["Hospital board"]
    no_failures(window)


@pytest.mark.sqlite_only  # PostgreSQL's sequences never hand out an id again
def test_a_new_record_with_a_reused_id_is_not_taken_for_a_deleted_one(window, qtbot, boston):
    """SQLite gives the highest id again after a delete. An engagement added through the
    window and deleted elsewhere, then a new one that gets its id: undoing the addition
    must not delete the new one (it fails visibly instead), and the new one's own
    history works."""
    db = window.db
    first = window.create_engagement(boston["trip_id"], {
        "title": "First", "timezone": "America/New_York",
        "start": datetime(2017, 7, 12, 10, 0), "end": datetime(2017, 7, 12, 11, 0)})
    engagements.delete_engagement(db, first)  # not through the undo stack (another window, say)
    second = engagements.create_engagement(db, boston["trip_id"], title="Second", timezone="America/New_York",
                                           start=datetime(2017, 7, 13, 10, 0),
                                           end=datetime(2017, 7, 13, 11, 0)).engagement
    assert second.id == first  # SQLite reused the id: the case this guards against
    window.update_engagement(second.id, {"title": "Second (edited)"})
    undo(window, qtbot)
    assert titles(window, boston["trip_id"]) == ["Second"]
    undo(window, qtbot)  # "Add engagement First": its record is gone; Second must survive
    assert titles(window, boston["trip_id"]) == ["Second"]
    assert window.messages and "First" in window.messages[-1]
    redo(window, qtbot)
    assert titles(window, boston["trip_id"]) == ["Second (edited)"]
