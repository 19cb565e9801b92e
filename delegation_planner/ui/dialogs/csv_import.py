"""Trip → Import from spreadsheet…: a CSV file's preview, then the import in one transaction.

``CsvImportDialog`` (objectName ``csvImportDialog``) reads the file once and previews it through
``ui.operations.csv_import`` whenever the choice changes (people or engagements; delegation
members or counterparts; the encoding, guessed unless chosen): what the columns are read as,
a table of the rows to create (new, matched in the directory, already there) and a table of
every bad row with its line in the file. Import stays disabled while there is a bad row (or
nothing to create); the dialog never writes itself, it calls the import operation.

The import itself (10,000 rows take seconds) runs on the window's task runner: a progress dialog
with Cancel, the window stays responsive; Cancel rolls the one transaction back, so nothing is
imported, and the dialog stays open to try again.

``import_spreadsheet(window)`` is the menu action's side: ask for the file, read it (a FIFO, a
device or an over-large file is refused in a message), show the dialog.
"""
from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QTableView, QVBoxLayout, QWidget,
)

from delegation_planner.domain.messages import render_problem
from delegation_planner.domain.progress import Cancelled
from delegation_planner.ui.dialogs.errors import describe, is_user_error, show_error
from delegation_planner.ui.labels import ui_language
from delegation_planner.ui.models.csv_import import BadRowsModel, CsvRowsModel
from delegation_planner.ui.operations import csv_import as ops
from delegation_planner.ui.tasks import SyncTaskRunner

if TYPE_CHECKING:
    from delegation_planner.ui.context import UiContext
    from delegation_planner.ui.main_window import MainWindow

log = logging.getLogger(__name__)



def bad_row_text(bad: "ops.BadRow") -> str:
    """A bad row's reasons in the interface language: the domain rules' coded problems (end before
    start, unknown zone, DST gap, not an e-mail…) through the message catalogue, the sheet's own
    (no title, not a date) as the service wrote them."""
    if not bad.problems:
        return bad.reason
    lang = ui_language()
    return "; ".join(render_problem(p, lang) for p in bad.problems)


