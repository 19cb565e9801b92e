"""Automatic rotating backups next to the database, and a checked restore.

Backups live in a folder beside the database file::

    planner.sqlite3
    planner.sqlite3-backups/planner-20260124-093000.sqlite3   (the last 10, one a day)

Each one is a consistent copy made with the SQLite backup API
(``storage.database.backup_to``: includes what is still in the WAL, written to a
``.partial`` file and renamed, mode 0600).

``restore_from_backup`` checks the backup *before* touching anything (SQLite
header, ``PRAGMA integrity_check``, the tables of this application, a schema
revision this version knows, ``schema_check``: the exact schema and sane rows), keeps a copy of the file it replaces, and swaps
the files with an atomic rename. Close the database (every ``Database`` over it)
before restoring; a file still in use elsewhere is refused.
"""
from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from delegation_planner.storage.database import SQLITE_HEADER, Database, backup_to, check_sqlite_file
from delegation_planner.domain.errors import coded
from delegation_planner.storage.errors import KnownError

log = logging.getLogger(__name__)

KEEP = 10
INTERVAL = timedelta(days=1)
REQUIRED_TABLES = frozenset({"alembic_version", "trip", "organization", "person", "delegation_member",
                             "engagement", "attendance", "meeting_note", "commitment"})
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?P<n>-\d+)?\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # local time, from the file name
    size: int


def backup_dir(db_path: str | os.PathLike, folder: str | os.PathLike | None = None) -> Path:
    """Where the automatic backups of ``db_path`` go: ``folder`` when given (the Settings
    dialog's backups folder, which several databases may share: see ``backup_stem``), else
    ``NAME-backups`` beside the database."""
    if folder:
        return Path(folder).expanduser()
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + "-backups")


def backup_stem(db_path: str | os.PathLike, folder: str | os.PathLike | None = None) -> str:
    """How this database's backups are named: ``planner`` beside the database; in a shared
    folder ``planner-1a2b3c4d`` (a digest of the database's full path), so that two
    ``planner.sqlite3`` in different folders never list, rotate or delete each other's backups."""
    stem = Path(db_path).stem
    if not folder:
        return stem
    import hashlib

    where = os.path.normcase(os.path.abspath(os.fspath(db_path)))
    return f"{stem}-{hashlib.sha256(where.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"


def list_backups(db_path: str | os.PathLike, folder: str | os.PathLike | None = None) -> list[BackupInfo]:
    """Backups of this database, newest first (ignores other files in the folder)."""
    stem = backup_stem(db_path, folder)
    folder = backup_dir(db_path, folder)
    out = []
    if not folder.is_dir():
        return out
    for entry in folder.iterdir():
        m = _NAME.match(entry.name)
        if not m or m.group("stem") != stem or not entry.is_file():
            continue
        try:
            created = datetime.strptime(m.group("stamp"), _STAMP)
            size = entry.stat().st_size
        except (ValueError, OSError):
            continue
        out.append(BackupInfo(entry, created, size))
    out.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return out


def make_backup(db: Database, *, now: datetime | None = None, folder: str | os.PathLike | None = None) -> Path:
    """A backup now, in the backups folder (KnownError if it cannot be written)."""
    if db.path is None:
        raise KnownError("backups are only available for database files")
    now = now or datetime.now()
    stem = backup_stem(db.path, folder)
    folder = backup_dir(db.path, folder)
    target = folder / f"{stem}-{now.strftime(_STAMP)}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{stem}-{now.strftime(_STAMP)}-{n}.sqlite3"
    try:
        if not folder.is_dir():
            folder.mkdir(parents=True, mode=0o700)  # private like the database; an existing one is left as it is
    except OSError as exc:
        raise KnownError(f"cannot create the backup folder {folder}: {exc.strerror or exc}") from exc
    return backup_to(db, target, protect_backups=False)  # the app's own backup folder


def rotate(db_path: str | os.PathLike, keep: int = KEEP, folder: str | os.PathLike | None = None) -> list[Path]:
    """Delete all but the ``keep`` newest backups; returns the deleted paths."""
    removed = []
    for info in list_backups(db_path, folder)[max(keep, 1):]:
        try:
            info.path.unlink()
            removed.append(info.path)
        except OSError as exc:
            log.warning("could not delete old backup %s: %s", info.path, exc)
    return removed


def auto_backup(db: Database, *, keep: int = KEEP, interval: timedelta = INTERVAL,
                now: datetime | None = None, folder: str | os.PathLike | None = None) -> Path | None:
    """Back up when the newest backup is older than ``interval`` (one a day), then rotate.

    Returns the new backup, or None when none was due. Meant for start-up and
    close; an empty database (no trip yet) is not backed up. Raises KnownError
    when the backup cannot be written (read-only folder, disk full); the database
    itself is not affected, so callers show or log it and carry on.
    """
    if db.path is None:
        return None
    now = now or datetime.now()
    existing = list_backups(db.path, folder)
    if existing and now - existing[0].created < interval:
        return None
    with db.engine.connect() as conn:
        has_data = conn.exec_driver_sql(
            "SELECT EXISTS(SELECT 1 FROM trip) OR EXISTS(SELECT 1 FROM person) "
            "OR EXISTS(SELECT 1 FROM organization)").scalar()
    if not has_data:
        return None
    path = make_backup(db, now=now, folder=folder)
    rotate(db.path, keep, folder)
    log.info("automatic backup written to %s", path)
    return path


# ------------------------------------------------------------------------------ restore

