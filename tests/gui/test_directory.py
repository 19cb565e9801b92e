"""Directory panel: people and organizations across trips, search, create/edit/delete,
and an organization's history (every engagement and commitment with it)."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from delegation_planner.domain.enums import Side
from delegation_planner.services import commitments, directory, engagements, members, trips

NY = "America/New_York"


@pytest.fixture
def data(db):
    mgh = directory.create_organization(db, name="Massachusetts General Hospital", kind="hospital", city="Boston",
                                       local_name="Bệnh viện Đa khoa Massachusetts")
    gov = directory.create_organization(db, name="Office of the Governor", kind="government_office")
    hn = directory.create_organization(db, name="Hà Nội People's Committee", city="Hà Nội")
    chung = directory.create_person(db, full_name="Nguyễn Đức Chung", side=Side.DELEGATION, organization_id=hn.id,
                                    title="Chairman")
    directory.create_person(db, full_name="Peter Slavin", side=Side.HOST, organization_id=mgh.id, title="President")
    t2017 = trips.create_trip(db, title="Boston 2017", start_date=date(2017, 7, 12), end_date=date(2017, 7, 14))
    t2019 = trips.create_trip(db, title="Boston 2019", start_date=date(2019, 5, 6), end_date=date(2019, 5, 8))
    members.add_member(db, t2017.id, chung.id)
    e1 = engagements.create_engagement(db, t2017.id, title="Visit to MGH", timezone=NY, organization_id=mgh.id,
                                       start=datetime(2017, 7, 13, 9), end=datetime(2017, 7, 13, 11)).engagement
    engagements.create_engagement(db, t2019.id, title="Return visit to MGH", timezone=NY, organization_id=mgh.id,
                                  start=datetime(2019, 5, 7, 9), end=datetime(2019, 5, 7, 10), status="planned")
    commitments.create_commitment(db, t2017.id, description="MoU on hospital management", organization_id=mgh.id,
                                  engagement_id=e1.id, status="signed")
    return {"mgh": mgh, "gov": gov, "hn": hn, "chung": chung, "t2017": t2017, "t2019": t2019}


@pytest.fixture
def panel(qtbot, ctx, data):
    from delegation_planner.ui.views.directory import DirectoryPanel

    p = DirectoryPanel(ctx)
    qtbot.addWidget(p)
    p.resize(900, 600)
    p.show()
    return p


def column(model, key):
    c = model.column_of(key)
    return [model.index(r, c).data() for r in range(model.rowCount())]


def test_lists_people_and_organizations_with_vietnamese_names(panel):
    assert panel.view.objectName() == "directoryView"
    assert column(panel.people_model, "full_name") == ["Nguyễn Đức Chung", "Peter Slavin"]
    assert column(panel.people_model, "organization") == ["Hà Nội People's Committee",
                                                         "Massachusetts General Hospital"]
    assert "Hà Nội People's Committee" in column(panel.organizations_model, "name")
    assert panel.tabs.tabText(0) == "People (2)" and panel.tabs.tabText(1) == "Organizations (3)"


def test_models_pass_qtmodeltester(qtmodeltester, panel, data):
    panel.show_organization(data["mgh"].id)
    for model in (panel.people_model, panel.organizations_model, panel.history_model):
        qtmodeltester.check(model)


def test_search_filters_both_lists(panel, qtbot):
    panel.search.setText("Hà Nội")  # (QTest.keyClicks aborts on non-ASCII text)
    qtbot.waitUntil(lambda: panel.organizations_model.rowCount() == 1)
    assert column(panel.organizations_model, "name") == ["Hà Nội People's Committee"]
    assert column(panel.people_model, "full_name") == ["Nguyễn Đức Chung"]  # by organization name
    panel.search.setText("Massachusetts")
    panel.reload()
    assert column(panel.organizations_model, "name") == ["Massachusetts General Hospital"]
    panel.search.clear()
    panel.reload()
    assert panel.people_model.rowCount() == 2


def test_organization_history_across_trips(panel, data):
    panel.show_organization(data["mgh"].id)
    assert panel.tabs.currentIndex() == 1
    assert panel.selected_organization().id == data["mgh"].id
    m = panel.history_model
    assert column(m, "title") == ["Return visit to MGH", "Visit to MGH", "MoU on hospital management"]
    assert column(m, "trip") == ["Boston 2019", "Boston 2017", "Boston 2017"]
    assert column(m, "what") == ["Engagement", "Engagement", "Commitment"]
    assert "2 engagement(s), 1 commitment(s)" in panel.history_label.text()
    # a new commitment with the hospital appears in its history at once
    commitments.create_commitment(panel.ctx.db, data["t2019"].id, description="Training for nurses",
                                  organization_id=data["mgh"].id)
    assert "Training for nurses" in column(m, "title")
    panel.show_organization(data["gov"].id)
    assert m.rowCount() == 0


def test_create_person_and_edit_with_undo(panel, ctx, data, db):
    def create(dialog):
        dialog.widget("full_name").setText("Lê Thị Thu Hằng")
        dialog.widget("organization_id").setCurrentIndex(dialog.widget("organization_id").findData(data["hn"].id))
        dialog.widget("side").setCurrentIndex(dialog.widget("side").findData("delegation"))
        dialog.accept()
        return True

    panel.run_dialog = create
    panel.new_person()
    assert "Lê Thị Thu Hằng" in column(panel.people_model, "full_name")
    assert panel.selected_person().full_name == "Lê Thị Thu Hằng"

    def edit(dialog):
        dialog.widget("title").setText("Vice Chairwoman")
        dialog.accept()
        return True

    panel.run_dialog = edit
    panel.edit_selected()
    person = directory.list_people(db, "Lê Thị Thu Hằng")[0]
    assert person.title == "Vice Chairwoman" and person.organization_name == "Hà Nội People's Committee"
    ctx.undo_stack.undo()
    assert directory.list_people(db, "Lê Thị Thu Hằng")[0].title == ""
    ctx.undo_stack.undo()
    assert not directory.list_people(db, "Lê Thị Thu Hằng")


def test_bad_email_is_shown_next_to_field(panel, ctx, db):
    from delegation_planner.ui.dialogs.person_dialog import PersonDialog

    dialog = PersonDialog(ctx)
    dialog.widget("full_name").setText("Nam Pham")
    dialog.widget("email").setText("not an address")
    dialog.accept()
    assert dialog.result() == 0
    error = dialog.findChild(type(dialog.message), "email_error")
    assert error.isVisibleTo(dialog) and "e-mail" in error.text()
    assert not directory.list_people(db, "Nam Pham")


def test_create_organization_shows_it_selected(panel, ctx, db):
    def create(dialog):
        dialog.widget("name").setText("MassChallenge")
        dialog.widget("kind").setCurrentIndex(dialog.widget("kind").findData("startup_incubator"))
        dialog.accept()
        return True

    panel.run_dialog = create
    panel.new_organization()
    assert panel.selected_organization().name == "MassChallenge"
    assert "0 engagement(s)" in panel.history_label.text()


def test_delete_key_asks_then_deletes(panel, ctx, data, db, qtbot, confirmations):
    panel.tabs.setCurrentIndex(0)
    panel.view.selectRow(1)  # Peter Slavin
    panel.view.setFocus()
    confirmations.answer = False
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert panel.people_model.rowCount() == 2
    confirmations.answer = True
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert column(panel.people_model, "full_name") == ["Nguyễn Đức Chung"]
    panel.show_organization(data["gov"].id)
    panel.delete_selected()
    assert "Office of the Governor" not in column(panel.organizations_model, "name")


def test_f2_edits_selected_organization(panel, ctx, data, db, qtbot):
    panel.show_organization(data["mgh"].id)
    panel.organizations_view.setFocus()

    def edit(dialog):
        assert dialog.widget("name").text() == "Massachusetts General Hospital"
        dialog.widget("city").setText("Boston, MA")
        dialog.accept()
        return True

    panel.run_dialog = edit
    qtbot.keyClick(panel.organizations_view, Qt.Key.Key_F2)
    assert directory.get_organization(db, data["mgh"].id).city == "Boston, MA"
    assert panel.selected_organization().city == "Boston, MA"  # selection kept after the reload


# ----------------------------------------------------------------- through the real main window

def test_main_window_directory_shows_organization_history(main_window, qtbot):
    from PySide6.QtWidgets import QTableView

    from delegation_planner.ui.main_window import DIRECTORY_TAB

    main_window.resize(1280, 800)
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.load_sample_trip()
    main_window.show_tab(DIRECTORY_TAB)
    view = main_window.findChild(QTableView, "directoryView")
    panel = main_window.directory_panel
    assert view is panel.view
    assert "Nguyễn Đức Chung" in column(panel.people_model, "full_name")
    mgh = next(o for o in directory.list_organizations(main_window.db, "Massachusetts General"))
    panel.show_organization(mgh.id)
    titles = column(panel.history_model, "title")
    assert titles and all(h.title in titles for h in directory.organization_history(main_window.db, mgh.id))


def test_sorting_people_by_name_ignores_vietnamese_accents(panel, db):
    for name in ("Đỗ Thị Hoa", "Zhang Wei", "Dương Văn An"):
        directory.create_person(db, full_name=name)
    panel.view.sortByColumn(panel.people_model.column_of("full_name"), Qt.SortOrder.AscendingOrder)
    assert column(panel.people_model, "full_name") == ["Đỗ Thị Hoa", "Dương Văn An", "Nguyễn Đức Chung",
                                                       "Peter Slavin", "Zhang Wei"]


def test_activating_a_history_row_emits_what_to_open(panel, data, qtbot):
    panel.show_organization(data["mgh"].id)
    m = panel.history_model
    row = column(m, "title").index("Visit to MGH")
    with qtbot.waitSignal(panel.engagement_activated) as blocker:
        panel.history_view.activated.emit(m.index(row, 0))
    engagement = next(h for h in m.rows() if h.title == "Visit to MGH")
    assert blocker.args == [engagement.record_id]
    row = column(m, "what").index("Commitment")
    with qtbot.waitSignal(panel.commitment_activated) as blocker:
        panel.history_view.activated.emit(m.index(row, 0))
    assert blocker.args[1] == data["t2017"].id


def test_main_window_history_row_opens_the_engagement_or_commitment(main_window, qtbot):
    """Activating a history row switches trip and tab and selects the record."""
    from delegation_planner.ui.main_window import COMMITMENTS_TAB, DIRECTORY_TAB, PROGRAMME_TAB

    main_window.resize(1280, 800)
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.load_sample_trip()
    from delegation_planner.services import trips

    trips_ = {t.id: t for t in trips.list_trips(main_window.db)}
    panel = main_window.directory_panel
    mgh = next(o for o in directory.list_organizations(main_window.db, "Massachusetts General"))
    other_trip = next(t for t in trips_ if t != directory.organization_history(main_window.db, mgh.id)[0].trip_id)
    main_window.select_trip(other_trip)
    main_window.show_tab(DIRECTORY_TAB)
    panel.show_organization(mgh.id)
    m = panel.history_model
    row = column(m, "what").index("Engagement")
    item = m.row_at(row)
    panel.history_view.activated.emit(m.index(row, 0))
    assert main_window.tabs.currentIndex() == PROGRAMME_TAB
    assert main_window.current_trip_id == item.trip_id
    assert main_window.current_engagement_id == item.record_id
    assert main_window.engagement_panel.engagement_id() == item.record_id

    airparif = next(o for o in directory.list_organizations(main_window.db, "AirParif"))
    main_window.show_tab(DIRECTORY_TAB)
    panel.show_organization(airparif.id)
    row = column(m, "what").index("Commitment")
    item = m.row_at(row)
    main_window.commitments_panel.status_filter.setCurrentIndex(2)  # "Overdue": hides it
    panel.history_view.activated.emit(m.index(row, 0))
    assert main_window.tabs.currentIndex() == COMMITMENTS_TAB
    assert main_window.current_trip_id == item.trip_id
    assert main_window.commitments_panel.selected_commitment().id == item.record_id
