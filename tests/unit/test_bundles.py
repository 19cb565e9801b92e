"""Trip bundles: exact round trip, linking, and refusal of every kind of bad bundle."""
from __future__ import annotations

import copy
import json

import pytest

from delegation_planner.bundles.importer import without_uuids
from delegation_planner.services.imports import TripExistsError

from delegation_planner.bundles import export_trip, import_bundle, import_bundle_data, trip_to_bundle
from delegation_planner.domain.errors import ValidationError
from delegation_planner.sample import BOSTON_2017, load_sample
from delegation_planner.services import directory, trips
from tests.helpers import file_state


def rich_bundle() -> dict:
    """The Boston sample plus the awkward cases: fold hour, markup, long text, every optional field."""
    b = copy.deepcopy(BOSTON_2017)
    b["trip"]["notes"] = "Ghi chú: <b>không</b> phải markup & “quotes”\nDòng 2 — Cao Bằng, Thái Nguyên 🇻🇳"
    b["engagements"].append({
        "key": "paris-night", "title": "Đêm Paris đổi giờ", "kind": "travel", "timezone": "Europe/Paris",
        "start": "2017-10-29T01:30", "end": "2017-10-29T02:30+01:00", "status": "cancelled",
        "location": "Gare de Lyon", "travel_minutes": 0, "objectives": "x" * 5000,
        "notes": [{"author": "Nguyễn Đức Chung", "text": "Ghi chú\n" * 200,
                   "created_at": "2017-10-29T00:00:00.250000Z", "updated_at": "2017-10-30T08:00:00Z"}]})
    b["commitments"].append({"description": "Không có tổ chức", "kind": "other", "made_by": "our_side",
                             "status": "dropped", "follow_up": "—"})
    return b


def test_sample_round_trip_is_exact(db, tmp_path):
    trip_id = load_sample(db)
    first = trip_to_bundle(db, trip_id)
    path = export_trip(db, trip_id, tmp_path / "boston.json")
    assert "Nguyễn Đức Chung" in path.read_text(encoding="utf-8")  # not \u-escaped
    with pytest.raises(TripExistsError) as refused:  # the same trip (same uuid) is not made twice
        import_bundle(db, path)
    assert refused.value.trip_id == trip_id
    again = import_bundle_data(db, without_uuids(json.loads(path.read_text(encoding="utf-8"))))
    assert again.trip_id != trip_id
    assert without_uuids(trip_to_bundle(db, again.trip_id)) == without_uuids(first)


def test_rich_bundle_import_export_import(db, tmp_path):
    original = rich_bundle()
    first = import_bundle_data(db, original)
    exported = trip_to_bundle(db, first.trip_id)
    # Every engagement, note and commitment survived with its text intact.
    assert len(exported["engagements"]) == len(original["engagements"])
    night = next(e for e in exported["engagements"] if e["title"] == "Đêm Paris đổi giờ")
    assert night["end"] == "2017-10-29T02:30+01:00"  # second 02:30 kept by its offset
    assert night["notes"][0]["text"] == "Ghi chú\n" * 200
    assert night["notes"][0]["created_at"] == "2017-10-29T00:00:00.250000Z"
    assert exported["trip"]["notes"] == original["trip"]["notes"]
    second = import_bundle_data(db, without_uuids(json.loads(json.dumps(exported))))
    assert without_uuids(trip_to_bundle(db, second.trip_id)) == without_uuids(exported)


def test_existing_people_and_organizations_are_linked(db):
    load_sample(db)
    people, orgs = len(directory.list_people(db)), len(directory.list_organizations(db))
    result = import_bundle_data(db, copy.deepcopy(BOSTON_2017))
    assert result.linked_people == len(BOSTON_2017["people"])
    assert result.linked_organizations == len(BOSTON_2017["organizations"])
    assert (len(directory.list_people(db)), len(directory.list_organizations(db))) == (people, orgs)


def test_same_name_in_another_organization_is_another_person(db):
    load_sample(db)
    b = copy.deepcopy(BOSTON_2017)
    b["people"][0]["organization"] = "dfa-hanoi"
    before = len(directory.list_people(db))
    import_bundle_data(db, b)
    assert len(directory.list_people(db)) == before + 1


def _mutate(path, value):
    def change(b):
        target = b
        *parents, last = path
        for step in parents:
            target = target[step]
        if value is _DELETE:
            del target[last]
        else:
            target[last] = value
        return b
    return change


_DELETE = object()

