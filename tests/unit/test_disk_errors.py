"""Disk problems while saving: a clear KnownError and the previous state intact.

Read-only file or folder, and a full disk (a file-size limit at the OS level, and
SQLite's max_page_count). Running as root ignores file permissions, so then the
scenario runs in a forked child that drops to the ``nobody`` user first (the
modules are imported before the fork; the folder is handed to that user).
"""
from __future__ import annotations

import contextlib
import os
import pickle
import shutil
import signal
import sqlite3
import stat
import tempfile
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import event

if os.name != "posix" or not hasattr(os, "fork"):
    pytest.skip("POSIX permissions, fork and resource limits", allow_module_level=True)

import resource  # noqa: E402  (POSIX only)

from delegation_planner.services import engagements, notes, trips
from delegation_planner.storage import KnownError, open_database
from delegation_planner.storage.database import backup_to

NOBODY = 65534


def _run_isolated(fn, *, drop_privileges: bool):
    """Run ``fn()`` in a forked child (as nobody when asked and we are root); return its result or exception."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        code = 0
        try:
            os.close(read)
            if drop_privileges and os.geteuid() == 0:
                os.setgroups([])
                os.setgid(NOBODY)
                os.setuid(NOBODY)
            try:
                result = ("ok", fn())
            except BaseException as exc:  # noqa: BLE001 - sent to the parent
                result = ("raised", type(exc).__name__, str(exc), isinstance(exc, KnownError))
            with os.fdopen(write, "wb") as fh:
                pickle.dump(result, fh)
        except BaseException:  # noqa: BLE001
            code = 1
        finally:
            os._exit(code)
    os.close(write)
    with os.fdopen(read, "rb") as fh:
        data = fh.read()
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, f"child failed: {status}"
    return pickle.loads(data)


@pytest.fixture
def shared_dir():
    """A folder the unprivileged child can use (tmp_path sits in root's private folder)."""
    folder = Path(tempfile.mkdtemp(prefix="dp-disk-"))
    if os.geteuid() == 0:
        os.chown(folder, NOBODY, NOBODY)
    yield folder
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            with contextlib.suppress(OSError):
                os.chmod(os.path.join(root, name), 0o700)
    os.chmod(folder, 0o700)
    shutil.rmtree(folder, ignore_errors=True)


def _prepare(folder: Path) -> tuple[Path, int, int]:
    path = folder / "planner.sqlite3"
    db = open_database(path)
    t = trips.create_trip(db, title="Nguyễn Đức Chung in Boston", start_date=date(2017, 7, 12),
                          end_date=date(2017, 7, 14))
    e = engagements.create_engagement(db, t.id, title="MGH", timezone="America/New_York",
                                      start=datetime(2017, 7, 12, 9), end=datetime(2017, 7, 12, 10)).engagement
    notes.add_note(db, e.id, "first note")
    db.dispose()  # closes the last connection: WAL folded into the file, -wal/-shm removed
    if os.geteuid() == 0:
        for entry in [folder, *folder.iterdir()]:
            os.chown(entry, NOBODY, NOBODY)
    return path, t.id, e.id


def _state(path: Path) -> tuple:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return (conn.execute("SELECT title FROM trip").fetchall(),
                conn.execute("SELECT text FROM meeting_note ORDER BY id").fetchall())
    finally:
        conn.close()


def _saving(path: Path, trip_id: int, eng_id: int, chmod_targets: list[tuple[Path, int]]):
    def scenario():
        db = open_database(path, migrate=False)  # the app had it open before the disk went read-only
        for target, mode in chmod_targets:
            os.chmod(target, mode)
        try:
            trips.update_trip(db, trip_id, title="changed")
            notes.add_note(db, eng_id, "second note")
            return "saved"
        finally:
            db.dispose()
    return scenario


def test_read_only_database_file_while_saving(shared_dir):
    path, trip_id, eng_id = _prepare(shared_dir)
    before = _state(path)
    result = _run_isolated(_saving(path, trip_id, eng_id, [(path, 0o400)]), drop_privileges=True)
    assert result[0] == "raised" and result[3], result  # a KnownError
    assert "read-only" in result[2] or "cannot be opened" in result[2], result[2]
    os.chmod(path, 0o600)
    assert _state(path) == before


def test_read_only_folder_while_saving(shared_dir):
    path, trip_id, eng_id = _prepare(shared_dir)
    before = _state(path)
    result = _run_isolated(_saving(path, trip_id, eng_id, [(shared_dir, 0o500)]), drop_privileges=True)
    os.chmod(shared_dir, 0o700)
    # WAL mode needs to create planner.sqlite3-wal in the folder: a clear error, nothing changed.
    assert result[0] == "raised" and result[3], result
    assert "\n" not in result[2]
    assert _state(path) == before


def test_open_in_read_only_folder_is_a_known_error(shared_dir):
    def scenario():
        os.chmod(shared_dir, 0o500)
        open_database(shared_dir / "new.sqlite3")
    result = _run_isolated(scenario, drop_privileges=True)
    os.chmod(shared_dir, 0o700)
    assert result[0] == "raised" and result[3], result
    assert not (shared_dir / "new.sqlite3").exists()


def test_disk_full_file_size_limit_while_saving(shared_dir):
    """The OS refuses to grow files (RLIMIT_FSIZE, as on a full disk) during a 1 MB note."""
    path, trip_id, eng_id = _prepare(shared_dir)
    before = _state(path)

    def scenario():
        db = open_database(path, migrate=False)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
        limit = path.stat().st_size + 64 * 1024
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        try:
            notes.add_note(db, eng_id, "Nguyễn " * 120_000)  # 840,000 characters, ~1 MB of UTF-8
            return "saved"
        finally:
            db.dispose()

    result = _run_isolated(scenario, drop_privileges=False)
    assert result[0] == "raised" and result[3], result
    assert "disk" in result[2]
    assert _state(path) == before


@pytest.mark.sqlite_only
def test_database_full_max_page_count_while_saving(db):
    t = trips.create_trip(db, title="Boston", start_date=date(2017, 7, 12), end_date=date(2017, 7, 14))
    e = engagements.create_engagement(db, t.id, title="MGH", timezone="UTC", start=datetime(2017, 7, 12, 9),
                                      end=datetime(2017, 7, 12, 10)).engagement
    notes.add_note(db, e.id, "kept")

    def cap(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages + 5}")

    event.listen(db.engine, "connect", cap)
    with pytest.raises(KnownError, match="disk is full"):
        notes.add_note(db, e.id, "x" * 900_000)
    with pytest.raises(KnownError, match="disk is full"):
        trips.update_trip(db, t.id, notes="y" * 900_000)
    event.remove(db.engine, "connect", cap)
    assert [n.text for n in notes.list_notes(db, e.id)] == ["kept"]
    assert trips.get_trip(db, t.id).notes == ""
    notes.add_note(db, e.id, "x" * 900_000)  # with room again, the same save works
    assert len(notes.list_notes(db, e.id)) == 2


def test_new_database_is_private_even_with_a_permissive_umask(tmp_path):
    old = os.umask(0)
    try:
        path = tmp_path / "fresh" / "planner.sqlite3"
        db = open_database(path)
        try:
            trips.create_trip(db, title="x", start_date=date(2017, 1, 1), end_date=date(2017, 1, 2))
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
            for suffix in ("-wal", "-shm"):
                side = Path(str(path) + suffix)
                if side.exists():
                    assert stat.S_IMODE(side.stat().st_mode) & 0o077 == 0, suffix
            copy = backup_to(db, tmp_path / "copy.sqlite3")
            assert stat.S_IMODE(copy.stat().st_mode) == 0o600
        finally:
            db.dispose()
    finally:
        os.umask(old)


def test_backup_into_read_only_folder_is_a_known_error(shared_dir):
    from delegation_planner.storage import backups

    path, _trip, _eng = _prepare(shared_dir)
    folder = backups.backup_dir(path)
    folder.mkdir()
    if os.geteuid() == 0:
        os.chown(folder, NOBODY, NOBODY)

    def scenario():
        os.chmod(folder, 0o500)
        db = open_database(path, migrate=False)
        try:
            return str(backups.make_backup(db))
        finally:
            db.dispose()

    result = _run_isolated(scenario, drop_privileges=True)
    os.chmod(folder, 0o700)
    assert result[0] == "raised" and result[3], result
    assert "cannot write the backup" in result[2]
    assert list(folder.iterdir()) == []  # no half-written .partial left behind


@pytest.mark.sqlite_only
def test_file_damaged_while_open_is_a_known_error(db):
    """Another program (or a failing disk) damages the file while the app has it open."""
    from delegation_planner.services import directory

    for i in range(200):
        directory.create_organization(db, name=f"Organization {i} " + "x" * 200)
    db.dispose()
    data = bytearray(db.path.read_bytes())
    page = 4096
    data[2 * page:6 * page] = b"\xa5" * (4 * page)
    db.path.write_bytes(bytes(data))
    with pytest.raises(KnownError, match="damaged"):
        directory.list_organizations(db)
    with pytest.raises(KnownError, match="damaged"):
        directory.create_organization(db, name="after the damage")
