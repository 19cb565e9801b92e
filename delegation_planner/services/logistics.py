"""Logistics contacts of a visit: the hotel, the embassy or consulate, the host's liaison, drivers,
interpreters, emergency numbers (issue 11). Printed on the contact sheet with the people.

Every edit is its own transaction; a refused call (ValidationError naming the field) writes nothing.
"""
from __future__ import annotations

from typing import Any, Mapping

import sqlalchemy as sa

from delegation_planner.changes import Action, Subject
from delegation_planner.domain.enums import ContactKind
from delegation_planner.domain.errors import Problem, ValidationError
from delegation_planner.domain.models import Trip, TripContact
from delegation_planner.domain.rules import MAX_SHORT_TEXT, check_enum, check_text, raise_if
from delegation_planner.services._common import (
    _is_id, apply, check_version, defaults_of, get_or_raise, prepare, unit_of_work, values_of,
)
from delegation_planner.storage.database import Database

EDITABLE = {"kind", "name", "phone", "address", "notes"}


def validate_contact_fields(values: Mapping[str, Any]) -> None:
    """A contact needs a name (the hotel's, the consulate's, the driver's); kind one of ContactKind."""
    p: list[Problem] = []
    check_enum(p, "kind", values.get("kind"), ContactKind)
    check_text(p, "name", values.get("name"), required=True, max_len=300)
    check_text(p, "phone", values.get("phone"), max_len=MAX_SHORT_TEXT)
    check_text(p, "address", values.get("address"), max_len=MAX_SHORT_TEXT)
    check_text(p, "notes", values.get("notes"))
    raise_if(p)


def _ordered(s, trip_id: int) -> list[TripContact]:
    return list(s.execute(sa.select(TripContact).where(TripContact.trip_id == trip_id)
                          .order_by(TripContact.position, TripContact.id)).scalars())


def list_contacts(db: Database, trip_id: int) -> list[TripContact]:
    """The trip's logistics contacts in their order (``position``, then id)."""
    with db.reading() as s:
        get_or_raise(s, Trip, trip_id)
        return _ordered(s, trip_id)


def get_contact(db: Database, contact_id: int) -> TripContact:
    with db.reading() as s:
        return get_or_raise(s, TripContact, contact_id)


def add_contact(db: Database, trip_id: int, **fields: Any) -> TripContact:
    """A new contact at the end of the trip's list."""
    with unit_of_work(db) as (s, changed):
        get_or_raise(s, Trip, trip_id)
        values = prepare(TripContact, dict(defaults_of(TripContact), trip_id=trip_id), fields,
                         validate_contact_fields, editable=EDITABLE)
        last = s.execute(sa.select(sa.func.max(TripContact.position))
                         .where(TripContact.trip_id == trip_id)).scalar()
        values["position"] = 0 if last is None else last + 1
        contact = TripContact(**values)
        s.add(contact)
        s.flush()
        changed(Subject.TRIP, (trip_id,), trip_id, Action.UPDATE)
    return contact


def update_contact(db: Database, contact_id: int, *, expected_version: int | None = None,
                   **changes: Any) -> TripContact:
    """``expected_version``: the version the caller read (RecordChangedError if it was saved since)."""
    with unit_of_work(db) as (s, changed):
        contact = get_or_raise(s, TripContact, contact_id)
        check_version(contact, expected_version, changes)
        values = prepare(TripContact, values_of(contact), changes, validate_contact_fields, editable=EDITABLE)
        apply(contact, values)
        s.add(contact)
        trip_id = contact.trip_id
        changed(Subject.TRIP, (trip_id,), trip_id, Action.UPDATE)
    return contact


def delete_contact(db: Database, contact_id: int) -> None:
    """Remove a contact; the others close up (positions 0, 1, 2 … again)."""
    with unit_of_work(db) as (s, changed):
        contact = get_or_raise(s, TripContact, contact_id)
        trip_id = contact.trip_id
        s.delete(contact)
        s.flush()
        for index, other in enumerate(_ordered(s, trip_id)):
            if other.position != index:
                other.position = index
                s.add(other)
        changed(Subject.TRIP, (trip_id,), trip_id, Action.UPDATE)


def reorder_contacts(db: Database, trip_id: int, contact_ids: list[int]) -> list[TripContact]:
    """Put the trip's contacts in the order of ``contact_ids`` (every contact of the trip, once)."""
    with unit_of_work(db) as (s, changed):
        get_or_raise(s, Trip, trip_id)
        current = _ordered(s, trip_id)
        if not isinstance(contact_ids, (list, tuple)) or not all(_is_id(i) for i in contact_ids):
            raise ValidationError.of("contact_ids", "contact_ids_list")
        if sorted(contact_ids) != sorted(c.id for c in current):
            raise ValidationError.of("contact_ids", "contact_ids_every")
        by_id = {c.id: c for c in current}
        for index, contact_id in enumerate(contact_ids):
            contact = by_id[contact_id]
            if contact.position != index:
                contact.position = index
                s.add(contact)
        s.flush()
        changed(Subject.TRIP, (trip_id,), trip_id, Action.UPDATE)
        ordered = [by_id[i] for i in contact_ids]
    return ordered
