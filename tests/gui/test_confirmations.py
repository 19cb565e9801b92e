"""Honest confirmations: deleting an engagement says what goes with it; deleting a person or an
organization says plainly that it cannot be undone (English and Vietnamese)."""
from __future__ import annotations

from datetime import datetime

from delegation_planner.domain.enums import AttendanceRole, MadeBy, Side
from delegation_planner.services import commitments, directory, engagements, notes


def _engagement_with_things(db, trip_id, head_id):
    eng = engagements.create_engagement(db, trip_id, title="Họp với Bệnh viện MGH", timezone="America/New_York",
                                        start=datetime(2017, 7, 12, 9), end=datetime(2017, 7, 12, 10)).engagement
    guest = directory.create_person(db, full_name="Peter Slavin", side=Side.HOST)
    engagements.set_attendance(db, eng.id, head_id, role=AttendanceRole.ATTENDEE)
    engagements.set_attendance(db, eng.id, guest.id, role=AttendanceRole.ATTENDEE)
    for text in ("Thỏa thuận hợp tác", "Second note", "Third note"):
        notes.add_note(db, eng.id, text)
    commitments.create_commitment(db, trip_id, description="Đào tạo 5 bác sĩ", made_by=MadeBy.JOINT,
                                  engagement_id=eng.id)
    return eng.id


def test_deleting_an_engagement_says_what_goes_with_it_and_undo_brings_it_back(window, boston, confirmations):
    db = window.db
    eng_id = _engagement_with_things(db, boston["trip_id"], boston["head_id"])
    window.refresh_all()
    assert window.select_engagement(eng_id)
    confirmations.answer = False
    window.actions_.delete_engagement.trigger()
    question = confirmations.asked[-1]
    assert "Họp với Bệnh viện MGH" in question
    assert "3 meeting note(s)" in question and "2 attendee(s)" in question
    assert "1 commitment(s) made there stay with the trip" in question
    assert "Undo" in question
    assert engagements.get_engagement(db, eng_id)  # answered No: nothing deleted

    confirmations.answer = True
    window.actions_.delete_engagement.trigger()
    assert engagements.programme(db, boston["trip_id"]).items == ()
    rows = commitments.list_commitments(db, trip_id=boston["trip_id"])
    assert [r.engagement_id for r in rows] == [None]  # kept, unlinked — as the question said
    window.actions_.undo.trigger()
    items = engagements.programme(db, boston["trip_id"]).items
    assert [i.title for i in items] == ["Họp với Bệnh viện MGH"]
    assert len(notes.list_notes(db, items[0].id)) == 3


def test_an_engagement_with_nothing_says_so(window, boston, confirmations):
    eng = engagements.create_engagement(window.db, boston["trip_id"], title="Empty", timezone="UTC",
                                        start=datetime(2017, 7, 13, 9), end=datetime(2017, 7, 13, 10)).engagement
    window.refresh_all()
    assert window.select_engagement(eng.id)
    confirmations.answer = False
    window.actions_.delete_engagement.trigger()
    question = confirmations.asked[-1]
    assert "0 meeting note(s) and 0 attendee(s)" in question
    assert "commitment" not in question


def test_directory_deletes_say_they_cannot_be_undone(window, boston, confirmations):
    panel = window.directory_panel
    window.switch_to_tab(3)
    panel.reload()
    confirmations.answer = False
    panel.tabs.setCurrentIndex(0)
    from delegation_planner.ui.views.panel_common import select_row

    select_row(panel.view, panel.people_model.row_of_id(boston["head_id"]))
    panel.delete_selected()
    assert "Nguyễn Đức Chung" in confirmations.asked[-1] and "cannot be undone" in confirmations.asked[-1]
    panel.tabs.setCurrentIndex(1)
    select_row(panel.organizations_view, panel.organizations_model.row_of_id(boston["org_id"]))
    panel.delete_selected()
    assert "Massachusetts General Hospital" in confirmations.asked[-1]
    assert "cannot be undone" in confirmations.asked[-1]
    assert directory.get_person(window.db, boston["head_id"])  # answered No


def test_vietnamese_engagement_confirmation(vi_window, monkeypatch):
    asked = []
    vi_window.ctx.confirm = lambda parent, title, question: asked.append((title, question)) or False
    items = vi_window.programme_model.items()
    assert vi_window.select_engagement(items[0].id)
    vi_window.actions_.delete_engagement.trigger()
    title, question = asked[-1]
    assert "ghi chú" in question and "Hoàn tác" in question
    for english in ("meeting note", "attendee", "commitment", "Undo", "Deleted with it"):
        assert english not in question
