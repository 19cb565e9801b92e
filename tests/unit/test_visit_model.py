"""The visit as a protocol office runs it (issue 11), through the services: a trip's direction,
commitment references and follow-up fields, logistics contacts, engagement scenarios. Every refused
call names the field and leaves the database file byte-for-byte unchanged."""
from __future__ import annotations

import unicodedata
from datetime import date, datetime, time, timezone

import pytest

from delegation_planner.domain.enums import ContactKind, VisitDirection
from delegation_planner.domain.errors import NotFoundError, ValidationError
from delegation_planner.domain.messages import render_error
from delegation_planner.services import commitments, directory, engagements, logistics, scenario, trips
from delegation_planner.storage import open_database
from tests.helpers import file_state

NAME = "Nguyễn Đức Chung"


@pytest.fixture
def world(tmp_path):
    path = tmp_path / "planner.sqlite3"
    db = open_database(path)
    trip = trips.create_trip(db, title="Boston 2017", start_date=date(2017, 7, 12), end_date=date(2017, 7, 14))
    person = directory.create_person(db, full_name=NAME)
    eng = engagements.create_engagement(
        db, trip.id, title="Ký biên bản ghi nhớ", kind="signing_ceremony", timezone="America/New_York",
        start_utc=datetime(2017, 7, 13, 14, tzinfo=timezone.utc),
        end_utc=datetime(2017, 7, 13, 15, tzinfo=timezone.utc)).engagement
    yield dict(db=db, path=path, trip=trip.id, person=person.id, eng=eng.id)
    db.dispose()


def refused(world, call, field, code=None):
    """``call()`` raises a ValidationError naming ``field`` and the file is unchanged."""
    before = file_state(world["path"])
    with pytest.raises(ValidationError) as info:
        call()
    assert field in [p.field for p in info.value.problems], info.value.problems
    if code:
        assert code in [p.code for p in info.value.problems], info.value.problems
    assert file_state(world["path"]) == before
    return info.value


# ------------------------------------------------------------------ direction

def test_a_trip_is_outbound_unless_told_and_keeps_its_direction(world):
    db = world["db"]
    assert trips.get_trip(db, world["trip"]).direction == VisitDirection.OUTBOUND
    inbound = trips.create_trip(db, title="Đón đoàn Thái Nguyên", start_date=date(2024, 5, 2),
                                end_date=date(2024, 5, 3), direction="inbound")
    assert trips.get_trip(db, inbound.id).direction is VisitDirection.INBOUND
    trips.update_trip(db, inbound.id, direction=VisitDirection.DOMESTIC)
    assert trips.get_trip(db, inbound.id).direction == "domestic"
    rows = {r.id: r.direction for r in trips.list_trips(db)}
    assert rows == {world["trip"]: VisitDirection.OUTBOUND, inbound.id: VisitDirection.DOMESTIC}
    copy = trips.duplicate_trip(db, inbound.id, start_date=date(2025, 5, 2))
    assert trips.get_trip(db, copy.id).direction == VisitDirection.DOMESTIC


@pytest.mark.parametrize("bad", ["sideways", "", None, 3, "OUTBOUND"])
def test_a_bad_direction_is_refused_by_name(world, bad):
    refused(world, lambda: trips.update_trip(world["db"], world["trip"], direction=bad), "direction",
            "unknown_value")
    refused(world, lambda: trips.create_trip(world["db"], title="x", start_date=date(2024, 1, 1),
                                             end_date=date(2024, 1, 2), direction=bad), "direction")


def test_a_bad_direction_and_a_bad_date_are_both_named(world):
    error = refused(world, lambda: trips.update_trip(world["db"], world["trip"], direction="up",
                                                     end_date=date(2017, 7, 1)), "direction")
    assert {"direction", "end_date"} <= {p.field for p in error.problems}
    assert "Loại đoàn" in render_error(error, "vi")


# ------------------------------------------------------------------ commitments

