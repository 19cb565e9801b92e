"""Seating plans of an engagement: proposed from the stored data, and stored with the engagement once
the officer edits one (swaps two seats, pins or unpins a seat, regenerates the rest).

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

Stored plans (``seating_plan`` / ``seating_seat``, migration 0009): the layout, the settings and every
occupied seat (number -> person, pinned). Read back (:func:`stored_seating`) the plan is rebuilt by the
domain against the current attendees: unchanged attendance gives exactly the seats stored; otherwise
``domain.seating.regenerate`` keeps the pins (a pin whose person no longer attends is dropped with its
warning) and places the newcomers. Each edit (:func:`swap_seats`, :func:`pin_seat`, :func:`unpin_seat`,
:func:`regenerate_seating`, :func:`save_seating`, :func:`clear_seating`) is one committed transaction,
checked first (nothing is written after a refusal); ``expected_version`` (the ``version`` of the plan
the caller shows, 0 for none stored) refuses an edit of a plan changed elsewhere meanwhile.
"""
from __future__ import annotations

import dataclasses
from typing import Any, Iterable, Mapping

import sqlalchemy as sa

from delegation_planner.changes import Action, Subject
from delegation_planner.domain import interpreting
from delegation_planner.domain import seating as rules
from delegation_planner.domain.enums import EngagementKind, MemberRole, Side, VisitDirection
from delegation_planner.domain.errors import Notice, ValidationError
from delegation_planner.domain.models import (
    Attendance, DelegationMember, Engagement, Person, SeatingPlanRecord, SeatingSeat, Trip, new_uuid,
)
from delegation_planner.domain.seating import (
    GUEST, HOST, Layout, Participant, SeatingPlan, SeatingSettings, layout_of, propose,
)
from delegation_planner.services._common import get_or_raise, unit_of_work
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
    #: True: the plan stored with the engagement (rebuilt against the attendees); False: a proposal.
    stored: bool = False
    #: The stored plan's version (0: none stored), for ``expected_version`` of the next edit.
    version: int = 0

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
        eng, trip, we_host, out = _participants_in(s, engagement_id, our_side)
        s.expunge(eng)
        s.expunge(trip)
    return eng, trip, we_host, out


def _person_rows(s, trip_id: int):
    return (sa.select(Person.id, Person.full_name, Person.title, Person.side, Person.languages)
            .add_columns(DelegationMember.role, DelegationMember.precedence)
            .outerjoin(DelegationMember, sa.and_(DelegationMember.person_id == Person.id,
                                                 DelegationMember.trip_id == trip_id)))


def _participants_in(s, engagement_id: int, our_side: str | None = None
                     ) -> tuple[Engagement, Trip, bool, list[Participant]]:
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
    out = [participant(pid, name, title, side, languages, att_role, member_role, precedence, we_host=we_host)
           for pid, name, title, side, languages, att_role, member_role, precedence in rows]
    return eng, trip, we_host, out


def departed_in(s, trip_id: int, person_ids: Iterable[int], we_host: bool) -> list[Participant]:
    """People seated in a stored plan who no longer attend, as they were seen (as an attendee)."""
    ids = sorted(set(person_ids))
    if not ids:
        return []
    rows = s.execute(_person_rows(s, trip_id).where(Person.id.in_(ids)).order_by(Person.id)).all()
    return [participant(pid, name, title, side, languages, "attendee", member_role, precedence, we_host=we_host)
            for pid, name, title, side, languages, member_role, precedence in rows]


def propose_seating(db: Database, engagement_id: int, layout: Any = None, *,
                    settings: SeatingSettings | None = None,
                    pins: Mapping[int, int] | Iterable[tuple[int, int]] | None = None,
                    our_side: str | None = None) -> SeatingProposal:
    """The proposed seating plan of an engagement (``layout`` None: the engagement kind's usual one),
    whatever is stored. Nothing is written."""
    chosen = layout_of(layout) if layout is not None else None
    eng, trip, we_host, people = participants(db, engagement_id, our_side=our_side)
    chosen = chosen or default_layout(eng.kind)
    plan = propose(people, chosen, settings, pins)
    return SeatingProposal(eng.id, trip.id, eng.title, str(eng.kind), "our" if we_host else "their", plan)


# ------------------------------------------------------------------------------ stored plans

SETTINGS_FIELDS = tuple(f.name for f in dataclasses.fields(SeatingSettings))


