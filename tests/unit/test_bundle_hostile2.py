"""Bundles the importer used to accept (issue 8, point 7) and sizes that cost too much (point 10).

Each case is refused at its place with the database unchanged, or imported exactly once."""
from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import textwrap
import time
import unicodedata
from datetime import datetime, timezone

import pytest

from delegation_planner.bundles.importer import without_uuids
from sqlmodel import select

from delegation_planner.bundles import import_bundle, import_bundle_data, parse_bundle, trip_to_bundle
from delegation_planner.bundles.format import MAX_FILE_BYTES, format_instant, format_local
from delegation_planner.changes import Action, Subject
from delegation_planner.domain.errors import ValidationError
from delegation_planner.domain.models import Organization
from delegation_planner.sample import BOSTON_2017
from delegation_planner.services import directory
from delegation_planner.storage import open_database
from tests.helpers import file_state

NFC = "Nguyễn Đức Chung"
NFD = unicodedata.normalize("NFD", NFC)


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "planner.sqlite3")
    yield database
    database.dispose()


def good() -> dict:
    return copy.deepcopy(BOSTON_2017)


def refused_at(db, bundle, place: str) -> str:
    before = file_state(db.path)
    with pytest.raises(ValidationError) as err:
        import_bundle_data(db, bundle)
    assert file_state(db.path) == before
    fields = {p.field for p in err.value.problems}
    assert place in fields, [str(p) for p in err.value.problems]
    return str(err.value)


# ----------------------------------------------------------------------------- point 7

@pytest.mark.parametrize("field, value", [("start_date", "0001-01-01"), ("end_date", "9999-12-31"),
                                          ("start_date", "1899-12-31")])
def test_trip_dates_outside_1900_2200_are_refused_as_by_the_services(db, field, value):
    b = good()
    b["trip"][field] = value
    if field == "start_date":
        b["trip"]["end_date"] = "2017-07-20"
    assert "out of range" in refused_at(db, b, f"trip.{field}")


def test_note_time_in_year_1_is_refused(db):
    b = good()
    b["engagements"][0]["notes"] = [{"text": "x", "created_at": "0001-01-01T00:00:00Z"}]
    refused_at(db, b, "engagements[0].notes[0].created_at")


def test_commitment_due_date_in_year_9999_is_refused(db):
    b = good()
    b["commitments"][0]["due_date"] = "9999-12-31"
    refused_at(db, b, "commitments[0].due_date")


@pytest.mark.parametrize("where", ["home", "venue"])
def test_localtime_zone_is_refused(db, where):
    b = good()
    if where == "home":
        b["trip"]["home_timezone"] = "localtime"
        refused_at(db, b, "trip.home_timezone")
    else:
        b["engagements"][0]["timezone"] = "localtime"
        refused_at(db, b, "engagements[0].timezone")


@pytest.mark.parametrize("title", ["\u200b\u200b\u200b", "\ufeff", "\u2060 \u200d", "\u3164"])
def test_an_invisible_title_is_blank(db, title):
    b = good()
    b["trip"]["title"] = title
    assert "is required" in refused_at(db, b, "trip.title")


def test_text_is_stored_in_nfc(db):
    b = good()
    b["trip"]["title"] = "Đoàn " + NFD
    b["organizations"][0]["name"] = NFD
    result = import_bundle_data(db, b)
    out = trip_to_bundle(db, result.trip_id)
    assert out["trip"]["title"] == "Đoàn " + NFC
    assert NFC in [o["name"] for o in out["organizations"]]


def _unlink_organizations(b: dict, *, keep_people: int) -> None:
    """Only the first ``keep_people`` people keep their organization; nothing else names one."""
    for record in b["people"][keep_people:] + b["engagements"] + b["commitments"]:
        record.pop("organization", None)


def test_nfd_name_links_to_the_nfc_organization_already_known(db):
    directory.create_organization(db, name=NFC, kind="government_office")
    b = good()
    b["organizations"] = [{"key": "o", "name": NFD, "kind": "company"}]
    b["people"][0]["organization"] = "o"
    _unlink_organizations(b, keep_people=1)
    result = import_bundle_data(db, b)
    assert result.linked_organizations == 1
    assert len(directory.list_organizations(db)) == 1


def test_two_entries_differing_only_by_normalisation_stay_two_and_are_announced(db):
    """Decision: two entries of one file whose names collapse to one (NFC, case aside) came
    from two organizations of the exporting database; both are kept with their own kind and
    profile, nothing counts as "already known", and a warning names both places."""
    b = good()
    b["organizations"] = [{"key": "a", "name": NFC, "kind": "government_office", "profile": "first"},
                          {"key": "b", "name": NFD, "kind": "company", "profile": "second"}]
    b["people"][0]["organization"] = "a"
    b["people"][1]["organization"] = "b"
    _unlink_organizations(b, keep_people=2)
    result = import_bundle_data(db, b)
    assert result.linked_organizations == 0
    with db.reading() as s:
        orgs = sorted((o.name, str(o.kind), o.profile) for o in s.exec(select(Organization)))
    assert orgs == [(NFC, "company", "second"), (NFC, "government_office", "first")]
    assert any("organizations[1]" in w and "organizations[0]" in w and "two organizations" in w
               for w in result.warnings), result.warnings


def test_import_announces_one_change_after_commit(db):
    seen = []

    def listener(change):
        with db.reading() as s:  # the trip is already committed when the change is announced
            from delegation_planner.domain.models import Trip
            seen.append((change, s.get(Trip, change.trip_id) is not None))

    db.subscribe(listener)
    result = import_bundle_data(db, good())
    assert len(seen) == 1
    change, committed = seen[0]
    assert (change.subject, change.action, change.trip_id) == (Subject.EVERYTHING, Action.IMPORT, result.trip_id)
    assert committed


