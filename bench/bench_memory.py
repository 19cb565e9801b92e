"""Peak memory with the large database open, against the raw libraries holding the same rows.

app: the main window on the large database, trip list loaded, the largest trip
open, then the all-trips commitments view.  raw: a bare PySide6 window plus raw
sqlite3 rows of the same trip list, programme and commitments in a plain
QAbstractTableModel.  Peak resident set size (ru_maxrss) of each fresh process.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as c  # noqa: E402

RAW = r'''
import json, resource, sqlite3, sys
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
db_path, trip_id = sys.argv[1], int(sys.argv[2])
conn = sqlite3.connect(db_path)
trips = conn.execute("SELECT id, title, destination, start_date, end_date, status FROM trip").fetchall()
prog = conn.execute("SELECT * FROM engagement WHERE trip_id = ?", (trip_id,)).fetchall()
coms = conn.execute("SELECT c.*, t.title FROM commitment c JOIN trip t ON t.id = c.trip_id").fetchall()
class M(QAbstractTableModel):
    def __init__(self, rows): super().__init__(); self.rows = rows
    def rowCount(self, p=QModelIndex()): return 0 if p.isValid() else len(self.rows)
    def columnCount(self, p=QModelIndex()): return 0 if p.isValid() else len(self.rows[0])
    def data(self, i, role=Qt.ItemDataRole.DisplayRole):
        return str(self.rows[i.row()][i.column()]) if role == Qt.ItemDataRole.DisplayRole else None
w = QMainWindow(); views = []
for rows in (trips, prog, coms):
    v = QTableView(); v.setModel(M(rows)); views.append(v)
w.setCentralWidget(views[2]); w.resize(1400, 900); w.show(); app.processEvents()
for v in views: v.resize(800, 600); v.show()
app.processEvents()
print(json.dumps({"peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
'''

BARE = r'''
import json, resource
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([]); w = QMainWindow(); w.resize(1400, 900); w.show(); app.processEvents()
print(json.dumps({"peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
'''

APP = r'''
import json, resource, sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from delegation_planner.ui.main_window import COMMITMENTS_TAB, build_main_window
db_path, trip_id = sys.argv[1], int(sys.argv[2])
with tempfile.TemporaryDirectory() as tmp:
    w = build_main_window(db_path, settings_path=Path(tmp) / "s.ini", create=False)
    w.resize(1400, 900); w.show(); w.load_initial_data(); app.processEvents()
    w.select_trip(trip_id); app.processEvents()
    w.show_tab(COMMITMENTS_TAB); w.commitments_panel.all_trips.setChecked(True); app.processEvents()
    rows = w.commitments_panel.model.rowCount()
    print(json.dumps({"peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "commitments": rows}))
'''


def main() -> int:
    args = c.parser(__doc__.splitlines()[0]).parse_args()
    db = c.ensure_large_db(args.db)
    trip_id, n = c.largest_trip(db)
    bare = [c.run_child(BARE)["peak_kb"] for _ in range(max(1, args.runs // 2))]
    raw = [c.run_child(RAW, str(db), str(trip_id))["peak_kb"] for _ in range(max(1, args.runs // 2))]
    app = [c.run_child(APP, str(db), str(trip_id))["peak_kb"] for _ in range(max(1, args.runs // 2))]
    mb = lambda kb: kb / 1024  # noqa: E731
    b, r, a = c.median(bare), c.median(raw), c.median(app)
    print(f"## memory (peak RSS, median of {len(app)} processes) — largest trip #{trip_id} ({n} engagements)")
    print(f"bare PySide6 window                            {mb(b):7.1f} MB")
    print(f"raw: bare window + same rows in raw models     {mb(r):7.1f} MB")
    verdict = "met" if a / r <= 1.5 else "MISSED"
    print(f"app: main window, largest trip, all commitments {mb(a):6.1f} MB   ratio to raw {a / r:4.2f}×   "
          f"(target ≤ 1.5×: {verdict}; above bare window: app {mb(a - b):.1f} MB vs raw {mb(r - b):.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
