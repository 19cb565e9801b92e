"""Another officer saved the record you are editing: both versions side by side, and a choice.

Shown by ``UiContext.resolve_changed`` when a save is refused with ``RecordChangedError``
(``ui/operations/conflicts.py``). One row per field you were saving whose stored value
differs: the field, *their* version (saved meanwhile) and *yours*. "Keep my version" saves
yours over theirs (based on the version now stored); "Take theirs" drops yours. Nothing is
written by the dialog itself, and closing it (Esc) takes theirs: nothing is overwritten
without being asked.
"""
from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from delegation_planner.domain.errors import RecordChangedError
from delegation_planner.ui import labels
from delegation_planner.ui.dialogs.errors import field_label

KEEP_MINE = "mine"
TAKE_THEIRS = "theirs"
#: Longest text shown in a cell (the whole text is in the cell's tooltip).
CELL_CHARS = 300


def value_text(value: Any) -> str:
    """A stored or typed value as the interface shows it ("—" for nothing)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, StrEnum):
        return labels.enum_text(value)
    if isinstance(value, datetime):
        return labels.date_time(value)
    if isinstance(value, date):
        return labels.short_date(value)
    return str(value)


def _entity_word(subject: str) -> str:
    from delegation_planner.domain.messages import entity_word

    return entity_word(subject, labels.ui_language())


class RecordChangedDialog(QDialog):
    """Both versions of a record and the choice between them; ``choice`` is KEEP_MINE or TAKE_THEIRS."""

    def __init__(self, error: RecordChangedError, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recordChangedDialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.error = error
        self.choice = TAKE_THEIRS
        rows = error.differences() or [(name, error.theirs.get(name), value) for name, value in error.mine.items()]

        intro = QLabel(self.tr("Someone else saved this %1 after you opened it, so your changes were not "
                               "saved. Compare the two versions and choose which one to keep.")
                       .replace("%1", _entity_word(error.subject)), self)
        intro.setObjectName("recordChangedText")
        intro.setWordWrap(True)

        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("recordChangedTable")
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Their version (saved)"),
                                              self.tr("Your version")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bold = QFont(self.font())
        bold.setBold(True)
        for row, (name, theirs, mine) in enumerate(rows):
            caption = QTableWidgetItem(field_label(name))
            caption.setFont(bold)
            caption.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.table.setItem(row, 0, caption)
            for column, value in ((1, theirs), (2, mine)):
                text = value_text(value)
                item = QTableWidgetItem(text if len(text) <= CELL_CHARS else text[:CELL_CHARS] + "…")
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.buttons = QDialogButtonBox(self)
        self.keep_mine_button = QPushButton(self.tr("&Keep my version"), self)
        self.keep_mine_button.setObjectName("keepMineButton")
        self.keep_mine_button.setToolTip(self.tr("Save your version over theirs"))
        self.take_theirs_button = QPushButton(self.tr("&Take theirs"), self)
        self.take_theirs_button.setObjectName("takeTheirsButton")
        self.take_theirs_button.setToolTip(self.tr("Drop your changes and keep the version saved by the other person"))
        self.buttons.addButton(self.keep_mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.take_theirs_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_mine_button.clicked.connect(self._keep_mine)
        self.take_theirs_button.clicked.connect(self._take_theirs)
        self.take_theirs_button.setDefault(True)  # Enter never overwrites someone's work by accident

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(680, 220 + 34 * min(len(rows), 8))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.table.resizeRowsToContents()  # once the columns have their widths: wrapped rows fit

    def _keep_mine(self) -> None:
        self.choice = KEEP_MINE
        self.accept()

    def _take_theirs(self) -> None:
        self.choice = TAKE_THEIRS
        self.reject()

    def reject(self) -> None:  # Esc, the window's close button
        if self.choice != KEEP_MINE:
            self.choice = TAKE_THEIRS
        super().reject()

    def rows(self) -> list[tuple[str, str, str]]:
        """(field, theirs, yours) as shown (tests)."""
        return [tuple(self.table.item(r, c).text() for c in range(3)) for r in range(self.table.rowCount())]


def ask_keep_mine(error: RecordChangedError, parent: QWidget | None = None) -> bool:
    """Show the dialog (modal, over the edit dialog that is saving); True to keep one's own version."""
    from PySide6.QtWidgets import QApplication

    if parent is None:
        parent = QApplication.activeModalWidget()
        if parent is None:
            active = QApplication.activeWindow()
            parent = active if active is not None and active.isVisible() else None
    dialog = RecordChangedDialog(error, parent)
    try:
        dialog.exec()
        return dialog.choice == KEEP_MINE
    finally:
        dialog.deleteLater()
