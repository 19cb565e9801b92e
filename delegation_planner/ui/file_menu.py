"""The File menu's handlers: new/open/recent database, trip bundles, backup; Help → Load sample.

Built by the main window after its first paint (it imports the file operations,
hence SQLAlchemy). Each handler asks for a path, checks it, calls one operation
in ``ui.operations.files`` and says what happened in the status bar.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from delegation_planner.settings import LAST_DATABASE
from delegation_planner.ui.dialogs.errors import is_user_error, notice_text, show_error
from delegation_planner.ui.operations import files
from delegation_planner.ui.operations import trips as trip_ops
from delegation_planner.ui.undo import forget_ids
from delegation_planner.ui.window_text import tr

if TYPE_CHECKING:
    from delegation_planner.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def db_filter() -> str:
    return tr("Delegation Planner databases (*.sqlite3 *.sqlite *.db);;All files (*)")


class FileMenu(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.w = window

    def _status(self, message: str, ms: int) -> None:
        self.w.statusBar().showMessage(message, ms)

    def _attempt(self, title: str, operation, *args):
        """``operation(ctx, *args)``; an error is logged and shown under ``title`` (then None)."""
        try:
            return operation(self.w.ctx, *args)
        except Exception as exc:  # KnownError/ValidationError: a message; a bug: a crash report
            if is_user_error(exc):  # (a bug is logged with its traceback by the crash report)
                log.info("%s refused: %s", title, exc)
            show_error(self.w, title, exc)
            return None

    def ask_save_target(self, title: str, file_filter: str, suggested: str, what: str) -> str:
        """A save path that may be written (not the database, its backups folder…), or ""."""
        path = self.w.ask_save_path(title, file_filter, suggested)
        if not path:
            return ""
        problem = files.output_problem(self.w.ctx, path, what=what)
        if problem is not None:
            show_error(self.w, title, files.known_error(problem))
            return ""
        return path

    # ------------------------------------------------------------------ databases
    def new_database_dialog(self) -> None:
        title = tr("New database")
        path = self.w.ask_save_path(title, db_filter(), "delegation-planner.sqlite3")
        if path:
            if Path(path).exists():
                show_error(self.w, title, files.known_error(tr(
                    "%1 already exists. Choose a new file name, or use Open database.").replace("%1", path)))
                return
            self.switch_database(path, create=True)

    def open_database_dialog(self) -> None:
        path = self.w.ask_open_path(tr("Open database"), db_filter())
        if path:
            self.switch_database(path, create=False)

    def ask_server_url(self) -> str:
        """The server's SQLAlchemy URL, typed by the officer ("" when cancelled); tests replace it."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        text, ok = QInputDialog.getText(
            self.w, tr("Connect to a database server"),
            tr("Address of the office's PostgreSQL database, e.g. postgresql+psycopg://officer@server/delegations"),
            QLineEdit.EchoMode.Normal, "postgresql+psycopg://")
        return text.strip() if ok else ""

    def connect_server_dialog(self) -> bool:
        """File → Connect to a database server…: the same as ``--db URL``; a file path is refused
        here (Open database is for files), a server that cannot be reached is one message."""
        url = self.ask_server_url()
        if not url:
            return False
        if "://" not in url:
            show_error(self.w, tr("Connect to a database server"), files.known_error(tr(
                "“%1” is not a server address (postgresql+psycopg://user@host/database). "
                "To open a database file, use Open database.").replace("%1", url)))
            return False
        return self.switch_database(url, create=False)

    def switch_database(self, location: str, *, create: bool = False) -> bool:
        """Open another database in the window (the views reload from the hub)."""
        w = self.w
        try:
            db = files.open_database(location, create=create)
        except Exception as exc:  # KnownError: not a database, damaged, newer version…
            log.info("could not open %s: %s", location, exc)
            show_error(w, tr("Open database"), exc)
            return False
        old = w.ctx.db
        if old is None:  # still waiting for the first database
            w.attach_database(db)
            return True
        w.task_runner.wait()
        w.ctx.undo_stack.clear()
        forget_ids(w.ctx.undo_stack)
        w.forget_selection()
        w.ctx.db = db
        w.ctx.hub.attach(db)  # emits reloaded: every view reloads
        old.dispose()
        w.settings.set(LAST_DATABASE, w.db_location())
        w.settings.add_recent_database(w.db_location())
        w.rebuild_recent_menu()
        w.update_title()
        w.trip_panel.refresh()
        ids = w.trip_panel.model.trip_ids
        if ids:
            w.select_trip(ids[0])
        self._status(tr("Opened %1").replace("%1", w.db_location()), 8000)
        return True

    # ------------------------------------------------------------------ bundles
    def import_bundle_dialog(self) -> None:
        path = self.w.ask_open_path(tr("Import trip bundle"), ";;".join((
            tr("Trip bundles and packages (*.json *.trip.json *.zip)"), tr("Trip bundles (*.json *.trip.json)"),
            tr("Trip package with files (*.zip)"), tr("All files (*)"))))
        if path:
            self.import_bundle(path)

    def import_bundle(self, path: str) -> int | None:
        """Import a bundle (.json) or a package (.zip, off the UI thread); the new trip's id when it is
        known on return (always with the tests' inline task runner)."""
        if files.is_package(path):
            return self.import_package(path)
        result = self._attempt(tr("Import trip bundle"), files.import_bundle, path)
        if result is None:
            return None
        if isinstance(result, files.UpdateOffer):  # the trip came back: show the difference, then ask
            return self.update_from_bundle(result)
        return self._imported(path, result)

    def _imported(self, path: str, result, *, refresh: bool = False) -> int:
        trip_id = getattr(result, "trip_id", result)
        warnings = list(getattr(result, "warnings", ()))
        if refresh:  # imported on a worker thread: the list may not have heard of the trip yet
            self.w.trip_panel.refresh()
        self.w.select_trip(trip_id)
        message = tr("Imported %1").replace("%1", os.path.basename(path))
        if warnings:
            message += " — " + "; ".join(notice_text(w) for w in warnings)
        self._status(message, 15000)
        return trip_id

    def import_package(self, path: str) -> int | None:
        """A trip package as a new trip with its gifts, cars and attached files, on the window's task
        runner (a package may be hundreds of megabytes). A hostile or damaged package is refused in a
        message with nothing imported; a trip already here is refused saying what to do instead."""
        title = tr("Import trip package")
        outcome: dict[str, int] = {}
        job = self._attempt(title, files.import_package_job, path)
        if job is None:
            return None

        def done(result) -> None:
            if isinstance(result, files.PackageTripExists):
                show_error(self.w, title, files.known_error(tr(
                    "The trip of %1 is already in this database (“%2”), so nothing was imported. A trip package "
                    "is imported as a new trip only: to update the trip, import its bundle (.json) instead, or "
                    "delete the trip here first and import the package again.").replace(
                    "%1", os.path.basename(path)).replace("%2", result.title)))
                self.w.select_trip(result.trip_id)
                return
            outcome["trip_id"] = self._imported(path, result, refresh=True)

        def failed(exc: BaseException) -> None:
            if is_user_error(exc):
                log.info("%s refused: %s", title, exc)
            show_error(self.w, title, exc)

        self.w.task_runner.run(title, job, on_done=done, on_error=failed, parent=self.w)
        return outcome.get("trip_id")

    def update_from_bundle(self, offer) -> int | None:
        from delegation_planner.ui.dialogs.bundle_update import ask_update

        if not ask_update(self.w, offer):
            self._status(tr("Nothing imported: the trip is already in this database"), 8000)
            return None
        self.w.task_runner.wait()
        trip_id = self._attempt(tr("Update trip from bundle"), files.update_trip_from_bundle, offer.path)
        if trip_id is None:
            return None
        forget_ids(self.w.ctx.undo_stack)
        self.w.trip_panel.refresh()
        self.w.select_trip(trip_id)
        self._status(tr("Updated trip from %1").replace("%1", os.path.basename(offer.path)), 15000)
        return trip_id

    def export_bundle_dialog(self) -> None:
        """File → Export trip: the bundle (.json) or, chosen by the file's extension (the filters offer
        both), the package with the trip's gifts, cars and attached files (.zip). A trip that holds any of
        those is offered the package first."""
        trip_id = self.w.current_trip_id
        if trip_id is None:
            return
        trip = trip_ops.get_trip(self.w.ctx, trip_id)
        held = self._attempt(tr("Export trip bundle"), files.trip_holdings, trip_id)
        package_first = held is not None and (held.gifts or held.cars or held.attachments)
        filters = [tr("Trip bundles (*.json)"), tr("Trip package with files (*.zip)")]
        suffix = ".zip" if package_first else ".json"
        path = self.ask_save_target(tr("Export trip bundle"), ";;".join(filters[::-1] if package_first else filters),
                                    files.suggested_name(trip.title, f"-{trip.start_date.year:04d}{suffix}"),
                                    "trip package" if package_first else "bundle file")
        if path:
            if files.is_package(path):
                self.export_package(trip_id, path)
            else:
                self.export_bundle(trip_id, path)

    def export_bundle(self, trip_id: int, path: str) -> Path | None:
        written = self._attempt(tr("Export trip bundle"), files.export_bundle, trip_id, path)
        if written is not None:
            self._status(tr("Trip saved to %1").replace("%1", str(written)), 10000)
        return written

    def export_package(self, trip_id: int, path: str) -> Path | None:
        """Write the trip package on the window's task runner; the file written when known on return."""
        title = tr("Export trip package")
        job = self._attempt(title, files.export_package_job, trip_id, path)
        if job is None:
            return None
        outcome: dict[str, Path] = {}

        def done(written) -> None:
            outcome["path"] = written
            self._status(tr("Trip saved with its gifts, cars and files to %1").replace("%1", str(written)), 10000)

        def failed(exc: BaseException) -> None:
            show_error(self.w, title, exc)

        self.w.task_runner.run(title, job, on_done=done, on_error=failed, parent=self.w)
        return outcome.get("path")

    # ------------------------------------------------------------------ backup
    def backup_dialog(self) -> None:
        name = files.suggested_backup_name()
        if self.w.db is not None and self.w.db.path is None:  # a server: pg_dump's custom format
            name = name.rsplit(".", 1)[0] + ".dump"
        path = self.ask_save_target(tr("Backup database"), db_filter(), name, "backup file")
        if path:
            self.backup(path)

    def backup(self, path: str) -> Path | None:
        written = self._attempt(tr("Backup database"), files.backup, path)
        if written is not None:
            self._status(tr("Backup written to %1").replace("%1", str(written)), 10000)
        return written

    # ------------------------------------------------------------------ sample
    def load_sample_trip(self) -> int | None:
        trip_id = self._attempt(tr("Load sample trip"), files.load_sample)
        if trip_id is None:
            return None
        self.w.trip_panel.refresh()
        self.w.select_trip(trip_id)
        self._status(tr("Sample trips loaded."), 8000)
        return trip_id

