"""Tampered or odd databases (issue 8 point 8): refused at open and before a restore in one
line naming what differs, the file's bytes unchanged; a dropped FTS trigger is repaired."""
from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from delegation_planner.storage import KnownError, open_database, schema_check, schema_version
from delegation_planner.storage.backups import restore_from_backup, verify_backup

#: name -> (SQL that tampers a copy of the sample database, a word the refusal must name)
TAMPERS = {
    "planted trigger": ("CREATE TRIGGER x AFTER INSERT ON trip BEGIN DELETE FROM meeting_note; END",
                        "unexpected trigger x on trip"),
    "dropped table": ("DROP TABLE commitment", "table commitment missing"),
    "dropped column": ("ALTER TABLE trip DROP COLUMN notes", "column trip.notes missing"),
    "renamed column": ("ALTER TABLE trip RENAME COLUMN purpose TO aim", "unexpected column trip.aim"),
    # Decided: refused too. A user's extra UNIQUE index would make imports fail, any extra
    # object means another program changed the file.
    "extra index": ("CREATE INDEX ix_extra ON trip(title)", "unexpected index ix_extra on trip"),
    "extra table": ("CREATE TABLE evil(x)", "unexpected table evil"),
    "changed index": ("DROP INDEX ix_person_full_name; CREATE UNIQUE INDEX ix_person_full_name ON person(full_name)",
                      "index ix_person_full_name is defined differently"),
    "two alembic_version rows": ("INSERT INTO alembic_version VALUES ('0001')", "2 schema versions"),
    "no alembic_version row": ("DELETE FROM alembic_version", None),
    "bad enum value": ("UPDATE trip SET status='bogus' WHERE id=(SELECT min(id) FROM trip)",
                       "trip.status of row"),
    "bad date text": ("UPDATE trip SET start_date='2026-02-30' WHERE id=(SELECT min(id) FROM trip)",
                      "trip.start_date of row"),
    "date as a number": ("UPDATE commitment SET due_date=20260101 WHERE id=(SELECT min(id) FROM commitment)",
                         "commitment.due_date of row"),
    "bad time text": ("UPDATE meeting_note SET created_at='yesterday' WHERE id=(SELECT min(id) FROM meeting_note)",
                      "meeting_note.created_at of row"),
    "dangling foreign key": ("UPDATE engagement SET trip_id=99999 WHERE id=(SELECT min(id) FROM engagement)",
                             "points to a missing trip"),
    "trigger changed": ("DROP TRIGGER fts_note_ai; CREATE TRIGGER fts_note_ai AFTER INSERT ON meeting_note "
                        "BEGIN DELETE FROM trip; END", "trigger fts_note_ai is defined differently"),
}


def _digest(path: Path) -> tuple:
    companions = tuple(p.name for p in sorted(path.parent.glob(path.name + "-*")))
    return hashlib.sha256(path.read_bytes()).hexdigest(), companions


def _tampered(tmp_path: Path, template: Path, sql: str) -> Path:
    path = tmp_path / "t.sqlite3"
    shutil.copy(template, path)
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.commit()
    conn.close()  # the last connection: checkpointed, no -wal left
    return path


def _assert_one_line(message: str, needle: str | None) -> None:
    assert "\n" not in message and "internal error" not in message.lower(), message
    if needle:
        assert needle in message, message


@pytest.mark.parametrize("case", sorted(TAMPERS))
def test_tampered_database_is_refused_at_open_unchanged(tmp_path, _template, case):
    sql, needle = TAMPERS[case]
    path = _tampered(tmp_path, _template, sql)
    before = _digest(path)
    with pytest.raises(KnownError) as info:
        open_database(path)
    _assert_one_line(str(info.value), needle)
    assert _digest(path) == before


@pytest.mark.parametrize("case", sorted(TAMPERS))
def test_tampered_backup_is_not_restored(tmp_path, _template, case):
    sql, needle = TAMPERS[case]
    backup = _tampered(tmp_path, _template, sql)
    current = tmp_path / "current.sqlite3"
    shutil.copy(_template, current)
    before, backup_before = _digest(current), _digest(backup)
    with pytest.raises(KnownError) as info:
        restore_from_backup(current, backup)
    _assert_one_line(str(info.value), {"dropped table": "no commitment table"}.get(case, needle))
    assert "nothing was restored" in str(info.value)
    assert _digest(current) == before and _digest(backup) == backup_before