class CsvImportDialog(QDialog):
    def __init__(self, ctx: "UiContext", trip_id: int, data: bytes, file_name: str, parent: QWidget | None = None,
                 *, what: str = ops.PEOPLE, side: str = "delegation", runner: Any = None):
        super().__init__(parent)
        self.setObjectName("csvImportDialog")
        self.setWindowTitle(self.tr("Import from spreadsheet"))
        self.ctx, self.trip_id, self.data, self.file_name = ctx, trip_id, data, file_name
        self.preview: ops.CsvPreview | None = None
        self.result_: ops.CsvImportResult | None = None
        #: Runs the import (the window's ThreadTaskRunner; inline when there is none).
        self.runner = runner if runner is not None else SyncTaskRunner()
        self.importing = False

        self.file_label = QLabel(self.tr("File: %1").replace("%1", file_name), self)
        self.file_label.setObjectName("csvFileLabel")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("csvKindCombo")
        self.kind_combo.addItem(self.tr("People"), ops.PEOPLE)
        self.kind_combo.addItem(self.tr("Engagements"), ops.ENGAGEMENTS)
        self.side_combo = QComboBox(self)
        self.side_combo.setObjectName("csvSideCombo")
        self.side_combo.addItem(self.tr("Delegation members"), "delegation")
        self.side_combo.addItem(self.tr("Counterparts (host side)"), "host")
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.setObjectName("csvEncodingCombo")
        self.encoding_combo.addItem(self.tr("Automatic"), "")
        self.encoding_combo.addItem(self.tr("UTF-8"), "utf-8")
        self.encoding_combo.addItem(self.tr("Vietnamese Windows (cp1258)"), "cp1258")
        self.encoding_combo.addItem(self.tr("Western Windows (cp1252)"), "cp1252")
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(what)))
        self.side_combo.setCurrentIndex(max(0, self.side_combo.findData(side)))

        form = QFormLayout()
        form.addRow(self.tr("Import:"), self.kind_combo)
        self.side_label = QLabel(self.tr("As:"), self)
        form.addRow(self.side_label, self.side_combo)
        form.addRow(self.tr("Encoding:"), self.encoding_combo)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("csvSummaryLabel")
        self.summary_label.setWordWrap(True)
        self.columns_label = QLabel(self)
        self.columns_label.setObjectName("csvColumnsLabel")
        self.columns_label.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("csvErrorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")

        self.rows_model = CsvRowsModel(self)
        self.rows_view = self._table("csvRowsView", self.rows_model)
        self.bad_model = BadRowsModel(self, reason_text=bad_row_text)
        self.bad_view = self._table("csvBadRowsView", self.bad_model)
        self.bad_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.rows_title = QLabel(self)
        self.rows_title.setObjectName("csvRowsTitle")
        self.bad_title = QLabel(self)
        self.bad_title.setObjectName("csvBadRowsTitle")

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("csvImportButton")
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("csvCancelButton")
        self.import_button.clicked.connect(self.do_import)
        self.cancel_button.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addLayout(form)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.columns_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.rows_title)
        layout.addWidget(self.rows_view, 3)
        layout.addWidget(self.bad_title)
        layout.addWidget(self.bad_view, 2)
        layout.addWidget(self.buttons)
        self.resize(980, 640)

        self.kind_combo.currentIndexChanged.connect(self.refresh)
        self.side_combo.currentIndexChanged.connect(self.refresh)
        self.encoding_combo.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def _table(self, name: str, model) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        return view

    # -- choices ---------------------------------------------------------------------------
    @property
    def what(self) -> str:
        return self.kind_combo.currentData()

    @property
    def side(self) -> str:
        return self.side_combo.currentData()

    @property
    def encoding(self) -> str | None:
        return self.encoding_combo.currentData() or None

    # -- preview ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Preview the file with the current choices (nothing is written)."""
        people = self.what == ops.PEOPLE
        self.side_combo.setEnabled(people)
        self.side_label.setEnabled(people)
        self.error_label.clear()
        try:
            self.preview = ops.preview(self.ctx, self.trip_id, self.data, self.what, self.side, self.encoding)
        except Exception as exc:  # the whole file is unreadable as chosen (no name column, bad bytes…)
            if not is_user_error(exc):
                raise
            log.info("spreadsheet preview refused: %s", exc)
            self.preview = None
            self.error_label.setText(describe(exc))
        self.error_label.setVisible(bool(self.error_label.text()))
        self._show_preview()

    def _show_preview(self) -> None:
        preview = self.preview
        rows = preview.rows if preview else ()
        bad = preview.bad_rows if preview else ()
        self.rows_model.set_preview(self.what, rows)
        self.bad_model.set_rows(bad)
        self.rows_view.resizeColumnsToContents()
        self.bad_view.resizeColumnToContents(0)
        if preview is None:
            self.summary_label.clear()
            self.columns_label.clear()
        else:
            self.summary_label.setText(self._summary(preview))
            self.columns_label.setText(self._columns_text(preview))
        self.rows_title.setText(self.tr("Rows to import: %1").replace("%1", str(len(rows))))
        self.bad_title.setText(self.tr("Bad rows: %1 (fix them in the spreadsheet, then open it again)")
                               .replace("%1", str(len(bad))) if bad else self.tr("Bad rows: none"))
        self.bad_view.setVisible(bool(bad))
        self.import_button.setEnabled(self.can_import)

    @property
    def can_import(self) -> bool:
        p = self.preview
        return p is not None and p.ok and any(r.status in (ops.NEW, ops.MATCHED) for r in p.rows)

    def _summary(self, p: ops.CsvPreview) -> str:
        separators = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}
        encoding = p.encoding + (self.tr(" (guessed)") if p.encoding_guessed else "")
        parts = [self.tr("Encoding %1, separated by %2").replace("%1", encoding)
                 .replace("%2", separators.get(p.separator, p.separator))]
        parts.append(self.tr("%1 new").replace("%1", str(p.count(ops.NEW))))
        if p.what == ops.PEOPLE:
            parts.append(self.tr("%1 matched in the directory").replace("%1", str(p.count(ops.MATCHED))))
        if p.count(ops.ALREADY_THERE) or p.count(ops.REPEATED):
            parts.append(self.tr("%1 already there").replace(
                "%1", str(p.count(ops.ALREADY_THERE) + p.count(ops.REPEATED))))
        if p.new_organizations:
            parts.append(self.tr("%1 new organizations").replace("%1", str(len(p.new_organizations))))
        outside = sum(1 for r in p.rows if getattr(r, "warnings", ()))
        if outside:
            parts.append(self.tr("%1 outside the trip's dates").replace("%1", str(outside)))
        parts.append(self.tr("%1 bad rows").replace("%1", str(len(p.bad_rows))))
        return " · ".join(parts)

    def _columns_text(self, p: ops.CsvPreview) -> str:
        names = {"full_name": self.tr("name"), "title": self.tr("title"), "organization": self.tr("organization"),
                 "email": self.tr("email"), "phone": self.tr("phone"), "precedence": self.tr("precedence"),
                 "role": self.tr("role"), "languages": self.tr("languages"), "engagement": self.tr("engagement"),
                 "date": self.tr("date"), "start": self.tr("start"), "end": self.tr("end"),
                 "timezone": self.tr("time zone"), "location": self.tr("location"), "kind": self.tr("kind"),
                 "objectives": self.tr("objectives"), "logistics": self.tr("logistics"), "status": self.tr("status"),
                 "travel_minutes": self.tr("travel minutes")}
        used = [f"{c.header} → {names.get(c.field, c.field)}" for c in p.columns if c.field]
        text = self.tr("Columns: %1").replace("%1", ", ".join(used))
        ignored = [c.header for c in p.columns if not c.field and c.header]
        if ignored:
            text += " · " + self.tr("not imported: %1").replace("%1", ", ".join(ignored))
        return text

    # -- import ----------------------------------------------------------------------------
    def do_import(self) -> None:
        if not self.can_import or self.importing:
            return
        self.importing = True
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        args = (self.ctx, self.trip_id, self.data, self.what, self.side, self.encoding)  # no widget in the job

        def job(progress, cancelled):
            return ops.import_rows(*args, progress=progress, cancelled=cancelled)

        self.runner.run(self.tr("Importing %1…").replace("%1", self.file_name), job,
                        on_done=self._imported, on_error=self._not_imported, parent=self)

    def _imported(self, result: ops.CsvImportResult) -> None:
        self.importing = False
        self.result_ = result
        self.cancel_button.setEnabled(True)
        self.accept()

    def _not_imported(self, exc: BaseException) -> None:
        """Cancelled, or refused whole (changed since the preview?): nothing was written."""
        self.importing = False
        self.cancel_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            self.refresh()
            self.error_label.setText(self.tr("Import cancelled: nothing was imported."))
            self.error_label.setVisible(True)
            return
        if is_user_error(exc):
            log.info("spreadsheet import refused: %s", exc)
        show_error(self, self.windowTitle(), exc)
        self.refresh()

    def reject(self) -> None:  # Esc or Cancel while the import runs: its progress dialog has the Cancel
        if not self.importing:
            super().reject()

    def result_text(self) -> str:
        r = self.result_
        if r is None:
            return ""
        if self.what == ops.ENGAGEMENTS:
            return self.tr("Imported %1 engagements from %2").replace("%1", str(len(r.engagements_created))) \
                .replace("%2", self.file_name)
        count = len(r.members_added) if self.side == "delegation" else len(r.people_created) + len(r.people_matched)
        return self.tr("Imported %1 people from %2 (%3 new, %4 matched in the directory)") \
            .replace("%1", str(count)).replace("%2", self.file_name) \
            .replace("%3", str(len(r.people_created))).replace("%4", str(len(r.people_matched)))


def import_spreadsheet(window: "MainWindow", path: str | None = None) -> ops.CsvImportResult | None:
    """Trip → Import from spreadsheet…: ask for a CSV file, preview it, import it into the current trip."""
    trip_id = window.current_trip_id
    if trip_id is None:
        return None
    title = QCoreApplication.translate("CsvImportDialog", "Import from spreadsheet")
    if path is None:
        path = window.ask_open_path(title, QCoreApplication.translate(
            "CsvImportDialog", "Spreadsheets (*.csv *.txt);;All files (*)"))
        if not path:
            return None
    try:
        data = ops.read_file(path)
    except Exception as exc:  # a FIFO, a device, a folder, a file too large, unreadable
        if is_user_error(exc):
            log.info("spreadsheet refused: %s", exc)
        show_error(window, title, exc)
        return None
    dialog = CsvImportDialog(window.ctx, trip_id, data, os.path.basename(path), window,
                             runner=window.task_runner)
    try:
        if window.exec_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.result_ is None:
            return None
        window.statusBar().showMessage(dialog.result_text(), 10000)
        return dialog.result_
    finally:
        dialog.deleteLater()

