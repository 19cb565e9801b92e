"""Opening a database: file checks, engine with pragmas, migrations, transactions.

Everything SQLite-specific lives in this package. Other code gets a ``Database``
and opens transactions with ``db.transaction()``.
"""
from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import sqlalchemy as sa
from sqlalchemy import event, exc as sa_exc
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from delegation_planner.changes import Change  # noqa: F401  (moved; re-exported for the services)
from delegation_planner.domain.text import fold
from delegation_planner.storage.errors import BugError, KnownError, translate_operational_error

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


@dataclass
class Database:
    """An open database: its engine plus the listeners told of every committed change."""

    engine: Engine
    path: Path | None = None  # None for non-file URLs
    read_only: bool = False  # opened mode=ro: the file or its folder is not writable
    #: One-line warnings for the user (CLI: stderr via logging; GUI: status bar), e.g. a file on a network share.
    warnings: list[str] = field(default_factory=list)
    _listeners: list[Callable[[Change], None]] = field(default_factory=list)
    _lock: threading.RLock = field(default_factory=threading.RLock)

    # -- transactions ---------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error."""
        session = Session(self.engine.execution_options(**WRITE), expire_on_commit=False)
        try:
            if self.engine.dialect.name == "postgresql":
                take_pg_writer_lock(session)
            yield session
            session.commit()
        except sa_exc.DatabaseError as exc:  # OperationalError, or "malformed" when damaged while open
            with contextlib.suppress(sa_exc.SQLAlchemyError):
                session.rollback()
            known = translate_operational_error(exc) or translate_server_error(exc)
            if known:
                raise known from exc
            if isinstance(exc, sa_exc.OperationalError):
                raise BugError(str(exc)) from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session (rolled back at the end)."""
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
        except sa_exc.DatabaseError as exc:
            known = translate_operational_error(exc)
            if known:
                raise known from exc
            raise
        finally:
            # close() releases the connection (rolling back) without expiring the
            # loaded objects, which callers keep as detached snapshots.
            session.close()

    # -- change notification --------------------------------------------------------
    def subscribe(self, listener: Callable[[Change], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Change], None]) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:  # a broken view must not undo a committed edit
                log.exception("change listener failed for %s", change)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()


# ------------------------------------------------------------------------------- engines

def _apply_sqlite_pragmas(dbapi_connection, _record) -> None:
    # Plain execute on the DB-API connection (stack pitfalls #10), outside any transaction
    # (PRAGMA foreign_keys is a no-op inside one).
    # SQLAlchemy's pysqlite recipe (stack pitfalls #11a): the driver never opens transactions
    # itself (it sends no BEGIN before DDL); _emit_begin sends BEGIN for every SQLAlchemy
    # transaction, so a migration's DDL is one atomic transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    # FULL: a commit is fsynced before it returns (NORMAL in WAL loses "saved" edits on power loss).
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()
    # dp_fold(text): domain.text.fold in SQL ("Cao Bằng" -> "cao bang"), the one matching rule.
    dbapi_connection.create_function("dp_fold", 1, _sql_fold, deterministic=True)


def _sql_fold(value):
    return fold(value) if isinstance(value, str) else value


def _emit_begin(conn) -> None:
    # Writers (Database.transaction, migrations) take the write lock at BEGIN, waiting up to the
    # busy timeout; a deferred BEGIN that reads first and then writes fails at once with
    # "database is locked" when another writer got in between (WAL cannot upgrade that snapshot).
    mode = conn.get_execution_options().get("sqlite_begin", "")
    conn.exec_driver_sql(f"BEGIN {mode}".strip())


WRITE = {"sqlite_begin": "IMMEDIATE"}


def install_sqlite_listeners(engine: Engine) -> Engine:
    """Pragmas on every connection and an explicit BEGIN for every transaction."""
    event.listen(engine, "connect", _apply_sqlite_pragmas)
    event.listen(engine, "begin", _emit_begin)
    return engine


def is_file_location(location: str) -> bool:
    return "://" not in location


# ---------------------------------------------------------------------- a database server

#: One writer at a time on a PostgreSQL database, as BEGIN IMMEDIATE gives on SQLite: every
#: Database.transaction takes this transaction-level advisory lock first, so a service's
#: read-check-write sees the last committed state (READ COMMITTED alone lets two writers read
#: the same version and the second one's save fail as stale). Waits up to the busy timeout.
PG_WRITER_LOCK = 0x44504C4E  # "DPLN"


def take_pg_writer_lock(session) -> None:
    session.execute(sa.text(f"SET LOCAL lock_timeout = '{BUSY_TIMEOUT_MS}ms'"))
    session.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_WRITER_LOCK})


def translate_server_error(exc: BaseException) -> KnownError | None:
    """A KnownError for a database server's errors the user can act on (busy, gone, full), else None."""
    text = str(getattr(exc, "orig", exc) or exc).lower()
    if "lock timeout" in text:
        return KnownError("the database is in use by another officer (it stayed locked); try again")
    if "could not extend file" in text or "no space left" in text:
        return KnownError("the database server's disk is full: nothing was saved")
    if isinstance(exc, sa_exc.OperationalError) and ("connection" in text or "server closed" in text
                                                     or "terminating" in text):
        return KnownError(f"the connection to the database server was lost ({_first_line(text)}): "
                          "nothing was saved; try again")
    return None


