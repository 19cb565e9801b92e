"""Pieces shared by the panels: an enum combo-box delegate, table setup, lazy refresh, the commitment actions."""
from __future__ import annotations

from enum import StrEnum
from typing import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QPushButton, QStyledItemDelegate, QTableView,
    QVBoxLayout, QWidget,
)

from delegation_planner.domain.errors import NotFoundError
from delegation_planner.ui.dialogs.errors import show_error
from delegation_planner.ui.dialogs.panel_form import fill_enum_combo


class EnumComboDelegate(QStyledItemDelegate):
    """Edits an enum column with a combo box; commits as soon as a value is picked."""

    def __init__(self, enum_cls: type[StrEnum], parent=None):
        super().__init__(parent)
        self.enum_cls = enum_cls

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        fill_enum_combo(combo, self.enum_cls)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo):
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def setup_table(view: QTableView, *, sortable: bool = True, stretch_column: int | None = 0) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    # No sort indicator at first: rows keep the order the service gave (precedence, due date…).
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.horizontalHeader().setSortIndicatorShown(sortable)
    view.setSortingEnabled(sortable)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.SelectedClicked)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_column is None)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(40)


class ColumnFitter(QObject):
    """Keeps a table's columns inside its width: the ``stretch`` column takes what the
    others leave, but never less than ``stretch_min``; below that the other columns
    shrink in proportion (down to ``floor``), so nothing is cut off on the right and
    no horizontal scroll bar appears at 1280×800. Cells are elided; the full text is
    in the tooltip. A column the user resizes by hand keeps its width until the next
    resize of the table."""

    def __init__(self, view: QTableView, widths: dict[int, int], stretch: int, *, stretch_min: int = 220,
                 floor: int = 56, fixed: Iterable[int] = ()):
        super().__init__(view)
        self.view = view
        self.widths = dict(widths)
        self.fixed = set(fixed)  # columns that never shrink (status, dates)
        self.stretch = stretch
        self.stretch_min = stretch_min
        self.floor = floor
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.viewport().installEventFilter(self)
        self.fit()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        view = self.view
        available = view.viewport().width()
        if available <= 0:
            return
        shown = {c: w for c, w in self.widths.items() if not view.isColumnHidden(c) and c != self.stretch}
        fixed = sum(w for c, w in shown.items() if c in self.fixed)
        others = sum(w for c, w in shown.items() if c not in self.fixed)
        room = available - self.stretch_min - fixed
        scale = min(1.0, room / others) if others and room > 0 else (1.0 if others == 0 else 0.0)
        used = 0
        for column, width in shown.items():
            size = width if column in self.fixed else max(self.floor, int(width * scale))
            view.setColumnWidth(column, size)
            used += size
        view.setColumnWidth(self.stretch, max(self.floor, available - used))


def enum_column_width(view: QTableView, *enum_classes: type[StrEnum], minimum: int = 70, bold: bool = False) -> int:
    """Wide enough for the longest label of these enums in the interface language."""
    from PySide6.QtGui import QFont, QFontMetrics

    from delegation_planner.ui.labels import enum_text

    font = QFont(view.font())
    font.setBold(bold)
    metrics = QFontMetrics(font)
    widest = max(metrics.horizontalAdvance(enum_text(m, cls)) for cls in enum_classes for m in cls)
    return max(minimum, widest + 18)


def size_columns(view: QTableView, widths: dict[int, int]) -> None:
    for column, width in widths.items():
        view.setColumnWidth(column, width)


def add_shortcut_action(widget: QWidget, text: str, key: QKeySequence | QKeySequence.StandardKey | str,
                        slot: Callable[[], None]) -> QAction:
    """An action active while focus is inside ``widget`` (Delete, F2, …)."""
    action = QAction(text, widget)
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    widget.addAction(action)
    return action


