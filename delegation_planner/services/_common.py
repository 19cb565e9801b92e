"""Helpers shared by the service modules."""
from __future__ import annotations

import contextlib
from enum import StrEnum
from typing import Any, Callable, Iterator, Mapping, TypeVar

from sqlmodel import Session, SQLModel

from delegation_planner.changes import Action, Change, Subject
from delegation_planner.domain.errors import ValidationError, not_found, problem
from delegation_planner.domain.text import clean_text

M = TypeVar("M", bound=SQLModel)

_ENTITY_WORDS = {
    "Trip": "trip", "Organization": "organization", "Person": "person",
    "DelegationMember": "delegation member", "Engagement": "engagement",
    "Attendance": "attendance", "MeetingNote": "note", "Commitment": "commitment",
}


Changed = Callable[..., None]

#: Fields no caller sets through prepare()/apply(): the row id, the stable identity (kept across
#: copies of a database and bundles) and the version SQLAlchemy raises on every update.
IDENTITY_FIELDS = frozenset({"id", "uuid", "version"})


@contextlib.contextmanager
def unit_of_work(db) -> Iterator[tuple[Session, Changed]]:
    """One transaction that announces what it changed after the commit, never before.

        with unit_of_work(db) as (s, changed):
            ...
            changed(Subject.NOTE, (note.id,), trip_id, Action.CREATE)

    If the block raises, the transaction is rolled back and nothing is announced."""
    pending: list[Change] = []

    def changed(subject: Subject | str, ids: tuple[int, ...] = (), trip_id: int | None = None,
                action: Action | str = Action.UPDATE) -> None:
        pending.append(Change(Subject(subject), tuple(ids), trip_id, Action(action)))

    with db.transaction() as session:
        yield session, changed
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
