"""The command line as whole processes, against Python + sqlite3 printing the same rows (same run).

* ``delegation-planner --db DB trips``                vs ``python -c`` that opens the file with sqlite3
  and prints id, start, end and title of every trip, newest first (target ≤ 4×);
* ``delegation-planner --db DB programme TRIP_ID``    vs ``python -c`` printing the largest trip's
  engagements (time, title, place, status) with sqlite3 (target ≤ 4×).

Each measurement is a fresh process, from spawn to exit, output to a pipe that is read to its end
(so the time to print counts). Both sides run interleaved, median of --runs, after one discarded
warm-up of each (the app's modules then have their bytecode cached under $TMPDIR, as an installed
app has .pyc files; the raw side's ``python -c`` needs none). The app side is the installed console
script when there is one, else ``python -m delegation_planner.cli``. Also printed: whether the app
process imported SQLAlchemy (the light read path, services/reads.py, should not) and the rows printed.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as c  # noqa: E402

RAW_TRIPS = r'''
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
for i, start, end, title in conn.execute(
        "SELECT id, start_date, end_date, title FROM trip ORDER BY start_date DESC, id DESC"):
    print(f"{i:>5}  {start} – {end}  {title}")
'''

RAW_PROGRAMME = r'''
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
title, dest = conn.execute("SELECT title, destination FROM trip WHERE id = ?", (int(sys.argv[2]),)).fetchone()
print(f"{title}\n{dest}")
day = None
for start, name, org, loc, status in conn.execute(
        "SELECT e.start_utc, e.title, coalesce(o.name, ''), e.location, e.status FROM engagement e "
        "LEFT JOIN organization o ON o.id = e.organization_id WHERE e.trip_id = ? ORDER BY e.start_utc, e.id",
        (int(sys.argv[2]),)):
    if start[:10] != day:
        day = start[:10]
        print(f"\n{day}")
    place = org or loc
    print(f"   {start[11:16]} UTC  {name}" + (f" — {place}" if place else "") + f" [{status}]")
'''

#: Run as the app side's process when asked whether SQLAlchemy was imported (not timed).
PROBE = r'''
import contextlib, io, sys
from delegation_planner.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    code = main(sys.argv[1:])
print(len(out.getvalue().splitlines()), int("sqlalchemy" in sys.modules), int("sqlmodel" in sys.modules),
      int("reportlab" in sys.modules), code)
'''


#: The same command through the full path (storage.open_database, the services, SQLAlchemy): what
#: ``trips`` cost before the light read path; timed for comparison only.
FULL = r'''
import sys
import delegation_planner.cli as cli
_build = cli.build_parser
def _full():
    p = _build()
    for k in cli.COMMANDS:
        object.__setattr__(cli.COMMANDS[k], "light", None)
    return p
cli.build_parser = _full
sys.exit(cli.main(sys.argv[1:]))
'''


def app_command() -> list[str]:
    script = Path(sys.executable).with_name("delegation-planner")
    if script.exists():
        return [str(script)]
    found = shutil.which("delegation-planner")
    return [found] if found else [sys.executable, "-m", "delegation_planner.cli"]


def spawn(argv: list[str], env: dict) -> tuple[float, int]:
    """Seconds from spawn to exit, and the lines printed (stdout read to its end)."""
    t = time.perf_counter()
    proc = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env,
                          cwd=str(c.ROOT))
    elapsed = time.perf_counter() - t
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[:3]} failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
    return elapsed, proc.stdout.count(b"\n")


def main() -> int:
    args = c.parser(__doc__.splitlines()[0]).parse_args()
    db = c.ensure_large_db(args.db)
    trip_id, n_eng = c.largest_trip(db)
    env = c.child_env()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "delegation-planner-bench" / "pycache")
    env.pop("DELEGATION_PLANNER_DB", None)
    app = app_command()
    cases = [
        ("`trips` process vs python -c + sqlite3", [*app, "--db", str(db), "trips"],
         [sys.executable, "-c", RAW_TRIPS, str(db)]),
        (f"`programme {trip_id}` process vs python + sqlite3", [*app, "--db", str(db), "--lang", "en", "programme",
                                                              str(trip_id)],
         [sys.executable, "-c", RAW_PROGRAMME, str(db), str(trip_id)]),
    ]
    results = []
    for label, app_argv, raw_argv in cases:
        spawn(app_argv, env)  # warm-up (bytecode cache), not counted
        spawn(raw_argv, env)
        full_argv = [sys.executable, "-c", FULL, *app_argv[len(app):]]
        spawn(full_argv, env)
        app_t, raw_t, full_t, lines = [], [], [], set()
        for _ in range(args.runs):
            t, n = spawn(app_argv, env)
            app_t.append(t)
            lines.add(n)
            raw_t.append(spawn(raw_argv, env)[0])
            full_t.append(spawn(full_argv, env)[0])
        probe = subprocess.run([sys.executable, "-c", PROBE, *app_argv[len(app):]], capture_output=True, text=True,
                               env=env, cwd=str(c.ROOT), stdin=subprocess.DEVNULL)
        results.append((label, c.median(app_t), c.median(raw_t), sorted(lines), probe.stdout.split(),
                        c.median(full_t)))
    print(f"## command line ({args.runs} processes each, median) — {db.name}; app: {' '.join(Path(a).name for a in app)}"
          f"; largest trip #{trip_id} ({n_eng} engagements)")
    for label, app_med, raw_med, lines, probe, full_med in results:
        print(c.row(label, app_med, raw_med, "4"))
        print(f"  (the full path — open_database, services, SQLAlchemy — same run: {c.ms(full_med).strip()}, "
              f"{full_med / raw_med:.1f}× raw)")
        if len(probe) == 5:
            print(f"  lines printed {lines}; imported in the app process: SQLAlchemy {'yes' if probe[1] == '1' else 'no'}"
                  f", SQLModel {'yes' if probe[2] == '1' else 'no'}, ReportLab {'yes' if probe[3] == '1' else 'no'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