def make_button(parent: QWidget, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


def button_page(parent: QWidget, body: QWidget, buttons: list[QPushButton]) -> QWidget:
    """A tab page: ``body`` over a row of buttons (left-aligned)."""
    page = QWidget(parent)
    layout = QVBoxLayout(page)
    layout.addWidget(body, 1)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)
    return page


def selected_row(view: QAbstractItemView) -> int:
    indexes = view.selectionModel().selectedRows() if view.selectionModel() else []
    if indexes:
        return indexes[0].row()
    current = view.currentIndex()
    return current.row() if current.isValid() else -1


def select_row(view: QAbstractItemView, row: int) -> None:
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    view.setCurrentIndex(index)
    view.selectionModel().select(index, view.selectionModel().SelectionFlag.ClearAndSelect
                                 | view.selectionModel().SelectionFlag.Rows)
    view.scrollTo(index)


def exec_dialog(dialog) -> bool:
    """Runs a dialog modally; panels call it through ``self.run_dialog`` so tests can replace it."""
    return bool(dialog.exec())




class LazyRefresh:
    """Mixin for panels: a change that arrives while the panel sits on a hidden tab of a shown
    window only marks it stale; it reloads when shown again. When the whole window is not shown
    (scripts, tests) the panel reloads at once, so what the models hold is always current."""

    _stale = False

    def refresh_soon(self) -> None:
        window = self.window()
        if window is not self and window.isVisible() and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()


# ------------------------------------------------------------------ commitments (two panels use these)

def report_error(parent: QWidget, exc: BaseException) -> None:
    """A failed edit: dialogs.errors.show_error (user errors as a message, bugs as a crash report)."""
    show_error(parent, QCoreApplication.translate("panels", "Could not save"), exc)


def change_commitment_status(parent: QWidget, ctx, row, status: str) -> None:
    """Status change in place (Status column, context menu), undoable."""
    from delegation_planner.ui.operations import commitments

    try:
        commitments.set_status(ctx, row, status)
    except Exception as exc:  # noqa: BLE001 (shown to the user)
        report_error(parent, exc)


def edit_commitment_dialog(panel, ctx, row) -> None:
    """Open the commitment dialog on ``row`` (a CommitmentRow); ``panel.run_dialog`` runs it."""
    from delegation_planner.ui.dialogs.commitment_dialog import CommitmentDialog
    from delegation_planner.ui.operations import commitments

    try:
        commitment = commitments.get_commitment(ctx, row.id)
    except NotFoundError as exc:
        report_error(panel, exc)
        return
    panel.run_dialog(CommitmentDialog(ctx, row.trip_id, commitment, parent=panel))


def confirm_delete_commitment(parent: QWidget, ctx, row) -> bool:
    """Delete a commitment after ctx.confirm (undoable); False if not deleted."""
    from delegation_planner.ui.operations import commitments

    if not ctx.confirm(parent, QCoreApplication.translate("panels", "Delete commitment"),
                       QCoreApplication.translate("panels", "Delete this commitment?\n\n%s") % row.description[:200]):
        return False
    try:
        commitments.delete_commitment(ctx, row.id)
    except Exception as exc:  # noqa: BLE001 (shown to the user)
        report_error(parent, exc)
        return False
    return True


class CommitmentActions:
    """Edit / delete / status change of a panel's commitments (the Commitments tab and the
    engagement detail): the panel has ``ctx``, ``run_dialog``, ``selected_commitment()`` and
    ``commitment_model()``."""

    def commitment_model(self):  # pragma: no cover - each panel says which model
        raise NotImplementedError

    def edit_commitment(self) -> None:
        row = self.selected_commitment()
        if row is not None:
            edit_commitment_dialog(self, self.ctx, row)

    def delete_commitment(self) -> None:
        row = self.selected_commitment()
        if row is not None:
            confirm_delete_commitment(self, self.ctx, row)

    def change_commitment_status(self, commitment_id: int, status: str) -> None:
        model = self.commitment_model()
        row = model.row_at(model.row_of_id(commitment_id))
        if row is not None:
            change_commitment_status(self, self.ctx, row, status)
