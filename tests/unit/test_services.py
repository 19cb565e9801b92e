"""Each service: one transaction, validation before writing, change notifications."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from delegation_planner.domain.enums import CommitmentStatus, EngagementStatus, MemberRole, TripStatus
from delegation_planner.domain.errors import NotFoundError, ValidationError
from delegation_planner.services import commitments, directory, engagements, members, notes, trips
from tests.helpers import file_state

NY = "America/New_York"


@pytest.fixture
def trip(db):
    return trips.create_trip(db, title="Đoàn công tác Hà Nội – Boston", destination="Boston, Massachusetts",
                             start_date=date(2017, 7, 12), end_date=date(2017, 7, 14))


@pytest.fixture
def chung(db):
    return directory.create_person(db, full_name="Nguyễn Đức Chung", side="delegation",
                                   title="Chairman, Hà Nội People's Committee")


def add(db, trip_id, title, start, end, **kw):
    return engagements.create_engagement(db, trip_id, title=title, timezone=kw.pop("timezone", NY),
                                         start=start, end=end, **kw).engagement


def test_trip_crud_and_listing(db, trip):
    assert trip.status == TripStatus.DRAFT and trip.home_timezone == "Asia/Ho_Chi_Minh"
    trips.update_trip(db, trip.id, status="confirmed", purpose="Y tế")
    assert trips.get_trip(db, trip.id).status == TripStatus.CONFIRMED
    other = trips.create_trip(db, title="Paris", start_date=date(2026, 10, 24), end_date=date(2026, 10, 26))
    assert [t.id for t in trips.list_trips(db)] == [other.id, trip.id]  # newest first
    assert [t.id for t in trips.list_trips(db, search="boston")] == [trip.id]
    assert [t.id for t in trips.list_trips(db, year=2026)] == [other.id]
    assert [t.id for t in trips.list_trips(db, status="confirmed")] == [trip.id]
    assert trips.trip_years(db) == list(range(2026, 2016, -1))
    trips.delete_trip(db, trip.id)
    with pytest.raises(NotFoundError):
        trips.get_trip(db, trip.id)


@pytest.mark.parametrize("changes, field", [
    ({"title": "  "}, "title"),
    ({"end_date": date(2017, 7, 1)}, "end_date"),
    ({"home_timezone": "Asia/Hanoi_City"}, "home_timezone"),
    ({"status": "finished"}, "status"),
    ({"start_date": "2017-07-12"}, "start_date"),
    ({"notes": "a\x00b"}, "notes"),
    ({"colour": "red"}, "colour"),
])
def test_bad_trip_edits_are_refused_and_change_nothing(db, db_path, trip, changes, field):
    before = file_state(db_path)
    with pytest.raises(ValidationError) as err:
        trips.update_trip(db, trip.id, **changes)
    assert err.value.field == field
    assert file_state(db_path) == before


def test_engagement_times_validation_and_warnings(db, db_path, trip):
    saved = engagements.create_engagement(db, trip.id, title="Early arrival dinner", timezone=NY,
                                          start=datetime(2017, 7, 11, 19), end=datetime(2017, 7, 11, 21))
    assert saved.warnings and "before the trip begins" in saved.warnings[0]
    before = file_state(db_path)
    for bad, field in [
        (dict(start=datetime(2017, 7, 12, 10), end=datetime(2017, 7, 12, 9)), "end"),
        (dict(start=datetime(2017, 7, 12, 10), end=datetime(2017, 7, 12, 11), timezone="Boston"), "timezone"),
        (dict(start=datetime(2017, 3, 12, 2, 30), end=datetime(2017, 3, 12, 4)), "start"),
        (dict(start=datetime(2017, 7, 12, 10), end=datetime(2017, 7, 12, 11), organization_id=12345),
         "organization_id"),
        (dict(start=datetime(2017, 7, 12, 10), end=datetime(2017, 7, 12, 11), kind="party"), "kind"),
        (dict(start=datetime(2017, 7, 12, 10), end=datetime(2017, 7, 12, 11), travel_minutes=-5), "travel_minutes"),
    ]:
        with pytest.raises(ValidationError) as err:
            engagements.create_engagement(db, trip.id, title="x", **{"timezone": NY, **bad})
        assert err.value.field == field, bad
    assert file_state(db_path) == before


def test_default_zone_follows_the_last_engagement(db, trip):
    assert engagements.default_timezone(db, trip.id) == "Asia/Ho_Chi_Minh"
    add(db, trip.id, "Lab", datetime(2017, 7, 12, 9), datetime(2017, 7, 12, 10))
    assert engagements.default_timezone(db, trip.id) == NY


def test_changing_only_the_zone_keeps_the_wall_clock(db, trip):
    e = add(db, trip.id, "Meeting", datetime(2017, 7, 12, 9), datetime(2017, 7, 12, 10))
    moved = engagements.update_engagement(db, e.id, timezone="Europe/Paris").engagement
    item = engagements.programme(db, trip.id).items[0]
    assert moved.timezone == "Europe/Paris"
    assert item.local_start.strftime("%H:%M") == "09:00"
    assert item.time_label == "09:00 Paris · 14:00 Hà Nội"


def test_programme_conflicts_for_head_and_attendees(db, trip, chung):
    huy = directory.create_person(db, full_name="Lê Quang Huy", side="delegation")
    members.add_member(db, trip.id, chung.id, role="head")
    members.add_member(db, trip.id, huy.id)
    a = add(db, trip.id, "Governor's office", datetime(2017, 7, 12, 9), datetime(2017, 7, 12, 10))
    b = add(db, trip.id, "MGH laboratory", datetime(2017, 7, 12, 9, 30), datetime(2017, 7, 12, 11))
    c = add(db, trip.id, "Parallel: Dept. of Health", datetime(2017, 7, 12, 9, 30), datetime(2017, 7, 12, 11))
    engagements.set_attendance(db, a.id, chung.id, "lead")
    engagements.set_attendance(db, b.id, chung.id, "lead")
    engagements.set_attendance(db, c.id, huy.id, "lead")
    prog = engagements.programme(db, trip.id)
    by_id = {i.id: i for i in prog.items}
    assert {x.other_id for x in by_id[a.id].conflicts} == {b.id}
    assert "Nguyễn Đức Chung is also at “MGH laboratory”" in by_id[a.id].conflicts[0].message
    assert by_id[c.id].conflicts == ()  # a parallel track without the head is fine
    engagements.update_engagement(db, b.id, status=EngagementStatus.CANCELLED)
    assert engagements.programme(db, trip.id).conflict_count == 0
    assert [d for d, _ in prog.days()] == [date(2017, 7, 12)]
    assert by_id[a.id].lead.full_name == "Nguyễn Đức Chung"


def test_members_order_of_precedence(db, trip, chung):
    people = [chung] + [directory.create_person(db, full_name=n, side="delegation")
                        for n in ("Trần Thị Mai Hương", "Lê Quang Huy", "Phạm Minh Tuấn")]
    ms = [members.add_member(db, trip.id, p.id) for p in people]
    assert [m.precedence for m in members.list_members(db, trip.id)] == [1, 2, 3, 4]
    members.move_member(db, ms[3].id, 0)
    assert [m.full_name for m in members.list_members(db, trip.id)][:2] == ["Phạm Minh Tuấn", "Nguyễn Đức Chung"]
    members.set_member_order(db, trip.id, [m.id for m in ms])
    members.update_member(db, ms[0].id, role=MemberRole.HEAD)
    assert members.head_of_delegation(db, trip.id) == chung.id
    members.remove_member(db, ms[1].id)
    assert [m.precedence for m in members.list_members(db, trip.id)] == [1, 2, 3]
    with pytest.raises(ValidationError) as err:
        members.add_member(db, trip.id, chung.id)
    assert err.value.field == "person_id"
    with pytest.raises(ValidationError) as err:
        members.update_member(db, ms[0].id, precedence=-1)
    assert err.value.field == "precedence"
    with pytest.raises(ValidationError):
        members.set_member_order(db, trip.id, [ms[0].id])


def test_directory_people_organizations_and_history(db, trip, chung):
    mgh = directory.create_organization(db, name="Massachusetts General Hospital", kind="hospital")
    leopold = directory.create_person(db, full_name="Catherine E. Leopold", organization_id=mgh.id)
    assert directory.list_people(db, search="massachusetts")[0].id == leopold.id
    assert directory.list_organizations(db, search="general")[0].id == mgh.id
    with pytest.raises(ValidationError) as err:
        directory.create_person(db, full_name="X", organization_id=999)
    assert err.value.field == "organization_id"
    with pytest.raises(ValidationError) as err:
        directory.update_person(db, leopold.id, email="not an email")
    assert err.value.field == "email"
    e = add(db, trip.id, "Lab visit", datetime(2017, 7, 12, 9), datetime(2017, 7, 12, 10), organization_id=mgh.id)
    commitments.create_commitment(db, trip.id, description="Training places", organization_id=mgh.id,
                                  engagement_id=e.id)
    history = directory.organization_history(db, mgh.id)
    assert {h.what for h in history} == {"engagement", "commitment"}
    directory.delete_organization(db, mgh.id)
    assert directory.get_person(db, leopold.id).organization_id is None
    assert engagements.get_engagement(db, e.id).organization_id is None


def test_notes_are_timestamped_and_editable(db, trip):
    e = add(db, trip.id, "Lab", datetime(2017, 7, 12, 9), datetime(2017, 7, 12, 10))
    n1 = notes.add_note(db, e.id, "Biên bản: <b>R&D</b>", author="Trần Thị Mai Hương")
    n2 = notes.add_note(db, e.id, "Second note")
    assert [n.id for n in notes.list_notes(db, e.id)] == [n1.id, n2.id]
    edited = notes.update_note(db, n1.id, text="Edited")
    assert edited.updated_at >= edited.created_at and edited.created_at == n1.created_at
    with pytest.raises(ValidationError) as err:
        notes.add_note(db, e.id, "   ")
    assert err.value.field == "text"
    notes.delete_note(db, n2.id)
    assert len(notes.list_notes(db, e.id)) == 1
    engagements.delete_engagement(db, e.id)
    assert notes.list_notes(db, e.id) == []


def test_commitments_filters_status_and_overdue(db, trip, chung):
    phi = directory.create_organization(db, name="Partners HealthCare International", kind="company")
    mou = commitments.create_commitment(db, trip.id, description="MoU on health care", kind="mou",
                                        organization_id=phi.id, owner_id=chung.id, due_date=date(2017, 12, 31))
    late = commitments.create_commitment(db, trip.id, description="Send candidate list", kind="training",
                                         due_date=date(2018, 3, 31))
    signed = commitments.set_status(db, mou.id, CommitmentStatus.SIGNED)
    assert signed.signed_date == date.today()
    rows = commitments.list_commitments(db, trip_id=trip.id)
    assert [r.id for r in rows] == [mou.id, late.id]
    assert rows[0].owner_name == "Nguyễn Đức Chung" and rows[0].organization_name.startswith("Partners")
    assert [r.id for r in commitments.list_commitments(db, overdue_on=date(2018, 1, 1))] == [mou.id]
    assert rows[1].is_overdue(date(2018, 4, 1)) and not rows[1].is_overdue(date(2018, 3, 31))
    commitments.set_status(db, late.id, "done")
    assert [r.id for r in commitments.list_commitments(db, open_only=True)] == [mou.id]
    assert [r.id for r in commitments.list_commitments(db, owner_id=chung.id)] == [mou.id]
    other = trips.create_trip(db, title="Other", start_date=date(2018, 1, 1), end_date=date(2018, 1, 2))
    e_other = add(db, other.id, "x", datetime(2018, 1, 1, 9), datetime(2018, 1, 1, 10))
    with pytest.raises(ValidationError) as err:
        commitments.update_commitment(db, mou.id, engagement_id=e_other.id)
    assert err.value.field == "engagement_id"
    with pytest.raises(ValidationError) as err:
        commitments.update_commitment(db, mou.id, status="maybe")
    assert err.value.field == "status"


def test_duplicate_trip_shifts_the_programme(db, trip, chung):
    members.add_member(db, trip.id, chung.id, role="head")
    e = add(db, trip.id, "Lab", datetime(2017, 7, 12, 9), datetime(2017, 7, 12, 10))
    engagements.set_attendance(db, e.id, chung.id, "lead")
    notes.add_note(db, e.id, "stays with the original")
    copy = trips.duplicate_trip(db, trip.id, start_date=date(2018, 7, 12), title="Boston 2018")
    assert (copy.start_date, copy.end_date, copy.status) == (date(2018, 7, 12), date(2018, 7, 14), TripStatus.DRAFT)
    prog = engagements.programme(db, copy.id)
    [item] = prog.items
    assert item.start_utc - e.start_utc == timedelta(days=365)
    assert [a.full_name for a in item.attendees] == ["Nguyễn Đức Chung"]
    assert [m.full_name for m in members.list_members(db, copy.id)] == ["Nguyễn Đức Chung"]
    assert notes.list_notes(db, item.id) == []


def test_every_committed_change_is_announced(db, trip):
    seen = []
    db.subscribe(seen.append)
    e = add(db, trip.id, "Lab", datetime(2017, 7, 12, 9), datetime(2017, 7, 12, 10))
    with pytest.raises(ValidationError):
        engagements.update_engagement(db, e.id, title="")
    notes.add_note(db, e.id, "x")
    assert [(c.entity, c.action, c.trip_id) for c in seen] == [("engagement", "create", trip.id),
                                                               ("note", "create", trip.id)]


def test_unknown_ids_raise_not_found(db):
    with pytest.raises(NotFoundError):
        trips.update_trip(db, 42, title="x")
    with pytest.raises(NotFoundError):
        engagements.create_engagement(db, 42, title="x", start=datetime(2020, 1, 1, 9), end=datetime(2020, 1, 1, 10))
    with pytest.raises(NotFoundError):
        notes.add_note(db, "1", "x")


def test_restore_engagement_is_one_transaction(db, db_path, trip, chung):
    e = add(db, trip.id, "Lab", datetime(2017, 7, 12, 9), datetime(2017, 7, 12, 10))
    engagements.set_attendance(db, e.id, chung.id, "lead")
    notes.add_note(db, e.id, "Ghi chú")
    snap = engagements.engagement_snapshot(db, e.id)
    engagements.delete_engagement(db, e.id)
    before = file_state(db_path)
    with pytest.raises(ValidationError):  # a bad attendee at the end: nothing at all is written
        engagements.restore_engagement(db, trip.id, snap.fields, attendees=[(chung.id, "lead"), (999, "lead")],
                                       notes=list(snap.notes))
    assert file_state(db_path) == before
    new_id = engagements.restore_engagement(db, trip.id, snap.fields, attendees=list(snap.attendees),
                                            notes=list(snap.notes))
    assert [n.text for n in notes.list_notes(db, new_id)] == ["Ghi chú"]
    assert [a.person_id for a in engagements.list_attendees(db, new_id)] == [chung.id]


@pytest.mark.parametrize("call, field", [
    (lambda db: trips.list_trips(db, search=42), "search"),
    (lambda db: trips.list_trips(db, status="finished"), "status"),
    (lambda db: directory.list_people(db, side="martian"), "side"),
    (lambda db: directory.list_organizations(db, search=None), "search"),
])
def test_bad_list_filters_name_the_field(db, call, field):
    with pytest.raises(ValidationError) as err:
        call(db)
    assert err.value.field == field