def test_references_are_per_year_stable_and_never_reused(world):
    db = world["db"]
    first = commitments.create_commitment(db, world["trip"], description="Đào tạo quản lý bệnh viện")
    second = commitments.create_commitment(db, world["trip"], description="Trao đổi chuyên gia")
    assert (first.reference, second.reference) == ("CK-2017-001", "CK-2017-002")
    other = trips.create_trip(db, title="Paris", start_date=date(2018, 3, 1), end_date=date(2018, 3, 2))
    assert commitments.create_commitment(db, other.id, description="x").reference == "CK-2018-001"
    # kept on edit, even when the trip moves to another year
    commitments.update_commitment(db, first.id, description="Đào tạo (sửa)", status="signed")
    trips.update_trip(db, world["trip"], start_date=date(2019, 1, 1), end_date=date(2019, 1, 2))
    assert commitments.get_commitment(db, first.id).reference == "CK-2017-001"
    # the highest number deleted: not given out again
    commitments.delete_commitment(db, second.id)
    assert commitments.create_commitment(db, other.id, description="y").reference == "CK-2018-002"
    third = commitments.create_commitment(db, world["trip"], description="z")
    assert third.reference == "CK-2019-001"
    # a caller cannot set or change it
    refused(world, lambda: commitments.update_commitment(db, first.id, reference="CK-2017-999"), "reference",
            "unknown_field")
    refused(world, lambda: commitments.create_commitment(db, world["trip"], description="w",
                                                         reference="CK-1-1"), "reference")


def test_the_follow_up_fields_are_stored_and_listed(world):
    db = world["db"]
    source = unicodedata.normalize("NFD", "Biên bản ghi nhớ về đào tạo quản lý bệnh viện, ký ngày 17/7/2017")
    made = commitments.create_commitment(db, world["trip"], description="Đào tạo", source_document=source,
                                         their_contact_id=world["person"], completed_date=date(2017, 9, 1),
                                         due_date=date(2017, 12, 31), engagement_id=world["eng"])
    row = commitments.list_commitments(db, trip_id=world["trip"])[0]
    assert row.reference == made.reference == "CK-2017-001"
    assert row.source_document == unicodedata.normalize("NFC", source)  # stored in NFC like all text
    assert (row.their_contact_id, row.their_contact_name) == (world["person"], NAME)
    assert row.completed_date == date(2017, 9, 1) and row.due_date == date(2017, 12, 31)
    # the light (sqlite3) and the Core path give the same rows
    assert commitments._list_commitments_core(db, trip_id=world["trip"]) == [row]
    commitments.update_commitment(db, made.id, their_contact_id=None, completed_date=None)
    row = commitments.list_commitments(db, trip_id=world["trip"])[0]
    assert (row.their_contact_id, row.their_contact_name, row.completed_date) == (None, "", None)


def test_deleting_their_contact_leaves_the_commitment(world):
    db = world["db"]
    made = commitments.create_commitment(db, world["trip"], description="x", their_contact_id=world["person"])
    directory.delete_person(db, world["person"])
    assert commitments.get_commitment(db, made.id).their_contact_id is None


def test_hostile_follow_up_fields_are_refused_by_name(world):
    db, trip = world["db"], world["trip"]
    made = commitments.create_commitment(db, trip, description="x")
    error = refused(world, lambda: commitments.update_commitment(db, made.id, their_contact_id=99999),
                    "their_contact_id", "not_found")
    assert "Đầu mối phía bạn" in render_error(error, "vi")
    refused(world, lambda: commitments.create_commitment(db, trip, description="x", their_contact_id="1"),
            "their_contact_id", "not_found")
    error = refused(world, lambda: commitments.update_commitment(db, made.id, completed_date=date(2017, 7, 11)),
                    "completed_date", "completed_before_trip")
    assert "12/07/2017" in render_error(error, "vi")
    refused(world, lambda: commitments.update_commitment(db, made.id, completed_date="2017-08-01"),
            "completed_date", "not_date")
    refused(world, lambda: commitments.update_commitment(db, made.id, source_document="x" * 1001),
            "source_document", "too_long")
    refused(world, lambda: commitments.update_commitment(db, made.id, source_document="a\x00b"),
            "source_document", "nul_character")
    # the trip's first day is allowed
    commitments.update_commitment(db, made.id, completed_date=date(2017, 7, 12))


# ------------------------------------------------------------------ logistics contacts

