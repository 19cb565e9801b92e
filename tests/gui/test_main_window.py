"""The main window as a whole: construction, deferred loading, object names, settings
restored, files (backup, bundles, other databases), reports through the task runner,
and storage errors shown as messages."""
from __future__ import annotations

import sqlite3
import sys
from datetime import datetime

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from delegation_planner.settings import RECENT_DATABASES

from delegation_planner.services import engagements, trips
from delegation_planner.storage.errors import KnownError
from delegation_planner.ui.main_window import build_main_window
from delegation_planner.ui.tasks import SyncTaskRunner

OBJECT_NAMES = ["tripList", "programmeView", "timelineView", "delegationView", "directoryView", "notesView",
                "commitmentsView"]


def test_window_builds_without_event_loop_and_loads_trips_after_first_paint(qtbot, boston, db_path, tmp_path):
    window = build_main_window(str(db_path), settings_path=tmp_path / "s.ini")
    qtbot.addWidget(window)
    try:
        assert window.trip_panel.model.rowCount() == 0  # deferred: nothing queried yet
        window.show()
        qtbot.waitUntil(lambda: window.trip_panel.model.rowCount() == 2)
        # with no remembered trip, the newest is opened
        assert window.current_trip_id == boston["other_id"]
        for name in OBJECT_NAMES:
            assert window.findChild(QWidget, name) is not None, name
        assert window.delegation_panel.findChild(QWidget, "delegationView") is not None
        assert window.ctx.db is window.db
        for panel in (window.delegation_panel, window.commitments_panel, window.directory_panel,
                      window.engagement_panel):
            assert panel.ctx is window.ctx
    finally:
        window.close()
        window.ctx.db.dispose()


def test_readable_at_1280_by_800(main_window, qtbot, boston):
    main_window.select_trip(boston["trip_id"])
    main_window.resize(1280, 800)
    main_window.show()
    qtbot.waitExposed(main_window)
    assert main_window.width() <= 1280 and main_window.height() <= 800
    assert main_window.minimumSizeHint().width() <= 1280
    assert main_window.trip_header.text() == "Boston study visit 2017"


def test_last_trip_geometry_and_programme_mode_are_restored(qtbot, boston, db_path, tmp_path):
    settings = tmp_path / "settings.ini"
    first = build_main_window(str(db_path), settings_path=settings)
    qtbot.addWidget(first)
    first.load_initial_data()
    first.select_trip(boston["trip_id"])
    first.show_programme_as("timeline")
    first.resize(1100, 700)
    first.close()
    first.ctx.db.dispose()

    second = build_main_window(str(db_path), settings_path=settings)
    qtbot.addWidget(second)
    try:
        second.load_initial_data()
        assert second.current_trip_id == boston["trip_id"]
        assert second.programme_mode() == "timeline"
        # the offscreen screen is 800 px wide, so restoreGeometry keeps the width on screen;
        # the height (default 800) shows the saved geometry was applied
        assert second.height() == 700
        assert str(db_path) in second.settings.get(RECENT_DATABASES)
    finally:
        second.close()
        second.ctx.db.dispose()


