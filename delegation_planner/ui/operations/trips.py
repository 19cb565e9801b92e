"""Trip use cases: create, edit, duplicate, delete (each undoable), and the reads the trip views need."""
from __future__ import annotations

from typing import Any, Callable

from delegation_planner.changes import Subject
from delegation_planner.domain.errors import NotFoundError
from delegation_planner.services import trips as trip_service
from delegation_planner.services.trips import TripRow  # noqa: F401  (the trip-list model's type)
from delegation_planner.ui import undo
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.operations.conflicts import checked_once, save_checked
from delegation_planner.ui.window_text import tr

EDITABLE = trip_service.EDITABLE


def get_trip(ctx: UiContext, trip_id: int):
    return trip_service.get_trip(ctx.db, trip_id)


def trip_exists(ctx: UiContext, trip_id: int) -> bool:
    try:
        trip_service.get_trip(ctx.db, trip_id)
    except NotFoundError:
        return False
    return True


def list_trips(ctx: UiContext, *, search: str = "", status=None, year: int | None = None):
    """The trip list's rows (newest first), filtered."""
    return trip_service.list_trips(ctx.db, search=search, status=status, year=year)


def trip_years(ctx: UiContext) -> list[int]:
    return trip_service.trip_years(ctx.db)


def editable_values(ctx: UiContext, trip_id: int) -> dict[str, Any]:
    """The values the trip dialog edits."""
    return editable(ctx, trip_id)[0]


def editable(ctx: UiContext, trip_id: int) -> tuple[dict[str, Any], int]:
    """The values the trip dialog edits and the version they are (for ``update_trip``), one read."""
    trip = trip_service.get_trip(ctx.db, trip_id)
    return {k: getattr(trip, k) for k in trip_service.EDITABLE}, trip.version


def create_trip(ctx: UiContext, values: dict[str, Any]) -> int:
    """Create a trip (undoable); returns its id."""
    trip = undo.create_with_undo(ctx.undo_stack, tr("New trip “%1”").replace("%1", values.get("title", "")),
                                 Subject.TRIP, lambda: trip_service.create_trip(ctx.db, **values),
                                 lambda trip_id: trip_service.delete_trip(ctx.db, trip_id))
    return trip.id


def update_trip(ctx: UiContext, trip_id: int, values: dict[str, Any], expected_version: int | None = None) -> None:
    """Change the fields of ``values`` that differ (undoable; nothing pushed if none differ).

    ``expected_version``: the version the dialog opened with; if someone else saved the trip
    since, the user sees both versions and chooses (``ui/operations/conflicts.py``)."""
    def save(version: int | None) -> None:
        trip = trip_service.get_trip(ctx.db, trip_id)
        old = {k: getattr(trip, k) for k in values}
        changed = {k: v for k, v in values.items() if old.get(k) != v}
        if not changed:
            return
        update = checked_once(lambda record_id, **kw: trip_service.update_trip(ctx.db, record_id, **kw), version)
        undo.update_undoable(ctx.undo_stack, tr("Edit trip “%1”").replace("%1", trip.title), Subject.TRIP,
                             update, trip_id, {k: old[k] for k in changed}, changed)

    save_checked(ctx, expected_version, save)


def duplicate_title(ctx: UiContext, trip_id: int) -> str:
    """"Boston 2017" → "Boston 2018"; otherwise "… (copy)"."""
    trip = trip_service.get_trip(ctx.db, trip_id)
    year = str(trip.start_date.year)
    if year in trip.title:
        return trip.title.replace(year, str(trip.start_date.year + 1))
    return tr("%1 (copy)").replace("%1", trip.title)


def duplicate_trip(ctx: UiContext, trip_id: int, *, start_date, title: str | None = None) -> int:
    """Copy a trip with its programme to new dates (undoable); returns the copy's id."""
    stack = ctx.undo_stack
    source = undo.ref(stack, Subject.TRIP, trip_id)
    copy: dict[str, Any] = {}

    def do() -> int:
        new_id = trip_service.duplicate_trip(ctx.db, source.id, start_date=start_date, title=title).id
        snapshot = trip_service.record_ids(ctx.db, new_id)
        if "refs" in copy:  # redone: the copy's records have new ids
            undo.recreated_many(stack, copy["refs"], snapshot)
        else:
            copy["refs"] = {entity: [undo.record_ids(stack).created(entity, i) for i in ids]
                            for entity, ids in snapshot.items()}
        return new_id

    def undo_copy() -> None:
        trip_service.delete_trip(ctx.db, copy["refs"]["trip"][0].id)
        undo.deleted_many(stack, copy["refs"])

    return undo.run_command(stack, tr("Duplicate trip"), do, undo_copy)


def delete_trip(ctx: UiContext, trip_id: int, *, restored: Callable[[int], None] | None = None) -> None:
    """Delete a trip; undo re-imports a package snapshot taken just before — the bundle with the
    trip's gifts, cars and attached files — (new ids) and calls ``restored(new_id)``. (Bundles are
    imported here, not at start-up.)"""
    from delegation_planner.bundles import trip_to_bundle
    from delegation_planner.bundles.package import import_package_data, protocol_snapshot

    stack = ctx.undo_stack
    trip = undo.ref(stack, Subject.TRIP, trip_id)
    held: dict[str, Any] = {}

    def do() -> None:
        # taken at every (re)do: the records have other ids after an undo
        held["bundle"] = trip_to_bundle(ctx.db, trip.id)
        held["protocol"], held["files"] = protocol_snapshot(ctx.db, trip.id)
        held["refs"] = undo.take_refs(stack, trip_service.record_ids(ctx.db, trip.id))
        held["refs"]["trip"] = [trip]
        trip_service.delete_trip(ctx.db, trip.id)
        undo.deleted_many(stack, held["refs"])

    def undo_delete() -> None:
        result = import_package_data(ctx.db, held["bundle"], held["protocol"], held["files"])
        new_id = getattr(result, "trip_id", result)
        undo.recreated_many(stack, held["refs"], trip_service.record_ids(ctx.db, new_id))
        if restored is not None:
            restored(new_id)

    title = trip_service.get_trip(ctx.db, trip_id).title
    undo.run_command(stack, tr("Delete trip “%1”").replace("%1", title), do, undo_delete)


def trip_of_commitment(ctx: UiContext, commitment_id: int) -> int | None:
    """The trip a commitment belongs to (to show it there); None if it no longer exists."""
    from delegation_planner.services.commitments import get_commitment

    try:
        return get_commitment(ctx.db, commitment_id).trip_id
    except NotFoundError:
        return None
