"""Bundle format version 3 (issue 11): a trip's direction, commitment references and follow-up fields,
logistics contacts and engagement scenarios travel in the bundle; older bundles import with defaults;
a hostile file is refused by place with the database unchanged; --update reports and keeps them."""
from __future__ import annotations

import copy
import json
from datetime import date, datetime, timezone

import pytest

from delegation_planner import bundles
from delegation_planner.bundles.update import diff_bundles, update_from_bundle, update_preview
from delegation_planner.domain.errors import ValidationError
from delegation_planner.domain.messages import render_error
from delegation_planner.services import commitments, directory, engagements, logistics, scenario, trips
from delegation_planner.storage import open_database
from tests.helpers import file_state

NAME = "Nguyễn Đức Chung"


def _visit(db) -> int:
    trip = trips.create_trip(db, title="Đón đoàn Thái Nguyên", start_date=date(2024, 5, 2),
                             end_date=date(2024, 5, 3), direction="inbound")
    host = directory.create_person(db, full_name=NAME, side="host")
    eng = engagements.create_engagement(
        db, trip.id, title="Lễ ký kết", kind="signing_ceremony", timezone="Asia/Ho_Chi_Minh",
        start_utc=datetime(2024, 5, 2, 2, tzinfo=timezone.utc),
        end_utc=datetime(2024, 5, 2, 3, tzinfo=timezone.utc)).engagement
    scenario.replace_steps(db, eng.id, [
        {"at_time": "08:55", "action": "Đón đoàn tại sảnh", "performer": "Chánh Văn phòng", "responsible": "Lễ tân"},
        {"at_time": "09:00", "action": "Ký biên bản ghi nhớ", "performer": NAME},
        {"at_time": "09:00", "action": "Trao quà lưu niệm"}])
    commitments.create_commitment(db, trip.id, description="Đào tạo", engagement_id=eng.id, status="signed",
                                  source_document="Biên bản ghi nhớ ngày 02/5/2024", their_contact_id=host.id,
                                  completed_date=date(2024, 9, 1), due_date=date(2024, 12, 31))
    logistics.add_contact(db, trip.id, kind="hotel", name="Khách sạn Mường Thanh", phone="+84 208 000 000",
                          address="Thái Nguyên", notes="Ăn sáng từ 6:30")
    logistics.add_contact(db, trip.id, kind="emergency", name="Cấp cứu 115", phone="115")
    return trip.id


@pytest.fixture
def source(tmp_path):
    db = open_database(tmp_path / "office.sqlite3")
    trip_id = _visit(db)
    yield db, trip_id
    db.dispose()


@pytest.fixture
def other(tmp_path):
    path = tmp_path / "laptop.sqlite3"
    db = open_database(path)
    yield db, path
    db.dispose()


def test_a_version_3_bundle_carries_the_visit_and_comes_back_exactly(source, other):
    db, trip_id = source
    bundle = bundles.trip_to_bundle(db, trip_id)
    assert bundle["version"] == 3 and bundle["trip"]["direction"] == "inbound"
    c = bundle["commitments"][0]
    assert c["reference"] == "CK-2024-001" and c["source_document"] == "Biên bản ghi nhớ ngày 02/5/2024"
    assert c["completed_date"] == "2024-09-01"
    assert [p["full_name"] for p in bundle["people"] if p["key"] == c["their_contact"]] == [NAME]
    assert [x["name"] for x in bundle["contacts"]] == ["Khách sạn Mường Thanh", "Cấp cứu 115"]
    assert [(st["at_time"], st["action"]) for st in bundle["engagements"][0]["scenario"]] == [
        ("08:55", "Đón đoàn tại sảnh"), ("09:00", "Ký biên bản ghi nhớ"), ("09:00", "Trao quà lưu niệm")]
    laptop, _path = other
    new_id = bundles.import_bundle_data(laptop, json.loads(json.dumps(bundle))).trip_id
    again = bundles.trip_to_bundle(laptop, new_id)
    assert again == bundle  # uuids, the reference, every field, the order of contacts and steps
    row = commitments.list_commitments(laptop, trip_id=new_id)[0]
    assert (row.reference, row.their_contact_name, row.completed_date) == ("CK-2024-001", NAME, date(2024, 9, 1))
    assert trips.get_trip(laptop, new_id).direction == "inbound"


def test_a_copy_gets_new_references_and_the_next_free_number(source):
    db, trip_id = source
    copy_id = bundles.import_bundle_data(db, bundles.without_uuids(bundles.trip_to_bundle(db, trip_id))).trip_id
    assert [c.reference for c in commitments.list_commitments(db, trip_id=copy_id)] == ["CK-2024-002"]
    # a file naming a reference that is taken here gets a new one, a free one is kept
    data = bundles.without_uuids(bundles.trip_to_bundle(db, trip_id))
    data["commitments"].append(dict(data["commitments"][0], reference="CK-2024-050", description="Khác"))
    data["commitments"][0]["reference"] = "CK-2024-001"
    third = bundles.import_bundle_data(db, data).trip_id
    assert sorted(c.reference for c in commitments.list_commitments(db, trip_id=third)) == [
        "CK-2024-003", "CK-2024-050"]
    made = commitments.create_commitment(db, trip_id, description="Sau đó")
    assert made.reference == "CK-2024-051"  # the counter moved past the imported number


