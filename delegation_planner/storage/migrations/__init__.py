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


def upgrade(db, *, backup: bool = True) -> Path | None:
    """Bring the schema to head. Returns the backup made first, if any."""
    current = current_revision(db)
    head = head_revision()
    if current == head:
        return None
    if current is not None and current not in _known_revisions():
        raise KnownError(f"the database was written by a newer version (schema {current}); update the application")
    backup_path = None
    if backup and current is not None and db.path is not None:
        from delegation_planner.storage.database import backup_to

        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_path = db.path.with_name(f"{db.path.name}.before-{head}-{stamp}.bak")
        backup_to(db, backup_path, protect_backups=False)
        log.info("backed up %s to %s before migrating", db.path, backup_path)
    with db.engine.connect() as conn:
        is_sqlite = conn.dialect.name == "sqlite"
        if is_sqlite:
            # A batch rebuild of a parent table with keys on would cascade-delete children.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        try:
            command.upgrade(alembic_config(conn), "head")
            if is_sqlite:
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    conn.rollback()
                    raise KnownError(f"migration left dangling references: {problems[:3]}")
            conn.commit()
        finally:
            if is_sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
    log.info("database schema migrated from %s to %s", current, head)
    return backup_path