def test_contacts_are_added_listed_edited_reordered_and_deleted(world):
    db, trip = world["db"], world["trip"]
    hotel = logistics.add_contact(db, trip, kind="hotel", name="Boston Marriott Copley Place",
                                  phone="+1 617 236 5800", address="110 Huntington Ave, Boston, MA 02116")
    consulate = logistics.add_contact(db, trip, kind=ContactKind.EMBASSY, name="Tổng Lãnh sự quán Việt Nam",
                                      notes=unicodedata.normalize("NFD", NAME))
    driver = logistics.add_contact(db, trip, kind="driver", name="Xe đoàn số 1")
    assert [c.id for c in logistics.list_contacts(db, trip)] == [hotel.id, consulate.id, driver.id]
    assert logistics.list_contacts(db, trip)[1].notes == NAME
    updated = logistics.update_contact(db, hotel.id, expected_version=hotel.version, phone="+1 617 236 5801")
    assert updated.phone == "+1 617 236 5801" and updated.version == hotel.version + 1
    logistics.reorder_contacts(db, trip, [driver.id, hotel.id, consulate.id])
    assert [(c.id, c.position) for c in logistics.list_contacts(db, trip)] == [
        (driver.id, 0), (hotel.id, 1), (consulate.id, 2)]
    logistics.delete_contact(db, hotel.id)
    assert [(c.id, c.position) for c in logistics.list_contacts(db, trip)] == [(driver.id, 0), (consulate.id, 1)]
    with pytest.raises(NotFoundError):
        logistics.get_contact(db, hotel.id)
    trips.delete_trip(db, trip)  # the contacts go with their trip
    with pytest.raises(NotFoundError):
        logistics.get_contact(db, driver.id)


def test_hostile_contacts_are_refused_by_name(world):
    db, trip = world["db"], world["trip"]
    hotel = logistics.add_contact(db, trip, kind="hotel", name="Hotel")
    refused(world, lambda: logistics.add_contact(db, trip, kind="castle", name="x"), "kind", "unknown_value")
    refused(world, lambda: logistics.add_contact(db, trip, kind="hotel", name="  "), "name", "required")
    refused(world, lambda: logistics.add_contact(db, trip, kind="hotel", name="x", position=2), "position",
            "unknown_field")
    refused(world, lambda: logistics.update_contact(db, hotel.id, phone=5), "phone", "not_text")
    refused(world, lambda: logistics.reorder_contacts(db, trip, [hotel.id, hotel.id]), "contact_ids",
            "contact_ids_every")
    refused(world, lambda: logistics.reorder_contacts(db, trip, "1"), "contact_ids", "contact_ids_list")
    before = file_state(world["path"])
    with pytest.raises(NotFoundError):
        logistics.add_contact(db, 99999, kind="hotel", name="x")
    assert file_state(world["path"]) == before


# ------------------------------------------------------------------ scenario

def test_a_scenario_is_ordered_by_time_then_given_order(world):
    db, eng = world["db"], world["eng"]
    steps = scenario.replace_steps(db, eng, [
        {"at_time": "10:00", "action": "Ký biên bản ghi nhớ", "performer": NAME, "responsible": "Vụ Hợp tác"},
        {"at_time": "9:45", "action": "Đón đoàn tại cửa", "performer": "Lễ tân", "responsible": "Ban tổ chức"},
        {"at_time": "10:00", "action": "Trao quà lưu niệm", "performer": NAME},
        {"at_time": time(10, 20), "action": "Gặp gỡ báo chí"},
    ])
    assert [(st.at_time, st.action) for st in steps] == [
        ("09:45", "Đón đoàn tại cửa"), ("10:00", "Ký biên bản ghi nhớ"), ("10:00", "Trao quà lưu niệm"),
        ("10:20", "Gặp gỡ báo chí")]
    assert [st.action for st in scenario.list_steps(db, eng)] == [st.action for st in steps]
    added = scenario.add_step(db, eng, at_time="10:00", action="Chụp ảnh lưu niệm")
    assert [st.action for st in scenario.list_steps(db, eng)][1:4] == [
        "Ký biên bản ghi nhớ", "Trao quà lưu niệm", "Chụp ảnh lưu niệm"]
    scenario.update_step(db, added.id, at_time="10.30", performer=unicodedata.normalize("NFD", NAME))
    last = scenario.list_steps(db, eng)[-1]
    assert (last.at_time, last.performer) == ("10:30", NAME)
    scenario.delete_step(db, added.id)
    assert len(scenario.list_steps(db, eng)) == 4
    assert scenario.replace_steps(db, eng, []) == []


