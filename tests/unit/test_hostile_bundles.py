"""Hostile trip bundles: refused whole with the place named (``engagements[3].end``),
within seconds, and the database file byte-for-byte unchanged."""
from __future__ import annotations

import copy
import json
import os
import shutil
import time

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from delegation_planner.bundles import import_bundle
from delegation_planner.bundles.format import MAX_FILE_BYTES
from delegation_planner.domain.errors import ValidationError
from delegation_planner.sample import BOSTON_2017
from delegation_planner.storage import open_database
from tests.helpers import file_state as fingerprint




@pytest.fixture
def db(_template, tmp_path):
    path = tmp_path / "planner.sqlite3"
    shutil.copyfile(_template, path)
    database = open_database(path)
    yield database
    database.dispose()


def good() -> dict:
    bundle = copy.deepcopy(BOSTON_2017)
    bundle["trip"]["title"] = "Imported copy of Boston 2017"
    return bundle


def mutate(fn):
    def build():
        b = good()
        fn(b)
        return json.dumps(b, ensure_ascii=False).encode("utf-8")
    return build


def _ascii_json(fn) -> bytes:
    """JSON with \\uXXXX escapes (how a lone surrogate can reach a valid UTF-8 file)."""
    b = good()
    fn(b)
    return json.dumps(b, ensure_ascii=True).encode("ascii")


def eng(b, i=0):
    return b["engagements"][i]


def _set(obj, key, value):
    obj[key] = value


