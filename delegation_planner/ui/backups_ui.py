"""Automatic backups, "Restore from backup…", and refresh when another instance wrote.

Installed on the main window by ``install_backup_support(window)``:

* a daily automatic backup next to the database, or in the Settings' backups folder
  (``operations.files.auto_backup``: the last 10 kept, or the Settings' count), a few
  seconds after start-up so that it never delays the
  first paint; a failure is a status-bar message, the database is not affected;
* File → Restore from backup…: the chosen file is verified *before* anything is
  replaced (``operations.files.verify_backup``), the officer confirms, the current
  file is kept in the backups folder, and the window reopens the database;
* when the application becomes active again and the database file changed
  behind its back (another instance saved), every view reloads (the same as F5).

The file operations (SQLAlchemy) are imported in the handlers, which run only once
the window has its database.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from delegation_planner.ui.dialogs.errors import describe, is_user_error, show_error

if TYPE_CHECKING:
    from delegation_planner.ui.main_window import MainWindow

log = logging.getLogger(__name__)

AUTO_BACKUP_DELAY_MS = 5000


def _file_stamp(path: Path | None) -> tuple:
    """What changes when any connection commits: size and mtime of the file and its WAL."""
    if path is None:
        return ()
    out = []
    for candidate in (path, Path(str(path) + "-wal")):
        try:
            st = candidate.stat()
            out.append((st.st_size, st.st_mtime_ns))
        except OSError:
            out.append(None)
    return tuple(out)


def _db_path(window: "MainWindow") -> Path | None:
    """The open database file; None for a URL or while the window waits for its database."""
    db = window.ctx.db
    return db.path if db is not None else None


class BackupSupport(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.restore_action = QAction(self.tr("&Restore from backup…"), window)
        self.restore_action.setObjectName("restoreBackupAction")
        self.restore_action.setStatusTip(self.tr("Replace the database with a checked backup copy"))
        self.restore_action.triggered.connect(self.restore_dialog)
        self._seen = _file_stamp(_db_path(window))
        window.ctx.hub.changed.connect(self._remember_own_write)
        window.ctx.hub.reloaded.connect(self._remember_own_write)
        QApplication.instance().applicationStateChanged.connect(self._on_application_state)

    def database_attached(self) -> None:
        """The window got its first database (opened after the first paint)."""
        self._seen = _file_stamp(_db_path(self.window))

    # ------------------------------------------------------------------ automatic backup
    def schedule_auto_backup(self, delay_ms: int = AUTO_BACKUP_DELAY_MS) -> None:
        QTimer.singleShot(delay_ms, self, self.auto_backup_now)

    def auto_backup_now(self) -> Path | None:
        from delegation_planner.ui.operations import files

        try:
            folder, keep = self.backup_settings()
            path = files.auto_backup(self.window.ctx, folder=folder, keep=keep)
        except Exception as exc:  # KnownError (read-only folder, disk full…); a bug is re-raised
            if not is_user_error(exc):
                raise
            log.warning("automatic backup failed: %s", exc)
            self.window.statusBar().showMessage(self.tr("Automatic backup failed: %1").replace("%1", describe(exc)),
                                                15000)
            return None
        if path is not None:
            self.window.statusBar().showMessage(self.tr("Automatic backup written to %1").replace("%1", str(path)),
                                                8000)
        return path

    def backup_settings(self) -> tuple[str, int]:
        """The Settings dialog's backups folder ("" = beside the database) and how many to keep."""
        from delegation_planner.settings import BACKUPS_FOLDER, BACKUPS_KEEP

        return self.window.settings.get(BACKUPS_FOLDER), self.window.settings.get(BACKUPS_KEEP)

    # ---------------------------------------------------------------------------- restore
    def restore_dialog(self) -> None:
        from delegation_planner.ui.operations import files

        folder = files.backups_folder(self.window.ctx, self.backup_settings()[0])
        start = str(folder) if folder is not None and folder.is_dir() else ""
        path = self.window.ask_open_path(self.tr("Restore from backup"),
                                         self.tr("Backups (*.sqlite3 *.sqlite *.db);;All files (*)"), start)
        if path:
            self.restore(path)

    def restore(self, backup_path: str) -> bool:
        """Verify, confirm, replace, reopen. Returns True when the database was replaced."""
        from delegation_planner.ui.operations import files

        title = self.tr("Restore from backup")
        current = self.window.db.path
        if current is None:
            show_error(self.window, title, files.known_error(self.tr("Only database files can be restored.")))
            return False
        try:
            files.verify_backup(backup_path)  # nothing is touched before this passes
        except Exception as exc:
            log.info("backup %s refused: %s", backup_path, exc)
            show_error(self.window, title, exc)
            return False
        question = self.tr("Replace the open database with the backup\n%1?\n\nThe current file is kept in "
                           "the backups folder.").replace("%1", str(backup_path))
        if not self.window.ctx.confirm(self.window, title, question):
            return False
        self.window.task_runner.wait()
        self.window.ctx.db.dispose()  # release our connections so the file can be swapped
        restored = True
        try:
            kept = files.restore(self.window.ctx, backup_path)
        except Exception as exc:
            log.warning("restoring %s failed: %s", backup_path, exc)
            restored = False
            show_error(self.window, title, exc)
            kept = None
        self.window.switch_database(str(current))
        if restored:
            message = self.tr("Restored from %1").replace("%1", str(backup_path))
            if kept is not None:
                message += " · " + self.tr("previous file kept as %1").replace("%1", str(kept))
            self.window.statusBar().showMessage(message, 15000)
        return restored

    # ----------------------------------------------------------- another instance wrote
    def _remember_own_write(self, *_args) -> None:
        # After our own commits the file changed too; remember it so it is not "news".
        QTimer.singleShot(0, self, self._snapshot)

    def _snapshot(self) -> None:
        self._seen = _file_stamp(_db_path(self.window))

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.refresh_if_changed_elsewhere()

    def refresh_if_changed_elsewhere(self) -> bool:
        if self.window.ctx.db is None:
            return False
        stamp = _file_stamp(_db_path(self.window))
        if stamp == self._seen:
            return False
        self._seen = stamp
        self.window.refresh_all()
        return True


def install_backup_support(window: "MainWindow") -> BackupSupport:
    """Add Restore from backup… after Backup database… and schedule the automatic backup."""
    support = BackupSupport(window)
    backup_action = getattr(getattr(window, "actions_", None), "backup", None)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is not None and backup_action is not None and backup_action in menu.actions():
            following = menu.actions()[menu.actions().index(backup_action) + 1:]
            menu.insertAction(following[0] if following else None, support.restore_action)
            break
    return support
