"""An engagement's proposed seating plan (read-only: plans are not stored yet) for the window."""
from __future__ import annotations

from delegation_planner.domain import seating as rules
from delegation_planner.services.seating import SeatingProposal, default_layout, propose_seating
from delegation_planner.ui.context import UiContext

__all__ = ["LAYOUTS", "SeatingProposal", "propose", "warning_text"]

#: The layouts offered, in the order of the dialog's list.
LAYOUTS = tuple(layout.value for layout in rules.Layout)


def propose(ctx: UiContext, engagement_id: int, layout: str | None = None) -> SeatingProposal:
    """``layout`` None: the engagement kind's usual layout (signing ceremony: signing…)."""
    return propose_seating(ctx.db, engagement_id, layout)


def warning_text(notice, lang: str) -> str:
    return rules.render(notice.code, notice.params, lang)


def usual_layout(kind) -> str:
    return default_layout(kind).value
