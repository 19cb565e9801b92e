"""Issue 12, trips that come back: export → edited on another laptop → `import FILE --update [--dry-run]`.

The dry run prints what is added, changed and removed and writes nothing (the file's bytes are the
same); the update applies it in one transaction, keeps the trip's id and the records' uuids, and a
second dry run then finds nothing to change. Refusals (a version 1 bundle, a trip not here, a bad
file, --dry-run alone) leave the database as it was.
"""
from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone

import pytest
import sqlalchemy as sa

from delegation_planner import cli
from delegation_planner.bundles import export_trip
from delegation_planner.bundles.update import diff_bundles
from delegation_planner.domain.models import Commitment, DelegationMember, Engagement, MeetingNote, Trip
from delegation_planner.sample import load_sample
from delegation_planner.services import commitments, engagements, members, notes
from delegation_planner.storage import open_database


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _rows(path, trip_uuid: str):
    """The uuids of one trip's records (by kind)."""
    db = open_database(path)
    try:
        with db.reading() as s:
            trip = s.execute(sa.select(Trip.id).where(Trip.uuid == trip_uuid)).scalar_one()
            engs = sa.select(Engagement.id).where(Engagement.trip_id == trip)
            return {"engagement": sorted(s.execute(sa.select(Engagement.uuid).where(Engagement.trip_id == trip))
                                         .scalars()),
                    "member": sorted(s.execute(sa.select(DelegationMember.uuid)
                                               .where(DelegationMember.trip_id == trip)).scalars()),
                    "note": sorted(s.execute(sa.select(MeetingNote.uuid, MeetingNote.text, MeetingNote.taken_at)
                                             .where(MeetingNote.engagement_id.in_(engs))).all()),
                    "commitment": sorted(s.execute(sa.select(Commitment.uuid).where(Commitment.trip_id == trip))
                                         .scalars())}
    finally:
        db.dispose()


@pytest.fixture
def office_and_laptop(tmp_path):
    """The office's database with the Boston trip, and a laptop that imported its bundle."""
    office = tmp_path / "office.sqlite3"
    db = open_database(office)
    trip_id = load_sample(db)
    bundle = export_trip(db, trip_id, tmp_path / "boston.json")
    db.dispose()
    laptop = tmp_path / "laptop.sqlite3"
    db = open_database(laptop)
    from delegation_planner.bundles import import_bundle
    laptop_trip = import_bundle(db, bundle).trip_id
    db.dispose()
    return office, trip_id, laptop, laptop_trip


def test_export_edit_elsewhere_then_update(tmp_path, capsys, office_and_laptop):
    office, trip_id, laptop, laptop_trip = office_and_laptop
    db = open_database(laptop)
    try:  # on the road: a meeting moved, a note written, a commitment dropped, a member added
        eng = db_first_engagement(db, laptop_trip)
        engagements.update_engagement(db, eng.id, start=datetime(2017, 7, 12, 8, 15), end=datetime(2017, 7, 12, 9, 5))
        notes.add_note(db, eng.id, "Thống đốc đồng ý gặp lại vào tháng 9 — Nguyễn Đức Chung",
                       taken_at=datetime(2017, 7, 12, 12, 50, tzinfo=timezone.utc))
        dropped = commitments.list_commitments(db, trip_id=laptop_trip)[0]
        commitments.delete_commitment(db, dropped.id)
        from delegation_planner.services import directory
        newcomer = directory.create_person(db, full_name="Trần Thị Hà", side="delegation")
        members.add_member(db, laptop_trip, newcomer.id)
        changed = export_trip(db, laptop_trip, tmp_path / "boston-back.json")
    finally:
        db.dispose()

    before = _digest(office)
    code, out, err = _run(capsys, "--db", str(office), "import", str(changed), "--update", "--dry-run")
    assert code == 0, err
    assert "engagement changed:" in out and "(End, Start)" in out
    assert "note added: Thống đốc đồng ý gặp lại vào tháng 9 — Nguyễn Đức Chung" in out
    assert "commitment removed:" in out and "member added: Trần Thị Hà" in out
    assert "nothing was written" in out
    assert _digest(office) == before  # a dry run writes nothing at all

    code, out, err = _run(capsys, "--db", str(office), "import", str(changed), "--update")
    assert code == 0, err
    assert f"Updated trip {trip_id}" in out
    trip_uuid = json.loads(changed.read_text("utf-8"))["trip"]["uuid"]
    assert _rows(office, trip_uuid) == _rows(laptop, trip_uuid)  # the same records, by identity
    db = open_database(office)
    try:
        with db.reading() as s:
            assert s.execute(sa.select(sa.func.count()).select_from(Trip)).scalar() == 2  # Boston + Paris, no copy
            assert s.get(Trip, trip_id).uuid == json.loads(changed.read_text("utf-8"))["trip"]["uuid"]
    finally:
        db.dispose()
    code, out, _ = _run(capsys, "--db", str(office), "import", str(changed), "--update", "--dry-run")
    assert code == 0 and "nothing to change" in out


def db_first_engagement(db, trip_id):
    with db.reading() as s:
        return s.execute(sa.select(Engagement).where(Engagement.trip_id == trip_id)
                         .order_by(Engagement.start_utc)).scalars().first()


@pytest.mark.parametrize("case", ["version 1", "not here", "truncated", "bad end", "dry run alone"])
def test_refused_updates_change_nothing(tmp_path, capsys, office_and_laptop, case):
    office, trip_id, laptop, _ = office_and_laptop
    bundle = tmp_path / "boston.json"
    data = json.loads(bundle.read_text("utf-8"))
    target = tmp_path / "edited.json"
    args = ["--update"]
    if case == "version 1":
        data["version"] = 1
        data["trip"].pop("uuid")
    elif case == "not here":
        data["trip"]["uuid"] = "0b6f0c1e-2d1f-4a55-9a5e-3c2a1f0e9d77"
    elif case == "bad end":
        data["engagements"][0]["end"] = "2017-07-11T08:00"
    elif case == "dry run alone":
        args = ["--dry-run"]
    text = json.dumps(data, ensure_ascii=False)
    target.write_text(text[: len(text) // 2] if case == "truncated" else text, "utf-8")
    before = _digest(office)
    code, out, err = _run(capsys, "--db", str(office), "import", str(target), *args)
    assert code in (1, 2), (out, err)
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    if case == "version 1":
        assert "version 1" in lines[0]
    if case == "not here":
        assert "not in the database" in lines[0]
    if case == "bad end":
        assert "edited.json" in lines[0]
    assert _digest(office) == before


def test_diff_matches_by_identity_not_by_the_files_keys():
    stored = {"trip": {"uuid": "t", "title": "Boston"}, "people": [{"key": "a", "uuid": "p1", "full_name": "Nguyễn Đức Chung"}],
              "members": [{"uuid": "m1", "person": "a", "role": "head", "precedence": 1}],
              "engagements": [{"key": "x", "uuid": "e1", "title": "Governor", "start": "2017-07-12T09:00"}],
              "commitments": []}
    incoming = json.loads(json.dumps(stored))
    incoming["people"][0]["key"] = "renamed-key"  # another export names its keys afresh
    incoming["members"][0]["person"] = "renamed-key"
    assert diff_bundles(1, stored, incoming).empty
    incoming["engagements"][0]["title"] = "Governor of Massachusetts"
    diff = diff_bundles(1, stored, incoming)
    assert [(d.kind, d.change, d.fields) for d in diff.differences] == [("engagement", "changed", ("title",))]
