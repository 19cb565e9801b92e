"""Programme list and timeline: two time zones, conflicts flagged, the engagement dialog,
undo/redo, deletion, selection between timeline, list and detail panel."""
from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime
from PySide6.QtWidgets import QDialog

from delegation_planner.services import engagements
from delegation_planner.ui.icons import WARNING_FILL
from delegation_planner.ui.models.programme import ConflictsRole, EngagementIdRole, ProgrammeModel

from tests.gui.dialog_helpers import add_through_dialog, press_ok, set_when


def rows_shown(view) -> list[tuple[str, str]]:
    """(time column, title column) of every engagement row the view shows, day by day."""
    model = view.model()
    out = []
    for d in range(model.rowCount()):
        day = model.index(d, 0)
        assert view.isExpanded(day)
        for r in range(model.rowCount(day)):
            out.append((model.index(r, ProgrammeModel.TIME, day).data(), model.index(r, ProgrammeModel.TITLE, day).data()))
    return out


def test_engagements_in_two_time_zones_show_venue_and_home_time(window, dialogs, qtbot):
    dialog = add_through_dialog(window, dialogs, "Courtesy call on the Governor", "America/New_York",
                                datetime(2017, 7, 12, 9, 0), datetime(2017, 7, 12, 10, 0))
    assert dialog.result() == QDialog.DialogCode.Accepted
    # the dialog previews the home time before saving
    assert "20:00 Hà Nội" in dialog.home_time_label.text()
    add_through_dialog(window, dialogs, "Train to Montréal", "America/Toronto",
                       datetime(2017, 7, 13, 8, 0), datetime(2017, 7, 13, 9, 0))
    add_through_dialog(window, dialogs, "Gặp Lãnh sự quán", "Europe/Paris",
                       datetime(2017, 7, 14, 10, 0), datetime(2017, 7, 14, 11, 0))
    view = window.findChild(type(window.programme_view), "programmeView")
    qtbot.waitUntil(lambda: len(rows_shown(view)) == 3)
    assert rows_shown(view) == [
        ("09:00 Boston · 20:00 Hà Nội", "Courtesy call on the Governor"),
        ("08:00 Toronto · 19:00 Hà Nội", "Train to Montréal"),
        ("10:00 Paris · 15:00 Hà Nội", "Gặp Lãnh sự quán"),
    ]
    model = view.model()
    assert model.index(0, 0).data() == "Day 1 · Wednesday 12 July 2017"
    # the new engagement is selected, in the list and in the timeline, and shown in the detail panel
    last = engagements.programme(window.db, window.current_trip_id).items[-1]
    assert window.current_engagement_id == last.id
    assert view.currentIndex().data(EngagementIdRole) == last.id
    assert window.timeline_view.selected_engagement == last.id
    assert window.engagement_panel._engagement_id == last.id
    # each is drawn in the timeline, in its day's column
    window.show_programme_as("timeline")
    window.show()
    qtbot.waitExposed(window)
    rects = [window.timeline_view.block_rect(i.id) for i in model.items()]
    assert all(r is not None and r.height() > 10 for r in rects)
    assert rects[0].left() < rects[1].left() < rects[2].left()


def test_the_dialog_defaults_to_the_zone_of_the_last_engagement(window, dialogs):
    engagements.create_engagement(window.db, window.current_trip_id, title="Arrival", timezone="America/New_York",
                                  start=datetime(2017, 7, 12, 7, 0), end=datetime(2017, 7, 12, 8, 0))

    def look(dialog):
        assert dialog.zone_combo.currentText() == "America/New_York"
        dialog.reject()

    dialogs.append(look)
    window.actions_.add_engagement.trigger()
    assert window.last_dialog.result() == QDialog.DialogCode.Rejected


def test_engagement_dialog_refuses_end_before_start_naming_the_field(window, dialogs):
    dialog = add_through_dialog(window, dialogs, "Backwards meeting", "America/New_York",
                                datetime(2017, 7, 12, 11, 0), datetime(2017, 7, 12, 10, 0))
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisibleTo(dialog)
    assert dialog.error_label.text().startswith("End:")
    assert dialog.end_edit.styleSheet()
    assert engagements.programme(window.db, window.current_trip_id).items == ()
    assert window.ctx.undo_stack.count() == 0
    # an unknown zone is named too, and still nothing is written
    dialog.zone_combo.setCurrentText("Mars/Olympus_Mons")
    press_ok(dialog)
    assert "Time zone" in dialog.error_label.text()
    assert engagements.programme(window.db, window.current_trip_id).items == ()


