"""Everything a printed report needs about one trip, gathered in one read.

Built on the other services (programme with venue/home times and conflicts,
delegation, commitments, directory, notes, attendance), so that the reports never
open a session and never re-implement a rule. The result is plain data that the
PDF builders lay out.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from delegation_planner.domain.enums import Side
from delegation_planner.domain.errors import NotFoundError
from delegation_planner.domain.models import Engagement, MeetingNote, Organization, Person, Trip
from delegation_planner.services import commitments as commitments_service
from delegation_planner.services import directory, engagements, members, notes, trips
from delegation_planner.services.commitments import CommitmentRow
from delegation_planner.services.engagements import AttendeeRow, Programme, ProgrammeItem
from delegation_planner.services.members import MemberRow
from delegation_planner.storage.database import Database

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]


class GatherCancelled(Exception):
    """The caller's ``cancelled()`` said stop while the data was being read."""


@dataclass(frozen=True)
class EngagementDetail:
    item: ProgrammeItem                 # times, venue, status, attendees, conflicts
    engagement: Engagement              # objectives, talking points, logistics
    organization: Organization | None
    counterparts: tuple[Person, ...]    # host-side attendees, with titles and bios
    delegation: tuple[AttendeeRow, ...]  # our side (delegation and staff) at this engagement
    notes: tuple[MeetingNote, ...]
    commitments: tuple[CommitmentRow, ...]           # made at this engagement
    earlier_open: tuple[CommitmentRow, ...]          # open, same organization, earlier trips


@dataclass(frozen=True)
class ReportData:
    trip: Trip
    programme: Programme
    members: tuple[MemberRow, ...]
    head: MemberRow | None
    engagements: tuple[EngagementDetail, ...]
    commitments: tuple[CommitmentRow, ...]
    people: dict[int, Person] = field(default_factory=dict)
    earlier_trip_titles: dict[int, str] = field(default_factory=dict)
    organizations: dict[int, Organization] = field(default_factory=dict)

    def organization_name(self, person: Person) -> str:
        org = self.organizations.get(person.organization_id) if person.organization_id is not None else None
        return org.name if org is not None else ""

    @property
    def counterparts(self) -> list[Person]:
        """Every host-side person met on the trip, each once, by name."""
        seen: dict[int, Person] = {}
        for detail in self.engagements:
            for person in detail.counterparts:
                seen.setdefault(person.id, person)
        return sorted(seen.values(), key=lambda p: (p.full_name.casefold(), p.id))

    @property
    def days(self) -> list[date]:
        """Every day of the trip (its dates, plus any programme day outside them), at most 62."""
        from datetime import timedelta

        out: set[date] = {item.day for item in self.programme.items}
        start, end = self.trip.start_date, self.trip.end_date
        if (end - start).days <= 61:
            d = start
            while d <= end:
                out.add(d)
                d += timedelta(days=1)
        return sorted(out)[:62]


def gather(db: Database, trip_id: int, *, with_notes: bool = True, progress: Progress | None = None,
           cancelled: Cancelled | None = None) -> ReportData:
    """Read everything about ``trip_id`` for a report (NotFoundError if the trip is gone)."""
    def step(fraction: float, message: str) -> None:
        if cancelled is not None and cancelled():
            raise GatherCancelled()
        if progress is not None:
            progress(fraction, message)

    step(0.0, "Reading the trip")
    trip = trips.get_trip(db, trip_id)
    prog = engagements.programme(db, trip_id)
    member_rows = tuple(members.list_members(db, trip_id))
    head_id = prog.head_person_id
    head = next((m for m in member_rows if m.person_id == head_id), None)
    trip_commitments = tuple(commitments_service.list_commitments(db, trip_id=trip_id))

    people: dict[int, Person] = {}

    def person(person_id: int) -> Person | None:
        if person_id not in people:
            try:
                people[person_id] = directory.get_person(db, person_id)
            except NotFoundError:
                return None
        return people[person_id]

    for m in member_rows:
        person(m.person_id)

    organizations: dict[int, Organization | None] = {}
    earlier_by_org: dict[int, tuple[CommitmentRow, ...]] = {}
    trip_starts: dict[int, date | None] = {}
    earlier_titles: dict[int, str] = {}

    def trip_start(other_id: int) -> date | None:
        if other_id not in trip_starts:
            try:
                other = trips.get_trip(db, other_id)
                trip_starts[other_id] = other.start_date
                earlier_titles[other_id] = other.title
            except NotFoundError:
                trip_starts[other_id] = None
        return trip_starts[other_id]

    by_engagement: dict[int, list[CommitmentRow]] = {}
    for c in trip_commitments:
        if c.engagement_id is not None:
            by_engagement.setdefault(c.engagement_id, []).append(c)

    details: list[EngagementDetail] = []
    total = max(1, len(prog.items))
    for index, item in enumerate(prog.items):
        if index % 5 == 0:
            step(0.1 + 0.9 * index / total, "Reading the programme")
        eng = engagements.get_engagement(db, item.id)
        org = None
        earlier: tuple[CommitmentRow, ...] = ()
        if item.organization_id is not None:
            if item.organization_id not in organizations:
                try:
                    organizations[item.organization_id] = directory.get_organization(db, item.organization_id)
                except NotFoundError:
                    organizations[item.organization_id] = None
                rows = commitments_service.list_commitments(
                    db, organization_id=item.organization_id, exclude_trip_id=trip_id, open_only=True)
                earlier_by_org[item.organization_id] = tuple(
                    r for r in rows if (trip_start(r.trip_id) or date.max) < trip.start_date)
            org = organizations[item.organization_id]
            earlier = earlier_by_org[item.organization_id]
        counterparts = tuple(p for p in (person(a.person_id) for a in item.attendees if a.side == Side.HOST)
                             if p is not None)
        ours = tuple(a for a in item.attendees if a.side != Side.HOST)
        note_rows = tuple(notes.list_notes(db, item.id)) if with_notes else ()
        details.append(EngagementDetail(item=item, engagement=eng, organization=org, counterparts=counterparts,
                                        delegation=ours, notes=note_rows,
                                        commitments=tuple(by_engagement.get(item.id, ())), earlier_open=earlier))
    for c in trip_commitments:
        if c.owner_id is not None:
            person(c.owner_id)
    for p in list(people.values()):
        if p.organization_id is not None and p.organization_id not in organizations:
            try:
                organizations[p.organization_id] = directory.get_organization(db, p.organization_id)
            except NotFoundError:
                organizations[p.organization_id] = None
    step(1.0, "Data read")
    return ReportData(trip=trip, programme=prog, members=member_rows, head=head, engagements=tuple(details),
                      commitments=trip_commitments, people=people,
                      earlier_trip_titles=dict(earlier_titles),
                      organizations={k: v for k, v in organizations.items() if v is not None})
