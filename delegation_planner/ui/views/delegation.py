"""Delegation panel: the members of a trip's delegation with role and order of precedence.

Reorder by drag-and-drop or with Move up / Move down; add from the shared directory or
create a person inline; change a role in place (double-click the role) or with F2.
Every change is an operation (ui.operations.members): the service at once, and onto the undo stack.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from delegation_planner.changes import Change, Subject
from delegation_planner.domain.enums import MemberRole
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.models.delegation import MembersModel
from delegation_planner.ui.operations import members
from delegation_planner.ui.views.panel_common import (
    EnumComboDelegate, add_shortcut_action, enum_column_width, exec_dialog, report_error, select_row, selected_row,
    setup_table,
)

log = logging.getLogger(__name__)

REFRESH_ON: frozenset[Subject] = frozenset({Subject.MEMBER, Subject.PERSON, Subject.ORGANIZATION, Subject.TRIP})
#: Subjects whose changes belong to one trip: a change of another trip leaves this panel alone.
_TRIP_BOUND = frozenset({Subject.MEMBER, Subject.TRIP})


class DelegationPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._trip_id: int | None = None
        #: Runs a dialog modally; tests replace it with a function that fills and accepts it.
        self.run_dialog = exec_dialog

        self.model = MembersModel(self, on_reorder=self.reorder, on_role_changed=self.change_role)
        self.view = QTableView(self)
        self.view.setObjectName("delegationView")
        self.view.setModel(self.model)
        setup_table(self.view, sortable=False, stretch_column=4)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragDropOverwriteMode(False)
        self.view.setItemDelegateForColumn(self.model.column_of("role"), EnumComboDelegate(MemberRole, self.view))
        for column, width in ((0, 36), (1, 200), (2, enum_column_width(self.view, MemberRole, minimum=130, bold=True)),
                              (3, 190), (5, 120)):
            self.view.setColumnWidth(column, width)
        self.view.doubleClicked.connect(self._double_clicked)

        self.title = QLabel(self)
        self.title.setObjectName("delegationTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.add_button = QPushButton(self.tr("&Add member…"), self)
        self.edit_button = QPushButton(self.tr("&Edit role…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        for name, button in (("addMemberButton", self.add_button), ("editMemberButton", self.edit_button),
                             ("removeMemberButton", self.remove_button), ("moveUpButton", self.up_button),
                             ("moveDownButton", self.down_button)):
            button.setObjectName(name)
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.remove_button.clicked.connect(self.remove_member)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.up_button.setToolTip(self.tr("Move up in the order of precedence (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move down in the order of precedence (Alt+Down)"))
        hint = QLabel(self.tr("Order of precedence: drag a row, or use Move up / Move down."), self)
        hint.setObjectName("delegationHint")
        hint.setStyleSheet("color: palette(placeholder-text);")

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)

        # Delete / F2 / Ctrl+F: the main window owns these shortcuts and calls
        # delete_selected / edit_selected of the panel that has the focus; a panel
        # on its own (no parent) carries them itself. Both at once would be ambiguous.
        if parent is None:
            add_shortcut_action(self, self.tr("Remove member"), QKeySequence.StandardKey.Delete, self.remove_member)
            add_shortcut_action(self, self.tr("Edit member"), "F2", self.edit_member)
        add_shortcut_action(self, self.tr("Move up"), "Alt+Up", lambda: self.move_selected(-1))
        add_shortcut_action(self, self.tr("Move down"), "Alt+Down", lambda: self.move_selected(+1))

        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ctx.hub.changed.connect(self._on_change)
        ctx.hub.reloaded.connect(self._on_reloaded)
        self.reload()

    # -- state ---------------------------------------------------------------------------
    def trip_id(self) -> int | None:
        return self._trip_id

    def set_trip(self, trip_id: int | None) -> None:
        self._trip_id = trip_id
        self.reload()

    def _on_change(self, change: Change) -> None:
        if not change.concerns(REFRESH_ON) or self._trip_id is None:
            return
        if change.subject in _TRIP_BOUND and change.of_other_trip(self._trip_id):
            return
        self.reload()

    def _on_reloaded(self) -> None:
        """Another database: its trip ids mean other trips, so show none until told."""
        self._trip_id = None
        self.reload()

    def reload(self) -> None:
        keep = self.selected_member()
        rows = []
        if self._trip_id is not None:
            try:
                rows = members.list_members(self.ctx, self._trip_id)
            except Exception:  # noqa: BLE001 (database swapped or trip gone: show nothing, but say why in the log)
                log.exception("delegation of trip %s could not be listed", self._trip_id)
                rows = []
        self.model.set_rows(rows)
        if keep is not None:
            select_row(self.view, self.model.row_of_id(keep.id))
        self.title.setText(self.tr("Delegation — %n member(s)", "", len(rows)) if self._trip_id is not None
                           else self.tr("No trip selected"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_trip = self._trip_id is not None
        row = selected_row(self.view)
        self.add_button.setEnabled(has_trip)
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)

    def selected_member(self):
        return self.model.row_at(selected_row(self.view))

    # -- actions -------------------------------------------------------------------------
    def add_member(self) -> None:
        from delegation_planner.ui.dialogs.member_dialog import MemberDialog

        if self._trip_id is None:
            return
        dialog = MemberDialog(self.ctx, self._trip_id, parent=self, run_dialog=self.run_dialog)
        if self.run_dialog(dialog) and dialog.result_value is not None:
            select_row(self.view, self.model.row_of_id(dialog.result_value.id))

    def edit_member(self) -> None:
        from delegation_planner.ui.dialogs.member_dialog import MemberDialog

        member = self.selected_member()
        if member is None:
            return
        self.run_dialog(MemberDialog(self.ctx, member.trip_id, member, parent=self))

    def change_role(self, member_id: int, role: str) -> None:
        member = self.model.row_at(self.model.row_of_id(member_id))
        if member is None:
            return
        try:
            members.change_member_role(self.ctx, member, role)
        except Exception as exc:  # noqa: BLE001 (shown to the user)
            report_error(self, exc)

    def remove_member(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        if not self.ctx.confirm(self, self.tr("Remove member"),
                                self.tr("Remove %s from this delegation?") % member.full_name):
            return
        try:
            members.remove_member(self.ctx, member, self.model.ids())
        except Exception as exc:  # noqa: BLE001 (shown to the user)
            report_error(self, exc)

    def reorder(self, new_order: list[int]) -> None:
        """Set the order of precedence (drag-and-drop and move buttons), undoably."""
        if self._trip_id is None:
            return
        try:
            members.reorder_members(self.ctx, self._trip_id, self.model.ids(), list(new_order))
        except Exception as exc:  # noqa: BLE001 (shown to the user)
            report_error(self, exc)

    def move_selected(self, step: int) -> None:
        row = selected_row(self.view)
        ids = self.model.ids()
        target = row + step
        if row < 0 or not 0 <= target < len(ids):
            return
        member_id = ids[row]
        ids[row], ids[target] = ids[target], ids[row]
        self.reorder(ids)
        select_row(self.view, self.model.row_of_id(member_id))

    # Names the main window's Delete / F2 actions call on the focused panel.
    def delete_selected(self) -> None:
        self.remove_member()

    def edit_selected(self) -> None:
        self.edit_member()

    def _double_clicked(self, index) -> None:
        if self.model.columns[index.column()].key != "role":
            self.edit_member()