def test_outside_trip_dates_is_a_warning_not_a_refusal(window, dialogs, qtbot):
    dialog = add_through_dialog(window, dialogs, "Early arrival dinner", "America/New_York",
                                datetime(2017, 7, 11, 19, 0), datetime(2017, 7, 11, 21, 0))
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "before the trip begins" in window.statusBar().currentMessage()
    item = engagements.programme(window.db, window.current_trip_id).items[0]
    assert [c.kind for c in item.conflicts] == ["outside_trip"]
    qtbot.waitUntil(lambda: window.programme_model.item(item.id) is not None)
    assert window.programme_model.index(0, 0).data() == "Tuesday 11 July 2017"  # no "Day 0"


def test_overlap_for_the_head_of_delegation_is_flagged_in_list_and_timeline(window, qtbot, boston):
    db = window.db
    a = engagements.create_engagement(db, boston["trip_id"], title="Hospital board", timezone="America/New_York",
                                      start=datetime(2017, 7, 12, 10, 0), end=datetime(2017, 7, 12, 11, 30)).engagement
    b = engagements.create_engagement(db, boston["trip_id"], title="Harvard seminar", timezone="America/New_York",
                                      start=datetime(2017, 7, 12, 11, 0), end=datetime(2017, 7, 12, 12, 0)).engagement
    c = engagements.create_engagement(db, boston["trip_id"], title="Lunch", timezone="America/New_York",
                                      start=datetime(2017, 7, 12, 12, 30), end=datetime(2017, 7, 12, 13, 30)).engagement
    for eng in (a, b):
        engagements.set_attendance(db, eng.id, boston["head_id"], "lead")
    model = window.programme_model
    qtbot.waitUntil(lambda: model.item(c.id) is not None and bool(model.item(a.id).conflicts))
    index_a = model.index_of(a.id, ProgrammeModel.TITLE)
    index_c = model.index_of(c.id, ProgrammeModel.TITLE)
    assert not index_a.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert index_c.data(Qt.ItemDataRole.DecorationRole) is None
    assert index_c.data(ConflictsRole) == []
    messages = index_a.data(ConflictsRole)
    assert len(messages) == 1 and "Harvard seminar" in messages[0] and "Nguyễn Đức Chung" in messages[0]
    tooltip = model.index_of(b.id, ProgrammeModel.TIME).data(Qt.ItemDataRole.ToolTipRole)
    assert "Conflicts:" in tooltip and "Hospital board" in tooltip and "Nguyễn Đức Chung" in tooltip
    assert window.conflict_label.text().endswith("2")
    # what the view shows: the flagged row is there and visible
    window.show()
    qtbot.waitExposed(window)
    assert window.programme_view.visualRect(index_a).isValid()
    # the timeline paints both clashing blocks in the warning colour, the others not
    window.show_programme_as("timeline")
    qtbot.waitExposed(window.timeline_view)
    image = window.timeline_view.grab().toImage()

    def colour_inside(engagement_id):
        r = window.timeline_view.block_rect(engagement_id)
        return image.pixelColor(int(r.right() - 6), int(r.bottom() - 4)).name()

    assert colour_inside(a.id) == WARNING_FILL.name()
    assert colour_inside(b.id) == WARNING_FILL.name()
    assert colour_inside(c.id) != WARNING_FILL.name()
    # selecting a flagged engagement spells out its clash above the programme
    window.select_engagement(a.id)
    assert "Harvard seminar" in window.conflict_label.text()
    # moving the seminar later by editing removes the conflict
    window.select_engagement(b.id)
    window.update_engagement(b.id, {"start": datetime(2017, 7, 12, 14, 0), "end": datetime(2017, 7, 12, 15, 0)})
    qtbot.waitUntil(lambda: not model.item(a.id).conflicts)
    assert window.conflict_label.text() == ""


