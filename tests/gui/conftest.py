"""GUI fixtures: the real main window on a temporary database and settings file, and one
``ctx`` (UiContext over the test database) for the panels built on their own."""
from __future__ import annotations

import pytest

# test_trips still imports press_ok from here; the helper lives in tests/gui/dialog_helpers.py.
from tests.gui.dialog_helpers import press_ok  # noqa: F401


@pytest.fixture
def confirmations():
    """Answers given to ctx.confirm (True = Yes), and the questions asked."""
    class Answers:
        def __init__(self):
            self.answer = True
            self.asked: list[str] = []

    return Answers()


@pytest.fixture
def ctx(db, confirmations):
    """The UI context a panel gets from the window: the test database, a change hub, an undo
    stack, and ``confirm`` answered by ``confirmations`` (questions recorded)."""
    from PySide6.QtGui import QUndoStack

    from delegation_planner.ui.context import ChangeHub, UiContext

    hub = ChangeHub()
    hub.attach(db)

    def confirm(parent, title, question):
        confirmations.asked.append(question)
        return confirmations.answer

    return UiContext(db, hub, QUndoStack(), confirm=confirm)


@pytest.fixture
def main_window(qtbot, db_path, tmp_path, confirmations, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from delegation_planner.ui.main_window import build_main_window
    from delegation_planner.ui.tasks import SyncTaskRunner

    shown: list[str] = []

    def no_box(*args, **kwargs):
        shown.append(str(args[2]) if len(args) > 2 else "")
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(no_box))
    window = build_main_window(str(db_path), settings_path=tmp_path / "settings.ini")
    qtbot.addWidget(window)
    window.task_runner = SyncTaskRunner()
    window.opened_files = []
    window.open_file = window.opened_files.append
    window.messages = shown

    def confirm(parent, title, question):
        confirmations.asked.append(question)
        return confirmations.answer

    window.ctx.confirm = confirm
    window.load_initial_data()
    yield window
    window.close()
    window.ctx.db.dispose()


@pytest.fixture
def dialogs(main_window):
    """Queue of functions that fill in the next modal dialog the window opens (instead
    of a real exec()); each gets the dialog and presses its buttons itself."""
    queue: list = []
    main_window.last_dialog = None

    def exec_dialog(dialog):
        assert queue, f"unexpected dialog: {dialog.windowTitle()}"
        fill = queue.pop(0)
        main_window.last_dialog = dialog
        fill(dialog)
        return dialog.result()

    main_window.exec_dialog = exec_dialog
    return queue


@pytest.fixture
def boston(db_path):
    """A trip in Boston (home: Hà Nội) with a head of delegation, built through the services."""
    from datetime import date

    from delegation_planner.domain.enums import MemberRole, Side
    from delegation_planner.services import directory, members, trips
    from delegation_planner.storage import open_database

    db = open_database(db_path)
    try:
        trip = trips.create_trip(db, title="Boston study visit 2017", destination="Boston, Massachusetts",
                                 start_date=date(2017, 7, 12), end_date=date(2017, 7, 14),
                                 home_timezone="Asia/Ho_Chi_Minh", status="confirmed")
        head = directory.create_person(db, full_name="Nguyễn Đức Chung", side=Side.DELEGATION)
        members.add_member(db, trip.id, head.id, role=MemberRole.HEAD)
        org = directory.create_organization(db, name="Massachusetts General Hospital")
        other = trips.create_trip(db, title="Paris visit 2026", destination="Paris",
                                  start_date=date(2026, 10, 20), end_date=date(2026, 10, 24))
        return {"trip_id": trip.id, "head_id": head.id, "org_id": org.id, "other_id": other.id}
    finally:
        db.dispose()


@pytest.fixture
def window(main_window, boston):
    """The main window at 1280×800 with the Boston trip selected."""
    main_window.trip_panel.refresh()
    assert main_window.select_trip(boston["trip_id"])
    main_window.resize(1280, 800)
    return main_window


@pytest.fixture
def vi_window(qtbot, tmp_path, monkeypatch):
    """The real main window built with the Vietnamese translation installed (as
    ``delegation-planner-gui --lang vi`` does), on a temp database with the sample trips."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from delegation_planner.app import install_translations
    from delegation_planner.ui.main_window import build_main_window
    from delegation_planner.ui.tasks import SyncTaskRunner

    for name in ("warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))
    app = QApplication.instance()
    translators = install_translations(app, "vi")
    assert any(t.language() == "vi" or t.filePath().endswith("_vi.qm") for t in translators)
    window = build_main_window(str(tmp_path / "vi.sqlite3"), settings_path=tmp_path / "vi.ini")
    qtbot.addWidget(window)
    window.task_runner = SyncTaskRunner()
    window.load_initial_data()
    window.load_sample_trip()
    yield window
    window.close()
    window.ctx.db.dispose()
    for translator in translators:
        app.removeTranslator(translator)
