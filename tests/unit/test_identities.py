"""Stable identities (issue 12): every trip, engagement, person, organization, member, note and
commitment has a UUID, given by migration 0003 to existing rows and kept by every edit."""
from __future__ import annotations

import sqlite3
import uuid
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from delegation_planner.domain import models
from delegation_planner.domain.enums import Side
from delegation_planner.services import commitments, directory, engagements, members, notes, search, trips
from delegation_planner.storage import open_database, schema_check, schema_version
from tests.helpers import downgrade_to

NAME = "Nguyễn Đức Chung"
TABLES = ("trip", "organization", "person", "engagement", "delegation_member", "meeting_note", "commitment")


def _is_uuid4_text(value) -> bool:
    return isinstance(value, str) and len(value) == 36 and str(uuid.UUID(value)) == value \
        and uuid.UUID(value).version == 4


def _filled_0001(path: Path) -> None:
    from tests.unit.test_migration_kill import _make_0001

    _make_0001(path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO delegation_member VALUES (1, 1, 1, 'head', 1)")
        conn.execute("INSERT INTO commitment VALUES (1, 1, 1, 1, 'Gửi dự thảo MOU', 'other', 'joint', 1, NULL, "
                     "'proposed', NULL, '')")
    conn.close()


@pytest.mark.sqlite_only
def test_migration_gives_existing_rows_distinct_uuids_version_1_and_taken_at(tmp_path):
    path = tmp_path / "old.sqlite3"
    _filled_0001(path)
    conn = sqlite3.connect(path)
    before = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    created = dict(conn.execute("SELECT id, created_at FROM meeting_note"))
    conn.close()
    assert all(before.values())
    open_database(path).dispose()  # migrates 0001 -> head
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(schema_version.HEAD,)]
        seen = set()
        for table in TABLES:
            rows = conn.execute(f"SELECT uuid, version FROM {table}").fetchall()
            assert len(rows) == before[table]
            assert all(_is_uuid4_text(u) and v == 1 for u, v in rows), table
            seen.update(u for u, _v in rows)
        assert len(seen) == sum(before.values())  # distinct across every table
        assert dict(conn.execute("SELECT id, taken_at FROM meeting_note")) == created
        assert conn.execute("SELECT id, value FROM change_counter").fetchall() == [(1, 0)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    assert schema_check.check_file(path) == []  # what a fresh database has, triggers included


@pytest.mark.sqlite_only
def test_search_still_indexes_after_the_rebuild(tmp_path):
    """0003 rebuilds meeting_note, commitment and person on SQLite: the FTS triggers come back."""
    path = tmp_path / "old.sqlite3"
    _filled_0001(path)
    db = open_database(path)
    try:
        if not search.has_fts(db):
            pytest.skip("this SQLite has no FTS5")
        assert [h.kind for h in search.search(db, "note 7")][:1] == ["note"]  # indexed by 0002, kept
        note = notes.add_note(db, 1, "qwertzuiop ghi chú sau khi nâng cấp")
        assert [(h.kind, h.id) for h in search.search(db, "qwertzuiop")] == [("note", note.id)]
        directory.update_person(db, 1, bio="asdfghjkl tiểu sử")
        assert [h.kind for h in search.search(db, "asdfghjkl")] == ["person"]
        notes.delete_note(db, note.id)
        assert search.search(db, "qwertzuiop") == []
    finally:
        db.dispose()


@pytest.mark.sqlite_only
def test_downgrade_and_upgrade_again(tmp_path):
    path = tmp_path / "db.sqlite3"
    db = open_database(path)
    trip = trips.create_trip(db, title=NAME, start_date=date(2024, 5, 2), end_date=date(2024, 5, 3))
    db.dispose()
    downgrade_to(path, "0002")
    assert schema_check.check_file(path, revision="0002") == []  # the 0002 schema, exactly
    conn = sqlite3.connect(path)
    assert "uuid" not in [r[1] for r in conn.execute("PRAGMA table_info(trip)")]
    conn.close()
    db = open_database(path)
    try:
        assert _is_uuid4_text(trips.get_trip(db, trip.id).uuid)  # a new one: the old was dropped
    finally:
        db.dispose()


def _everything(db):
    trip = trips.create_trip(db, title="Boston study visit 2017", start_date=date(2017, 7, 12),
                             end_date=date(2017, 7, 14))
    eng = engagements.create_engagement(db, trip.id, title="Meeting", timezone="America/New_York",
                                        start=datetime(2017, 7, 12, 9), end=datetime(2017, 7, 12, 10)).engagement
    person = directory.create_person(db, full_name=NAME, side=Side.DELEGATION)
    org = directory.create_organization(db, name="Massachusetts General Hospital")
    member = members.add_member(db, trip.id, person.id)
    note = notes.add_note(db, eng.id, "Ghi chú")
    commitment = commitments.create_commitment(db, trip.id, description="MOU", engagement_id=eng.id)
    return {"trip": trip, "engagement": eng, "person": person, "organization": org, "member": member,
            "note": note, "commitment": commitment}


def test_new_records_get_uuids_that_edits_keep(db):
    records = _everything(db)
    uuids = {k: r.uuid for k, r in records.items()}
    assert all(_is_uuid4_text(u) for u in uuids.values()) and len(set(uuids.values())) == len(uuids)
    assert all(r.version == 1 for r in records.values())
    trips.update_trip(db, records["trip"].id, title="Renamed")
    engagements.update_engagement(db, records["engagement"].id, location="Phòng họp")
    directory.update_person(db, records["person"].id, title="Thứ trưởng")
    notes.update_note(db, records["note"].id, text="Sửa")
    assert trips.get_trip(db, records["trip"].id).uuid == uuids["trip"]
    assert engagements.get_engagement(db, records["engagement"].id).uuid == uuids["engagement"]
    assert directory.get_person(db, records["person"].id).uuid == uuids["person"]


def test_a_note_knows_when_it_was_taken(db):
    records = _everything(db)
    note = records["note"]
    assert note.taken_at.tzinfo is not None and abs((note.taken_at - note.created_at).total_seconds()) < 5


def test_a_duplicated_trip_is_a_new_trip_with_new_identities(db):
    records = _everything(db)
    copy = trips.duplicate_trip(db, records["trip"].id, start_date=date(2018, 7, 12))
    assert copy.uuid != records["trip"].uuid and _is_uuid4_text(copy.uuid)
    with db.reading() as s:
        engs = s.execute(sa.select(models.Engagement.trip_id, models.Engagement.uuid)).all()
    assert len({u for _t, u in engs}) == len(engs) == 2


def test_bulk_core_inserts_get_a_uuid_too(db):
    """Bulk imports insert with Core (no ORM objects): the Column default gives the uuid."""
    trip = trips.create_trip(db, title="x", start_date=date(2020, 1, 1), end_date=date(2020, 1, 2))
    with db.transaction() as s:
        s.execute(sa.insert(models.Organization), [{"name": f"Org {i}"} for i in range(3)])
    with db.reading() as s:
        rows = s.execute(sa.select(models.Organization.uuid, models.Organization.version)).all()
    assert len(rows) == 3 and all(_is_uuid4_text(u) and v == 1 for u, v in rows)
    assert len({u for u, _v in rows}) == 3
    assert trip.uuid not in {u for u, _v in rows}


def test_a_uuid_is_unique_in_the_database(db):
    records = _everything(db)
    with pytest.raises(sa.exc.IntegrityError):
        with db.engine.begin() as conn:
            conn.execute(sa.update(models.Person.__table__).where(models.Person.id == records["person"].id)
                         .values(uuid=records["organization"].uuid))  # other table: allowed ...
            conn.execute(sa.insert(models.Organization.__table__).values(name="dup", uuid=records["organization"].uuid))
    assert directory.get_organization(db, records["organization"].id).name == "Massachusetts General Hospital"


def test_a_raw_insert_without_a_uuid_is_refused(db):
    """NOT NULL: a writer that forgets the identity fails instead of storing a row without one."""
    with pytest.raises(sa.exc.IntegrityError):
        with db.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO organization (name, local_name, kind, city, country, address, phone,"
                                 " website, profile) VALUES ('x','','other','','','','','','')")
