"""An engagement's written record: its brief (objectives, talking points, logistics) and meeting notes (undoable)."""
from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication

from delegation_planner.domain.errors import ValidationError
from delegation_planner.domain.models import MeetingNote
from delegation_planner.domain.timezones import to_utc, utc_now
from delegation_planner.services import engagements, notes, panels
from delegation_planner.services.panels import EngagementSummary
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.operations.conflicts import checked_once, save_checked
from delegation_planner.ui.undo import changed_fields, create_with_undo, delete_with_undo, ref, update_undoable

__all__ = ["BRIEF_FIELDS", "EngagementSummary", "MeetingNote", "add_note", "delete_note", "edit_brief", "edit_note",
           "default_taken_at", "engagement_summary", "list_notes"]

BRIEF_FIELDS = ("objectives", "talking_points", "logistics")


def engagement_summary(ctx: UiContext, engagement_id: int) -> EngagementSummary:
    """What the engagement detail shows at the top (raises NotFoundError if it is gone)."""
    return panels.engagement_summary(ctx.db, engagement_id)


def edit_brief(ctx: UiContext, summary: EngagementSummary, values: dict[str, Any]) -> bool:
    """Save the brief fields that changed (one undo step). False if nothing changed."""
    old, new = changed_fields({k: getattr(summary, k) for k in BRIEF_FIELDS},
                              {k: v for k, v in values.items() if k in BRIEF_FIELDS})
    if not new:
        return False
    save_checked(ctx, summary.version, lambda version: update_undoable(
        ctx.undo_stack, QCoreApplication.translate("EngagementDetailPanel", "Edit brief of %s") % summary.title,
        "engagement", checked_once(partial(engagements.update_engagement, ctx.db), version), summary.id, old, new))
    return True


def list_notes(ctx: UiContext, engagement_id: int) -> list[MeetingNote]:
    return notes.list_notes(ctx.db, engagement_id)


def default_taken_at(summary: EngagementSummary) -> datetime:
    """A new note's time: the engagement's start if it is over, else now (aware UTC)."""
    now = utc_now()
    return summary.start_utc if summary.end_utc < now else now


def add_note(ctx: UiContext, engagement_id: int, text: str, author: str = "",
             taken_at: datetime | None = None) -> MeetingNote:
    """Write a note; undo deletes it, redo writes it again (a new id, followed by the undo refs).
    ``taken_at``: aware, or naive venue wall clock (the service reads it in the venue's zone)."""
    db, stack = ctx.db, ctx.undo_stack
    engagement = ref(stack, "engagement", engagement_id)
    return create_with_undo(stack, QCoreApplication.translate("NoteDialog", "Add note"), "note",
                            lambda: notes.add_note(db, engagement.id, text, author, taken_at=taken_at),
                            partial(notes.delete_note, db))


def edit_note(ctx: UiContext, note: MeetingNote, values: dict[str, Any]) -> MeetingNote:
    """Save the changed author/text of a note; returns the note (unchanged if nothing changed, or
    if someone else saved it since ``note`` was read and the user takes their version)."""
    given = {k: v for k, v in values.items() if k in ("author", "text", "taken_at")}
    if isinstance(given.get("taken_at"), datetime) and given["taken_at"].tzinfo is None:
        # the dialog's venue wall clock; compared as the instant it names (a DST gap is left to the service)
        try:
            given["taken_at"] = to_utc(given["taken_at"], engagement_summary(ctx, note.engagement_id).timezone,
                                       field="taken_at")
        except ValidationError:
            pass
    old, new = changed_fields({"author": note.author, "text": note.text, "taken_at": note.taken_at}, given)
    if not new:
        return note
    return save_checked(ctx, note.version, lambda version: update_undoable(
        ctx.undo_stack, QCoreApplication.translate("NoteDialog", "Edit note"), "note",
        checked_once(partial(notes.update_note, ctx.db), version), note.id, old, new), theirs=lambda: note)


def delete_note(ctx: UiContext, note: MeetingNote) -> None:
    """Delete a note; undo writes it again on the same engagement."""
    db, stack = ctx.db, ctx.undo_stack
    engagement = ref(stack, "engagement", note.engagement_id)
    text, author, taken_at = note.text, note.author, note.taken_at
    delete_with_undo(stack, QCoreApplication.translate("EngagementDetailPanel", "Delete note"), "note", note.id,
                     partial(notes.delete_note, db),
                     lambda: notes.add_note(db, engagement.id, text, author, taken_at=taken_at).id)
