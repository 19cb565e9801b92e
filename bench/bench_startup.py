"""Cold start with the large database, against a bare PySide6 window in the same run.

* first paint of the main window  vs  a bare QMainWindow painting         (target ≤ 1.5×)
* trip list showing its rows      vs  a bare window + raw sqlite3 fetch of the same rows (target ≤ 2×)

Every measurement is a fresh process; times run from just before the process is
spawned to the paint event (so interpreter start and imports count on both sides).
The main window gets a fresh settings file each run (no remembered trip).
"""
from __future__ import annotations

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
db_path, settings_path = sys.argv[2], sys.argv[3]
from delegation_planner.ui.main_window import build_main_window
w = build_main_window(db_path, settings_path=settings_path, create=False)
w.resize(1200, 800)
result = {}
class RowsWatch(QObject):
    def eventFilter(self, obj, event):
        if (event.type() == QEvent.Type.Paint and "rows" not in result
                and obj is w.trip_panel.view.viewport() and w.trip_panel.model.rowCount() > 0):
            result["rows"] = time.time() - spawn
            result["row_count"] = w.trip_panel.model.rowCount()
            QTimer.singleShot(0, app.quit)
        return False
watch = Watch(w, lambda: None)
rows_watch = RowsWatch()
app.installEventFilter(watch)
w.trip_panel.view.viewport().installEventFilter(rows_watch)
QTimer.singleShot(30_000, app.quit)
w.show(); app.exec()
result["first_paint"] = watch.first
print(json.dumps(result))
'''


def main() -> int:
    args = c.parser(__doc__.splitlines()[0]).parse_args()
    db = c.ensure_large_db(args.db)
    raw_paint, raw_rows, app_paint, app_rows = [], [], [], []
    row_counts = set()
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
        if r.get("rows") is None:
            raise RuntimeError("the main window never painted trip rows (30 s)")
        app_rows.append(r["rows"])
        row_counts.add(r["row_count"])
    print(f"## startup ({args.runs} cold starts each, median) — {db.name}, trips listed: {sorted(row_counts)}")
    print(c.row("first paint: main window vs bare window", c.median(app_paint), c.median(raw_paint), "1.5"))
    print(c.row("trip list rows vs bare window + sqlite3", c.median(app_rows), c.median(raw_rows), "2"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
