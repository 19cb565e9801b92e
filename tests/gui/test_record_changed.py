"""Two officers on one database in the GUI (issue 12): a save based on an older read shows both
versions (recordChangedDialog) and the officer chooses; another officer's edit shows in the
window within the poll. "Officer B" is a second Database object on the same file."""
from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from delegation_planner.domain.errors import RecordChangedError
from delegation_planner.services import directory, engagements, notes, trips
from delegation_planner.storage import open_database
from delegation_planner.ui.dialogs.record_changed import KEEP_MINE, TAKE_THEIRS, RecordChangedDialog
from tests.gui.dialog_helpers import press_ok

NAME = "Nguyễn Đức Chung"


@pytest.fixture
def officer_b(db_path):
    other = open_database(db_path)
    yield other
    other.dispose()


@pytest.fixture
def answers(window, tmp_path):
    """Stand-in for ctx.resolve_changed: builds the real dialog, records its rows, saves a PNG of it,
    and clicks the button queued in ``answers.clicks`` ("mine" / "theirs")."""
    class Answers:
        def __init__(self):
            self.clicks: list[str] = []
            self.shown: list[RecordChangedDialog] = []

        def __call__(self, error):
            dialog = RecordChangedDialog(error, window)
            self.shown.append(dialog)
            dialog.show()
            dialog.grab().save(str(tmp_path / f"record_changed_{len(self.shown)}.png"))
            click = self.clicks.pop(0)
            (dialog.keep_mine_button if click == KEEP_MINE else dialog.take_theirs_button).click()
            assert not dialog.isVisible()
            return dialog.choice == KEEP_MINE

    found = Answers()
    window.ctx.resolve_changed = found
    return found


def _edit_trip_title(window, dialogs, title, meanwhile):
    def fill(dialog):
        dialog.title_edit.setText(title)
        meanwhile()  # the other officer saves while this dialog is open
        press_ok(dialog)

    dialogs.append(fill)
    window.actions_.edit_trip.trigger()
    return window.last_dialog


def test_keep_my_version_saves_over_theirs(window, dialogs, boston, officer_b, answers):
    trip_id = boston["trip_id"]
    answers.clicks.append(KEEP_MINE)
    dialog = _edit_trip_title(window, dialogs, f"{NAME} – Boston (A)",
                              lambda: trips.update_trip(officer_b, trip_id, title="Boston 2017 (B)"))
    assert dialog.result() == QDialog.DialogCode.Accepted
    shown = answers.shown[0]
    assert shown.objectName() == "recordChangedDialog"
    assert shown.rows() == [("Title", "Boston 2017 (B)", f"{NAME} – Boston (A)")]  # field, theirs, yours
    stored = trips.get_trip(officer_b, trip_id)
    assert stored.title == f"{NAME} – Boston (A)" and stored.version == 3  # created 1, B 2, A over it 3
    assert window.ctx.undo_stack.count() == 1
    window.ctx.undo_stack.undo()  # undo brings back theirs, not the title A opened with
    assert trips.get_trip(officer_b, trip_id).title == "Boston 2017 (B)"


def test_take_theirs_writes_nothing_of_mine(window, dialogs, boston, officer_b, answers):
    trip_id = boston["trip_id"]
    answers.clicks.append(TAKE_THEIRS)
    dialog = _edit_trip_title(window, dialogs, "A's title",
                              lambda: trips.update_trip(officer_b, trip_id, destination="Cambridge, MA"))
    assert dialog.result() == QDialog.DialogCode.Accepted  # the edit is over
    rows = answers.shown[0].rows()
    # A changed the title; A's form still held the old destination, which differs from B's:
    assert ("Title", "Boston study visit 2017", "A's title") in rows
    assert ("Destination", "Cambridge, MA", "Boston, Massachusetts") in rows
    stored = trips.get_trip(officer_b, trip_id)
    assert (stored.title, stored.destination, stored.version) == ("Boston study visit 2017", "Cambridge, MA", 2)
    assert window.ctx.undo_stack.count() == 0


def test_no_dialog_when_nobody_else_saved(window, dialogs, boston, answers):
    _edit_trip_title(window, dialogs, "Only A edits", lambda: None)
    assert answers.shown == []
    assert trips.get_trip(window.db, boston["trip_id"]).title == "Only A edits"


def test_an_engagement_changed_meanwhile_shows_both_times(window, dialogs, boston, officer_b, answers, qtbot):
    eng = engagements.create_engagement(window.db, boston["trip_id"], title="MGH", timezone="America/New_York",
                                        start=datetime(2017, 7, 12, 9), end=datetime(2017, 7, 12, 10)).engagement
    window.refresh_all()
    assert window.select_engagement(eng.id)
    answers.clicks.append(TAKE_THEIRS)

    def fill(dialog):
        dialog.location_edit.setText("Phòng họp A")
        engagements.update_engagement(officer_b, eng.id, start=datetime(2017, 7, 12, 14),
                                      end=datetime(2017, 7, 12, 15))
        press_ok(dialog)

    dialogs.append(fill)
    window.edits.edit_engagement()
    fields = {row[0]: row[1:] for row in answers.shown[0].rows()}
    assert fields["Place"][1] == "Phòng họp A"
    assert "14:00" in fields["Start"][0] and "09:00" in fields["Start"][1]
    stored = engagements.get_engagement(officer_b, eng.id)
    assert stored.location == "" and stored.start_utc.hour == 18  # B's 14:00 EDT kept


