"""Reports → Itineraries… (objectName ``itineraryDialog``): whose programme to print — every
delegation member in one file (the default), or one member's own. OK gives
``{"person_id": int | None, "person_name": str}``; the file is asked for after it."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLabel, QRadioButton, QVBoxLayout, QWidget

from delegation_planner.domain.enums import MemberRole
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.dialogs.panel_form import FormDialog
from delegation_planner.ui.labels import enum_text
from delegation_planner.ui.operations.members import list_members


class ItineraryDialog(FormDialog):
    def __init__(self, ctx: UiContext, trip_id: int, parent: QWidget | None = None, *,
                 person_id: int | None = None):
        super().__init__(self.tr("Itineraries"), parent)
        self.setObjectName("itineraryDialog")
        self.ctx = ctx
        self.trip_id = trip_id
        self.all_members = QRadioButton(self.tr("&Every member, one after the other in one file"), self)
        self.all_members.setObjectName("itineraryAllMembers")
        self.one_member = QRadioButton(self.tr("&One member's own programme:"), self)
        self.one_member.setObjectName("itineraryOneMember")
        group = QButtonGroup(self)
        group.addButton(self.all_members)
        group.addButton(self.one_member)
        self.member_combo = QComboBox(self)
        self.member_combo.setObjectName("itineraryMemberCombo")
        for m in list_members(ctx, trip_id):
            role = enum_text(m.role, MemberRole)
            self.member_combo.addItem(f"{m.full_name} ({role})" if role else m.full_name, (m.person_id, m.full_name))
        has_members = self.member_combo.count() > 0
        self.one_member.setEnabled(has_members)
        index = next((i for i in range(self.member_combo.count())
                      if self.member_combo.itemData(i)[0] == person_id), -1) if person_id is not None else -1
        if index >= 0:
            self.member_combo.setCurrentIndex(index)
            self.one_member.setChecked(True)
        else:
            self.all_members.setChecked(True)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.all_members)
        row = QHBoxLayout()
        row.addWidget(self.one_member)
        row.addWidget(self.member_combo, 1)
        column.addLayout(row)
        if not has_members:
            empty = QLabel(self.tr("The delegation has no members yet: the file will say so."), self)
            empty.setObjectName("itineraryNoMembers")
            empty.setWordWrap(True)
            column.addWidget(empty)
        self.form.addRow(box)
        self.register("person_id", self.member_combo)
        self.one_member.toggled.connect(self._update)
        self._update()
        self.set_submit(lambda values: values)

    def _update(self, *_args) -> None:
        self.member_combo.setEnabled(self.one_member.isChecked())

    def select_member(self, person_id: int) -> bool:
        """Choose one member by person id (False when they are not in the delegation)."""
        for i in range(self.member_combo.count()):
            if self.member_combo.itemData(i)[0] == person_id:
                self.member_combo.setCurrentIndex(i)
                self.one_member.setChecked(True)
                return True
        return False

    def values(self) -> dict[str, Any]:
        if self.one_member.isChecked() and self.member_combo.currentIndex() >= 0:
            pid, name = self.member_combo.currentData()
            return {"person_id": pid, "person_name": name}
        return {"person_id": None, "person_name": ""}
