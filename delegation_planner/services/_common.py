"""Helpers shared by the service modules."""
from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from typing import Any, Callable, Iterator, Mapping, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session, SQLModel

from delegation_planner.changes import Action, Change, Subject
from delegation_planner.domain.errors import RecordChangedError, ValidationError, not_found, problem
from delegation_planner.domain.models import (
    Commitment, CommitmentSequence, DelegationMember, Engagement, MeetingNote, Organization, Person, Trip,
    TripContact,
)
from delegation_planner.domain.text import clean_text
from delegation_planner.services.activity import after_own_change, count_change

M = TypeVar("M", bound=SQLModel)

_ENTITY_WORDS = {
    "Trip": "trip", "Organization": "organization", "Person": "person",
    "DelegationMember": "delegation member", "Engagement": "engagement",
    "Attendance": "attendance", "MeetingNote": "note", "Commitment": "commitment",
    "TripContact": "contact", "ScenarioStep": "scenario step",  # by class name (entity_word)
}


Changed = Callable[..., None]

#: Fields no caller sets through prepare()/apply(): the row id, the stable identity (kept across
#: copies of a database and bundles) and the version SQLAlchemy raises on every update.
IDENTITY_FIELDS = frozenset({"id", "uuid", "version"})

#: The records with a version (``version_id_col``) and the subject a change of one is.
VERSIONED: dict[type[SQLModel], Subject] = {
    Trip: Subject.TRIP, Engagement: Subject.ENGAGEMENT, DelegationMember: Subject.MEMBER, Person: Subject.PERSON,
    Organization: Subject.ORGANIZATION, MeetingNote: Subject.NOTE, Commitment: Subject.COMMITMENT,
    # A logistics contact is part of its trip (changes.Subject has no kind of its own for it).
    TripContact: Subject.TRIP,
}


@dataclass(frozen=True)
class _Edit:
    """A versioned record about to be written: what the writer read and what it sets."""

    model: type[SQLModel]
    record_id: int
    version: int
    mine: dict[str, Any]


def _note_edits(edits: list[_Edit], session: Session, _context, _instances) -> None:
    for obj in [*session.dirty, *session.deleted]:
        if type(obj) not in VERSIONED or obj.id is None:
            continue
        state = sa.inspect(obj)
        mine = {a.key: a.history.added[0] for a in state.attrs
                if a.key not in IDENTITY_FIELDS and a.history.added}
        edits.append(_Edit(type(obj), obj.id, state.committed_state.get("version", obj.version), mine))


def _changed_elsewhere(db, edits: list[_Edit]) -> Exception:
    """The error for a stale UPDATE/DELETE (a concurrent save won): which record, both versions."""
    with db.reading() as s:
        for edit in reversed(edits):
            current = s.get(edit.model, edit.record_id)
            if current is None:
                return not_found(entity_word(edit.model), edit.record_id)
            if current.version != edit.version:
                return RecordChangedError(VERSIONED[edit.model], edit.record_id, theirs=values_of(current),
                                          mine=edit.mine, stored_version=current.version,
                                          expected_version=edit.version)
    first = edits[0] if edits else None
    return RecordChangedError(VERSIONED[first.model] if first else "record", first.record_id if first else 0,
                              theirs={}, mine=first.mine if first else {}, stored_version=0,
                              expected_version=first.version if first else None)


def check_version(obj: SQLModel, expected_version: Any, changes: Mapping[str, Any], *,
                  theirs: Mapping[str, Any] | None = None) -> None:
    """Refuse an edit based on an older read: RecordChangedError (nothing written) when the
    record's stored version is not ``expected_version`` (None: no check)."""
    if expected_version is None:
        return
    if not _is_id(expected_version):
        raise ValidationError.of("expected_version", "not_whole_number", value=repr(expected_version))
    if obj.version != expected_version:
        raise RecordChangedError(VERSIONED[type(obj)], obj.id, theirs=values_of(obj) if theirs is None else theirs,
                                 mine=changes, stored_version=obj.version, expected_version=expected_version)


@contextlib.contextmanager
def unit_of_work(db) -> Iterator[tuple[Session, Changed]]:
    """One transaction that announces what it changed after the commit, never before.

        with unit_of_work(db) as (s, changed):
            ...
            changed(Subject.NOTE, (note.id,), trip_id, Action.CREATE)

    If the block raises, the transaction is rolled back and nothing is announced. A write
    that changes anything also raises the change counter (services.activity) in the same
    transaction. A stale write of a versioned record (another connection saved it since this
    transaction read it: SQLAlchemy's StaleDataError) becomes RecordChangedError."""
    pending: list[Change] = []
    edits: list[_Edit] = []
    counted: list[int | None] = []

    def changed(subject: Subject | str, ids: tuple[int, ...] = (), trip_id: int | None = None,
                action: Action | str = Action.UPDATE) -> None:
        pending.append(Change(Subject(subject), tuple(ids), trip_id, Action(action)))

    try:
        with db.transaction() as session:
            sa.event.listen(session, "before_flush", partial(_note_edits, edits))
            yield session, changed
            session.flush()  # a stale UPDATE/DELETE raises here (or in a flush of the block)
            if pending:
                counted.append(count_change(session))
    except StaleDataError:
        raise _changed_elsewhere(db, edits) from None
    if counted:
        after_own_change(db, counted[0])
    for change in pending:
        db.notify(change)