def settings_of(record: Any) -> SeatingSettings:
    """The SeatingSettings a stored plan (a record, or a mapping as a package holds it) was laid out with."""
    get = record.get if isinstance(record, Mapping) else lambda k, d=None: getattr(record, k, d)
    defaults = SeatingSettings()
    return SeatingSettings(**{k: get(k, getattr(defaults, k)) for k in SETTINGS_FIELDS})


def rebuild(layout: str, settings: SeatingSettings, seats: Iterable[tuple[int, int, bool]],
            people: list[Participant], departed: Iterable[Participant] = ()) -> SeatingPlan:
    """A stored plan (``seats``: (number, person id, pinned)) rebuilt by the domain for the current
    attendees ``people``; ``departed``: those seated there who no longer attend (for the warning of a
    dropped pin). Unchanged attendance: exactly the seats stored. Changed: the stored plan is
    regenerated (pins kept by place, a departed person's pin dropped with its warning, newcomers
    placed). Stored seats that no longer fit the layout's places at all: the pins that still fit are
    kept, the others dropped with the domain's warning."""
    seats = sorted(seats)
    current = {p.person_id: p for p in people}
    stored_ids = {pid for _n, pid, _p in seats}
    gone = {p.person_id: p for p in departed if p.person_id in stored_ids and p.person_id not in current}
    seats = [(n, pid, pinned) for n, pid, pinned in seats if pid in current or pid in gone]
    stored_ids = {pid for _n, pid, _p in seats}
    old_people = [current[pid] for _n, pid, _p in seats if pid in current] + list(gone.values())
    pinned = frozenset(n for n, _pid, flag in seats if flag)
    try:
        old = propose(old_people, layout, settings, [(n, pid) for n, pid, _p in seats])
        old = dataclasses.replace(old, pinned=pinned)
    except ValidationError:
        old = None
    if old is not None and stored_ids == set(current):
        return old
    if old is not None:
        return rules.regenerate(old, people)
    fresh = propose(people, layout, settings)
    numbers = {s.number for s in fresh.seats}
    kept = [(n, pid) for n, pid, flag in seats if flag and pid in current and n in numbers]
    try:
        plan = propose(people, layout, settings, kept)
        dropped = [(n, pid) for n, pid, flag in seats if flag and (n, pid) not in kept]
    except ValidationError:
        plan, dropped = fresh, [(n, pid) for n, pid, flag in seats if flag]
    names = {**{p.person_id: p.name for p in gone.values()}, **{p.person_id: p.name for p in people}}
    notices = [_notice("seating_pin_dropped" if pid not in current else "seating_pin_place_gone",
                       seat=n, name=names.get(pid, str(pid))) for n, pid in dropped]
    return dataclasses.replace(plan, warnings=tuple(notices) + plan.warnings)


def _notice(code: str, **params: Any) -> Notice:
    return Notice(rules.MESSAGES[code][0].format(**params), code, params)


def _record_in(s, engagement_id: int) -> SeatingPlanRecord | None:
    return s.execute(sa.select(SeatingPlanRecord).where(SeatingPlanRecord.engagement_id == engagement_id)
                     ).scalar_one_or_none()


def _seats_in(s, plan_ids: Iterable[int]) -> dict[int, list[tuple[int, int, bool]]]:
    out: dict[int, list[tuple[int, int, bool]]] = {}
    ids = list(plan_ids)
    if not ids:
        return out
    for plan_id, number, pid, pinned in s.execute(
            sa.select(SeatingSeat.plan_id, SeatingSeat.number, SeatingSeat.person_id, SeatingSeat.pinned)
            .where(SeatingSeat.plan_id.in_(ids)).order_by(SeatingSeat.plan_id, SeatingSeat.number)):
        out.setdefault(plan_id, []).append((number, pid, bool(pinned)))
    return out


def _stored_in(s, eng: Engagement, trip: Trip, we_host: bool, people: list[Participant],
               record: SeatingPlanRecord) -> SeatingPlan:
    seats = _seats_in(s, [record.id]).get(record.id, [])
    departed = departed_in(s, trip.id, [pid for _n, pid, _p in seats if pid not in {p.person_id for p in people}],
                            we_host)
    return rebuild(record.layout, settings_of(record), seats, people, departed)


