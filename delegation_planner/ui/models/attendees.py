"""Item model of an engagement's attendees: our side first, then the host's counterparts;
the role is editable in place."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QModelIndex, Qt

from delegation_planner.domain.enums import AttendanceRole, Side
from delegation_planner.ui.labels import enum_text
from delegation_planner.ui.models.panel_rows import Column, RowTableModel

if TYPE_CHECKING:
    from delegation_planner.ui.operations.members import AttendeeRow


class AttendeesModel(RowTableModel["AttendeeRow"]):
    """``on_role_changed(person_id, role)`` is called when the role column is edited."""

    def __init__(self, parent=None, on_role_changed: Callable[[int, str], None] | None = None):
        super().__init__(parent)
        self.on_role_changed = on_role_changed
        self.columns = (
            Column("full_name", self.tr("Name"), lambda r: r.full_name),
            Column("side", self.tr("Side"), self.side_text),
            Column("role", self.tr("Role"), lambda r: enum_text(r.role, AttendanceRole)),
            Column("title", self.tr("Title"), lambda r: r.title),
            Column("organization", self.tr("Organization"), lambda r: r.organization_name),
        )

    def side_text(self, row: AttendeeRow) -> str:
        return self.tr("Counterpart") if row.side == Side.HOST else self.tr("Our side")

    def set_rows(self, rows) -> None:
        # Our side first, then counterparts; the service's role order is kept inside each group.
        super().set_rows(sorted(rows, key=lambda r: r.side == Side.HOST))

    def ours(self) -> list[AttendeeRow]:
        return [r for r in self._rows if r.side != Side.HOST]

    def counterparts(self) -> list[AttendeeRow]:
        return [r for r in self._rows if r.side == Side.HOST]

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and self.columns[index.column()].key == "role" and self.on_role_changed:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def extra_data(self, row, column, role):
        if role == Qt.ItemDataRole.EditRole and column.key == "role":
            return str(row.role)
        if role == Qt.ItemDataRole.FontRole and column.key == "full_name" and row.side != Side.HOST:
            from PySide6.QtGui import QFont
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return self.set_enum_cell(index, value, role, "role", self.on_role_changed, lambda r: r.person_id)
