"""Filters and pickers: the right side shows only what the list shows, and every filter
finds text typed without accents ("cao bang" -> "Cao Bằng", "duc" -> "Đức")."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from delegation_planner.domain.enums import MadeBy, Side
from delegation_planner.services import commitments as commitment_service
from delegation_planner.services import directory, engagements, trips
from delegation_planner.ui.models.trips import TripIdRole

from tests.gui.dialog_helpers import press_ok, set_when


def shown_trips(window) -> list[int]:
    model = window.trip_panel.view.model()
    return [model.index(r, 0).data(TripIdRole) for r in range(model.rowCount())]


def shown_window(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()  # (activateWindow() leaves it inactive under pytest)
    from PySide6.QtTest import QTest

    assert QTest.qWaitForWindowActive(window.windowHandle(), 5000)
    return window


# ------------------------------------------------------------------------ wrong record

def test_a_trip_the_filter_hides_is_not_shown_nor_acted_on(window, dialogs, boston, qtbot):
    """Issue 10 "Wrong record": Paris selected, the list filtered to Boston only. The right side
    showed Paris and Add engagement (Ctrl+Shift+N) added to Paris."""
    shown_window(window, qtbot)
    assert window.select_trip(boston["other_id"])  # Paris
    search = window.findChild(QLineEdit, "tripSearch")
    search.setFocus()
    qtbot.keyClicks(search, "bost")
    qtbot.waitUntil(lambda: shown_trips(window) == [boston["trip_id"]])
    # the right side shows a trip the list shows, or nothing
    assert window.current_trip_id in (None, boston["trip_id"])
    assert window.current_trip_id is None  # nothing chosen yet: nothing shown …
    assert "Paris" not in window.trip_header.text()
    assert not window.actions_.add_engagement.isEnabled()  # … and nothing to add to
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert engagements.programme(window.db, boston["other_id"]).items == ()

    # Enter in the search box: the list, its (only) trip current; Ctrl+Shift+N adds there
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.current_trip_id == boston["trip_id"]
    assert window.trip_panel.view.hasFocus()

    def fill(dialog):
        dialog.title_edit.setText("Meeting at MGH")
        from datetime import datetime
        set_when(dialog, "America/New_York", datetime(2017, 7, 12, 9), datetime(2017, 7, 12, 10))
        press_ok(dialog)

    dialogs.append(fill)
    qtbot.keyClick(window.trip_panel.view, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [i.title for i in engagements.programme(window.db, boston["trip_id"]).items] == ["Meeting at MGH"]
    assert engagements.programme(window.db, boston["other_id"]).items == ()


def test_clearing_the_filter_keeps_nothing_hidden_current(window, boston, qtbot):
    panel = window.trip_panel
    assert window.select_trip(boston["trip_id"])
    panel.search.setText("paris")
    qtbot.waitUntil(lambda: shown_trips(window) == [boston["other_id"]])
    assert window.current_trip_id is None
    assert not window.actions_.delete_trip.isEnabled() and not window.actions_.briefing_pack.isEnabled()
    panel.search.clear()
    qtbot.waitUntil(lambda: len(shown_trips(window)) == 2)
    # select_trip (search results, undo) clears a filter that hides the trip asked for
    panel.search.setText("paris")
    qtbot.waitUntil(lambda: shown_trips(window) == [boston["other_id"]])
    assert window.select_trip(boston["trip_id"])
    assert boston["trip_id"] in shown_trips(window) and panel.search.text() == ""


# ------------------------------------------------------------------------ typing without accents

@pytest.fixture
def visit(db_path):
    """The border health talks: Cao Bằng receives Guangxi (Quảng Tây)."""
    from delegation_planner.storage import open_database

    db = open_database(db_path)
    try:
        trip = trips.create_trip(db, title="Hội đàm y tế biên giới Cao Bằng", destination="Cao Bằng",
                                 start_date=date(2026, 3, 2), end_date=date(2026, 3, 4))
        other = trips.create_trip(db, title="Boston study visit", destination="Boston",
                                  start_date=date(2017, 7, 12), end_date=date(2017, 7, 14))
        guangxi = directory.create_organization(db, name="Ủy ban Y tế Quảng Tây", city="Nam Ninh")
        phong = directory.create_person(db, full_name="Nông Tuấn Phong", title="Giám đốc Sở Y tế",
                                        side=Side.DELEGATION)
        duc = directory.create_person(db, full_name="Đỗ Minh Đức", side=Side.HOST, organization_id=guangxi.id)
        directory.create_person(db, full_name="Peter Slavin", side=Side.HOST)
        promise = commitment_service.create_commitment(db, trip.id, description="Trao đổi số liệu dịch bệnh Quảng Tây",
                                                       made_by=MadeBy.JOINT)
        commitment_service.create_commitment(db, trip.id, description="Training in Boston", made_by=MadeBy.OUR_SIDE)
        return {"trip": trip.id, "other": other.id, "guangxi": guangxi.id, "phong": phong.id, "duc": duc.id,
                "promise": promise.id}
    finally:
        db.dispose()


def test_trip_filter_without_accents(visit, main_window, qtbot):
    panel = main_window.trip_panel
    panel.refresh()
    qtbot.keyClicks(panel.search, "cao bang")  # ASCII typed keys, as an officer types
    qtbot.waitUntil(lambda: shown_trips(main_window) == [visit["trip"]])
    panel.search.setText("CAO  BẰNG")  # case, accents and spaces aside
    qtbot.waitUntil(lambda: shown_trips(main_window) == [visit["trip"]])
    panel.search.setText("bien gioi cao")  # words in any place
    qtbot.waitUntil(lambda: shown_trips(main_window) == [visit["trip"]])
    panel.search.setText("quang tay")
    qtbot.waitUntil(lambda: shown_trips(main_window) == [])
    assert panel.count_label.text().endswith("0")


def column(model, key):
    c = model.column_of(key)
    return [model.index(r, c).data() for r in range(model.rowCount())]


def test_directory_filter_without_accents(visit, main_window, qtbot):
    panel = main_window.directory_panel
    main_window.switch_to_tab(3)
    search = main_window.findChild(QLineEdit, "directorySearch")
    qtbot.keyClicks(search, "nong tuan phong")
    qtbot.waitUntil(lambda: column(panel.people_model, "full_name") == ["Nông Tuấn Phong"])
    assert panel.tabs.tabText(0).endswith("(1)")
    search.clear()
    qtbot.keyClicks(search, "duc")
    qtbot.waitUntil(lambda: column(panel.people_model, "full_name") == ["Đỗ Minh Đức"])
    search.clear()
    qtbot.keyClicks(search, "quang tay")  # the organization, and its person by organization name
    qtbot.waitUntil(lambda: column(panel.organizations_model, "name") == ["Ủy ban Y tế Quảng Tây"])
    assert column(panel.people_model, "full_name") == ["Đỗ Minh Đức"]
    search.clear()
    qtbot.waitUntil(lambda: panel.people_model.rowCount() == 3)


def test_commitments_filter_without_accents(visit, main_window, qtbot):
    assert main_window.select_trip(visit["trip"])
    main_window.switch_to_tab(2)
    panel = main_window.commitments_panel
    search = main_window.findChild(QLineEdit, "commitmentSearch")
    assert search is not None and search.isVisibleTo(main_window)
    qtbot.keyClicks(search, "quang tay")
    qtbot.waitUntil(lambda: panel.model.ids() == [visit["promise"]])
    assert panel.summary.text().startswith("1 ")
    # the selection follows what is shown: editing acts on the visible commitment
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    assert panel.selected_commitment().id == visit["promise"]
    search.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)


@pytest.mark.parametrize("counterpart", [False, True])
def test_attendee_and_counterpart_pickers_without_accents(visit, main_window, dialogs, qtbot, counterpart):
    from delegation_planner.ui.dialogs.member_dialog import AttendeeDialog

    from datetime import datetime

    db = main_window.db
    eng = engagements.create_engagement(db, visit["trip"], title="Hội đàm", timezone="Asia/Ho_Chi_Minh",
                                        start=datetime(2026, 3, 2, 9), end=datetime(2026, 3, 2, 11)).engagement
    dialog = AttendeeDialog(main_window.ctx, eng.id, counterpart=counterpart, parent=main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.search  # typing goes to the search box at once
    qtbot.keyClicks(dialog.search, "duc" if counterpart else "nong tuan phong")
    want = visit["duc"] if counterpart else visit["phong"]
    qtbot.waitUntil(lambda: dialog.people_model.ids() == [want])
    assert dialog.selected_person_id() == want  # a single match is chosen
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)  # to the list …
    assert dialog.people_view.hasFocus() and dialog.selected_person_id() == want
    qtbot.keyClick(dialog.people_view, Qt.Key.Key_Return)  # … and Enter adds
    assert dialog.result() == dialog.DialogCode.Accepted
    assert want in [a.person_id for a in engagements.list_attendees(db, eng.id)]


def test_member_picker_without_accents_and_hidden_rows_not_chosen(visit, main_window, qtbot):
    from delegation_planner.ui.dialogs.member_dialog import MemberDialog

    dialog = MemberDialog(main_window.ctx, visit["trip"], parent=main_window)
    qtbot.addWidget(dialog)
    dialog.search.setText("NONG tuan")
    dialog.apply_search()
    assert dialog.people_model.ids() == [visit["phong"]]
    dialog.search.setText("peter")
    dialog.apply_search()
    assert dialog.selected_person_id() != visit["phong"]  # what the filter hides is never the choice
    dialog.search.setText("zzz")
    dialog.apply_search()
    assert dialog.selected_person_id() is None


def test_proxy_folds_each_row_once(qtmodeltester, ctx, visit):
    """The proxy passes qtmodeltester and folds a row's text once, not once per keystroke."""
    from delegation_planner.ui.models.directory import PeopleModel
    from delegation_planner.ui.models.filtering import FoldFilterProxy
    from delegation_planner.ui.operations import directory as directory_ops

    calls = []

    def text_of(row):
        calls.append(row.id)
        return row.full_name

    proxy = FoldFilterProxy(PeopleModel(), text_of)
    proxy.set_rows(directory_ops.list_people(ctx))
    for typed in ("n", "no", "non", "nong", "nong t", "nong tuan"):
        proxy.set_filter_text(typed)
    assert proxy.ids() == [visit["phong"]]
    assert sorted(calls) == sorted(set(calls)) and len(calls) == 3
    qtmodeltester.check(proxy)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)  # the source sorts; the filter stays
    assert proxy.ids() == [visit["phong"]]
    proxy.set_filter_text("")
    assert [r.full_name for r in proxy.rows()] == ["Peter Slavin", "Nông Tuấn Phong", "Đỗ Minh Đức"]
