"""Meeting notes: several per engagement, timestamped."""
from __future__ import annotations

from typing import Any

from sqlmodel import select

from delegation_planner.domain.models import Engagement, MeetingNote
from delegation_planner.domain.rules import validate_note_fields
from delegation_planner.domain.timezones import utc_now
from delegation_planner.changes import Action, Subject
from delegation_planner.storage.database import Database
from delegation_planner.services._common import unit_of_work, apply, get_or_raise, prepare, values_of
from delegation_planner.services._common import check_version

EDITABLE = {"author", "text"}


def list_notes(db: Database, engagement_id: int) -> list[MeetingNote]:
    with db.reading() as s:
        return list(s.exec(select(MeetingNote).where(MeetingNote.engagement_id == engagement_id)
                           .order_by(MeetingNote.created_at, MeetingNote.id)))


def add_note(db: Database, engagement_id: int, text: str, author: str = "") -> MeetingNote:
    with unit_of_work(db) as (s, changed):
        eng = get_or_raise(s, Engagement, engagement_id)
        values = prepare(MeetingNote, {"engagement_id": engagement_id, "author": "", "text": ""},
                         {"text": text, "author": author}, validate_note_fields, editable=EDITABLE)
        now = utc_now()
        note = MeetingNote(**values, created_at=now, updated_at=now)
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
