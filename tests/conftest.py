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


# -- the database engine of this run -----------------------------------------------------
# DELEGATION_PLANNER_TEST_DB=postgresql+psycopg://postgres@/postgres?host=DIR (tools/pg_test_server.sh)
# runs the suite against that PostgreSQL server: every test that takes ``db_path``/``db`` gets a fresh
# database of its own there (CREATE DATABASE ... TEMPLATE a migrated one, dropped afterwards).
# Tests about SQLite files by nature are marked ``sqlite_only`` and keep a SQLite file in that run.

TEST_DB_ENV = "DELEGATION_PLANNER_TEST_DB"


def _server_url():
    """The server URL of this run (a sqlalchemy URL), or None for SQLite files."""
    value = os.environ.get(TEST_DB_ENV, "").strip()
    if not value or value.lower() in ("sqlite", "file"):
        return None
    import sqlalchemy as sa

    url = sa.make_url(value)
    if not url.drivername.startswith("postgresql"):
        raise pytest.UsageError(f"{TEST_DB_ENV} must be a postgresql+psycopg:// URL, not {url.drivername!r}")
    return url


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: about SQLite files by nature (kill tests, WAL, file "
                            "permissions, backups of files); keeps a SQLite file in a PostgreSQL run")


def pytest_report_header(config):
    url = _server_url()
    if url is None:
        return "database engine: SQLite (a file per test)"
    return (f"database engine: PostgreSQL at {url.render_as_string(hide_password=True)} "
            "(a database per test; sqlite_only tests on SQLite files)")


class _PgServer:
    """Admin connection to the test server: a migrated template, one database per test."""

    def __init__(self, url) -> None:
        import sqlalchemy as sa

        self.url = url
        self.engine = sa.create_engine(url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
        self.prefix = f"dp_test_{os.getpid()}_"  # per process: two runs may share a server
        self.template = f"{self.prefix}template"
        self.done: list[str] = []
        self.count = 0
        self.version = ""

    def _exec(self, sql: str) -> None:
        with self.engine.connect() as conn:
            conn.exec_driver_sql(sql)

    def start(self) -> None:
        from delegation_planner.storage import open_database

        with self.engine.connect() as conn:
            self.version = conn.exec_driver_sql("SHOW server_version").scalar()
        self._exec(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
        self._exec(f'CREATE DATABASE "{self.template}"')
        database = open_database(self.url_for(self.template))  # migrations 0001.. on PostgreSQL
        database.dispose()

    def url_for(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    #: Databases of finished tests kept before being dropped: a window's timer that fires after its
    #: test (an automatic backup, a deferred load) still finds its database, as a SQLite file stays.
    KEEP_FINISHED = 8

    def new_database(self) -> str:
        self.count += 1
        name = f"{self.prefix}{self.count}"
        self._exec(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}" STRATEGY FILE_COPY')
        return name

    def finished(self, name: str) -> None:
        self.done.append(name)
        while len(self.done) > self.KEEP_FINISHED:
            self.drop(self.done.pop(0))

    def drop(self, name: str) -> None:
        self._exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        for name in [*self.done, self.template]:
            with __import__("contextlib").suppress(Exception):
                self.drop(name)
        self.engine.dispose()


@pytest.fixture(scope="session")
def pg_server():
    """The PostgreSQL test server of this run, or None in a SQLite run."""
    url = _server_url()
    if url is None:
        yield None
        return
    server = _PgServer(url)
    server.start()
    yield server
    server.close()


@pytest.fixture
def uses_server(request, pg_server) -> bool:
    """Whether this test's ``db_path`` is a database on the PostgreSQL server."""
    return pg_server is not None and request.node.get_closest_marker("sqlite_only") is None


@pytest.fixture
def db_path(tmp_path, request, pg_server, uses_server):
    """Where the test's database lives: a SQLite file path, or (PostgreSQL run) the URL of a fresh,
    migrated database of its own on the test server (a str: open_database, --db and the GUI take it)."""
    if not uses_server:
        yield tmp_path / "planner.sqlite3"
        return
    name = pg_server.new_database()
    try:
        yield pg_server.url_for(name)
    finally:
        pg_server.finished(name)


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
