"""Reports with a huge attendance: one engagement of the sample trip gets N host attendees.

    python bench/bench_big_attendance.py [--small 1000] [--big 10000] [--profile]

Builds the briefing pack and the post-trip report at both sizes and prints the times and
the ratio big/small: linear work gives about big/small (10x), quadratic work about 100x.
--profile prints the top of cProfile for the big briefing pack. (Issue 8 point 10: before
the fix 10,000 attendees took 72 s for the briefing pack and 44 s for the trip report.)
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def make_database(path: Path, attendees: int) -> int:
    """The sample trips, plus ``attendees`` host people at the first engagement of the first trip."""
    from delegation_planner.sample import load_sample
    from delegation_planner.services import engagements
    from delegation_planner.storage import open_database

    db = open_database(path)
    trip_id = load_sample(db)
    engagement_id = engagements.programme(db, trip_id).items[0].id
    db.dispose()
    conn = sqlite3.connect(path)
    with conn:
        org = conn.execute("SELECT id FROM organization ORDER BY id LIMIT 1").fetchone()[0]
        first = conn.execute("SELECT COALESCE(MAX(id), 0) FROM person").fetchone()[0] + 1
        people = [(first + i, f"Nguyễn Văn Khách {i:05d}", "Guest of the forum", org, "host",
                   f"Attendee {i} of the forum.") for i in range(attendees)]
        conn.executemany("INSERT INTO person (id, full_name, title, organization_id, side, email, phone, languages,"
                         " bio) VALUES (?,?,?,?,?,'','','',?)", people)
        start = conn.execute("SELECT COALESCE(MAX(id), 0) FROM attendance").fetchone()[0] + 1
        conn.executemany("INSERT INTO attendance (id, engagement_id, person_id, role) VALUES (?,?,?,'attendee')",
                         [(start + i, engagement_id, first + i) for i in range(attendees)])
    conn.close()
    return trip_id


def timed(build, db, trip_id: int, out: Path) -> tuple[float, int]:
    started = time.perf_counter()
    result = build(db, trip_id, out)
    return time.perf_counter() - started, result.pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--big", type=int, default=10000)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(argv)

    from delegation_planner.reports import build_briefing_pack, build_trip_report
    from delegation_planner.storage import open_database

    with tempfile.TemporaryDirectory() as tmp:
        times: dict[tuple[str, int], float] = {}
        for n in (args.small, args.big):
            path = Path(tmp) / f"att{n}.sqlite3"
            trip_id = make_database(path, n)
            db = open_database(path)
            try:
                for name, build in (("briefing pack", build_briefing_pack), ("trip report", build_trip_report)):
                    out = Path(tmp) / f"{name.replace(' ', '-')}-{n}.pdf"
                    if args.profile and n == args.big and name == "briefing pack":
                        profiler = cProfile.Profile()
                        profiler.enable()
                    seconds, pages = timed(build, db, trip_id, out)
                    if args.profile and n == args.big and name == "briefing pack":
                        profiler.disable()
                        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
                    times[(name, n)] = seconds
                    print(f"{name:14} {n:6d} attendees: {seconds:6.2f} s, {pages} pages")
            finally:
                db.dispose()
        for name in ("briefing pack", "trip report"):
            ratio = times[(name, args.big)] / max(times[(name, args.small)], 1e-9)
            print(f"{name}: {args.big}/{args.small} attendees took {ratio:.1f}x "
                  f"(linear ~{args.big / args.small:.0f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
