"""Everything a printed report needs about one trip, gathered in one read.

Built on the other services (programme with venue/home times and conflicts,
delegation, commitments, directory, notes, attendance, logistics contacts,
scenarios), so that the reports never open a session and never re-implement a rule.
The result is plain data that the PDF builders lay out.

The place of an engagement (:func:`venue_place`) is where it is held: the city of its
organization, except, for a delegation received here, the organization the visitors
come from (their company's seat is not where they are received), else the trip's
destination — never the city of a time zone (Asia/Ho_Chi_Minh is not "Hà Nội" for a
meeting in Cao Bằng).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from delegation_planner.domain.enums import Side, VisitDirection
from sqlmodel import select

from delegation_planner.domain.progress import CancelCheck, Progress, check_cancelled
from delegation_planner.domain.models import (Engagement, MeetingNote, Organization, Person, ScenarioStep, Trip,
                                              TripContact)
from delegation_planner.services import commitments as commitments_service
from delegation_planner.services import engagements, logistics, members, trips
from delegation_planner.services.commitments import CommitmentRow
from delegation_planner.services.engagements import AttendeeRow, Programme, ProgrammeItem
from delegation_planner.services.members import MemberRow
from delegation_planner.storage.database import Database

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
    scenario: tuple[ScenarioStep, ...] = ()          # minute by minute, by time then position
    place: str = ""                                  # the city it is held in (venue_place), "" if unknown


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
    earlier_trip_dates: dict[int, tuple[date, date]] = field(default_factory=dict)  # two trips may share a title
    contacts: tuple[TripContact, ...] = ()  # logistics: hotel, embassy, liaison, drivers, interpreters, emergency
    #: engagement id -> its proposed seating plan (domain.seating), for the kinds people are seated at
    #: (talks, courtesy calls, signings, working meals) with both sides attending; see seating_plans().
    seating: dict[int, Any] = field(default_factory=dict)
    #: engagement id -> person id -> (car number, plate, driver, seat number, driver's phone): who rides
    #: in which car of a transfer with cars recorded (domain.motorcade); the itineraries print each
    #: member's own, the briefing pack's motorcade list every car.
    rides: dict[int, dict[int, tuple[int, str, str, int, str]]] = field(default_factory=dict)
    gifts: tuple = ()  # services.gifts.GiftRow: the register of this visit
    attachments: tuple = ()  # services.attachments.AttachmentRow: listed in the report, never embedded

    @property
    def direction(self) -> VisitDirection:
        """Outbound (our delegation abroad), inbound (a delegation received here) or domestic."""
        value = getattr(self.trip, "direction", None)
        try:
            return VisitDirection(value) if value else VisitDirection.OUTBOUND
        except ValueError:
            return VisitDirection.OUTBOUND

    def place_of(self, engagement_id: int) -> str:
        """The place an engagement is held in (see :func:`venue_place`), "" when unknown."""
        cache = self.__dict__.get("_place_cache")
        if cache is None:
            cache = {d.item.id: d.place for d in self.engagements}
            object.__setattr__(self, "_place_cache", cache)
        return cache.get(engagement_id, "")

    @property
    def at_home(self) -> bool:
        """Every engagement is on the home clock (a delegation received here, a domestic visit): the
        programme needs no second clock."""
        home = self.trip.home_timezone
        return all(item.timezone == home for item in self.programme.items)

    @property
    def places(self) -> list[str]:
        """The places of the engagements held or planned (not cancelled), each once, in programme order;
        the trip's destination when none is known."""
        out: list[str] = []
        for detail in self.engagements:
            if not detail.item.cancelled and detail.place and detail.place not in out:
                out.append(detail.place)
        if not out and self.trip.destination.strip():
            out.append(self.trip.destination.strip())
        return out

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
           cancelled: CancelCheck | None = None) -> ReportData:
    """Read everything about ``trip_id`` for a report (NotFoundError if the trip is gone;
    :class:`~delegation_planner.domain.progress.Cancelled` when ``cancelled()`` says stop).

    The programme (times, conflicts, attendees), the delegation and the commitments
    come from their services; the engagements' texts, notes, people and
    organizations they refer to are then read in bulk in one session (the same
    records ``get_engagement``/``list_notes``/``get_person``/``get_organization``
    return, without one query per engagement)."""
    def step(fraction: float, message: str) -> None:
        check_cancelled(cancelled)
        if progress is not None:
            progress(fraction, message)

    step(0.0, "Reading the trip")
    trip = trips.get_trip(db, trip_id)
    prog = engagements.programme(db, trip_id)
    step(0.3, "Reading the delegation and commitments")
    member_rows = tuple(members.list_members(db, trip_id))
    head_id = prog.head_person_id
    head = next((m for m in member_rows if m.person_id == head_id), None)
    trip_commitments = tuple(commitments_service.list_commitments(db, trip_id=trip_id))
    org_ids = {i.organization_id for i in prog.items if i.organization_id is not None}
    earlier_rows: list[CommitmentRow] = []
    trip_dates: dict[int, tuple[date, date]] = {}
    if org_ids:
        trip_dates = {t.id: (t.start_date, t.end_date) for t in trips.list_trips(db)}
        starts = {tid: dates[0] for tid, dates in trip_dates.items()}
        earlier_rows = [r for r in commitments_service.list_commitments(db, exclude_trip_id=trip_id, open_only=True)
                        if r.organization_id in org_ids and starts.get(r.trip_id, date.max) < trip.start_date]
    step(0.6, "Reading engagements, notes and people")
    person_ids = {m.person_id for m in member_rows}
    person_ids |= {a.person_id for i in prog.items for a in i.attendees}
    person_ids |= {c.owner_id for c in trip_commitments if c.owner_id is not None}
    with db.reading() as s:
        texts = {e.id: e for e in s.exec(select(Engagement).where(Engagement.trip_id == trip_id))}
        note_rows: dict[int, list[MeetingNote]] = {}
        if with_notes:
            query = (select(MeetingNote).join(Engagement, Engagement.id == MeetingNote.engagement_id)
                     .where(Engagement.trip_id == trip_id).order_by(MeetingNote.taken_at, MeetingNote.id))
            for note in s.exec(query):
                note_rows.setdefault(note.engagement_id, []).append(note)
        steps: dict[int, list[ScenarioStep]] = {}
        query = (select(ScenarioStep).join(Engagement, Engagement.id == ScenarioStep.engagement_id)
                 .where(Engagement.trip_id == trip_id)
                 .order_by(ScenarioStep.engagement_id, ScenarioStep.at_time, ScenarioStep.position, ScenarioStep.id))
        for row in s.exec(query):  # services.scenario.list_steps' order, for every engagement at once
            steps.setdefault(row.engagement_id, []).append(row)
        people = {p.id: p for p in _in_chunks(s, Person, person_ids)}
        org_ids |= {p.organization_id for p in people.values() if p.organization_id is not None}
        organizations = {o.id: o for o in _in_chunks(s, Organization, org_ids)}
    contacts = tuple(logistics.list_contacts(db, trip_id))
    step(0.9, "Putting the report together")

    by_engagement: dict[int, list[CommitmentRow]] = {}
    for c in trip_commitments:
        if c.engagement_id is not None:
            by_engagement.setdefault(c.engagement_id, []).append(c)
    earlier_by_org: dict[int, list[CommitmentRow]] = {}
    for r in earlier_rows:
        earlier_by_org.setdefault(r.organization_id, []).append(r)

    details: list[EngagementDetail] = []
    for item in prog.items:
        eng = texts.get(item.id)
        if eng is None:  # deleted between the two reads: leave it out
            continue
        org = organizations.get(item.organization_id) if item.organization_id is not None else None
        counterparts = tuple(people[a.person_id] for a in item.attendees
                             if a.side == Side.HOST and a.person_id in people)
        their_orgs = {p.organization_id for p in counterparts if p.organization_id is not None}
        details.append(EngagementDetail(
            item=item, engagement=eng, organization=org, counterparts=counterparts,
            delegation=tuple(a for a in item.attendees if a.side != Side.HOST),
            notes=tuple(note_rows.get(item.id, ())), commitments=tuple(by_engagement.get(item.id, ())),
            earlier_open=tuple(earlier_by_org.get(item.organization_id, ())) if item.organization_id else (),
            scenario=tuple(steps.get(item.id, ())), place=venue_place(trip, org, their_orgs)))
    seating = seating_plans(trip, prog.items, member_rows, db)
    from delegation_planner.services import attachments as attachments_service
    from delegation_planner.services import gifts as gifts_service

    gift_rows = tuple(gifts_service.list_gifts(db, trip_id))
    rides = _rides(db, trip, prog.items, member_rows)
    attachment_rows = tuple(attachments_service.trip_attachments(db, trip_id))
    step(1.0, "Data read")
    return ReportData(trip=trip, programme=prog, members=member_rows, head=head, engagements=tuple(details),
                      commitments=trip_commitments, people=people,
                      earlier_trip_titles={r.trip_id: r.trip_title for r in earlier_rows},
                      organizations=organizations,
                      earlier_trip_dates={r.trip_id: trip_dates[r.trip_id] for r in earlier_rows
                                          if r.trip_id in trip_dates},
                      contacts=contacts, seating=seating, gifts=gift_rows, attachments=attachment_rows,
                      rides=rides)


