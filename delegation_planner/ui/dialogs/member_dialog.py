"""Add a person to a delegation (searchable picker over the shared directory, or a new person
created inline), or change a member's role."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QWidget

from delegation_planner.domain.enums import AttendanceRole, MemberRole, Side
from delegation_planner.domain.errors import ValidationError
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.dialogs.panel_form import FormDialog, fill_enum_combo
from delegation_planner.ui.dialogs.person_dialog import PersonDialog
from delegation_planner.ui.models.directory import PeopleModel
from delegation_planner.ui.models.filtering import FoldFilterProxy, row_text
from delegation_planner.ui.operations import members

if TYPE_CHECKING:
    from delegation_planner.ui.operations.members import MemberRow


class PersonPickerDialog(FormDialog):
    """A searchable list of the directory's people plus "New person…" (created inline).
    ``run_dialog`` runs the inline person dialog (tests replace it)."""

    new_person_side: Side = Side.DELEGATION
    list_side: Side | None = None

    def __init__(self, ctx: UiContext, title: str, parent: QWidget | None = None,
                 run_dialog: Callable | None = None, with_picker: bool = True):
        super().__init__(title, parent)
        self.ctx = ctx
        self.member = None
        self.run_dialog = run_dialog or (lambda d: bool(d.exec()))
        #: The directory's people (of ``list_side``), filtered as typed without accents.
        self.people_model: FoldFilterProxy | None = None
        if with_picker:
            self.setMinimumSize(640, 480)
            self.search = QLineEdit(self)
            self.search.setObjectName("personSearch")
            self.search.setPlaceholderText(self.tr("Search the directory by name, title or organization…"))
            self.search.setClearButtonEnabled(True)
            self.new_person_button = QPushButton(self.tr("&New person…"), self)
            self.new_person_button.setObjectName("newPersonButton")
            self.new_person_button.clicked.connect(self.create_person)
            row = QWidget(self)
            box = QHBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(self.search, 1)
            box.addWidget(self.new_person_button)
            self.form.addRow(self.tr("&Find"), row)
            self.people_view = QTableView(self)
            self.people_model = FoldFilterProxy(PeopleModel(self), row_text(
                lambda r: r.full_name, lambda r: r.title, lambda r: r.organization_name), self)
            self.people_view.setModel(self.people_model)
            from delegation_planner.ui.views.panel_common import enum_column_width, setup_table
            setup_table(self.people_view, sortable=False, stretch_column=2)
            self.people_view.setColumnWidth(0, 190)
            self.people_view.setColumnWidth(1, 150)
            self.people_view.setColumnWidth(3, enum_column_width(self.people_view, Side))
            for hidden in (4, 5):
                self.people_view.hideColumn(hidden)
            self.people_view.setMinimumHeight(240)
            self.people_view.doubleClicked.connect(lambda _i: self.accept())
            self.add_field("person_id", self.tr("&Person"), self.people_view)
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.setInterval(150)
            self._timer.timeout.connect(self.apply_search)
            self.search.textChanged.connect(lambda _t: self._timer.start())
            self.search.installEventFilter(self)  # Enter / Down: to the list (see eventFilter)
            self.refresh_people()
            self.set_initial_focus(self.search)

    # -- people picker -------------------------------------------------------------------
    def refresh_people(self, select_id: int | None = None) -> None:
        """Load the directory's people (once; the search box then filters them)."""
        assert self.people_model is not None
        self.people_model.set_rows(members.list_people(self.ctx, "", self.list_side))
        self.apply_search(select_id)

    def apply_search(self, select_id: int | None = None) -> None:
        """Filter by the search box ("nong tuan phong" finds "Nông Tuấn Phong"); a single match,
        or ``select_id``, is selected."""
        from delegation_planner.ui.views.panel_common import select_row, selected_row

        assert self.people_model is not None
        self._timer.stop()
        keep = select_id if select_id is not None else self.selected_person_id()
        self.people_model.set_filter_text(self.search.text())
        row = self.people_model.row_of_id(keep) if keep is not None else -1
        if row < 0 and self.people_model.rowCount() == 1:
            row = 0
        if row >= 0:
            select_row(self.people_view, row)
        elif self.people_view.selectionModel() is not None:
            self.people_view.selectionModel().clear()  # nothing hidden stays chosen

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        """In the search box, Enter with one match adds that person (OK); with several, Enter or
        Down goes to the list, the first chosen, and Enter there adds the one chosen."""
        from PySide6.QtCore import QEvent, Qt

        from delegation_planner.ui.views.panel_common import select_row

        if (watched is getattr(self, "search", None) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down)):
            self.apply_search()
            if event.key() != Qt.Key.Key_Down and self.people_model.rowCount() == 1:
                return False  # the dialog's default button: OK
            if self.selected_person_id() is None and self.people_model.rowCount():
                select_row(self.people_view, 0)
            self.people_view.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def selected_person_id(self) -> int | None:
        if self.people_model is None:
            return self.member.person_id if self.member else None
        from delegation_planner.ui.views.panel_common import selected_row
        row = self.people_model.row_at(selected_row(self.people_view))
        return row.id if row is not None else None

    def create_person(self) -> None:
        dialog = PersonDialog(self.ctx, side=self.new_person_side, parent=self)
        name = self.search.text().strip()
        if name:
            dialog.widget("full_name").setText(name)
        if self.run_dialog(dialog) and dialog.result_value is not None:
            person = dialog.result_value
            self.search.blockSignals(True)
            self.search.setText(person.full_name)
            self.search.blockSignals(False)
            self.refresh_people(select_id=person.id)
            self.people_view.setFocus()

    # -- saving --------------------------------------------------------------------------
    def values(self) -> dict:
        out = super().values()
        out.pop("person_id", None)
        return out


