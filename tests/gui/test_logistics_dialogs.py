"""Trip → Logistics contacts… and Programme → Scenario… on the real main window: each Add, Edit,
Delete and Move committed at once (a second connection sees it), undone with Edit → Undo; a bad
time or an empty name keeps the form open naming the field, the database unchanged."""
from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView

from delegation_planner.services import engagements, logistics, scenario
from delegation_planner.storage import open_database
from tests.gui.dialog_helpers import press_ok


def fill(dialog, **values):
    for name, value in values.items():
        widget = dialog.widget(name)
        if hasattr(widget, "setPlainText"):
            widget.setPlainText(value)
        elif hasattr(widget, "findData"):
            widget.setCurrentIndex(widget.findData(value))
        else:
            widget.setText(value)


def open_list(window, opener):
    seen = {}

    def keep(dialog):
        seen["dialog"] = dialog
        return 0
    window.exec_dialog = keep
    opener()
    return seen["dialog"]


def stored_contacts(db_path, trip_id):
    db = open_database(db_path)  # another connection: what is on disk
    try:
        return [(c.kind, c.name, c.phone) for c in logistics.list_contacts(db, trip_id)]
    finally:
        db.dispose()


def test_logistics_contacts_added_edited_moved_deleted_and_undone(window, boston, db_path, qtbot, confirmations,
                                                                   tmp_path):
    trip_id = boston["trip_id"]
    dialog = open_list(window, window.open_logistics_contacts)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "logisticsContactsDialog"
    view = dialog.findChild(QTableView, "contactsView")
    assert view is not None and dialog.empty.text()  # says what to add
    answers = []

    def form(values):
        def run(f):
            assert f.objectName() == "contactForm"
            fill(f, **values)
            press_ok(f)
            answers.append(f.isVisible() or f.result())
            return f.result()
        return run

    dialog.run_dialog = form({"kind": "hotel", "name": "Omni Parker House", "phone": "+1 617 227 8600",
                              "address": "60 School Street, Boston"})
    dialog.add()
    dialog.run_dialog = form({"kind": "embassy", "name": "Tổng Lãnh sự quán Việt Nam tại San Francisco",
                              "phone": "+1 415 922 1707"})
    dialog.add()
    assert stored_contacts(db_path, trip_id) == [
        ("hotel", "Omni Parker House", "+1 617 227 8600"),
        ("embassy", "Tổng Lãnh sự quán Việt Nam tại San Francisco", "+1 415 922 1707")]
    assert view.model().rowCount() == 2 and not dialog.empty.isVisibleTo(dialog)

    # the consulate first: Move up (committed at once), then undone
    assert dialog.selected().name.startswith("Tổng Lãnh sự")
    dialog.up_button.click()
    assert [c[1][:4] for c in stored_contacts(db_path, trip_id)] == ["Tổng", "Omni"]
    window.ctx.undo_stack.undo()
    assert [c[1][:4] for c in stored_contacts(db_path, trip_id)] == ["Omni", "Tổng"]

    # an empty name is refused by the service, named at its field; nothing written
    from tests.gui.dialog_helpers import press_ok as ok
    select = lambda row: view.selectRow(row)  # noqa: E731
    select(0)
    refused = {}

    def bad(f):
        fill(f, name="   ")
        ok(f)
        refused["open"] = f.isVisible() or f.result() == 0
        refused["error"] = f.findChild(QLabel, "name_error").text()
        return 0
    dialog.run_dialog = bad
    dialog.edit()
    assert refused["open"] and refused["error"]
    assert stored_contacts(db_path, trip_id)[0][1] == "Omni Parker House"

    # delete asks (and says it can be undone); undo brings the row back
    select(0)
    dialog.delete()
    assert "Omni Parker House" in confirmations.asked[-1]
    assert [c[1] for c in stored_contacts(db_path, trip_id)] == ["Tổng Lãnh sự quán Việt Nam tại San Francisco"]
    window.ctx.undo_stack.undo()
    assert sorted(c[1] for c in stored_contacts(db_path, trip_id)) == [
        "Omni Parker House", "Tổng Lãnh sự quán Việt Nam tại San Francisco"]
    qtbot.waitUntil(lambda: view.model().rowCount() == 2)
    dialog.grab().save(str(tmp_path / "contacts.png"))


