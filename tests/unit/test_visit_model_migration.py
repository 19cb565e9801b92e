"""Migration 0005 (issue 11, the visit as a protocol office runs it) on a 0004 database with data."""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from delegation_planner.storage import KnownError, open_database, schema_check, schema_version
from tests.helpers import downgrade_to

pytestmark = pytest.mark.sqlite_only

NAME = "Nguyễn Đức Chung"


def _make_0004(path: Path) -> None:
    from alembic import command

    from delegation_planner.storage import migrations
    from delegation_planner.storage.database import sqlite_engine

    engine = sqlite_engine(path, create=True)
    with engine.connect() as conn:
        with conn.begin():
            command.upgrade(migrations.alembic_config(conn), "0004")
    engine.dispose()
    conn = sqlite3.connect(path)
    stamp = "'2017-01-01 00:00:00.000000'"
    with conn:
        for trip_id, start in ((1, "2017-07-12"), (2, "2018-03-01"), (3, "2017-11-20")):
            conn.execute(f"INSERT INTO trip (id, title, purpose, destination, start_date, end_date, home_timezone, "
                         f"status, notes, created_at, updated_at, uuid, version) VALUES (?, ?, '', '', ?, ?, "
                         f"'Asia/Ho_Chi_Minh', 'draft', '', {stamp}, {stamp}, ?, 1)",
                         (trip_id, f"Chuyến {trip_id} {NAME}", start, start, f"00000000-0000-4000-8000-00000000000{trip_id}"))
        conn.execute("INSERT INTO person (id, full_name, title, organization_id, side, email, phone, languages, bio, "
                     "uuid, version) VALUES (1, ?, '', NULL, 'host', '', '', '', '', "
                     "'00000000-0000-4000-8000-000000000101', 1)", (NAME,))
        # Commitments in id order: trip 1 (2017), trip 2 (2018), trip 3 (2017), trip 1 (2017)
        for cid, trip_id in ((1, 1), (2, 2), (3, 3), (4, 1)):
            conn.execute("INSERT INTO commitment (id, trip_id, engagement_id, organization_id, description, kind, "
                         "made_by, owner_id, due_date, status, signed_date, follow_up, uuid, version) VALUES "
                         "(?, ?, NULL, NULL, ?, 'mou', 'joint', 1, '2018-06-30', 'signed', '2017-07-13', '', ?, 1)",
                         (cid, trip_id, f"Biên bản ghi nhớ {cid} — {NAME}",
                          f"00000000-0000-4000-8000-00000000020{cid}"))
    conn.close()


