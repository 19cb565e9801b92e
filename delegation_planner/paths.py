"""The only module that decides where data lives.

Order of precedence for the database: ``--db PATH`` (passed in), then the
``DELEGATION_PLANNER_DB`` environment variable, then the per-user data folder.
"""
from __future__ import annotations

import os
from pathlib import Path

from delegation_planner import APP_ID, ORG_NAME

ENV_DB = "DELEGATION_PLANNER_DB"
ENV_DATA_DIR = "DELEGATION_PLANNER_DATA_DIR"


def data_dir() -> Path:
    """Per-user data folder (created on demand). Tests redirect it with the env variable."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_ID, ORG_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "delegation-planner.sqlite3"


def resolve_db(cli_value: str | os.PathLike | None = None) -> str:
    """Return the database location: a file path or a SQLAlchemy URL.

    An empty ``--db`` is an error, never the default database (the CLI refuses it first)."""
    if cli_value is not None:
        location = os.fspath(cli_value)
        if not str(location).strip():
            raise ValueError("--db needs a database file or URL, not an empty string")
        return location
    env = os.environ.get(ENV_DB)
    if env and env.strip():
        return env
    return str(default_db_path())
