"""Storage: engine and pragmas, file checks, Alembic migrations, backups.

``Database`` and ``open_database`` are imported on first use (PEP 562), so that
``storage.errors`` and ``storage.schema_version`` import nothing of SQLAlchemy
(the light read path of the trip list and the CLI, services/reads.py).
"""
from delegation_planner.storage.errors import BugError, KnownError  # noqa: F401

__all__ = ["BugError", "Database", "KnownError", "open_database"]


def __getattr__(name: str):
    if name in ("Database", "open_database"):
        from delegation_planner.storage import database

        return getattr(database, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
