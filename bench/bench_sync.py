"""Cost of synchronous=FULL: 200 add_note calls with FULL (the app) vs NORMAL, in one run.

    .venv/bin/python bench/bench_sync.py [FOLDER]

FOLDER defaults to the current folder (not /tmp, often a tmpfs where fsync costs nothing).
Prints the time of each (median of 3 interleaved rounds) and the ratio FULL/NORMAL (one fsync per edit)."""
from __future__ import annotations

import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import event

from delegation_planner.services import engagements, notes, trips
from delegation_planner.storage import open_database

N = 200


def run(folder: Path, mode: str, rnd: int) -> float:
    db = open_database(folder / f"bench-{mode}-{rnd}.sqlite3")
    if mode == "NORMAL":  # runs after the app's own connect listener
        event.listen(db.engine, "connect", lambda c, _r: c.execute("PRAGMA synchronous=NORMAL"))
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == {"FULL": 2, "NORMAL": 1}[mode]
    trip = trips.create_trip(db, title="Bench", destination="Hà Nội",
                             start_date=date(2026, 3, 1), end_date=date(2026, 3, 5))
    start = datetime(2026, 3, 2, 2, tzinfo=timezone.utc)
    eng = engagements.create_engagement(db, trip.id, title="Meeting", timezone="Asia/Ho_Chi_Minh",
                                        start_utc=start, end_utc=start + timedelta(hours=1))
    eng_id = getattr(eng, "id", None) or eng.engagement.id
    t0 = time.perf_counter()
    for i in range(N):
        notes.add_note(db, eng_id, f"Nguyễn Đức Chung note {i}")
    elapsed = time.perf_counter() - t0
    db.dispose()
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory(dir=sys.argv[1] if len(sys.argv) > 1 else ".") as tmp:
        folder = Path(tmp)
        normals, fulls = [], []
        for rnd in range(3):  # interleaved, medians: the machine is shared
            normals.append(run(folder, "NORMAL", rnd))
            fulls.append(run(folder, "FULL", rnd))
        normal, full = sorted(normals)[1], sorted(fulls)[1]
    print(f"{N} add_note: FULL {full * 1000:.0f} ms ({full / N * 1000:.2f} ms each), "
          f"NORMAL {normal * 1000:.0f} ms ({normal / N * 1000:.2f} ms each), ratio FULL/NORMAL {full / normal:.2f} (in {tmp})")


if __name__ == "__main__":
    main()
