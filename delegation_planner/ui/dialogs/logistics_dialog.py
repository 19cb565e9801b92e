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

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from delegation_planner.domain.enums import ContactKind
from delegation_planner.domain.errors import NotFoundError, ValidationError
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


# ------------------------------------------------------------------------------ gifts register

class GiftForm(FormDialog):
    def __init__(self, ctx: UiContext, trip_id: int, row: Any = None, parent: QWidget | None = None):
        from delegation_planner.domain.enums import GiftDirection, GiftDisposition
        from delegation_planner.ui.dialogs.panel_form import OptionalDateEdit, fill_id_combo
        from delegation_planner.ui.operations import gifts

        super().__init__(self.tr("New gift") if row is None else self.tr("Edit gift"), parent)
        self.setObjectName("giftForm")
        self.ctx, self.trip_id, self.row = ctx, trip_id, row
        direction = QComboBox(self)
        fill_enum_combo(direction, GiftDirection, row.direction if row else GiftDirection.RECEIVED)
        self.add_field("direction", self.tr("&Given or received"), direction)
        self.line("description", self.tr("&Gift"), row.description if row else "")
        people = gifts.person_choices(ctx)
        counterpart = QComboBox(self)
        fill_id_combo(counterpart, people, row.counterpart_id if row else None, self.tr("(not in the directory)"))
        self.add_field("counterpart_id", self.tr("&To or from"), counterpart)
        written = "" if row is None or row.counterpart_id is not None else row.counterpart
        self.line("counterpart", self.tr("…or in &words"), written).setPlaceholderText(
            self.tr("e.g. Office of the Governor"))
        ours = QComboBox(self)
        fill_id_combo(ours, people, row.our_person_id if row else None, self.tr("(nobody)"))
        self.add_field("our_person_id", self.tr("&On our side"), ours)
        engagement = QComboBox(self)
        fill_id_combo(engagement, gifts.engagement_choices(ctx, trip_id), row.engagement_id if row else None,
                      self.tr("(no engagement)"))
        self.add_field("engagement_id", self.tr("At &engagement"), engagement)
        self.add_field("given_on", self.tr("&Date"), OptionalDateEdit(row.given_on if row else None, self))
        value = self.line("estimated_value", self.tr("Estimated &value"),
                          "" if row is None or row.estimated_value is None else str(row.estimated_value))
        value.setPlaceholderText(self.tr("whole units, e.g. 2000000"))
        self.line("currency", self.tr("&Currency"), row.currency if row else "VND")
        disposition = QComboBox(self)
        fill_enum_combo(disposition, GiftDisposition, row.disposition if row else GiftDisposition.PENDING)
        self.add_field("disposition", self.tr("What &became of it"), disposition)
        self.add_field("reported_on", self.tr("&Reported on"), OptionalDateEdit(row.reported_on if row else None,
                                                                                  self))
        self.text("notes", self.tr("N&otes"), row.notes if row else "", height=60)
        self.set_initial_focus(self.widget("description"))
        self.set_submit(self._save)

    def values(self) -> dict[str, Any]:
        out = super().values()
        from delegation_planner.domain.gifts import whole_amount

        text = out.get("estimated_value", "")
        # digits only become a number; anything else goes to the service as typed, which names the field
        amount = whole_amount(text) if text else None
        out["estimated_value"] = None if not text else amount if amount is not None else text
        if out.get("counterpart_id") is not None:
            out["counterpart"] = ""  # the person chosen, not words
        return out

    def _save(self, values: dict):
        from delegation_planner.ui.operations import gifts

        if self.row is None:
            return gifts.add_gift(self.ctx, self.trip_id, values)
        return gifts.edit_gift(self.ctx, self.row, values)


