"""Create or edit an organization of the shared directory."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QWidget

from delegation_planner.domain.enums import OrganizationKind
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.dialogs.panel_form import FormDialog, fill_enum_combo
from delegation_planner.ui.operations import directory

if TYPE_CHECKING:
    from delegation_planner.domain.models import Organization

class OrganizationDialog(FormDialog):
    def __init__(self, ctx: UiContext, organization: Organization | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("New organization") if organization is None else self.tr("Edit organization"),
                         parent)
        self.ctx = ctx
        self.organization = organization
        o = organization
        self.line("name", self.tr("&Name"), o.name if o else "")
        self.line("local_name", self.tr("&Local name"), o.local_name if o else "")
        kind = QComboBox(self)
        fill_enum_combo(kind, OrganizationKind, o.kind if o else OrganizationKind.OTHER)
        self.add_field("kind", self.tr("&Kind"), kind)
        self.line("city", self.tr("&City"), o.city if o else "")
        self.line("country", self.tr("Co&untry"), o.country if o else "")
        self.line("address", self.tr("&Address"), o.address if o else "")
        self.line("phone", self.tr("&Phone"), o.phone if o else "")
        self.line("website", self.tr("&Website"), o.website if o else "")
        self.text("profile", self.tr("P&rofile"), o.profile if o else "")
        self.set_submit(self._save)

    def _save(self, values: dict):
        if self.organization is None:
            return directory.create_organization(self.ctx, values)
        return directory.edit_organization(self.ctx, self.organization, values)
