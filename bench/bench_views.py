"""Opening the largest trip and the all-trips commitments view, against a raw
QAbstractTableModel over the same rows already in memory (same process, same run).

Also the data side alone: the services' queries against raw sqlite3 fetching the
same rows. Each figure is the median of --runs repetitions after one warm-up.
"""
from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as c  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

PROGRAMME_SQL = """
SELECT e.id, e.title, e.kind, e.status, e.start_utc, e.end_utc, e.timezone, e.location, e.travel_minutes,
       coalesce(o.name, '')
FROM engagement e LEFT JOIN organization o ON o.id = e.organization_id
WHERE e.trip_id = ? ORDER BY e.start_utc, e.id"""
ATTENDANCE_SQL = """
SELECT a.engagement_id, p.id, p.full_name FROM attendance a JOIN person p ON p.id = a.person_id
JOIN engagement e ON e.id = a.engagement_id WHERE e.trip_id = ?"""
COMMITMENTS_SQL = """
SELECT c.id, c.trip_id, t.title, c.engagement_id, coalesce(e.title, ''), c.organization_id, coalesce(o.name, ''),
       c.description, c.kind, c.made_by, c.owner_id, coalesce(p.full_name, ''), c.due_date, c.status,
       c.signed_date, c.follow_up
FROM commitment c JOIN trip t ON t.id = c.trip_id LEFT JOIN engagement e ON e.id = c.engagement_id
LEFT JOIN organization o ON o.id = c.organization_id LEFT JOIN person p ON p.id = c.owner_id
ORDER BY c.due_date IS NULL, c.due_date, c.id"""


def timed(fn, runs: int) -> float:
    fn()  # warm-up
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return c.median(samples)


def main() -> int:
    args = c.parser(__doc__.splitlines()[0]).parse_args()
    db_path = c.ensure_large_db(args.db)
    trip_id, n_eng = c.largest_trip(db_path)

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication.instance() or QApplication([])

    class RawModel(QAbstractTableModel):
        def __init__(self):
            super().__init__()
            self.rows: list[tuple] = []

        def set_rows(self, rows):
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()

        def rowCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() or not self.rows else len(self.rows[0])

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return str(self.rows[index.row()][index.column()])
            return None

    # ---- data side ------------------------------------------------------------------
    from delegation_planner.services import commitments as commitment_service
    from delegation_planner.services import engagements as engagement_service
    from delegation_planner.storage import open_database

    db = open_database(db_path)
    raw = sqlite3.connect(db_path)

    def raw_programme():
        return raw.execute(PROGRAMME_SQL, (trip_id,)).fetchall(), raw.execute(ATTENDANCE_SQL, (trip_id,)).fetchall()

    prog_rows, _att = raw_programme()
    com_rows = raw.execute(COMMITMENTS_SQL).fetchall()
    data_prog_app = timed(lambda: engagement_service.programme(db, trip_id), args.runs)
    data_prog_raw = timed(raw_programme, args.runs)
    data_com_app = timed(lambda: commitment_service.list_commitments(db), args.runs)
    data_com_raw = timed(lambda: raw.execute(COMMITMENTS_SQL).fetchall(), args.runs)

    # ---- raw GUI side: rows already in memory -----------------------------------------
    raw_model = RawModel()
    raw_view = QTableView()
    raw_view.setModel(raw_model)
    raw_view.resize(1200, 800)
    raw_view.show()
    app.processEvents()

    def raw_show(rows):
        def go():
            raw_model.set_rows([])
            raw_model.set_rows(rows)
            raw_view.viewport().repaint()
        return go

    gui_prog_raw = timed(raw_show(prog_rows), args.runs)
    gui_com_raw = timed(raw_show(com_rows), args.runs)
    raw_view.close()

    # ---- the application's main window ----------------------------------------------------
    gui_prog_app = gui_com_app = None
    reason = ""
    try:
        from delegation_planner.ui.main_window import COMMITMENTS_TAB, PROGRAMME_TAB, build_main_window
    except ImportError as exc:  # the GUI is not there yet
        reason = f"main window not available ({exc})"
    if not reason:
        with tempfile.TemporaryDirectory() as tmp:
            w = build_main_window(db_path, settings_path=Path(tmp) / "s.ini", create=False)
            w.resize(1400, 900)
            w.show()
            w.load_initial_data()
            app.processEvents()
            other = next(t for t in w.trip_panel.model.trip_ids if t != trip_id)

            def open_largest():
                w.select_trip(other)
                app.processEvents()
                t = time.perf_counter()
                w.show_tab(PROGRAMME_TAB)
                w.select_trip(trip_id)
                app.processEvents()
                w.programme_view.viewport().repaint()
                return time.perf_counter() - t

            open_largest()
            gui_prog_app = c.median([open_largest() for _ in range(args.runs)])
            assert len(w.programme_model.items()) == n_eng, (len(w.programme_model.items()), n_eng)

            panel = w.commitments_panel

            def all_commitments():
                w.show_tab(COMMITMENTS_TAB)
                panel.all_trips.setChecked(False)
                app.processEvents()
                t = time.perf_counter()
                panel.all_trips.setChecked(True)  # the user ticks "All trips"
                app.processEvents()
                panel.view.viewport().repaint()
                return time.perf_counter() - t

            all_commitments()
            gui_com_app = c.median([all_commitments() for _ in range(args.runs)])
            shown = panel.model.rowCount()
            w.close()
            w.db.dispose()

    print(f"## views ({args.runs} runs, median) — largest trip #{trip_id} with {n_eng} engagements; "
          f"{len(com_rows)} commitments")
    print(c.row("data: programme() vs raw sqlite3", data_prog_app, data_prog_raw))
    print(c.row("data: list_commitments() vs raw sqlite3", data_com_app, data_com_raw))
    if gui_prog_app is None:
        print(f"GUI: not measured — {reason}")
    else:
        print(c.row("open largest trip vs raw table model", gui_prog_app, gui_prog_raw))
        print(c.row(f"all-trips commitments ({shown}) vs raw model", gui_com_app, gui_com_raw))
    db.dispose()
    raw.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