def test_cli_prints_one_line_for_a_planted_trigger(tmp_path, _template):
    path = _tampered(tmp_path, _template, TAMPERS["planted trigger"][0])
    before = _digest(path)
    done = subprocess.run([sys.executable, "-m", "delegation_planner", "--db", str(path), "trips"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "unexpected trigger x on trip" in lines[0], done.stderr
    assert "internal error" not in done.stderr
    assert _digest(path) == before


def test_dropped_fts_trigger_is_recreated_and_the_index_rebuilt(tmp_path, _template):
    from delegation_planner.services import notes, search

    path = _tampered(tmp_path, _template, "DROP TRIGGER fts_note_ai")
    conn = sqlite3.connect(path)
    eng_id = conn.execute("SELECT min(id) FROM engagement").fetchone()[0]
    conn.execute("INSERT INTO meeting_note(engagement_id, author, text, created_at, updated_at, taken_at, uuid) "
                 "VALUES (?, '', 'zyxwvu while the trigger was gone', '2026-01-01 00:00:00.000000', "
                 "'2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000', "
                 "'5f0c6e1e-8f3a-4c1e-9a43-0d6f1b6f2a11')", (eng_id,))
    conn.commit()
    conn.close()
    db = open_database(path)
    try:
        with db.engine.connect() as c:
            names = {r[0] for r in c.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='trigger'")}
        assert "fts_note_ai" in names
        note = notes.add_note(db, eng_id, "Nguyễn Đức Chung qwertz")
        assert [(h.kind, h.id) for h in search.search(db, "qwertz")] == [("note", note.id)]
        assert [h.kind for h in search.search(db, "zyxwvu")] == ["note"]  # rebuilt: the row added meanwhile
    finally:
        db.dispose()
    assert schema_check.check_file(path) == []


def test_snapshot_is_what_a_fresh_migration_makes():
    """migrations/expected_schema.json must be regenerated (schema_check.write_snapshot) with each migration."""
    built = schema_check.build_expected_schema(schema_version.HEAD)
    schema_check._cache.clear()
    assert schema_check.expected_schema() == built


def test_a_clean_database_and_an_old_revision_backup_pass(tmp_path, _template):
    assert schema_check.check_file(_template) == []
    assert verify_backup(_template) == schema_version.HEAD


def test_check_is_cheap_on_the_sample_database(_template):
    schema_check.check_file(_template)  # the expected schema is cached per process
    t0 = time.perf_counter()
    for _ in range(5):
        schema_check.check_file(_template)
    ms = (time.perf_counter() - t0) / 5 * 1000
    print(f"schema check on the sample database: {ms:.1f} ms")
    assert ms < 200


def test_an_old_revision_backup_is_checked_against_that_revision(tmp_path):
    from tests.unit.test_migration_kill import _make_0001

    old = tmp_path / "v1.sqlite3"
    _make_0001(old)
    assert verify_backup(old) == "0001"
    conn = sqlite3.connect(old)
    conn.execute("CREATE TRIGGER x AFTER INSERT ON trip BEGIN DELETE FROM meeting_note; END")
    conn.commit()
    conn.close()
    with pytest.raises(KnownError, match="unexpected trigger x on trip"):
        verify_backup(old)


@pytest.mark.parametrize("stamp", ["2026-12-03 09:17:50.999904", "2026-12-31 23:59:59.999999",
                                   "2026-12-03 09:17:50.000001"])
def test_a_time_a_moment_before_the_next_second_is_not_tampering(tmp_path, _template, stamp):
    """CI found it: SQLite's datetime() rounds 50.9995 s up to :51, so a row stamped in the last
    half-millisecond of a second made the app refuse its own database at the next open."""
    from delegation_planner.services import trips
    from datetime import date

    path = tmp_path / "t.sqlite3"
    shutil.copyfile(_template, path)
    db = open_database(path)
    trip = trips.create_trip(db, title="Nguyễn Đức Chung", start_date=date(2026, 12, 3), end_date=date(2026, 12, 4))
    db.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE trip SET created_at = ?, updated_at = ? WHERE id = ?", (stamp, stamp, trip.id))
    assert schema_check.check_file(path) == []
    db = open_database(path)  # opens: nothing refused
    assert trips.get_trip(db, trip.id).title == "Nguyễn Đức Chung"
    db.dispose()
    with sqlite3.connect(path) as conn:  # a real malformed time is still caught
        conn.execute("UPDATE trip SET created_at = '2026-12-03 25:17:50.5' WHERE id = ?", (trip.id,))
    with pytest.raises(KnownError, match="a time that is not"):
        open_database(path)
