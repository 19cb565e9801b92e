"""Trips: list, create, edit, duplicate, delete."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import select

from delegation_planner.domain.enums import TripStatus, VisitDirection
from delegation_planner.domain.models import (
    Attendance, DelegationMember, Engagement, ScenarioStep, Trip, TripContact, new_uuid,
)
from delegation_planner.domain.errors import ValidationError
from delegation_planner.domain.errors import Problem
from delegation_planner.domain.rules import check_enum, check_year, raise_if
from delegation_planner.domain.rules import validate_trip_fields as _rules_trip_fields
from delegation_planner.domain.timezones import utc_now
from delegation_planner.changes import Action, Subject
from delegation_planner.storage.database import Database
from delegation_planner.services._common import (
    unit_of_work, apply, check_list_filters, defaults_of, get_or_raise, prepare, values_of,
)
from delegation_planner.services._common import check_version
from delegation_planner.services import reads
from delegation_planner.services.reads import TripRow  # noqa: F401  (the row type lives with the light reads)

EDITABLE = {"title", "purpose", "destination", "start_date", "end_date", "home_timezone", "status", "notes",
            "direction"}


def validate_trip_fields(values) -> None:
    """domain.rules' trip fields plus the visit's direction (outbound / inbound / domestic), every
    problem of both in one ValidationError."""
    problems: list[Problem] = []
    try:
        _rules_trip_fields(values)
    except ValidationError as exc:
        problems.extend(exc.problems)
    check_enum(problems, "direction", values.get("direction", VisitDirection.OUTBOUND), VisitDirection)
    raise_if(problems)


def list_trips(db: Database, *, search: str = "", status: TripStatus | str | None = None,
               year: int | None = None) -> list[TripRow]:
    """Trips sorted by start date (newest first), filtered in SQL (plain sqlite3 on a file:
    services/reads.py; the Core select on a server)."""
    check_list_filters(search, status, TripStatus, "status")
    if reads.is_sqlite(db):
        with reads.connection_of(db) as conn:
            return reads.trip_rows(conn, search=search, status=status, year=year)
    return _list_trips_core(db, search=search, status=status, year=year)


def _list_trips_core(db: Database, *, search: str = "", status: TripStatus | str | None = None,
                     year: int | None = None) -> list[TripRow]:
    counts = (sa.select(Engagement.trip_id, sa.func.count().label("n"))
              .group_by(Engagement.trip_id).subquery())
    query = (sa.select(Trip.id, Trip.title, Trip.destination, Trip.start_date, Trip.end_date, Trip.status,
                       sa.func.coalesce(counts.c.n, 0), Trip.direction)
             .outerjoin(counts, counts.c.trip_id == Trip.id)
             .order_by(Trip.start_date.desc(), Trip.id.desc()))
    if search:
        like = f"%{search.strip()}%"
        query = query.where(sa.or_(Trip.title.ilike(like), Trip.destination.ilike(like), Trip.purpose.ilike(like)))
    if status:
        query = query.where(Trip.status == TripStatus(status))
    if year:
        query = query.where(Trip.start_date <= date(year, 12, 31), Trip.end_date >= date(year, 1, 1))
    with db.reading() as s:
        return [TripRow(*row) for row in s.execute(query).all()]


def trip_years(db: Database) -> list[int]:
    if reads.is_sqlite(db):
        with reads.connection_of(db) as conn:
            return reads.trip_years(conn)
    with db.reading() as s:
        dates = s.execute(sa.select(sa.func.min(Trip.start_date), sa.func.max(Trip.end_date))).one()
    if dates[0] is None:
        return []
    return list(range(dates[1].year, dates[0].year - 1, -1))


def get_trip(db: Database, trip_id: int) -> Trip:
    with db.reading() as s:
        return get_or_raise(s, Trip, trip_id)


def create_trip(db: Database, **fields: Any) -> Trip:
    values = prepare(Trip, defaults_of(Trip), fields, validate_trip_fields, editable=EDITABLE)
    with unit_of_work(db) as (s, changed):
        trip = Trip(**values)
        s.add(trip)
        s.flush()
        trip_id = trip.id
        changed(Subject.TRIP, (trip_id,), trip_id, Action.CREATE)
    return trip


def update_trip(db: Database, trip_id: int, *, expected_version: int | None = None, **changes: Any) -> Trip:
    """``expected_version``: the version the caller read (RecordChangedError if it was saved since)."""
    with unit_of_work(db) as (s, changed):
        trip = get_or_raise(s, Trip, trip_id)
        check_version(trip, expected_version, changes)
        values = prepare(Trip, values_of(trip), changes, validate_trip_fields, editable=EDITABLE)
        apply(trip, values)
        trip.updated_at = utc_now()
        s.add(trip)
        changed(Subject.TRIP, (trip_id,), trip_id, Action.UPDATE)
    return trip


def delete_trip(db: Database, trip_id: int) -> None:
    """Delete a trip with its programme, delegation list, notes and commitments."""
    with unit_of_work(db) as (s, changed):
        trip = get_or_raise(s, Trip, trip_id)
        s.delete(trip)
        changed(Subject.TRIP, (trip_id,), trip_id, Action.DELETE)


@dataclass(frozen=True)
class DeleteSummary:
    """What deleting a trip deletes with it (the question before a trip is deleted names the counts)."""

    engagements: int
    members: int
    notes: int
    commitments: int
    gifts: int
    cars: int
    attachments: int  # files attached to its engagements, commitments and gifts


def delete_summary(db: Database, trip_id: int) -> DeleteSummary:
    """The counts of what :func:`delete_trip` deletes with the trip, in one read (NotFoundError if gone)."""
    from delegation_planner.domain.models import Attachment, Commitment, Gift, MeetingNote, Vehicle

    def count(model, *where) -> int:
        return s.execute(sa.select(sa.func.count()).select_from(model).where(*where)).scalar() or 0

    with db.reading() as s:
        get_or_raise(s, Trip, trip_id)
        engagements = sa.select(Engagement.id).where(Engagement.trip_id == trip_id).scalar_subquery()
        commitments = sa.select(Commitment.id).where(Commitment.trip_id == trip_id).scalar_subquery()
        gifts = sa.select(Gift.id).where(Gift.trip_id == trip_id).scalar_subquery()
        return DeleteSummary(
            engagements=count(Engagement, Engagement.trip_id == trip_id),
            members=count(DelegationMember, DelegationMember.trip_id == trip_id),
            notes=count(MeetingNote, MeetingNote.engagement_id.in_(engagements)),
            commitments=count(Commitment, Commitment.trip_id == trip_id),
            gifts=count(Gift, Gift.trip_id == trip_id),
            cars=count(Vehicle, Vehicle.engagement_id.in_(engagements)),
            attachments=count(Attachment, sa.or_(Attachment.engagement_id.in_(engagements),
                                                 Attachment.commitment_id.in_(commitments),
                                                 Attachment.gift_id.in_(gifts))))


def duplicate_trip(db: Database, trip_id: int, *, start_date: date | None = None, title: str | None = None) -> Trip:
    """"Same programme as last year": a draft copy with its delegation, programme (with each
    engagement's scenario) and logistics contacts, shifted to ``start_date`` (same weekday offset
    kept in days). Notes and commitments stay with the original."""
    if start_date is not None:
        if not isinstance(start_date, date) or isinstance(start_date, datetime):
            raise ValidationError.of("start_date", "not_date_value", value=repr(start_date))
        problems: list = []
        check_year(problems, "start_date", start_date)
        raise_if(problems)
    with unit_of_work(db) as (s, changed):
        source = get_or_raise(s, Trip, trip_id)
        shift = timedelta(days=(start_date - source.start_date).days) if start_date else timedelta(0)
        values = values_of(source)
        values.update(
            title=title if title is not None else f"{source.title} (copy)",
            start_date=source.start_date + shift,
            end_date=source.end_date + shift,
            status=TripStatus.DRAFT,
            created_at=utc_now(),
            updated_at=utc_now(),
        )
        validate_trip_fields(values)
        copy = Trip(**values)
        s.add(copy)
        s.flush()
        for member in s.exec(select(DelegationMember).where(DelegationMember.trip_id == trip_id)):
            s.add(DelegationMember(trip_id=copy.id, person_id=member.person_id, role=member.role,
                                   precedence=member.precedence))
        from delegation_planner.domain.enums import EngagementStatus

        for eng in s.exec(select(Engagement).where(Engagement.trip_id == trip_id)):
            new_values = values_of(eng)
            new_values.update(trip_id=copy.id, start_utc=eng.start_utc + shift, end_utc=eng.end_utc + shift,
                              status=EngagementStatus.PLANNED)
            new = Engagement(**new_values)
            s.add(new)
            s.flush()
            for att in s.exec(select(Attendance).where(Attendance.engagement_id == eng.id)):
                s.add(Attendance(engagement_id=new.id, person_id=att.person_id, role=att.role))
            for step in s.exec(select(ScenarioStep).where(ScenarioStep.engagement_id == eng.id)):
                s.add(ScenarioStep(engagement_id=new.id, position=step.position, at_time=step.at_time,
                                   action=step.action, performer=step.performer, responsible=step.responsible,
                                   uuid=new_uuid()))
        for contact in s.exec(select(TripContact).where(TripContact.trip_id == trip_id)):
            s.add(TripContact(trip_id=copy.id, kind=contact.kind, name=contact.name, phone=contact.phone,
                              address=contact.address, notes=contact.notes, position=contact.position))
        new_id = copy.id
        changed(Subject.TRIP, (new_id,), new_id, Action.CREATE)
    return copy


def record_ids(db: Database, trip_id: int) -> dict[str, list[int]]:
    """Ids of a trip's records by subject, each list in an order that export+import and
    duplicate keep (members by precedence, engagements by start, notes by time,
    commitments by due date then id), so two snapshots pair up by position (undo uses it)."""
    from delegation_planner.services import commitments, engagements, members, notes

    engagement_ids = [item.id for item in engagements.programme(db, trip_id).items]
    note_ids = [n.id for eid in engagement_ids for n in notes.list_notes(db, eid)]
    return {
        "trip": [trip_id],
        "member": [m.id for m in members.list_members(db, trip_id)],
        "engagement": engagement_ids,
        "note": note_ids,
        "commitment": [c.id for c in commitments.list_commitments(db, trip_id=trip_id)],
    }
