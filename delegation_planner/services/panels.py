"""Small read-only queries the desktop panels need (choices for pickers, summaries).

Each returns plain tuples/dataclasses in one query; no ORM objects cross to the UI.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from delegation_planner.domain.enums import EngagementKind, EngagementStatus
from delegation_planner.domain.models import Commitment, DelegationMember, Engagement, Organization, Person, Trip
from delegation_planner.domain.errors import not_found
from delegation_planner.storage.database import Database


def organization_choices(db: Database) -> list[tuple[int, str]]:
    """(id, name) of every organization, by name."""
    with db.reading() as s:
        return [tuple(r) for r in s.execute(sa.select(Organization.id, Organization.name)
                                            .order_by(Organization.name, Organization.id)).all()]


def person_choices(db: Database, trip_id: int | None = None) -> list[tuple[int, str]]:
    """(id, name) of people; with a trip, its delegation members first (in precedence), then everyone else."""
    with db.reading() as s:
        people = [tuple(r) for r in s.execute(sa.select(Person.id, Person.full_name)
                                              .order_by(Person.full_name, Person.id)).all()]
        if trip_id is None:
            return people
        member_ids = [r[0] for r in s.execute(sa.select(DelegationMember.person_id)
                                              .where(DelegationMember.trip_id == trip_id)
                                              .order_by(DelegationMember.precedence)).all()]
    names = dict(people)
    first = [(pid, names[pid]) for pid in member_ids if pid in names]
    chosen = set(member_ids)
    return first + [p for p in people if p[0] not in chosen]


def engagement_choices(db: Database, trip_id: int, lang: str = "en") -> list[tuple[int, str]]:
    """(id, "12 Jul · title" / "12/07 · title") of a trip's engagements in time order (date in the
    venue's zone)."""
    from delegation_planner.domain.timezones import local_date

    with db.reading() as s:
        rows = s.execute(sa.select(Engagement.id, Engagement.title, Engagement.start_utc, Engagement.timezone)
                         .where(Engagement.trip_id == trip_id)
                         .order_by(Engagement.start_utc, Engagement.id)).all()
    def day(value) -> str:
        return f"{value.day:02d}/{value.month:02d}" if lang == "vi" else f"{value:%d %b}"

    return [(i, f"{day(local_date(start, zone))} · {title}") for i, title, start, zone in rows]


def trip_choices(db: Database) -> list[tuple[int, str]]:
    with db.reading() as s:
        return [tuple(r) for r in s.execute(sa.select(Trip.id, Trip.title)
                                            .order_by(Trip.start_date.desc(), Trip.id)).all()]


@dataclass(frozen=True)
class EngagementSummary:
    id: int
    trip_id: int
    trip_title: str
    home_timezone: str
    title: str
    kind: EngagementKind
    status: EngagementStatus
    organization_id: int | None
    organization_name: str
    location: str
    timezone: str
    start_utc: datetime
    end_utc: datetime
    objectives: str
    talking_points: str
    logistics: str
    travel_minutes: int | None
    venue_city: str = ""  # the organization's city: the venue clock's place name
    version: int = 1  # the engagement's, for a checked update (two officers editing the brief)


def engagement_summary(db: Database, engagement_id: int) -> EngagementSummary:
    """An engagement with its trip's title and home zone and its organization's name, in one query."""
    with db.reading() as s:
        row = s.execute(
            sa.select(Engagement.id, Engagement.trip_id, Trip.title, Trip.home_timezone, Engagement.title,
                      Engagement.kind, Engagement.status, Engagement.organization_id,
                      sa.func.coalesce(Organization.name, ""), Engagement.location, Engagement.timezone,
                      Engagement.start_utc, Engagement.end_utc, Engagement.objectives, Engagement.talking_points,
                      Engagement.logistics, Engagement.travel_minutes, sa.func.coalesce(Organization.city, ""),
                      Engagement.version)
            .join(Trip, Trip.id == Engagement.trip_id)
            .outerjoin(Organization, Organization.id == Engagement.organization_id)
            .where(Engagement.id == engagement_id)).first()
    if row is None:
        raise not_found("engagement", engagement_id)
    return EngagementSummary(*row)


def commitment_owner_choices(db: Database) -> list[tuple[int, str]]:
    """(id, name) of the people who own at least one commitment (for the owner filter)."""
    with db.reading() as s:
        return [tuple(r) for r in s.execute(
            sa.select(Person.id, Person.full_name).where(Person.id.in_(
                sa.select(Commitment.owner_id).where(Commitment.owner_id.is_not(None))))
            .order_by(Person.full_name, Person.id)).all()]


def commitment_organization_choices(db: Database) -> list[tuple[int, str]]:
    """(id, name) of the organizations named in at least one commitment (for the organization filter)."""
    with db.reading() as s:
        return [tuple(r) for r in s.execute(
            sa.select(Organization.id, Organization.name).where(Organization.id.in_(
                sa.select(Commitment.organization_id).where(Commitment.organization_id.is_not(None))))
            .order_by(Organization.name, Organization.id)).all()]
