"""Issue 12, trips that come back: a bundle of a trip already in the database (same uuid) is not
imported a second time; the CLI refuses in one line that names --update, and writes nothing."""
from __future__ import annotations

import json
import subprocess
import sys

from delegation_planner.bundles import export_trip
from delegation_planner.sample import load_sample
from delegation_planner.services.trips import list_trips
from delegation_planner.storage import open_database


def _cli(*args: str):
    return subprocess.run([sys.executable, "-m", "delegation_planner", *args], capture_output=True, text=True,
                          timeout=120)


def test_plain_import_of_an_existing_trip_refuses_naming_update(tmp_path):
    path = tmp_path / "planner.sqlite3"
    db = open_database(path)
    trip_id = load_sample(db)
    bundle = export_trip(db, trip_id, tmp_path / "boston.json")
    assert json.loads(bundle.read_text(encoding="utf-8"))["version"] == 3
    before = [t.id for t in list_trips(db)]
    db.dispose()

    done = _cli("--db", str(path), "import", str(bundle))
    assert done.returncode == 1, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "--update" in lines[0] and f"trip {trip_id}" in lines[0]

    db = open_database(path)
    assert [t.id for t in list_trips(db)] == before  # nothing written
    db.dispose()


def test_a_version_1_bundle_still_imports_with_fresh_uuids(tmp_path):
    path = tmp_path / "planner.sqlite3"
    db = open_database(path)
    trip_id = load_sample(db)
    data = json.loads(export_trip(db, trip_id, tmp_path / "v2.json").read_text(encoding="utf-8"))
    before = len(list_trips(db))
    db.dispose()
    v1 = {k: v for k, v in data.items()}
    v1["version"] = 1
    v1["trip"] = {k: v for k, v in data["trip"].items() if k != "uuid"}
    old = tmp_path / "v1.json"
    old.write_text(json.dumps(v1, ensure_ascii=False), encoding="utf-8")
    done = _cli("--db", str(path), "import", str(old))
    assert done.returncode == 0, done.stderr
    db = open_database(path)
    # A version 1 file has no identities (the uuids left on its other records are not read): a new trip.
    assert len(list_trips(db)) == before + 1
    db.dispose()