def _first_line(text: str) -> str:
    return (text.strip().splitlines() or [""])[0].strip()


PG_MIGRATION_LOCK = PG_WRITER_LOCK + 1
MIGRATION_WAIT_S = 300


@contextlib.contextmanager
def migration_lock(db: "Database") -> Iterator[None]:
    """On PostgreSQL, one process at a time migrates (a session advisory lock on a connection of
    its own; the others wait, then find the schema current); nothing to do for a SQLite file,
    where BEGIN IMMEDIATE already serialises the migration."""
    if db.engine.dialect.name != "postgresql":
        yield
        return
    with db.engine.connect() as conn:
        try:
            conn.exec_driver_sql(f"SET lock_timeout = '{MIGRATION_WAIT_S}s'")
            conn.execute(sa.text("SELECT pg_advisory_lock(:key)"), {"key": PG_MIGRATION_LOCK})
            conn.commit()
        except sa_exc.DBAPIError as exc:
            raise KnownError(f"another program has been migrating {db.url} for {MIGRATION_WAIT_S} s: "
                             f"try again later ({_first_line(str(getattr(exc, 'orig', exc)))})") from None
        try:
            yield
        finally:
            with contextlib.suppress(sa_exc.DBAPIError):
                conn.execute(sa.text("SELECT pg_advisory_unlock(:key)"), {"key": PG_MIGRATION_LOCK})
                conn.commit()


#: What to install for a server URL's driver (pyproject.toml extras).
DRIVER_HINTS = {"postgresql": 'pip install -e ".[postgres]"'}


def server_revisions(db: "Database") -> list[str]:
    """The schema revisions stamped in a server database (empty when new), read without Alembic;
    an unreachable server, a wrong password or a missing database is one KnownError line."""
    try:
        with db.engine.connect() as conn:
            if not sa.inspect(conn).has_table("alembic_version"):
                return []
            return [row[0] for row in conn.exec_driver_sql("SELECT version_num FROM alembic_version")]
    except sa_exc.DBAPIError as exc:
        detail = _first_line(str(getattr(exc, "orig", exc)))
        raise KnownError(f"cannot use the database {db.url}: {detail}") from None


def sqlite_engine(path: Path, *, create: bool = False, read_only: bool = False) -> Engine:
    """An engine over a SQLite file; never silently creates one unless asked."""
    if read_only:
        uri = readonly_uri(path)
    else:
        uri = path.resolve().as_uri() + ("?mode=rwc" if create else "?mode=rw")

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)

    url = sa.URL.create("sqlite", database=str(path))
    engine = sa.create_engine(url, creator=connect, poolclass=NullPool)
    return install_sqlite_listeners(engine)


