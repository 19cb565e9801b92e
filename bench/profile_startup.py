"""Where the main window's start-up time goes (a diagnostic, not a ratio benchmark).

    python bench/profile_startup.py [--db PATH] [--top 15]

Prints, in one fresh process on the large database, the start-up path of
``delegation_planner.app.main`` one step at a time: imports and construction of the
window without its database, its first paint, then (what happens on the next
event-loop turn) the imports of the database layer, ``open_database``,
``attach_database`` (trip list) and ``load_initial_data`` (first trip), with the
slowest functions of the last two (cProfile, cumulative). Use it to see which import
or query to defer. (This process writes no bytecode when PYTHONDONTWRITEBYTECODE is
set, so the project's modules are compiled from source here: imports look slower
than in bench_startup.py.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as c  # noqa: E402

CHILD = r'''
import cProfile, io, json, pstats, sys, tempfile, time
from pathlib import Path
db_path, top = sys.argv[1], int(sys.argv[2])
steps = []
t = time.perf_counter()
def step(name):
    global t
    now = time.perf_counter(); steps.append((name, now - t)); t = now
HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "reportlab", "delegation_planner.services.trips",
         "delegation_planner.bundles", "delegation_planner.reports")
from PySide6.QtWidgets import QApplication; app = QApplication([]); step("PySide6 + QApplication")
from delegation_planner.ui import main_window; step("import delegation_planner.ui.main_window")
from delegation_planner.settings import Settings
before_paint = {m: m in sys.modules for m in HEAVY}
w = main_window.MainWindow(None, Settings(Path(tempfile.mkdtemp()) / "s.ini"), location=db_path)
step("MainWindow(None) (no database)")
w.resize(1200, 800); w.show(); app.processEvents(); step("show + first paint")
# what open_database_after_first_paint does on the next turn, one piece at a time:
import sqlalchemy; step("  then: import sqlalchemy")
import sqlmodel; step("  then: import sqlmodel")
from delegation_planner import storage; import delegation_planner.services.trips; step("  then: import storage + services.trips")
db = storage.open_database(db_path, create=False); step("  then: open_database (checks + schema revision)")
prof = cProfile.Profile(); prof.enable()
w.attach_database(db); app.processEvents()
step("  then: attach_database (trip list) + paint")
w.load_initial_data(); app.processEvents()
prof.disable(); step("  then: load_initial_data (other panels, first trip) + paint")
out = io.StringIO()
pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats("delegation_planner", top)
print(json.dumps({"steps": steps, "profile": out.getvalue(), "before_paint": before_paint,
                  "loaded": {m: m in sys.modules for m in HEAVY}}))
'''


def main() -> int:
    p = c.parser(__doc__.splitlines()[0])
    p.add_argument("--top", type=int, default=15)
    args = p.parse_args()
    db = c.ensure_large_db(args.db)
    r = c.run_child(CHILD, str(db), str(args.top))
    total = sum(s for _, s in r["steps"])
    print(f"## start-up steps (one process, {db.name})")
    for name, seconds in r["steps"]:
        print(f"{name:<50} {c.ms(seconds)}")
    print(f"{'total':<50} {c.ms(total)}")
    for label, key in (("imported before the first paint", "before_paint"), ("imported at the end", "loaded")):
        print(f"{label}: " + ", ".join(f"{m} {'yes' if v else 'no'}" for m, v in r[key].items()))
    print("\n## after the first paint: attach_database + load_initial_data, slowest delegation_planner "
          "functions (cumulative)")
    lines = [line for line in r["profile"].splitlines() if "delegation_planner" in line or "cumtime" in line]
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
