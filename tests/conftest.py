"""Test setup: offscreen Qt, a temporary data folder and database for every test."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    """Never touch the user's real data folder, settings or environment database."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("DELEGATION_PLANNER_DATA_DIR", str(base / "data"))
    monkeypatch.delenv("DELEGATION_PLANNER_DB", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))
    monkeypatch.setenv("HOME", str(base))
    yield


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "planner.sqlite3"


@pytest.fixture
def db(db_path):
    from delegation_planner.storage import open_database

    database = open_database(db_path)
    yield database
    database.dispose()