def test_undo_and_redo_of_add_edit_and_delete(window, dialogs, confirmations, qtbot, boston):
    db = window.db
    trip_id = window.current_trip_id
    add_through_dialog(window, dialogs, "Site visit", "America/New_York",
                       datetime(2017, 7, 13, 9, 0), datetime(2017, 7, 13, 10, 0))
    eng_id = window.current_engagement_id
    engagements.set_attendance(db, eng_id, boston["head_id"], "lead")

    def titles():
        return [i.title for i in engagements.programme(db, trip_id).items]

    def start_of(title):
        item = next(i for i in engagements.programme(db, trip_id).items if i.title == title)
        return item.local_start.replace(tzinfo=None)

    # edit: move to 14:00 and rename
    def edit(dialog):
        assert dialog.title_edit.text() == "Site visit"
        dialog.title_edit.setText("Site visit (moved)")
        set_when(dialog, "America/New_York", datetime(2017, 7, 13, 14, 0), datetime(2017, 7, 13, 15, 0))
        press_ok(dialog)

    dialogs.append(edit)
    window.actions_.edit_engagement.trigger()
    assert titles() == ["Site visit (moved)"]
    assert start_of("Site visit (moved)") == datetime(2017, 7, 13, 14, 0)
    stack = window.ctx.undo_stack
    assert stack.undoText().startswith("Edit engagement")
    stack.undo()
    assert titles() == ["Site visit"] and start_of("Site visit") == datetime(2017, 7, 13, 9, 0)
    stack.redo()
    assert start_of("Site visit (moved)") == datetime(2017, 7, 13, 14, 0)

    # delete (asks first), undo brings it back with its attendee
    window.select_engagement(eng_id)
    window.programme_view.setFocus()
    confirmations.answer = True
    window.actions_.delete_engagement.trigger()
    assert "Site visit (moved)" in confirmations.asked[-1]
    assert titles() == []
    qtbot.waitUntil(lambda: window.programme_model.rowCount() == 0)
    assert window.current_engagement_id is None
    stack.undo()
    assert titles() == ["Site visit (moved)"]
    restored = engagements.programme(db, trip_id).items[0]
    assert [a.full_name for a in restored.attendees] == ["Nguyễn Đức Chung"]
    qtbot.waitUntil(lambda: window.programme_model.rowCount() == 1)
    stack.redo()
    assert titles() == []
    # undo everything back to the empty programme, redo everything
    while stack.canUndo():
        stack.undo()
    assert titles() == []
    while stack.canRedo():
        stack.redo()
    assert titles() == []
    stack.undo()
    assert titles() == ["Site visit (moved)"]


def test_timeline_click_selects_and_detail_panel_follows(window, qtbot, boston):
    db = window.db
    first = engagements.create_engagement(db, boston["trip_id"], title="Morning", timezone="America/New_York",
                                          start=datetime(2017, 7, 12, 9, 0),
                                          end=datetime(2017, 7, 12, 10, 0)).engagement
    second = engagements.create_engagement(db, boston["trip_id"], title="Afternoon", timezone="America/New_York",
                                           start=datetime(2017, 7, 13, 15, 0),
                                           end=datetime(2017, 7, 13, 16, 0)).engagement
    qtbot.waitUntil(lambda: window.programme_model.item(second.id) is not None)
    window.show_programme_as("timeline")
    window.show()
    qtbot.waitExposed(window)
    timeline = window.findChild(type(window.timeline_view), "timelineView")
    rect = timeline.block_rect(second.id)
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert window.current_engagement_id == second.id
    assert window.programme_view.current_engagement_id() == second.id
    assert window.engagement_panel._engagement_id == second.id
    assert window.actions_.edit_engagement.isEnabled()
    # clicking empty space keeps the selection
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert window.current_engagement_id == second.id
    window.select_engagement(first.id)
    assert timeline.selected_engagement == first.id


def test_programme_model_passes_qtmodeltester(qtmodeltester, db, boston):
    for day, hour in ((12, 9), (12, 9), (13, 14), (14, 8)):
        engagements.create_engagement(db, boston["trip_id"], title=f"E {day} {hour}", timezone="America/New_York",
                                      start=datetime(2017, 7, day, hour, 0), end=datetime(2017, 7, day, hour + 1, 0))
    model = ProgrammeModel()
    model.set_programme(boston["trip_id"], engagements.programme(db, boston["trip_id"]))
    assert model.rowCount() == 3
    assert [model.rowCount(model.index(d, 0)) for d in range(3)] == [2, 1, 1]
    qtmodeltester.check(model)
    model.set_programme(None, None)
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_timeline_keyboard_walks_engagements_in_time_order(window, qtbot, boston):
    db = window.db
    ids = [engagements.create_engagement(db, boston["trip_id"], title=f"E{h}", timezone="America/New_York",
                                         start=datetime(2017, 7, 12, h, 0),
                                         end=datetime(2017, 7, 12, h + 1, 0)).engagement.id for h in (9, 11, 14)]
    qtbot.waitUntil(lambda: window.programme_model.item(ids[-1]) is not None)
    window.show_programme_as("timeline")
    timeline = window.timeline_view
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert window.current_engagement_id == ids[0]
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    qtbot.keyClick(timeline, Qt.Key.Key_Right)  # stays on the last
    assert window.current_engagement_id == ids[2]
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert window.current_engagement_id == ids[1]
    assert window.programme_view.current_engagement_id() == ids[1]
