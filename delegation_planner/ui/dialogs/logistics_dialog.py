"""Trip → Logistics contacts… and Programme → Scenario…: the visit's contacts (hotel, embassy or
consulate, host liaison, drivers, interpreters, emergency numbers) and an engagement's
minute-by-minute scenario, each in a list with its own small form.

Every Add, Edit, Delete and Move is committed at once through ``ui.operations.logistics`` (and can be
undone with Edit → Undo); the lists reload when the change is announced. There is nothing to save
and nothing a crash could lose. Object names: ``logisticsContactsDialog`` (``contactsView``,
``contactForm``) and ``scenarioDialog`` (``scenarioView``, ``scenarioStepForm``).
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from delegation_planner.domain.enums import ContactKind
from delegation_planner.domain.errors import NotFoundError
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.dialogs.panel_form import FormDialog, fill_enum_combo
from delegation_planner.ui.models.logistics import ContactsModel, ScenarioModel
from delegation_planner.ui.operations import logistics
from delegation_planner.ui.views.panel_common import exec_dialog, select_row, selected_row


class ContactForm(FormDialog):
    def __init__(self, ctx: UiContext, trip_id: int, contact: Any = None, parent: QWidget | None = None):
        super().__init__(self.tr("New contact") if contact is None else self.tr("Edit contact"), parent)
        self.setObjectName("contactForm")
        self.ctx, self.trip_id, self.contact = ctx, trip_id, contact
        kind = QComboBox(self)
        fill_enum_combo(kind, ContactKind, contact.kind if contact else ContactKind.HOTEL)
        self.add_field("kind", self.tr("&Kind"), kind)
        self.line("name", self.tr("&Name"), contact.name if contact else "")
        self.line("phone", self.tr("&Phone"), contact.phone if contact else "")
        self.line("address", self.tr("&Address"), contact.address if contact else "")
        self.text("notes", self.tr("N&otes"), contact.notes if contact else "", height=70)
        self.set_initial_focus(self.widget("name"))
        self.set_submit(self._save)

    def _save(self, values: dict):
        if self.contact is None:
            return logistics.add_contact(self.ctx, self.trip_id, values)
        return logistics.edit_contact(self.ctx, self.contact, values)


class StepForm(FormDialog):
    def __init__(self, ctx: UiContext, engagement_id: int, step: Any = None, parent: QWidget | None = None):
        super().__init__(self.tr("New step") if step is None else self.tr("Edit step"), parent)
        self.setObjectName("scenarioStepForm")
        self.ctx, self.engagement_id, self.step = ctx, engagement_id, step
        time = self.line("at_time", self.tr("&Time (HH:MM, venue clock)"), step.at_time if step else "")
        time.setPlaceholderText("09:30")
        self.text("action", self.tr("&Action"), step.action if step else "", height=60)
        self.line("performer", self.tr("&Who does it"), step.performer if step else "")
        self.line("responsible", self.tr("&Responsible"), step.responsible if step else "")
        self.set_submit(self._save)

    def _save(self, values: dict):
        if self.step is None:
            return logistics.add_step(self.ctx, self.engagement_id, values)
        return logistics.edit_step(self.ctx, self.step, values)


class _ListDialog(QDialog):
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
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 260))
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


class LogisticsContactsDialog(_ListDialog):
    def __init__(self, ctx: UiContext, trip_id: int, trip_title: str = "", parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Logistics contacts"), ContactsModel(), "contactsView", parent, movable=True)
        self.setObjectName("logisticsContactsDialog")
        self.model.setParent(self)
        self.trip_id = trip_id
        self.heading.setText(self.tr("Contacts for “%1”, printed on the contact sheet of the briefing pack in "
                                     "this order.").replace("%1", trip_title))
        self.reload()

    def load(self) -> list:
        return logistics.list_contacts(self.ctx, self.trip_id)

    def form(self, record: Any = None) -> QDialog:
        return ContactForm(self.ctx, self.trip_id, record, parent=self)

    def remove(self, record: Any) -> None:
        logistics.delete_contact(self.ctx, record)

    def empty_text(self) -> str:
        return self.tr("No contacts yet: add the hotel, the embassy or consulate, the host's liaison, drivers, "
                       "interpreters and emergency numbers.")

    def delete_question(self, record: Any) -> str:
        return self.tr("Delete the contact “%1”? Edit → Undo brings it back.").replace("%1", record.name)

    def move(self, step: int) -> None:
        record = self.selected()
        if record is not None and logistics.move_contact(self.ctx, self.trip_id, record.id, step):
            self.reload(keep_id=record.id)


class ScenarioDialog(_ListDialog):
    def __init__(self, ctx: UiContext, engagement_id: int, engagement_title: str = "",
                 parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Scenario"), ScenarioModel(), "scenarioView", parent)
        self.setObjectName("scenarioDialog")
        self.model.setParent(self)
        self.engagement_id = engagement_id
        self.heading.setText(self.tr("Minute by minute, on the venue's clock: “%1”. Printed in the briefing pack "
                                     "after the engagement's brief.").replace("%1", engagement_title))
        self.reload()

    def load(self) -> list:
        return logistics.list_steps(self.ctx, self.engagement_id)

    def form(self, record: Any = None) -> QDialog:
        return StepForm(self.ctx, self.engagement_id, record, parent=self)

    def remove(self, record: Any) -> None:
        logistics.delete_step(self.ctx, record)

    def empty_text(self) -> str:
        return self.tr("No scenario yet: add the steps (arrival at the door, greeting, seating, opening remarks, "
                       "gift exchange, signing, press, departure).")

    def delete_question(self, record: Any) -> str:
        return self.tr("Delete the step at %1 (“%2”)? Edit → Undo brings it back.").replace(
            "%1", record.at_time).replace("%2", record.action)