def url_engine(url: str) -> Engine:
    """An engine for any SQLAlchemy URL (a shared PostgreSQL server later).

    A URL whose driver is not installed, or that SQLAlchemy does not know, is one line (naming
    ``pip install -e ".[postgres]"`` for PostgreSQL). A server that does not answer gives up after
    10 seconds (``connect_timeout``) instead of hanging."""
    options: dict = {}
    try:
        parsed = sa.make_url(url)
        if parsed.get_backend_name() == "postgresql":
            # No pool, as for SQLite files: a connection per session, closed at its end, so an idle
            # window holds no server connection (servers limit them) and nothing is left open
            # when a Database is dropped without dispose(). About 2 ms per connection on a socket.
            options["poolclass"] = NullPool
            if "connect_timeout" not in parsed.query:
                options["connect_args"] = {"connect_timeout": 10}
        engine = sa.create_engine(url, **options)
    except (ImportError, sa_exc.NoSuchModuleError) as exc:
        scheme = url.split("://", 1)[0]
        missing = getattr(exc, "name", None)
        hint = f" (the Python module {missing!r} is not installed)" if missing else ""
        install = DRIVER_HINTS.get(scheme.split("+", 1)[0].lower())
        todo = f"install it with: {install}" if install else "install the driver"
        raise KnownError(f"cannot open a {scheme!r} database: no driver for it is installed here{hint}; "
                         f"{todo} (or use a database file)") from None
    except sa_exc.ArgumentError as exc:
        raise KnownError(f"--db is neither a file nor a database URL SQLAlchemy understands: {exc}") from None
    if engine.dialect.name == "sqlite":
        install_sqlite_listeners(engine)
    return engine


# --------------------------------------------------------------------------- file checks

