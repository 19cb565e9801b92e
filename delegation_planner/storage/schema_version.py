"""Which schema a database file has, read with plain sqlite3 (no Alembic import).

Start-up only needs Alembic when a migration is pending; asking the file for its
``alembic_version`` and comparing with the revisions this version ships keeps
Alembic (≈0.2 s of imports) off the path to the first paint.
tests/unit/test_storage.py checks ``REVISIONS`` against the migration scripts.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from delegation_planner.storage.errors import KnownError

#: Every migration revision, oldest first. Add each new revision here.
REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010")
HEAD = REVISIONS[-1]


def stamped_revisions(path: Path) -> list[str]:
    """The revisions recorded in the file (empty for a new or unversioned file), read-only."""
    from delegation_planner.storage.database import readonly_uri

    conn = sqlite3.connect(readonly_uri(path), uri=True)
    try:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
        if not has_table:
            return []
        return [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
    finally:
        conn.close()


def refuse_newer(path: Path, versions: list[str] | None = None) -> None:
    """Raise KnownError if the file was written by a newer version, or records several (nothing is written)."""
    versions = stamped_revisions(path) if versions is None else versions
    if len(versions) > 1:
        raise KnownError(f"{path} records {len(versions)} schema versions ({', '.join(versions)}) instead of one: "
                         "it was changed by another program; restore a backup. The file was left untouched.")
    unknown = [v for v in versions if v not in REVISIONS]
    if unknown:
        raise KnownError(
            f"{path} was written by a newer version of Delegation Planner (schema {unknown[0]}); "
            "update the application to open it. The file was left untouched."
        )


def is_current(versions: list[str]) -> bool:
    return versions == [HEAD]