@pytest.mark.parametrize("version", [1, 2])
def test_older_bundles_import_with_defaults(source, other, version):
    db, trip_id = source
    data = bundles.trip_to_bundle(db, trip_id)
    data["version"] = version
    del data["trip"]["direction"], data["contacts"]
    for c in data["commitments"]:
        for name in ("reference", "source_document", "their_contact", "completed_date"):
            c.pop(name, None)
    for e in data["engagements"]:
        e.pop("scenario", None)
    laptop, _path = other
    new_id = bundles.import_bundle_data(laptop, data).trip_id
    assert trips.get_trip(laptop, new_id).direction == "outbound"
    assert logistics.list_contacts(laptop, new_id) == []
    eng = engagements.programme(laptop, new_id).items[0].id
    assert scenario.list_steps(laptop, eng) == []
    row = commitments.list_commitments(laptop, trip_id=new_id)[0]
    assert (row.reference, row.source_document, row.their_contact_id, row.completed_date) == (
        "CK-2024-001", "", None, None)


def _refused(db, path, data, place, code=None):
    before = file_state(path)
    with pytest.raises(ValidationError) as info:
        bundles.import_bundle_data(db, data)
    fields = [p.field for p in info.value.problems]
    assert place in fields, info.value.problems
    if code:
        assert code in [p.code for p in info.value.problems if p.field == place]
    assert file_state(path) == before
    assert trips.list_trips(db) == []
    return info.value


@pytest.mark.parametrize("change, place, code", [
    (lambda b: b["trip"].update(direction="sideways"), "trip.direction", "unknown_value"),
    (lambda b: b["trip"].update(direction=1), "trip.direction", "unknown_value"),
    (lambda b: b["commitments"][0].update(their_contact="nobody"), "commitments[0].their_contact",
     "no_record_with_key"),
    (lambda b: b["commitments"][0].update(their_contact=7), "commitments[0].their_contact", "must_be"),
    (lambda b: b["commitments"][0].update(completed_date="2024-05-01"), "commitments[0].completed_date",
     "completed_before_trip"),
    (lambda b: b["commitments"][0].update(completed_date="01/09/2024"), "commitments[0].completed_date", None),
    (lambda b: b["commitments"][0].update(reference="CK-24-1"), "commitments[0].reference", "bad_reference"),
    (lambda b: b["commitments"][0].update(reference=17), "commitments[0].reference", "bad_reference"),
    (lambda b: b["commitments"][0].update(source_document="x" * 1001), "commitments[0].source_document",
     "too_long"),
    (lambda b: b["contacts"][0].update(kind="castle"), "contacts[0].kind", "unknown_value"),
    (lambda b: b["contacts"][1].update(name=" "), "contacts[1].name", "required"),
    (lambda b: b["contacts"][0].update(fax="1"), "contacts[0].fax", "unknown_bundle_field"),
    (lambda b: b.update(contacts={"name": "x"}), "contacts", "not_list"),
    (lambda b: b["engagements"][0]["scenario"][1].update(at_time="25:00"), "engagements[0].scenario[1].at_time",
     "not_clock_time"),
    (lambda b: b["engagements"][0]["scenario"][1].update(at_time="24:00"), "engagements[0].scenario[1].at_time",
     "not_clock_time"),
    (lambda b: b["engagements"][0]["scenario"][0].update(at_time=930), "engagements[0].scenario[0].at_time",
     "not_clock_time"),
    (lambda b: b["engagements"][0]["scenario"][0].pop("at_time"), "engagements[0].scenario[0].at_time",
     "required"),
    (lambda b: b["engagements"][0]["scenario"][0].update(action=""), "engagements[0].scenario[0].action",
     "required"),
    (lambda b: b["engagements"][0]["scenario"][0].update(uuid="nope"), "engagements[0].scenario[0].uuid",
     "bad_uuid"),
    (lambda b: b["contacts"][1].update(uuid=b["contacts"][0]["uuid"]), "contacts[1].uuid", "duplicate_uuid"),
], ids=["direction", "direction-number", "dangling-contact", "contact-not-key", "completed-before-trip",
        "completed-not-iso", "bad-reference", "reference-number", "long-source", "contact-kind", "contact-name",
        "contact-unknown-field", "contacts-not-list", "hour-25", "hour-24", "time-number", "time-missing",
        "no-action", "step-uuid", "contact-uuid-twice"])
