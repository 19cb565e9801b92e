"""Migration 0009 (stored seating plans) on a 0008 database holding data: every row kept, the new
tables empty and usable, the schema the snapshot's; downgrade and upgrade again."""
from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from delegation_planner.storage import open_database, schema_check, schema_version
from tests.helpers import downgrade_to

pytestmark = pytest.mark.sqlite_only

NAME = "Nguyễn Đức Chung"


def _make_0008(path: Path) -> None:
    """A database at 0008 with a trip, people, an engagement with attendance, a car and a gift."""
    from delegation_planner.services import directory, engagements, gifts, members, motorcade, trips

    db = open_database(path)
    trip = trips.create_trip(db, title=f"Chuyến công tác {NAME}", start_date=date(2017, 7, 12),
                             end_date=date(2017, 7, 14))
    chung = directory.create_person(db, full_name=NAME, side="delegation").id
    coburn = directory.create_person(db, full_name="Christopher Coburn", side="host").id
    members.add_member(db, trip.id, chung, role="head", precedence=1)
    eng = engagements.create_engagement(db, trip.id, title="Hội đàm", timezone="America/New_York",
                                        start=datetime(2017, 7, 12, 9), end=datetime(2017, 7, 12, 10)).engagement
    engagements.set_attendance(db, eng.id, chung, "lead")
    engagements.set_attendance(db, eng.id, coburn, "lead")
    motorcade.add_vehicle(db, eng.id, plate="MA 1-GOV", driver="John Smith")
    gifts.add_gift(db, trip.id, description="Tranh sơn mài", direction="given", engagement_id=eng.id)
    db.dispose()
    downgrade_to(path, "0008")


def _rows(path: Path, table: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
    finally:
        conn.close()


TABLES = ("trip", "person", "delegation_member", "engagement", "attendance", "vehicle", "gift")


def test_a_0008_database_with_data_is_migrated_to_0009(tmp_path):
    path = tmp_path / "old.sqlite3"
    _make_0008(path)
    assert schema_version.stamped_revisions(path) == ["0008"]
    conn = sqlite3.connect(path)
    assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'seating_plan'").fetchone()
    conn.close()
    before = {t: _rows(path, t) for t in TABLES}
    db = open_database(path)  # migrates
    try:
        assert schema_version.stamped_revisions(path) == [schema_version.HEAD]
        assert {t: _rows(path, t) for t in TABLES} == before  # every row, every value
        assert _rows(path, "seating_plan") == [] and _rows(path, "seating_seat") == []
        conn = sqlite3.connect(path)
        try:
            findings = schema_check._compare(conn, schema_check.expected_schema())
            assert findings.problems == [] and findings.repairs == []
        finally:
            conn.close()
        from delegation_planner.services import seating

        (eng_id,) = [r[0] for r in _rows(path, "engagement")]
        assert seating.stored_seating(db, eng_id) is None
        saved = seating.swap_seats(db, eng_id, 1, 2)
        back = seating.stored_seating(db, eng_id)
        assert back.version == 1 and [s.occupant.name for s in back.plan.seats] == \
            [s.occupant.name for s in saved.plan.seats]
        assert NAME in [s.occupant.name for s in back.plan.seats]
    finally:
        db.dispose()
    # the downgrade drops the two tables and nothing else; the upgrade runs again
    downgrade_to(path, "0008")
    assert {t: _rows(path, t) for t in TABLES} == before
    conn = sqlite3.connect(path)
    assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name IN ('seating_plan', 'seating_seat')").fetchone()
    conn.close()
    open_database(path).dispose()
    assert schema_version.stamped_revisions(path) == [schema_version.HEAD]
