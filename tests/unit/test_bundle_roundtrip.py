"""Issue 8, point 6: whatever the services accept, ``export`` writes a bundle that ``import``
takes back, into a fresh database, as the same trip.

Hypothesis builds random databases through the services only (Vietnamese, NFD, invisible
and control characters, one-word names of 299 letters, years 1900–2200, DST gaps and folds,
zones with odd offsets); whatever a service refuses is simply not in the database. The trip
is exported to a file, imported into an empty database, and both are compared as a dump of
the rows made without the exporter (references by content, not by id). Note times are set
by the services (now), so years 1 and 9999 cannot come from them: the codecs are tested for
those years in test_bundle_hostile2.
"""
from __future__ import annotations

import os
import shutil
import unicodedata
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlmodel import select

from delegation_planner.bundles import export_trip, import_bundle
from delegation_planner.domain import enums
from delegation_planner.domain.errors import ValidationError
from delegation_planner.domain.models import (
    Attendance, Commitment, DelegationMember, Engagement, MeetingNote, Organization, Person, Trip,
)
from delegation_planner.services import commitments, directory, engagements, members, notes, trips
from delegation_planner.storage import open_database

EXAMPLES = int(os.environ.get("ROUNDTRIP_EXAMPLES", "40"))

ZONES = ["UTC", "Asia/Ho_Chi_Minh", "America/New_York", "Europe/Paris", "Australia/Lord_Howe", "Asia/Kathmandu",
         "Pacific/Kiritimati", "Pacific/Apia", "America/St_Johns", "Europe/Dublin", "Africa/Monrovia"]
WORDS = ["Nguyễn Đức Chung", unicodedata.normalize("NFD", "Nguyễn Đức Chung"), "Bộ Y tế", "Sở Khoa học",
         "Trường Đại học Y Hà Nội", "Thái Nguyên", "Cao Bằng", "MIT", "ACME", "acme", "Ωmega", "北京",
         "Nguyễn" + "x" * 293, "y" * 299, "e\u0301" * 150, "a\u200bb", " lead space", "tab\there", "line\u2028sep",
         "<b>markup</b> & “quotes”", "🇻🇳 cờ", "x\r\ny", "\u202eevil"]

text = st.one_of(st.sampled_from(WORDS), st.text(max_size=40),
                 st.builds(lambda a, b: f"{a} {b}", st.sampled_from(WORDS), st.sampled_from(WORDS)))
long_text = st.one_of(text, st.builds(lambda w, n: w * n, st.sampled_from(WORDS), st.integers(1, 60)))


def enum(cls):
    return st.sampled_from([m.value for m in cls])


days = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 1))


@st.composite
def content(draw):
    start = draw(days)
    trip = {"title": draw(text), "purpose": draw(long_text), "destination": draw(text), "notes": draw(long_text),
            "start_date": start, "end_date": start + timedelta(days=draw(st.integers(0, 20))),
            "home_timezone": draw(st.sampled_from(ZONES)), "status": draw(enum(enums.TripStatus))}
    orgs = draw(st.lists(st.fixed_dictionaries(
        {"name": text, "kind": enum(enums.OrganizationKind), "local_name": text, "city": text, "profile": long_text,
         "website": text}), max_size=4))
    people = draw(st.lists(st.fixed_dictionaries(
        {"full_name": text, "side": enum(enums.Side), "title": text, "bio": long_text,
         "email": st.sampled_from(["", "chung@moh.gov.vn", "đức@bộ.vn"]),
         "org": st.one_of(st.none(), st.integers(0, 5))}), max_size=5))
    member_picks = draw(st.lists(st.tuples(st.integers(0, 6), enum(enums.MemberRole), st.integers(1, 100_000)),
                                 max_size=5))
    engs = draw(st.lists(st.fixed_dictionaries(
        {"title": text, "kind": enum(enums.EngagementKind), "status": enum(enums.EngagementStatus),
         "timezone": st.sampled_from(ZONES), "location": text, "objectives": long_text,
         "start": st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(2200, 12, 30)),
         "minutes": st.integers(1, 14 * 24 * 60), "travel": st.one_of(st.none(), st.integers(0, 1440)),
         "org": st.one_of(st.none(), st.integers(0, 5)),
         "attendees": st.lists(st.tuples(st.integers(0, 6), enum(enums.AttendanceRole)), max_size=4),
         "notes": st.lists(st.tuples(text, long_text), max_size=3)}), max_size=4))
    comms = draw(st.lists(st.fixed_dictionaries(
        {"description": long_text, "kind": enum(enums.CommitmentKind), "made_by": enum(enums.MadeBy),
         "status": enum(enums.CommitmentStatus), "follow_up": text,
         "due_date": st.one_of(st.none(), days), "signed_date": st.one_of(st.none(), days),
         "eng": st.one_of(st.none(), st.integers(0, 5)), "org": st.one_of(st.none(), st.integers(0, 5)),
         "owner": st.one_of(st.none(), st.integers(0, 6))}), max_size=4))
    return trip, orgs, people, member_picks, engs, comms


