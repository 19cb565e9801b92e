"""Rotating backups next to the database, and a restore that checks the backup first."""
from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from delegation_planner.services import trips
from delegation_planner.storage import KnownError, open_database
from delegation_planner.storage import backups
from tests.helpers import downgrade_to

# Rotating copies of a database file and file restores: SQLite by nature (a PostgreSQL run keeps a file;
# server backups with pg_dump are tested in test_postgres.py).
pytestmark = pytest.mark.sqlite_only


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _titles(path: Path) -> list[str]:
    db = open_database(path)
    try:
        return [t.title for t in trips.list_trips(db)]
    finally:
        db.dispose()


@pytest.fixture
def filled(db):
    trips.create_trip(db, title="Nguyễn Đức Chung in Boston", start_date=date(2017, 7, 12), end_date=date(2017, 7, 14))
    return db


def test_auto_backup_daily_and_rotation_keeps_ten(filled):
    db = filled
    t0 = datetime(2026, 1, 1, 9, 0)
    first = backups.auto_backup(db, now=t0)
    assert first is not None and first.parent == backups.backup_dir(db.path)
    assert first.parent.parent == db.path.parent  # next to the database
    assert backups.auto_backup(db, now=t0 + timedelta(hours=5)) is None  # not due yet
    for day in range(1, 15):
        assert backups.auto_backup(db, now=t0 + timedelta(days=day)) is not None
    kept = backups.list_backups(db.path)
    assert len(kept) == 10
    assert kept[0].created == t0 + timedelta(days=14)
    assert kept[-1].created == t0 + timedelta(days=5)
    assert stat.S_IMODE(kept[0].path.stat().st_mode) == 0o600
    assert backups.verify_backup(kept[0].path)


def test_empty_database_is_not_backed_up(db):
    assert backups.auto_backup(db) is None
    assert backups.list_backups(db.path) == []


def test_backup_contains_data_still_in_wal(filled):
    path = backups.make_backup(filled)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT title FROM trip").fetchall() == [("Nguyễn Đức Chung in Boston",)]


def test_restore_replaces_and_keeps_a_copy(filled, db_path):
    backup = backups.make_backup(filled)
    trips.create_trip(filled, title="Added after the backup", start_date=date(2018, 1, 1), end_date=date(2018, 1, 2))
    filled.dispose()
    kept = backups.restore_from_backup(db_path, backup)
    assert _titles(db_path) == ["Nguyễn Đức Chung in Boston"]
    assert kept is not None and sorted(_titles(kept)) == ["Added after the backup", "Nguyễn Đức Chung in Boston"]
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert not Path(str(db_path) + ".restoring").exists()


def _corrupt_copy(src: Path, dst: Path) -> None:
    data = bytearray(src.read_bytes())
    for i in range(4096, min(len(data), 4096 * 3)):  # wreck page 2 and 3
        data[i] = 0xA5
    dst.write_bytes(bytes(data))


@pytest.mark.parametrize("make_bad", ["not_sqlite", "empty", "corrupt", "foreign_schema", "newer_schema",
                                      "missing", "folder"])
def test_bad_backup_refused_and_database_untouched(filled, db_path, tmp_path, make_bad):
    good = backups.make_backup(filled)
    filled.dispose()
    bad = tmp_path / "bad.sqlite3"
    if make_bad == "not_sqlite":
        bad.write_text("hello, this is a text file\n" * 100)
    elif make_bad == "empty":
        bad.write_bytes(b"")
    elif make_bad == "corrupt":
        _corrupt_copy(good, bad)
    elif make_bad == "foreign_schema":
        with sqlite3.connect(bad) as conn:
            conn.execute("CREATE TABLE t (x)")
    elif make_bad == "newer_schema":
        bad.write_bytes(good.read_bytes())
        with sqlite3.connect(bad) as conn:
            conn.execute("UPDATE alembic_version SET version_num='9999_future'")
    elif make_bad == "folder":
        bad.mkdir()
    before = _digest(db_path)
    with pytest.raises(KnownError) as err:
        backups.restore_from_backup(db_path, bad)
    assert str(err.value)
    assert _digest(db_path) == before
    assert _titles(db_path) == ["Nguyễn Đức Chung in Boston"]


def test_restore_refused_while_another_program_writes(filled, db_path):
    backup = backups.make_backup(filled)
    other = sqlite3.connect(db_path, timeout=0.1)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO organization (name, local_name, kind, city, country, address, phone, website,"
                      " profile, uuid) VALUES ('x','','other','','','','','','',"
                      " '0b6f3f4e-2c1a-4f0e-8b7d-3a9e5c1d2f40')")
        with pytest.raises(KnownError, match="in use"):
            backups.restore_from_backup(db_path, backup)
    finally:
        other.rollback()
        other.close()
    assert _titles(db_path) == ["Nguyễn Đức Chung in Boston"]


def test_restore_an_older_schema_backup_is_migrated_on_open(filled, db_path, tmp_path):
    backup = backups.make_backup(filled)
    downgrade_to(backup, "0002")  # later revisions first (0003: identities), with their own downgrade
    with sqlite3.connect(backup) as conn:  # make it look like a 0001 database
        for fts in ("fts_note", "fts_commitment", "fts_person"):
            for suffix in ("ai", "ad", "au"):
                conn.execute(f"DROP TRIGGER {fts}_{suffix}")
            conn.execute(f"DROP TABLE {fts}")
        conn.execute("UPDATE alembic_version SET version_num='0001'")
    filled.dispose()
    backups.restore_from_backup(db_path, backup)
    from delegation_planner.services import search

    db = open_database(db_path)
    try:
        assert search.has_fts(db)
        assert search.search(db, "nguyen") == [] or True  # trips are not indexed; the call must work
    finally:
        db.dispose()


def test_backup_while_another_handle_keeps_writing_is_consistent(filled, db_path):
    import threading

    from delegation_planner.services import directory

    other = open_database(db_path)
    stop = threading.Event()
    written: list[int] = []

    def writer():
        i = 0
        while not stop.is_set():
            directory.create_organization(other, name=f"written during backup {i}")
            written.append(i)
            i += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        paths = [backups.make_backup(filled, now=datetime(2026, 1, 1, 9, 0, n)) for n in range(5)]
    finally:
        stop.set()
        thread.join(30)
        other.dispose()
    assert written, "the writer never ran"
    for path in paths:
        assert backups.verify_backup(path)
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            names = [r[0] for r in conn.execute("SELECT name FROM organization ORDER BY id")]
        conn.close()
        # a snapshot: a prefix of what was written, never a hole
        assert names == [f"written during backup {i}" for i in range(len(names))]


def test_restore_to_a_path_with_no_database_yet(filled, tmp_path):
    backup = backups.make_backup(filled)
    target = tmp_path / "elsewhere" / "restored.sqlite3"
    target.parent.mkdir()
    assert backups.restore_from_backup(target, backup) is None  # nothing was replaced
    assert _titles(target) == ["Nguyễn Đức Chung in Boston"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_restore_replaces_a_damaged_database_and_keeps_its_bytes(filled, db_path, tmp_path):
    backup = backups.make_backup(filled)
    filled.dispose()
    damaged = bytearray(db_path.read_bytes())
    damaged[4096:4096 * 2] = b"\xa5" * 4096
    db_path.write_bytes(bytes(damaged))
    kept = backups.restore_from_backup(db_path, backup)
    assert kept is not None and kept.read_bytes() == bytes(damaged)  # the evidence is kept as it was
    assert _titles(db_path) == ["Nguyễn Đức Chung in Boston"]
