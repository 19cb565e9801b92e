"""Item models of the directory: people, organizations and an organization's history."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from delegation_planner.domain.enums import CommitmentStatus, EngagementStatus, OrganizationKind, Side
from delegation_planner.ui.labels import enum_text, short_date
from delegation_planner.ui.models.panel_rows import Column, RowTableModel
from delegation_planner.ui.models.row_texts import TextsOnce

if TYPE_CHECKING:
    from delegation_planner.ui.operations.directory import HistoryItem, OrganizationRow, PersonRow


class PeopleModel(TextsOnce, RowTableModel["PersonRow"]):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = (
            Column("full_name", self.tr("Name"), lambda r: r.full_name),
            Column("title", self.tr("Title"), lambda r: r.title),
            Column("organization", self.tr("Organization"), lambda r: r.organization_name),
            Column("side", self.tr("Side"), lambda r: enum_text(r.side, Side)),
            Column("email", self.tr("E-mail"), lambda r: r.email),
            Column("phone", self.tr("Phone"), lambda r: r.phone),
        )

    def extra_data(self, row, column, role):
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "full_name":
            return "\n".join(x for x in (row.full_name, row.title, row.organization_name) if x)
        return None


class OrganizationsModel(TextsOnce, RowTableModel["OrganizationRow"]):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = (
            Column("name", self.tr("Name"), lambda r: r.name),
            Column("local_name", self.tr("Local name"), lambda r: r.local_name),
            Column("kind", self.tr("Kind"), lambda r: enum_text(r.kind, OrganizationKind)),
            Column("city", self.tr("City"), lambda r: r.city),
            Column("country", self.tr("Country"), lambda r: r.country),
        )


class HistoryModel(RowTableModel["HistoryItem"]):
    """Every engagement and commitment with one organization, across trips (newest first)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = (
            Column("when", self.tr("Date"), lambda r: short_date(r.when),
                   sort_key=lambda r: r.when),
            Column("trip", self.tr("Trip"), lambda r: r.trip_title),
            Column("what", self.tr("What"), lambda r: self.tr("Engagement") if r.what == "engagement"
                   else self.tr("Commitment")),
            Column("title", self.tr("Title"), lambda r: r.title.replace("\n", " ")),
            Column("status", self.tr("Status"), lambda r: enum_text(r.status, EngagementStatus if r.what == "engagement" else CommitmentStatus)),
        )

    @staticmethod
    def row_id(row) -> int:
        # Engagement and commitment ids may coincide: keep them apart.
        return row.record_id if row.what == "engagement" else -row.record_id

    def extra_data(self, row, column, role):
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "title":
            return row.title
        return None
