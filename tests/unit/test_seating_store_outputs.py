"""Stored seating plans where they are printed and carried: the CLI prints the stored plan (``--propose``
a fresh proposal), the briefing pack prints the swapped order (read back with pypdf; one query for the
trip's stored plans), trip packages round-trip them and refuse bad ones, ``import --update`` keeps them."""
from __future__ import annotations

import json
import zipfile
from datetime import date, datetime

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from delegation_planner import cli
from delegation_planner.bundles import export_trip
from delegation_planner.bundles.package import export_package, import_package
from delegation_planner.bundles.update import update_from_bundle
from delegation_planner.domain.errors import ValidationError
from delegation_planner.domain.models import SeatingPlanRecord, Trip
from delegation_planner.reports import build_briefing_pack
from delegation_planner.services import directory, engagements, members, report_data, seating, trips
from delegation_planner.storage import open_database

OURS = ["Nguyễn Đức Chung", "Lê Quang Huy", "Trần Thị Mai Hương"]
THEIRS = ["Christopher Coburn", "Nam Pham", "Marty Walsh"]


@pytest.fixture
def talks(db):
    trip = trips.create_trip(db, title="Boston 2017", destination="Boston", start_date=date(2017, 7, 12),
                             end_date=date(2017, 7, 13), home_timezone="Asia/Ho_Chi_Minh")
    ids = {}
    for i, name in enumerate(OURS, start=1):
        ids[name] = directory.create_person(db, full_name=name, side="delegation").id
        members.add_member(db, trip.id, ids[name], role="head" if i == 1 else "member", precedence=i)
    for name in THEIRS:
        ids[name] = directory.create_person(db, full_name=name, side="host").id
    eng = engagements.create_engagement(db, trip.id, title="Hội đàm với Văn phòng Thống đốc", kind="meeting",
                                        timezone="America/New_York", start=datetime(2017, 7, 12, 9),
                                        end=datetime(2017, 7, 12, 10)).engagement
    for name in OURS + THEIRS:
        engagements.set_attendance(db, eng.id, ids[name], "lead" if name in (OURS[0], THEIRS[0]) else "attendee")
    return trip, eng, ids


def run(capsys, *args):
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def names_in(out: str) -> list[str]:
    return [n for line in out.splitlines() for n in OURS + THEIRS if n in line]


def swap_two(db, eng):
    plan = seating.propose_seating(db, eng.id).plan
    a = plan.seat_of(next(s.occupant.person_id for s in plan.seats if s.occupant.name == OURS[1])).number
    b = plan.seat_of(next(s.occupant.person_id for s in plan.seats if s.occupant.name == OURS[2])).number
    seating.swap_seats(db, eng.id, a, b)
    return a, b


def test_the_cli_prints_the_stored_plan_and_propose_ignores_it(capsys, db, db_path, talks):
    _trip, eng, _ids = talks
    code, proposed, err = run(capsys, "--db", str(db_path), "seating", str(eng.id))
    assert code == 0 and "proposed plan" in err
    a, b = swap_two(db, eng)
    code, out, err = run(capsys, "--db", str(db_path), "seating", str(eng.id))
    assert code == 0 and "proposed" not in err
    before, after = names_in(proposed), names_in(out)
    i, j = before.index(OURS[1]), before.index(OURS[2])
    before[i], before[j] = before[j], before[i]
    assert after == before  # the two swapped, everyone else where they were
    assert sum("(pinned)" in line for line in out.splitlines()) == 2
    code, fresh, err = run(capsys, "--db", str(db_path), "seating", str(eng.id), "--propose")
    assert code == 0 and fresh == proposed and err == ""
    code, vi, err = run(capsys, "--db", str(db_path), "--lang", "vi", "seating", str(eng.id))
    assert code == 0 and sum("(giữ chỗ)" in line for line in vi.splitlines()) == 2 and "Nguyễn Đức Chung" in vi
    # another layout than the stored one: its proposal, said so
    code, out, err = run(capsys, "--db", str(db_path), "seating", str(eng.id), "--layout", "banquet")
    assert code == 0 and "proposed plan" in err and "(pinned)" not in out
    help_code = None
    try:
        cli.main(["seating", "--help"])
    except SystemExit as exc:
        help_code = exc.code
    text = " ".join(capsys.readouterr()[0].split())
    assert help_code == 0 and "not stored" not in text and "ignoring the plan stored" in text


