"""Alembic migrations, run from code at start-up (stack pitfalls #16, #17).

A pending migration is preceded by a backup copy (SQLite backup API) next to the
database. A database stamped with a revision this version does not know was
written by a newer version: it is refused, untouched.
"""
from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from delegation_planner.resources import migrations_dir
from delegation_planner.storage.errors import KnownError

log = logging.getLogger(__name__)


def alembic_config(connection=None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def _known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def current_revision(db) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_pending(db) -> bool:
    return current_revision(db) != head_revision()


def _pre_migration_backup(db, head: str) -> Path:
    """``NAME.before-HEAD-STAMP.bak``; at most one per target revision (older ones removed
    once the new one is written), so retries never pile up full-size copies."""
    from delegation_planner.storage.database import backup_to

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    prefix = f"{db.path.name}.before-{head}-"
    backup_path = db.path.with_name(f"{prefix}{stamp}.bak")
    n = 1
    while backup_path.exists():
        n += 1
        backup_path = db.path.with_name(f"{prefix}{stamp}-{n}.bak")
    backup_to(db, backup_path, protect_backups=False)
    for old in db.path.parent.glob(f"{glob_escape(prefix)}*.bak"):
        if old != backup_path:
            try:
                old.unlink()
            except OSError as exc:
                log.warning("could not delete old pre-migration copy %s: %s", old, exc)
    log.info("backed up %s to %s before migrating", db.path, backup_path)
    return backup_path


def glob_escape(text: str) -> str:
    import glob

    return glob.escape(text)


def half_migrated_message(db, current: str | None, head: str, detail: str) -> str:
    where = db.path if db.path is not None else "the database"
    copies = ""
    if db.path is not None:
        copies = (f" restore {db.path.name}.before-{head}-*.bak (beside it) or a copy from "
                  f"{db.path.name}-backups with 'Restore from backup',")
    return (f"{where} is half-migrated (schema {current or 'none'} but {detail}); it was left as it is:"
            f"{copies} or ask for help")


def upgrade(db, *, backup: bool = True) -> Path | None:
    """Bring the schema to head in ONE transaction (a kill leaves the old revision intact).

    Returns the backup made first, if any."""
    from sqlalchemy import exc as sa_exc

    current = current_revision(db)
    head = head_revision()
    if current == head:
        return None
    if current is not None and current not in _known_revisions():
        raise KnownError(f"the database was written by a newer version (schema {current}); update the application")
    backup_path = None
    if backup and current is not None and db.path is not None:
        backup_path = _pre_migration_backup(db, head)
    with db.engine.connect() as conn:
        is_sqlite = conn.dialect.name == "sqlite"
        driver = conn.connection.driver_connection if is_sqlite else None
        if is_sqlite:
            # Before BEGIN (a no-op inside a transaction): a batch rebuild of a parent table
            # with keys on would cascade-delete children.
            driver.execute("PRAGMA foreign_keys=OFF")
        try:
            conn = conn.execution_options(sqlite_begin="IMMEDIATE")
            with conn.begin():  # BEGIN IMMEDIATE (database._emit_begin); Alembic joins this transaction
                command.upgrade(alembic_config(conn), "head")
                if is_sqlite:
                    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise KnownError(f"migration left dangling references: {problems[:3]}; "
                                         "nothing was changed")
        except sa_exc.OperationalError as exc:
            text = str(exc.orig)
            if "already exists" in text or "no such" in text or "duplicate column" in text:
                raise KnownError(half_migrated_message(db, current, head, text)) from None
            raise
        finally:
            if is_sqlite:
                driver.execute("PRAGMA foreign_keys=ON")
    log.info("database schema migrated from %s to %s", current, head)
    return backup_path