class GiftsDialog(_ListDialog):
    widest_column = 220

    """Trip → Gifts register… (``giftsDialog``, ``giftsView``, ``giftForm``): the visit's gifts, which
    received ones must be reported in writing and by when (the office's rule, Edit → Settings), and
    Export… of the declaration's spreadsheet (``export-csv gifts``)."""

    def __init__(self, ctx: UiContext, trip_id: int, trip_title: str, settings, parent: QWidget | None = None, *,
                 ask_save_path: Callable[..., str] | None = None):
        from delegation_planner.settings import gift_policy
        from delegation_planner.ui.models.logistics import GiftsModel

        self.settings = settings
        self.trip_id = trip_id
        super().__init__(ctx, self.tr("Gifts register"), GiftsModel(), "giftsView", parent)
        self.setObjectName("giftsDialog")
        self.model.setParent(self)
        self.resize(1060, 460)
        policy = gift_policy(settings)
        from delegation_planner.ui.labels import ui_language

        amount = f"{policy.threshold:,}".replace(",", "." if ui_language() == "vi" else ",")
        self.heading.setText(self.tr(
            "Gifts given and received during “%1”. A received gift worth %2 %3 or more (or of unknown value) is "
            "reported in writing within %4 working days (Edit → Settings).").replace("%1", trip_title)
            .replace("%2", amount).replace("%3", policy.currency).replace("%4", str(policy.working_days)))
        self.ask_save_path = ask_save_path
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setObjectName("giftsExportButton")
        self.export_button.clicked.connect(self.export)
        self.layout().itemAt(self.layout().count() - 1).layout().insertWidget(3, self.export_button)
        #: open_attachments(owner, owner_id, title): the window's Attachments dialog (None: no button works)
        self.open_attachments = None
        self.attachments_button = QPushButton(self.tr("Attac&hments…"), self)
        self.attachments_button.setObjectName("giftAttachmentsButton")
        self.attachments_button.clicked.connect(self._attachments)
        self.layout().itemAt(self.layout().count() - 1).layout().insertWidget(3, self.attachments_button)
        self.reload()

    def _attachments(self) -> None:
        row = self.selected()
        if row is not None and self.open_attachments is not None:
            self.open_attachments("gift", row.id, row.description)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "attachments_button"):
            self.attachments_button.setEnabled(self.selected() is not None)

    def load(self) -> list:
        from delegation_planner.ui.operations import gifts

        return gifts.list_gifts(self.ctx, self.trip_id, self.settings)

    def form(self, record: Any = None) -> QDialog:
        return GiftForm(self.ctx, self.trip_id, record, parent=self)

    def remove(self, record: Any) -> None:
        from delegation_planner.ui.operations import gifts

        gifts.delete_gift(self.ctx, record)

    def empty_text(self) -> str:
        return self.tr("No gifts recorded for this visit yet.")

    def delete_question(self, record: Any) -> str:
        return self.tr("Delete the gift “%1” from the register? Edit → Undo brings it back.").replace(
            "%1", record.description)

    def export(self) -> None:
        """Write the register as a CSV file (the declaration); a refused path is said, nothing written."""
        from delegation_planner.ui.dialogs.errors import describe, is_user_error
        from delegation_planner.ui.labels import ui_language
        from delegation_planner.ui.operations import gifts

        if self.ask_save_path is None:
            return
        path = self.ask_save_path(self.tr("Export the gifts register"), self.tr("CSV files (*.csv)"), "gifts.csv")
        if not path:
            return
        lang = ui_language()
        try:
            result = gifts.export_gifts(self.ctx, self.trip_id, path, self.settings, sep=";" if lang == "vi" else ",",
                                        lang=lang)
        except Exception as exc:  # a user error (refused path, full disk) is said; a bug propagates
            if not is_user_error(exc):
                raise
            self.empty.setText(describe(exc))
            self.empty.setVisible(True)
            return
        self.empty.setText(self.tr("%n gift(s) written to %1.", "", result.rows).replace("%1", str(result.path)))
        self.empty.setVisible(True)


# ------------------------------------------------------------------------------ cars

class CarForm(FormDialog):
    def __init__(self, ctx: UiContext, engagement_id: int, vehicle: Any = None, parent: QWidget | None = None):
        from PySide6.QtWidgets import QSpinBox

        super().__init__(self.tr("New car") if vehicle is None else self.tr("Edit car"), parent)
        self.setObjectName("carForm")
        self.ctx, self.engagement_id, self.vehicle = ctx, engagement_id, vehicle
        number = QSpinBox(self)
        number.setRange(1, 60)
        number.setValue(vehicle.number if vehicle else len(logistics.list_vehicles(ctx, engagement_id)) + 1)
        self.add_field("number", self.tr("Car &number"), number)
        self.line("plate", self.tr("&Plate"), vehicle.plate if vehicle else "")
        self.line("driver", self.tr("&Driver"), vehicle.driver if vehicle else "")
        self.line("phone", self.tr("Driver's p&hone"), vehicle.phone if vehicle else "")
        self.text("notes", self.tr("N&otes"), vehicle.notes if vehicle else "", height=50)
        self.set_initial_focus(self.widget("plate"))
        self.set_submit(self._save)

    def values(self) -> dict[str, Any]:
        out = super().values()
        out["number"] = self.widget("number").value()
        return out

    def _save(self, values: dict):
        if self.vehicle is None:
            return logistics.add_vehicle(self.ctx, self.engagement_id, values)
        return logistics.edit_vehicle(self.ctx, self.vehicle, values)


