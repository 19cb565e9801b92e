"""Create or edit a person of the shared directory."""
from __future__ import annotations

from typing import TYPE_CHECKING

from functools import partial

from PySide6.QtWidgets import QComboBox, QWidget

from delegation_planner.domain.enums import Side
from delegation_planner.ui.lazy import directory, panels
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.dialogs.panel_form import (
    FormDialog, changed_fields, fill_enum_combo, fill_id_combo,
)
from delegation_planner.ui.undo import create_with_undo, update_undoable

if TYPE_CHECKING:
    from delegation_planner.domain.models import Person

FIELDS = ("full_name", "title", "organization_id", "side", "email", "phone", "languages", "bio")


class PersonDialog(FormDialog):
    """``result_value`` is the created/updated Person after OK."""

    def __init__(self, ctx: UiContext, person: Person | None = None, *, side: Side | str = Side.HOST,
                 parent: QWidget | None = None):
        super().__init__(self.tr("New person") if person is None else self.tr("Edit person"), parent)
        self.ctx = ctx
        self.person = person
        self.line("full_name", self.tr("Full &name"), person.full_name if person else "")
        self.line("title", self.tr("&Title / position"), person.title if person else "")
        org = QComboBox(self)
        fill_id_combo(org, panels.organization_choices(ctx.db), person.organization_id if person else None,
                      self.tr("(no organization)"))
        self.add_field("organization_id", self.tr("&Organization"), org)
        side_combo = QComboBox(self)
        fill_enum_combo(side_combo, Side, person.side if person else side)
        self.add_field("side", self.tr("&Side"), side_combo)
        self.line("email", self.tr("&E-mail"), person.email if person else "")
        self.line("phone", self.tr("&Phone"), person.phone if person else "")
        self.line("languages", self.tr("&Languages"), person.languages if person else "")
        self.text("bio", self.tr("&Biography"), person.bio if person else "")
        self.set_submit(self._save)

    def _save(self, values: dict):
        db, stack = self.ctx.db, self.ctx.undo_stack
        if self.person is None:
            return create_with_undo(stack, self.tr("Add person %s") % values["full_name"], "person",
                                    lambda: directory.create_person(db, **values),
                                    partial(directory.delete_person, db))
        old, new = changed_fields({k: getattr(self.person, k) for k in FIELDS}, values)
        if not new:
            return self.person
        return update_undoable(stack, self.tr("Edit person %s") % values["full_name"], "person",
                                partial(directory.update_person, db), self.person.id, old, new)
