"""Two officers editing the same record (issue 12): the later save, based on an older read, is
refused with RecordChangedError carrying both versions, and nothing is written.

Two ``Database`` objects on one file (or one PostgreSQL database) stand for two officers'
windows: each reads through its own engine, as two processes would.
"""
from __future__ import annotations

from datetime import date, datetime

import pytest

from delegation_planner.changes import Subject
from delegation_planner.domain.enums import CommitmentStatus, MemberRole, Side
from delegation_planner.domain.errors import NotFoundError, RecordChangedError, ValidationError
from delegation_planner.domain.models import Trip
from delegation_planner.services import activity, commitments, directory, engagements, members, notes, trips
from delegation_planner.services._common import unit_of_work
from delegation_planner.storage import open_database

NAME = "Nguyễn Đức Chung"


@pytest.fixture
def officers(db_path):
    """(officer A's database, officer B's database, the records both see)."""
    a = open_database(db_path)
    b = open_database(db_path)
    trip = trips.create_trip(a, title="Boston study visit 2017", start_date=date(2017, 7, 12),
                             end_date=date(2017, 7, 14))
    eng = engagements.create_engagement(a, trip.id, title="Meeting at MGH", timezone="America/New_York",
                                        start=datetime(2017, 7, 12, 9), end=datetime(2017, 7, 12, 10)).engagement
    person = directory.create_person(a, full_name=NAME, side=Side.DELEGATION)
    org = directory.create_organization(a, name="Massachusetts General Hospital")
    member = members.add_member(a, trip.id, person.id, role=MemberRole.HEAD)
    note = notes.add_note(a, eng.id, "Phía bạn đề nghị ký biên bản ghi nhớ", NAME)
    commitment = commitments.create_commitment(a, trip.id, description="Gửi dự thảo MOU", engagement_id=eng.id)
    records = {"trip": trip, "engagement": eng, "person": person, "organization": org, "member": member,
               "note": note, "commitment": commitment}
    yield a, b, records
    a.dispose()
    b.dispose()


# subject -> (update function, getter, a field, A's value, B's value)
CASES = {
    "trip": (trips.update_trip, trips.get_trip, "title", "Boston 2017 (A)", "Boston 2017 (B)"),
    "engagement": (engagements.update_engagement, engagements.get_engagement, "location", "Phòng A", "Phòng B"),
    "person": (directory.update_person, directory.get_person, "title", "Thứ trưởng", "Bộ trưởng"),
    "organization": (directory.update_organization, directory.get_organization, "city", "Boston", "Cambridge"),
    "member": (members.update_member, None, "precedence", 3, 5),
    "note": (notes.update_note, None, "text", "Ghi chú của A", "Ghi chú của B"),
    "commitment": (commitments.update_commitment, commitments.get_commitment, "follow_up", "Theo dõi (A)",
                   "Theo dõi (B)"),
}
SUBJECTS = {"trip": Subject.TRIP, "engagement": Subject.ENGAGEMENT, "person": Subject.PERSON,
            "organization": Subject.ORGANIZATION, "member": Subject.MEMBER, "note": Subject.NOTE,
            "commitment": Subject.COMMITMENT}


def _stored(db, kind, record_id):
    from delegation_planner.domain import models

    model = {"trip": models.Trip, "engagement": models.Engagement, "person": models.Person,
             "organization": models.Organization, "member": models.DelegationMember, "note": models.MeetingNote,
             "commitment": models.Commitment}[kind]
    with db.reading() as s:
        return s.get(model, record_id)


@pytest.mark.parametrize("kind", list(CASES))
def test_the_later_save_is_refused_with_both_versions_and_nothing_written(officers, kind):
    a, b, records = officers
    update, _get, field, mine, theirs = CASES[kind]
    record_id = records[kind].id
    opened = _stored(a, kind, record_id)  # officer A opens the record ...
    assert opened.version >= 1
    update(b, record_id, expected_version=_stored(b, kind, record_id).version, **{field: theirs})  # ... B saves first
    saved_by_b = _stored(b, kind, record_id)
    assert saved_by_b.version == opened.version + 1

    with pytest.raises(RecordChangedError) as info:
        update(a, record_id, expected_version=opened.version, **{field: mine})
    err = info.value
    assert isinstance(err, ValidationError)  # a user error: forms and the CLI show it as one
    assert err.subject == SUBJECTS[kind] and err.record_id == record_id
    assert err.theirs[field] == theirs and err.mine == {field: mine}
    assert (err.stored_version, err.expected_version) == (saved_by_b.version, opened.version)
    assert err.differences() == [(field, theirs, mine)]
    after = _stored(a, kind, record_id)
    assert getattr(after, field) == theirs and after.version == saved_by_b.version  # nothing written

    # "Keep my version": save again over theirs, based on the version now stored.
    update(a, record_id, expected_version=err.stored_version, **{field: mine})
    kept = _stored(b, kind, record_id)
    assert getattr(kept, field) == mine and kept.version == saved_by_b.version + 1


def test_without_an_expected_version_the_save_is_not_checked(officers):
    """Undo/redo, imports and scripts save without a version (the last write wins, as before)."""
    a, b, records = officers
    trip_id = records["trip"].id
    trips.update_trip(b, trip_id, title="B's title")
    trips.update_trip(a, trip_id, title="A's title")
    assert trips.get_trip(b, trip_id).title == "A's title"