def test_backup_and_bundle_export_import(main_window, boston, tmp_path, qtbot, monkeypatch):
    db = main_window.db
    engagements.create_engagement(db, boston["trip_id"], title="Gặp Nguyễn Đức Chung", timezone="America/New_York",
                                  start=datetime(2017, 7, 12, 9, 0), end=datetime(2017, 7, 12, 10, 0))
    main_window.select_trip(boston["trip_id"])
    backup = tmp_path / "copy.sqlite3"
    monkeypatch.setattr(main_window, "ask_save_path", lambda *a, **k: str(backup))
    main_window.actions_.backup.trigger()
    if db.path is None:  # a PostgreSQL run: pg_dump's custom format
        assert backup.read_bytes()[:5] == b"PGDMP"
    else:
        with sqlite3.connect(backup) as conn:
            assert conn.execute("select count(*) from engagement").fetchone()[0] == 1

    bundle = tmp_path / "boston.json"
    monkeypatch.setattr(main_window, "ask_save_path", lambda *a, **k: str(bundle))
    main_window.actions_.export_bundle.trigger()
    assert "Gặp Nguyễn Đức Chung" in bundle.read_text(encoding="utf-8")

    trips.delete_trip(db, boston["trip_id"])
    monkeypatch.setattr(main_window, "ask_open_path", lambda *a, **k: str(bundle))
    main_window.actions_.import_bundle.trigger()
    new_id = main_window.current_trip_id
    assert trips.get_trip(db, new_id).title == "Boston study visit 2017"
    qtbot.waitUntil(lambda: [i.title for i in main_window.programme_model.items()] == ["Gặp Nguyễn Đức Chung"])


def test_a_bad_bundle_is_a_message_naming_the_problem(main_window, tmp_path, monkeypatch):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(main_window, "ask_open_path", lambda *a, **k: str(bad))
    main_window.actions_.import_bundle.trigger()
    assert main_window.messages and "malformed JSON" in main_window.messages[-1]
    assert trips.list_trips(main_window.db) == []


def test_open_another_database_and_refuse_a_non_database(main_window, boston, db_path, tmp_path, qtbot,
                                                         monkeypatch):
    boston_path = db_path
    main_window.select_trip(boston["trip_id"])
    main_window.ctx.undo_stack.push(QUndoCommand("x"))
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("hello", encoding="utf-8")
    old_db = main_window.db
    monkeypatch.setattr(main_window, "ask_open_path", lambda *a, **k: str(not_a_db))
    main_window.actions_.open_database.trigger()
    assert main_window.db is old_db
    assert "not a Delegation Planner database" in main_window.messages[-1]

    fresh = tmp_path / "fresh.sqlite3"
    monkeypatch.setattr(main_window, "ask_save_path", lambda *a, **k: str(fresh))
    main_window.actions_.new_database.trigger()
    assert main_window.db is not old_db and main_window.db.path == fresh
    assert main_window.ctx.db is main_window.db
    assert main_window.trip_panel.model.rowCount() == 0
    assert main_window.current_trip_id is None
    assert main_window.programme_model.rowCount() == 0
    assert main_window.ctx.undo_stack.count() == 0
    assert str(fresh) in main_window.windowTitle()
    # edits go to the new database, and the views follow through the same hub
    main_window.create_trip({"title": "Hải Phòng", "start_date": datetime(2027, 1, 5).date(),
                             "end_date": datetime(2027, 1, 6).date()})
    qtbot.waitUntil(lambda: main_window.trip_panel.model.rowCount() == 1)
    # the previous database is offered under File → Open recent
    assert str(boston_path) in [a.text() for a in main_window.recent_menu.actions()]


def test_report_runs_through_the_task_runner_and_opens_the_pdf(main_window, boston, tmp_path):
    pytest.importorskip("delegation_planner.reports")
    engagements.create_engagement(main_window.db, boston["trip_id"], title="Gặp Nguyễn Đức Chung",
                                  timezone="America/New_York", start=datetime(2017, 7, 12, 9, 0),
                                  end=datetime(2017, 7, 12, 10, 0))
    main_window.select_trip(boston["trip_id"])
    runner = main_window.task_runner
    assert isinstance(runner, SyncTaskRunner)
    out = tmp_path / "briefing.pdf"
    main_window.build_report("briefing", str(out))
    assert out.read_bytes().startswith(b"%PDF")
    assert main_window.opened_files == [out]
    assert main_window.last_report.pages >= 1
    assert runner.progress and runner.progress[-1][0] <= 1.0
    # cancelled: no file, no viewer, a status message
    runner.cancel_requested = True
    cancelled = tmp_path / "cancelled.pdf"
    main_window.build_report("trip_report", str(cancelled))
    assert not cancelled.exists()
    assert main_window.opened_files == [out]
    assert "Cancelled" in main_window.statusBar().currentMessage()


