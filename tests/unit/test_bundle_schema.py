"""The published JSON Schema of trip bundles stays in step with the importer and exporter.

* the schema is a valid draft 2020-12 schema, with the domain's enum values,
  the importer's field lists and limits;
* everything the exporter writes (the sample trips, a repeated autumn hour) and
  both sample dicts validate;
* bad bundles the importer refuses are refused by the schema too, at the same place;
* rules only the importer can check (references, end after start, real zones,
  DST gaps) are listed here so the documentation's promise stays true.
"""
from __future__ import annotations

import copy
import json
from enum import StrEnum
from typing import Any, Callable

import jsonschema
import pytest

from delegation_planner import bundles
from delegation_planner.bundles import importer
from delegation_planner.bundles.format import FORMAT, MAX_ITEMS, SCHEMA_PATH, VERSION
from delegation_planner.domain import enums, rules
from delegation_planner.domain.errors import ValidationError
from delegation_planner.sample import BOSTON_2017, PARIS_2026, load_sample
from delegation_planner.services.trips import list_trips

Validator = jsonschema.Draft202012Validator


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator(schema) -> jsonschema.protocols.Validator:
    return Validator(schema, format_checker=Validator.FORMAT_CHECKER)


def _place(path) -> str:
    """A jsonschema path as the importer writes places: engagements[3].end."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _schema_places(errors) -> set[str]:
    """Where each schema error points, down to the missing or extra field."""
    places: set[str] = set()
    for error in errors:
        base = _place(error.absolute_path)
        join = (lambda name: f"{base}.{name}" if base else name)
        if error.validator == "required":
            places |= {join(name) for name in error.validator_value if name not in error.instance}
        elif error.validator == "additionalProperties":
            known = set(error.schema.get("properties", {}))
            places |= {join(name) for name in error.instance if name not in known}
        else:
            places.add(base)
    return places


def _covers(schema_place: str, importer_place: str) -> bool:
    return (importer_place == schema_place or importer_place.startswith(schema_place + ".")
            or importer_place.startswith(schema_place + "["))


def _importer_places(data: Any) -> set[str]:
    with pytest.raises(ValidationError) as info:
        importer.parse_bundle(data)
    # The importer names root-level fields "bundle.x"; the schema just "x".
    return {p.field.removeprefix("bundle.") for p in info.value.problems}


# ------------------------------------------------------------------------ the schema itself

def test_schema_is_a_valid_draft_2020_12_schema(schema):
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Validator.check_schema(schema)
    for name in ("$id", "title", "description"):
        assert isinstance(schema[name], str) and schema[name].strip()
    assert schema["properties"]["format"]["const"] == FORMAT
    assert schema["properties"]["version"]["enum"] == [1, 2, VERSION]


@pytest.mark.parametrize("enum_cls", [
    enums.TripStatus, enums.OrganizationKind, enums.Side, enums.MemberRole, enums.EngagementKind,
    enums.EngagementStatus, enums.AttendanceRole, enums.CommitmentKind, enums.MadeBy, enums.CommitmentStatus,
])
def test_enum_values_are_the_domain_values(schema, enum_cls: type[StrEnum]):
    assert schema["$defs"][enum_cls.__name__]["enum"] == [m.value for m in enum_cls]


@pytest.mark.parametrize("definition, allowed", [
    (None, importer._TOP), ("trip", importer._TRIP), ("organization", importer._ORG),
    ("person", importer._PERSON), ("member", importer._MEMBER), ("engagement", importer._ENG),
    ("attendee", importer._ATT), ("note", importer._NOTE), ("commitment", importer._COMMIT),
    ("contact", importer._CONTACT), ("scenarioStep", importer._STEP),
])
def test_objects_list_exactly_the_fields_the_importer_knows(schema, definition, allowed):
    node = schema if definition is None else schema["$defs"][definition]
    assert node["type"] == "object"
    assert node["additionalProperties"] is False
    assert set(node["properties"]) == set(allowed)


def test_limits_are_the_importers_limits(schema):
    lists = [schema["properties"][name] for name in ("organizations", "people", "members", "engagements",
                                                     "commitments", "contacts")]
    lists += [schema["$defs"]["engagement"]["properties"][name] for name in ("attendees", "notes", "scenario")]
    assert all(node["maxItems"] == MAX_ITEMS for node in lists)
    assert schema["$defs"]["text"]["maxLength"] == rules.MAX_TEXT
    assert schema["$defs"]["shortText"]["maxLength"] == rules.MAX_SHORT_TEXT
    assert schema["$defs"]["trip"]["properties"]["title"]["maxLength"] == 500
    assert schema["$defs"]["person"]["properties"]["full_name"]["maxLength"] == 300


# --------------------------------------------------------------------- good bundles validate

@pytest.mark.parametrize("bundle", [BOSTON_2017, PARIS_2026], ids=["boston", "paris"])
def test_sample_dicts_validate(validator, bundle):
    assert [e.message for e in validator.iter_errors(bundle)] == []


def test_exported_sample_trips_validate(validator, db, tmp_path):
    load_sample(db)
    trip_ids = [row.id for row in list_trips(db)]
    assert len(trip_ids) == 2
    for trip_id in trip_ids:
        bundle = bundles.trip_to_bundle(db, trip_id)
        assert bundle["engagements"] and bundle["people"]
        assert [e.message for e in validator.iter_errors(bundle)] == []
        # And the file as written to disk (what another tool would read).
        path = bundles.export_trip(db, trip_id, tmp_path / f"trip-{trip_id}.json")
        on_disk = json.loads(path.read_text(encoding="utf-8"))
        assert [e.message for e in validator.iter_errors(on_disk)] == []


def test_exported_repeated_autumn_hour_validates(validator, db):
    """The exporter writes an offset for a time in the repeated hour; the schema allows it."""
    bundle = copy.deepcopy(PARIS_2026)
    bundle["engagements"][1].update(start="2026-10-25T02:30+01:00", end="2026-10-25T02:50+01:00")
    trip_id = bundles.import_bundle_data(db, bundle).trip_id
    exported = bundles.trip_to_bundle(db, trip_id)
    times = {e["start"] for e in exported["engagements"]}
    assert "2026-10-25T02:30+01:00" in times  # the second 02:30, not the first
    assert [e.message for e in validator.iter_errors(exported)] == []


def _full_bundle() -> dict[str, Any]:
    """Every field of every record, set."""
    return {
        "$schema": "delegation_planner/bundles/trip-bundle.schema.json",
        "format": FORMAT, "version": VERSION,
        "exported_by": "delegation-planner 1.0", "exported_at": "2026-11-24T02:00:00Z",
        "trip": {"uuid": "0b8f6a52-3c1e-4d7a-9f0e-1a2b3c4d5e60", "title": "Đoàn Hà Nội thăm Paris", "purpose": "Hợp tác y tế", "destination": "Paris, France",
                 "start_date": "2026-10-24", "end_date": "2026-10-26", "home_timezone": "Asia/Ho_Chi_Minh",
                 "status": "confirmed", "notes": "Giờ mùa đông bắt đầu đêm 24–25/10.", "direction": "outbound"},
        "organizations": [{"key": "aphp", "uuid": "0b8f6a52-3c1e-4d7a-9f0e-1a2b3c4d5e61", "name": "AP-HP", "local_name": "Bệnh viện Paris", "kind": "hospital",
                           "city": "Paris", "country": "France", "address": "3 Av. Victoria",
                           "phone": "+33 1 40 27 30 00", "website": "https://www.aphp.fr", "profile": "Hospitals."}],
        "people": [{"key": "chung", "uuid": "0b8f6a52-3c1e-4d7a-9f0e-1a2b3c4d5e62", "full_name": "Nguyễn Đức Chung", "title": "Chủ tịch", "organization": "aphp",
                    "side": "delegation", "email": "chung@example.vn", "phone": "+84 24 0000",
                    "languages": "Tiếng Việt", "bio": "Trưởng đoàn."}],
        "members": [{"uuid": "0b8f6a52-3c1e-4d7a-9f0e-1a2b3c4d5e63", "person": "chung", "role": "head", "precedence": 1}],
        "engagements": [{"key": "aphp-visit", "uuid": "0b8f6a52-3c1e-4d7a-9f0e-1a2b3c4d5e64", "title": "Thăm AP-HP", "kind": "site_visit", "organization": "aphp",
                         "location": "Hôtel-Dieu", "timezone": "Europe/Paris", "start": "2026-10-24T10:00",
                         "end": "2026-10-24T11:30:30", "objectives": "Mục tiêu", "talking_points": "Nội dung",
                         "logistics": "Xe đón 9:30", "travel_minutes": 15, "status": "confirmed",
                         "attendees": [{"person": "chung", "role": "lead"}],
                         "notes": [{"uuid": "0b8f6a52-3c1e-4d7a-9f0e-1a2b3c4d5e65", "author": "Trần Thị Mai Hương",
                                    "text": "Ghi chú.", "taken_at": "2026-10-24T09:30:00Z",
                                    "created_at": "2026-10-24T10:00:00Z",
                                    "updated_at": "2026-10-24T10:05:00.250Z"}],
                         "scenario": [{"uuid": "0b8f6a52-3c1e-4d7a-9f0e-1a2b3c4d5e67", "at_time": "09:55",
                                       "action": "Đón đoàn tại cửa", "performer": "Giám đốc AP-HP",
                                       "responsible": "Lễ tân AP-HP"}]}],
        "commitments": [{"uuid": "0b8f6a52-3c1e-4d7a-9f0e-1a2b3c4d5e66", "engagement": "aphp-visit", "organization": "aphp",
                         "description": "Ký MoU",
                         "kind": "mou", "made_by": "joint", "owner": "chung", "due_date": "2027-01-31",
                         "status": "signed", "signed_date": "2026-10-24", "follow_up": "Theo dõi.",
                         "reference": "CK-2026-001", "source_document": "Biên bản ghi nhớ ký ngày 24/10/2026",
                         "their_contact": "chung", "completed_date": "2026-12-01"}],
        "contacts": [{"uuid": "0b8f6a52-3c1e-4d7a-9f0e-1a2b3c4d5e68", "kind": "embassy",
                      "name": "Đại sứ quán Việt Nam tại Pháp", "phone": "+33 1 44 14 64 00",
                      "address": "62 rue Boileau, 75016 Paris", "notes": "Trực 24/7."}],
    }


def _fields_used(schema, bundle) -> set[str]:
    used = {f"bundle.{k}" for k in bundle}
    used |= {f"trip.{k}" for k in bundle["trip"]}
    for name, definition in (("organizations", "organization"), ("people", "person"), ("members", "member"),
                             ("engagements", "engagement"), ("commitments", "commitment")):
        for item in bundle[name]:
            used |= {f"{definition}.{k}" for k in item}
    for e in bundle["engagements"]:
        used |= {f"attendee.{k}" for a in e["attendees"] for k in a}
        used |= {f"note.{k}" for n in e["notes"] for k in n}
        used |= {f"scenarioStep.{k}" for st in e.get("scenario", []) for k in st}
    used |= {f"contact.{k}" for c in bundle.get("contacts", []) for k in c}
    return used


def test_a_bundle_with_every_field_passes_schema_and_importer(schema, validator):
    bundle = _full_bundle()
    defined = {f"bundle.{k}" for k in schema["properties"]}
    defined |= {f"{d}.{k}" for d in ("trip", "organization", "person", "member", "engagement", "attendee", "note",
                                     "commitment", "contact", "scenarioStep") for k in schema["$defs"][d]["properties"]}
    assert _fields_used(schema, bundle) == defined
    assert [e.message for e in validator.iter_errors(bundle)] == []
    importer.parse_bundle(bundle)  # raises if refused


def test_minimal_and_null_filled_bundles_pass_schema_and_importer(validator):
    minimal = {"format": FORMAT, "version": VERSION,
               "trip": {"title": "T", "start_date": "2026-01-01", "end_date": "2026-01-01"}}
    nulls = _full_bundle()
    for item, names in ((nulls["trip"], ("purpose", "destination", "status", "notes")),
                        (nulls["organizations"][0], ("local_name", "kind", "city", "website", "profile")),
                        (nulls["people"][0], ("title", "organization", "side", "email", "bio")),
                        (nulls["members"][0], ("role",)),
                        (nulls["engagements"][0], ("kind", "organization", "location", "travel_minutes",
                                                   "status", "objectives")),
                        (nulls["engagements"][0]["notes"][0], ("author", "created_at", "updated_at")),
                        (nulls["commitments"][0], ("engagement", "organization", "kind", "made_by", "owner",
                                                   "due_date", "status", "signed_date", "follow_up"))):
        for name in names:
            item[name] = None
    nulls["engagements"][0]["attendees"] = None
    nulls["people"][0]["phone"] = ""
    for bundle in (minimal, nulls):
        assert [e.message for e in validator.iter_errors(bundle)] == []
        importer.parse_bundle(bundle)


# ---------------------------------------------------------------- bad bundles: both refuse

def _set(*path_and_value) -> Callable[[dict], None]:
    *path, name, value = path_and_value

    def mutate(bundle: dict) -> None:
        node = bundle
        for part in path:
            node = node[part]
        node[name] = value
    return mutate


def _drop(*path_and_name) -> Callable[[dict], None]:
    *path, name = path_and_name

    def mutate(bundle: dict) -> None:
        node = bundle
        for part in path:
            node = node[part]
        del node[name]
    return mutate


BAD = [
    # (id, change to the Boston sample, place the importer names)
    ("wrong-engagement-kind", _set("engagements", 3, "kind", "party"), "engagements[3].kind"),
    ("wrong-trip-status", _set("trip", "status", "finished"), "trip.status"),
    ("wrong-member-role", _set("members", 1, "role", "Head"), "members[1].role"),
    ("wrong-attendee-role", _set("engagements", 0, "attendees", 0, "role", "chair"),
     "engagements[0].attendees[0].role"),
    ("wrong-made-by", _set("commitments", 0, "made_by", "both"), "commitments[0].made_by"),
    ("enum-not-text", _set("organizations", 0, "kind", 3), "organizations[0].kind"),
    ("missing-trip-title", _drop("trip", "title"), "trip.title"),
    ("blank-trip-title", _set("trip", "title", "  \n"), "trip.title"),
    ("missing-trip", _drop("trip"), "trip"),
    ("missing-engagement-timezone", _drop("engagements", 2, "timezone"), "engagements[2].timezone"),
    ("missing-engagement-start", _drop("engagements", 2, "start"), "engagements[2].start"),
    ("missing-note-text", _drop("engagements", 0, "notes", 0, "text"), "engagements[0].notes[0].text"),
    ("missing-commitment-description", _drop("commitments", 1, "description"), "commitments[1].description"),
    ("missing-key", _drop("people", 2, "key"), "people[2].key"),
    ("blank-key", _set("organizations", 1, "key", " "), "organizations[1].key"),
    ("bad-date-pattern", _set("trip", "start_date", "12/07/2017"), "trip.start_date"),
    ("bad-date-month", _set("commitments", 0, "due_date", "2017-13-01"), "commitments[0].due_date"),
    ("date-with-time", _set("commitments", 0, "signed_date", "2017-07-12T10:00"), "commitments[0].signed_date"),
    ("date-not-text", _set("trip", "end_date", 20170714), "trip.end_date"),
    ("local-time-with-space", _set("engagements", 1, "start", "2017-07-12 10:45"), "engagements[1].start"),
    ("local-time-utc-z", _set("engagements", 1, "end", "2017-07-12T12:15Z"), "engagements[1].end"),
    ("local-time-hour-24", _set("engagements", 1, "end", "2017-07-12T24:00"), "engagements[1].end"),
    ("local-time-offset-19h", _set("engagements", 1, "end", "2017-07-12T12:15+19:00"), "engagements[1].end"),
    ("instant-without-z", _set("engagements", 0, "notes", 0, "created_at", "2017-07-12T14:20:00"),
     "engagements[0].notes[0].created_at"),
    ("instant-without-seconds", _set("engagements", 0, "notes", 0, "created_at", "2017-07-12T14:20Z"),
     "engagements[0].notes[0].created_at"),
    ("extra-person-field", _set("people", 0, "nickname", "Chung"), "people[0].nickname"),
    ("extra-trip-field", _set("trip", "budget", 1000), "trip.budget"),
    ("extra-root-field", _set("exported_from", "laptop"), "exported_from"),
    ("extra-attendee-field", _set("engagements", 0, "attendees", 1, "seat", 3),
     "engagements[0].attendees[1].seat"),
    ("wrong-format", _set("format", "delegation-planner/trips"), "format"),
    ("missing-format", _drop("format"), "format"),
    ("newer-version", _set("version", 4), "version"),
    ("version-as-text", _set("version", "1"), "version"),
    ("version-true", _set("version", True), "version"),
    ("precedence-zero", _set("members", 0, "precedence", 0), "members[0].precedence"),
    ("precedence-null", _set("members", 0, "precedence", None), "members[0].precedence"),
    ("precedence-text", _set("members", 0, "precedence", "1"), "members[0].precedence"),
    ("travel-negative", _set("engagements", 1, "travel_minutes", -5), "engagements[1].travel_minutes"),
    ("travel-over-a-day", _set("engagements", 1, "travel_minutes", 1441), "engagements[1].travel_minutes"),
    ("home-timezone-null", _set("trip", "home_timezone", None), "trip.home_timezone"),
    ("timezone-posix-string", _set("engagements", 0, "timezone", "EST5EDT,M3.2.0,M11.1.0"),
     "engagements[0].timezone"),
    ("title-too-long", _set("engagements", 0, "title", "x" * 501), "engagements[0].title"),
    ("name-too-long", _set("people", 0, "full_name", "N" * 301), "people[0].full_name"),
    ("short-text-too-long", _set("organizations", 0, "city", "B" * 1001), "organizations[0].city"),
    ("nul-in-text", _set("engagements", 0, "objectives", "a\x00b"), "engagements[0].objectives"),
    ("email-with-space", _set("people", 1, "email", "protocol @example.vn"), "people[1].email"),
    ("email-without-at", _set("people", 1, "email", "protocol.example.vn"), "people[1].email"),
    ("text-not-text", _set("trip", "purpose", ["a", "b"]), "trip.purpose"),
    ("list-not-list", _set("people", {"chung": {}}), "people"),
    ("item-not-object", _set("members", 0, "chung"), "members[0]"),
    ("reference-not-text", _set("commitments", 0, "owner", 7), "commitments[0].owner"),
    ("too-many-items", _set("members", [{"person": "chung"}] * (MAX_ITEMS + 1)), "members"),
]


@pytest.mark.parametrize("mutate, place", [(m, p) for _, m, p in BAD], ids=[i for i, _, _ in BAD])
def test_bad_bundles_are_refused_by_importer_and_schema_at_the_same_place(validator, mutate, place):
    bundle = copy.deepcopy(BOSTON_2017)
    mutate(bundle)
    assert place in _importer_places(bundle)
    schema_places = _schema_places(validator.iter_errors(bundle))
    assert schema_places, "the schema accepted a bundle the importer refuses"
    assert any(_covers(p, place) for p in schema_places), (place, schema_places)


def test_a_bundle_that_is_not_an_object_is_refused_by_both(validator):
    for data in ([BOSTON_2017], "bundle", 1, None):
        with pytest.raises(ValidationError):
            importer.parse_bundle(data)
        assert not validator.is_valid(data)


# ------------------------------------------------- rules that only the importer can check

IMPORTER_ONLY = [
    ("dangling-reference", _set("engagements", 0, "organization", "no-such-org"), "engagements[0].organization"),
    ("dangling-person", _set("members", 0, "person", "nobody"), "members[0].person"),
    ("duplicate-key", _set("organizations", 1, "key", "governor"), "organizations[1].key"),
    ("end-before-start", _set("engagements", 3, "end", "2017-07-12T15:00"), "engagements[3].end"),
    ("trip-end-before-start", _set("trip", "end_date", "2017-07-11"), "trip.end_date"),
    ("unknown-zone", _set("engagements", 0, "timezone", "Mars/Olympus_Mons"), "engagements[0].timezone"),
    ("not-a-real-day", _set("trip", "start_date", "2017-02-30"), "trip.start_date"),
    ("dst-gap", _set("engagements", 0, "start", "2017-03-12T02:30"), "engagements[0].start"),
    ("offset-not-of-zone", _set("engagements", 0, "start", "2017-07-12T09:00+01:00"), "engagements[0].start"),
    ("member-twice", _set("members", 1, "person", "chung"), "members[1].person"),
    ("lone-surrogate", _set("trip", "notes", json.loads('"broken \\ud800 text"')), "trip.notes"),
]


@pytest.mark.parametrize("mutate, place", [(m, p) for _, m, p in IMPORTER_ONLY],
                         ids=[i for i, _, _ in IMPORTER_ONLY])
def test_rules_beyond_the_schema_are_checked_by_the_importer(validator, mutate, place):
    """docs/trip-bundle.md promises these: a schema-valid file is not necessarily importable."""
    bundle = copy.deepcopy(BOSTON_2017)
    mutate(bundle)
    assert validator.is_valid(bundle)
    assert place in _importer_places(bundle)


# ------------------------------------------------------------------------ the documentation

def _doc_example() -> dict[str, Any]:
    doc = (SCHEMA_PATH.parents[2] / "docs" / "trip-bundle.md").read_text(encoding="utf-8")
    assert "delegation_planner/bundles/trip-bundle.schema.json" in doc
    section = doc.split("## A complete small example", 1)[1]
    return json.loads(section.split("```json", 1)[1].split("```", 1)[0])


def test_the_documented_example_validates_imports_and_comes_back(validator, db):
    example = _doc_example()
    assert [e.message for e in validator.iter_errors(example)] == []
    result = bundles.import_bundle_data(db, example)
    assert result.warnings == ()
    exported = bundles.trip_to_bundle(db, result.trip_id)
    assert [e.message for e in validator.iter_errors(exported)] == []
    assert bundles.without_uuids(exported["trip"]) == bundles.without_uuids(example["trip"])
    assert [e["start"] for e in exported["engagements"]] == [e["start"] for e in example["engagements"]]
    assert [p["full_name"] for p in exported["people"]] == [p["full_name"] for p in example["people"]]
    again = bundles.trip_to_bundle(db, bundles.import_bundle_data(db, bundles.without_uuids(exported)).trip_id)
    assert bundles.without_uuids(again) == bundles.without_uuids(exported)


@pytest.mark.parametrize("place, value", [
    (("trip", "start_date"), "0001-01-01"), (("trip", "end_date"), "9999-12-31"),
    (("engagements", 0, "start"), "1899-12-31T09:00"), (("commitments", 0, "due_date"), "2201-01-01"),
])
def test_years_outside_1900_2200_are_refused_by_schema_and_importer_at_one_place(validator, place, value):
    bundle = copy.deepcopy(BOSTON_2017)
    parent = bundle
    for key in place[:-1]:
        parent = parent[key]
    parent[place[-1]] = value
    where = _place(place)
    assert where in _schema_places(validator.iter_errors(bundle))
    assert where in _importer_places(bundle)
