"""Commitments made on trips: MoUs, contracts, training promised… and their follow-up."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any, Iterable

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from delegation_planner.domain.enums import CLOSED_COMMITMENT_STATUSES, CommitmentKind, CommitmentStatus, MadeBy
from delegation_planner.domain.errors import Problem, ValidationError, problem
from delegation_planner.domain.models import Commitment, Engagement, Organization, Person, Trip
from delegation_planner.domain.rules import MAX_SHORT_TEXT, check_text, check_year, commitment_is_overdue, raise_if
from delegation_planner.domain.rules import validate_commitment_fields as _rules_commitment_fields
from delegation_planner.changes import Action, Subject
from delegation_planner.storage.database import Database
from delegation_planner.services._common import unit_of_work, apply, check_reference, defaults_of, get_or_raise, prepare, values_of
from delegation_planner.services._common import check_version, keep_or_new_reference, new_commitment_reference
from delegation_planner.services._common import parse_reference  # noqa: F401  (public here: bundles read references)
from delegation_planner.services import reads
from delegation_planner.services.reads import CommitmentRow  # noqa: F401  (the row type lives with the light reads)

EDITABLE = {"engagement_id", "organization_id", "description", "kind", "made_by", "owner_id", "due_date", "status",
            "signed_date", "follow_up", "source_document", "their_contact_id", "completed_date"}


def validate_commitment_fields(values) -> None:
    """domain.rules' commitment fields plus source_document (text) and completed_date (a date);
    every problem of both in one ValidationError. The trip's start is checked by
    :func:`check_completed_date` (it needs the trip)."""
    problems: list[Problem] = []
    try:
        _rules_commitment_fields(values)
    except ValidationError as exc:
        problems.extend(exc.problems)
    check_text(problems, "source_document", values.get("source_document"), max_len=MAX_SHORT_TEXT)
    value = values.get("completed_date")
    if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
        problems.append(problem("completed_date", "not_date"))
    else:
        check_year(problems, "completed_date", value)
    raise_if(problems)


def check_completed_date(completed: date | None, trip_start: date) -> None:
    """A commitment cannot be done before the trip that made it began."""
    if completed is not None and completed < trip_start:
        raise ValidationError.of("completed_date", "completed_before_trip", start=trip_start)


def _check_refs(s, trip_id: int, values: dict) -> None:
    check_reference(s, Organization, values.get("organization_id"), "organization_id")
    check_reference(s, Person, values.get("owner_id"), "owner_id")
    check_reference(s, Person, values.get("their_contact_id"), "their_contact_id")
    check_completed_date(values.get("completed_date"), s.get(Trip, trip_id).start_date)
    eng_id = values.get("engagement_id")
    if eng_id is not None:
        check_reference(s, Engagement, eng_id, "engagement_id")
        if s.get(Engagement, eng_id).trip_id != trip_id:
            raise ValidationError.of("engagement_id", "other_trip")


def create_commitment(db: Database, trip_id: int, *, restore_reference: str | None = None,
                      **fields: Any) -> Commitment:
    """A new commitment with the next reference of its trip's year ("CK-2017-004").

    ``restore_reference``: the reference of a deleted commitment that is being brought back (undo),
    kept when no commitment holds it; otherwise ignored (a new one is given)."""
    with unit_of_work(db) as (s, changed):
        get_or_raise(s, Trip, trip_id)
        base = defaults_of(Commitment)
        base["trip_id"] = trip_id
        values = prepare(Commitment, base, fields, validate_commitment_fields, editable=EDITABLE)
        _check_refs(s, trip_id, values)
        year = s.get(Trip, trip_id).start_date.year
        values["reference"] = (keep_or_new_reference(s, restore_reference, year, set()) if restore_reference
                               else new_commitment_reference(s, year))
        commitment = Commitment(**values)
        s.add(commitment)
        s.flush()
        commitment_id = commitment.id
        changed(Subject.COMMITMENT, (commitment_id,), trip_id, Action.CREATE)
    return commitment


def update_commitment(db: Database, commitment_id: int, *, expected_version: int | None = None,
                      **changes: Any) -> Commitment:
    """``expected_version``: the version the caller read (RecordChangedError if it was saved since)."""
    with unit_of_work(db) as (s, changed):
        commitment = get_or_raise(s, Commitment, commitment_id)
        check_version(commitment, expected_version, changes)
        values = prepare(Commitment, values_of(commitment), changes, validate_commitment_fields, editable=EDITABLE)
        _check_refs(s, commitment.trip_id, values)
        apply(commitment, values)
        s.add(commitment)
        trip_id = commitment.trip_id
        changed(Subject.COMMITMENT, (commitment_id,), trip_id, Action.UPDATE)
    return commitment


def set_status(db: Database, commitment_id: int, status: CommitmentStatus | str) -> Commitment:
    """Change status in place; signing sets the signed date to today if none was given."""
    changes: dict[str, Any] = {"status": status}
    current = get_commitment(db, commitment_id)
    if str(status) == CommitmentStatus.SIGNED and current.signed_date is None:
        changes["signed_date"] = date.today()
    return update_commitment(db, commitment_id, **changes)


def delete_commitment(db: Database, commitment_id: int) -> None:
    with unit_of_work(db) as (s, changed):
        commitment = get_or_raise(s, Commitment, commitment_id)
        trip_id = commitment.trip_id
        s.delete(commitment)
        changed(Subject.COMMITMENT, (commitment_id,), trip_id, Action.DELETE)


def get_commitment(db: Database, commitment_id: int) -> Commitment:
    with db.reading() as s:
        return get_or_raise(s, Commitment, commitment_id)


def list_commitments(db: Database, *, trip_id: int | None = None, engagement_id: int | None = None,
                     organization_id: int | None = None, owner_id: int | None = None,
                     statuses: Iterable[CommitmentStatus | str] | None = None, open_only: bool = False,
                     overdue_on: date | None = None, exclude_trip_id: int | None = None) -> list[CommitmentRow]:
    """Commitments filtered in SQL; by due date (none last), then id (plain sqlite3 on a file:
    services/reads.py; the Core select on a server)."""
    filters = dict(trip_id=trip_id, engagement_id=engagement_id, organization_id=organization_id, owner_id=owner_id,
                   statuses=list(statuses) if statuses else None, open_only=open_only, overdue_on=overdue_on,
                   exclude_trip_id=exclude_trip_id)
    if reads.is_sqlite(db):
        with reads.connection_of(db) as conn:
            return reads.commitment_rows(conn, **filters)
    return _list_commitments_core(db, **filters)


def _list_commitments_core(db: Database, *, trip_id: int | None = None, engagement_id: int | None = None,
                           organization_id: int | None = None, owner_id: int | None = None,
                           statuses: Iterable[CommitmentStatus | str] | None = None, open_only: bool = False,
                           overdue_on: date | None = None, exclude_trip_id: int | None = None) -> list[CommitmentRow]:
    owner = aliased(Person)
    contact = aliased(Person)
    query = (sa.select(Commitment.id, Commitment.trip_id, Trip.title, Commitment.engagement_id,
                       sa.func.coalesce(Engagement.title, ""), Commitment.organization_id,
                       sa.func.coalesce(Organization.name, ""), Commitment.description, Commitment.kind,
                       Commitment.made_by, Commitment.owner_id, sa.func.coalesce(owner.full_name, ""),
                       Commitment.due_date, Commitment.status, Commitment.signed_date, Commitment.follow_up,
                       Commitment.reference, Commitment.source_document, Commitment.their_contact_id,
                       sa.func.coalesce(contact.full_name, ""), Commitment.completed_date)
             .join(Trip, Trip.id == Commitment.trip_id)
             .outerjoin(Engagement, Engagement.id == Commitment.engagement_id)
             .outerjoin(Organization, Organization.id == Commitment.organization_id)
             .outerjoin(owner, owner.id == Commitment.owner_id)
             .outerjoin(contact, contact.id == Commitment.their_contact_id)
             .order_by(Commitment.due_date.is_(None), Commitment.due_date, Commitment.id))
    if trip_id is not None:
        query = query.where(Commitment.trip_id == trip_id)
    if exclude_trip_id is not None:
        query = query.where(Commitment.trip_id != exclude_trip_id)
    if engagement_id is not None:
        query = query.where(Commitment.engagement_id == engagement_id)
    if organization_id is not None:
        query = query.where(Commitment.organization_id == organization_id)
    if owner_id is not None:
        query = query.where(Commitment.owner_id == owner_id)
    if statuses:
        query = query.where(Commitment.status.in_([CommitmentStatus(st) for st in statuses]))
    if open_only or overdue_on is not None:
        query = query.where(Commitment.status.not_in(list(CLOSED_COMMITMENT_STATUSES)))
    if overdue_on is not None:
        query = query.where(Commitment.due_date < overdue_on)
    with db.reading() as s:
        return [CommitmentRow(*row) for row in s.execute(query).all()]
