"""Trip list: create, search and filter, edit with validation, duplicate, delete after confirming, undo."""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog

from delegation_planner.services import engagements, trips
from delegation_planner.ui.models.trips import TripIdRole, TripListModel

from tests.gui.conftest import press_ok


def titles(window) -> list[str]:
    model = window.trip_panel.view.model()  # what the list shows (the search filters the loaded rows)
    return [model.index(r, TripListModel.TITLE).data() for r in range(model.rowCount())]


def test_create_trip_through_the_dialog(main_window, dialogs, qtbot):
    assert titles(main_window) == []

    def fill(dialog):
        dialog.title_edit.setText("Đoàn công tác Hà Nội – Boston")
        dialog.destination_edit.setText("Boston")
        dialog.start_edit.setDate(QDate(2017, 7, 12))
        dialog.end_edit.setDate(QDate(2017, 7, 14))
        press_ok(dialog)

    dialogs.append(fill)
    main_window.actions_.new_trip.trigger()
    assert main_window.last_dialog.result() == QDialog.DialogCode.Accepted
    rows = trips.list_trips(main_window.db)
    assert [r.title for r in rows] == ["Đoàn công tác Hà Nội – Boston"]
    assert (rows[0].start_date, rows[0].end_date) == (date(2017, 7, 12), date(2017, 7, 14))
    # the list shows it, it is the current trip, and the programme header names it
    qtbot.waitUntil(lambda: titles(main_window) == ["Đoàn công tác Hà Nội – Boston"])
    view = main_window.findChild(type(main_window.trip_panel.view), "tripList")
    assert view.currentIndex().data(TripIdRole) == rows[0].id
    assert main_window.current_trip_id == rows[0].id
    assert main_window.trip_header.text() == "Đoàn công tác Hà Nội – Boston"
    assert main_window.trip_panel.model.index(0, TripListModel.DATES).data() == "12–14 Jul 2017"


def test_trip_dialog_refuses_end_before_start_and_names_the_field(main_window, dialogs, boston):
    main_window.select_trip(boston["trip_id"])

    def fill(dialog):
        dialog.end_edit.setDate(QDate(2017, 7, 1))  # before the start (12 July)
        press_ok(dialog)

    dialogs.append(fill)
    main_window.actions_.edit_trip.trigger()
    dialog = main_window.last_dialog
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "End date" in dialog.error_label.text()
    assert dialog.end_edit.styleSheet()  # highlighted
    trip = trips.get_trip(main_window.db, boston["trip_id"])
    assert trip.end_date == date(2017, 7, 14)
    assert main_window.ctx.undo_stack.count() == 0


def test_search_status_and_year_filters(main_window, boston, qtbot):
    main_window.trip_panel.refresh()
    assert sorted(titles(main_window)) == ["Boston study visit 2017", "Paris visit 2026"]
    # sorted by start date, newest first
    assert titles(main_window) == ["Paris visit 2026", "Boston study visit 2017"]
    panel = main_window.trip_panel
    qtbot.keyClicks(panel.search, "bost")
    qtbot.waitUntil(lambda: titles(main_window) == ["Boston study visit 2017"])
    panel.search.clear()
    qtbot.waitUntil(lambda: len(titles(main_window)) == 2)
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("confirmed"))
    assert titles(main_window) == ["Boston study visit 2017"]
    panel.status_filter.setCurrentIndex(0)
    panel.year_filter.setCurrentIndex(panel.year_filter.findData(2026))
    assert titles(main_window) == ["Paris visit 2026"]
    assert panel.count_label.text().endswith("1")
    # select_trip clears the filters that hide a trip
    assert main_window.select_trip(boston["trip_id"])
    assert len(titles(main_window)) == 2
    # Ctrl+F puts the cursor in the search box
    assert main_window.actions_.find.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.programme_view.setFocus()
    main_window.actions_.find.trigger()
    assert main_window.focusWidget() is panel.search


def test_duplicate_trip_same_programme_next_year(main_window, dialogs, boston, qtbot):
    db = main_window.db
    engagements.create_engagement(db, boston["trip_id"], title="Courtesy call", timezone="America/New_York",
                                  start=datetime(2017, 7, 12, 9, 0), end=datetime(2017, 7, 12, 10, 0))
    main_window.select_trip(boston["trip_id"])

    def fill(dialog):
        assert dialog.title_edit.text() == "Boston study visit 2018"
        assert dialog.start_edit.date() == QDate(2018, 7, 12)
        press_ok(dialog)

    dialogs.append(fill)
    main_window.actions_.duplicate_trip.trigger()
    new_id = main_window.current_trip_id
    assert new_id not in (None, boston["trip_id"])
    copy = trips.get_trip(db, new_id)
    assert (copy.title, copy.start_date, copy.end_date, str(copy.status)) == (
        "Boston study visit 2018", date(2018, 7, 12), date(2018, 7, 14), "draft")
    qtbot.waitUntil(lambda: "Boston study visit 2018" in titles(main_window))
    items = main_window.programme_model.items()
    assert [i.title for i in items] == ["Courtesy call"]
    assert items[0].local_start.replace(tzinfo=None) == datetime(2018, 7, 12, 9, 0)
    # undo removes the copy
    main_window.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: "Boston study visit 2018" not in titles(main_window))
    assert [r.title for r in trips.list_trips(db)] == ["Paris visit 2026", "Boston study visit 2017"]