def test_importer_does_not_reach_into_private_services():
    from pathlib import Path

    import delegation_planner.bundles as pkg

    for f in Path(pkg.__file__).parent.glob("*.py"):
        text = f.read_text(encoding="utf-8")
        assert "services._common" not in text, f.name
        assert "db.transaction" not in text, f.name


# ----------------------------------------------------------------------------- point 6 (codecs)

@pytest.mark.parametrize("year", [1, 9, 99, 999, 9999])
def test_times_are_written_with_four_digit_years(year):
    from delegation_planner.bundles.format import parse_instant, parse_local

    instant = datetime(year, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    assert format_instant(instant) == f"{year:04d}-01-02T03:04:05Z"
    assert parse_instant(format_instant(instant)) == instant
    local = datetime(year, 1, 2, 3, 4)
    assert parse_local(format_local(local))[0] == local


def test_a_299_letter_word_gives_a_key_the_importer_takes(db):
    from delegation_planner.services import trips

    word = "Nguyễn" + "x" * 293
    assert len(word) == 299
    org = directory.create_organization(db, name=word)
    trip = trips.create_trip(db, title=word, start_date=datetime(2020, 1, 1).date(), end_date=datetime(2020, 1, 2).date(),
                             home_timezone="Asia/Ho_Chi_Minh")
    from delegation_planner.services import engagements

    engagements.create_engagement(db, trip.id, title=word, organization_id=org.id, timezone="UTC",
                                  start=datetime(2020, 1, 1, 9), end=datetime(2020, 1, 1, 10))
    bundle = trip_to_bundle(db, trip.id)
    assert all(len(o["key"]) <= 200 for o in bundle["organizations"] + bundle["engagements"])
    again = import_bundle_data(db, without_uuids(json.loads(json.dumps(bundle))))
    assert without_uuids(trip_to_bundle(db, again.trip_id)) == without_uuids(bundle)


# ----------------------------------------------------------------------------- point 10 (sizes)

_MEASURE = textwrap.dedent("""
    import json, resource, sys, time
    from delegation_planner.bundles import importer
    from delegation_planner.domain.errors import ValidationError

    def peak_kib():
        # ru_maxrss of a child keeps the parent's peak across fork+exec on Linux (pytest is
        # ~260 MiB): read this process's own high-water mark where there is one.
        try:
            with open("/proc/self/status") as fh:
                for line in fh:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1])
        except OSError:
            pass
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    base = peak_kib()
    t = time.perf_counter()
    try:
        importer.parse_bundle(importer.read_bundle_file(sys.argv[1]))  # what import does before writing
        outcome = "accepted"
    except ValidationError as exc:
        outcome = str(exc)
    print(json.dumps({"seconds": time.perf_counter() - t, "outcome": outcome, "base_kib": base,
                      "peak_kib": peak_kib()}))
""")


def _measure(path) -> dict:
    out = subprocess.run([sys.executable, "-c", _MEASURE, str(path)], capture_output=True, text=True, timeout=120,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _write(path, head: bytes, unit: bytes, tail: bytes, size: int) -> int:
    n = (size - len(head) - len(tail)) // len(unit)
    with open(path, "wb") as fh:
        fh.write(head)
        fh.write(unit * (n - 1) + unit.rstrip(b","))
        fh.write(tail)
    return os.path.getsize(path)


@pytest.mark.parametrize("head, unit, tail", [
    (b'{"format":"delegation-planner/trip","version":1,"engagements":[', b"{},", b"]}"),
    (b'{"format":"delegation-planner/trip","version":1,"engagements":[', b"[{}],", b"]}"),
    (b'{"format":"delegation-planner/trip","version":1,"engagements":[{', b'"a":1,', b"}]}"),
    (b'{"format":"delegation-planner/trip","version":1,"people":[', b'"",', b"]}"),
], ids=["empty-objects", "nested-lists", "one-record-many-fields", "many-strings"])
def test_a_63_mib_bundle_of_structure_is_refused_quickly_in_little_memory(tmp_path, head, unit, tail):
    path = tmp_path / "big.json"
    size = _write(path, head, unit, tail, 63 * 1024 * 1024)
    assert size <= MAX_FILE_BYTES
    m = _measure(path)
    extra_mib = (m["peak_kib"] - m["base_kib"]) / 1024
    print(f"\n{path.name}: {size / 2 ** 20:.0f} MiB refused in {m['seconds']:.2f} s, "
          f"peak RSS +{extra_mib:.0f} MiB over start ({m['peak_kib'] / 1024:.0f} MiB)")
    assert "too many" in m["outcome"], m["outcome"]
    assert m["seconds"] < 3
    assert extra_mib < 2.5 * size / 2 ** 20


def test_braces_and_commas_inside_text_are_not_structure(tmp_path, db):
    """A real bundle whose notes are full of { , : [ is not refused by the structure count."""
    b = good()
    b["trip"]["title"] = "Imported"
    b["engagements"][0]["notes"] = [{"text": "{[,:\\\"" * 150_000}]
    path = tmp_path / "b.json"
    path.write_text(json.dumps(b, ensure_ascii=False), encoding="utf-8")
    result = import_bundle(db, path)
    out = trip_to_bundle(db, result.trip_id)
    assert out["engagements"][0]["notes"][0]["text"] == "{[,:\\\"" * 150_000


def test_one_record_with_a_million_unknown_fields_is_refused_in_linear_time(db):
    b = good()
    b["engagements"][0].update({f"x{i}": 1 for i in range(300_000)})
    t = time.perf_counter()
    with pytest.raises(ValidationError) as err:
        parse_bundle(b)
    assert time.perf_counter() - t < 3
    assert len(err.value.problems) <= 51
    assert "more problems" in str(err.value)