def test_scenario_steps_in_time_order_bad_time_refused(window, boston, db_path, qtbot):
    eng = engagements.create_engagement(window.db, boston["trip_id"], title="Ký kết biên bản ghi nhớ",
                                        timezone="America/New_York", start=datetime(2017, 7, 12, 15, 30),
                                        end=datetime(2017, 7, 12, 16, 30))
    eng = getattr(eng, "engagement", eng)
    assert window.select_engagement(eng.id)
    dialog = open_list(window, window.open_scenario)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "scenarioDialog"
    view = dialog.findChild(QTableView, "scenarioView")

    def step(values, keep=None):
        def run(f):
            assert f.objectName() == "scenarioStepForm"
            fill(f, **values)
            press_ok(f)
            if keep is not None:
                keep["open"] = f.isVisible() or f.result() == 0
                keep["error"] = f.findChild(QLabel, "at_time_error").text()
            return f.result()
        return run

    dialog.run_dialog = step({"at_time": "15.40", "action": "Ký biên bản ghi nhớ", "performer": "Nguyễn Đức Chung",
                              "responsible": "Vụ Lễ tân"})
    dialog.add()
    dialog.run_dialog = step({"at_time": "15:30", "action": "Đón đoàn tại cửa", "performer": "Partners HealthCare"})
    dialog.add()
    refused = {}
    dialog.run_dialog = step({"at_time": "25:00", "action": "Chụp ảnh"}, keep=refused)
    dialog.add()
    assert refused["open"] and refused["error"]
    db = open_database(db_path)
    try:
        steps = [(s.at_time, s.action) for s in scenario.list_steps(db, eng.id)]
    finally:
        db.dispose()
    assert steps == [("15:30", "Đón đoàn tại cửa"), ("15:40", "Ký biên bản ghi nhớ")]  # by time; "15.40" read
    assert [view.model().index(r, 0).data() for r in range(2)] == ["15:30", "15:40"]
    window.ctx.undo_stack.undo()  # the second step added
    assert [s.action for s in scenario.list_steps(window.db, eng.id)] == ["Ký biên bản ghi nhớ"]


def test_no_trip_or_engagement_shown_opens_nothing(main_window):
    opened = []
    main_window.exec_dialog = opened.append
    main_window.open_logistics_contacts()
    main_window.open_scenario()
    assert opened == []


