"""Storage: engine and pragmas, file checks, Alembic migrations, backups."""
from delegation_planner.storage.database import Database, open_database  # noqa: F401
from delegation_planner.storage.errors import BugError, KnownError  # noqa: F401
