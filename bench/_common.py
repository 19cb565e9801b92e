"""Shared helpers of the benchmark scripts (not a test module; nothing here is timed by pytest)."""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DB = Path(os.environ.get("BENCH_DB", Path(tempfile.gettempdir()) / "delegation-planner-bench" / "large.sqlite3"))

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def parser(description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"large database (built if missing; default {DEFAULT_DB})")
    p.add_argument("--runs", type=int, default=5, help="repetitions; the median is reported")
    return p


def ensure_large_db(path: Path) -> Path:
    """The large database of devtools.largedb (seed 2017), built once and reused."""
    if not path.exists():
        from delegation_planner.devtools.largedb import generate

        path.parent.mkdir(parents=True, exist_ok=True)
        print(f"building {path} …", flush=True)
        generate(path, seed=2017)
    return path


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["QT_LOGGING_RULES"] = "qt.qpa.*=false"
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    home = Path(tempfile.gettempdir()) / "delegation-planner-bench" / "home"
    home.mkdir(parents=True, exist_ok=True)
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["DELEGATION_PLANNER_DATA_DIR"] = str(home / "data")
    return env


def run_child(code: str, *args: str, timeout: float = 120) -> dict:
    """Run ``code`` in a fresh Python process; it prints one JSON object on its last stdout line."""
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True,
                          env=child_env(), timeout=timeout, cwd=str(ROOT))
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark child failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def median(values) -> float:
    return statistics.median(values)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def row(label: str, app: float, raw: float, target: str = "") -> str:
    ratio = app / raw if raw > 0 else float("inf")
    verdict = ""
    if target:
        limit = float(target.strip("≤<x× "))
        verdict = "  met" if ratio <= limit else "  MISSED"
        verdict = f"  (target ≤ {limit:g}×:{verdict})"
    return f"{label:<46} app {ms(app)}   raw {ms(raw)}   ratio {ratio:5.2f}×{verdict}"


def machine() -> str:
    import platform

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} CPUs, "
            f"Python {platform.python_version()}")


def largest_trip(db_path: Path) -> tuple[int, int]:
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        trip_id, n = conn.execute("SELECT trip_id, count(*) AS n FROM engagement GROUP BY trip_id "
                                  "ORDER BY n DESC, trip_id LIMIT 1").fetchone()
    finally:
        conn.close()
    return trip_id, n