BAD_BUNDLES = [
    ("format", _mutate(["format"], "something/else"), "format"),
    ("version", _mutate(["version"], 4), "version"),
    ("version bool", _mutate(["version"], True), "version"),
    ("missing title", _mutate(["trip", "title"], _DELETE), "trip.title"),
    ("trip end before start", _mutate(["trip", "end_date"], "2017-07-01"), "trip.end_date: before start"),
    ("bad date", _mutate(["trip", "start_date"], "2017-02-30"), "trip.start_date"),
    ("home zone", _mutate(["trip", "home_timezone"], "Asia/Hanoi"), "trip.home_timezone"),
    ("trip status", _mutate(["trip", "status"], "finished"), "trip.status"),
    ("end before start", _mutate(["engagements", 3, "end"], "2017-07-12T13:00"), "engagements[3].end: before start"),
    ("unknown zone", _mutate(["engagements", 0, "timezone"], "America/Boston"), "engagements[0].timezone"),
    ("dst gap", lambda b: _mutate(["engagements", 0, "start"], "2017-03-12T02:30")(
        _mutate(["engagements", 0, "end"], "2017-03-12T04:00")(b)), "engagements[0].start"),
    ("bad time", _mutate(["engagements", 1, "start"], "12/07/2017 09:00"), "engagements[1].start"),
    ("wrong type", _mutate(["engagements", 1, "title"], 42), "engagements[1].title"),
    ("duplicate key", _mutate(["engagements", 1, "key"], "governor-call"), "engagements[1].key: duplicate"),
    ("dangling org", _mutate(["engagements", 2, "organization"], "nowhere"), "engagements[2].organization"),
    ("dangling person", _mutate(["members", 0, "person"], "ghost"), "members[0].person"),
    ("dangling engagement", _mutate(["commitments", 0, "engagement"], "ghost"), "commitments[0].engagement"),
    ("unknown enum", _mutate(["commitments", 0, "kind"], "promise"), "commitments[0].kind"),
    ("negative precedence", _mutate(["members", 1, "precedence"], -3), "members[1].precedence"),
    ("unknown field", _mutate(["people", 0, "nickname"], "Chung"), "people[0].nickname"),
    ("NUL byte", _mutate(["people", 0, "bio"], "a\x00b"), "people[0].bio"),
    ("not a list", _mutate(["engagements"], {"a": 1}), "engagements"),
    ("not an object", _mutate(["trip"], ["x"]), "trip"),
    ("attendee twice", _mutate(["engagements", 0, "attendees", 1, "person"], "chung"), "engagements[0].attendees[1]"),
    ("bad note stamp", _mutate(["engagements", 0, "notes", 0, "created_at"], "yesterday"),
     "engagements[0].notes[0].created_at"),
    ("bad due date", _mutate(["commitments", 1, "due_date"], "2018-13-01"), "commitments[1].due_date"),
]


@pytest.mark.parametrize("name, mutate, expected", BAD_BUNDLES, ids=[b[0] for b in BAD_BUNDLES])
def test_bad_bundle_is_refused_whole_and_database_unchanged(db, db_path, tmp_path, name, mutate, expected):
    load_sample(db)
    bad = mutate(copy.deepcopy(BOSTON_2017))
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    before = file_state(db_path)
    trip_count = len(trips.list_trips(db))
    with pytest.raises(ValidationError) as err:
        import_bundle(db, path)
    assert expected in str(err.value)
    assert file_state(db_path) == before
    assert len(trips.list_trips(db)) == trip_count


@pytest.mark.parametrize("content, expected", [
    (b"", "empty"),
    (b"{\"format\": ", "malformed JSON at line 1"),
    (b"\xff\xfe{}", "not UTF-8"),
    (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    (b"{\"format\": NaN}", "NaN"),
    (b"42", "bundle: must be an object"),
])
def test_malformed_files_are_refused(db, db_path, tmp_path, content, expected):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    before = file_state(db_path)
    with pytest.raises(ValidationError) as err:
        import_bundle(db, path)
    assert expected in str(err.value)
    assert file_state(db_path) == before


def test_problems_are_all_listed(db):
    bad = copy.deepcopy(BOSTON_2017)
    bad["engagements"][0]["timezone"] = "Nowhere/Land"
    bad["commitments"][0]["status"] = "lost"
    with pytest.raises(ValidationError) as err:
        import_bundle_data(db, bad)
    fields = [p.field for p in err.value.problems]
    assert "engagements[0].timezone" in fields and "commitments[0].status" in fields


def test_dst_gap_with_explicit_offset_is_refused(db):
    from delegation_planner.sample import PARIS_2026

    bad = copy.deepcopy(PARIS_2026)
    bad["trip"]["start_date"] = "2026-03-28"
    bad["engagements"][0].update(start="2026-03-29T02:30+01:00", end="2026-03-29T04:00")
    with pytest.raises(ValidationError) as err:
        import_bundle_data(db, bad)
    assert "engagements[0].start" in str(err.value) and "does not exist" in str(err.value)


def test_namesakes_in_one_organization_stay_two_people(db):
    from delegation_planner.sample import PARIS_2026

    b = copy.deepcopy(PARIS_2026)
    b["people"].append(dict(b["people"][0], key="chung2"))
    b["members"].append({"person": "chung2", "role": "member", "precedence": 2})
    first = import_bundle_data(db, b)
    exported = trip_to_bundle(db, first.trip_id)
    assert len(exported["people"]) == 2 and len(exported["members"]) == 2
    second = import_bundle_data(db, without_uuids(exported))  # links each to a distinct existing person
    assert second.linked_people == 2
    assert without_uuids(trip_to_bundle(db, second.trip_id)) == without_uuids(exported)


@pytest.mark.parametrize("text", ["2026-10-24\n", "٢٠٢٦-10-24", " 2026-10-24"])
def test_dates_must_be_plain_ascii(text):
    from delegation_planner.bundles.format import parse_date

    with pytest.raises(ValueError):
        parse_date(text)


def test_too_many_nested_records_are_refused_quickly(db, db_path):
    import time

    b = copy.deepcopy(BOSTON_2017)
    b["engagements"][0]["notes"] = [{"text": "x"}] * 9_000
    for e in b["engagements"][1:7]:
        e["notes"] = [{"text": "x"}] * 9_000
    before = file_state(db_path)
    started = time.perf_counter()
    with pytest.raises(ValidationError) as err:
        import_bundle_data(db, b)
    assert time.perf_counter() - started < 5
    assert "too many records" in str(err.value)
    assert file_state(db_path) == before


def test_a_field_written_twice_is_refused(db, tmp_path):
    path = tmp_path / "twice.json"
    text = json.dumps(BOSTON_2017, ensure_ascii=False)
    path.write_text(text.replace('"title": ', '"title": "First", "title": ', 1), encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        import_bundle(db, path)
    assert "'title' appears twice" in str(err.value)
