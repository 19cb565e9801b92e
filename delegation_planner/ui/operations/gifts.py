"""The gifts register of a visit: read with each gift's status under the office's rule (Settings),
added, edited, deleted — each change committed at once and undoable."""
from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication

from delegation_planner.services import gifts, panels
from delegation_planner.services.gifts import GiftRow
from delegation_planner.settings import Settings, gift_policy
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.labels import ui_language
from delegation_planner.ui.undo import changed_fields, create_with_undo, delete_with_undo, ref, update_undoable

__all__ = ["GIFT_FIELDS", "GiftRow", "add_gift", "delete_gift", "edit_gift", "engagement_choices", "export_gifts",
           "list_gifts", "person_choices"]

GIFT_FIELDS = ("engagement_id", "direction", "description", "counterpart_id", "counterpart", "our_person_id",
               "given_on", "estimated_value", "currency", "disposition", "reported_on", "notes")


def _tr(text: str) -> str:
    return QCoreApplication.translate("GiftsDialog", text)


def list_gifts(ctx: UiContext, trip_id: int, settings: Settings, today: date | None = None) -> list[GiftRow]:
    return gifts.list_gifts(ctx.db, trip_id, policy=gift_policy(settings), today=today or date.today())


def person_choices(ctx: UiContext) -> list[tuple[int, str]]:
    return panels.person_choices(ctx.db, None)


def engagement_choices(ctx: UiContext, trip_id: int) -> list[tuple[int, str]]:
    return panels.engagement_choices(ctx.db, trip_id, ui_language())


def _fields(values: dict[str, Any]) -> dict[str, Any]:
    return {k: values[k] for k in GIFT_FIELDS if k in values}


def add_gift(ctx: UiContext, trip_id: int, values: dict[str, Any]):
    db, stack = ctx.db, ctx.undo_stack
    trip = ref(stack, "trip", trip_id)
    fields = _fields(values)
    return create_with_undo(stack, _tr("Add gift %1").replace("%1", str(fields.get("description", ""))), "gift",
                            lambda: gifts.add_gift(db, trip.id, **fields), partial(gifts.delete_gift, db))


def edit_gift(ctx: UiContext, row: GiftRow, values: dict[str, Any]) -> bool:
    current = {k: getattr(row, k) for k in GIFT_FIELDS}
    if row.counterpart_id is not None:
        current["counterpart"] = gifts.get_gift(ctx.db, row.id).counterpart  # the row shows the person's name
    old, new = changed_fields(current, _fields(values))
    if not new:
        return False
    update_undoable(ctx.undo_stack, _tr("Edit gift %1").replace("%1", row.description), "gift",
                    partial(gifts.update_gift, ctx.db), row.id, old, new)
    return True


def delete_gift(ctx: UiContext, row: GiftRow) -> None:
    db, stack = ctx.db, ctx.undo_stack
    trip = ref(stack, "trip", row.trip_id)
    stored = gifts.get_gift(db, row.id)
    fields = {k: getattr(stored, k) for k in GIFT_FIELDS}
    delete_with_undo(stack, _tr("Delete gift %1").replace("%1", row.description), "gift", row.id,
                     partial(gifts.delete_gift, db), lambda: gifts.add_gift(db, trip.id, **fields).id)


def export_gifts(ctx: UiContext, trip_id: int, path: str, settings: Settings, *, sep: str, lang: str):
    from delegation_planner.reports.gifts_sheet import export_gifts_csv

    return export_gifts_csv(ctx.db, path, trip_id=trip_id, sep=sep, lang=lang, policy=gift_policy(settings))
