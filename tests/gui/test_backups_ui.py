"""Automatic backups, Restore from backup… and refresh after another instance wrote, in the real window."""
from __future__ import annotations

import sqlite3
from datetime import date

from delegation_planner.services import trips
from delegation_planner.storage import backups, open_database
from delegation_planner.storage.database import backup_to
import pytest

from tests.helpers import file_state

# Backups and restores of the database file, and a file written by another instance: SQLite files
# by nature (a PostgreSQL run keeps a file here).
pytestmark = pytest.mark.sqlite_only


def support_of(window):
    return window.backup_support


def test_restore_action_sits_in_the_file_menu(main_window):
    action = support_of(main_window).restore_action
    assert action.objectName() == "restoreBackupAction"
    file_menu = main_window.menuBar().actions()[0].menu()
    names = [a.objectName() for a in file_menu.actions()]
    assert "restoreBackupAction" in names


def test_automatic_backup_after_start(main_window, db_path):
    trips.create_trip(main_window.db, title="Cao Bằng – Quảng Tây", start_date=date(2024, 5, 2),
                      end_date=date(2024, 5, 3))
    path = support_of(main_window).auto_backup_now()
    assert path is not None and path.parent == backups.backup_dir(db_path)
    assert support_of(main_window).auto_backup_now() is None  # one a day
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT title FROM trip").fetchall() == [("Cao Bằng – Quảng Tây",)]
    conn.close()


def test_restore_replaces_after_checking_and_confirming(main_window, db_path, tmp_path, confirmations):
    db = main_window.db
    trips.create_trip(db, title="Before", start_date=date(2024, 1, 1), end_date=date(2024, 1, 2))
    copy = backup_to(db, tmp_path / "copy.sqlite3")
    trips.create_trip(main_window.db, title="After the backup", start_date=date(2024, 2, 1),
                      end_date=date(2024, 2, 2))

    confirmations.answer = False
    assert support_of(main_window).restore(str(copy)) is False
    assert sorted(t.title for t in trips.list_trips(main_window.db)) == ["After the backup", "Before"]

    confirmations.answer = True
    assert support_of(main_window).restore(str(copy)) is True
    assert [t.title for t in trips.list_trips(main_window.db)] == ["Before"]
    assert main_window.trip_panel.model.rowCount() == 1  # the window shows the restored data
    kept = [p for p in backups.backup_dir(db_path).iterdir() if "replaced" in p.name]
    assert len(kept) == 1


def test_a_bad_backup_is_refused_before_anything_changes(main_window, db_path, tmp_path, confirmations):
    trips.create_trip(main_window.db, title="Keep me", start_date=date(2024, 1, 1), end_date=date(2024, 1, 2))
    bad = tmp_path / "not-a-backup.sqlite3"
    bad.write_text("hello", encoding="utf-8")
    main_window.db.dispose()
    before = file_state(db_path)
    assert support_of(main_window).restore(str(bad)) is False
    assert confirmations.asked == []  # refused before asking
    assert file_state(db_path) == before
    assert main_window.messages  # the officer was told why


def test_views_reload_when_another_instance_wrote(main_window, db_path):
    support = support_of(main_window)
    assert support.refresh_if_changed_elsewhere() is False
    other = open_database(db_path)  # a second instance on the same file
    trips.create_trip(other, title="Written elsewhere", start_date=date(2025, 3, 1), end_date=date(2025, 3, 2))
    other.dispose()
    assert support.refresh_if_changed_elsewhere() is True
    assert "Written elsewhere" in [main_window.trip_panel.model.index(r, 0).data()
                                   for r in range(main_window.trip_panel.model.rowCount())][0]