class MemberDialog(PersonPickerDialog):
    def __init__(self, ctx: UiContext, trip_id: int, member: MemberRow | None = None,
                 parent: QWidget | None = None, run_dialog: Callable | None = None):
        super().__init__(ctx, self.tr("Add to the delegation") if member is None else self.tr("Edit member"),
                         parent, run_dialog, with_picker=member is None)
        self.trip_id = trip_id
        self.member = member
        if member is not None:
            self.setWindowTitle(self.tr("Edit member: %s") % member.full_name)
            who = QLabel(", ".join(x for x in (member.full_name, member.title, member.organization_name) if x), self)
            who.setObjectName("memberName")
            who.setWordWrap(True)
            font = who.font()
            font.setBold(True)
            who.setFont(font)
            self.form.addRow(self.tr("Person"), who)
        role = QComboBox(self)
        fill_enum_combo(role, MemberRole, member.role if member else MemberRole.MEMBER)
        self.add_field("role", self.tr("&Role"), role)
        self.set_submit(self._save)

    def _save(self, values: dict):
        if self.member is None:
            person_id = self.selected_person_id()
            if person_id is None:
                raise ValidationError(self.tr("choose a person from the list, or create a new one"), "person_id")
            return members.add_member(self.ctx, self.trip_id, person_id, values["role"])
        return members.change_member_role(self.ctx, self.member, values["role"])




class AttendeeDialog(PersonPickerDialog):
    """Add a person to an engagement's attendees (ours, or the host's counterparts) with a role."""

    def __init__(self, ctx: UiContext, engagement_id: int, *, counterpart: bool,
                 parent: QWidget | None = None, run_dialog: Callable | None = None):
        self.list_side = Side.HOST if counterpart else None
        self.new_person_side = Side.HOST if counterpart else Side.DELEGATION
        super().__init__(ctx, self.tr("Add counterpart") if counterpart else self.tr("Add attendee"), parent,
                         run_dialog)
        self.engagement_id = engagement_id
        role = QComboBox(self)
        fill_enum_combo(role, AttendanceRole, AttendanceRole.ATTENDEE)
        self.add_field("role", self.tr("&Role"), role)
        self.set_submit(self._save)

    def _save(self, values: dict):
        person_id = self.selected_person_id()
        if person_id is None:
            raise ValidationError(self.tr("choose a person from the list, or create a new one"), "person_id")
        return members.add_attendee(self.ctx, self.engagement_id, person_id, values["role"])
