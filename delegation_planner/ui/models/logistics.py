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


class GiftsModel(RowTableModel):
    """The gifts register: a received gift that must be reported shows when its report is due, in
    red when it is late (domain.gifts)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        from delegation_planner.domain.enums import GiftDirection, GiftDisposition
        from delegation_planner.ui.labels import short_date, ui_language

        thousands = "." if ui_language() == "vi" else ","  # 3.000.000 VND in Vietnamese, 3,000,000 in English

        def value(r) -> str:
            return "" if r.estimated_value is None else f"{r.estimated_value:,} {r.currency}".replace(",", thousands)

        def report(r) -> str:
            if not r.status.must_report:
                return ""
            if r.reported_on is not None:
                return self.tr("reported %1").replace("%1", short_date(r.reported_on))
            if r.status.due is None:
                return self.tr("to report")
            text = self.tr("due %1").replace("%1", short_date(r.status.due))
            return self.tr("LATE, %1").replace("%1", text) if r.status.late else text

        self.columns = (
            Column("given_on", self.tr("Date"), lambda r: short_date(r.given_on) if r.given_on else ""),
            Column("direction", self.tr("Given or received"), lambda r: enum_text(r.direction, GiftDirection)),
            Column("description", self.tr("Gift"), lambda r: " ".join(r.description.split())),
            Column("counterpart", self.tr("To or from"), lambda r: r.counterpart),
            Column("value", self.tr("Estimated value"), value, align=Qt.AlignmentFlag.AlignRight),
            Column("disposition", self.tr("What became of it"), lambda r: enum_text(r.disposition, GiftDisposition)),
            Column("report", self.tr("Written report"), report),
        )

    def sort(self, column, order=Qt.SortOrder.AscendingOrder) -> None:
        return None  # by date, as the register is kept

    def extra_data(self, row, column, role):
        if role == Qt.ItemDataRole.ForegroundRole and column.key == "report" and row.status.late:
            from PySide6.QtGui import QColor

            return QColor("#b00020")
        return None


class CarsModel(RowTableModel):
    """A transfer's cars, in motorcade order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = (
            Column("number", self.tr("Car"), lambda r: str(r.number), align=Qt.AlignmentFlag.AlignRight),
            Column("plate", self.tr("Plate"), lambda r: r.plate),
            Column("driver", self.tr("Driver"), lambda r: r.driver),
            Column("phone", self.tr("Phone"), lambda r: r.phone),
            Column("notes", self.tr("Notes"), lambda r: " ".join(r.notes.split())),
        )

    def sort(self, column, order=Qt.SortOrder.AscendingOrder) -> None:
        return None


class AttachmentsModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        from delegation_planner.ui.labels import date_time

        def size(r) -> str:
            return f"{r.size / 1048576:.1f} MB" if r.size >= 1048576 else f"{max(1, round(r.size / 1024))} KB"

        self.columns = (
            Column("filename", self.tr("File"), lambda r: r.filename),
            Column("size", self.tr("Size"), size, align=Qt.AlignmentFlag.AlignRight),
            Column("added_at", self.tr("Added"), lambda r: date_time(r.added_at.astimezone())),
        )

    def sort(self, column, order=Qt.SortOrder.AscendingOrder) -> None:
        return None
