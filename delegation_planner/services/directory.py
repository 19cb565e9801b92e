"""The shared directory: people and organizations, across trips."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from delegation_planner.domain.enums import OrganizationKind, Side
from delegation_planner.domain.models import Commitment, Engagement, Organization, Person, Trip
from delegation_planner.domain.rules import validate_organization_fields, validate_person_fields
from delegation_planner.changes import Action, Subject
from delegation_planner.storage.database import Database
from delegation_planner.services._common import (
    unit_of_work, apply, check_list_filters, check_reference, defaults_of, get_or_raise, prepare, values_of,
)
from delegation_planner.services._common import check_version
from delegation_planner.services import reads
from delegation_planner.services.reads import OrganizationRow, PersonRow  # noqa: F401  (row types: the light reads)


# ----------------------------------------------------------------------------- organizations

def list_organizations(db: Database, search: str = "") -> list[OrganizationRow]:
    check_list_filters(search, None, OrganizationKind, "kind")
    if reads.is_sqlite(db):
        with reads.connection_of(db) as conn:
            return reads.organization_rows(conn, search)
    return _list_organizations_core(db, search)


def _list_organizations_core(db: Database, search: str = "") -> list[OrganizationRow]:
    query = sa.select(Organization.id, Organization.name, Organization.local_name, Organization.kind,
                      Organization.city, Organization.country).order_by(Organization.name, Organization.id)
    if search:
        like = f"%{search.strip()}%"
        query = query.where(sa.or_(Organization.name.ilike(like), Organization.local_name.ilike(like),
                                   Organization.city.ilike(like)))
    with db.reading() as s:
        return [OrganizationRow(*row) for row in s.execute(query).all()]


def get_organization(db: Database, organization_id: int) -> Organization:
    with db.reading() as s:
        return get_or_raise(s, Organization, organization_id)


def create_organization(db: Database, **fields: Any) -> Organization:
    values = prepare(Organization, defaults_of(Organization), fields, validate_organization_fields)
    with unit_of_work(db) as (s, changed):
        org = Organization(**values)
        s.add(org)
        s.flush()
        org_id = org.id
        changed(Subject.ORGANIZATION, (org_id,), None, Action.CREATE)
    return org


def update_organization(db: Database, organization_id: int, *, expected_version: int | None = None,
                        **changes: Any) -> Organization:
    """``expected_version``: the version the caller read (RecordChangedError if it was saved since)."""
    with unit_of_work(db) as (s, changed):
        org = get_or_raise(s, Organization, organization_id)
        check_version(org, expected_version, changes)
        apply(org, prepare(Organization, values_of(org), changes, validate_organization_fields))
        s.add(org)
        changed(Subject.ORGANIZATION, (organization_id,), None, Action.UPDATE)
    return org


def delete_organization(db: Database, organization_id: int) -> None:
    """Engagements, people and commitments keep their record; their link is cleared."""
    with unit_of_work(db) as (s, changed):
        s.delete(get_or_raise(s, Organization, organization_id))
        changed(Subject.ORGANIZATION, (organization_id,), None, Action.DELETE)


@dataclass(frozen=True)
class HistoryItem:
    trip_id: int
    trip_title: str
    when: date | None
    what: str  # "engagement" or "commitment"
    record_id: int
    title: str
    status: str


def organization_history(db: Database, organization_id: int) -> list[HistoryItem]:
    """Every engagement and commitment with an organization, across trips, newest first."""
    with db.reading() as s:
        get_or_raise(s, Organization, organization_id)
        engagements = s.execute(
            sa.select(Engagement.trip_id, Trip.title, Engagement.start_utc, Engagement.id, Engagement.title,
                      Engagement.status)
            .join(Trip, Trip.id == Engagement.trip_id)
            .where(Engagement.organization_id == organization_id)).all()
        commitments = s.execute(
            sa.select(Commitment.trip_id, Trip.title, Trip.start_date, Commitment.id, Commitment.description,
                      Commitment.status)
            .join(Trip, Trip.id == Commitment.trip_id)
            .where(Commitment.organization_id == organization_id)).all()
    items = [HistoryItem(t, tt, when.date() if isinstance(when, datetime) else when, "engagement", i, title, str(st))
             for t, tt, when, i, title, st in engagements]
    items += [HistoryItem(t, tt, when, "commitment", i, desc, str(st)) for t, tt, when, i, desc, st in commitments]
    items.sort(key=lambda h: (h.when or date.min, h.what, h.record_id), reverse=True)
    return items


# ----------------------------------------------------------------------------------- people

def list_people(db: Database, search: str = "", side: Side | str | None = None) -> list[PersonRow]:
    check_list_filters(search, side, Side, "side")
    if reads.is_sqlite(db):
        with reads.connection_of(db) as conn:
            return reads.people_rows(conn, search, side)
    return _list_people_core(db, search, side)


def _list_people_core(db: Database, search: str = "", side: Side | str | None = None) -> list[PersonRow]:
    query = (sa.select(Person.id, Person.full_name, Person.title, Person.organization_id,
                       sa.func.coalesce(Organization.name, ""), Person.side, Person.email, Person.phone)
             .outerjoin(Organization, Organization.id == Person.organization_id)
             .order_by(Person.full_name, Person.id))
    if search:
        like = f"%{search.strip()}%"
        query = query.where(sa.or_(Person.full_name.ilike(like), Person.title.ilike(like),
                                   Organization.name.ilike(like)))
    if side:
        query = query.where(Person.side == Side(side))
    with db.reading() as s:
        return [PersonRow(*row) for row in s.execute(query).all()]


def get_person(db: Database, person_id: int) -> Person:
    with db.reading() as s:
        return get_or_raise(s, Person, person_id)


def create_person(db: Database, **fields: Any) -> Person:
    values = prepare(Person, defaults_of(Person), fields, validate_person_fields)
    with unit_of_work(db) as (s, changed):
        check_reference(s, Organization, values.get("organization_id"), "organization_id")
        person = Person(**values)
        s.add(person)
        s.flush()
        person_id = person.id
        changed(Subject.PERSON, (person_id,), None, Action.CREATE)
    return person


def update_person(db: Database, person_id: int, *, expected_version: int | None = None, **changes: Any) -> Person:
    """``expected_version``: the version the caller read (RecordChangedError if it was saved since)."""
    with unit_of_work(db) as (s, changed):
        person = get_or_raise(s, Person, person_id)
        check_version(person, expected_version, changes)
        values = prepare(Person, values_of(person), changes, validate_person_fields)
        check_reference(s, Organization, values.get("organization_id"), "organization_id")
        apply(person, values)
        s.add(person)
        changed(Subject.PERSON, (person_id,), None, Action.UPDATE)
    return person


def delete_person(db: Database, person_id: int) -> None:
    """Removes the person from every delegation and attendance list; commitments keep no owner."""
    with unit_of_work(db) as (s, changed):
        s.delete(get_or_raise(s, Person, person_id))
        changed(Subject.PERSON, (person_id,), None, Action.DELETE)

