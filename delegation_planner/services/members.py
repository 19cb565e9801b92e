"""The delegation: members of a trip, their roles and order of precedence."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

import sqlalchemy as sa
from sqlmodel import select

from delegation_planner.domain.enums import MemberRole
from delegation_planner.domain.errors import ValidationError
from delegation_planner.domain.models import DelegationMember, Organization, Person, Trip
from delegation_planner.domain.rules import validate_member_fields
from delegation_planner.changes import Action, Subject
from delegation_planner.storage.database import Database
from delegation_planner.services._common import unit_of_work, _is_id, check_reference, get_or_raise, prepare, values_of, apply
from delegation_planner.services._common import check_version


@dataclass(frozen=True)
class MemberRow:
    id: int
    trip_id: int
    person_id: int
    full_name: str
    title: str
    organization_name: str
    role: MemberRole
    precedence: int
    phone: str
    email: str
    version: int = 1  # the member record's (role, order): for a checked update_member


def list_members(db: Database, trip_id: int) -> list[MemberRow]:
    """Members in order of precedence."""
    query = (sa.select(DelegationMember.id, DelegationMember.trip_id, Person.id, Person.full_name, Person.title,
                       sa.func.coalesce(Organization.name, ""), DelegationMember.role, DelegationMember.precedence,
                       Person.phone, Person.email, DelegationMember.version)
             .join(Person, Person.id == DelegationMember.person_id)
             .outerjoin(Organization, Organization.id == Person.organization_id)
             .where(DelegationMember.trip_id == trip_id)
             .order_by(DelegationMember.precedence, DelegationMember.id))
    with db.reading() as s:
        return [MemberRow(*row) for row in s.execute(query).all()]


def head_of_delegation(db: Database, trip_id: int) -> int | None:
    """The person leading the delegation: role head, else first in precedence."""
    with db.reading() as s:
        return head_in_session(s, trip_id)


def head_in_session(s, trip_id: int) -> int | None:
    row = s.execute(
        sa.select(DelegationMember.person_id).where(DelegationMember.trip_id == trip_id)
        .order_by(sa.case((DelegationMember.role == MemberRole.HEAD, 0), else_=1),
                  DelegationMember.precedence, DelegationMember.id).limit(1)).first()
    return row[0] if row else None


def add_member(db: Database, trip_id: int, person_id: int, *, role: MemberRole | str = MemberRole.MEMBER,
               precedence: int | None = None) -> DelegationMember:
    """Add a person to the delegation; without a precedence they go last."""
    with unit_of_work(db) as (s, changed):
        get_or_raise(s, Trip, trip_id)
        check_reference(s, Person, person_id, "person_id")
        exists = s.exec(select(DelegationMember).where(DelegationMember.trip_id == trip_id,
                                                       DelegationMember.person_id == person_id)).first()
        if exists:
            raise ValidationError.of("person_id", "already_member")
        if precedence is None:
            last = s.execute(sa.select(sa.func.max(DelegationMember.precedence))
                             .where(DelegationMember.trip_id == trip_id)).scalar()
            precedence = (last or 0) + 1
        values = prepare(DelegationMember, {"trip_id": trip_id, "person_id": person_id},
                         {"role": role, "precedence": precedence}, validate_member_fields,
                         editable={"role", "precedence"})
        member = DelegationMember(**values)
        s.add(member)
        s.flush()
        member_id = member.id
        changed(Subject.MEMBER, (member_id,), trip_id, Action.CREATE)
    return member


def update_member(db: Database, member_id: int, *, expected_version: int | None = None,
                  **changes: Any) -> DelegationMember:
    """``expected_version``: the version the caller read (RecordChangedError if it was saved since)."""
    with unit_of_work(db) as (s, changed):
        member = get_or_raise(s, DelegationMember, member_id)
        check_version(member, expected_version, changes)
        apply(member, prepare(DelegationMember, values_of(member), changes, validate_member_fields,
                              editable={"role", "precedence"}))
        s.add(member)
        trip_id = member.trip_id
        changed(Subject.MEMBER, (member_id,), trip_id, Action.UPDATE)
    return member


def remove_member(db: Database, member_id: int) -> None:
    with unit_of_work(db) as (s, changed):
        member = get_or_raise(s, DelegationMember, member_id)
        trip_id = member.trip_id
        s.delete(member)
        s.flush()
        _renumber(s, trip_id, None)
        changed(Subject.MEMBER, (member_id,), trip_id, Action.DELETE)


def set_member_order(db: Database, trip_id: int, member_ids: Sequence[int]) -> None:
    """Order of precedence = the order of ``member_ids`` (all members of the trip, each once)."""
    if not isinstance(member_ids, (list, tuple)) or not all(_is_id(i) for i in member_ids):
        raise ValidationError.of("member_ids", "member_ids_list")
    with unit_of_work(db) as (s, changed):
        get_or_raise(s, Trip, trip_id)
        _renumber(s, trip_id, list(member_ids))
        changed(Subject.MEMBER, tuple(member_ids), trip_id, Action.UPDATE)


def move_member(db: Database, member_id: int, new_index: int) -> None:
    """Move one member to position ``new_index`` (0-based) in the order of precedence."""
    if not isinstance(new_index, int) or isinstance(new_index, bool):
        raise ValidationError.of("new_index", "not_whole_number", value=repr(new_index))
    with unit_of_work(db) as (s, changed):
        member = get_or_raise(s, DelegationMember, member_id)
        trip_id = member.trip_id
        ids = [m.id for m in _ordered(s, trip_id)]
        ids.remove(member_id)
        new_index = max(0, min(new_index, len(ids)))
        ids.insert(new_index, member_id)
        _renumber(s, trip_id, ids)
        changed(Subject.MEMBER, (member_id,), trip_id, Action.UPDATE)


def _ordered(s, trip_id: int) -> list[DelegationMember]:
    return list(s.exec(select(DelegationMember).where(DelegationMember.trip_id == trip_id)
                       .order_by(DelegationMember.precedence, DelegationMember.id)))


def _renumber(s, trip_id: int, ids: list[int] | None) -> None:
    members = {m.id: m for m in _ordered(s, trip_id)}
    if ids is None:
        ids = list(members)
    if sorted(ids) != sorted(members) or len(set(ids)) != len(ids):
        raise ValidationError.of("member_ids", "member_ids_every")
    for position, member_id in enumerate(ids, start=1):
        members[member_id].precedence = position
        s.add(members[member_id])