def test_hostile_version_3_fields_are_refused_by_place(source, other, change, place, code):
    db, trip_id = source
    data = copy.deepcopy(bundles.trip_to_bundle(db, trip_id))
    change(data)
    laptop, path = other
    error = _refused(laptop, path, data, place, code)
    if place.startswith("engagements"):  # named by its engagement, in Vietnamese too
        assert "hoạt động “Lễ ký kết”" in render_error(error, "vi")


def test_a_refusal_names_the_record_in_vietnamese(source, other):
    db, trip_id = source
    data = bundles.trip_to_bundle(db, trip_id)
    data["engagements"][0]["scenario"][1]["at_time"] = "25:00"
    data["contacts"][0]["kind"] = "castle"
    laptop, path = other
    text = render_error(_refused(laptop, path, data, "contacts[0].kind"), "vi")
    assert "hoạt động “Lễ ký kết”" in text and "HH:MM" in text and "'25:00'" in text
    assert "đầu mối hậu cần “Khách sạn Mường Thanh”" in text


def test_a_contact_or_step_uuid_of_another_trip_is_refused(source):
    db, trip_id = source
    data = bundles.without_uuids(bundles.trip_to_bundle(db, trip_id))
    data["version"] = 3
    stored = bundles.trip_to_bundle(db, trip_id)
    data["contacts"][0]["uuid"] = stored["contacts"][0]["uuid"]
    with pytest.raises(ValidationError) as info:
        bundles.import_bundle_data(db, data)
    assert info.value.code == "uuid_elsewhere"
    assert len(trips.list_trips(db)) == 1


def test_update_reports_contacts_scenarios_and_the_new_fields_and_keeps_references(source, other, tmp_path):
    db, trip_id = source
    path = bundles.export_trip(db, trip_id, tmp_path / "visit.json")
    laptop, _laptop_path = other
    away = bundles.import_bundle(laptop, path).trip_id
    # edited on the laptop
    contact = logistics.list_contacts(laptop, away)[0]
    logistics.update_contact(laptop, contact.id, phone="+84 208 111 111")
    logistics.add_contact(laptop, away, kind="driver", name="Xe 29A-000.01")
    eng = engagements.programme(laptop, away).items[0].id
    scenario.add_step(laptop, eng, at_time="09:30", action="Họp báo")
    com = commitments.list_commitments(laptop, trip_id=away)[0]
    commitments.update_commitment(laptop, com.id, completed_date=date(2024, 10, 1))
    trips.update_trip(laptop, away, direction="domestic")
    back = bundles.export_trip(laptop, away, tmp_path / "back.json")
    diff = update_preview(db, back)
    assert diff.trip_fields == ("direction",)
    got = {(d.kind, d.change, d.label, d.fields) for d in diff.differences}
    assert ("contact", "changed", "Khách sạn Mường Thanh", ("phone",)) in got
    assert ("contact", "added", "Xe 29A-000.01", ()) in got
    assert any(k == "engagement" and c == "changed" and f == ("scenario",) for k, c, _l, f in got)
    assert any(k == "commitment" and c == "changed" and label.startswith("CK-2024-001")
               and f == ("completed_date",) for k, c, label, f in got)
    lines = "\n".join(diff.lines("vi"))
    assert "đầu mối hậu cần thêm: Xe 29A-000.01" in lines and "Loại đoàn" in lines and "Kịch bản" in lines
    update_from_bundle(db, back)
    assert bundles.trip_to_bundle(db, trip_id) == json.loads(back.read_text(encoding="utf-8"))
    assert update_preview(db, back).empty
    # a version 2 bundle of the same trip: its commitments come back without references and keep theirs
    data = json.loads(back.read_text(encoding="utf-8"))
    data["version"] = 2
    for c in data["commitments"]:
        del c["reference"]
    old = tmp_path / "v2.json"
    old.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert not any(d.kind == "commitment" for d in update_preview(db, old).differences)
    update_from_bundle(db, old)
    assert [c.reference for c in commitments.list_commitments(db, trip_id=trip_id)] == ["CK-2024-001"]


def test_diff_of_pure_dicts_matches_contacts_by_uuid():
    stored = {"trip": {"uuid": "t", "title": "T"}, "contacts": [
        {"uuid": "c1", "kind": "hotel", "name": "A", "notes": "x"}]}
    incoming = {"trip": {"uuid": "t", "title": "T", "direction": "outbound"}, "contacts": [
        {"uuid": "c1", "kind": "hotel", "name": "A", "notes": "y"}, {"uuid": "c2", "kind": "driver", "name": "B"}]}
    diff = diff_bundles(1, stored, incoming)
    assert diff.trip_fields == ()  # an absent direction is outbound
    assert [(d.kind, d.change, d.label, d.fields) for d in diff.differences] == [
        ("contact", "changed", "A", ("notes",)), ("contact", "added", "B", ())]
    assert diff_bundles(1, incoming, stored).count("contact", "removed") == 1
