"""Where the main window's start-up time goes (a diagnostic, not a ratio benchmark).

    python bench/profile_startup.py [--db PATH] [--top 15]

Prints, in one fresh process on the large database: the time of each import and
step up to the first paint, then the slowest functions of the window's
construction (cProfile, cumulative). Use it to see which panel or import to defer.
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
from PySide6.QtWidgets import QApplication; app = QApplication([]); step("PySide6 + QApplication")
import sqlalchemy; step("import sqlalchemy")
import sqlmodel; step("import sqlmodel")
from delegation_planner.ui import main_window; step("import delegation_planner.ui.main_window (rest)")
from delegation_planner.storage import open_database
db = open_database(db_path, create=False); step("open_database (checks + migrations check)")
settings = main_window.Settings(Path(tempfile.mkdtemp()) / "s.ini")
prof = cProfile.Profile(); prof.enable()
w = main_window.MainWindow(db, settings)
prof.disable(); step("MainWindow.__init__")
w.resize(1200, 800); w.show(); app.processEvents(); step("show + first paint")
w.load_initial_data(); app.processEvents(); step("load_initial_data (trip list + first trip)")
out = io.StringIO()
pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats("delegation_planner", top)
loaded = {m: m in sys.modules for m in ("alembic", "reportlab", "delegation_planner.bundles",
                                         "delegation_planner.reports")}
print(json.dumps({"steps": steps, "profile": out.getvalue(), "loaded": loaded}))
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
    print("imported by then: " + ", ".join(f"{m} {'yes' if v else 'no'}" for m, v in r["loaded"].items()) + "\n")
    print("## MainWindow.__init__, slowest delegation_planner functions (cumulative)")
    lines = [line for line in r["profile"].splitlines() if "delegation_planner" in line or "cumtime" in line]
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