def test_a_note_edited_by_both(window, boston, officer_b, answers):
    from delegation_planner.ui.operations import notes as note_ops

    eng = engagements.create_engagement(window.db, boston["trip_id"], title="MGH", timezone="America/New_York",
                                        start=datetime(2017, 7, 12, 9), end=datetime(2017, 7, 12, 10)).engagement
    opened = notes.add_note(window.db, eng.id, "Biên bản ghi nhớ", NAME)  # A opens the note ...
    notes.update_note(officer_b, opened.id, text="Biên bản ghi nhớ (B đã sửa)")  # ... B saves first
    answers.clicks.append(KEEP_MINE)
    note_ops.edit_note(window.ctx, opened, {"author": NAME, "text": "Biên bản (A)"})
    assert answers.shown[0].rows() == [("Text", "Biên bản ghi nhớ (B đã sửa)", "Biên bản (A)")]
    assert [n.text for n in notes.list_notes(officer_b, eng.id)] == ["Biên bản (A)"]


def test_a_person_edited_by_both_take_theirs(window, officer_b, answers):
    from delegation_planner.ui.operations import directory as directory_ops

    person = directory.create_person(window.db, full_name=NAME)
    directory.update_person(officer_b, person.id, title="Bộ trưởng")
    answers.clicks.append(TAKE_THEIRS)
    result = directory_ops.edit_person(window.ctx, person, {"full_name": NAME, "title": "Thứ trưởng"})
    assert result.id == person.id
    assert directory.get_person(officer_b, person.id).title == "Bộ trưởng"


def test_a_member_role_changed_by_both(window, boston, officer_b, answers):
    from delegation_planner.domain.enums import MemberRole
    from delegation_planner.services import members
    from delegation_planner.ui.operations import members as member_ops

    row = member_ops.list_members(window.ctx, boston["trip_id"])[0]  # what A's delegation tab shows
    members.update_member(officer_b, row.id, role=MemberRole.DEPUTY_HEAD)
    answers.clicks.append(TAKE_THEIRS)
    member_ops.change_member_role(window.ctx, row, MemberRole.INTERPRETER)
    field, theirs, mine = answers.shown[0].rows()[0]
    assert (field, theirs != mine) == ("Role", True)
    assert members.list_members(officer_b, boston["trip_id"])[0].role == MemberRole.DEPUTY_HEAD


def test_an_engagement_brief_edited_by_both(window, boston, officer_b, answers):
    from delegation_planner.ui.operations import notes as note_ops

    eng = engagements.create_engagement(window.db, boston["trip_id"], title="MGH", timezone="America/New_York",
                                        start=datetime(2017, 7, 12, 9), end=datetime(2017, 7, 12, 10)).engagement
    summary = note_ops.engagement_summary(window.ctx, eng.id)  # what A's engagement panel shows
    engagements.update_engagement(officer_b, eng.id, objectives="Mục tiêu của B")
    answers.clicks.append(KEEP_MINE)
    assert note_ops.edit_brief(window.ctx, summary, {"objectives": "Mục tiêu của A"})
    assert answers.shown[0].rows() == [("Objectives", "Mục tiêu của B", "Mục tiêu của A")]
    assert engagements.get_engagement(officer_b, eng.id).objectives == "Mục tiêu của A"


def test_the_real_dialog_is_modal_and_esc_takes_theirs(window, dialogs, boston, officer_b, qtbot, tmp_path):
    """The default resolve_changed (no stand-in): the dialog runs modally over the edit dialog."""
    from delegation_planner.ui.context import keep_mine_or_theirs

    window.ctx.resolve_changed = keep_mine_or_theirs
    seen: list[RecordChangedDialog] = []
    defaults: list[bool] = []
    tries: list[int] = []

    def answer_when_shown():
        modal = QApplication.activeModalWidget()
        if isinstance(modal, RecordChangedDialog):
            seen.append(modal)
            defaults.append(modal.take_theirs_button.isDefault())
            modal.grab().save(str(tmp_path / "record_changed_modal.png"))
            modal.reject()  # Esc / the close button
        elif len(tries) < 250:  # 5 s, then the test fails (never a hang: the exec would wait forever)
            tries.append(1)
            QTimer.singleShot(20, answer_when_shown)
        elif modal is not None:
            modal.close()

    QTimer.singleShot(0, answer_when_shown)
    _edit_trip_title(window, dialogs, "A's title", lambda: trips.update_trip(officer_b, boston["trip_id"],
                                                                            title="B's title"))
    assert seen and seen[0].choice == TAKE_THEIRS
    assert defaults == [True]  # Enter does not overwrite by accident
    assert trips.get_trip(officer_b, boston["trip_id"]).title == "B's title"


