"""A visit's logistics contacts (hotel, embassy, liaison, drivers, interpreters, emergency numbers) and
an engagement's minute-by-minute scenario: read, added, edited, deleted and reordered — each change
committed at once and undoable (Edit → Undo)."""
from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication

from delegation_planner.domain.models import ScenarioStep, TripContact
from delegation_planner.services import logistics, scenario
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.undo import changed_fields, create_with_undo, delete_with_undo, ref, run_command, \
    update_undoable

__all__ = ["CONTACT_FIELDS", "STEP_FIELDS", "ScenarioStep", "TripContact", "add_contact", "add_step",
           "delete_contact", "delete_step", "edit_contact", "edit_step", "list_contacts", "list_steps",
           "move_contact"]

CONTACT_FIELDS = ("kind", "name", "phone", "address", "notes")
STEP_FIELDS = ("at_time", "action", "performer", "responsible")


def _tr(text: str) -> str:
    return QCoreApplication.translate("LogisticsContactsDialog", text)


def _str(text: str) -> str:
    return QCoreApplication.translate("ScenarioDialog", text)


# ------------------------------------------------------------------------------ contacts

def list_contacts(ctx: UiContext, trip_id: int) -> list[TripContact]:
    return logistics.list_contacts(ctx.db, trip_id)


def add_contact(ctx: UiContext, trip_id: int, values: dict[str, Any]) -> TripContact:
    """Undo deletes it; redo adds it again."""
    db, stack = ctx.db, ctx.undo_stack
    trip = ref(stack, "trip", trip_id)
    fields = {k: values[k] for k in CONTACT_FIELDS if k in values}
    return create_with_undo(stack, _tr("Add contact %1").replace("%1", fields.get("name", "")), "trip_contact",
                            lambda: logistics.add_contact(db, trip.id, **fields),
                            partial(logistics.delete_contact, db))


def edit_contact(ctx: UiContext, contact: TripContact, values: dict[str, Any]) -> bool:
    """Save the fields that changed (one undo step); False if nothing changed."""
    old, new = changed_fields({k: getattr(contact, k) for k in CONTACT_FIELDS},
                              {k: v for k, v in values.items() if k in CONTACT_FIELDS})
    if not new:
        return False
    update_undoable(ctx.undo_stack, _tr("Edit contact %1").replace("%1", contact.name), "trip_contact",
                    partial(logistics.update_contact, ctx.db), contact.id, old, new)
    return True


def delete_contact(ctx: UiContext, contact: TripContact) -> None:
    """Undo adds it back (at the end of the list)."""
    db, stack = ctx.db, ctx.undo_stack
    trip = ref(stack, "trip", contact.trip_id)
    fields = {k: getattr(contact, k) for k in CONTACT_FIELDS}
    delete_with_undo(stack, _tr("Delete contact %1").replace("%1", contact.name), "trip_contact", contact.id,
                     partial(logistics.delete_contact, db),
                     lambda: logistics.add_contact(db, trip.id, **fields).id)


def move_contact(ctx: UiContext, trip_id: int, contact_id: int, step: int) -> bool:
    """Move a contact up (-1) or down (+1) the printed list; False at either end."""
    ids = [c.id for c in logistics.list_contacts(ctx.db, trip_id)]
    if contact_id not in ids:
        return False
    at = ids.index(contact_id)
    to = at + step
    if not 0 <= to < len(ids):
        return False
    before = list(ids)
    ids[at], ids[to] = ids[to], ids[at]
    db, stack = ctx.db, ctx.undo_stack
    trip = ref(stack, "trip", trip_id)
    rows = [ref(stack, "trip_contact", i) for i in before]
    order = [rows[before.index(i)] for i in ids]
    run_command(stack, _tr("Move contact"), lambda: logistics.reorder_contacts(db, trip.id, [r.id for r in order]),
                lambda: logistics.reorder_contacts(db, trip.id, [r.id for r in rows]))
    return True


# ------------------------------------------------------------------------------ scenario

