"""File use cases: open or switch the database, backups (manual, automatic, restore),
trip bundles (import, export), the sample trips, and the check every save dialog makes.

The bundle code (and the sample, which is a bundle) is imported when first used:
start-up does not load it (tests/gui/test_main_window.py checks).
"""
from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from delegation_planner import storage
from delegation_planner.storage import backups, outputs
from delegation_planner.storage.database import Database, backup_to
from delegation_planner.domain.errors import coded
from delegation_planner.storage.errors import KnownError
from delegation_planner.ui.context import UiContext


def known_error(message: str) -> KnownError:
    """A user-facing error (shown as a message, not a crash report); a coded ``Notice`` (as
    ``output_problem`` returns) keeps its code, so that it is said in the interface language."""
    code = getattr(message, "code", "")
    if code:
        return coded(KnownError(str(message)), code, **message.params)  # type: ignore[attr-defined,return-value]
    return KnownError(message)


def open_database(location: str | os.PathLike, *, create: bool = True) -> Database:
    """Open (and migrate) a database file or URL; KnownError if it cannot be used."""
    return storage.open_database(location, create=create)


def output_problem(ctx: UiContext, path: str | os.PathLike, *, what: str = "file") -> str | None:
    """Why ``path`` cannot be written (the open database, its companions or backups folder,
    a folder, a device…), or None. Save dialogs call it before any work starts."""
    database = ctx.db.path if ctx.db is not None else None
    return outputs.output_problem(path, database=database, what=what)


def check_output(ctx: UiContext, path: str | os.PathLike, *, what: str = "file") -> None:
    """Raise KnownError if ``path`` is refused by :func:`output_problem`."""
    problem = output_problem(ctx, path, what=what)
    if problem is not None:
        raise KnownError(problem)


# ------------------------------------------------------------------------------ backups
def backup(ctx: UiContext, path: str | os.PathLike) -> Path:
    """A consistent copy of the whole database at ``path``; returns the file written."""
    check_output(ctx, path, what="backup file")
    return backup_to(ctx.db, path)


def auto_backup(ctx: UiContext, *, folder: str | os.PathLike | None = None, keep: int = backups.KEEP) -> Path | None:
    """The daily automatic backup (None when none was due), into ``folder`` (None: beside the
    database), keeping the ``keep`` newest."""
    return backups.auto_backup(ctx.db, folder=folder or None, keep=keep)


def backups_folder(ctx: UiContext, folder: str | os.PathLike | None = None) -> Path | None:
    """The folder automatic backups go to: ``folder`` (the Settings' choice) or beside the
    database (None for a server database)."""
    path = ctx.db.path if ctx.db is not None else None
    return backups.backup_dir(path, folder or None) if path is not None else None


def verify_backup(path: str | os.PathLike) -> None:
    """KnownError unless ``path`` is a healthy backup; nothing is touched."""
    backups.verify_backup(path)


def restore(ctx: UiContext, backup_path: str | os.PathLike) -> Path | None:
    """Replace the open database file with a verified backup. The caller has released
    the database (``ctx.db.dispose()``) and reopens it afterwards. Returns where the
    previous file was kept."""
    if ctx.db is None or ctx.db.path is None:
        raise coded(KnownError("Only database files can be restored."), "restore_only_files")
    return backups.restore_from_backup(ctx.db.path, backup_path)


def suggested_backup_name(now: datetime | None = None) -> str:
    return f"backup-{(now or datetime.now()):%Y-%m-%d-%H%M}.sqlite3"


# ------------------------------------------------------------------------------ bundles
def import_bundle(ctx: UiContext, path: str | os.PathLike):
    """Import a trip bundle as a new trip (refused whole if anything is wrong); the result
    has ``trip_id`` and ``warnings``. A bundle of a trip already here is not imported twice:
    the result is then an :class:`UpdateOffer` (what updating the trip would change)."""
    from delegation_planner.bundles import import_bundle as bundle_import
    from delegation_planner.services.imports import TripExistsError

    try:
        return bundle_import(ctx.db, path)
    except TripExistsError as exc:
        from delegation_planner.bundles.update import update_preview

        return UpdateOffer(os.fspath(path), exc.trip_id, update_preview(ctx.db, path))