def readonly_uri(path: Path) -> str:
    """A URI that reads a database without creating -wal/-shm files beside it.

    ``immutable=1`` when no WAL is present (nothing else is writing); plain
    read-only otherwise, so that committed pages still in the WAL are seen."""
    uri = path.resolve().as_uri() + "?mode=ro"
    if not Path(str(path) + "-wal").exists():
        uri += "&immutable=1"
    return uri


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a healthy SQLite database, without writing to it."""
    if path.is_dir():
        raise KnownError(f"{path} is a folder, not a database file")
    check_regular_file(path)
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise KnownError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if header != SQLITE_HEADER:
        raise KnownError(f"{path} is not a Delegation Planner database (not a SQLite file); it was left untouched")
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise KnownError(f"{path} is damaged or not a database ({exc}); it was left untouched") from exc
    if not rows or rows[0][0] != "ok":
        detail = rows[0][0] if rows else "no answer"
        raise KnownError(f"{path} is damaged ({detail}); it was left untouched")


def check_regular_file(path: Path) -> None:
    """Refuse a FIFO, a device or a socket as the database (SQLite would hang on a FIFO and
    leave a -journal beside a device), before anything is opened or created."""
    import stat as stat_mod

    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise KnownError(f"cannot open {path}: {exc.strerror or exc}") from exc
    if stat_mod.S_ISDIR(mode):
        raise KnownError(f"{path} is a folder, not a database file")
    if not stat_mod.S_ISREG(mode):
        raise KnownError(f"{path} is not a regular file (a device, pipe or socket); "
                         "choose a database file with --db")


def is_writable(path: Path) -> bool:
    """Whether SQLite can write the file and create its -wal/-shm/-journal beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def create_private_file(path: Path) -> None:
    """Create an empty database file readable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


# --------------------------------------------------------------------------------- open

def open_database(location: str | os.PathLike, *, migrate: bool = True, backup_before_migrate: bool = True,
                  create: bool = True) -> Database:
    """Open (and create, migrate) the database at a file path or SQLAlchemy URL.

    Raises ``KnownError`` for a file that is not SQLite, is corrupt or was written
    by a newer version; such a file is not modified.
    """
    from delegation_planner.storage import schema_version

    from delegation_planner.storage import schema_check

    location = os.fspath(location)
    up_to_date = False
    read_only = False
    repairs: list[str] = []
    if is_file_location(location):
        path = Path(location).expanduser()
        fresh = not path.exists()
        if fresh:
            if not create:
                raise KnownError(f"{path} does not exist")
            try:
                create_private_file(path)
            except OSError as exc:
                raise KnownError(f"cannot create {path}: {exc.strerror or exc}") from exc
        else:
            check_regular_file(path)
        if not fresh and path.stat().st_size > 0:
            check_sqlite_file(path)
            versions = schema_version.stamped_revisions(path)
            schema_version.refuse_newer(path, versions)
            up_to_date = schema_version.is_current(versions)
            read_only = not is_writable(path)
            if read_only and not up_to_date:
                raise KnownError(f"{path} is read-only and needs an update of its schema "
                                 f"({', '.join(versions) or 'none'} -> {schema_version.HEAD}): "
                                 "make it writable once, or open it with a newer copy; it was left untouched")
            if up_to_date:
                # Read-only, before anything writes: a tampered file is refused unchanged.
                repairs = schema_check.check_file(path)
                if repairs and read_only:
                    raise KnownError(schema_check.repair_refused_message(path, repairs))
        engine = sqlite_engine(path, read_only=read_only)
        db = Database(engine=engine, path=path, read_only=read_only)
        share = network_filesystem_warning(path)
        if share:
            log.warning("%s", share)
            db.warnings.append(share)
        if not read_only:
            try:
                raw = engine.raw_connection()
                try:
                    raw.driver_connection.execute("PRAGMA journal_mode=WAL")  # outside a transaction
                finally:
                    raw.close()
            except (sa_exc.OperationalError, sqlite3.OperationalError) as exc:
                engine.dispose()
                raise translate_operational_error(exc) or KnownError(str(getattr(exc, "orig", exc))) from exc
    else:
        engine = url_engine(location)
        db = Database(engine=engine, path=None)
        try:
            versions = server_revisions(db)  # connects: an unreachable server is one line here
            unknown = [v for v in versions if v not in schema_version.REVISIONS]
            if len(versions) > 1 or unknown:
                raise KnownError(f"the database {db.url} was written by a newer version of Delegation Planner "
                                 f"(schema {', '.join(versions)}); update the application to open it. "
                                 "It was left untouched.")
        except BaseException:
            db.dispose()
            raise
        up_to_date = schema_version.is_current(versions)
    try:
        if migrate and not up_to_date:
            from delegation_planner.storage import migrations  # Alembic only when it may have work

            with migration_lock(db):  # two officers starting a new version at once: one migrates
                migrations.upgrade(db, backup=backup_before_migrate)
            if db.path is not None:
                repairs = schema_check.check_file(db.path)
        if repairs:
            schema_check.repair(db, repairs)
    except BaseException:
        db.dispose()
        raise
    return db


def backup_to(db: Database, target: str | os.PathLike, *, protect_backups: bool = True) -> Path:
    """A consistent copy of the whole database (including what is still in the WAL).

    Written through :func:`storage.outputs.atomic_output_path`: never onto the database,
    its companions or (unless ``protect_backups`` is False, for the app's own backups)
    its backups folder; owner-only temp file, fsync, rename."""
    from delegation_planner.storage.outputs import atomic_output_path

    if db.path is None:
        if db.engine.dialect.name == "postgresql":
            return pg_dump_to(db, target)
        raise KnownError("backups are only available for database files and PostgreSQL servers")
    target_path = Path(target).expanduser()
    try:
        with atomic_output_path(target_path, database=db.path, protect_backups=protect_backups,
                                what="backup") as tmp:
            dst = sqlite3.connect(tmp)
            try:
                raw = db.engine.raw_connection()
                try:
                    raw.driver_connection.backup(dst)
                finally:
                    raw.close()
            finally:
                dst.close()
    except sqlite3.OperationalError as exc:
        raise translate_operational_error(exc) or KnownError(f"backup failed: {exc}") from exc
    return target_path


# ----------------------------------------------------------------------- server backups

class NoDumpTool(KnownError):
    """pg_dump is not installed here (callers may write a bundle of every trip instead)."""


def find_pg_dump() -> str | None:
    """``pg_dump`` on PATH, else the newest of Debian's /usr/lib/postgresql/*/bin/pg_dump."""
    import glob
    import shutil

    found = shutil.which("pg_dump")
    if found:
        return found

    def version(path: str) -> tuple[int, ...]:
        part = Path(path).parent.parent.name
        return tuple(int(x) for x in part.split(".") if x.isdigit()) or (0,)

    candidates = [p for p in glob.glob("/usr/lib/postgresql/*/bin/pg_dump") if os.access(p, os.X_OK)]
    return max(candidates, key=version) if candidates else None


def pg_dump_to(db: Database, target: str | os.PathLike, *, timeout: float = 3600) -> Path:
    """The whole server database with ``pg_dump --format=custom`` (restore with ``pg_restore``),
    written through storage.outputs (owner-only temp file, fsync, rename). The password goes to
    pg_dump in its environment, never on its command line. Raises NoDumpTool without pg_dump."""
    import subprocess

    from delegation_planner.storage.outputs import atomic_output

    tool = find_pg_dump()
    if tool is None:
        raise NoDumpTool("pg_dump is not installed here (Debian: apt-get install postgresql-client)")
    url = db.engine.url
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    conninfo = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    target_path = Path(target).expanduser()
    with atomic_output(target_path, what="backup") as fh:
        try:
            done = subprocess.run([tool, "--format=custom", "--no-password", f"--dbname={conninfo}"],
                                  stdout=fh, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env,
                                  timeout=timeout, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise KnownError(f"pg_dump failed: {exc}") from None
        if done.returncode != 0:
            detail = _first_line(done.stderr.decode("utf-8", "replace")) or f"exit status {done.returncode}"
            raise KnownError(f"pg_dump failed: {detail}")
    return target_path


# ------------------------------------------------------------------- network file systems

#: File systems on which SQLite's locking (and WAL) is unsafe: another machine's writes corrupt the file.
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb3", "smbfs", "9p", "sshfs", "fuse.sshfs", "afs", "ncpfs", "coda",
    "ceph", "fuse.ceph", "glusterfs", "fuse.glusterfs", "lustre", "gfs2", "ocfs2", "davfs", "fuse.davfs2",
    "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse", "virtiofs", "vboxsf", "prl_fs", "fuse.vmhgfs-fuse",
})


