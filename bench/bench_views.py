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

# The raw sides run the same SQL as the app's reads (services/reads.py) on a plain sqlite3 connection
# and keep the tuples: the same rows, with no conversion, no conflicts, no row objects.
from delegation_planner.services.reads import (  # noqa: E402  (SQL text only; the raw side is sqlite3)
    ATTENDEES_SQL, COMMITMENTS_SQL as _COMMITMENTS_SQL, HEAD_SQL, ORGANIZATIONS_SQL as _ORGANIZATIONS_SQL,
    PEOPLE_SQL as _PEOPLE_SQL, PROGRAMME_SQL, TRIP_HEAD_SQL, TRIPS_SQL as _TRIPS_SQL,
)

COMMITMENTS_SQL = _COMMITMENTS_SQL.format(where="")
TRIP_COMMITMENTS_SQL = _COMMITMENTS_SQL.format(where="WHERE c.trip_id = ?")
TRIPS_SQL = _TRIPS_SQL.format(where="")
PEOPLE_SQL = _PEOPLE_SQL.format(where="")
ORGANIZATIONS_SQL = _ORGANIZATIONS_SQL.format(where="")
#: The narrower raw query of the first measurements (engagements + three attendance columns, unordered).
NARROW_ATTENDANCE_SQL = """
SELECT a.engagement_id, p.id, p.full_name FROM attendance a JOIN person p ON p.id = a.person_id
JOIN engagement e ON e.id = a.engagement_id WHERE e.trip_id = ?"""


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
        return (raw.execute(TRIP_HEAD_SQL, (trip_id,)).fetchone(), raw.execute(PROGRAMME_SQL, (trip_id,)).fetchall(),
                raw.execute(ATTENDEES_SQL, (trip_id,)).fetchall(), raw.execute(HEAD_SQL, (trip_id,)).fetchone())

    def narrow_programme():
        return (raw.execute(PROGRAMME_SQL, (trip_id,)).fetchall(),
                raw.execute(NARROW_ATTENDANCE_SQL, (trip_id,)).fetchall())

    from delegation_planner.services import directory as directory_service
    from delegation_planner.services import trips as trip_service

    fetch = lambda sql, *p: (lambda: raw.execute(sql, p).fetchall())  # noqa: E731
    prog_rows = raw_programme()[1]
    com_rows = raw.execute(COMMITMENTS_SQL).fetchall()
    data = [  # (label, app, raw)
        ("data: programme() vs raw sqlite3", lambda: engagement_service.programme(db, trip_id), raw_programme),
        ("data: list_commitments() all vs raw", lambda: commitment_service.list_commitments(db),
         fetch(COMMITMENTS_SQL)),
        ("data: list_commitments(trip) vs raw", lambda: commitment_service.list_commitments(db, trip_id=trip_id),
         fetch(TRIP_COMMITMENTS_SQL, trip_id)),
        ("data: list_trips() + trip_years() vs raw",
         lambda: (trip_service.list_trips(db), trip_service.trip_years(db)),
         lambda: (raw.execute(TRIPS_SQL).fetchall(),
                  raw.execute("SELECT min(start_date), max(end_date) FROM trip").fetchone())),
        ("data: list_people() vs raw", lambda: directory_service.list_people(db), fetch(PEOPLE_SQL)),
        ("data: list_organizations() vs raw", lambda: directory_service.list_organizations(db),
         fetch(ORGANIZATIONS_SQL)),
    ]
    data_times = []
    for label, app_side, raw_side in data:  # interleaved: both sides under the same load
        data_times.append((label, timed(app_side, args.runs), timed(raw_side, args.runs)))
    narrow = timed(narrow_programme, args.runs)

    # ---- raw GUI side: rows already in memory -----------------------------------------
    raw_model = RawModel()
    raw_view = QTableView()
    raw_view.setModel(raw_model)
    raw_view.resize(1200, 800)
    raw_view.show()
    app.processEvents()

    def raw_show(read):
        def go():  # fetch + model + paint, then the event loop: in the same order as the app side
            raw_model.set_rows([])
            raw_model.set_rows(read())
            raw_view.viewport().repaint()
            app.processEvents()
        return go

    gui_prog_raw = timed(raw_show(lambda: raw.execute(PROGRAMME_SQL, (trip_id,)).fetchall()), args.runs)
    gui_com_raw = timed(raw_show(fetch(COMMITMENTS_SQL)), args.runs)
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
                # Both sides: the view painted, then the event loop run (the window's other dirty
                # widgets painted, queued work done). Until 2026-12-03 the app side ran the event loop
                # first (which paints the programme) and then repainted it: two paints against one.
                w.programme_view.viewport().repaint()
                app.processEvents()
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
                panel.view.viewport().repaint()
                app.processEvents()
                return time.perf_counter() - t

            all_commitments()
            gui_com_app = c.median([all_commitments() for _ in range(args.runs)])
            shown = panel.model.rowCount()
            w.close()
            w.db.dispose()

    print(f"## views ({args.runs} runs, median) — largest trip #{trip_id} with {n_eng} engagements; "
          f"{len(com_rows)} commitments")
    for label, app_t, raw_t in data_times:
        print(c.row(label, app_t, raw_t, "3"))
    print(f"  (programme() against the narrower raw query of the first runs — engagements + 3 attendance "
          f"columns: raw {c.ms(narrow).strip()}, ratio {data_times[0][1] / narrow:.2f}×)")
    if gui_prog_app is None:
        print(f"GUI: not measured — {reason}")
    else:
        print(c.row("open largest trip vs raw fetch+model+paint", gui_prog_app, gui_prog_raw, "2"))
        print(c.row(f"all-trips commitments ({shown}) vs raw", gui_com_app, gui_com_raw, "2"))
    db.dispose()
    raw.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
