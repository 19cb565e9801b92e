"""Programme → Cars… (``carsDialog``): the vehicles of a transfer (number, driver, phone, plate) and who
rides in which seat by the motorcade rule. Every change is committed at once and can be undone."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from delegation_planner.domain.errors import ValidationError
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.dialogs.list_dialog import ListDialog
from delegation_planner.ui.dialogs.panel_form import FormDialog
from delegation_planner.ui.operations import logistics


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


class CarsDialog(ListDialog):
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