def verify_backup(path: str | os.PathLike) -> str:
    """Raise KnownError unless ``path`` is a healthy backup of a known schema; returns its revision."""
    from delegation_planner.storage.database import readonly_uri
    from delegation_planner.storage.schema_version import REVISIONS

    path = Path(path)
    if not path.is_file():
        raise coded(KnownError(f"{path} is not a file"), "backup_not_a_file", path=path)
    try:
        check_sqlite_file(path)  # header + quick_check, read-only
    except KnownError as exc:
        raise coded(exc, "backup_unusable", path=path)
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)  # no -wal/-shm left beside the backup
        try:
            result = conn.execute("PRAGMA integrity_check").fetchall()
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            versions = ([r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
                        if "alembic_version" in tables else [])
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise coded(KnownError(f"{path} is damaged or not a database ({exc}); nothing was restored"), "backup_damaged",
                    path=path, detail=exc) from exc
    if [r[0] for r in result] != ["ok"]:
        raise coded(KnownError(f"{path} is damaged ({result[0][0]}); nothing was restored"), "backup_damaged_check",
                    path=path, detail=result[0][0])
    missing = sorted(REQUIRED_TABLES - tables)
    if missing:
        raise coded(KnownError(f"{path} is not a Delegation Planner backup (no {', '.join(missing)} table); "
                               "nothing was restored"), "backup_not_ours", path=path, tables=", ".join(missing))
    known = set(REVISIONS)
    if len(versions) > 1:
        raise coded(KnownError(f"{path} records {len(versions)} schema versions ({', '.join(versions)}) instead of one; "
                               "nothing was restored"), "backup_many_versions", path=path, count=len(versions),
                    versions=", ".join(versions))
    if len(versions) != 1:
        raise coded(KnownError(f"{path} has no schema version; nothing was restored"), "backup_no_version", path=path)
    if versions[0] not in known:
        raise coded(KnownError(f"{path} was written by a newer version of Delegation Planner (schema {versions[0]}); "
                               "nothing was restored"), "backup_newer", path=path, version=versions[0])
    # Tables, columns, indexes, triggers (a planted trigger would come back with it), rows.
    # A missing FTS trigger is accepted here: it is recreated when the restored file is opened.
    from delegation_planner.storage import schema_check

    try:
        schema_check.check_file(path, revision=versions[0], verb="nothing was restored")
    except KnownError as exc:
        raise coded(exc, "backup_unusable", path=path)
    return versions[0]


def _copy_sqlite(source: Path, target: Path) -> None:
    """Consistent copy with the backup API into a new 0600 file."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            # A plain rollback-journal file: no -wal to lose when it is moved.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError, AttributeError):  # not possible on Windows; harmless to skip
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _copy_bytes(source: Path, target: Path) -> None:
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out, source.open("rb") as src:
        while chunk := src.read(1 << 20):
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())


def restore_from_backup(current_db_path: str | os.PathLike, backup_path: str | os.PathLike) -> Path | None:
    """Replace the database with a checked backup. Returns the copy kept of the replaced file.

    Nothing is changed unless the backup passes ``verify_backup``. The file is
    swapped with ``os.replace`` (atomic on one file system). Raises KnownError
    with the reason when it cannot be done; the current file is then intact.
    """
    current = Path(current_db_path).expanduser()
    backup = Path(backup_path).expanduser()
    if current.exists() and backup.resolve() == current.resolve():
        raise coded(KnownError("the backup is the database itself"), "backup_is_database")
    verify_backup(backup)
    stamp = datetime.now().strftime(_STAMP)
    folder = backup_dir(current)
    incoming = current.with_name(f".{current.name}.restoring")
    kept: Path | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):
            incoming.unlink()
        _copy_sqlite(backup, incoming)
        check_sqlite_file(incoming)
        if current.exists():
            with current.open("rb") as fh:
                is_sqlite = fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
            kept = folder / f"{current.stem}-replaced-{stamp}.sqlite3"
            n = 1
            while kept.exists():
                n += 1
                kept = folder / f"{current.stem}-replaced-{stamp}-{n}.sqlite3"
            if is_sqlite:
                try:
                    _checkpoint_or_refuse(current)  # KnownError when another program uses it
                except sqlite3.DatabaseError:
                    pass  # damaged: kept as it is, with its -wal
            # Byte for byte (after the checkpoint the main file holds everything): a damaged
            # or foreign file is kept exactly as it was, as evidence.
            _copy_bytes(current, kept)
            wal = Path(str(current) + "-wal")
            if wal.exists() and wal.stat().st_size:
                _copy_bytes(wal, Path(str(kept) + "-wal"))
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(str(current) + suffix)
        os.replace(incoming, current)
        _fsync_folder(current.parent)  # the rename itself survives a power cut
    except sqlite3.DatabaseError as exc:
        with contextlib.suppress(FileNotFoundError):
            incoming.unlink()
        raise coded(KnownError(f"restore failed ({exc}); the database was left as it was"), "restore_failed",
                    detail=exc) from exc
    except OSError as exc:
        with contextlib.suppress(FileNotFoundError):
            incoming.unlink()
        raise coded(KnownError(f"restore failed: {exc.strerror or exc}; the database was left as it was"), "restore_failed",
                    detail=exc.strerror or exc) from exc
    log.info("restored %s from %s (previous file kept as %s)", current, backup, kept)
    return kept


def _checkpoint_or_refuse(path: Path) -> None:
    """Fold the WAL into the file; refuse when another program still has it open."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=rw", uri=True, timeout=2)
    try:
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise coded(KnownError(f"{path} is in use by another program: close it there before restoring"),
                        "file_in_use", path=path)
        try:
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("ROLLBACK")
        except sqlite3.OperationalError as exc:
            raise coded(KnownError(f"{path} is in use by another program: close it there before restoring"),
                        "file_in_use", path=path) from exc
    finally:
        conn.close()
