"""Run every benchmark with one command:  python bench/run_all.py [--runs 5] [--db PATH]

Builds the large database first if needed (devtools.largedb, seed 2017), then
runs each bench_*.py in its own process and prints its lines (each figure beside the raw
side measured in the same run, with its ratio and target). bench_reports.py (written by the
reports engineer) is included when present. The scale curve (1×, 4×, 16×) is bench/scale_curve.py.
"""
from __future__ import annotations

import datetime
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as c  # noqa: E402

SCRIPTS = ["bench_startup.py", "bench_views.py", "bench_cli.py", "bench_search.py", "bench_memory.py",
           "bench_reports.py"]


def main() -> int:
    args = c.parser(__doc__.splitlines()[0]).parse_args()
    db = c.ensure_large_db(args.db)
    here = Path(__file__).resolve().parent
    print(f"# Delegation Planner benchmarks — {datetime.datetime.now():%Y-%m-%d %H:%M}")
    print(f"machine: {c.machine()}")
    print(f"database: {db} ({db.stat().st_size / 1e6:.1f} MB)\n", flush=True)
    failed = []
    for name in SCRIPTS:
        script = here / name
        if not script.exists():
            print(f"## {name}: not present, skipped\n")
            continue
        started = time.perf_counter()
        # bench_reports.py (reports engineer) takes the database as a positional argument
        db_args = [str(db)] if name == "bench_reports.py" else ["--db", str(db)]
        proc = subprocess.run([sys.executable, str(script), *db_args, "--runs", str(args.runs)],
                              capture_output=True, text=True, env=c.child_env())
        out = "\n".join(line for line in proc.stdout.splitlines() if "propagateSizeHints" not in line)
        print(out)
        if proc.returncode != 0:
            failed.append(name)
            print(f"{name} FAILED ({proc.returncode}):\n{proc.stderr[-2000:]}")
        print(f"({name}: {time.perf_counter() - started:.0f} s)\n", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
