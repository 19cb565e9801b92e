"""Trip → Gifts register… (``giftsDialog``): gifts given and received, their value against the
reporting threshold of the Settings, what became of them, when a report is due; Export… writes the
declaration CSV. Every change is committed at once (ui.operations.gifts) and can be undone."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import QComboBox, QDialog, QPushButton, QWidget

from delegation_planner.ui.context import UiContext
from delegation_planner.ui.dialogs.list_dialog import ListDialog
from delegation_planner.ui.dialogs.panel_form import FormDialog, fill_enum_combo


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


class GiftsDialog(ListDialog):
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
