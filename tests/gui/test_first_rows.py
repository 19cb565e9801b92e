"""Start-up trip rows before the database layer (issue 14): a current database file's trip list is read
with plain sqlite3 (services/reads.py) and painted right after the window's first paint, before
SQLAlchemy is imported; the full open follows and the rows stay the same."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import unicodedata
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CHILD = r'''
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(["delegation-planner-gui"])
db_path, settings_path = sys.argv[1], sys.argv[2]
result = {}

def shown(w):
    view = w.trip_panel.view
    model = view.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() != QEvent.Type.Paint or not hasattr(obj, "window") or obj.window().objectName() != "mainWindow":
            return False
        w = obj.window()
        if obj is w.trip_panel.view.viewport() and w.trip_panel.view.model().rowCount() > 0 and "first" not in result:
            result["first"] = {"titles": shown(w), "db_open": w.ctx.db is not None,
                               "sqlalchemy": "sqlalchemy" in sys.modules, "sqlmodel": "sqlmodel" in sys.modules}
        return False

def poll():
    for w in app.topLevelWidgets():
        if w.objectName() == "mainWindow" and w.ctx.db is not None and w.current_trip_id is not None:
            result["after"] = {"titles": shown(w), "current": w.current_trip_id}
            app.quit()
            return
    QTimer.singleShot(10, poll)

watch = Watch()
app.installEventFilter(watch)
QTimer.singleShot(0, poll)
QTimer.singleShot(20_000, app.quit)
from delegation_planner import app as entry
entry.install_translations = lambda _app, _lang=None: []
result["exit_code"] = entry.main(["--db", db_path, "--settings", settings_path])
print(json.dumps(result))
'''


def _run(db_path: Path, tmp_path: Path) -> dict:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false",
               XDG_CONFIG_HOME=str(tmp_path / "config"), DELEGATION_PLANNER_DATA_DIR=str(tmp_path / "data"),
               PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]))
    env.pop("DELEGATION_PLANNER_DB", None)
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(CHILD), str(db_path), str(tmp_path / "s.ini")],
                          capture_output=True, text=True, env=env, timeout=60, cwd=str(ROOT),
                          stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _file_with_trips(path: Path) -> list[str]:
    from delegation_planner.services import trips
    from delegation_planner.storage import open_database

    db = open_database(path)
    try:
        trips.create_trip(db, title="Nguyễn Đức Chung — Boston", start_date=date(2017, 7, 12),
                          end_date=date(2017, 7, 14))
        trips.create_trip(db, title=unicodedata.normalize("NFD", "Đoàn Cao Bằng"), start_date=date(2018, 3, 1),
                          end_date=date(2018, 3, 4), status="confirmed")
        return [t.title for t in trips.list_trips(db)]
    finally:
        db.dispose()


def test_trip_rows_paint_before_sqlalchemy_is_imported_and_stay_the_same(tmp_path):
    path = tmp_path / "planner.sqlite3"
    titles = _file_with_trips(path)
    result = _run(path, tmp_path)
    assert result["exit_code"] == 0
    first = result["first"]
    assert first["titles"] == titles  # the services' rows, in their order
    assert not first["sqlalchemy"] and not first["sqlmodel"] and not first["db_open"]
    assert result["after"]["titles"] == titles  # the full path's refresh shows the same list
    assert not Path(str(path) + "-journal").exists()


@pytest.mark.parametrize("revision", ["0001", "9999"])
def test_a_file_the_light_path_cannot_read_is_opened_first(tmp_path, revision):
    import sqlite3

    path = tmp_path / "planner.sqlite3"
    _file_with_trips(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.commit()
    conn.close()
    from delegation_planner.ui.operations.first_rows import first_trip_rows

    assert first_trip_rows(path) is None
    if revision == "9999":
        return  # the full open refuses it (tests/gui/test_startup.py and the storage tests cover the message)
    # 0001 stamped on a 0004 schema is a tampered file: never shown plainly; the full path decides
    assert first_trip_rows(tmp_path / "missing.sqlite3") is None