def _unescape_mount(text: str) -> str:
    """mountinfo writes space, tab, newline and backslash as octal escapes (\\040)."""
    import re

    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), text)


def mount_of(folder: str, mountinfo: str) -> tuple[str, str] | None:
    """(mount point, file system type) of the mount holding ``folder`` (an absolute, resolved
    path), from the text of /proc/self/mountinfo; None when nothing matches."""
    best: tuple[str, str] | None = None
    for line in mountinfo.splitlines():
        left, sep, right = line.partition(" - ")
        fields, after = left.split(), right.split()
        if not sep or len(fields) < 5 or not after:
            continue
        point = _unescape_mount(fields[4])
        inside = folder == point or folder.startswith(point.rstrip("/") + "/") or point == "/"
        if inside and (best is None or len(point) >= len(best[0])):  # later mounts hide earlier ones
            best = (point, after[0])
    return best


def network_filesystem(path: str | os.PathLike, mountinfo: str | None = None) -> str | None:
    """The network file system type (nfs, cifs, fuse.sshfs…) the database file at ``path`` is
    on, or None for a local disk (or when /proc/self/mountinfo cannot be read: not Linux)."""
    if mountinfo is None:
        try:
            with open("/proc/self/mountinfo", encoding="utf-8", errors="surrogateescape") as fh:
                mountinfo = fh.read()
        except OSError:
            return None
    folder = Path(os.path.realpath(os.path.dirname(os.path.abspath(os.fspath(path))) or "."))
    found = mount_of(str(folder), mountinfo)
    if found is None:
        return None
    fstype = found[1].lower()
    return fstype if fstype in NETWORK_FILESYSTEMS or fstype.split(".")[0] in NETWORK_FILESYSTEMS else None


def network_filesystem_warning(path: str | os.PathLike, mountinfo: str | None = None) -> str | None:
    """A one-line warning when the database file is on a network share, naming the server option."""
    fstype = network_filesystem(path, mountinfo)
    if fstype is None:
        return None
    return (f"{Path(path).name} is on a network share ({fstype}), where SQLite files get corrupted: "
            "share a PostgreSQL server instead (--db postgresql+psycopg://… or DELEGATION_PLANNER_DB)")
