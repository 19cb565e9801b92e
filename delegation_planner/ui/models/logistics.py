"""Item models of a visit's logistics contacts and of an engagement's scenario (one per table view)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from delegation_planner.domain.enums import ContactKind
from delegation_planner.ui.labels import enum_text
from delegation_planner.ui.models.panel_rows import Column, RowTableModel


class ContactsModel(RowTableModel):
    """In the order the contact sheet prints them (the dialog's Move up / Move down)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = (
            Column("kind", self.tr("Kind"), lambda r: enum_text(r.kind, ContactKind)),
            Column("name", self.tr("Name"), lambda r: r.name),
            Column("phone", self.tr("Phone"), lambda r: r.phone),
            Column("address", self.tr("Address"), lambda r: r.address),
            Column("notes", self.tr("Notes"), lambda r: " ".join(r.notes.split())),
        )

    def sort(self, column, order=Qt.SortOrder.AscendingOrder) -> None:
        return None  # the order is the officer's


class ScenarioModel(RowTableModel):
    """By time, then the order the steps were written in (as the services give them)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = (
            Column("at_time", self.tr("Time"), lambda r: r.at_time, align=Qt.AlignmentFlag.AlignLeft),
            Column("action", self.tr("Action"), lambda r: " ".join(r.action.split())),
            Column("performer", self.tr("Who does it"), lambda r: r.performer),
            Column("responsible", self.tr("Responsible"), lambda r: r.responsible),
        )

    def sort(self, column, order=Qt.SortOrder.AscendingOrder) -> None:
        return None
