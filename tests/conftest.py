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


class _ErrorLog(__import__("logging").Handler):
    """Collects records at ERROR or above (qutebrowser's ``logfail``, in small)."""

    def __init__(self) -> None:
        import logging

        super().__init__(logging.ERROR)
        self.records: list = []

    def emit(self, record) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def logfail(request):
    """Fail a test when the app logs an error it did not expect: an error that is only
    logged (a view swallowing an exception, a listener failing) would otherwise pass.
    Tests that provoke one on purpose say so with ``@pytest.mark.allow_error_log``."""
    import logging

    handler = _ErrorLog()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
    if handler.records and request.node.get_closest_marker("allow_error_log") is None:
        lines = "\n".join(f"{r.name}: {r.getMessage()}" for r in handler.records[:5])
        pytest.fail(f"{len(handler.records)} error(s) logged during the test:\n{lines}", pytrace=False)
