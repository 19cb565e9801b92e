"""Commitments: record, edit, change status, delete (undoable), and the lists and choices the panels show."""
from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication

from delegation_planner.domain.enums import CommitmentStatus
from delegation_planner.domain.models import Commitment
from delegation_planner.services import commitments, panels
from delegation_planner.services.commitments import CommitmentRow
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.operations.conflicts import checked_once, save_checked
from delegation_planner.ui.labels import enum_text, ui_language
from delegation_planner.ui.undo import changed_fields, create_with_undo, delete_with_undo, linked, ref, run_command, \
    update_undoable

__all__ = ["FIELDS", "Commitment", "CommitmentRow", "add_commitment", "delete_commitment", "edit_commitment",
           "engagement_choices", "get_commitment", "list_commitments", "organization_choices", "owner_filter_choices",
           "organization_filter_choices", "person_choices", "set_status"]

#: The fields the commitment dialog edits.
FIELDS = ("description", "kind", "made_by", "organization_id", "owner_id", "engagement_id", "due_date", "status",
          "signed_date", "follow_up", "source_document", "their_contact_id", "completed_date")


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


# -- reading -----------------------------------------------------------------------------
def list_commitments(ctx: UiContext, **query: Any) -> list[CommitmentRow]:
    """``query``: the keyword filters of services.commitments.list_commitments."""
    return commitments.list_commitments(ctx.db, **query)


def get_commitment(ctx: UiContext, commitment_id: int) -> Commitment:
    return commitments.get_commitment(ctx.db, commitment_id)


def organization_choices(ctx: UiContext) -> list[tuple[int, str]]:
    return panels.organization_choices(ctx.db)


def person_choices(ctx: UiContext, trip_id: int | None = None) -> list[tuple[int, str]]:
    return panels.person_choices(ctx.db, trip_id)


def engagement_choices(ctx: UiContext, trip_id: int) -> list[tuple[int, str]]:
    return panels.engagement_choices(ctx.db, trip_id, ui_language())


def owner_filter_choices(ctx: UiContext) -> list[tuple[int, str]]:
    return panels.commitment_owner_choices(ctx.db)


def organization_filter_choices(ctx: UiContext) -> list[tuple[int, str]]:
    return panels.commitment_organization_choices(ctx.db)


# -- writing -----------------------------------------------------------------------------
def add_commitment(ctx: UiContext, trip_id: int, values: dict[str, Any]) -> Commitment:
    """Record a commitment; its trip/engagement/owner/organization follow re-created records on redo."""
    db, stack = ctx.db, ctx.undo_stack
    fields = linked(stack, dict(values, trip_id=trip_id))
    return create_with_undo(stack, _tr("CommitmentDialog", "Add commitment"), "commitment",
                            lambda: commitments.create_commitment(db, **fields()),
                            partial(commitments.delete_commitment, db))


def edit_commitment(ctx: UiContext, commitment: Commitment, values: dict[str, Any]) -> Commitment:
    """Save the changed fields; returns the commitment (unchanged if nothing changed)."""
    old, new = changed_fields({k: getattr(commitment, k) for k in FIELDS},
                              {k: v for k, v in values.items() if k in FIELDS})
    if not new:
        return commitment
    return save_checked(ctx, commitment.version, lambda version: update_undoable(
        ctx.undo_stack, _tr("CommitmentDialog", "Edit commitment"), "commitment",
        checked_once(partial(commitments.update_commitment, ctx.db), version), commitment.id, old, new),
        theirs=lambda: commitment)


def set_status(ctx: UiContext, row: CommitmentRow, status: str) -> None:
    """Status change in place (services.commitments.set_status); undo restores the old status
    and the old signed date (signing may have set it)."""
    db, stack = ctx.db, ctx.undo_stack
    old_status, old_signed = str(row.status), row.signed_date
    commitment = ref(stack, "commitment", row.id)
    run_command(stack, _tr("panels", "Mark commitment %s") % enum_text(CommitmentStatus(status)),
                lambda: commitments.set_status(db, commitment.id, status),
                lambda: commitments.update_commitment(db, commitment.id, status=old_status, signed_date=old_signed))


def delete_commitment(ctx: UiContext, commitment_id: int) -> None:
    """Delete a commitment; undo re-creates it with the same fields (and the current ids of
    the records it refers to). Raises NotFoundError if it is already gone."""
    db, stack = ctx.db, ctx.undo_stack
    old = commitments.get_commitment(db, commitment_id)
    fields = {k: getattr(old, k) for k in commitments.EDITABLE}
    trip = ref(stack, "trip", old.trip_id)
    held = {name: ref(stack, entity, fields[name]) for name, entity in
            (("engagement_id", "engagement"), ("owner_id", "person"), ("organization_id", "organization"),
             ("their_contact_id", "person"))
            if fields.get(name) is not None}
    reference = old.reference

    def recreate() -> int:
        values = dict(fields, **{name: r.id for name, r in held.items()})
        # the same commitment back: its reference too (nobody else can have taken it; never reused otherwise)
        return commitments.create_commitment(db, trip.id, restore_reference=reference, **values).id

    delete_with_undo(stack, _tr("panels", "Delete commitment"), "commitment", commitment_id,
                     partial(commitments.delete_commitment, db), recreate)