def _participants_reader(trip: Trip, member_rows):
    """item -> its attendees as the seating and motorcade rules see them (services.seating.participant),
    from the programme's rows and the delegation's precedence: no query per engagement."""
    from delegation_planner.services import seating

    hosts = seating.our_side_hosts(trip)
    precedence = {m.person_id: m.precedence for m in member_rows}

    def participants_of(item) -> list:
        return [seating.participant(a.person_id, a.full_name, a.title, a.side, a.languages, a.role, a.member_role,
                                    precedence.get(a.person_id), we_host=hosts) for a in item.attendees]
    return participants_of


#: The kinds of engagement the briefing pack draws a seating plan for: a signing and a working meal
#: always; talks and courtesy calls once at least TALKS_TABLE people sit down (a chairman needs no plan
#: for a call of three; the window's Seating plan… proposes one for any engagement).
SEATED_KINDS = frozenset({"signing_ceremony", "working_meal"})
TALKS_KINDS = frozenset({"meeting", "courtesy_call"})
TALKS_TABLE = 6


def seating_plans(trip: Trip, items, member_rows, db: Database | None = None) -> dict[int, Any]:
    """The seating plan of each engagement the pack draws one for: the plan stored with it when the
    officer edited one (swaps, pinned seats; rebuilt against the attendees by services.seating.rebuild),
    for any engagement not cancelled; else the proposal for SEATED_KINDS, and TALKS_KINDS with
    TALKS_TABLE people or more, that both sides attend. From the rows already read plus one query
    for the trip's stored plans (two with their seats, three when someone seated no longer attends):
    none per engagement. A layout the attendees do not fit is left out (the window's Seating plan…
    says why)."""
    from delegation_planner.domain.errors import ValidationError
    from delegation_planner.domain.seating import propose
    from delegation_planner.services import seating

    participants_of = _participants_reader(trip, member_rows)
    stored: dict[int, Any] = {}
    departed: dict[int, Any] = {}
    if db is not None:
        with db.reading() as s:
            stored = seating.stored_plans_in(s, trip.id)
            attending = {item.id: {a.person_id for a in item.attendees} for item in items}
            gone = {pid for eid, (_l, _s, seats) in stored.items() for _n, pid, _p in seats
                    if pid not in attending.get(eid, set())}
            if gone:
                departed = {p.person_id: p for p in seating.departed_in(s, trip.id, gone,
                                                                         seating.our_side_hosts(trip))}
    out: dict[int, Any] = {}
    for item in items:
        kind = str(item.kind)
        if item.cancelled:
            continue
        if item.id in stored:
            layout, settings, seats = stored[item.id]
            people = participants_of(item)
            try:
                out[item.id] = seating.rebuild(layout, settings, seats, people,
                                               [departed[pid] for _n, pid, _p in seats if pid in departed])
            except ValidationError:
                pass
            continue
        if not (kind in SEATED_KINDS or (kind in TALKS_KINDS and len(item.attendees) >= TALKS_TABLE)):
            continue
        people = participants_of(item)
        if len({p.side for p in people if not p.is_interpreter}) < 2:
            continue  # one side only (or nobody): no plan to draw
        try:
            out[item.id] = propose(people, seating.default_layout(item.kind))
        except ValidationError:
            continue
    return out


