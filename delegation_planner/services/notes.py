"""Meeting notes: several per engagement, timestamped."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlmodel import select

from delegation_planner.domain.models import Engagement, MeetingNote
from delegation_planner.domain.rules import validate_note_fields
from delegation_planner.domain.errors import ValidationError
from delegation_planner.domain.rules import check_year
from delegation_planner.domain.timezones import to_utc, utc_now
from delegation_planner.changes import Action, Subject
from delegation_planner.storage.database import Database
from delegation_planner.services._common import unit_of_work, apply, get_or_raise, prepare, values_of
from delegation_planner.services._common import check_version

EDITABLE = {"author", "text"}


def list_notes(db: Database, engagement_id: int) -> list[MeetingNote]:
    with db.reading() as s:
        return list(s.exec(select(MeetingNote).where(MeetingNote.engagement_id == engagement_id)
                           .order_by(MeetingNote.taken_at, MeetingNote.id)))


def _taken_at(value: Any, zone_name: str) -> datetime:
    """``taken_at`` as an aware UTC instant: an aware datetime as given, a naive one read as
    the venue's wall clock (a time inside a DST gap refused, code ``dst_gap``); the year checked."""
    if not isinstance(value, datetime):
        raise ValidationError.of("taken_at", "not_datetime")
    p: list = []
    check_year(p, "taken_at", value)
    if p:
        raise ValidationError(p)
    if value.tzinfo is None:
        value = to_utc(value, zone_name, field="taken_at")
    return value.astimezone(timezone.utc)


def add_note(db: Database, engagement_id: int, text: str, author: str = "",
             taken_at: datetime | None = None) -> MeetingNote:
    """``taken_at``: when the meeting was held (aware, or naive venue wall clock); default now."""
    with unit_of_work(db) as (s, changed):
        eng = get_or_raise(s, Engagement, engagement_id)
        when = utc_now() if taken_at is None else _taken_at(taken_at, eng.timezone)
        values = prepare(MeetingNote, {"engagement_id": engagement_id, "author": "", "text": ""},
                         {"text": text, "author": author}, validate_note_fields, editable=EDITABLE)
        now = utc_now()
        note = MeetingNote(**values, created_at=now, updated_at=now, taken_at=when)
        s.add(note)
        s.flush()
        note_id, trip_id = note.id, eng.trip_id
        changed(Subject.NOTE, (note_id,), trip_id, Action.CREATE)
    return note


def update_note(db: Database, note_id: int, *, expected_version: int | None = None, **changes: Any) -> MeetingNote:
    """``expected_version``: the version the caller read (RecordChangedError if it was saved since)."""
    with unit_of_work(db) as (s, changed):
        note = get_or_raise(s, MeetingNote, note_id)
        check_version(note, expected_version, changes)
        if "taken_at" in changes:
            eng = s.get(Engagement, note.engagement_id)
            note.taken_at = _taken_at(changes.pop("taken_at"), eng.timezone)
        apply(note, prepare(MeetingNote, values_of(note), changes, validate_note_fields, editable=EDITABLE))
        note.updated_at = utc_now()
        s.add(note)
        trip_id = s.get(Engagement, note.engagement_id).trip_id
        changed(Subject.NOTE, (note_id,), trip_id, Action.UPDATE)
    return note


def delete_note(db: Database, note_id: int) -> None:
    with unit_of_work(db) as (s, changed):
        note = get_or_raise(s, MeetingNote, note_id)
        trip_id = s.get(Engagement, note.engagement_id).trip_id
        s.delete(note)
        changed(Subject.NOTE, (note_id,), trip_id, Action.DELETE)
