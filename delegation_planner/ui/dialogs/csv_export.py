"""Commitments → Export to spreadsheet…: the commitments shown (this trip, or every trip) as a CSV file
that opens in Excel (UTF-8 with BOM). The separator defaults to ";" when the interface is Vietnamese
or the system's locale is Vietnamese or French (Excel's list separator there), else ","."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from delegation_planner.ui.context import UiContext
from delegation_planner.ui.dialogs.errors import show_error
from delegation_planner.ui.dialogs.panel_form import FormDialog
from delegation_planner.ui.labels import ui_language
from delegation_planner.ui.operations import exchange


def default_separator() -> str:
    """";" for a Vietnamese interface or a Vietnamese/French system locale, else ","."""
    if ui_language() == "vi":
        return ";"
    return exchange.default_separator(QLocale.system().name())


class CsvExportDialog(FormDialog):
    def __init__(self, ctx: UiContext, trip_id: int | None, parent: QWidget | None = None, *,
                 ask_path: Callable[[str, str, str], str] | None = None):
        super().__init__(self.tr("Export commitments to a spreadsheet"), parent)
        self.setObjectName("csvExportDialog")
        self.ctx = ctx
        self.trip_id = trip_id
        self.ask_path = ask_path or self._ask_path
        self.setMinimumWidth(520)
        path = getattr(ctx.db, "path", None)
        folder = str(path.parent) if path is not None else str(Path.home())

        scope = QLabel(exchange.trip_title(ctx, trip_id) if trip_id is not None else self.tr("Every trip"), self)
        scope.setObjectName("csvScope")
        scope.setWordWrap(True)
        self.form.addRow(self.tr("Commitments of"), scope)
        self.separator_combo = QComboBox(self)
        self.separator_combo.setObjectName("csvSeparatorCombo")
        for text, sep in ((self.tr("Semicolon ( ; ) — Excel in Vietnamese or French settings"), ";"),
                          (self.tr("Comma ( , )"), ","), (self.tr("Tab"), "\t")):
            self.separator_combo.addItem(text, sep)
        self.separator_combo.setCurrentIndex(self.separator_combo.findData(default_separator()))
        self.separator_combo.setMinimumContentsLength(24)
        self.separator_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.form.addRow(self.tr("&Separator"), self.separator_combo)
        self.register("sep", self.separator_combo)

        self.file_edit = QLineEdit(os.path.join(folder, exchange.suggested_csv_name(ctx, trip_id, ui_language())), self)
        self.file_edit.setObjectName("csvFileEdit")
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.setObjectName("csvBrowseButton")
        self.browse_button.clicked.connect(self.browse)
        file_box = QWidget(self)
        row = QHBoxLayout(file_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse_button)
        self.form.addRow(self.tr("&File"), file_box)
        self.register("path", self.file_edit)
        self.set_submit(self._check)

    def _ask_path(self, title: str, file_filter: str, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, file_filter)
        return path

    def browse(self) -> None:
        path = self.ask_path(self.windowTitle(), self.tr("CSV files (*.csv)"), self.file_edit.text())
        if path:
            self.file_edit.setText(path)

    def values(self) -> dict[str, Any]:
        return {"path": self.file_edit.text().strip(), "sep": self.separator_combo.currentData()}

    def _check(self, values: dict[str, Any]) -> dict[str, Any]:
        """OK: the quick checks (a refused target stays in the dialog); the writing comes after."""
        if not values["path"]:
            from delegation_planner.ui.operations.files import known_error

            raise known_error(self.tr("Choose the file to write."))
        exchange.check_csv(self.ctx, values["path"], values["sep"])
        return values


def write_in_background(widget: QWidget, title: str, job, on_done: Callable[[Any], None]) -> None:
    """``job`` on the window's task runner (off the UI thread), or at once for a panel on its own;
    a problem is shown as a message under ``title``."""
    runner = getattr(widget.window(), "task_runner", None)
    if runner is None:
        from delegation_planner.ui.tasks import SyncTaskRunner

        runner = SyncTaskRunner()
    runner.run(title, job, on_done=on_done, on_error=lambda exc: show_error(widget, title, exc),
               parent=widget.window())


def export_commitments(ctx: UiContext, trip_id: int | None, parent: QWidget,
                       run_dialog: Callable[[QWidget], bool], on_done: Callable[[Any], None]) -> None:
    """The dialog, then the CSV written in the background; ``on_done(result)`` on success."""
    dialog = CsvExportDialog(ctx, trip_id, parent)
    if not run_dialog(dialog) or not dialog.result_value:
        return
    values = dialog.result_value
    title = dialog.windowTitle()
    try:
        job = exchange.commitments_job(ctx, values["path"], trip_id=trip_id, sep=values["sep"], lang=ui_language())
    except Exception as exc:  # the target became unusable since the dialog closed
        show_error(parent, title, exc)
        return
    write_in_background(parent, title, job, on_done)
