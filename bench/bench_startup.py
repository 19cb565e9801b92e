"""Cold start with the large database, against a bare PySide6 window in the same run.

* first paint of the main window  vs  a bare QMainWindow painting         (target ≤ 1.5×)
* trip list showing its rows      vs  a bare window + raw sqlite3 fetch of the same rows (target ≤ 2×)

Every measurement is a fresh process; times run from just before the process is
spawned to the paint event (so interpreter start and imports count on both sides).
The app side runs the real entry point, ``delegation_planner.app.main`` (window shown
first, database opened and the services imported after its first paint), with a
fresh settings file each run (no remembered trip).
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as c  # noqa: E402

PAINT_WATCH = r'''
import json, sys, time
spawn = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])

class Watch(QObject):
    def __init__(self, window, done):
        super().__init__()
        self.window, self.done, self.first = window, done, None
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.first is None and hasattr(obj, "window") \
                and obj.window() is self.window:
            self.first = time.time() - spawn
            QTimer.singleShot(0, self.done)
        return False
'''

RAW_WINDOW = PAINT_WATCH + r'''
from PySide6.QtWidgets import QMainWindow, QLabel
w = QMainWindow(); w.setCentralWidget(QLabel("Delegation Planner")); w.resize(1200, 800)
watch = Watch(w, app.quit)
app.installEventFilter(watch)
w.show(); app.exec()
print(json.dumps({"first_paint": watch.first}))
'''

RAW_WINDOW_FETCH = PAINT_WATCH + r'''
import sqlite3
from PySide6.QtWidgets import QMainWindow, QLabel
db_path = sys.argv[2]
result = {}
def fetch():
    conn = sqlite3.connect(db_path)
    rows = conn.execute(
        "SELECT t.id, t.title, t.destination, t.start_date, t.end_date, t.status, coalesce(n.n, 0) FROM trip t "
        "LEFT JOIN (SELECT trip_id, count(*) AS n FROM engagement GROUP BY trip_id) n ON n.trip_id = t.id "
        "ORDER BY t.start_date DESC, t.id DESC").fetchall()
    conn.close()
    result["rows"] = len(rows)
    result["fetched"] = time.time() - spawn
    app.quit()
w = QMainWindow(); w.setCentralWidget(QLabel("Delegation Planner")); w.resize(1200, 800)
watch = Watch(w, fetch)
app.installEventFilter(watch)
w.show(); app.exec()
result["first_paint"] = watch.first
print(json.dumps(result))
'''

APP_WINDOW = PAINT_WATCH + r'''
# The real entry point (delegation_planner.app.main: translations, icon, window shown,
# database opened after the first paint), stopped once the trip list painted its rows.
db_path, settings_path = sys.argv[2], sys.argv[3]
result = {}

class AppWatch(QObject):
    def eventFilter(self, obj, event):
        if event.type() != QEvent.Type.Paint or not hasattr(obj, "window"):
            return False
        w = obj.window()
        if w.objectName() != "mainWindow":
            return False
        if "first_paint" not in result:
            result["first_paint"] = time.time() - spawn
            result["db_layer_at_first_paint"] = "sqlalchemy" in sys.modules
        if obj is w.trip_panel.view.viewport() and w.trip_panel.view.model().rowCount() > 0:
            if "rows" not in result:  # the user sees the trips (read plainly, or through the services)
                result["rows"] = time.time() - spawn
                result["row_count"] = w.trip_panel.model.rowCount()
                result["db_layer_at_rows"] = "sqlalchemy" in sys.modules
            if "ready" not in result and w.ctx.db is not None:  # and the window takes input
                result["ready"] = time.time() - spawn
                QTimer.singleShot(0, app.quit)
        return False

watch = AppWatch()
app.installEventFilter(watch)
QTimer.singleShot(30_000, app.quit)
from delegation_planner import app as entry
entry.main(["--db", db_path, "--settings", settings_path])
print(json.dumps(result))
'''


def main() -> int:
    p = c.parser(__doc__.splitlines()[0])
    p.add_argument("--no-bytecode-cache", action="store_true",
                   help="let every child compile the project's modules from source, as with "
                        "PYTHONDONTWRITEBYTECODE=1 (default: a bytecode cache under $TMPDIR, as an installed "
                        "app has .pyc files, warmed by one discarded run of each child)")
    args = p.parse_args()
    db = c.ensure_large_db(args.db)
    if args.no_bytecode_cache:
        os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
        cache = "none (every module compiled from source in every run)"
    else:
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ["PYTHONPYCACHEPREFIX"] = cache = str(Path(tempfile.gettempdir()) / "delegation-planner-bench"
                                                        / "pycache")
        with tempfile.TemporaryDirectory() as tmp:  # warm-up: fills the cache; not counted
            c.run_child(RAW_WINDOW_FETCH, repr(time.time()), str(db))
            c.run_child(APP_WINDOW, repr(time.time()), str(db), str(Path(tmp) / "settings.ini"))
    raw_paint, raw_rows, app_paint, app_rows, app_ready = [], [], [], [], []
    row_counts = set()
    early_imports = rows_plain = 0
    for i in range(args.runs):
        # interleave raw and app runs so that machine load affects both alike
        r = c.run_child(RAW_WINDOW, repr(time.time()))
        raw_paint.append(r["first_paint"])
        r = c.run_child(RAW_WINDOW_FETCH, repr(time.time()), str(db))
        raw_rows.append(r["fetched"])
        row_counts.add(r["rows"])
        with tempfile.TemporaryDirectory() as tmp:
            r = c.run_child(APP_WINDOW, repr(time.time()), str(db), str(Path(tmp) / "settings.ini"))
        app_paint.append(r["first_paint"])
        early_imports += bool(r.get("db_layer_at_first_paint"))
        if r.get("rows") is None:
            raise RuntimeError("the main window never painted trip rows (30 s)")
        app_rows.append(r["rows"])
        app_ready.append(r.get("ready", float("nan")))
        rows_plain += not r.get("db_layer_at_rows")
        row_counts.add(r["row_count"])
    print(f"## startup ({args.runs} cold starts each, median) — {db.name}, trips listed: {sorted(row_counts)}")
    print(c.row("first paint: main window vs bare window", c.median(app_paint), c.median(raw_paint), "1.5"))
    print(c.row("trip list rows vs bare window + sqlite3", c.median(app_rows), c.median(raw_rows), "2"))
    print(c.row("window ready (database open) vs same raw", c.median(app_ready), c.median(raw_rows)))
    print(f"SQLAlchemy imported before the main window's first paint: {early_imports} of {args.runs} runs; "
          f"trip rows painted before SQLAlchemy was imported: {rows_plain} of {args.runs} runs; "
          f"bytecode cache: {cache}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