def test_the_scenario_list_closes_when_its_engagement_is_deleted(window, boston, qtbot):
    eng = engagements.create_engagement(window.db, boston["trip_id"], title="Gặp Thống đốc",
                                        timezone="America/New_York", start=datetime(2017, 7, 12, 9, 0),
                                        end=datetime(2017, 7, 12, 10, 0))
    eng = getattr(eng, "engagement", eng)
    assert window.select_engagement(eng.id)
    dialog = open_list(window, window.open_scenario)
    qtbot.addWidget(dialog)
    dialog.show()
    engagements.delete_engagement(window.db, eng.id)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_both_lists_speak_vietnamese(vi_window, qtbot):
    from PySide6.QtWidgets import QPushButton

    from tests.gui.test_translation import english_ui_words

    trip_id = vi_window.trip_panel.model.trip_ids[0]
    assert vi_window.select_trip(trip_id)
    item = vi_window.programme_model.items()[0]
    assert vi_window.select_engagement(item.id)
    dialogs = []
    vi_window.exec_dialog = dialogs.append
    vi_window.open_logistics_contacts()
    vi_window.open_scenario()
    contacts, steps = dialogs
    for d in dialogs:
        qtbot.addWidget(d)
    assert contacts.windowTitle() == "Đầu mối hậu cần" and steps.windowTitle() == "Kịch bản"
    assert [b.text() for b in contacts.findChildren(QPushButton)][:5] == [
        "&Thêm…", "&Sửa…", "&Xóa", "Chuyển &lên", "Chuyển &xuống"]
    assert [steps.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Thời gian", "Nội dung", "Người thực hiện", "Người chịu trách nhiệm"]
    form = steps.form()
    qtbot.addWidget(form)
    texts = [form.windowTitle()] + [w.text() for w in form.findChildren(QLabel) if w.text()]
    words = english_ui_words()
    english = [t for t in texts if any(w in t.replace("&", "").split() for w in words)]
    assert english == [], english


def test_the_menu_actions_open_the_lists_and_wait_for_a_trip(main_window, boston, qtbot):
    from PySide6.QtGui import QAction

    actions = {name: main_window.findChild(QAction, name)
               for name in ("logisticsContactsAction", "giftsRegisterAction", "scenarioAction")}
    assert all(actions.values())
    assert not any(a.isEnabled() for a in actions.values())  # nothing shown yet
    main_window.trip_panel.refresh()
    assert main_window.select_trip(boston["trip_id"])
    assert actions["logisticsContactsAction"].isEnabled() and actions["giftsRegisterAction"].isEnabled()
    assert not actions["scenarioAction"].isEnabled()  # no engagement selected
    opened = []
    main_window.exec_dialog = opened.append
    actions["logisticsContactsAction"].trigger()
    actions["giftsRegisterAction"].trigger()
    for d in opened:
        qtbot.addWidget(d)
    assert [d.objectName() for d in opened] == ["logisticsContactsDialog", "giftsDialog"]
    eng = engagements.create_engagement(main_window.db, boston["trip_id"], title="Gặp Thống đốc",
                                        timezone="America/New_York", start=datetime(2017, 7, 12, 9, 0),
                                        end=datetime(2017, 7, 12, 10, 0))
    assert main_window.select_engagement(getattr(eng, "engagement", eng).id)
    assert actions["scenarioAction"].isEnabled()
    actions["scenarioAction"].trigger()
    qtbot.addWidget(opened[-1])
    assert opened[-1].objectName() == "scenarioDialog"


def test_cars_of_a_transfer_and_who_rides_where(window, boston, db_path, qtbot, tmp_path):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel

    from delegation_planner.services import directory, motorcade

    eng = engagements.create_engagement(window.db, boston["trip_id"], title="Khách sạn → Tòa nhà Quốc hội bang",
                                        kind="travel", timezone="America/New_York",
                                        start=datetime(2017, 7, 12, 8, 30), end=datetime(2017, 7, 12, 8, 50))
    eng_id = getattr(eng, "engagement", eng).id
    escort = directory.create_person(window.db, full_name="Nam Pham", side="host")
    engagements.set_attendance(window.db, eng_id, boston["head_id"], role="lead")
    engagements.set_attendance(window.db, eng_id, escort.id, role="lead")
    assert window.select_engagement(eng_id)
    opened = []
    window.exec_dialog = opened.append
    window.findChild(QAction, "carsAction").trigger()
    (dialog,) = opened
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "carsDialog"
    riders = dialog.findChild(QLabel, "motorcadeText")

    def form(values):
        def run(f):
            assert f.objectName() == "carForm"
            fill(f, **values)
            press_ok(f)
            return f.result()
        return run
    dialog.run_dialog = form({"plate": "MA 1-GOV", "driver": "John Smith", "phone": "+1 617 555 0100"})
    dialog.add()
    db = open_database(db_path)
    try:
        assert [(v.number, v.plate, v.driver) for v in motorcade.list_vehicles(db, eng_id)] == [
            (1, "MA 1-GOV", "John Smith")]
    finally:
        db.dispose()
    text = riders.text()
    assert "Car 1 (MA 1-GOV, driver John Smith, +1 617 555 0100)" in text
    assert "rear right    Nguyễn Đức Chung" in text and "rear left     Nam Pham" in text
    # four more people than one car holds: said under the list, nothing lost
    for i in range(2):
        extra = directory.create_person(window.db, full_name=f"Thành viên {i}", side="delegation")
        engagements.set_attendance(window.db, eng_id, extra.id)
    dialog.reload()
    assert "add a car" in riders.text()
    window.ctx.undo_stack.undo()  # the car added
    assert motorcade.list_vehicles(window.db, eng_id) == []
