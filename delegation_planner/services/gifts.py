"""The gifts register of a visit (issue 13): gifts given and received, what became of them, and the
written reports that received gifts above the office's threshold need (``domain.gifts``).

Every edit is its own transaction; a refused call (ValidationError naming the field) writes nothing.
References are checked: the engagement must be of the same trip, the people must exist.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa

from delegation_planner.changes import Action, Subject
from delegation_planner.domain.errors import ValidationError
from delegation_planner.domain.gifts import GiftPolicy, GiftStatus, gift_status, validate_gift_fields
from delegation_planner.domain.models import Engagement, Gift, Person, Trip
from delegation_planner.services._common import (
    apply, check_reference, check_version, defaults_of, get_or_raise, prepare, unit_of_work, values_of,
)
from delegation_planner.storage.database import Database

EDITABLE = {"engagement_id", "direction", "description", "counterpart_id", "counterpart", "our_person_id",
            "given_on", "estimated_value", "currency", "disposition", "reported_on", "notes"}


@dataclass(frozen=True)
class GiftRow:
    """A line of the register as the lists, the report and the CSV show it."""

    id: int
    trip_id: int
    trip_title: str
    engagement_id: int | None
    engagement_title: str
    direction: str
    description: str
    counterpart_id: int | None
    counterpart: str  # the person's name, else the text written
    our_person_id: int | None
    our_person: str
    given_on: date | None
    estimated_value: int | None
    currency: str
    disposition: str
    reported_on: date | None
    notes: str
    version: int
    uuid: str
    status: GiftStatus


def _check_refs(s, trip_id: int, values: dict) -> None:
    check_reference(s, Person, values.get("counterpart_id"), "counterpart_id")
    check_reference(s, Person, values.get("our_person_id"), "our_person_id")
    eng_id = values.get("engagement_id")
    if eng_id is not None:
        check_reference(s, Engagement, eng_id, "engagement_id")
        if s.get(Engagement, eng_id).trip_id != trip_id:
            raise ValidationError.of("engagement_id", "other_trip")


def _normalised(fields: dict[str, Any]) -> dict[str, Any]:
    out = dict(fields)
    if isinstance(out.get("currency"), str):
        out["currency"] = out["currency"].strip().upper()
    return out


def add_gift(db: Database, trip_id: int, **fields: Any) -> Gift:
    with unit_of_work(db) as (s, changed):
        get_or_raise(s, Trip, trip_id)
        base = defaults_of(Gift)
        base["trip_id"] = trip_id
        values = prepare(Gift, base, _normalised(fields), validate_gift_fields, editable=EDITABLE)
        _check_refs(s, trip_id, values)
        gift = Gift(**values)
        s.add(gift)
        s.flush()
        changed(Subject.TRIP, (trip_id,), trip_id, Action.UPDATE)
    return gift


def update_gift(db: Database, gift_id: int, *, expected_version: int | None = None, **changes: Any) -> Gift:
    with unit_of_work(db) as (s, changed):
        gift = get_or_raise(s, Gift, gift_id)
        check_version(gift, expected_version, changes)
        values = prepare(Gift, values_of(gift), _normalised(changes), validate_gift_fields, editable=EDITABLE)
        _check_refs(s, gift.trip_id, values)
        apply(gift, values)
        s.add(gift)
        changed(Subject.TRIP, (gift.trip_id,), gift.trip_id, Action.UPDATE)
    return gift


def delete_gift(db: Database, gift_id: int) -> None:
    with unit_of_work(db) as (s, changed):
        gift = get_or_raise(s, Gift, gift_id)
        trip_id = gift.trip_id
        s.delete(gift)
        changed(Subject.TRIP, (trip_id,), trip_id, Action.UPDATE)


def get_gift(db: Database, gift_id: int) -> Gift:
    with db.reading() as s:
        return get_or_raise(s, Gift, gift_id)


def list_gifts(db: Database, trip_id: int | None = None, *, policy: GiftPolicy | None = None,
               today: date | None = None) -> list[GiftRow]:
    """The register of one trip (``trip_id``) or of every trip, by date then id, each with its status
    under ``policy`` (the office's threshold and deadline; default: domain.gifts.GiftPolicy())."""
    policy = policy or GiftPolicy()
    counterpart = sa.orm.aliased(Person)
    ours = sa.orm.aliased(Person)
    with db.reading() as s:
        if trip_id is not None:
            get_or_raise(s, Trip, trip_id)
        query = (sa.select(Gift, Trip.title, Trip.end_date, sa.func.coalesce(Engagement.title, ""),
                           counterpart.full_name, ours.full_name)
                 .join(Trip, Trip.id == Gift.trip_id)
                 .outerjoin(Engagement, Engagement.id == Gift.engagement_id)
                 .outerjoin(counterpart, counterpart.id == Gift.counterpart_id)
                 .outerjoin(ours, ours.id == Gift.our_person_id)
                 .order_by(Gift.given_on.is_(None), Gift.given_on, Gift.id))
        if trip_id is not None:
            query = query.where(Gift.trip_id == trip_id)
        rows = s.execute(query).all()
    out = []
    for gift, trip_title, trip_end, eng_title, counterpart_name, our_name in rows:
        status = gift_status(gift.direction, gift.estimated_value, gift.currency, gift.given_on, gift.reported_on,
                             policy, trip_end=trip_end, today=today)
        out.append(GiftRow(gift.id, gift.trip_id, trip_title, gift.engagement_id, eng_title, str(gift.direction),
                           gift.description, gift.counterpart_id, counterpart_name or gift.counterpart,
                           gift.our_person_id, our_name or "", gift.given_on, gift.estimated_value, gift.currency,
                           str(gift.disposition), gift.reported_on, gift.notes, gift.version, gift.uuid,
                           status))
    return out
