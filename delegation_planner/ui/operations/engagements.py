"""Engagement use cases of the programme: add, edit, delete (each undoable), and the reads the window needs."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from delegation_planner.changes import Subject
from delegation_planner.domain.errors import NotFoundError
from delegation_planner.domain.timezones import wall_clock
from delegation_planner.services import commitments as commitment_service
from delegation_planner.services import directory as directory_service
from delegation_planner.services import engagements as engagement_service
from delegation_planner.services.engagements import Programme, ProgrammeItem  # noqa: F401  (the models' types)
from delegation_planner.ui import undo
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.operations.conflicts import checked_once, save_checked
from delegation_planner.ui.window_text import tr

FIELDS = ("title", "kind", "status", "organization_id", "location", "timezone", "start_utc", "end_utc",
          "travel_minutes", "objectives", "talking_points", "logistics")


@dataclass(frozen=True)
class Saved:
    """An engagement written, and what the service warned about (outside the trip's dates…)."""

    engagement_id: int
    warnings: tuple[str, ...] = ()


def get_engagement(ctx: UiContext, engagement_id: int):
    return engagement_service.get_engagement(ctx.db, engagement_id)


def trip_of(ctx: UiContext, engagement_id: int) -> int | None:
    """The trip of an engagement, None if it no longer exists."""
    try:
        return engagement_service.get_engagement(ctx.db, engagement_id).trip_id
    except NotFoundError:
        return None


def programme(ctx: UiContext, trip_id: int):
    """A trip's programme (days, items with conflicts); NotFoundError if the trip is gone."""
    return engagement_service.programme(ctx.db, trip_id)


def default_timezone(ctx: UiContext, trip_id: int) -> str:
    return engagement_service.default_timezone(ctx.db, trip_id)


def organization_choices(ctx: UiContext) -> list[tuple[int, str]]:
    """(id, name) of every organization, for the engagement dialog's host field."""
    return [(o.id, o.name) for o in directory_service.list_organizations(ctx.db)]


def editable_values(ctx: UiContext, engagement_id: int) -> dict[str, Any]:
    """What the engagement dialog edits, with start/end as wall-clock times in its zone."""
    return editable(ctx, engagement_id)[0]


def editable(ctx: UiContext, engagement_id: int) -> tuple[dict[str, Any], int]:
    """``editable_values`` and the version they are (for ``update_engagement``), one read."""
    eng = engagement_service.get_engagement(ctx.db, engagement_id)
    current = {k: getattr(eng, k) for k in FIELDS}
    current["start"] = wall_clock(eng.start_utc, eng.timezone)
    current["end"] = wall_clock(eng.end_utc, eng.timezone)
    return current, eng.version


def create_engagement(ctx: UiContext, trip_id: int, values: dict[str, Any]) -> Saved:
    """Add an engagement to a trip's programme (undoable)."""
    warnings: list[str] = []
    fields = undo.linked(ctx.undo_stack, dict(values, trip_id=trip_id))

    def create():
        saved = engagement_service.create_engagement(ctx.db, **fields())
        warnings[:] = saved.warnings
        return saved.engagement

    engagement = undo.create_with_undo(
        ctx.undo_stack, tr("Add engagement “%1”").replace("%1", values.get("title", "")), Subject.ENGAGEMENT,
        create, lambda engagement_id: engagement_service.delete_engagement(ctx.db, engagement_id))
    return Saved(engagement.id, tuple(warnings))


def update_engagement(ctx: UiContext, engagement_id: int, values: dict[str, Any],
                      expected_version: int | None = None) -> Saved:
    """Change an engagement (undoable). ``expected_version``: the version the dialog opened with
    (someone else's save since: both versions shown, the user chooses)."""
    warnings: list[str] = []

    def update(record_id: int, **changes) -> None:
        saved = engagement_service.update_engagement(ctx.db, record_id, **changes)
        warnings[:] = saved.warnings

    def save(version: int | None) -> None:
        eng = engagement_service.get_engagement(ctx.db, engagement_id)
        old = {k: getattr(eng, k) for k in FIELDS}
        undo.update_undoable(ctx.undo_stack, tr("Edit engagement “%1”").replace("%1", eng.title),
                             Subject.ENGAGEMENT, checked_once(update, version), engagement_id, old, values)

    save_checked(ctx, expected_version, save)
    return Saved(engagement_id, tuple(warnings))


def delete_engagement(ctx: UiContext, engagement_id: int) -> None:
    """Delete an engagement; undo brings it back with its people, notes, commitment links, scenario,
    cars and attachments."""
    snap = engagement_service.engagement_snapshot(ctx.db, engagement_id)
    stack = ctx.undo_stack
    fields = undo.linked(stack, dict(snap.fields, trip_id=snap.trip_id))
    people = [(undo.ref(stack, Subject.PERSON, person_id), role) for person_id, role in snap.attendees]
    commitments = [undo.ref(stack, Subject.COMMITMENT, c) for c in snap.commitment_ids]

    def delete(record_id: int) -> None:
        # The links of commitments made there at the time of this deletion (redo may differ).
        commitments[:] = [undo.ref(stack, Subject.COMMITMENT, c.id)
                          for c in commitment_service.list_commitments(ctx.db, engagement_id=record_id)]
        engagement_service.delete_engagement(ctx.db, record_id)

    def recreate() -> int:
        values = fields()
        trip_id = values.pop("trip_id")
        return engagement_service.restore_engagement(
            ctx.db, trip_id, values, attendees=[(person.id, role) for person, role in people],
            notes=list(snap.notes), commitment_ids=[c.id for c in commitments], scenario=list(snap.scenario),
            vehicles=list(snap.vehicles), attachments=list(snap.attachments))

    undo.delete_with_undo(stack, tr("Delete engagement “%1”").replace("%1", snap.fields["title"]),
                          Subject.ENGAGEMENT, engagement_id, delete, recreate)