def test_the_briefing_pack_prints_the_swapped_order_with_one_query(db, tmp_path, talks):
    trip, eng, ids = talks
    proposed = [s.occupant.name for s in report_data.gather(db, trip.id).seating[eng.id].seats]
    swap_two(db, eng)
    # a second engagement with a stored plan: still one query for the trip's plans
    other = engagements.create_engagement(db, trip.id, title="Chiêu đãi", kind="working_meal",
                                          timezone="America/New_York", start=datetime(2017, 7, 12, 19),
                                          end=datetime(2017, 7, 12, 21)).engagement
    for name in (OURS[0], THEIRS[0]):
        engagements.set_attendance(db, other.id, ids[name], "lead")
    seating.pin_seat(db, other.id, 1)
    statements = []
    listen = lambda *a: statements.append(a[2])  # noqa: E731
    sa.event.listen(db.engine, "before_cursor_execute", listen)
    try:
        data = report_data.gather(db, trip.id)
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", listen)
    assert sum("FROM seating_plan" in s for s in statements) == 1
    stored = [s.occupant.name for s in data.seating[eng.id].seats]
    i, j = proposed.index(OURS[1]), proposed.index(OURS[2])
    proposed[i], proposed[j] = proposed[j], proposed[i]
    assert stored == proposed
    pdf = build_briefing_pack(db, trip.id, tmp_path / "pack.pdf", lang="vi").path
    text = "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "Sơ đồ chỗ ngồi" in text
    # the ushers' list (seat, side, name), seat by seat: the stored order, the two swapped
    page = next(p for p in text.split("Ghế\nPhía\nHọ và tên") [1:])
    rows = page.split("Danh bạ liên hệ")[0].splitlines()
    listed = [(int(rows[k - 2]), rows[k]) for k in range(len(rows)) if rows[k] in OURS + THEIRS]
    assert listed == [(s.number, s.occupant.name) for s in data.seating[eng.id].seats]
    assert [n for _num, n in listed] == stored


def test_a_package_round_trips_the_stored_plan(db, tmp_path, talks):
    trip, eng, _ids = talks
    a, b = swap_two(db, eng)
    expected = [(s.number, s.occupant.name) for s in seating.stored_seating(db, eng.id).plan.seats]
    path = export_package(db, trip.id, tmp_path / "boston.zip")
    protocol = json.loads(zipfile.ZipFile(path).read("protocol.json"))
    (plan,) = protocol["seating"]
    assert plan["engagement"] == eng.uuid and plan["layout"] == "bilateral" and len(plan["seats"]) == 6
    other = open_database(tmp_path / "other.sqlite3")
    try:
        result = import_package(other, path)
        (item,) = engagements.programme(other, result.trip_id).items
        back = seating.stored_seating(other, item.id)
        assert back is not None and [(s.number, s.occupant.name) for s in back.plan.seats] == expected
        assert back.plan.pinned == {a, b}
        # back into this database after the trip's deletion (people found by uuid), as its undo does
        trips.delete_trip(db, trip.id)
        again = import_package(db, path)
        (item,) = engagements.programme(db, again.trip_id).items
        assert [(s.number, s.occupant.name) for s in seating.stored_seating(db, item.id).plan.seats] == expected
    finally:
        other.dispose()


def _bad_package(path, tmp_path, edit) -> str:
    z = zipfile.ZipFile(path)
    members_ = {n: z.read(n) for n in z.namelist()}
    protocol = json.loads(members_["protocol.json"])
    edit(protocol)
    members_["protocol.json"] = json.dumps(protocol).encode()
    out = tmp_path / "bad.zip"
    with zipfile.ZipFile(out, "w") as w:
        for n, data in members_.items():
            w.writestr(n, data)
    return str(out)


@pytest.mark.parametrize("edit", [
    lambda p: p["seating"][0].update(engagement="00000000-0000-4000-8000-000000000000"),
    lambda p: p["seating"][0].update(layout="sofa"),
    lambda p: p["seating"][0]["settings"].update(seats_per_table=1000),
    lambda p: p["seating"][0]["seats"][0].update(person="00000000-0000-4000-8000-000000000000"),
    lambda p: p["seating"][0]["seats"][1].update(number=p["seating"][0]["seats"][0]["number"]),
    lambda p: p["seating"][0]["seats"][0].update(pinned="yes"),
    lambda p: p["seating"].append(dict(p["seating"][0])),
    lambda p: p.update(seating={"not": "a list"}),
])
def test_a_package_with_a_bad_seating_plan_is_refused_with_nothing_imported(db, tmp_path, talks, edit):
    trip, eng, _ids = talks
    swap_two(db, eng)
    bad = _bad_package(export_package(db, trip.id, tmp_path / "boston.zip"), tmp_path, edit)
    other = open_database(tmp_path / "other.sqlite3")
    try:
        with pytest.raises(ValidationError):
            import_package(other, bad)
        assert trips.list_trips(other) == []
    finally:
        other.dispose()


def test_an_update_from_a_bundle_keeps_the_stored_plan(db, tmp_path, talks):
    trip, eng, ids = talks
    a, b = swap_two(db, eng)
    expected = [(s.number, s.occupant.name) for s in seating.stored_seating(db, eng.id).plan.seats]
    path = tmp_path / "boston.json"
    export_trip(db, trip.id, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["trip"]["notes"] = "Cập nhật từ máy xách tay"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    update_from_bundle(db, path)
    (item,) = engagements.programme(db, trip.id).items
    back = seating.stored_seating(db, item.id)
    assert back is not None and [(s.number, s.occupant.name) for s in back.plan.seats] == expected
    assert back.plan.pinned == {a, b}
    with db.reading() as s:
        assert s.execute(sa.select(Trip.notes).where(Trip.id == trip.id)).scalar() == "Cập nhật từ máy xách tay"
        assert s.execute(sa.select(sa.func.count()).select_from(SeatingPlanRecord)).scalar() == 1
