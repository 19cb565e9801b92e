"""The scale curve: the start-up, view and command-line figures at 1×, 4× and 16× the large database.

    python bench/scale_curve.py [--scales 1 4 16] [--runs 5] [--dir FOLDER]

Builds ``large-x{N}.sqlite3`` in FOLDER (default $TMPDIR/delegation-planner-bench) with
``python -m delegation_planner.devtools.largedb OUT --scale N`` when missing (16× is 3,200 trips,
160,000 engagements, 320,000 notes, 80,000 commitments: about a minute and 400 MB here), runs
bench_startup.py, bench_views.py, bench_cli.py and bench_memory.py on each, and prints every
figure's app time, raw time and ratio per scale, with what each view shows (rows) so that cost can
be set against the rows: nothing should grow faster than the rows it shows, and the trip list not
with the notes.
"""
from __future__ import annotations

import argparse
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as c  # noqa: E402

SCRIPTS = ["bench_startup.py", "bench_views.py", "bench_cli.py", "bench_memory.py"]
ROW = re.compile(r"^(?P<label>\S.*?)\s+app\s+(?P<app>[\d.]+) ms\s+raw\s+(?P<raw>[\d.]+) ms\s+ratio\s+(?P<ratio>[\d.]+)×")
MEMORY = re.compile(r"app: .*?(?P<app>[\d.]+) MB\s+ratio to raw (?P<ratio>[\d.]+)×")
RAW_MEMORY = re.compile(r"^raw: .*?(?P<raw>[\d.]+) MB")


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        out = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
               for t in ("trip", "engagement", "meeting_note", "commitment", "person")}
        out["largest trip"] = c.largest_trip(path)[1]
        return out
    finally:
        conn.close()


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--scales", type=float, nargs="+", default=[1, 4, 16])
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "delegation-planner-bench")
    args = p.parse_args()
    here = Path(__file__).resolve().parent
    args.dir.mkdir(parents=True, exist_ok=True)
    table: dict[str, dict[float, tuple[float, float, float]]] = {}
    sizes: dict[float, dict[str, int]] = {}
    print(f"# scale curve — {time.strftime('%Y-%m-%d %H:%M')} — {c.machine()}", flush=True)
    for scale in args.scales:
        db = args.dir / f"large-x{scale:g}.sqlite3"
        if not db.exists():
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "delegation_planner.devtools.largedb", str(db), "--scale",
                            f"{scale:g}"], check=True, env=c.child_env(), cwd=str(c.ROOT))
            print(f"built {db.name} in {time.perf_counter() - t:.0f} s", flush=True)
        sizes[scale] = counts(db)
        print(f"\n## {scale:g}× — {db.name} ({db.stat().st_size / 1e6:.0f} MB): "
              + ", ".join(f"{v:,} {k}" for k, v in sizes[scale].items()), flush=True)
        for name in SCRIPTS:
            started = time.perf_counter()
            proc = subprocess.run([sys.executable, str(here / name), "--db", str(db), "--runs", str(args.runs)],
                                  capture_output=True, text=True, env=c.child_env())
            lines = [ln for ln in proc.stdout.splitlines() if "propagateSizeHints" not in ln]
            print("\n".join(lines))
            if proc.returncode != 0:
                print(f"{name} FAILED ({proc.returncode}): {proc.stderr[-1500:]}")
            print(f"({name}: {time.perf_counter() - started:.0f} s)", flush=True)
            raw_mb = None
            for line in lines:
                m = ROW.match(line)
                if m:
                    table.setdefault(m["label"].strip(), {})[scale] = (float(m["app"]), float(m["raw"]),
                                                                        float(m["ratio"]))
                m = RAW_MEMORY.match(line)
                if m:
                    raw_mb = float(m["raw"])
                m = MEMORY.search(line)
                if m and raw_mb:
                    table.setdefault("peak memory (MB) vs raw", {})[scale] = (float(m["app"]), raw_mb,
                                                                            float(m["ratio"]))
    print("\n## the curve: app / raw (ratio) per scale")
    head = "| figure | " + " | ".join(f"{s:g}×" for s in args.scales) + " |"
    print(head)
    print("|---|" + "---:|" * len(args.scales))
    for label, per in table.items():
        unit = "" if "MB" in label else " ms"
        cells = [f"{per[s][0]:,.1f}{unit} / {per[s][1]:,.1f}{unit} ({per[s][2]:.2f}×)" if s in per else "—"
                 for s in args.scales]
        print(f"| {label} | " + " | ".join(cells) + " |")
    print("| rows: trips / largest trip's engagements / commitments / notes | "
          + " | ".join(f"{sizes[s]['trip']:,} / {sizes[s]['largest trip']:,} / {sizes[s]['commitment']:,} / "
                       f"{sizes[s]['meeting_note']:,}" for s in args.scales) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
