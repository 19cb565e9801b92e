"""Small helpers shared by tests (import as `from tests.helpers import ...`)."""
from __future__ import annotations

import hashlib
from pathlib import Path


def file_state(path: Path) -> tuple[str, ...]:
    """Hash of the database file and its WAL/SHM companions: equal means byte-for-byte unchanged."""
    out = []
    for suffix in ("", "-wal"):
        p = Path(str(path) + suffix)
        out.append(hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else "-")
    return tuple(out)


def downgrade_to(path: Path, revision: str) -> None:
    """Run the migrations' own downgrades on the file at ``path`` down to ``revision``."""
    from alembic import command

    from delegation_planner.storage import migrations
    from delegation_planner.storage.database import sqlite_engine

    engine = sqlite_engine(path)
    try:
        with engine.connect() as conn:
            with conn.begin():
                command.downgrade(migrations.alembic_config(conn), revision)
    finally:
        engine.dispose()