def stored_seating(db: Database, engagement_id: int) -> SeatingProposal | None:
    """The plan stored with the engagement, rebuilt against its current attendees (None: none stored)."""
    with db.reading() as s:
        eng, trip, we_host, people = _participants_in(s, engagement_id)
        record = _record_in(s, engagement_id)
        if record is None:
            return None
        plan = _stored_in(s, eng, trip, we_host, people, record)
        return SeatingProposal(eng.id, trip.id, eng.title, str(eng.kind), "our" if we_host else "their", plan,
                               stored=True, version=record.version)


def stored_layout(db: Database, engagement_id: int) -> str | None:
    """The layout of the plan stored with the engagement (None: none stored); nothing else is read."""
    with db.reading() as s:
        get_or_raise(s, Engagement, engagement_id)
        return s.execute(sa.select(SeatingPlanRecord.layout)
                         .where(SeatingPlanRecord.engagement_id == engagement_id)).scalar()


def current_seating(db: Database, engagement_id: int, layout: Any = None) -> SeatingProposal:
    """What the officer works on: the stored plan when there is one in ``layout`` (None: whatever layout
    it has), else the proposal for ``layout`` (None: the stored plan's, else the kind's usual one)."""
    with db.reading() as s:
        return _current_in(s, engagement_id, layout)


def _current_in(s, engagement_id: int, layout: Any = None) -> SeatingProposal:
    chosen = layout_of(layout) if layout is not None else None
    eng, trip, we_host, people = _participants_in(s, engagement_id)
    record = _record_in(s, engagement_id)
    host = "our" if we_host else "their"
    version = record.version if record is not None else 0
    if record is not None and (chosen is None or chosen.value == record.layout):
        plan = _stored_in(s, eng, trip, we_host, people, record)
        return SeatingProposal(eng.id, trip.id, eng.title, str(eng.kind), host, plan, stored=True, version=version)
    chosen = chosen or default_layout(eng.kind)
    return SeatingProposal(eng.id, trip.id, eng.title, str(eng.kind), host, propose(people, chosen),
                           stored=False, version=version)


def _check_version(record: SeatingPlanRecord | None, expected_version: Any) -> None:
    if expected_version is None:
        return
    if not isinstance(expected_version, int) or isinstance(expected_version, bool) or expected_version < 0:
        raise ValidationError.of("expected_version", "not_whole_number", value=repr(expected_version)[:40])
    stored = record.version if record is not None else 0
    if stored != expected_version:
        raise ValidationError.of("expected_version", "seating_plan_changed", stored=stored,
                                 expected=expected_version)


def _write_in(s, engagement_id: int, plan: SeatingPlan, record: SeatingPlanRecord | None,
              uuid: str | None = None) -> int:
    """Store ``plan`` as the engagement's (replacing its seats); the new version. The version is raised
    with the row's old one in the WHERE clause: a concurrent save of the same plan makes it match no row."""
    values = {"layout": plan.layout, **{k: getattr(plan.settings, k) for k in SETTINGS_FIELDS}}
    if record is None:
        record = SeatingPlanRecord(engagement_id=engagement_id, uuid=uuid or new_uuid(), version=1, **values)
        s.add(record)
        s.flush()
        version = 1
    else:
        done = s.execute(sa.update(SeatingPlanRecord)
                         .where(SeatingPlanRecord.id == record.id, SeatingPlanRecord.version == record.version)
                         .values(version=record.version + 1, **values)
                         .execution_options(synchronize_session=False))
        if done.rowcount != 1:
            raise ValidationError.of("expected_version", "seating_plan_changed", stored="?",
                                     expected=record.version)
        version = record.version + 1
        s.execute(sa.delete(SeatingSeat).where(SeatingSeat.plan_id == record.id))
    rows = [{"plan_id": record.id, "number": seat.number, "person_id": seat.occupant.person_id,
             "pinned": seat.number in plan.pinned} for seat in plan.seats if seat.occupant is not None]
    if rows:
        s.execute(sa.insert(SeatingSeat), rows)
    return version


