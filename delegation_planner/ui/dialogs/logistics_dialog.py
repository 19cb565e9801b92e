"""Trip → Logistics contacts… and Programme → Scenario…: the visit's contacts (hotel, embassy or
consulate, host liaison, drivers, interpreters, emergency numbers) and an engagement's
minute-by-minute scenario, each in a list with its own small form.

Every Add, Edit, Delete and Move is committed at once through ``ui.operations.logistics`` (and can be
undone with Edit → Undo); the lists reload when the change is announced. There is nothing to save
and nothing a crash could lose. Object names: ``logisticsContactsDialog`` (``contactsView``,
``contactForm``) and ``scenarioDialog`` (``scenarioView``, ``scenarioStepForm``).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from delegation_planner.domain.enums import ContactKind
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.dialogs.list_dialog import ListDialog
from delegation_planner.ui.dialogs.panel_form import FormDialog, fill_enum_combo
from delegation_planner.ui.models.logistics import ContactsModel, ScenarioModel
from delegation_planner.ui.operations import logistics


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


class LogisticsContactsDialog(ListDialog):
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


class ScenarioDialog(ListDialog):
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
