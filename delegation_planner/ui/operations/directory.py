"""The shared directory: people and organizations (create/edit undoable; delete confirmed, not undoable)."""
from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication

from delegation_planner.domain.models import Organization, Person
from delegation_planner.services import directory
from delegation_planner.services.directory import HistoryItem, OrganizationRow, PersonRow
from delegation_planner.ui.context import UiContext
from delegation_planner.ui.operations.conflicts import checked_once, save_checked
from delegation_planner.ui.undo import changed_fields, create_with_undo, update_undoable

__all__ = ["ORGANIZATION_FIELDS", "PERSON_FIELDS", "HistoryItem", "Organization", "OrganizationRow", "Person",
           "PersonRow", "create_organization", "create_person", "delete_organization", "delete_person",
           "edit_organization", "edit_person", "get_organization", "get_person", "list_organizations", "list_people",
           "organization_history"]

PERSON_FIELDS = ("full_name", "title", "organization_id", "side", "email", "phone", "languages", "bio")
ORGANIZATION_FIELDS = ("name", "local_name", "kind", "city", "country", "address", "phone", "website", "profile")


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


# -- reading -----------------------------------------------------------------------------
def list_people(ctx: UiContext, text: str = "", side=None) -> list[PersonRow]:
    return directory.list_people(ctx.db, text, side)


def list_organizations(ctx: UiContext, text: str = "") -> list[OrganizationRow]:
    return directory.list_organizations(ctx.db, text)


def organization_history(ctx: UiContext, organization_id: int) -> list[HistoryItem]:
    return directory.organization_history(ctx.db, organization_id)


def get_person(ctx: UiContext, person_id: int) -> Person:
    return directory.get_person(ctx.db, person_id)


def get_organization(ctx: UiContext, organization_id: int) -> Organization:
    return directory.get_organization(ctx.db, organization_id)


# -- people --------------------------------------------------------------------------------
def create_person(ctx: UiContext, values: dict[str, Any]) -> Person:
    db = ctx.db
    return create_with_undo(ctx.undo_stack, _tr("PersonDialog", "Add person %s") % values.get("full_name", ""),
                            "person", lambda: directory.create_person(db, **values),
                            partial(directory.delete_person, db))


def edit_person(ctx: UiContext, person: Person, values: dict[str, Any]) -> Person:
    old, new = changed_fields({k: getattr(person, k) for k in PERSON_FIELDS},
                              {k: v for k, v in values.items() if k in PERSON_FIELDS})
    if not new:
        return person
    return save_checked(ctx, person.version, lambda version: update_undoable(
        ctx.undo_stack, _tr("PersonDialog", "Edit person %s") % values.get("full_name", ""), "person",
        checked_once(partial(directory.update_person, ctx.db), version), person.id, old, new), theirs=lambda: person)


def delete_person(ctx: UiContext, person_id: int) -> None:
    """Not undoable: it touches every trip (the panel confirms first)."""
    directory.delete_person(ctx.db, person_id)


# -- organizations -------------------------------------------------------------------------
def create_organization(ctx: UiContext, values: dict[str, Any]) -> Organization:
    db = ctx.db
    return create_with_undo(ctx.undo_stack, _tr("OrganizationDialog", "Add organization %s") % values.get("name", ""),
                            "organization", lambda: directory.create_organization(db, **values),
                            partial(directory.delete_organization, db))


def edit_organization(ctx: UiContext, organization: Organization, values: dict[str, Any]) -> Organization:
    old, new = changed_fields({k: getattr(organization, k) for k in ORGANIZATION_FIELDS},
                              {k: v for k, v in values.items() if k in ORGANIZATION_FIELDS})
    if not new:
        return organization
    return save_checked(ctx, organization.version, lambda version: update_undoable(
        ctx.undo_stack, _tr("OrganizationDialog", "Edit organization %s") % values.get("name", ""), "organization",
        checked_once(partial(directory.update_organization, ctx.db), version), organization.id, old, new),
        theirs=lambda: organization)


def delete_organization(ctx: UiContext, organization_id: int) -> None:
    """Not undoable: engagements, people and commitments lose the link (the panel confirms first)."""
    directory.delete_organization(ctx.db, organization_id)