# (name, bytes builder, field named in the error)
CASES = [
    # the file itself
    ("empty file", lambda: b"", "file"),
    ("only whitespace", lambda: b" \n\t\n", "file"),
    ("only a BOM", lambda: b"\xef\xbb\xbf", "file"),
    ("truncated JSON", lambda: json.dumps(good()).encode()[:500], "file"),
    ("trailing garbage", lambda: json.dumps(good()).encode() + b"}{", "file"),
    ("single quotes", lambda: b"{'format': 'delegation-planner/trip'}", "file"),
    ("invalid UTF-8", lambda: json.dumps(good(), ensure_ascii=False).encode("utf-8").replace(
        "Hà Nội".encode(), b"H\xe0 N\xf4i", 1), "file"),
    ("UTF-16 file", lambda: json.dumps(good(), ensure_ascii=False).encode("utf-16"), "file"),
    ("Latin-1 file", lambda: json.dumps({"format": "delegation-planner/trip", "t": "Hà Nội"},
                                        ensure_ascii=False).encode("latin-1", "replace"), "file"),
    ("NaN constant", lambda: json.dumps(good()).replace('"version": 3', '"version": NaN').encode(), "file"),
    ("Infinity constant", lambda: json.dumps(good()).replace('"version": 3', '"version": Infinity').encode(), "file"),
    ("deeply nested arrays", lambda: b"[" * 100_000 + b"]" * 100_000, "file"),
    ("deeply nested objects", lambda: b'{"a":' * 50_000 + b"1" + b"}" * 50_000, "file"),
    ("binary junk", lambda: bytes(range(256)) * 40, "file"),
    ("top level list", lambda: b"[1, 2, 3]", "bundle"),
    ("top level string", lambda: b'"delegation-planner/trip"', "bundle"),
    ("top level null", lambda: b"null", "bundle"),
    # envelope
    ("wrong format", mutate(lambda b: _set(b, "format", "something-else")), "format"),
    ("version 4", mutate(lambda b: _set(b, "version", 4)), "version"),
    ("version as text", mutate(lambda b: _set(b, "version", "1")), "version"),
    ("version true", mutate(lambda b: _set(b, "version", True)), "version"),
    ("unknown top-level field", mutate(lambda b: _set(b, "payload", {})), "bundle.payload"),
    ("trip missing", mutate(lambda b: b.pop("trip")), "trip"),
    ("trip is a list", mutate(lambda b: _set(b, "trip", [])), "trip"),
    # trip fields
    ("trip title NUL", mutate(lambda b: _set(b["trip"], "title", "Boston\u0000")), "trip.title"),
    ("trip title lone surrogate escape", lambda: json.dumps(good()).replace(
        '"Imported copy of Boston 2017"', '"Imported \\udc80 copy"').encode(), "trip.title"),
    ("note text half a surrogate pair", lambda: _ascii_json(lambda b: eng(b).setdefault("notes", []).append(
        {"text": "half \ud83d pair"})), "text"),
    ("trip title number", mutate(lambda b: _set(b["trip"], "title", 2017)), "trip.title"),
    ("trip title deeply nested", mutate(lambda b: _set(b["trip"], "title", [[[[["x"]]]]])), "trip.title"),
    ("trip notes over 1 MB", mutate(lambda b: _set(b["trip"], "notes", "x" * 1_000_001)), "trip.notes"),
    ("trip start 2017-02-30", mutate(lambda b: _set(b["trip"], "start_date", "2017-02-30")), "trip.start_date"),
    ("trip start not ISO", mutate(lambda b: _set(b["trip"], "start_date", "12/07/2017")), "trip.start_date"),
    ("trip start as number", mutate(lambda b: _set(b["trip"], "start_date", 20170712)), "trip.start_date"),
    ("trip end before start", mutate(lambda b: _set(b["trip"], "end_date", "2017-07-01")), "trip.end_date"),
    ("trip unknown zone", mutate(lambda b: _set(b["trip"], "home_timezone", "Asia/Hanoi")), "trip.home_timezone"),
    ("trip unknown status", mutate(lambda b: _set(b["trip"], "status", "archived")), "trip.status"),
    # organizations and people
    ("duplicate organization key", mutate(lambda b: _set(b["organizations"][1], "key", b["organizations"][0]["key"])),
     "organizations[1].key"),
    ("organization unknown kind", mutate(lambda b: _set(b["organizations"][0], "kind", "castle")),
     "organizations[0].kind"),
    ("organization key missing", mutate(lambda b: b["organizations"][0].pop("key")), "organizations[0].key"),
    ("person dangling organization", mutate(lambda b: _set(b["people"][0], "organization", "nowhere")),
     "people[0].organization"),
    ("person unknown side", mutate(lambda b: _set(b["people"][0], "side", "neutral")), "people[0].side"),
    ("person bad email", mutate(lambda b: _set(b["people"][0], "email", "chung at hanoi")), "people[0].email"),
    ("duplicate person key", mutate(lambda b: _set(b["people"][2], "key", b["people"][0]["key"])),
     "people[2].key"),
    ("people is an object", mutate(lambda b: _set(b, "people", {"a": 1})), "people"),
    # members
    ("member negative precedence", mutate(lambda b: _set(b["members"][0], "precedence", -1)),
     "members[0].precedence"),
    ("member precedence as text", mutate(lambda b: _set(b["members"][0], "precedence", "1")),
     "members[0].precedence"),
    ("member precedence huge", mutate(lambda b: _set(b["members"][0], "precedence", 10 ** 30)),
     "members[0].precedence"),
    ("member dangling person", mutate(lambda b: _set(b["members"][0], "person", "ghost")), "members[0].person"),
    ("member listed twice", mutate(lambda b: b["members"].append(dict(b["members"][0]))), "person"),
    ("member unknown role", mutate(lambda b: _set(b["members"][0], "role", "king")), "members[0].role"),
    # engagements
    ("engagement end before start", mutate(lambda b: _set(eng(b, 3), "end", "2017-07-12T00:01")),
     "engagements[3].end"),
    ("engagement start 2017-02-30", mutate(lambda b: _set(eng(b), "start", "2017-02-30T09:00")),
     "engagements[0].start"),
    ("engagement start 25:00", mutate(lambda b: _set(eng(b), "start", "2017-07-12T25:00")), "engagements[0].start"),
    pytest.param(
        "engagement at the end of time", mutate(lambda b: (_set(eng(b), "timezone", "America/New_York"),
                                                           _set(eng(b), "start", "9999-12-31T22:00"),
                                                           _set(eng(b), "end", "9999-12-31T23:00"))),
        "engagements[0].start"),
    ("engagement in DST gap", mutate(lambda b: (_set(eng(b), "start", "2017-03-12T02:30"),
                                                _set(eng(b), "end", "2017-03-12T04:00"))), "engagements[0].start"),
    ("engagement offset not matching zone", mutate(lambda b: _set(eng(b), "start", eng(b)["start"] + "+07:00")),
     "engagements[0].start"),
    ("engagement unknown zone", mutate(lambda b: _set(eng(b), "timezone", "America/Boston")),
     "engagements[0].timezone"),
    ("engagement zone missing", mutate(lambda b: eng(b).pop("timezone")), "engagements[0].timezone"),
    ("engagement unknown kind", mutate(lambda b: _set(eng(b), "kind", "banquet")), "engagements[0].kind"),
    ("engagement negative travel", mutate(lambda b: _set(eng(b), "travel_minutes", -30)),
     "engagements[0].travel_minutes"),
    ("engagement 15 days long", mutate(lambda b: _set(eng(b), "end", "2017-07-28T09:00")), "engagements[0].end"),
    ("engagement duplicate key", mutate(lambda b: _set(eng(b, 1), "key", eng(b, 0)["key"])), "engagements[1].key"),
    ("attendee dangling person", mutate(lambda b: eng(b).setdefault("attendees", []).append({"person": "ghost"})),
     "person"),
    ("note NUL", mutate(lambda b: eng(b).setdefault("notes", []).append({"text": "a\u0000b"})), "text"),
    ("note bad timestamp", mutate(lambda b: eng(b).setdefault("notes", []).append(
        {"text": "x", "created_at": "2017-02-30T10:00:00Z"})), "created_at"),
    ("note is text not object", mutate(lambda b: eng(b).setdefault("notes", []).append("just text")), "engagements[0].notes["),
    # commitments
    ("commitment dangling engagement", mutate(lambda b: _set(b["commitments"][0], "engagement", "nope")),
     "commitments[0].engagement"),
    ("commitment dangling owner", mutate(lambda b: _set(b["commitments"][0], "owner", "nobody")),
     "commitments[0].owner"),
    ("commitment due 2017-13-01", mutate(lambda b: _set(b["commitments"][0], "due_date", "2017-13-01")),
     "commitments[0].due_date"),
    ("commitment unknown status", mutate(lambda b: _set(b["commitments"][0], "status", "lost")),
     "commitments[0].status"),
]