def entity_word(model: type[SQLModel]) -> str:
    return _ENTITY_WORDS.get(model.__name__, model.__name__.lower())


def _is_id(value: Any) -> bool:
    """An int SQLite can hold (a larger one raises OverflowError when bound)."""
    return isinstance(value, int) and not isinstance(value, bool) and -(2 ** 63) <= value < 2 ** 63


def get_or_raise(session: Session, model: type[M], record_id: Any) -> M:
    if not _is_id(record_id):
        raise not_found(entity_word(model), record_id)
    obj = session.get(model, record_id)
    if obj is None:
        raise not_found(entity_word(model), record_id)
    return obj


def check_reference(session: Session, model: type[SQLModel], record_id: Any, field: str) -> None:
    """A ValidationError naming ``field`` if ``record_id`` (when given) does not exist."""
    if record_id is None:
        return
    if not _is_id(record_id) or session.get(model, record_id) is None:
        raise ValidationError.of(field, "not_found", entity=entity_word(model), id=repr(record_id))


def defaults_of(model: type[SQLModel]) -> dict[str, Any]:
    out = {}
    for name, info in model.model_fields.items():
        if name in IDENTITY_FIELDS:
            continue
        if info.is_required():
            out[name] = None
        else:
            out[name] = info.get_default(call_default_factory=True)
    return out


def prepare(model: type[M], base: Mapping[str, Any], changes: Mapping[str, Any],
            validator: Callable[[Mapping[str, Any]], None], *, editable: set[str] | None = None,
            text_defaults: bool = True) -> dict[str, Any]:
    """Merge ``changes`` over ``base``, refuse unknown fields, put text in NFC, validate, coerce enums."""
    allowed = editable if editable is not None else set(model.model_fields) - IDENTITY_FIELDS
    unknown = sorted(set(changes) - allowed)
    if unknown:
        raise ValidationError([problem(name, "unknown_field") for name in unknown])
    values = dict(base)
    for key, value in changes.items():
        # None in a text field means "empty"; keeps files and forms simple.
        if value is None and text_defaults and isinstance(base.get(key), str):
            value = ""
        values[key] = clean_text(value)  # one Unicode form for every text stored (domain.text)
    validator(values)
    for name, info in model.model_fields.items():
        annotation = info.annotation
        if isinstance(annotation, type) and issubclass(annotation, StrEnum) and values.get(name) is not None:
            values[name] = annotation(values[name])
    return values


def values_of(obj: SQLModel) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in type(obj).model_fields if name not in IDENTITY_FIELDS}


def apply(obj: SQLModel, values: Mapping[str, Any]) -> None:
    for key, value in values.items():
        setattr(obj, key, value)


def check_list_filters(search: object, choice: object, enum_cls: type[StrEnum], choice_field: str) -> None:
    """List filters: the search must be text and the choice (if any) a known value."""
    if not isinstance(search, str):
        raise ValidationError.of("search", "not_text", type=type(search).__name__)
    if choice:
        try:
            enum_cls(choice)
        except (ValueError, TypeError):
            raise ValidationError.of(choice_field, "unknown_value_short", value=repr(choice)) from None


_REFERENCE = re.compile(r"^CK-(\d{4})-(\d{3,})$")


def parse_reference(text: Any) -> tuple[int, int] | None:
    """(year, number) of a commitment reference "CK-2017-003", or None if ``text`` is not one."""
    match = _REFERENCE.match(text) if isinstance(text, str) else None
    return (int(match.group(1)), int(match.group(2))) if match else None


def format_reference(year: int, number: int) -> str:
    return f"CK-{year:04d}-{number:03d}"


def _sequence_row(session: Session, year: int) -> CommitmentSequence:
    row = session.execute(sa.select(CommitmentSequence).where(CommitmentSequence.year == year)
                          .with_for_update()).scalar_one_or_none()  # FOR UPDATE on a server; SQLite: BEGIN IMMEDIATE
    if row is None:
        row = CommitmentSequence(year=year, last=0)
        session.add(row)
    return row


def new_commitment_reference(session: Session, year: int) -> str:
    """The next commitment reference of ``year`` ("CK-2017-004"), in the caller's transaction.

    ``commitment_sequence`` remembers the last number given out, so a deleted commitment's number
    never comes back; a reference already taken (an imported one above the counter) is skipped."""
    row = _sequence_row(session, year)
    number = row.last + 1
    while session.execute(sa.select(Commitment.id).where(
            Commitment.reference == format_reference(year, number))).first() is not None:
        number += 1
    row.last = number
    session.add(row)
    session.flush()
    return format_reference(year, number)


def keep_or_new_reference(session: Session, wanted: Any, year: int, taken: set[str]) -> str:
    """An imported commitment keeps its reference when it is a well-formed one nobody here holds
    (the counter of its year is raised past it); otherwise it gets a new one of ``year``."""
    parsed = parse_reference(wanted)
    if parsed and wanted not in taken and session.execute(
            sa.select(Commitment.id).where(Commitment.reference == wanted)).first() is None:
        row = _sequence_row(session, parsed[0])
        row.last = max(row.last, parsed[1])
        session.add(row)
        session.flush()
        return wanted
    return new_commitment_reference(session, year)