class CarsDialog(_ListDialog):
    """Programme → Cars… (``carsDialog``, ``carsView``, ``carForm``): a transfer's cars and, below them,
    who rides where (``motorcadeText``), proposed from the attendees' precedence."""

    def __init__(self, ctx: UiContext, engagement_id: int, engagement_title: str = "",
                 parent: QWidget | None = None):
        from delegation_planner.ui.models.logistics import CarsModel

        self.engagement_id = engagement_id
        self.riders = None
        super().__init__(ctx, self.tr("Cars"), CarsModel(), "carsView", parent)
        self.setObjectName("carsDialog")
        self.model.setParent(self)
        self.heading.setText(self.tr("The cars of “%1”. Who rides where is proposed from the order of precedence: "
                                     "the guest of honour rear right, the host escort rear left, the interpreter "
                                     "beside the driver.").replace("%1", engagement_title))
        self.riders = QLabel(self)
        self.riders.setObjectName("motorcadeText")
        self.riders.setTextInteractionFlags(self.riders.textInteractionFlags()
                                            | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.riders.setStyleSheet("font-family: monospace;")
        self.layout().insertWidget(3, self.riders)
        self.reload()

    def reload(self, keep_id: int | None = None) -> None:
        super().reload(keep_id)
        if self.riders is None:
            return
        from delegation_planner.ui.dialogs.errors import problem_text
        from delegation_planner.ui.labels import ui_language

        try:
            self.riders.setText("\n".join(logistics.transfer_lines(self.ctx, self.engagement_id, ui_language())))
        except ValidationError as exc:  # more people than seats: said, with what to do
            self.riders.setText("\n".join(problem_text(p) for p in exc.problems))

    def load(self) -> list:
        return logistics.list_vehicles(self.ctx, self.engagement_id)

    def form(self, record: Any = None) -> QDialog:
        return CarForm(self.ctx, self.engagement_id, record, parent=self)

    def remove(self, record: Any) -> None:
        logistics.delete_vehicle(self.ctx, record)

    def empty_text(self) -> str:
        return self.tr("No cars yet for this transfer.")

    def delete_question(self, record: Any) -> str:
        return self.tr("Delete car %1? Edit → Undo brings it back.").replace("%1", str(record.number))


# ------------------------------------------------------------------------------ attachments

class AttachmentsDialog(_ListDialog):
    """Attachments… (``attachmentsDialog``, ``attachmentsView``) of an engagement, a commitment or a gift:
    Add… a file, Open it with the system viewer (a private copy), Save a copy…, Delete (undoable)."""

    def __init__(self, ctx: UiContext, owner: str, owner_id: int, title: str, parent: QWidget | None = None, *,
                 ask_open_path: Callable[..., str] | None = None, ask_save_path: Callable[..., str] | None = None,
                 open_file: Callable[[Any], Any] | None = None):
        from delegation_planner.ui.models.logistics import AttachmentsModel

        self.owner, self.owner_id = owner, owner_id
        self.ask_open_path, self.ask_save_path, self.open_file = ask_open_path, ask_save_path, open_file
        super().__init__(ctx, self.tr("Attachments"), AttachmentsModel(), "attachmentsView", parent)
        self.setObjectName("attachmentsDialog")
        self.model.setParent(self)
        self.heading.setText(self.tr("Files attached to “%1” (signed documents, programmes, photos), kept in the "
                                     "database with a checksum.").replace("%1", title))
        self.edit_button.setText(self.tr("&Open"))
        self.save_button = QPushButton(self.tr("Save a &copy…"), self)
        self.save_button.setObjectName("attachmentSaveButton")
        self.save_button.clicked.connect(self.save_copy)
        self.layout().itemAt(self.layout().count() - 1).layout().insertWidget(2, self.save_button)
        self.reload()

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "save_button"):
            self.save_button.setEnabled(self.selected() is not None)

    def load(self) -> list:
        from delegation_planner.ui.operations import attachments

        return attachments.list_for(self.ctx, self.owner, self.owner_id)

    def _say(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.setVisible(True)

    def _guarded(self, work) -> Any:
        from delegation_planner.ui.dialogs.errors import describe, is_user_error

        try:
            return work()
        except Exception as exc:  # a refused file or target is said in the dialog; a bug propagates
            if not is_user_error(exc):
                raise
            self._say(describe(exc))
            return None

    def add(self) -> None:
        from delegation_planner.ui.operations import attachments

        path = self.ask_open_path(self.tr("Attach a file"), self.tr("All files (*)")) if self.ask_open_path else ""
        if path and self._guarded(lambda: attachments.add(self.ctx, self.owner, self.owner_id, path)) is not None:
            self.reload()

    def edit(self) -> None:  # Open: a private copy for the system viewer
        from delegation_planner.ui.operations import attachments

        row = self.selected()
        if row is None or self.open_file is None:
            return
        copy = self._guarded(lambda: attachments.open_copy(self.ctx, row))
        if copy is not None:
            self.open_file(copy)

    def save_copy(self) -> None:
        from delegation_planner.ui.operations import attachments

        row = self.selected()
        if row is None or self.ask_save_path is None:
            return
        target = self.ask_save_path(self.tr("Save a copy of the attachment"), self.tr("All files (*)"), row.filename)
        if target and self._guarded(lambda: attachments.save_copy(self.ctx, row, target)) is not None:
            self._say(self.tr("Saved to %1.").replace("%1", target))

    def remove(self, record: Any) -> None:
        from delegation_planner.ui.operations import attachments

        self._guarded(lambda: attachments.delete(self.ctx, record))

    def empty_text(self) -> str:
        return self.tr("Nothing attached yet.")

    def delete_question(self, record: Any) -> str:
        return self.tr("Remove the attachment “%1”? Edit → Undo brings it back.").replace("%1", record.filename)
