"""Bundle format version 2: stable identities and a note's time (issue 12 and issue 10).

Hostile uuids are refused whole with the place in the file, and the database is left as it was."""
from __future__ import annotations

import copy
import json
from datetime import datetime, timezone

import pytest
from sqlmodel import select

from delegation_planner.bundles import import_bundle, trip_to_bundle
from delegation_planner.domain.errors import ValidationError
from delegation_planner.domain.models import Engagement, MeetingNote, Person, Trip
from delegation_planner.sample import BOSTON_2017
from delegation_planner.bundles import import_bundle_data
from delegation_planner.storage import open_database


def _counts(db) -> tuple[int, ...]:
    with db.reading() as s:
        return tuple(len(list(s.exec(select(m)))) for m in (Trip, Engagement, MeetingNote, Person))


def _exported(db) -> dict:
    """The sample trip as a version 2 bundle, then the database emptied of it (another laptop)."""
    data = trip_to_bundle(db, import_bundle_data(db, copy.deepcopy(BOSTON_2017)).trip_id)
    assert data["version"] == 3 and data["trip"]["uuid"]
    return data


def test_uuids_and_note_times_come_back_in_another_database(db, tmp_path):
    data = _exported(db)
    note = next(n for e in data["engagements"] for n in e.get("notes", []))
    note["taken_at"] = "2017-07-12T02:00:00Z"  # the meeting's morning, not the moment it was typed
    other = open_database(tmp_path / "other.sqlite3")
    try:
        again = trip_to_bundle(other, import_bundle_data(other, json.loads(json.dumps(data))).trip_id)
        assert again == data
        with other.reading() as s:
            row = s.exec(select(MeetingNote).where(MeetingNote.uuid == note["uuid"])).one()
            assert row.taken_at == datetime(2017, 7, 12, 2, tzinfo=timezone.utc)
    finally:
        other.dispose()


def _refused(db, tmp_path, data, where: str) -> str:
    before = _counts(db)
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        import_bundle(db, path)
    assert _counts(db) == before
    text = str(err.value)
    assert where in text
    return text


def test_a_malformed_uuid_is_named_by_its_place_and_engagement(db, tmp_path):
    data = _exported(db)
    data["trip"]["uuid"] = "00000000-0000-4000-8000-000000000099"
    data["engagements"][0]["uuid"] = "not-a-uuid"
    text = _refused(db, tmp_path, data, "engagements[0].uuid")
    assert "not a UUID" in text


def test_duplicate_uuids_in_one_file_are_refused(db, tmp_path):
    data = _exported(db)
    data["trip"]["uuid"] = "00000000-0000-4000-8000-000000000098"
    data["engagements"][1]["uuid"] = data["engagements"][0]["uuid"]
    text = _refused(db, tmp_path, data, "engagements[1].uuid")
    assert "duplicate uuid" in text and "engagements[0]" in text


def test_a_uuid_of_another_kinds_row_is_refused(db, tmp_path):
    data = _exported(db)
    data["trip"]["uuid"] = "00000000-0000-4000-8000-000000000097"
    person_uuid = data["people"][0]["uuid"]
    for e in data["engagements"]:
        e["uuid"] = "00000000-0000-4000-8000-0000000001%02d" % data["engagements"].index(e)
    for c in data["commitments"]:
        c.pop("uuid", None)
    for m in data["members"]:
        m.pop("uuid", None)
    for e in data["engagements"]:
        for n in e.get("notes", []):
            n.pop("uuid", None)
    data["engagements"][0]["uuid"] = person_uuid  # a person's identity given to an engagement
    data["people"][0]["uuid"] = "00000000-0000-4000-8000-000000000096"
    text = _refused(db, tmp_path, data, "uuid")
    assert "already used by a person row" in text and "not a engagement" in text


def test_a_truncated_file_is_refused(db, tmp_path):
    data = _exported(db)
    before = _counts(db)
    path = tmp_path / "cut.json"
    path.write_bytes(json.dumps(data).encode()[:500])
    with pytest.raises(ValidationError, match="malformed JSON"):
        import_bundle(db, path)
    assert _counts(db) == before
