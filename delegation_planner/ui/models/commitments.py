"""Item model of commitments (one trip or all); overdue ones stand out; status editable in place."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from delegation_planner.domain.enums import CommitmentKind, CommitmentStatus
from delegation_planner.ui.labels import enum_text, short_date
from delegation_planner.domain.rules import commitment_is_overdue
from delegation_planner.ui.models.panel_rows import Column, RowTableModel
from delegation_planner.ui.models.row_texts import TextsOnce

if TYPE_CHECKING:
    from delegation_planner.ui.operations.commitments import CommitmentRow

OVERDUE_COLOUR = QColor("#b00020")


def _day(d: date | None) -> str:
    return short_date(d)


class CommitmentsModel(TextsOnce, RowTableModel["CommitmentRow"]):
    """``on_status_changed(commitment_id, status)`` is called when the status column is edited."""

    def __init__(self, parent=None, on_status_changed: Callable[[int, str], None] | None = None):
        super().__init__(parent)
        self.on_status_changed = on_status_changed
        self.today: date | None = None  # None = today's date; tests may pin it
        self._today_at_reset = date.today()  # "today" read once per load, not once per painted cell
        self._bold: QFont | None = None
        self._icon = None
        self.columns = (
            Column("description", self.tr("Commitment"), lambda r: r.description.replace("\n", " ")),
            Column("status", self.tr("Status"), lambda r: enum_text(r.status, CommitmentStatus),
                   sort_key=lambda r: list(type(r.status)).index(r.status)),
            Column("due_date", self.tr("Due"), lambda r: _day(r.due_date), sort_key=lambda r: r.due_date),
            Column("owner", self.tr("Owner"), lambda r: r.owner_name),
            Column("organization", self.tr("Organization"), lambda r: r.organization_name),
            Column("trip", self.tr("Trip"), lambda r: r.trip_title),
            Column("engagement", self.tr("Engagement"), lambda r: r.engagement_title),
            Column("kind", self.tr("Kind"), lambda r: enum_text(r.kind, CommitmentKind)),
            # last, so the columns' places the views and tests know do not move (CK-2017-003)
            Column("reference", self.tr("Reference"), lambda r: r.reference),
        )

    def set_rows(self, rows) -> None:
        self._today_at_reset = date.today()
        super().set_rows(rows)

    def is_overdue(self, row: CommitmentRow) -> bool:
        today = self.today if self.today is not None else self._today_at_reset
        return commitment_is_overdue(row.due_date, row.status, today)

    def extra_data(self, row, column, role):
        if role == Qt.ItemDataRole.EditRole and column.key == "status":
            return str(row.status)
        overdue = self.is_overdue(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [row.description if column.key == "description" else column.text(row)]
            if overdue:
                lines.insert(0, self.tr("Overdue since %s") % _day(row.due_date))
            if row.follow_up and column.key == "description":
                lines.append(self.tr("Follow-up: %s") % row.follow_up)
            if row.source_document and column.key in ("description", "reference"):
                lines.append(self.tr("Source document: %s") % row.source_document)
            if row.completed_date and column.key in ("description", "due_date"):
                lines.append(self.tr("Completed on %s") % _day(row.completed_date))
            return "\n".join(lines)
        if not overdue:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.FontRole:
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and column.key == "description":
            if self._icon is None:
                self._icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return self._icon
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and self.columns[index.column()].key == "status" and self.on_status_changed:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return self.set_enum_cell(index, value, role, "status", self.on_status_changed, lambda r: r.id)