def test_every_update_raises_the_version_once_and_a_no_op_does_not(officers):
    a, _b, records = officers
    trip_id = records["trip"].id
    v = trips.get_trip(a, trip_id).version
    trips.update_trip(a, trip_id, expected_version=v, purpose="Hợp tác y tế")
    assert trips.get_trip(a, trip_id).version == v + 1
    trips.update_trip(a, trip_id, expected_version=v + 1, title="Nguyễn Đức Chung in Boston")
    assert trips.get_trip(a, trip_id).version == v + 2


def test_the_engagement_error_shows_their_times_as_the_form_shows_them(officers):
    a, b, records = officers
    eng_id = records["engagement"].id
    opened = engagements.get_engagement(a, eng_id).version
    engagements.update_engagement(b, eng_id, start=datetime(2017, 7, 12, 14), end=datetime(2017, 7, 12, 15))
    with pytest.raises(RecordChangedError) as info:
        engagements.update_engagement(a, eng_id, expected_version=opened, start=datetime(2017, 7, 12, 9, 30),
                                      end=datetime(2017, 7, 12, 10, 30))
    err = info.value
    assert err.theirs["start"] == datetime(2017, 7, 12, 14) and err.theirs["end"] == datetime(2017, 7, 12, 15)
    assert err.mine["start"] == datetime(2017, 7, 12, 9, 30)
    stored = engagements.get_engagement(b, eng_id)
    assert stored.start_utc.hour == 18  # 14:00 in Boston (EDT), B's, untouched


def test_set_status_and_other_callers_of_update_keep_working(officers):
    a, b, records = officers
    c = records["commitment"]
    commitments.set_status(b, c.id, CommitmentStatus.SIGNED)
    assert commitments.get_commitment(a, c.id).status == CommitmentStatus.SIGNED


def test_a_record_deleted_by_the_other_officer_is_not_found_not_recreated(officers):
    a, b, records = officers
    note = records["note"]
    notes.delete_note(b, note.id)
    with pytest.raises(NotFoundError):
        notes.update_note(a, note.id, expected_version=note.version, text="mine")


@pytest.mark.parametrize("bad", ["1", 1.0, True, -(2 ** 70)])
def test_a_bad_expected_version_is_a_validation_error_naming_it(officers, bad):
    a, _b, records = officers
    trip_id = records["trip"].id
    before = trips.get_trip(a, trip_id)
    with pytest.raises(ValidationError) as info:
        trips.update_trip(a, trip_id, expected_version=bad, title="x")
    assert info.value.field == "expected_version" and not isinstance(info.value, RecordChangedError)
    assert trips.get_trip(a, trip_id).title == before.title


def test_expected_version_is_not_a_field_that_can_be_set(officers):
    a, _b, records = officers
    for field in ("version", "uuid"):
        with pytest.raises(ValidationError) as info:
            trips.update_trip(a, records["trip"].id, **{field: 99})
        assert info.value.field == field


def test_a_stale_orm_write_becomes_record_changed(officers):
    """SQLAlchemy's own check (version_id_col): an object read earlier and written later matches no
    row once the other officer saved; StaleDataError becomes RecordChangedError, nothing written."""
    a, b, records = officers
    trip_id = records["trip"].id
    with a.reading() as s:
        held = s.get(Trip, trip_id)  # read in one transaction ...
    trips.update_trip(b, trip_id, title="B saved in between")
    with pytest.raises(RecordChangedError) as info:
        with unit_of_work(a) as (s, changed):  # ... written in another
            s.add(held)
            held.title = "A's stale title"
            changed(Subject.TRIP, (trip_id,), trip_id)
    err = info.value
    assert err.subject == Subject.TRIP and err.record_id == trip_id
    assert err.theirs["title"] == "B saved in between" and err.mine == {"title": "A's stale title"}
    assert err.stored_version == err.expected_version + 1
    assert trips.get_trip(b, trip_id).title == "B saved in between"


def test_a_stale_delete_becomes_record_changed_too(officers):
    a, b, records = officers
    org_id = records["organization"].id
    from delegation_planner.domain.models import Organization

    with a.reading() as s:
        held = s.get(Organization, org_id)
    directory.update_organization(b, org_id, city="Cambridge")
    with pytest.raises(RecordChangedError):
        with unit_of_work(a) as (s, changed):
            s.delete(s.merge(held, load=False))
            changed(Subject.ORGANIZATION, (org_id,), None)
    assert directory.get_organization(b, org_id).city == "Cambridge"


def test_the_change_counter_tells_the_other_window_and_not_the_writer(officers):
    a, b, records = officers
    assert activity.changed_elsewhere(a) is False  # the first look only takes note
    assert activity.changed_elsewhere(b) is False
    trips.update_trip(a, records["trip"].id, title=f"{NAME} in Boston")
    assert activity.changed_elsewhere(a) is False  # its own edit
    assert activity.changed_elsewhere(b) is True  # the other officer's window
    assert activity.changed_elsewhere(b) is False  # once
    before = activity.change_count(a)
    with pytest.raises(ValidationError):
        trips.update_trip(a, records["trip"].id, title="")  # refused: no write, no count
    assert activity.change_count(a) == before
    notes.add_note(b, records["engagement"].id, "một ghi chú nữa")
    assert activity.change_count(a) == before + 1
    assert activity.changed_elsewhere(a) is True


def test_a_database_without_the_counter_row_still_saves(officers):
    a, b, records = officers
    with a.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM change_counter")
    trips.update_trip(a, records["trip"].id, title="saved anyway")
    assert activity.change_count(b) is None
    assert activity.changed_elsewhere(b) is False