def test_known_storage_error_is_a_message_box_not_a_traceback(tmp_path, monkeypatch, qapp):
    from delegation_planner import app

    bad = tmp_path / "broken.sqlite3"
    bad.write_bytes(b"this is not sqlite" * 10)
    with pytest.raises(KnownError):
        build_main_window(str(bad), settings_path=tmp_path / "s.ini")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a, **k: shown.append(a[2])))
    monkeypatch.setattr(app, "install_translations", lambda _app, _lang=None: [])
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its own
    assert app.main(["--db", str(bad), "--settings", str(tmp_path / "s.ini")]) == 1
    assert len(shown) == 1 and "not a Delegation Planner database" in shown[0]


def test_environment_variable_chooses_the_database(tmp_path, monkeypatch, qapp, qtbot):
    from delegation_planner import app
    from delegation_planner.ui import main_window as mw

    target = tmp_path / "env.sqlite3"
    monkeypatch.setenv("DELEGATION_PLANNER_DB", str(target))
    monkeypatch.setattr(app, "install_translations", lambda _app, _lang=None: [])
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its own
    attached = []
    real = mw.MainWindow.attach_database

    def attach(window, db):
        real(window, db)
        attached.append(window)

    monkeypatch.setattr(mw.MainWindow, "attach_database", attach)
    # main() shows the window and opens the database after its first paint: run the
    # event loop until that happened instead of until the user quits
    monkeypatch.setattr(type(qapp), "exec", lambda self: qtbot.waitUntil(lambda: bool(attached), timeout=10_000) or 0)
    assert app.main(["--settings", str(tmp_path / "s.ini")]) == 0
    assert attached and attached[0].db.path == target and target.exists()
    attached[0].close()


def test_geometry_setting_round_trip(tmp_path):
    from delegation_planner.settings import LAST_TRIP, WINDOW_GEOMETRY, Settings

    s = Settings(tmp_path / "x.ini")
    assert s.get(LAST_TRIP) == 0 and isinstance(s.get(WINDOW_GEOMETRY), QByteArray)
    s.set(LAST_TRIP, 7)
    s.sync()
    assert Settings(tmp_path / "x.ini").get(LAST_TRIP) == 7


