"""Item models of the spreadsheet import preview: the rows to create, and the bad rows."""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from delegation_planner.domain.enums import EngagementKind
from delegation_planner.ui.labels import enum_text
from delegation_planner.ui.models.panel_rows import Column, RowTableModel

if TYPE_CHECKING:
    from delegation_planner.ui.operations.csv_import import BadRow

_RIGHT = Qt.AlignmentFlag.AlignRight


def _day(when: datetime) -> str:
    return f"{when.day:02d}/{when.month:02d}/{when.year:04d}"  # day first, as the sheet was written


def _clock(when: datetime) -> str:
    return f"{when.hour:02d}:{when.minute:02d}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


class CsvRowsModel(RowTableModel[Any]):
    """The rows an import creates or links, in file order; columns depend on what is imported."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.what = "people"
        self.columns = self._people_columns()

    def status_text(self, row) -> str:
        status = row.status
        if status == "new":
            return self.tr("New")
        if status == "matched":
            return self.tr("Matched")
        if status == "already":
            return self.tr("Already there")
        if status == "repeated":
            return self.tr("Repeated (line %1)").replace("%1", str(getattr(row, "same_as_line", "") or ""))
        return status

    def _organization(self, row) -> str:
        if row.organization and row.organization_new:
            return self.tr("%1 (new)").replace("%1", _one_line(row.organization))
        return _one_line(row.organization)

    def _people_columns(self) -> tuple[Column, ...]:
        return (
            Column("line", self.tr("Line"), lambda r: str(r.line), sort_key=lambda r: r.line, align=_RIGHT),
            Column("status", self.tr("Status"), self.status_text),
            Column("full_name", self.tr("Name"), lambda r: _one_line(r.full_name)),
            Column("title", self.tr("Title"), lambda r: _one_line(r.title)),
            Column("organization", self.tr("Organization"), self._organization),
            Column("email", self.tr("Email"), lambda r: r.email),
            Column("phone", self.tr("Phone"), lambda r: r.phone),
        )

    def _engagement_columns(self) -> tuple[Column, ...]:
        return (
            Column("line", self.tr("Line"), lambda r: str(r.line), sort_key=lambda r: r.line, align=_RIGHT),
            Column("status", self.tr("Status"), self.status_text),
            Column("date", self.tr("Date"), lambda r: _day(r.start), sort_key=lambda r: r.start),
            Column("start", self.tr("Start"), lambda r: _clock(r.start)),
            Column("end", self.tr("End"), lambda r: _clock(r.end) if r.end.date() == r.start.date()
                   else f"{_day(r.end)} {_clock(r.end)}"),
            Column("timezone", self.tr("Time zone"), lambda r: r.timezone),
            Column("title", self.tr("Title"), lambda r: _one_line(r.title)),
            Column("kind", self.tr("Kind"), lambda r: enum_text(r.kind, EngagementKind)),
            Column("location", self.tr("Location"), lambda r: _one_line(r.location)),
            Column("organization", self.tr("Organization"), self._organization),
        )

    def set_preview(self, what: str, rows) -> None:
        self.beginResetModel()
        self.what = what
        self.columns = self._people_columns() if what == "people" else self._engagement_columns()
        self._rows = list(rows)
        self._sort = None
        self.endResetModel()

    @staticmethod
    def row_id(row: Any) -> int:
        return row.line

    def extra_data(self, row, column, role):
        if role == Qt.ItemDataRole.ForegroundRole and column.key == "status" and row.status in ("already", "repeated"):
            return QBrush(QColor("#6b6b6b"))
        if role == Qt.ItemDataRole.ToolTipRole and getattr(row, "warnings", ()):
            return "\n".join(row.warnings)
        return None


class BadRowsModel(RowTableModel["BadRow"]):
    """Every bad row of the file: its physical line and why (``reason_text(row)``: in the interface
    language where the rule's problem has a code, else the row's English reason)."""

    def __init__(self, parent=None, reason_text: Callable[["BadRow"], str] | None = None):
        super().__init__(parent)
        reason = reason_text or (lambda r: r.reason)
        self.columns = (
            Column("line", self.tr("Line"), lambda r: str(r.line), sort_key=lambda r: r.line, align=_RIGHT),
            Column("reason", self.tr("Reason"), reason),
        )

    @staticmethod
    def row_id(row: Any) -> int:
        return row.line

    def extra_data(self, row, column, role):
        if role == Qt.ItemDataRole.ForegroundRole and column.key == "reason":
            return QBrush(QColor("#b00020"))
        return None
