"""Add / edit an engagement: date and time pickers at the venue, a time-zone chooser,
organization, kind, status, travel time, objectives, talking points, logistics.

Like every form (``panel_form.FormDialog``) it calls ``save(values)`` on OK; a user error
keeps it open, names the field and highlights it (nothing is written).
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Callable, Mapping, Sequence

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QTabWidget, QWidget,
)

from delegation_planner.domain.enums import EngagementKind, EngagementStatus
from delegation_planner.ui.labels import date_locale, date_time_pattern, enum_text
from delegation_planner.domain.errors import ValidationError
from delegation_planner.domain.timezones import dual_time_label, to_utc, utc_offset_label
from delegation_planner.ui.dialogs.errors import problem_text
from delegation_planner.ui.dialogs.panel_form import DateTimeEdit, FormDialog
from delegation_planner.ui.dialogs.trip_dialog import timezone_combo



def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def to_naive(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class EngagementDialog(FormDialog):
    """``engagement``: current values with ``start``/``end`` as naive wall-clock times at
    the venue (edit) or None (new). ``organizations``: (id, name) pairs."""

    def __init__(self, parent: QWidget | None = None, *, engagement: Mapping[str, Any] | None = None,
                 default_start: datetime | None = None, default_timezone: str = "UTC",
                 home_timezone: str = "Asia/Ho_Chi_Minh", organizations: Sequence[tuple[int, str]] = (),
                 save: Callable[[dict[str, Any]], Any] | None = None):
        super().__init__("", parent, save=save)
        editing = engagement is not None
        e = dict(engagement or {})
        self.setWindowTitle(self.tr("Edit engagement") if editing else self.tr("Add engagement"))
        self._home_timezone = home_timezone
        start = e.get("start") or default_start or datetime.now().replace(hour=9, minute=0, second=0, microsecond=0)
        end = e.get("end") or start + timedelta(hours=1)

        self.title_edit = QLineEdit(e.get("title", ""), self)
        self.title_edit.setPlaceholderText(self.tr("e.g. Meeting with the hospital board"))
        self.kind_combo = QComboBox(self)
        for kind in EngagementKind:
            self.kind_combo.addItem(enum_text(kind), kind.value)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(str(e.get("kind", "meeting")))))
        self.status_combo = QComboBox(self)
        for status in EngagementStatus:
            self.status_combo.addItem(enum_text(status), status.value)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(str(e.get("status", "planned")))))
        self.organization_combo = QComboBox(self)
        self.organization_combo.addItem(self.tr("(none)"), None)
        for org_id, name in organizations:
            self.organization_combo.addItem(name, org_id)
        self.organization_combo.setCurrentIndex(max(0, self.organization_combo.findData(e.get("organization_id"))))
        self.location_edit = QLineEdit(e.get("location", ""), self)
        self.location_edit.setPlaceholderText(self.tr("Address or room"))
        self.zone_combo = timezone_combo(self, e.get("timezone") or default_timezone)
        self.start_edit = DateTimeEdit(to_qdatetime(start), self)
        self.end_edit = DateTimeEdit(to_qdatetime(end), self)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_time_pattern())
            edit.setLocale(date_locale())
        self._last_start = self.start_edit.dateTime()
        self.start_edit.dateTimeChanged.connect(self._move_end_with_start)
        self.home_time_label = QLabel(self)
        self.home_time_label.setObjectName("homeTimeLabel")
        self.travel_spin = QSpinBox(self)
        self.travel_spin.setRange(0, 24 * 60)
        self.travel_spin.setSingleStep(5)
        self.travel_spin.setSuffix(self.tr(" min"))
        self.travel_spin.setSpecialValueText(self.tr("not set"))
        self.travel_spin.setValue(int(e.get("travel_minutes") or 0))
        self.travel_spin.setToolTip(self.tr("Time needed to get here from the previous engagement; "
                                            "a shorter gap is flagged as a conflict."))
        self.objectives_edit = QPlainTextEdit(e.get("objectives", ""), self)
        self.talking_points_edit = QPlainTextEdit(e.get("talking_points", ""), self)
        self.logistics_edit = QPlainTextEdit(e.get("logistics", ""), self)
        texts = QTabWidget(self)
        for edit, title in ((self.objectives_edit, self.tr("Objectives")),
                            (self.talking_points_edit, self.tr("Talking points")),
                            (self.logistics_edit, self.tr("Logistics"))):
            edit.setTabChangesFocus(True)
            texts.addTab(edit, title)
        texts.setMinimumHeight(150)
        self.text_tabs = texts

        for name, widget in (("title", self.title_edit), ("kind", self.kind_combo), ("status", self.status_combo),
                             ("organization_id", self.organization_combo), ("location", self.location_edit),
                             ("timezone", self.zone_combo), ("start", self.start_edit), ("end", self.end_edit),
                             ("travel_minutes", self.travel_spin), ("objectives", self.objectives_edit),
                             ("talking_points", self.talking_points_edit), ("logistics", self.logistics_edit)):
            self.register(name, widget)
        kind_status = QHBoxLayout()
        kind_status.addWidget(self.kind_combo, 1)
        kind_status.addWidget(QLabel(self.tr("Status:"), self))
        kind_status.addWidget(self.status_combo, 1)
        form = self.form
        form.addRow(self.tr("&Title:"), self.title_edit)
        kind_label = QLabel(self.tr("&Kind:"), self)
        kind_label.setBuddy(self.kind_combo)
        status_label = kind_status.itemAt(1).widget()
        status_label.setText(self.tr("S&tatus:"))
        status_label.setBuddy(self.status_combo)
        form.addRow(kind_label, kind_status)
        form.addRow(self.tr("&Organization:"), self.organization_combo)
        form.addRow(self.tr("&Place:"), self.location_edit)
        form.addRow(self.tr("Time &zone:"), self.zone_combo)
        form.addRow(self.tr("&Starts:"), self.start_edit)
        form.addRow(self.tr("&Ends:"), self.end_edit)
        form.addRow("", self.home_time_label)
        form.addRow(self.tr("T&ravel time:"), self.travel_spin)
        self.body.addWidget(texts, 1)
        self.zone_combo.currentTextChanged.connect(self._update_home_time)
        self.start_edit.dateTimeChanged.connect(self._update_home_time)
        self._update_home_time()
        self.resize(600, 620)

    def _move_end_with_start(self, new_start: QDateTime) -> None:
        duration = self._last_start.secsTo(self.end_edit.dateTime())
        self._last_start = new_start
        if duration > 0:
            self.end_edit.setDateTime(new_start.addSecs(duration))

    def _update_home_time(self, *_args) -> None:
        zone = self.zone_combo.currentText().strip()
        try:
            instant = to_utc(to_naive(self.start_edit.dateTime()), zone, "start")
        except ValidationError as exc:
            self.home_time_label.setText(problem_text(exc.problems[0]))
            return
        self.home_time_label.setText(f"{dual_time_label(instant, zone, self._home_timezone)}  "
                                     f"({utc_offset_label(instant, zone)})")

    def values(self) -> dict[str, Any]:
        travel = self.travel_spin.value()
        return {
            "title": self.title_edit.text().strip(),
            "kind": self.kind_combo.currentData(),
            "status": self.status_combo.currentData(),
            "organization_id": self.organization_combo.currentData(),
            "location": self.location_edit.text().strip(),
            "timezone": self.zone_combo.currentText().strip(),
            "start": to_naive(self.start_edit.dateTime()),
            "end": to_naive(self.end_edit.dateTime()),
            "travel_minutes": travel or None,
            "objectives": self.objectives_edit.toPlainText(),
            "talking_points": self.talking_points_edit.toPlainText(),
            "logistics": self.logistics_edit.toPlainText(),
        }


__all__ = ["EngagementDialog"]
