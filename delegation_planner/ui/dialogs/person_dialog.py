"""Create or edit a person of the shared directory."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QWidget

from delegation_planner.domain.enums import Side
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.dialogs.panel_form import FormDialog, fill_enum_combo, fill_id_combo
from delegation_planner.ui.operations import commitments, directory

if TYPE_CHECKING:
    from delegation_planner.domain.models import Person

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
        fill_id_combo(org, commitments.organization_choices(ctx), person.organization_id if person else None,
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
        if self.person is None:
            return directory.create_person(self.ctx, values)
        return directory.edit_person(self.ctx, self.person, values)
