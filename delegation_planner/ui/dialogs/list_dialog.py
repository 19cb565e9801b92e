"""The list dialog the protocol desk's lists share: a table of records with Add / Edit / Delete
(optionally Move up / Move down) and Close, each change committed at once through ui.operations and
undoable; the list reloads when the change is announced."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from delegation_planner.domain.errors import NotFoundError
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.views.panel_common import exec_dialog, select_row, selected_row


class ListDialog(QDialog):
    """A table of records with Add / Edit / Delete (and optional Move up / Move down) and Close."""

    def __init__(self, ctx: UiContext, title: str, model, view_name: str, parent: QWidget | None = None, *,
                 movable: bool = False):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.resize(760, 420)
        #: Runs a form modally; tests replace it with a function that fills and accepts it.
        self.run_dialog: Callable[[QDialog], Any] = exec_dialog
        self.model = model
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setObjectName(view_name)
        self.view.setModel(model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)
        self.view.doubleClicked.connect(lambda _index: self.edit())
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        self.up_button = self.down_button = None
        if movable:
            self.up_button = QPushButton(self.tr("Move &up"), self)
            self.down_button = QPushButton(self.tr("Move d&own"), self)
            self.up_button.clicked.connect(lambda: self.move(-1))
            self.down_button.clicked.connect(lambda: self.move(+1))
            buttons.addWidget(self.up_button)
            buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ctx.hub.changed.connect(self._on_changed)  # an undo, another window's edit: the list follows
        ctx.hub.reloaded.connect(self.reject)  # another database: this list is not its own any more
        self.finished.connect(self._detach)

    def _detach(self, *_args) -> None:
        for signal, slot in ((self.ctx.hub.changed, self._on_changed), (self.ctx.hub.reloaded, self.reject)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):  # already disconnected
                pass

    #: No column wider than this (a long name or note is elided; the whole text is its tooltip).
    widest_column = 260

    # -- hooks
    def load(self) -> list:
        raise NotImplementedError

    def form(self, record: Any = None) -> QDialog:
        raise NotImplementedError

    def remove(self, record: Any) -> None:
        raise NotImplementedError

    def empty_text(self) -> str:
        return ""

    # -- behaviour
    def reload(self, keep_id: int | None = None) -> None:
        if keep_id is None:
            current = self.selected()
            keep_id = current.id if current is not None else None
        rows = self.load()
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), self.widest_column))
        self.empty.setText(self.empty_text() if not rows else "")
        self.empty.setVisible(not rows)
        if keep_id is not None:
            select_row(self.view, self.model.row_of_id(keep_id))
        self._update_buttons()

    def _on_changed(self, _change) -> None:
        try:
            self.reload()
        except NotFoundError:  # the trip or engagement is gone (deleted, undone): nothing left to list
            self.reject()

    def selected(self) -> Any:
        return self.model.row_at(selected_row(self.view))

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        if self.up_button is not None:
            row = selected_row(self.view)
            self.up_button.setEnabled(has and row > 0)
            self.down_button.setEnabled(has and row < self.model.rowCount() - 1)

    def add(self) -> None:
        dialog = self.form()
        if self.run_dialog(dialog) and dialog.result_value is not None:
            self.reload(keep_id=getattr(dialog.result_value, "id", None))

    def edit(self) -> None:
        record = self.selected()
        if record is not None and self.run_dialog(self.form(record)):
            self.reload(keep_id=record.id)

    def delete(self) -> None:
        record = self.selected()
        if record is None:
            return
        if not self.ctx.confirm(self, self.windowTitle(), self.delete_question(record)):
            return
        self.remove(record)
        self.reload()

    def delete_question(self, record: Any) -> str:
        return self.tr("Delete this line? Edit → Undo brings it back.")

    def move(self, step: int) -> None:
        pass