def _field_named(err: ValidationError, field: str) -> bool:
    return any(p.field == field or p.field.startswith(field) or p.field.endswith(field) or
               (field in p.field) for p in err.problems)


@pytest.mark.parametrize("name,build,field", CASES,
                         ids=[c.values[0] if hasattr(c, "values") else c[0] for c in CASES])
def test_bad_bundle_refused_naming_the_place(db, tmp_path, name, build, field):
    f = tmp_path / "bundle.json"
    f.write_bytes(build())
    before = fingerprint(db.path)
    started = time.perf_counter()
    with pytest.raises(ValidationError) as err:
        import_bundle(db, f)
    assert time.perf_counter() - started < 5
    assert _field_named(err.value, field), [str(p) for p in err.value.problems]
    assert len(str(err.value)) < 10_000
    assert fingerprint(db.path) == before


def test_bundle_with_100000_engagements_finishes_in_seconds(db, tmp_path):
    b = good()
    first = eng(b)
    template = {k: first[k] for k in ("title", "timezone", "start", "end")}  # small, so not refused for size
    b["engagements"] = [dict(template, key=f"e{i}") for i in range(100_000)]
    f = tmp_path / "huge.json"
    f.write_text(json.dumps(b), "utf-8")
    assert f.stat().st_size > 10_000_000
    before = fingerprint(db.path)
    started = time.perf_counter()
    with pytest.raises(ValidationError) as err:
        import_bundle(db, f)
    assert time.perf_counter() - started < 10
    assert err.value.problems[0].field == "engagements" and "too many" in err.value.problems[0].message
    assert fingerprint(db.path) == before


