"""Members of a delegation and attendees of an engagement: add, change role, remove, reorder (undoable)."""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication

from delegation_planner.services import directory, engagements, members
from delegation_planner.services.engagements import AttendeeRow
from delegation_planner.services.members import MemberRow
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.operations.conflicts import checked_once, save_checked
from delegation_planner.ui.undo import create_with_undo, record_ids, ref, refs, run_command, update_undoable

__all__ = ["AttendeeRow", "MemberRow", "add_attendee", "add_member", "change_attendee_role", "change_member_role",
           "list_attendees", "list_members", "list_people", "remove_attendee", "remove_member", "reorder_members"]


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


# -- reading -----------------------------------------------------------------------------
def list_members(ctx: UiContext, trip_id: int) -> list[MemberRow]:
    return members.list_members(ctx.db, trip_id)


def list_attendees(ctx: UiContext, engagement_id: int) -> list[AttendeeRow]:
    return engagements.list_attendees(ctx.db, engagement_id)


def list_people(ctx: UiContext, text: str = "", side=None):
    """People of the directory for a picker (search over name, title, organization)."""
    return directory.list_people(ctx.db, text, side)


# -- delegation --------------------------------------------------------------------------
def add_member(ctx: UiContext, trip_id: int, person_id: int, role: str):
    """Add a person to a trip's delegation; undo removes them. Returns the member."""
    db, stack = ctx.db, ctx.undo_stack
    trip = ref(stack, "trip", trip_id)
    return create_with_undo(stack, _tr("MemberDialog", "Add member"), "member",
                            lambda: members.add_member(db, trip.id, person_id, role=role),
                            partial(members.remove_member, db))


def change_member_role(ctx: UiContext, member: MemberRow, role: str):
    """Change a member's role (no-op if unchanged); undo restores the old role."""
    if str(role) == str(member.role):
        return None
    return save_checked(ctx, member.version, lambda version: update_undoable(
        ctx.undo_stack, _tr("DelegationPanel", "Change role of %s") % member.full_name, "member",
        checked_once(partial(members.update_member, ctx.db), version), member.id,
        {"role": str(member.role)}, {"role": str(role)}))


def remove_member(ctx: UiContext, member: MemberRow, order: list[int]) -> None:
    """Remove a member; undo adds them back at their place in ``order`` (the ids shown)."""
    db, stack = ctx.db, ctx.undo_stack
    order_refs = refs(stack, "member", order)
    gone = ref(stack, "member", member.id)
    trip = ref(stack, "trip", member.trip_id)

    def do():
        members.remove_member(db, gone.id)
        record_ids(stack).deleted(gone)

    def undo():
        again = members.add_member(db, trip.id, member.person_id, role=member.role)
        record_ids(stack).recreated(gone, again.id)
        ids = [r.id for r in order_refs]
        existing = [m.id for m in members.list_members(db, trip.id)]
        members.set_member_order(db, trip.id, [i for i in ids if i in existing]
                                 + [i for i in existing if i not in ids])

    run_command(stack, _tr("DelegationPanel", "Remove %s") % member.full_name, do, undo)


def reorder_members(ctx: UiContext, trip_id: int, old_order: list[int], new_order: list[int]) -> bool:
    """Set the order of precedence; undo restores ``old_order``. False if nothing changed."""
    if list(new_order) == list(old_order):
        return False
    db, stack = ctx.db, ctx.undo_stack
    trip = ref(stack, "trip", trip_id)
    new_refs, old_refs = refs(stack, "member", new_order), refs(stack, "member", old_order)

    def order(member_refs) -> None:
        members.set_member_order(db, trip.id, [r.id for r in member_refs])

    run_command(stack, _tr("DelegationPanel", "Reorder delegation"), lambda: order(new_refs), lambda: order(old_refs))
    return True


# -- attendance --------------------------------------------------------------------------
def add_attendee(ctx: UiContext, engagement_id: int, person_id: int, role: str):
    """Put a person on an engagement's attendance list; undo takes them off."""
    db, stack = ctx.db, ctx.undo_stack
    engagement = ref(stack, "engagement", engagement_id)
    return run_command(stack, _tr("AttendeeDialog", "Add attendee"),
                       lambda: engagements.set_attendance(db, engagement.id, person_id, role),
                       lambda: engagements.remove_attendance(db, engagement.id, person_id))


def change_attendee_role(ctx: UiContext, engagement_id: int, attendee: AttendeeRow, role: str) -> None:
    if str(role) == str(attendee.role):
        return
    db, stack = ctx.db, ctx.undo_stack
    engagement = ref(stack, "engagement", engagement_id)
    person_id, old = attendee.person_id, str(attendee.role)
    run_command(stack, _tr("EngagementDetailPanel", "Change role of %s") % attendee.full_name,
                lambda: engagements.set_attendance(db, engagement.id, person_id, role),
                lambda: engagements.set_attendance(db, engagement.id, person_id, old))


def remove_attendee(ctx: UiContext, engagement_id: int, attendee: AttendeeRow) -> None:
    db, stack = ctx.db, ctx.undo_stack
    engagement = ref(stack, "engagement", engagement_id)
    person_id, old = attendee.person_id, str(attendee.role)
    run_command(stack, _tr("EngagementDetailPanel", "Remove %s") % attendee.full_name,
                lambda: engagements.remove_attendance(db, engagement.id, person_id),
                lambda: engagements.set_attendance(db, engagement.id, person_id, old))