def _edit(db: Database, engagement_id: int, change, *, layout: Any = None,
          expected_version: Any = None) -> SeatingProposal:
    """One edit in one transaction: the plan worked on (stored, or the proposal in ``layout``), changed
    by ``change(plan, people)`` (the domain's rule: it refuses bad input), checked again as a whole by
    the domain and stored. A refusal leaves the database unchanged."""
    with unit_of_work(db) as (s, changed):
        current = _current_in(s, engagement_id, layout)
        record = _record_in(s, engagement_id)
        _check_version(record, expected_version)
        eng, _trip, _we_host, people = _participants_in(s, engagement_id)
        plan = change(current.plan, people)
        _check_plan(plan, people)
        version = _write_in(s, engagement_id, plan, record)
        s.expire_all()
        changed(Subject.ENGAGEMENT, (eng.id,), eng.trip_id, Action.UPDATE)
        return dataclasses.replace(current, plan=plan, stored=True, version=version)


def _check_plan(plan: Any, people: list[Participant]) -> None:
    """``plan`` is a plan of these attendees in a known layout: the domain lays them out with every seat
    of ``plan`` pinned and must find the same seats (a plan of other people, or of seats that do not
    exist in the layout, is refused naming the field)."""
    if not isinstance(plan, SeatingPlan):
        raise ValidationError.of("plan", "seating_bad_value", expected="a seating plan", value=type(plan).__name__)
    layout_of(plan.layout)
    pins = [(s.number, s.occupant.person_id) for s in plan.seats if s.occupant is not None]
    ids = {p.person_id for p in people}
    for number, pid in pins:
        if pid not in ids:
            raise ValidationError.of(f"seats[{number}]", "seating_pin_not_attending", id=pid, seat=number)
    again = propose(people, plan.layout, plan.settings, pins)
    if {(s.number, s.occupant.person_id) for s in again.seats if s.occupant} != set(pins):
        raise ValidationError.of("plan", "seating_plan_not_whole")


def save_seating(db: Database, engagement_id: int, plan: SeatingPlan, *,
                 expected_version: Any = None) -> SeatingProposal:
    """Store ``plan`` (a plan of the engagement's attendees, e.g. edited by domain.seating) as the
    engagement's seating plan, replacing any stored one."""
    return _edit(db, engagement_id, lambda _current, _people: plan,
                 layout=getattr(plan, "layout", None) if isinstance(plan, SeatingPlan) else None,
                 expected_version=expected_version)


def swap_seats(db: Database, engagement_id: int, first: int, second: int, *, layout: Any = None,
               expected_version: Any = None) -> SeatingProposal:
    """Exchange the occupants of two seats (both pinned, so that Regenerate keeps the hand edit)."""
    return _edit(db, engagement_id, lambda plan, _people: rules.swap(plan, first, second), layout=layout,
                 expected_version=expected_version)


def pin_seat(db: Database, engagement_id: int, seat: int, *, layout: Any = None,
             expected_version: Any = None) -> SeatingProposal:
    return _edit(db, engagement_id, lambda plan, _people: rules.pin(plan, seat), layout=layout,
                 expected_version=expected_version)


def unpin_seat(db: Database, engagement_id: int, seat: int, *, layout: Any = None,
               expected_version: Any = None) -> SeatingProposal:
    return _edit(db, engagement_id, lambda plan, _people: rules.unpin(plan, seat), layout=layout,
                 expected_version=expected_version)


def regenerate_seating(db: Database, engagement_id: int, *, layout: Any = None,
                       expected_version: Any = None) -> SeatingProposal:
    """Lay the plan out again by the rules for the current attendees, the pinned seats kept."""
    return _edit(db, engagement_id, lambda plan, people: rules.regenerate(plan, people), layout=layout,
                 expected_version=expected_version)


def clear_seating(db: Database, engagement_id: int, *, expected_version: Any = None) -> bool:
    """Drop the stored plan (back to the proposal); False if none was stored."""
    with unit_of_work(db) as (s, changed):
        eng = get_or_raise(s, Engagement, engagement_id)
        record = _record_in(s, engagement_id)
        _check_version(record, expected_version)
        if record is None:
            return False
        s.execute(sa.delete(SeatingPlanRecord).where(SeatingPlanRecord.id == record.id))
        s.expire_all()
        changed(Subject.ENGAGEMENT, (eng.id,), eng.trip_id, Action.UPDATE)
        return True


# ------------------------------------------------------------------------------ snapshots (uuid-based)

