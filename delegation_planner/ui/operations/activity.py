"""Has another officer changed the database? (polled by the window, ``ui/edit_flows.py``)."""
from __future__ import annotations

from delegation_planner.services import activity
from delegation_planner.ui.context import UiContext


def changed_elsewhere(ctx: UiContext) -> bool:
    """True (once) when another window or process committed a change since the last look."""
    return ctx.db is not None and activity.changed_elsewhere(ctx.db)