def test_file_over_the_size_limit_is_refused_without_reading_it(db, tmp_path):
    f = tmp_path / "sparse.json"
    with f.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: no time spent writing it
    before = fingerprint(db.path)
    started = time.perf_counter()
    with pytest.raises(ValidationError, match="too large") as err:
        import_bundle(db, f)
    assert time.perf_counter() - started < 2
    assert err.value.field == "file"
    assert fingerprint(db.path) == before


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_missing_file_or_folder(db, tmp_path, kind):
    target = tmp_path / "x.json"
    if kind == "folder":
        target.mkdir()
    before = fingerprint(db.path)
    with pytest.raises(ValidationError) as err:
        import_bundle(db, target)
    assert err.value.field == "file"
    assert fingerprint(db.path) == before


def test_many_problems_are_listed_with_their_places(db, tmp_path):
    b = good()
    for e in b["engagements"]:
        e["end"] = "2000-01-01T00:00"
    f = tmp_path / "b.json"
    f.write_text(json.dumps(b), "utf-8")
    with pytest.raises(ValidationError) as err:
        import_bundle(db, f)
    fields = [p.field for p in err.value.problems]
    assert fields == [f"engagements[{i}].end" for i in range(len(b["engagements"]))]


def test_the_good_bundle_imports(db, tmp_path):
    """Control: the unmutated bundle is accepted (so the refusals above are about the mutation)."""
    f = tmp_path / "ok.json"
    f.write_text(json.dumps(good(), ensure_ascii=False), "utf-8")
    result = import_bundle(db, f)
    assert result.trip_id


_dates = st.one_of(st.text(max_size=12),
                   st.builds(lambda y, m, d: f"{y:04d}-{m:02d}-{d:02d}", st.integers(0, 9999),
                             st.integers(0, 13), st.integers(0, 32)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=_dates)
def test_random_dates_in_a_bundle_are_accepted_or_refused_at_that_place(db, start):
    from delegation_planner.bundles import parse_bundle

    b = good()
    b["trip"]["start_date"] = start
    b["trip"]["end_date"] = "2200-12-31"
    try:
        parsed = parse_bundle(b)
    except ValidationError as err:
        # the start is named; the end only as "before start" (the end is 2200-12-31, the last year allowed);
        # a commitment completed before a (valid) later start only at its completed_date (bundle version 3)
        completed = {f"commitments[{i}].completed_date" for i, c in enumerate(b["commitments"])
                     if c.get("completed_date")}
        fields = {p.field for p in err.problems}
        assert fields <= {"trip.start_date", "trip.end_date"} | completed, [str(p) for p in err.problems]
        assert all("before start" in p.message for p in err.problems if p.field == "trip.end_date"), err.problems
        assert all(p.code == "completed_before_trip" for p in err.problems if p.field in completed), err.problems
        return
    assert parsed.trip["start_date"].isoformat() == start


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2 ** 70), max_value=2 ** 70)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12)


def _paths(value, prefix=()):
    """Every place in the JSON tree (as a tuple of keys/indexes)."""
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, prefix + (i,))


_ALL_PATHS = [p for p in _paths(BOSTON_2017) if p]


@settings(max_examples=int(os.environ.get('FUZZ_EXAMPLES', '150')), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(_ALL_PATHS), value=_json_values, drop=st.booleans())
def test_fuzz_any_value_anywhere_is_imported_or_refused_cleanly(db, path, value, drop):
    """Put a random JSON value (or nothing) at a random place of a good bundle: the import
    either succeeds or raises ValidationError naming where; never another exception, and a
    refusal leaves the database file unchanged."""
    from delegation_planner.bundles import import_bundle_data

    b = good()
    parent = b
    for key in path[:-1]:
        parent = parent[key]
    if drop:
        parent.pop(path[-1])  # dict key or list index
    else:
        parent[path[-1]] = value
    before = fingerprint(db.path)
    try:
        result = import_bundle_data(db, b)
    except ValidationError as err:
        assert err.problems and all(p.message for p in err.problems)
        assert fingerprint(db.path) == before
        return
    from delegation_planner.services import trips

    trips.delete_trip(db, result.trip_id)
