"""The large-database generator: counts, determinism, a healthy file, a clear CLI."""
from __future__ import annotations

import hashlib
import sqlite3

import pytest

from delegation_planner.devtools import largedb


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_small_scale_counts_integrity_and_index(tmp_path):
    out = tmp_path / "large.sqlite3"
    n = largedb.generate(out, seed=7, scale=0.02)
    assert (n.trips, n.engagements, n.people, n.organizations, n.notes, n.commitments) == (4, 200, 100, 20, 400, 100)
    with sqlite3.connect(out) as conn:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("trip", "engagement", "person", "organization", "meeting_note", "commitment")}
        assert counts == {"trip": 4, "engagement": 200, "person": 100, "organization": 20, "meeting_note": 400,
                          "commitment": 100}
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("SELECT count(*) FROM fts_note").fetchone()[0] == 400
        # every engagement lies within its trip's dates, at the venue
        from datetime import date, datetime, timezone

        from delegation_planner.domain.timezones import local_date

        for start_utc, zone, first, last in conn.execute(
                "SELECT e.start_utc, e.timezone, t.start_date, t.end_date FROM engagement e "
                "JOIN trip t ON t.id = e.trip_id"):
            day = local_date(datetime.fromisoformat(start_utc).replace(tzinfo=timezone.utc), zone)
            assert date.fromisoformat(first) <= day <= date.fromisoformat(last)
        names = [r[0] for r in conn.execute("SELECT full_name FROM person")]
        assert any("ễ" in name or "Đ" in name or "ư" in name for name in names)


def test_same_seed_same_bytes(tmp_path):
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    largedb.generate(a, seed=3, scale=0.01)
    largedb.generate(b, seed=3, scale=0.01)
    assert _digest(a) == _digest(b)


def test_services_read_the_generated_rows(tmp_path):
    from delegation_planner.services import commitments, engagements, search, trips
    from delegation_planner.storage import open_database

    out = tmp_path / "large.sqlite3"
    largedb.generate(out, seed=11, scale=0.02)
    db = open_database(out)
    try:
        rows = trips.list_trips(db)
        biggest = max(rows, key=lambda r: r.engagement_count)
        prog = engagements.programme(db, biggest.id)
        assert len(prog.items) == biggest.engagement_count
        assert len(commitments.list_commitments(db)) == 100
        assert search.search(db, "Nguyễn", 10)
    finally:
        db.dispose()


def test_cli_refuses_to_overwrite_without_force(tmp_path, capsys):
    out = tmp_path / "x.sqlite3"
    out.write_text("precious")
    assert largedb.main([str(out), "--scale", "0.01"]) == 1
    assert "exists" in capsys.readouterr().err
    assert out.read_text() == "precious"
    assert largedb.main([str(out), "--scale", "0.01", "--force"]) == 0
    with pytest.raises(SystemExit):
        largedb.main([str(out), "--scale", "0"])
