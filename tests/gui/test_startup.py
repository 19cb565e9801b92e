"""Start-up fast path: the main window paints before the database layer is imported,
then opens the database and fills the trip list (issue 5, "Speed at scale")."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ["sqlalchemy", "sqlmodel", "alembic", "reportlab", "delegation_planner.services.trips",
         "delegation_planner.storage.database", "delegation_planner.domain.models"]

# Runs the real entry point (delegation_planner.app.main) in a fresh interpreter; records
# which heavy modules were loaded at the main window's first paint, then waits until the
# trip list shows rows and a trip is selected, and quits.
CHILD = r'''
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(["delegation-planner-gui"])
heavy, db_path, settings_path = json.loads(sys.argv[1]), sys.argv[2], sys.argv[3]
result = {}

class Watch(QObject):
    def eventFilter(self, obj, event):
        if (event.type() == QEvent.Type.Paint and "at_first_paint" not in result and isinstance(obj, QWidget)
                and obj.window().objectName() == "mainWindow"):
            result["at_first_paint"] = {m: m in sys.modules for m in heavy}
            result["header_at_first_paint"] = obj.window().trip_header.text()
        return False

watch = Watch()
app.installEventFilter(watch)

def poll():
    for w in app.topLevelWidgets():
        if (w.objectName() == "mainWindow" and w.ctx.db is not None and w.trip_panel.model.rowCount() > 0
                and w.current_trip_id is not None):
            result["rows"] = w.trip_panel.model.rowCount()
            result["current_trip"] = w.current_trip_id
            result["header"] = w.trip_header.text()
            result["afterwards"] = {m: m in sys.modules for m in heavy}
            app.quit()
            return
    QTimer.singleShot(10, poll)

QTimer.singleShot(0, poll)
QTimer.singleShot(20_000, app.quit)
from delegation_planner import app as entry
entry.install_translations = lambda _app, _lang=None: []
result["exit_code"] = entry.main(["--db", db_path, "--settings", settings_path])
print(json.dumps(result))
'''


def run_entry_point(db_path: Path, tmp_path: Path) -> dict:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false",
               XDG_CONFIG_HOME=str(tmp_path / "config"), DELEGATION_PLANNER_DATA_DIR=str(tmp_path / "data"),
               PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]))
    env.pop("DELEGATION_PLANNER_DB", None)
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(CHILD), json.dumps(HEAVY), str(db_path),
                           str(tmp_path / "settings.ini")], capture_output=True, text=True, env=env, timeout=60,
                          cwd=str(ROOT))
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _two_trips(db) -> list[int]:
    from delegation_planner.services import trips

    older = trips.create_trip(db, title="Nguyễn Đức Chung — Boston", start_date=date(2017, 7, 12),
                              end_date=date(2017, 7, 14)).id
    newer = trips.create_trip(db, title="Hà Nội study visit", start_date=date(2018, 3, 1),
                              end_date=date(2018, 3, 4)).id
    return [older, newer]


def test_entry_point_paints_before_importing_the_database_layer_then_fills_the_trip_list(db, db_path, tmp_path):
    older, newer = _two_trips(db)
    db.dispose()
    result = run_entry_point(db_path, tmp_path)
    assert result["exit_code"] == 0
    loaded = [m for m, present in result["at_first_paint"].items() if present]
    assert loaded == [], f"imported before the first paint: {loaded}"
    assert result["header_at_first_paint"] == "Opening database…"
    # ... and right after it: the database opened, the trip list filled, the newest trip selected
    assert result["rows"] == 2
    assert result["current_trip"] == newer
    assert result["header"] == "Hà Nội study visit"
    assert result["afterwards"]["sqlalchemy"] and result["afterwards"]["delegation_planner.services.trips"]


def test_fast_path_in_process_blocks_input_until_the_database_is_open(db, db_path, tmp_path, qtbot):
    from delegation_planner.settings import Settings
    from delegation_planner.ui.main_window import MainWindow

    older, newer = _two_trips(db)
    db.dispose()
    window = MainWindow(None, Settings(tmp_path / "s.ini"), location=str(db_path))
    qtbot.addWidget(window)
    assert window.db is None and window.trip_header.text() == "Opening database…"
    assert not window.actions_.backup.isEnabled()
    # typing into the trip search before the database is open is swallowed (it would query None)
    qtbot.keyClicks(window.trip_panel.search, "Boston")
    assert window.trip_panel.search.text() == ""
    window.open_database_after_first_paint(db_path, create=False)
    assert window.db is None  # not before the first paint
    window.show()
    # the trip list fills first; the newest trip is selected on the turn after it painted
    qtbot.waitUntil(lambda: window.db is not None and window.trip_panel.model.rowCount() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: window.current_trip_id is not None, timeout=5_000)
    assert window.current_trip_id == newer
    assert window.trip_header.text() == "Hà Nội study visit"
    assert (window.db.path or window.db.url) == db_path  # a file, or a server's URL (PostgreSQL run)
    assert window.actions_.backup.isEnabled()
    assert str(db_path) in window.windowTitle()
    # input reaches the views again: select the other trip with the keyboard
    window.trip_panel.view.setFocus()
    qtbot.keyClick(window.trip_panel.view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.current_trip_id == older, timeout=5_000)
    window.close()
    window.db.dispose()


def test_fast_path_reports_a_file_that_is_not_a_database(tmp_path, qtbot):
    from delegation_planner.settings import Settings
    from delegation_planner.storage.errors import KnownError
    from delegation_planner.ui.main_window import MainWindow

    bad = tmp_path / "broken.sqlite3"
    bad.write_bytes(b"this is not sqlite" * 10)
    window = MainWindow(None, Settings(tmp_path / "s.ini"), location=str(bad))
    qtbot.addWidget(window)
    errors: list[BaseException] = []
    window.open_database_after_first_paint(bad, create=False, failed=errors.append)
    window.show()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert isinstance(errors[0], KnownError) and "not a Delegation Planner database" in str(errors[0])
    assert window.db is None
    window.close()


@pytest.mark.parametrize("module", ["delegation_planner.ui.main_window", "delegation_planner.app",
                                    "delegation_planner.ui.startup", "delegation_planner.ui.report_runner",
                                    "delegation_planner.ui.backups_ui", "delegation_planner.ui.operations"])
def test_ui_modules_do_not_import_the_database_layer(module, tmp_path):
    code = (f"import sys, json; import {module}; "
            f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60,
                          cwd=str(ROOT))
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == []


@pytest.mark.allow_error_log  # the error is logged on purpose
def test_entry_point_unexpected_error_opening_is_a_crash_report_and_exit_code_1(tmp_path, monkeypatch, qapp):
    from delegation_planner import app, storage
    from delegation_planner.ui.dialogs import errors

    crashes: list[BaseException] = []
    monkeypatch.setattr(errors, "show_crash", lambda parent, exc: crashes.append(exc))

    def broken(*args, **kwargs):
        raise RuntimeError("engine exploded")

    monkeypatch.setattr(storage, "open_database", broken)
    monkeypatch.setattr(app, "install_translations", lambda _app, _lang=None: [])
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its own
    assert app.main(["--db", str(tmp_path / "x.sqlite3"), "--settings", str(tmp_path / "s.ini")]) == 1
    assert len(crashes) == 1 and "engine exploded" in str(crashes[0])
    for widget in qapp.topLevelWidgets():
        if widget.objectName() == "mainWindow":
            widget.close()
