"""Trip create/edit and duplicate dialogs.

The dialog does not write to the database itself: it calls ``save(values)`` (an
operation); a user error keeps the dialog open with the field named and highlighted
(``panel_form.FormDialog``, the one form base), nothing written.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Callable, Mapping
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QPlainTextEdit, QWidget

from delegation_planner.domain.enums import TripStatus, VisitDirection
from delegation_planner.domain.timezones import DEFAULT_HOME_TIMEZONE
from delegation_planner.ui.dialogs.panel_form import DateEdit, FormDialog
from delegation_planner.ui.labels import date_locale, date_pattern, enum_text


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


_ZONES: list[str] | None = None


def timezone_names() -> list[str]:
    global _ZONES
    if _ZONES is None:
        _ZONES = sorted(z for z in available_timezones() if "/" in z or z == "UTC")
    return _ZONES


def timezone_combo(parent: QWidget, current: str) -> QComboBox:
    """An editable combo of IANA zone names with a contains-completer."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(timezone_names())
    combo.setMaxVisibleItems(20)
    completer = QCompleter(timezone_names(), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    combo.setCompleter(completer)
    combo.setCurrentText(current)
    return combo


class TripDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None, *, trip: Mapping[str, Any] | None = None,
                 save: Callable[[dict[str, Any]], Any] | None = None):
        super().__init__("", parent, save=save)
        self.setWindowTitle(self.tr("Edit trip") if trip else self.tr("New trip"))
        trip = dict(trip or {})
        today = date.today()
        self.title_edit = QLineEdit(trip.get("title", ""), self)
        self.title_edit.setPlaceholderText(self.tr("e.g. Study visit to Boston"))
        self.destination_edit = QLineEdit(trip.get("destination", ""), self)
        self.purpose_edit = QLineEdit(trip.get("purpose", ""), self)
        self.start_edit = DateEdit(qdate(trip.get("start_date", today)), self)
        self.end_edit = DateEdit(qdate(trip.get("end_date", trip.get("start_date", today))), self)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_pattern())
            edit.setLocale(date_locale())
        self.start_edit.dateChanged.connect(self._keep_end_after_start)
        self.zone_combo = timezone_combo(self, trip.get("home_timezone", DEFAULT_HOME_TIMEZONE))
        self.status_combo = QComboBox(self)
        for status in TripStatus:
            self.status_combo.addItem(enum_text(status), status.value)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(str(trip.get("status", "draft")))))
        # Which way the visit goes: the documents' words follow it (issue 11).
        self.direction_combo = QComboBox(self)
        self.direction_combo.setObjectName("tripDirectionCombo")
        for direction in VisitDirection:  # labelled as everywhere in the window (ui.labels)
            self.direction_combo.addItem(enum_text(direction), direction.value)
        self.direction_combo.setCurrentIndex(
            max(0, self.direction_combo.findData(str(trip.get("direction", VisitDirection.OUTBOUND)))))
        self.notes_edit = QPlainTextEdit(trip.get("notes", ""), self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(70)
        for name, widget in (("title", self.title_edit), ("destination", self.destination_edit),
                             ("purpose", self.purpose_edit), ("start_date", self.start_edit),
                             ("end_date", self.end_edit), ("home_timezone", self.zone_combo),
                             ("status", self.status_combo), ("direction", self.direction_combo),
                             ("notes", self.notes_edit)):
            self.register(name, widget)
        form = self.form
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Visit:"), self.direction_combo)
        form.addRow(self.tr("&Destination:"), self.destination_edit)
        form.addRow(self.tr("&Purpose:"), self.purpose_edit)
        form.addRow(self.tr("&Start date:"), self.start_edit)
        form.addRow(self.tr("&End date:"), self.end_edit)
        form.addRow(self.tr("&Home time zone:"), self.zone_combo)
        form.addRow(self.tr("Stat&us:"), self.status_combo)
        form.addRow(self.tr("&Notes:"), self.notes_edit)
        self.resize(520, self.sizeHint().height())
        self._previous_start = self.start_edit.date()

    def _keep_end_after_start(self, new_start: QDate) -> None:
        # moving the start moves the end with it (a trip keeps its length)
        length = self._previous_start.daysTo(self.end_edit.date())
        self._previous_start = new_start
        self.end_edit.setDate(new_start.addDays(max(0, length)))

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text().strip(),
            "destination": self.destination_edit.text().strip(),
            "purpose": self.purpose_edit.text().strip(),
            "start_date": pydate(self.start_edit.date()),
            "end_date": pydate(self.end_edit.date()),
            "home_timezone": self.zone_combo.currentText().strip(),
            "status": self.status_combo.currentData(),
            "direction": self.direction_combo.currentData(),
            "notes": self.notes_edit.toPlainText(),
        }


class DuplicateTripDialog(FormDialog):
    """"Same programme as last year": a new title and start date for the copy."""

    def __init__(self, parent: QWidget | None = None, *, title: str, start_date: date,
                 save: Callable[[dict[str, Any]], Any] | None = None):
        super().__init__("", parent, save=save)
        self.setWindowTitle(self.tr("Duplicate trip"))
        intro = QLabel(self.tr("The copy gets the same delegation and programme, moved to the new start date. "
                               "Notes and commitments stay with the original."), self)
        intro.setWordWrap(True)
        self.title_edit = QLineEdit(title, self)
        try:
            next_year = start_date.replace(year=start_date.year + 1)
        except ValueError:  # 29 February
            next_year = start_date.replace(year=start_date.year + 1, day=28)
        self.start_edit = DateEdit(qdate(next_year), self)
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat(date_pattern())
        self.start_edit.setLocale(date_locale())
        self.register("title", self.title_edit)
        self.register("start_date", self.start_edit)
        self.form.addRow(intro)
        self.form.addRow(self.tr("&Title:"), self.title_edit)
        self.form.addRow(self.tr("New &start date:"), self.start_edit)
        self.resize(460, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        return {"title": self.title_edit.text().strip(), "start_date": pydate(self.start_edit.date())}
