"""Opening, checking, migrating and backing up database files."""
from __future__ import annotations

import os
import sqlite3
import stat
from datetime import date

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from delegation_planner.services import trips
from delegation_planner.storage import KnownError, open_database
from delegation_planner.storage.database import backup_to, sqlite_engine
from delegation_planner.storage.migrations import alembic_config, current_revision, head_revision
from tests.helpers import file_state


@pytest.mark.sqlite_only
def test_new_database_is_migrated_private_and_in_wal(db, db_path):
    assert current_revision(db) == head_revision()
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_migrations_match_the_models(db):
    with db.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": False}), SQLModel.metadata)
    # FTS tables (SQLite) and full-text GIN indexes (PostgreSQL) created by migrations are not models;
    # everything else must match.
    diffs = [d for d in diffs if not (d[0] == "remove_table" and "fts" in d[1].name)
             and not (d[0] == "remove_index" and d[1].name.endswith("_search"))]
    assert diffs == []


def test_foreign_keys_are_enforced(db):
    with pytest.raises(Exception):
        with db.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO delegation_member (trip_id, person_id, role, precedence) "
                                 "VALUES (999, 999, 'member', 1)")


def test_not_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("Biên bản ghi nhớ — not a database\n" * 50, encoding="utf-8")
    before = file_state(path)
    with pytest.raises(KnownError, match="not a Delegation Planner database"):
        open_database(path)
    assert file_state(path) == before


def test_corrupt_file_is_refused_untouched(tmp_path):
    path = tmp_path / "damaged.sqlite3"
    db = open_database(path)
    trips.create_trip(db, title="Cao Bằng – Quảng Tây", start_date=date(2024, 5, 2), end_date=date(2024, 5, 3))
    backup_to(db, tmp_path / "clean.sqlite3")
    db.dispose()
    data = bytearray((tmp_path / "clean.sqlite3").read_bytes())
    data[4096:8192] = b"\xde\xad\xbe\xef" * 1024  # wreck the second page, keep the header
    path = tmp_path / "corrupt.sqlite3"
    path.write_bytes(bytes(data))
    before = file_state(path)
    with pytest.raises(KnownError, match="damaged"):
        open_database(path)
    assert file_state(path) == before


def test_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "future.sqlite3"
    db = open_database(path)
    db.dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = file_state(path)
    with pytest.raises(KnownError, match="newer version"):
        open_database(path)
    assert file_state(path) == before


def test_pending_migration_makes_a_backup_first(tmp_path):
    path = tmp_path / "old.sqlite3"
    path.touch(mode=0o600)
    engine = sqlite_engine(path)
    with engine.connect() as conn:
        command.upgrade(alembic_config(conn), "0001")
        conn.exec_driver_sql("INSERT INTO trip (title, purpose, destination, start_date, end_date, home_timezone, "
                             "status, notes, created_at, updated_at) VALUES ('Đoàn Hà Nội', '', '', '2017-07-12', "
                             "'2017-07-14', 'Asia/Ho_Chi_Minh', 'draft', '', '2017-01-01 00:00:00', "
                             "'2017-01-01 00:00:00')")
        conn.commit()
    engine.dispose()
    if head_revision() == "0001":
        pytest.skip("only one migration so far")
    db = open_database(path)
    backups = list(tmp_path.glob("old.sqlite3.before-*.bak"))
    assert len(backups) == 1
    check = sqlite3.connect(backups[0])
    assert check.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert check.execute("SELECT title FROM trip").fetchone()[0] == "Đoàn Hà Nội"
    check.close()
    assert [t.title for t in trips.list_trips(db)] == ["Đoàn Hà Nội"]
    db.dispose()


@pytest.mark.sqlite_only
def test_backup_contains_what_is_still_in_the_wal(db, tmp_path):
    trips.create_trip(db, title="Thái Nguyên", start_date=date(2025, 1, 1), end_date=date(2025, 1, 2))
    target = backup_to(db, tmp_path / "copy.sqlite3")
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT title FROM trip").fetchall() == [("Thái Nguyên",)]
    conn.close()
    with pytest.raises(KnownError):
        backup_to(db, db.path)


def test_database_path_with_odd_characters(tmp_path):
    folder = tmp_path / "Hà Nội #1 ?x"
    folder.mkdir()
    db = open_database(folder / "đoàn.sqlite3")
    trips.create_trip(db, title="x", start_date=date(2025, 1, 1), end_date=date(2025, 1, 1))
    db.dispose()
    assert (folder / "đoàn.sqlite3").stat().st_size > 0
    assert not (tmp_path / "Hà Nội ").exists()


def test_revision_list_matches_the_migration_scripts():
    from delegation_planner.storage import schema_version
    from delegation_planner.storage.migrations import script_directory

    scripts = [rev.revision for rev in script_directory().walk_revisions()][::-1]  # oldest first
    assert list(schema_version.REVISIONS) == scripts
    assert schema_version.HEAD == head_revision()


def test_opening_a_current_database_does_not_import_alembic(db_path):
    import subprocess
    import sys

    open_database(db_path).dispose()
    code = ("import sys; from delegation_planner.storage import open_database; "
            f"open_database({str(db_path)!r}).dispose(); print('alembic' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