def test_delete_trip_asks_first_and_undo_brings_it_back(main_window, confirmations, boston, qtbot):
    db = main_window.db
    engagements.create_engagement(db, boston["trip_id"], title="Courtesy call", timezone="America/New_York",
                                  start=datetime(2017, 7, 12, 9, 0), end=datetime(2017, 7, 12, 10, 0))
    main_window.select_trip(boston["trip_id"])
    main_window.trip_panel.view.setFocus()

    confirmations.answer = False
    main_window.actions_.delete.trigger()  # the Delete key, with the trip list focused
    assert len(confirmations.asked) == 1 and "Boston study visit 2017" in confirmations.asked[0]
    assert len(trips.list_trips(db)) == 2

    confirmations.answer = True
    main_window.actions_.delete_trip.trigger()
    assert [r.title for r in trips.list_trips(db)] == ["Paris visit 2026"]
    qtbot.waitUntil(lambda: titles(main_window) == ["Paris visit 2026"])
    assert main_window.current_trip_id != boston["trip_id"]

    main_window.ctx.undo_stack.undo()
    rows = trips.list_trips(db)
    assert sorted(r.title for r in rows) == ["Boston study visit 2017", "Paris visit 2026"]
    restored = next(r for r in rows if r.title == "Boston study visit 2017")
    assert restored.engagement_count == 1
    qtbot.waitUntil(lambda: len(titles(main_window)) == 2)
    main_window.ctx.undo_stack.redo()
    assert [r.title for r in trips.list_trips(db)] == ["Paris visit 2026"]


def test_trip_list_model_passes_qtmodeltester(qtmodeltester, db, boston):
    model = TripListModel()
    model.set_rows(trips.list_trips(db))
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    assert model.index(0, TripListModel.STATUS).data(Qt.ItemDataRole.DisplayRole) == "Draft"


def _bare_context(db, qapp):
    """The operations need no window: a UiContext over the database is enough."""
    from PySide6.QtGui import QUndoStack

    from delegation_planner.ui.context import ChangeHub, UiContext

    ctx = UiContext(db=db, hub=ChangeHub(), undo_stack=QUndoStack())
    ctx.hub.attach(db, announce=False)
    return ctx


def test_trip_operations_without_a_window_create_delete_duplicate_and_undo(db, qapp):
    from delegation_planner.ui.operations import engagements as engagement_ops
    from delegation_planner.ui.operations import trips as trip_ops

    ctx = _bare_context(db, qapp)
    stack = ctx.undo_stack
    trip_id = trip_ops.create_trip(ctx, {"title": "Nguyễn Đức Chung — Boston 2017", "start_date": date(2017, 7, 12),
                                         "end_date": date(2017, 7, 14)})
    assert trips.get_trip(db, trip_id).title == "Nguyễn Đức Chung — Boston 2017"
    saved = engagement_ops.create_engagement(ctx, trip_id, {
        "title": "Gặp Sở Y tế", "timezone": "America/New_York",
        "start": datetime(2017, 7, 20, 9, 0), "end": datetime(2017, 7, 20, 10, 0)})
    assert saved.warnings, "an engagement after the trip's last day is saved with a warning"
    trip_ops.update_trip(ctx, trip_id, {"title": "Nguyễn Đức Chung — Boston 2017"})  # nothing differs
    assert stack.count() == 2

    copy_id = trip_ops.duplicate_trip(ctx, trip_id, start_date=date(2018, 7, 12),
                                      title=trip_ops.duplicate_title(ctx, trip_id))
    assert trips.get_trip(db, copy_id).title == "Nguyễn Đức Chung — Boston 2018"
    assert [i.title for i in engagements.programme(db, copy_id).items] == ["Gặp Sở Y tế"]
    stack.undo()
    assert [t.id for t in trips.list_trips(db)] == [trip_id]

    restored: list[int] = []
    trip_ops.delete_trip(ctx, trip_id, restored=restored.append)
    assert trips.list_trips(db) == [] and not trip_ops.trip_exists(ctx, trip_id)
    stack.undo()
    assert len(restored) == 1 and trip_ops.trip_exists(ctx, restored[0])
    back = restored[0]
    assert trips.get_trip(db, back).title == "Nguyễn Đức Chung — Boston 2017"
    assert [i.title for i in engagements.programme(db, back).items] == ["Gặp Sở Y tế"]
    # the older step follows the re-created trip: undoing the engagement acts on the new ids
    stack.undo()
    assert list(engagements.programme(db, back).items) == []


def test_trip_operation_refused_values_change_nothing(db, qapp):
    import pytest

    from delegation_planner.domain.errors import ValidationError
    from delegation_planner.ui.operations import trips as trip_ops

    ctx = _bare_context(db, qapp)
    with pytest.raises(ValidationError):
        trip_ops.create_trip(ctx, {"title": "Hà Nội", "start_date": date(2024, 5, 3), "end_date": date(2024, 5, 1)})
    assert trips.list_trips(db) == [] and ctx.undo_stack.count() == 0


def test_trip_list_refreshes_on_its_subjects_only(main_window, boston):
    from delegation_planner.changes import Action, Change, Subject, reload_everything
    from delegation_planner.ui.views.trips import REFRESH_ON

    assert REFRESH_ON == frozenset({Subject.TRIP, Subject.ENGAGEMENT})
    panel = main_window.trip_panel
    panel.refresh()
    for subject in (Subject.NOTE, Subject.COMMITMENT, Subject.PERSON, Subject.MEMBER):
        main_window.ctx.hub.changed.emit(Change(subject, (1,), boston["trip_id"], Action.UPDATE))
        assert not panel._stale, subject
    for change in (Change(Subject.ENGAGEMENT, (1,), boston["trip_id"], Action.CREATE), reload_everything()):
        panel.refresh()
        main_window.ctx.hub.changed.emit(change)
        assert panel._stale, change