def _pick(ids: list[int], i):
    return ids[i] if i is not None and i < len(ids) else None


def _try(fn, *args, **kw):
    try:
        return fn(*args, **kw)
    except ValidationError:
        return None  # refused by the services: not in the database


def build(db, data) -> int | None:
    trip_values, orgs, people, member_picks, engs, comms = data
    trip = _try(trips.create_trip, db, **trip_values)
    if trip is None:
        return None
    org_ids = [o.id for o in (_try(directory.create_organization, db, **o) for o in orgs) if o]
    person_ids = []
    for p in people:
        values = {k: v for k, v in p.items() if k != "org"}
        made = _try(directory.create_person, db, **values, organization_id=_pick(org_ids, p["org"]))
        if made:
            person_ids.append(made.id)
    for i, role, precedence in member_picks:
        if _pick(person_ids, i):
            _try(members.add_member, db, trip.id, _pick(person_ids, i), role=role, precedence=precedence)
    eng_ids = []
    for e in engs:
        saved = _try(engagements.create_engagement, db, trip.id, title=e["title"], kind=e["kind"],
                     status=e["status"], timezone=e["timezone"], location=e["location"],
                     objectives=e["objectives"], start=e["start"], end=e["start"] + timedelta(minutes=e["minutes"]),
                     travel_minutes=e["travel"], organization_id=_pick(org_ids, e["org"]))
        if saved is None:
            continue
        eng_id = saved.engagement.id
        eng_ids.append(eng_id)
        for i, role in e["attendees"]:
            if _pick(person_ids, i):
                _try(engagements.set_attendance, db, eng_id, _pick(person_ids, i), role)
        for author, body in e["notes"]:
            _try(notes.add_note, db, eng_id, body, author)
    for c in comms:
        values = {k: v for k, v in c.items() if k not in ("eng", "org", "owner")}
        _try(commitments.create_commitment, db, trip.id, **values, engagement_id=_pick(eng_ids, c["eng"]),
             organization_id=_pick(org_ids, c["org"]), owner_id=_pick(person_ids, c["owner"]))
    return trip.id


def _fields(obj, drop=()) -> tuple:
    out = []
    for name in type(obj).model_fields:
        if name == "id" or name.endswith("_id") or name in drop:
            continue
        value = getattr(obj, name)
        out.append((name, value.isoformat() if isinstance(value, (date, datetime)) else str(value)))
    return tuple(out)


def dump(db, trip_id: int) -> dict:
    """The trip as rows, references written as the content of what they name (ids differ)."""
    with db.reading() as s:
        trip = s.get(Trip, trip_id)
        orgs = {o.id: _fields(o) for o in s.exec(select(Organization))}
        people = {p.id: (_fields(p), orgs.get(p.organization_id)) for p in s.exec(select(Person))}
        engs = {e.id: e for e in s.exec(select(Engagement).where(Engagement.trip_id == trip_id))}
        eng_plain = {i: (_fields(e), orgs.get(e.organization_id)) for i, e in engs.items()}
        att = [a for a in s.exec(select(Attendance)) if a.engagement_id in engs]
        note_rows = [n for n in s.exec(select(MeetingNote)) if n.engagement_id in engs]
        return {
            "trip": _fields(trip, drop=("created_at", "updated_at")),
            "members": sorted((people[m.person_id], str(m.role), m.precedence)
                              for m in s.exec(select(DelegationMember).where(DelegationMember.trip_id == trip_id))),
            "engagements": sorted(
                (eng_plain[i],
                 tuple(sorted((people[a.person_id], str(a.role)) for a in att if a.engagement_id == i)),
                 tuple(sorted(_fields(n) for n in note_rows if n.engagement_id == i)))
                for i in engs),
            "commitments": sorted(
                (_fields(c), eng_plain.get(c.engagement_id), orgs.get(c.organization_id), people.get(c.owner_id))
                for c in s.exec(select(Commitment).where(Commitment.trip_id == trip_id))),
        }


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("empty") / "empty.sqlite3"
    open_database(path).dispose()
    return path


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(data=content())
def test_whatever_the_services_accept_exports_and_imports_as_the_same_trip(empty_db, tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("rt")
    shutil.copyfile(empty_db, folder / "a.sqlite3")
    shutil.copyfile(empty_db, folder / "b.sqlite3")
    source, target = open_database(folder / "a.sqlite3"), open_database(folder / "b.sqlite3")
    try:
        trip_id = build(source, data)
        if trip_id is None:
            return
        path = export_trip(source, trip_id, folder / "trip.json")
        result = import_bundle(target, path)  # raises if export wrote what import refuses
        expected = dump(source, trip_id)
        assert dump(target, result.trip_id) == expected
        assert result.linked_people == result.linked_organizations == 0
    finally:
        source.dispose()
        target.dispose()