@pytest.mark.parametrize("bad, code", [
    ("25:00", "not_clock_time"), ("24:00", "not_clock_time"), ("12:60", "not_clock_time"),
    ("noon", "not_clock_time"), (930, "not_clock_time"), ("9:5", "not_clock_time"), ("10:00:00", "not_clock_time"),
    ("", "required"), (None, "required"), (" ", "required")])
def test_a_bad_time_is_refused_by_name(world, bad, code):
    db, eng = world["db"], world["eng"]
    scenario.add_step(db, eng, at_time="09:00", action="Đón đoàn")
    refused(world, lambda: scenario.add_step(db, eng, at_time=bad, action="x"), "at_time", code)
    error = refused(world, lambda: scenario.replace_steps(db, eng, [{"at_time": "09:00", "action": "ok"},
                                                                    {"at_time": bad, "action": "x"}]),
                    "steps[1].at_time", code)
    assert ("HH:MM" if code == "not_clock_time" else "không được để trống") in render_error(error, "vi")
    assert [st.action for st in scenario.list_steps(db, eng)] == ["Đón đoàn"]  # the old scenario is intact


def test_hostile_scenarios_are_refused(world):
    db, eng = world["db"], world["eng"]
    refused(world, lambda: scenario.add_step(db, eng, at_time="09:00", action=" "), "action", "required")
    refused(world, lambda: scenario.add_step(db, eng, at_time="09:00", action="x", uuid="u"),
            "uuid", "unknown_field")
    refused(world, lambda: scenario.replace_steps(db, eng, "09:00 arrive"), "steps", "not_list")
    refused(world, lambda: scenario.replace_steps(db, eng, [["09:00", "x"]]), "steps[0]", "not_object")
    refused(world, lambda: scenario.replace_steps(db, eng, [{"at_time": "09:00", "action": "x"}] * 501),
            "steps", "too_many_items")
    before = file_state(world["path"])
    with pytest.raises(NotFoundError):
        scenario.replace_steps(db, 99999, [{"at_time": "09:00", "action": "x"}])
    assert file_state(world["path"]) == before


def test_a_scenario_goes_with_its_engagement_and_is_copied_with_the_trip(world):
    db = world["db"]
    scenario.add_step(db, world["eng"], at_time="09:45", action="Đón đoàn")
    logistics.add_contact(db, world["trip"], kind="hotel", name="Hotel")
    copy = trips.duplicate_trip(db, world["trip"], start_date=date(2018, 7, 12))
    copied_eng = engagements.programme(db, copy.id).items[0].id
    assert [st.action for st in scenario.list_steps(db, copied_eng)] == ["Đón đoàn"]
    assert scenario.list_steps(db, copied_eng)[0].uuid != scenario.list_steps(db, world["eng"])[0].uuid
    assert [c.name for c in logistics.list_contacts(db, copy.id)] == ["Hotel"]
    engagements.delete_engagement(db, world["eng"])
    with pytest.raises(NotFoundError):
        scenario.list_steps(db, world["eng"])
    assert len(scenario.list_steps(db, copied_eng)) == 1


def test_two_windows_creating_commitments_at_once_get_distinct_references(world):
    """Each writer is serialised (BEGIN IMMEDIATE): the year's counter never hands a number out twice."""
    import threading

    other = open_database(world["path"])
    errors: list[BaseException] = []

    def make(db, tag):
        try:
            for i in range(10):
                commitments.create_commitment(db, world["trip"], description=f"{tag} {i}")
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=make, args=(db, tag)) for db, tag in ((world["db"], "a"), (other, "b"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    other.dispose()
    assert errors == []
    refs = sorted(r.reference for r in commitments.list_commitments(world["db"], trip_id=world["trip"]))
    assert refs == [f"CK-2017-{n:03d}" for n in range(1, 21)]