def list_steps(ctx: UiContext, engagement_id: int) -> list[ScenarioStep]:
    return scenario.list_steps(ctx.db, engagement_id)


def add_step(ctx: UiContext, engagement_id: int, values: dict[str, Any]) -> ScenarioStep:
    db, stack = ctx.db, ctx.undo_stack
    engagement = ref(stack, "engagement", engagement_id)
    fields = {k: values[k] for k in STEP_FIELDS if k in values}
    return create_with_undo(stack, _str("Add scenario step"), "scenario_step",
                            lambda: scenario.add_step(db, engagement.id, **fields),
                            partial(scenario.delete_step, db))


def edit_step(ctx: UiContext, step: ScenarioStep, values: dict[str, Any]) -> bool:
    old, new = changed_fields({k: getattr(step, k) for k in STEP_FIELDS},
                              {k: v for k, v in values.items() if k in STEP_FIELDS})
    if not new:
        return False
    update_undoable(ctx.undo_stack, _str("Edit scenario step"), "scenario_step",
                    partial(scenario.update_step, ctx.db), step.id, old, new)
    return True


def delete_step(ctx: UiContext, step: ScenarioStep) -> None:
    db, stack = ctx.db, ctx.undo_stack
    engagement = ref(stack, "engagement", step.engagement_id)
    fields = {k: getattr(step, k) for k in STEP_FIELDS}
    delete_with_undo(stack, _str("Delete scenario step"), "scenario_step", step.id,
                     partial(scenario.delete_step, db),
                     lambda: scenario.add_step(db, engagement.id, **fields).id)


# ------------------------------------------------------------------------------ cars

VEHICLE_FIELDS = ("number", "plate", "driver", "phone", "notes")


def list_vehicles(ctx: UiContext, engagement_id: int):
    from delegation_planner.services import motorcade

    return motorcade.list_vehicles(ctx.db, engagement_id)


def add_vehicle(ctx: UiContext, engagement_id: int, values: dict[str, Any]):
    from delegation_planner.services import motorcade

    db, stack = ctx.db, ctx.undo_stack
    engagement = ref(stack, "engagement", engagement_id)
    fields = {k: values[k] for k in VEHICLE_FIELDS if k in values and values[k] is not None}
    return create_with_undo(stack, QCoreApplication.translate("CarsDialog", "Add car"), "vehicle",
                            lambda: motorcade.add_vehicle(db, engagement.id, **fields),
                            partial(motorcade.delete_vehicle, db))


def edit_vehicle(ctx: UiContext, vehicle, values: dict[str, Any]) -> bool:
    from delegation_planner.services import motorcade

    old, new = changed_fields({k: getattr(vehicle, k) for k in VEHICLE_FIELDS},
                              {k: v for k, v in values.items() if k in VEHICLE_FIELDS})
    if not new:
        return False
    update_undoable(ctx.undo_stack, QCoreApplication.translate("CarsDialog", "Edit car"), "vehicle",
                    partial(motorcade.update_vehicle, ctx.db), vehicle.id, old, new)
    return True


def delete_vehicle(ctx: UiContext, vehicle) -> None:
    from delegation_planner.services import motorcade

    db, stack = ctx.db, ctx.undo_stack
    engagement = ref(stack, "engagement", vehicle.engagement_id)
    fields = {k: getattr(vehicle, k) for k in VEHICLE_FIELDS}
    delete_with_undo(stack, QCoreApplication.translate("CarsDialog", "Delete car"), "vehicle", vehicle.id,
                     partial(motorcade.delete_vehicle, db), lambda: motorcade.add_vehicle(db, engagement.id, **fields).id)


def transfer_lines(ctx: UiContext, engagement_id: int, lang: str) -> list[str]:
    """Who rides where in each car, as the motorcade list prints it (or why it cannot be proposed)."""
    from delegation_planner.reports.motorcade_text import motorcade_lines
    from delegation_planner.services import motorcade

    return motorcade_lines([motorcade.transfer(ctx.db, engagement_id)], lang)[2:]
