"""An engagement's seating plan for the window: the plan stored with it (or the proposal while none
is), and the officer's edits — swap two seats, pin or unpin a seat, regenerate the rest, reset to the
proposal — each committed at once by services.seating and undoable (Edit → Undo puts the plan back as
it was, Redo as it became; the stored plan is kept as data with its people by uuid, so a person or the
engagement re-created meanwhile does not break the step)."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication

from delegation_planner.changes import Subject
from delegation_planner.domain import seating as rules
from delegation_planner.services import seating as service
from delegation_planner.services.seating import SeatingProposal, default_layout, propose_seating
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.undo import ref, run_command

__all__ = ["LAYOUTS", "SeatingProposal", "clear", "current", "pin", "propose", "regenerate", "swap",
           "stored_layout", "unpin", "usual_layout", "warning_text"]

#: The layouts offered, in the order of the dialog's list.
LAYOUTS = tuple(layout.value for layout in rules.Layout)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SeatingDialog", text)


def propose(ctx: UiContext, engagement_id: int, layout: str | None = None) -> SeatingProposal:
    """A fresh proposal (``layout`` None: the engagement kind's usual layout), whatever is stored."""
    return propose_seating(ctx.db, engagement_id, layout)


def current(ctx: UiContext, engagement_id: int, layout: str | None = None) -> SeatingProposal:
    """The plan stored with the engagement in ``layout`` (None: its own), else the proposal."""
    return service.current_seating(ctx.db, engagement_id, layout)


def stored_layout(ctx: UiContext, engagement_id: int) -> str | None:
    return service.stored_layout(ctx.db, engagement_id)


def _undoable(ctx: UiContext, text: str, engagement_id: int, edit: Callable[[int], Any]) -> Any:
    """Run ``edit(engagement id)`` (a service call, its own transaction) as one undo step: undo stores
    the plan as it was before (or none), redo as the edit left it."""
    db, stack = ctx.db, ctx.undo_stack
    engagement = ref(stack, Subject.ENGAGEMENT, engagement_id)
    before = service.seating_snapshot(db, engagement_id)
    after: list[Any] = []

    def do():
        if not after:
            result = edit(engagement.id)
            after.append(service.seating_snapshot(db, engagement.id))
            return result
        service.restore_seating(db, engagement.id, after[0])
        return None

    return run_command(stack, text, do, lambda: service.restore_seating(db, engagement.id, before))


def swap(ctx: UiContext, engagement_id: int, first: int, second: int, *, layout: str | None = None,
         expected_version: int | None = None) -> SeatingProposal:
    return _undoable(ctx, _tr("Swap seats %1 and %2").replace("%1", str(first)).replace("%2", str(second)),
                     engagement_id, lambda eid: service.swap_seats(ctx.db, eid, first, second, layout=layout,
                                                                   expected_version=expected_version))


def pin(ctx: UiContext, engagement_id: int, seat: int, *, layout: str | None = None,
        expected_version: int | None = None) -> SeatingProposal:
    return _undoable(ctx, _tr("Pin seat %1").replace("%1", str(seat)), engagement_id,
                     lambda eid: service.pin_seat(ctx.db, eid, seat, layout=layout,
                                                  expected_version=expected_version))


def unpin(ctx: UiContext, engagement_id: int, seat: int, *, layout: str | None = None,
          expected_version: int | None = None) -> SeatingProposal:
    return _undoable(ctx, _tr("Unpin seat %1").replace("%1", str(seat)), engagement_id,
                     lambda eid: service.unpin_seat(ctx.db, eid, seat, layout=layout,
                                                    expected_version=expected_version))


def regenerate(ctx: UiContext, engagement_id: int, *, layout: str | None = None,
               expected_version: int | None = None) -> SeatingProposal:
    return _undoable(ctx, _tr("Regenerate the seating plan"), engagement_id,
                     lambda eid: service.regenerate_seating(ctx.db, eid, layout=layout,
                                                            expected_version=expected_version))


def clear(ctx: UiContext, engagement_id: int, *, expected_version: int | None = None) -> bool:
    """Back to the proposal (the stored plan dropped); undo stores it again."""
    return _undoable(ctx, _tr("Reset the seating plan to the proposal"), engagement_id,
                     lambda eid: service.clear_seating(ctx.db, eid, expected_version=expected_version))


def warning_text(notice, lang: str) -> str:
    return rules.render(notice.code, notice.params, lang)


def usual_layout(kind) -> str:
    return default_layout(kind).value