def test_changed_twice_asks_twice(window, boston, officer_b, answers):
    """Keep mine, but B saved once more meanwhile: asked again with B's newest version."""
    from delegation_planner.ui.operations import trips as trip_ops

    trip_id = boston["trip_id"]
    _values, opened = trip_ops.editable(window.ctx, trip_id)
    trips.update_trip(officer_b, trip_id, title="B1")
    calls = []

    def answer(error):
        calls.append(error.theirs["title"])
        if len(calls) == 1:
            trips.update_trip(officer_b, trip_id, title="B2")
        return True

    window.ctx.resolve_changed = answer
    trip_ops.update_trip(window.ctx, trip_id, {"title": "A"}, expected_version=opened)
    assert calls == ["B1", "B2"]
    assert trips.get_trip(officer_b, trip_id).title == "A"


def test_error_text_for_the_form_when_not_resolved(window, boston, officer_b):
    """A RecordChangedError is a user error: a form that gets one shows it and keeps the dialog."""
    from delegation_planner.ui.dialogs.errors import is_user_error

    trips.update_trip(officer_b, boston["trip_id"], title="B")
    with pytest.raises(RecordChangedError) as info:
        trips.update_trip(window.db, boston["trip_id"], expected_version=1, title="A")
    assert is_user_error(info.value)


# ----------------------------------------------------------------------------- seeing others' edits
def _shown(window, qtbot):
    window.show()
    qtbot.waitExposed(window)


def test_an_edit_by_another_officer_shows_within_the_poll(window, boston, officer_b, qtbot):
    from delegation_planner.ui import edit_flows
    from tests.gui.test_trips import titles

    _shown(window, qtbot)
    assert window.edits.poll_timer.isActive() and window.edits.poll_timer.interval() == edit_flows.POLL_MS <= 2000
    qtbot.waitUntil(lambda: window.edits.poll_other_edits() is False)  # the first look takes note
    trips.update_trip(officer_b, boston["trip_id"], title=f"{NAME} – renamed by B")
    started = datetime.now()
    qtbot.waitUntil(lambda: f"{NAME} – renamed by B" in titles(window), timeout=edit_flows.POLL_MS + 2000)
    assert (datetime.now() - started).total_seconds() < edit_flows.POLL_MS / 1000 + 1.5
    assert window.trip_header.text() == f"{NAME} – renamed by B"  # the shown trip's header too


def test_own_edits_do_not_reload_and_others_do_once(window, boston, officer_b, qtbot, monkeypatch):
    _shown(window, qtbot)
    window.edits.poll_other_edits()  # takes note
    reloads = []
    original = window.refresh_all
    monkeypatch.setattr(window, "refresh_all", lambda: (reloads.append(1), original()))
    window.update_trip(boston["trip_id"], {"title": "A's own edit"})
    assert window.edits.poll_other_edits() is False and reloads == []
    notes_before = len(reloads)
    directory.create_person(officer_b, full_name="Người mới của B")
    assert window.edits.poll_other_edits() is True and len(reloads) == notes_before + 1
    assert window.edits.poll_other_edits() is False  # once


def test_a_hidden_window_does_not_poll(window, boston, officer_b):
    assert not window.isVisible()
    trips.update_trip(officer_b, boston["trip_id"], title="B")
    assert window.edits.poll_other_edits() is False


def test_the_dialog_in_vietnamese_has_no_english_left(vi_window, tmp_path):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from tests.gui.test_translation import WORD, english_ui_words

    error = RecordChangedError("engagement", 1, theirs={"title": "Làm việc với Bộ Y tế", "location": "",
                                                        "start": datetime(2017, 7, 12, 14)},
                               mine={"title": "Làm việc với Bộ Y tế (sửa)", "location": "Phòng họp A",
                                     "start": datetime(2017, 7, 12, 9, 30)}, stored_version=3, expected_version=2)
    dialog = RecordChangedDialog(error, vi_window)
    dialog.show()
    dialog.grab().save(str(tmp_path / "record_changed_vi.png"))
    texts = [dialog.windowTitle()] + [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
    texts += [dialog.table.horizontalHeaderItem(c).text() for c in range(3)]
    texts += [row[0] for row in dialog.rows()]
    assert "hoạt động này" in texts[1] or any("hoạt động này" in t for t in texts)
    assert [row[0] for row in dialog.rows()] == ["Tiêu đề", "Địa điểm", "Bắt đầu"]
    english = english_ui_words()
    left = [(t, w) for t in texts for w in WORD.findall(t.replace("&", "")) if w.lower() in english]
    assert left == []
    dialog.close()
