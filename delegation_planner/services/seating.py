"""Seating plans proposed for an engagement from the stored data (read-only; plans are not stored yet).

Who takes part: the engagement's attendees, with their role there (``Attendance.role``).
Their side:

- a person of the trip's delegation (``Person.side`` "delegation", or any person who is a
  member of the trip — staff such as its interpreter) is on **our side**; a person of the
  other side (``Person.side`` "host") on **theirs**; staff who are not members of the trip
  (an interpreter the other side provides) on theirs too;
- our side **hosts** when the visit is received here (``Trip.direction`` "inbound") and is the
  **guest** otherwise (our delegation abroad, a domestic working visit); ``our_side`` overrides.

Their stored precedence is the delegation's order (``DelegationMember.precedence``); the other
side has none stored (the rules then go by role in the engagement and name). Interpreters: a
member whose role is "interpreter", or staff who are not members and list two languages or more
(``domain.interpreting``: the rule the programme's interpreter warnings use too).
Signing assistants: members whose role is "protocol_officer", and other staff.
"""
from __future__ import annotations

import dataclasses
from typing import Any, Iterable, Mapping

import sqlalchemy as sa

from delegation_planner.domain import interpreting
from delegation_planner.domain.enums import EngagementKind, MemberRole, Side, VisitDirection
from delegation_planner.domain.errors import ValidationError
from delegation_planner.domain.models import Attendance, DelegationMember, Engagement, Person, Trip
from delegation_planner.domain.seating import (
    GUEST, HOST, Layout, Participant, SeatingPlan, SeatingSettings, layout_of, propose,
)
from delegation_planner.services._common import get_or_raise
from delegation_planner.storage.database import Database

#: The layout proposed when none is asked for, by kind of engagement.
DEFAULT_LAYOUTS = {EngagementKind.SIGNING_CEREMONY.value: Layout.SIGNING,
                   EngagementKind.WORKING_MEAL.value: Layout.BANQUET,
                   EngagementKind.TRAVEL.value: Layout.CAR}



@dataclasses.dataclass(frozen=True)
class SeatingProposal:
    engagement_id: int
    trip_id: int
    title: str
    kind: str
    #: Which of the two sides hosts: "our" or "their".
    host: str
    plan: SeatingPlan

    @property
    def layout(self) -> str:
        return self.plan.layout


def default_layout(kind: Any) -> Layout:
    return DEFAULT_LAYOUTS.get(str(kind), Layout.BILATERAL)


def languages_of(text: str) -> tuple[str, ...]:
    """"Vietnamese, tiếng Anh / FR" -> ("en", "fr", "vi"): domain.interpreting's one reading of languages."""
    return tuple(sorted(interpreting.languages_of(text)))


def _our_side_hosts(trip: Trip, our_side: str | None) -> bool:
    if our_side is None:
        return str(trip.direction) == VisitDirection.INBOUND.value
    if our_side not in (HOST, GUEST):
        raise ValidationError.of("our_side", "unknown_value", value=repr(our_side), allowed="host, guest")
    return our_side == HOST


def participant(person_id: int, name: str, title: str, side: Any, languages: str, attendance_role: Any,
                member_role: Any, precedence: int | None, *, we_host: bool) -> Participant:
    """One attendee as the seating rules see them (the module's rule): the one place it is decided,
    for a plan proposed here and for the briefing pack's plans (services.report_data)."""
    member = member_role is not None
    staff = str(side) == Side.STAFF.value
    on_our_side = member or str(side) == Side.DELEGATION.value
    interpreter = interpreting.is_interpreter(member_role, side, languages)  # the programme's rule too
    assistant = (str(member_role) == MemberRole.PROTOCOL_OFFICER.value if member else staff) and not interpreter
    ours, theirs = (HOST, GUEST) if we_host else (GUEST, HOST)
    return Participant(person_id, name, ours if on_our_side else theirs, role=str(attendance_role),
                       precedence=precedence if member else None, is_interpreter=interpreter,
                       languages=languages_of(languages), title=title or "", is_assistant=assistant)


def our_side_hosts(trip: Any) -> bool:
    """Our side hosts a visit received here (direction "inbound"); it is the guest otherwise."""
    return _our_side_hosts(trip, None)


def participants(db: Database, engagement_id: int, *, our_side: str | None = None
                 ) -> tuple[Engagement, Trip, bool, list[Participant]]:
    """The engagement, its trip, whether our side hosts, and its attendees as the seating rules see them."""
    with db.reading() as s:
        eng = get_or_raise(s, Engagement, engagement_id)
        trip = get_or_raise(s, Trip, eng.trip_id)
        we_host = _our_side_hosts(trip, our_side)
        rows = s.execute(
            sa.select(Person.id, Person.full_name, Person.title, Person.side, Person.languages, Attendance.role,
                      DelegationMember.role, DelegationMember.precedence)
            .join(Person, Person.id == Attendance.person_id)
            .outerjoin(DelegationMember, sa.and_(DelegationMember.person_id == Person.id,
                                                 DelegationMember.trip_id == eng.trip_id))
            .where(Attendance.engagement_id == engagement_id)
            .order_by(Attendance.id)).all()
        s.expunge(eng)
        s.expunge(trip)
    out = [participant(pid, name, title, side, languages, att_role, member_role, precedence, we_host=we_host)
           for pid, name, title, side, languages, att_role, member_role, precedence in rows]
    return eng, trip, we_host, out


def propose_seating(db: Database, engagement_id: int, layout: Any = None, *,
                    settings: SeatingSettings | None = None,
                    pins: Mapping[int, int] | Iterable[tuple[int, int]] | None = None,
                    our_side: str | None = None) -> SeatingProposal:
    """The proposed seating plan of an engagement (``layout`` None: the engagement kind's usual one).
    Nothing is written."""
    chosen = layout_of(layout) if layout is not None else None
    eng, trip, we_host, people = participants(db, engagement_id, our_side=our_side)
    chosen = chosen or default_layout(eng.kind)
    plan = propose(people, chosen, settings, pins)
    return SeatingProposal(eng.id, trip.id, eng.title, str(eng.kind), "our" if we_host else "their", plan)