def snapshots_in(s, engagement_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """engagement id -> its stored plan as data (JSON-able; engagement and people by uuid), as trip
    packages, ``import --update`` and the undo of a deletion keep it. Two queries for any number."""
    ids = list(engagement_ids)
    if not ids:
        return {}
    records = s.execute(sa.select(SeatingPlanRecord, Engagement.uuid)
                        .join(Engagement, Engagement.id == SeatingPlanRecord.engagement_id)
                        .where(SeatingPlanRecord.engagement_id.in_(ids))
                        .order_by(SeatingPlanRecord.engagement_id)).all()
    if not records:
        return {}
    seats = _seats_in(s, [r.id for r, _u in records])
    people = {pid for r, _u in records for _n, pid, _p in seats.get(r.id, [])}
    person_uuid = dict(s.execute(sa.select(Person.id, Person.uuid).where(Person.id.in_(sorted(people) or [-1]))).all())
    return {r.engagement_id: {"uuid": r.uuid, "engagement": eng_uuid, "layout": r.layout,
                              "settings": {k: getattr(r, k) for k in SETTINGS_FIELDS},
                              "seats": [{"number": n, "person": person_uuid[pid], "pinned": pinned}
                                        for n, pid, pinned in seats.get(r.id, [])]}
            for r, eng_uuid in records}


def seating_snapshot(db: Database, engagement_id: int) -> dict[str, Any] | None:
    """The stored plan of one engagement as data (None: none stored)."""
    with db.reading() as s:
        get_or_raise(s, Engagement, engagement_id)
        return snapshots_in(s, [engagement_id]).get(engagement_id)


def check_snapshot(snapshot: Any, field: str = "seating") -> tuple[str, SeatingSettings, list[tuple[int, str, bool]]]:
    """(layout, settings, [(number, person uuid, pinned)]) of a snapshot, or a ValidationError naming
    the field (a package's protocol.json is not trusted)."""
    if not isinstance(snapshot, Mapping):
        raise ValidationError.of(field, "seating_bad_value", expected="a seating plan",
                                 value=type(snapshot).__name__)
    layout = layout_of(snapshot.get("layout"), f"{field}.layout").value
    raw = snapshot.get("settings", {})
    if not isinstance(raw, Mapping) or set(raw) - set(SETTINGS_FIELDS):
        raise ValidationError.of(f"{field}.settings", "seating_bad_value", expected="seating settings",
                                 value=repr(sorted(raw) if isinstance(raw, Mapping) else raw)[:40])
    settings = settings_of(raw)
    for name in ("host_near_door", "co_host", "driver_on_left"):
        if not isinstance(getattr(settings, name), bool):
            raise ValidationError.of(f"{field}.settings.{name}", "seating_bad_value", expected="true or false",
                                     value=repr(getattr(settings, name))[:40])
    try:
        propose([], layout, settings)  # the domain checks the settings
    except ValidationError as exc:
        p = exc.problems[0]
        raise ValidationError.of(f"{field}.{p.field}", p.code or "seating_bad_value", **dict(p.params)) from None
    seats = snapshot.get("seats", [])
    if not isinstance(seats, list):
        raise ValidationError.of(f"{field}.seats", "seating_bad_value", expected="a list", value=type(seats).__name__)
    out: list[tuple[int, str, bool]] = []
    numbers: set[int] = set()
    people: set[str] = set()
    for i, seat in enumerate(seats):
        where = f"{field}.seats[{i}]"
        if not isinstance(seat, Mapping):
            raise ValidationError.of(where, "seating_bad_value", expected="a seat", value=type(seat).__name__)
        number, person, pinned = seat.get("number"), seat.get("person"), seat.get("pinned", False)
        if not isinstance(number, int) or isinstance(number, bool) or not 1 <= number <= 10_000 or number in numbers:
            raise ValidationError.of(f"{where}.number", "seating_bad_value", expected="a seat number used once",
                                     value=repr(number)[:40])
        if not isinstance(person, str) or not person or person in people:
            raise ValidationError.of(f"{where}.person", "seating_bad_value", expected="a person's uuid used once",
                                     value=repr(person)[:40])
        if not isinstance(pinned, bool):
            raise ValidationError.of(f"{where}.pinned", "seating_bad_value", expected="true or false",
                                     value=repr(pinned)[:40])
        numbers.add(number)
        people.add(person)
        out.append((number, person, pinned))
    return layout, settings, out


def restore_in(s, engagement_id: int, snapshot: Any, person_ids: Mapping[str, int] | None = None) -> None:
    """Store a snapshot's plan with the engagement (replacing any), in the caller's transaction. Seats
    of people no longer in the database are left out (the rules place those seats again); the plan's
    uuid is kept when it is free."""
    layout, settings, seats = check_snapshot(snapshot)
    if person_ids is None:
        wanted = [u for _n, u, _p in seats]
        person_ids = dict(s.execute(sa.select(Person.uuid, Person.id).where(Person.uuid.in_(wanted or ["-"]))).all())
    record = _record_in(s, engagement_id)
    if record is not None:
        s.execute(sa.delete(SeatingPlanRecord).where(SeatingPlanRecord.id == record.id))
    uuid = snapshot.get("uuid")
    if not isinstance(uuid, str) or len(uuid) != 36 or s.execute(
            sa.select(SeatingPlanRecord.id).where(SeatingPlanRecord.uuid == uuid)).first() is not None:
        uuid = new_uuid()
    new = SeatingPlanRecord(engagement_id=engagement_id, layout=layout, uuid=uuid, version=1,
                            **{k: getattr(settings, k) for k in SETTINGS_FIELDS})
    s.add(new)
    s.flush()
    rows = [{"plan_id": new.id, "number": n, "person_id": person_ids[u], "pinned": p}
            for n, u, p in seats if u in person_ids]
    if rows:
        s.execute(sa.insert(SeatingSeat), rows)
    s.flush()


def restore_seating(db: Database, engagement_id: int, snapshot: dict[str, Any] | None) -> None:
    """Put a snapshot back as the engagement's stored plan (None: no plan stored): undo of an edit."""
    with unit_of_work(db) as (s, changed):
        eng = get_or_raise(s, Engagement, engagement_id)
        if snapshot is None:
            s.execute(sa.delete(SeatingPlanRecord).where(SeatingPlanRecord.engagement_id == engagement_id))
        else:
            restore_in(s, engagement_id, snapshot)
        s.expire_all()
        changed(Subject.ENGAGEMENT, (eng.id,), eng.trip_id, Action.UPDATE)


def stored_plans_in(s, trip_id: int, engagement_ids: Iterable[int] | None = None
                    ) -> dict[int, tuple[str, SeatingSettings, list[tuple[int, int, bool]]]]:
    """engagement id -> (layout, settings, seats) of the trip's stored plans: two queries for the trip."""
    query = (sa.select(SeatingPlanRecord).join(Engagement, Engagement.id == SeatingPlanRecord.engagement_id)
             .where(Engagement.trip_id == trip_id))
    records = s.execute(query).scalars().all()
    seats = _seats_in(s, [r.id for r in records])
    return {r.engagement_id: (r.layout, settings_of(r), seats.get(r.id, [])) for r in records}


def restore_plans(db: Database, plans: Iterable[tuple[int, Any]], names: Mapping[str, str] | None = None) -> int:
    """Store several snapshots (engagement id, snapshot) in one transaction (a trip package's plans):
    people by uuid, else (``names``: person uuid -> name, as the package's people give them) the
    engagement's attendee of that exact name, since an import may link a person to one already in
    the database; a seat of nobody found is left to the rules. The number of plans stored."""
    from delegation_planner.domain.text import clean_text

    items = list(plans)
    if not items:
        return 0
    with unit_of_work(db) as (s, changed):
        touched = []
        for engagement_id, snapshot in items:
            eng = get_or_raise(s, Engagement, engagement_id)
            _layout, _settings, seats = check_snapshot(snapshot)
            wanted = [u for _n, u, _p in seats]
            by_uuid = dict(s.execute(sa.select(Person.uuid, Person.id).where(Person.uuid.in_(wanted or ["-"]))).all())
            attendees = s.execute(sa.select(Person.id, Person.full_name).join(Attendance, Attendance.person_id == Person.id)
                                  .where(Attendance.engagement_id == engagement_id)).all()
            by_name: dict[str, list[int]] = {}
            for pid, name in attendees:
                by_name.setdefault(clean_text(name), []).append(pid)
            ids = dict(by_uuid)
            for u in wanted:
                found = by_name.get(clean_text((names or {}).get(u, "")), [])
                if u not in ids and len(found) == 1:
                    ids[u] = found[0]
            restore_in(s, engagement_id, snapshot, ids)
            touched.append(eng)
        for eng in touched:
            changed(Subject.ENGAGEMENT, (eng.id,), eng.trip_id, Action.UPDATE)
    return len(items)
