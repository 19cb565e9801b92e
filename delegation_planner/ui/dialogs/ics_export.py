"""Trip → Export calendar (.ics)…: the whole trip or one delegation member's own programme (only what
they attend), an optional reminder, and the file. OK checks the target (a refused one stays in the
dialog, named); the file is then written by the window's task runner (ui.operations.exchange)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QRadioButton, QSpinBox, QVBoxLayout,
    QWidget,
)

from delegation_planner.ui.context import UiContext
from delegation_planner.ui.dialogs.errors import show_error
from delegation_planner.ui.dialogs.panel_form import FormDialog
from delegation_planner.ui.labels import ui_language
from delegation_planner.ui.operations import exchange
from delegation_planner.ui.window_text import tr

if TYPE_CHECKING:
    from delegation_planner.ui.main_window import MainWindow

DEFAULT_REMINDER = 30


class IcsExportDialog(FormDialog):
    """``ask_path(title, filter, suggested) -> str`` is the window's save dialog (tests replace it)."""

    def __init__(self, ctx: UiContext, trip_id: int, parent: QWidget | None = None, *,
                 ask_path: Callable[[str, str, str], str] | None = None,
                 person_id: int | None = None):
        super().__init__(self.tr("Export calendar (.ics)"), parent)
        self.setObjectName("icsExportDialog")
        self.ctx = ctx
        self.trip_id = trip_id
        path = getattr(ctx.db, "path", None)
        self.folder = str(path.parent) if path is not None else str(Path.home())
        self.ask_path = ask_path
        self.setMinimumWidth(520)

        self.whole_trip = QRadioButton(self.tr("&Whole trip"), self)
        self.whole_trip.setObjectName("icsWholeTrip")
        self.one_member = QRadioButton(self.tr("&One member's own programme:"), self)
        self.one_member.setObjectName("icsOneMember")
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.whole_trip)
        self.scope.addButton(self.one_member)
        self.member_combo = QComboBox(self)
        self.member_combo.setObjectName("icsMemberCombo")
        for pid, name in exchange.calendar_members(ctx, trip_id):
            self.member_combo.addItem(name, pid)
        has_members = self.member_combo.count() > 0
        self.one_member.setEnabled(has_members)
        if person_id is not None and self.member_combo.findData(person_id) >= 0:
            self.member_combo.setCurrentIndex(self.member_combo.findData(person_id))
            self.one_member.setChecked(True)
        else:
            self.whole_trip.setChecked(True)
        scope_box = QWidget(self)
        scope_layout = QVBoxLayout(scope_box)
        scope_layout.setContentsMargins(0, 0, 0, 0)
        scope_layout.addWidget(self.whole_trip)
        member_row = QHBoxLayout()
        member_row.addWidget(self.one_member)
        member_row.addWidget(self.member_combo, 1)
        scope_layout.addLayout(member_row)
        self.form.addRow(self.tr("Programme"), scope_box)
        self.register("person_id", self.member_combo)

        self.reminder_check = QCheckBox(self.tr("&Add a reminder"), self)
        self.reminder_check.setObjectName("icsReminderCheck")
        self.reminder_minutes = QSpinBox(self)
        self.reminder_minutes.setObjectName("icsReminderMinutes")
        self.reminder_minutes.setRange(0, exchange.MAX_REMINDER_MINUTES)
        self.reminder_minutes.setSingleStep(5)
        self.reminder_minutes.setValue(DEFAULT_REMINDER)
        self.reminder_minutes.setSuffix(self.tr(" min before"))
        reminder_box = QWidget(self)
        reminder_row = QHBoxLayout(reminder_box)
        reminder_row.setContentsMargins(0, 0, 0, 0)
        reminder_row.addWidget(self.reminder_check)
        reminder_row.addWidget(self.reminder_minutes, 1)
        self.form.addRow(self.tr("Reminder"), reminder_box)
        self.register("reminder", self.reminder_minutes)

        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("icsFileEdit")
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.setObjectName("icsBrowseButton")
        self.browse_button.clicked.connect(self.browse)
        file_box = QWidget(self)
        file_row = QHBoxLayout(file_box)
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        self.form.addRow(self.tr("&File"), file_box)
        self.register("path", self.file_edit)

        self.whole_trip.toggled.connect(lambda _c: self._update())
        self.member_combo.currentIndexChanged.connect(lambda _i: self._update())
        self.reminder_check.toggled.connect(lambda _c: self._update())
        self._suggested = ""
        self._update()
        self.set_submit(self._check)

    # -- state ---------------------------------------------------------------------------
    def person_id(self) -> int | None:
        return self.member_combo.currentData() if self.one_member.isChecked() else None

    def _update(self) -> None:
        self.member_combo.setEnabled(self.one_member.isChecked())
        self.reminder_minutes.setEnabled(self.reminder_check.isChecked())
        person = self.member_combo.currentText() if self.one_member.isChecked() else ""
        suggested = os.path.join(self.folder, exchange.suggested_calendar_name(self.ctx, self.trip_id, person))
        if self.file_edit.text() in ("", self._suggested):  # follow the choice until a name is typed
            self.file_edit.setText(suggested)
        self._suggested = suggested

    def browse(self) -> None:
        if self.ask_path is None:
            return
        path = self.ask_path(self.tr("Export calendar (.ics)"), self.tr("Calendar files (*.ics)"),
                             os.path.basename(self.file_edit.text()))
        if path:
            self.file_edit.setText(path)

    def values(self) -> dict[str, Any]:
        return {"path": self.file_edit.text().strip(), "person_id": self.person_id(),
                "reminder": self.reminder_minutes.value() if self.reminder_check.isChecked() else None}

    def _check(self, values: dict[str, Any]) -> dict[str, Any]:
        """OK: the quick checks (a refused target stays in the dialog); the writing comes after."""
        if not values["path"]:
            from delegation_planner.ui.operations.files import known_error

            raise known_error(self.tr("Choose the file to write."))
        exchange.check_calendar(self.ctx, values["path"], values["reminder"])
        return values


def export_calendar_dialog(w: "MainWindow") -> None:
    """The action's handler: the dialog for the current trip, then the file written by the window's
    task runner; the result in the status bar (``w.last_export``), a problem in a message."""
    trip_id = w.current_trip_id
    if trip_id is None:
        return
    dialog = IcsExportDialog(w.ctx, trip_id, w,
                             ask_path=lambda title, filt, name: w.ask_save_path(title, filt, name))
    w.exec_dialog(dialog)
    values = dialog.result_value
    if not values:
        return
    title = dialog.windowTitle()
    try:
        job = exchange.calendar_job(w.ctx, trip_id, values["path"], person_id=values["person_id"],
                                    reminder_minutes=values["reminder"], lang=ui_language())
    except Exception as exc:  # the target became unusable since the dialog closed
        show_error(w, title, exc)
        return

    def done(result) -> None:
        w.last_export = result
        message = tr("Calendar written: %1 (%2 engagements)").replace("%1", str(result.path)) \
            .replace("%2", str(result.events))
        w.statusBar().showMessage(message, 15000)

    def failed(exc: BaseException) -> None:
        w.last_export = exc
        show_error(w, title, exc)

    w.task_runner.run(title, job, on_done=done, on_error=failed, parent=w)