class UpdateOffer:
    """A trip that came back: its id here and the difference (bundles.update.TripDiff)."""

    def __init__(self, path: str, trip_id: int, diff) -> None:
        self.path, self.trip_id, self.diff = path, trip_id, diff

    def lines(self, lang: str) -> list[str]:
        return self.diff.lines(lang)


def update_trip_from_bundle(ctx: UiContext, path: str | os.PathLike) -> int:
    """Apply a bundle to the trip it came from, in one transaction; the trip's id. Its records are
    new rows (same uuids), so the undo history, which names rows by id, is cleared."""
    from delegation_planner.bundles.update import update_from_bundle

    _diff, result = update_from_bundle(ctx.db, path)
    ctx.undo_stack.clear()
    return result.trip_id


def export_bundle(ctx: UiContext, trip_id: int, path: str | os.PathLike) -> Path:
    """Write the trip's bundle (atomically, owner-only, never onto the database)."""
    from delegation_planner.bundles import export_trip

    return export_trip(ctx.db, trip_id, path)


# ------------------------------------------------------------------------------ trip packages
def is_package(path: str | os.PathLike) -> bool:
    """A trip package (.zip: the bundle with the trip's gifts, cars and attached files), not a bundle."""
    return os.fspath(path).lower().endswith(".zip")


class PackageTripExists:
    """A package whose trip is already in this database: packages are imported as new trips only
    (bundles.package has no update), so nothing was imported."""

    def __init__(self, path: str, trip_id: int, title: str) -> None:
        self.path, self.trip_id, self.title = path, trip_id, title


def export_package_job(ctx: UiContext, trip_id: int, path: str | os.PathLike):
    """``job(progress, cancelled)`` for the window's task runner, writing the trip's package (atomically,
    owner-only, never onto the database: bundles.package); the target is checked here first."""
    check_output(ctx, path, what="trip package")
    db = ctx.db

    def job(progress, _cancelled) -> Path:
        from delegation_planner.bundles.package import export_package

        progress(0.1)  # the dialog keeps its (translated) title
        return export_package(db, trip_id, path)

    return job


def import_package_job(ctx: UiContext, path: str | os.PathLike):
    """``job(progress, cancelled)`` importing a package as a new trip with its gifts, cars and files
    (every check of bundles.package first: a hostile package is refused with nothing imported). The
    result has ``trip_id`` and ``warnings``, or is a :class:`PackageTripExists`."""
    db = ctx.db

    def job(progress, _cancelled):
        from delegation_planner.bundles.package import import_package_data, read_package
        from delegation_planner.services.imports import TripExistsError

        progress(0.1)
        bundle, protocol, data = read_package(path)
        progress(0.5)
        try:
            return import_package_data(db, bundle, protocol, data)
        except TripExistsError as exc:
            title = exc.problems[0].params.get("title", "") if exc.problems else ""
            return PackageTripExists(os.fspath(path), exc.trip_id, str(title))

    return job


def trip_holdings(ctx: UiContext, trip_id: int):
    """What a trip holds besides its programme (services.trips.delete_summary): counts by kind."""
    from delegation_planner.services.trips import delete_summary

    return delete_summary(ctx.db, trip_id)


def suggested_name(title: str, suffix: str) -> str:
    """An ASCII file name from a (Vietnamese) title: "nguyen-duc-chung-2017.json"."""
    from delegation_planner.bundles.export import slug

    return f"{slug(title, 'trip')}{suffix}"


# ------------------------------------------------------------------------------ sample
def load_sample(ctx: UiContext) -> int:
    """Load the sample trips (once); returns the Boston trip's id."""
    from delegation_planner import sample

    return sample.load_sample(ctx.db)