def test_start_up_does_not_import_reportlab_or_bundles(tmp_path):
    """The first paint must not wait for heavy imports: checked in a fresh interpreter."""
    import os
    import subprocess
    import textwrap
    from pathlib import Path

    code = textwrap.dedent(f"""
        import sys
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from delegation_planner.ui.main_window import build_main_window
        w = build_main_window({str(tmp_path / 'start.sqlite3')!r}, settings_path={str(tmp_path / 's.ini')!r})
        w.show()
        app.processEvents()
        heavy = sorted(m for m in ("reportlab", "delegation_planner.reports", "delegation_planner.bundles")
                       if m in sys.modules)
        print("HEAVY:" + ",".join(heavy))
        w.close()
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert "HEAVY:\n" in out.stdout or out.stdout.strip().endswith("HEAVY:"), out.stdout


def test_vietnamese_interface_from_the_shipped_translation(qtbot, qapp, db_path, tmp_path):
    from delegation_planner.app import install_translations

    translators = install_translations(qapp, "vi")
    try:
        assert translators, "resources/translations/delegation_planner_vi.qm did not load"
        window = build_main_window(str(db_path), settings_path=tmp_path / "s.ini")
        qtbot.addWidget(window)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[:3] == ["&Tệp", "&Sửa", "&Xem"]
        assert window.trip_header.text() == "Chưa chọn chuyến công tác"
        assert window.tabs.tabText(1) == "Thành phần đ&oàn"
        window.close()
        window.ctx.db.dispose()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert qapp.translate("MainWindow", "&File") == "&File"


@pytest.mark.sqlite_only  # the database file, its -wal and its backups folder
@pytest.mark.parametrize("action", ["export_bundle", "briefing_pack", "backup"])
@pytest.mark.parametrize("target", ["database", "wal", "backups folder"])
def test_save_dialogs_refuse_the_database_and_its_backups_folder(main_window, boston, db_path, monkeypatch, action,
                                                                target):
    """Choosing the open database (or a companion, or its backups folder) in a save dialog is a clear
    one-line message before any work, and the database file is unchanged."""
    from delegation_planner.storage.backups import backup_dir
    from tests.helpers import file_state

    main_window.select_trip(boston["trip_id"])
    folder = backup_dir(db_path)
    folder.mkdir(exist_ok=True)
    chosen = {"database": db_path, "wal": db_path.with_name(db_path.name + "-wal"),
              "backups folder": folder / "boston.pdf"}[target]
    monkeypatch.setattr(main_window, "ask_save_path", lambda *a, **k: str(chosen))
    runs = []
    monkeypatch.setattr(main_window.task_runner, "run", lambda *a, **k: runs.append(a))
    before = file_state(db_path)
    getattr(main_window.actions_, action).trigger()
    assert main_window.messages, "no message shown"
    assert "refused" in main_window.messages[-1] and str(chosen) in main_window.messages[-1]
    assert runs == []  # no report build started
    assert file_state(db_path) == before
    assert not (folder / "boston.pdf").exists()


@pytest.mark.sqlite_only  # a report onto the database file
def test_report_to_a_refused_path_given_directly_is_a_message_too(main_window, boston, db_path):
    main_window.select_trip(boston["trip_id"])
    main_window.build_report("briefing", str(db_path))
    assert "refused" in main_window.messages[-1]
    assert main_window.last_report is None


def test_window_modules_import_no_service_storage_bundle_or_report_module():
    """The one door: the window's modules reach the services only through ui.operations."""
    import ast
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "delegation_planner" / "ui"
    forbidden = ("delegation_planner.services", "delegation_planner.storage", "delegation_planner.bundles",
                 "delegation_planner.reports", "delegation_planner.sample", "delegation_planner.ui.lazy")
    offenders = []
    for name in ("main_window.py", "actions.py", "backups_ui.py", "context.py", "startup.py", "file_menu.py",
                 "report_runner.py", "edit_flows.py", "programme_header.py", "views/trips.py"):
        tree = ast.parse((ui / name).read_text(encoding="utf-8"))
        # imports under ``if TYPE_CHECKING:`` are for annotations only and never run
        typing_only = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If)
                       and getattr(block.test, "id", "") == "TYPE_CHECKING" for n in ast.walk(block)}
        for node in ast.walk(tree):
            if id(node) in typing_only:
                continue
            modules = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                       [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            offenders += [f"{name}: {m}" for m in modules if m.startswith(forbidden)]
    assert offenders == []


def test_programme_goes_stale_on_its_subjects_only(main_window, boston):
    from delegation_planner.changes import Action, Change, Subject

    main_window.select_trip(boston["trip_id"])
    main_window.refresh_programme_if_stale()
    hub = main_window.ctx.hub
    hub.changed.emit(Change(Subject.NOTE, (1,), boston["trip_id"], Action.CREATE))
    hub.changed.emit(Change(Subject.ENGAGEMENT, (1,), boston["other_id"], Action.UPDATE))  # another trip
    assert not main_window._programme_stale
    hub.changed.emit(Change(Subject.PERSON, (boston["head_id"],), None, Action.UPDATE))  # names in the programme
    assert main_window._programme_stale
    main_window.refresh_programme_if_stale()
    # the shown trip deleted elsewhere: the selection goes, the header says so
    hub.changed.emit(Change(Subject.TRIP, (boston["trip_id"],), boston["trip_id"], Action.DELETE))
    assert main_window.current_trip_id is None and main_window.current_engagement_id is None