def _rides(db: Database, trip: Trip, items, member_rows) -> dict[int, dict[int, tuple[int, str, str, int, str]]]:
    """Who rides in which car of each transfer that has cars (one query for the trip's cars; the
    motorcade rule on the rows already read). A transfer whose people do not fit is left out."""
    import sqlalchemy as sa

    from delegation_planner.domain import motorcade
    from delegation_planner.domain.errors import ValidationError
    from delegation_planner.domain.models import Vehicle

    ids = [i.id for i in items]
    if not ids:
        return {}
    with db.reading() as s:
        cars = s.execute(sa.select(Vehicle).where(Vehicle.engagement_id.in_(ids))
                         .order_by(Vehicle.engagement_id, Vehicle.number, Vehicle.id)).scalars().all()
    by_engagement: dict[int, list] = {}
    for car in cars:
        by_engagement.setdefault(car.engagement_id, []).append(car)
    participants_of = _participants_reader(trip, member_rows)
    out: dict[int, dict[int, tuple[int, str, str, int, str]]] = {}
    for item in items:
        vehicles = by_engagement.get(item.id)
        if not vehicles or item.cancelled:
            continue
        people = participants_of(item)
        try:
            plans = motorcade.assign(people, len(vehicles))
        except ValidationError:
            continue
        out[item.id] = {seat.occupant.person_id: (v.number, v.plate, v.driver, seat.number, v.phone)
                        for v, plan in zip(vehicles, plans) for seat in plan.seats if seat.occupant}
    return out


def venue_place(trip: Trip, organization: Organization | None, their_organizations: set[int]) -> str:
    """Where an engagement is held: its organization's city — unless the visit is received here and the
    organization is the visitors' own (a company's seat in Hồ Chí Minh City is not where Thái Nguyên
    receives it) — else the trip's destination up to its first comma ("Boston, Massachusetts" ->
    "Boston"); "" when neither is known. Never the city of a time zone."""
    inbound = getattr(trip, "direction", None) == VisitDirection.INBOUND
    if organization is not None and " ".join(organization.city.split()):
        if not (inbound and organization.id in their_organizations):
            return " ".join(organization.city.split())
    destination = " ".join((trip.destination or "").split())
    return destination.split(",")[0].strip() if destination else ""


def _in_chunks(s, model, ids: set[int], size: int = 500) -> list:
    """Rows of ``model`` with these ids (SQLite limits the number of bound parameters)."""
    ordered = sorted(ids)
    out: list = []
    for i in range(0, len(ordered), size):
        out += list(s.exec(select(model).where(model.id.in_(ordered[i:i + size]))))
    return out
