"""Issue 12, a shared office database: File → Connect to a database server… opens a server URL in
the window (as --db URL does). An unreachable server or a file path typed there is one message and
the window stays on the database it had; in the PostgreSQL run a real server database opens."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QAction

from delegation_planner.sample import load_sample


def _connect(window, monkeypatch, url: str) -> bool:
    monkeypatch.setattr(window.files, "ask_server_url", lambda: url)
    action = window.findChild(QAction, "connectServerAction")
    assert action is not None and action in window.menuBar().actions()[0].menu().actions()
    action.trigger()
    return True


@pytest.mark.parametrize("url", ["postgresql+psycopg://nobody@/nowhere?host=/nonexistent-socket-folder",
                                 "/tmp/just-a-file.sqlite3"])
def test_a_server_that_is_not_there_is_one_message_and_nothing_changes(main_window, monkeypatch, url):
    before = main_window.db_location()
    shown = len(main_window.messages)
    _connect(main_window, monkeypatch, url)
    assert len(main_window.messages) == shown + 1
    message = main_window.messages[-1]
    assert "Traceback" not in message
    if "://" not in url:
        assert "Open database" in message
    assert main_window.db_location() == before


def test_a_server_database_opens_in_the_window(main_window, pg_server, tmp_path, monkeypatch, qtbot):
    if pg_server is None:
        pytest.skip("needs a PostgreSQL server: DELEGATION_PLANNER_TEST_DB (the CI's second run has one)")
    name = pg_server.new_database()
    try:
        url = pg_server.url_for(name)
        from delegation_planner.storage import open_database

        db = open_database(url)
        load_sample(db)
        db.dispose()
        _connect(main_window, monkeypatch, url)
        assert main_window.db.path is None and main_window.db.engine.dialect.name == "postgresql"
        qtbot.waitUntil(lambda: main_window.trip_panel.model.rowCount() >= 1)
        main_window.db.dispose()
    finally:
        pg_server.finished(name)


def test_a_password_typed_in_the_url_is_never_written_to_the_settings(main_window, pg_server, monkeypatch, qtbot):
    """The URL's password serves that connection only: the recent list and the last database keep
    the URL without it (not "***" either, which a reopen would send as the password); reopening
    from the recent list goes to the same database (this test server trusts local users, as libpq
    would with ~/.pgpass)."""
    if pg_server is None:
        pytest.skip("needs a PostgreSQL server: DELEGATION_PLANNER_TEST_DB (the CI's second run has one)")
    from delegation_planner.settings import LAST_DATABASE, RECENT_DATABASES

    name = pg_server.new_database()
    try:
        url = pg_server.url_for(name)
        scheme, _, rest = url.partition("://")
        user, _, where = rest.partition("@")
        with_password = f"{scheme}://{user}:S3cr%C3%AAt-ph%E1%BB%A5@{where}"
        _connect(main_window, monkeypatch, with_password)
        assert main_window.db.path is None and main_window.db.engine.dialect.name == "postgresql"
        main_window.save_settings()
        main_window.settings.sync()
        stored = [main_window.settings.get(LAST_DATABASE), *main_window.settings.get(RECENT_DATABASES)]
        assert any(name in s for s in stored)
        for text in stored:
            assert "S3cr" not in text and "***" not in text and "%C3%AA" not in text, text
        settings_file = main_window.settings.file_name
        with open(settings_file, "rb") as fh:
            raw = fh.read()
        assert b"S3cr" not in raw and b"***" not in raw
        recent = main_window.settings.get(RECENT_DATABASES)[0]
        main_window.db.dispose()
        assert main_window.files.switch_database(recent)  # the password-less URL opens the same database
        assert name in main_window.db_location()
        main_window.db.dispose()
    finally:
        pg_server.finished(name)