def _rows(path: Path, table: str, columns: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT {columns} FROM {table} ORDER BY id").fetchall()
    finally:
        conn.close()


OLD_COMMITMENT = "id, trip_id, description, kind, made_by, owner_id, due_date, status, signed_date, uuid, version"


def test_a_0004_database_with_data_is_migrated(tmp_path):
    path = tmp_path / "old.sqlite3"
    _make_0004(path)
    before = _rows(path, "commitment", OLD_COMMITMENT)
    db = open_database(path)
    try:
        assert schema_version.stamped_revisions(path) == [schema_version.HEAD]  # 0005 and any later ones
        assert _rows(path, "commitment", OLD_COMMITMENT) == before  # every row, every old value
        assert _rows(path, "commitment", "reference, source_document, their_contact_id, completed_date") == [
            ("CK-2017-001", "", None, None), ("CK-2018-001", "", None, None),
            ("CK-2017-002", "", None, None), ("CK-2017-003", "", None, None)]
        assert _rows(path, "trip", "direction") == [("outbound",)] * 3
        conn = sqlite3.connect(path)
        assert conn.execute("SELECT year, last FROM commitment_sequence ORDER BY year").fetchall() == [
            (2017, 3), (2018, 1)]
        # the search triggers on commitment were put back by the rebuild: a new commitment is findable
        trigger_names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
        assert {"fts_commitment_ai", "fts_commitment_ad", "fts_commitment_au"} <= trigger_names
        conn.close()
        from delegation_planner.services import commitments, search

        made = commitments.create_commitment(db, 1, description="Đào tạo quản lý bệnh viện")
        assert made.reference == "CK-2017-004"  # the counter carried on from the migrated numbers
        hits = search.search(db, "quản lý bệnh viện")
        assert any("Đào tạo" in str(h) for h in hits), hits
        # the old commitment's text is still indexed (rows kept their ids)
        assert search.search(db, "Biên bản ghi nhớ")
    finally:
        db.dispose()
    assert schema_check.check_file(path) == []


def test_the_migrated_key_sets_null_when_the_contact_is_deleted(tmp_path):
    path = tmp_path / "old.sqlite3"
    _make_0004(path)
    open_database(path).dispose()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=ON")
    with conn:
        conn.execute("UPDATE commitment SET their_contact_id = 1 WHERE id = 2")
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE commitment SET their_contact_id = 999 WHERE id = 3")
    with conn:
        conn.execute("DELETE FROM person WHERE id = 1")
    assert conn.execute("SELECT their_contact_id, owner_id FROM commitment WHERE id = 2").fetchone() == (None, None)
    assert conn.execute("SELECT count(*) FROM commitment").fetchone() == (4,)
    conn.close()


def test_downgrade_to_0004_gives_the_0004_schema_back_with_the_rows(tmp_path):
    path = tmp_path / "old.sqlite3"
    _make_0004(path)
    before = _rows(path, "commitment", OLD_COMMITMENT)
    open_database(path).dispose()
    downgrade_to(path, "0004")
    assert schema_check.check_file(path, revision="0004") == []  # exactly the 0004 schema
    assert _rows(path, "commitment", OLD_COMMITMENT) == before
    db = open_database(path)  # and up again
    db.dispose()
    assert _rows(path, "commitment", "reference") == [("CK-2017-001",), ("CK-2018-001",), ("CK-2017-002",),
                                                      ("CK-2017-003",)]


def test_a_bad_scenario_time_in_the_file_is_refused(tmp_path):
    """storage.schema_check's row rule for scenario_step.at_time ("HH:MM")."""
    path = tmp_path / "db.sqlite3"
    db = open_database(path)
    from datetime import date, datetime, timezone

    from delegation_planner.services import engagements, trips

    trip = trips.create_trip(db, title=NAME, start_date=date(2017, 7, 12), end_date=date(2017, 7, 14))
    eng = engagements.create_engagement(db, trip.id, title="Lễ ký", timezone="America/New_York",
                                        start_utc=datetime(2017, 7, 13, 14, tzinfo=timezone.utc),
                                        end_utc=datetime(2017, 7, 13, 15, tzinfo=timezone.utc)).engagement
    db.dispose()
    for bad in ("25:00", "9:30", "24:00", "12:3x", "noon"):
        conn = sqlite3.connect(path)
        with conn:
            conn.execute("DELETE FROM scenario_step")
            conn.execute("INSERT INTO scenario_step (engagement_id, position, at_time, action, performer, "
                         "responsible, uuid) VALUES (?, 0, ?, '', '', '', 'x')", (eng.id, bad))
        conn.close()
        with pytest.raises(KnownError, match="scenario_step.at_time"):
            schema_check.check_file(path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE scenario_step SET at_time = '09:30'")
    conn.close()
    assert schema_check.check_file(path) == []


def _run_killed_at(path: Path, k: int) -> int:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read)
        count = 0

        def bomb(*_args):
            nonlocal count
            count += 1
            if count == k:
                os.kill(os.getpid(), signal.SIGKILL)

        sa.event.listen(sa.engine.Engine, "after_cursor_execute", bomb)
        code = 0
        try:
            open_database(path).dispose()
        except BaseException:  # noqa: BLE001
            code = 3
        os.write(write, str(count).encode())
        os._exit(code)
    os.close(write)
    with os.fdopen(read, "rb") as fh:
        out = fh.read().decode()
    os.waitpid(pid, 0)
    return int(out or 0)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_kill_anywhere_in_0004_to_0005_leaves_0004_or_0005_with_every_row(tmp_path):
    template = tmp_path / "t" / "v4.sqlite3"
    template.parent.mkdir()
    _make_0004(template)
    before = _rows(template, "commitment", OLD_COMMITMENT)
    work = tmp_path / "w" / "db.sqlite3"
    work.parent.mkdir()
    shutil.copy(template, work)
    total = _run_killed_at(work, 0)
    assert total > 10
    for k in range(1, total + 1):
        for leftover in work.parent.glob("db.sqlite3*"):
            leftover.unlink()
        shutil.copy(template, work)
        _run_killed_at(work, k)
        assert schema_version.stamped_revisions(work) in (["0004"], [schema_version.HEAD]), k
        db = open_database(work)
        db.dispose()
        assert _rows(work, "commitment", OLD_COMMITMENT) == before, k
        assert [r[0] for r in _rows(work, "commitment", "reference")] == [
            "CK-2017-001", "CK-2018-001", "CK-2017-002", "CK-2017-003"], k


def test_two_commitments_cannot_hold_one_reference(tmp_path):
    path = tmp_path / "old.sqlite3"
    _make_0004(path)
    open_database(path).dispose()
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError, match="reference"):
        with conn:
            conn.execute("UPDATE commitment SET reference = 'CK-2017-001' WHERE id = 3")
    assert [r[0] for r in conn.execute("SELECT reference FROM commitment ORDER BY id")] == [
        "CK-2017-001", "CK-2018-001", "CK-2017-002", "CK-2017-003"]
    conn.close()


@pytest.mark.parametrize("sql, where", [
    ("UPDATE trip SET direction = 'sideways'", "trip.direction"),
    ("UPDATE commitment SET completed_date = '2017-02-30'", "commitment.completed_date"),
    ("INSERT INTO trip_contact (trip_id, kind, name, phone, address, notes, position, uuid, version) "
     "VALUES (1, 'castle', 'x', '', '', '', 0, 'u', 1)", "trip_contact.kind"),
])
def test_a_file_with_a_bad_new_value_is_not_trusted(tmp_path, sql, where):
    """storage.schema_check's row rules cover the columns of 0005 (enums, dates) as the older ones."""
    path = tmp_path / "old.sqlite3"
    _make_0004(path)
    open_database(path).dispose()
    assert schema_check.check_file(path) == []
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(sql)
    conn.close()
    with pytest.raises(KnownError, match=where.replace(".", r"\.")):
        schema_check.check_file(path)
