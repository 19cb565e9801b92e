"""An engagement's minute-by-minute scenario (issue 11): at what time (the venue's local clock),
what happens, who does it and who is responsible — arrival at the door, greeting, seating,
opening remarks, gift exchange, signing, press, departure.

Steps are ordered by time, then by ``position`` (two steps at 10:00 keep the order they were
given). Every edit is its own transaction; a refused call writes nothing.
"""
from __future__ import annotations

import re
from datetime import time
from typing import Any, Mapping, Sequence

import sqlalchemy as sa

from delegation_planner.changes import Action, Subject
from delegation_planner.domain.errors import Problem, ValidationError, problem
from delegation_planner.domain.models import Engagement, ScenarioStep, new_uuid
from delegation_planner.domain.rules import MAX_SHORT_TEXT, check_text, raise_if
from delegation_planner.domain.text import short_repr
from delegation_planner.services._common import apply, get_or_raise, prepare, unit_of_work, values_of
from delegation_planner.storage.database import Database

EDITABLE = {"at_time", "action", "performer", "responsible"}
#: A scenario longer than this is a typing or file mistake.
MAX_STEPS = 500

_CLOCK = re.compile(r"^\s*(\d{1,2})[:.h](\d{2})\s*$")


def parse_at_time(value: Any) -> str:
    """"9:30", "09:30", "9h30", "09.30" or a ``datetime.time`` -> "09:30"; ValueError otherwise."""
    if isinstance(value, time):
        return f"{value.hour:02d}:{value.minute:02d}"
    match = _CLOCK.match(value) if isinstance(value, str) else None
    if match:
        hours, minutes = int(match.group(1)), int(match.group(2))
        if hours <= 23 and minutes <= 59:
            return f"{hours:02d}:{minutes:02d}"
    raise ValueError(f"not a time of day: {value!r}")


def validate_step_fields(values: Mapping[str, Any]) -> None:
    """at_time a stored "HH:MM" (see :func:`normalise`), an action, short texts for who does it."""
    p: list[Problem] = []
    at = values.get("at_time")
    if at is None or (isinstance(at, str) and not at.strip()):
        p.append(problem("at_time", "required"))
    else:
        try:
            if parse_at_time(at) != at:
                raise ValueError
        except ValueError:
            p.append(problem("at_time", "not_clock_time", value=short_repr(at)))
    check_text(p, "action", values.get("action"), required=True, max_len=MAX_SHORT_TEXT * 4)
    check_text(p, "performer", values.get("performer"), max_len=MAX_SHORT_TEXT)
    check_text(p, "responsible", values.get("responsible"), max_len=MAX_SHORT_TEXT)
    raise_if(p)


def normalise(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``fields`` with at_time in its stored form ("9:30" -> "09:30") when it reads as a time."""
    out = dict(fields)
    if "at_time" in out:
        try:
            out["at_time"] = parse_at_time(out["at_time"])
        except ValueError:
            pass  # left as given: validate_step_fields names it
    return out


_DEFAULTS = {"at_time": None, "action": "", "performer": "", "responsible": ""}


def _ordered(s, engagement_id: int) -> list[ScenarioStep]:
    return list(s.execute(sa.select(ScenarioStep).where(ScenarioStep.engagement_id == engagement_id)
                          .order_by(ScenarioStep.at_time, ScenarioStep.position, ScenarioStep.id)).scalars())


def _announce(changed, engagement: Engagement) -> None:
    changed(Subject.ENGAGEMENT, (engagement.id,), engagement.trip_id, Action.UPDATE)


def list_steps(db: Database, engagement_id: int) -> list[ScenarioStep]:
    """The engagement's scenario, by time then position."""
    with db.reading() as s:
        get_or_raise(s, Engagement, engagement_id)
        return _ordered(s, engagement_id)


def _checked(fields: Mapping[str, Any], base: Mapping[str, Any] | None = None) -> dict[str, Any]:
    return prepare(ScenarioStep, dict(base or _DEFAULTS), normalise(fields), validate_step_fields,
                   editable=EDITABLE)


def replace_steps(db: Database, engagement_id: int, steps: Sequence[Mapping[str, Any]]) -> list[ScenarioStep]:
    """The whole scenario at once (an editor's Save): every step checked first (problems named
    ``steps[i].field``), then the old steps replaced in one transaction. An empty list clears it."""
    if not isinstance(steps, (list, tuple)):
        raise ValidationError.of("steps", "not_list", type=type(steps).__name__)
    if len(steps) > MAX_STEPS:
        raise ValidationError.of("steps", "too_many_items", count=len(steps), limit=MAX_STEPS)
    checked: list[dict[str, Any]] = []
    problems: list[Problem] = []
    for i, step in enumerate(steps):
        if not isinstance(step, Mapping):
            problems.append(problem(f"steps[{i}]", "not_object", type=type(step).__name__))
            continue
        try:
            checked.append(_checked(step))
        except ValidationError as exc:
            problems.extend(exc.prefixed(f"steps[{i}]").problems)
    raise_if(problems)
    with unit_of_work(db) as (s, changed):
        engagement = get_or_raise(s, Engagement, engagement_id)
        s.execute(sa.delete(ScenarioStep).where(ScenarioStep.engagement_id == engagement_id))
        for position, values in enumerate(checked):
            s.add(ScenarioStep(engagement_id=engagement_id, position=position, uuid=new_uuid(), **values))
        s.flush()
        _announce(changed, engagement)
        return _ordered(s, engagement_id)


def add_step(db: Database, engagement_id: int, **fields: Any) -> ScenarioStep:
    """A step after the others at the same time."""
    values = _checked(fields)
    with unit_of_work(db) as (s, changed):
        engagement = get_or_raise(s, Engagement, engagement_id)
        last = s.execute(sa.select(sa.func.max(ScenarioStep.position))
                         .where(ScenarioStep.engagement_id == engagement_id)).scalar()
        step = ScenarioStep(engagement_id=engagement_id, position=0 if last is None else last + 1,
                            uuid=new_uuid(), **values)
        s.add(step)
        s.flush()
        _announce(changed, engagement)
    return step


def get_step(db: Database, step_id: int) -> ScenarioStep:
    with db.reading() as s:
        return get_or_raise(s, ScenarioStep, step_id)


def update_step(db: Database, step_id: int, **changes: Any) -> ScenarioStep:
    with unit_of_work(db) as (s, changed):
        step = get_or_raise(s, ScenarioStep, step_id)
        base = {k: v for k, v in values_of(step).items() if k in EDITABLE}
        values = _checked(changes, base)
        apply(step, values)
        s.add(step)
        _announce(changed, s.get(Engagement, step.engagement_id))
    return step


def delete_step(db: Database, step_id: int) -> None:
    with unit_of_work(db) as (s, changed):
        step = get_or_raise(s, ScenarioStep, step_id)
        engagement = s.get(Engagement, step.engagement_id)
        s.delete(step)
        _announce(changed, engagement)
