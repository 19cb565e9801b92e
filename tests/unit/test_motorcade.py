"""Cars and escorts: the motorcade rule (car 1 carries the guest of honour with the host escort and
an interpreter beside the driver; then by precedence), the vehicles stored per transfer with
refusals by field, and `delegation-planner motorcade TRIP_ID` by day."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from delegation_planner.domain.errors import ValidationError
from delegation_planner.domain.motorcade import assign, passengers
from delegation_planner.domain.seating import GUEST, HOST, Participant


def P(pid, name, side, precedence=None, role="attendee", interpreter=False):
    return Participant(pid, name, side, role=role, precedence=precedence, is_interpreter=interpreter)


def riders(plan):
    return [(s.number, s.occupant.name) for s in passengers(plan)]


def test_car_one_carries_the_guest_of_honour_with_the_host_escort_and_the_interpreter():
    people = [P(1, "Nguyễn Đức Chung", GUEST, 1, "lead"), P(2, "Trần Thị Mai Hương", GUEST, 2),
              P(3, "Nguyễn Văn Huy", GUEST, 3), P(4, "Phạm Minh Tuấn", GUEST, 9, interpreter=True),
              P(10, "Nam Pham", HOST, None, "lead"), P(11, "Escort Two", HOST)]
    car1, car2 = assign(people, 2)
    assert riders(car1) == [(1, "Nguyễn Đức Chung"), (2, "Nam Pham"), (3, "Phạm Minh Tuấn")]
    assert riders(car2) == [(1, "Trần Thị Mai Hương"), (2, "Escort Two"), (3, "Nguyễn Văn Huy")]


def test_guests_fill_the_cars_by_precedence_and_an_empty_car_stays_empty():
    people = [P(i, f"G{i}", GUEST, i) for i in range(1, 5)]
    car1, car2, car3 = assign(people, 3)
    # one guest a car in order, then the next guest in car 1 (seat 2: rear left)
    assert (riders(car1), riders(car2), riders(car3)) == ([(1, "G1"), (2, "G4")], [(1, "G2")], [(1, "G3")])
    assert assign(people[:1], 2)[1].seats and riders(assign(people[:1], 2)[1]) == []  # the second car empty


def test_too_many_people_or_no_car_is_refused_by_name():
    people = [P(i, f"G{i}", GUEST, i) for i in range(1, 8)]
    with pytest.raises(ValidationError) as err:
        assign(people, 2)
    assert err.value.problems[0].field == "vehicles" and err.value.problems[0].code == "motorcade_full"
    with pytest.raises(ValidationError):
        assign(people[:1], 0)
    assert assign([], 0) == []


# ------------------------------------------------------------------------------ stored vehicles

@pytest.fixture
def transfer(db):
    from delegation_planner.services import directory, engagements, members, trips

    trip = trips.create_trip(db, title="Boston 2017", start_date=date(2017, 7, 12), end_date=date(2017, 7, 14))
    chung = directory.create_person(db, full_name="Nguyễn Đức Chung", side="delegation")
    huong = directory.create_person(db, full_name="Trần Thị Mai Hương", side="delegation")
    nam = directory.create_person(db, full_name="Nam Pham", side="host")
    members.add_member(db, trip.id, chung.id, role="head")
    members.add_member(db, trip.id, huong.id)
    eng = engagements.create_engagement(db, trip.id, title="Từ khách sạn đến Tòa nhà Quốc hội bang", kind="travel",
                                        timezone="America/New_York", start=datetime(2017, 7, 12, 8, 30),
                                        end=datetime(2017, 7, 12, 8, 50))
    eng_id = getattr(eng, "engagement", eng).id
    for pid, role in ((chung.id, "lead"), (huong.id, "attendee"), (nam.id, "lead")):
        engagements.set_attendance(db, eng_id, pid, role=role)
    return {"trip": trip.id, "eng": eng_id}


def test_vehicles_are_stored_and_the_transfer_is_proposed(db, transfer):
    from delegation_planner.services import motorcade

    motorcade.add_vehicle(db, transfer["eng"], plate="MA 1-GOV", driver="John Smith", phone="+1 617 555 0100")
    motorcade.add_vehicle(db, transfer["eng"], plate="MA 2-GOV")
    t = motorcade.transfer(db, transfer["eng"])
    assert [c.vehicle.number for c in t.cars] == [1, 2] and t.start_local == "08:30"
    assert riders(t.cars[0].plan) == [(1, "Nguyễn Đức Chung"), (2, "Nam Pham")]
    assert riders(t.cars[1].plan) == [(1, "Trần Thị Mai Hương")]
    (listed,) = motorcade.motorcade_list(db, transfer["trip"])
    assert listed.engagement_id == transfer["eng"]


@pytest.mark.parametrize("fields, field", [
    ({"number": 0}, "number"), ({"number": "1"}, "number"), ({"number": 61}, "number"),
    ({"plate": "x" * 41}, "plate"), ({"driver": "a\x00b"}, "driver"), ({"colour": "black"}, "colour"),
])
def test_bad_vehicles_are_refused_and_nothing_is_written(db, transfer, fields, field):
    from delegation_planner.services import motorcade

    with pytest.raises(ValidationError) as err:
        motorcade.add_vehicle(db, transfer["eng"], **fields)
    assert field in [p.field for p in err.value.problems]
    assert motorcade.list_vehicles(db, transfer["eng"]) == []


def test_cli_motorcade_by_day(capsys, db, db_path, transfer):
    from delegation_planner.cli import main
    from delegation_planner.services import motorcade

    code = main(["--db", str(db_path), "motorcade", str(transfer["trip"])])
    out = capsys.readouterr().out
    assert code == 0 and "No transfer of this trip has cars yet." in out
    motorcade.add_vehicle(db, transfer["eng"], plate="MA 1-GOV", driver="John Smith")
    code = main(["--db", str(db_path), "--lang", "vi", "motorcade", str(transfer["trip"])])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert out[0].startswith("Thứ Tư") and "08:30  Từ khách sạn đến Tòa nhà Quốc hội bang" in out[1]
    assert out[2] == "    Xe 1 (MA 1-GOV, lái xe John Smith)"
    assert out[3].split() == ["1", "sau", "bên", "phải", "Nguyễn", "Đức", "Chung"]
    # two engagement members and a host escort do not fit the one car with a fourth: refused in one line
    from delegation_planner.services import directory, engagements

    for i in range(2):
        extra = directory.create_person(db, full_name=f"Khách {i}", side="delegation")
        engagements.set_attendance(db, transfer["eng"], extra.id)
    code = main(["--db", str(db_path), "motorcade", str(transfer["trip"])])
    captured = capsys.readouterr()
    assert code == 1 and "do not fit in 1 car(s)" in captured.err and len(captured.err.strip().splitlines()) == 1


def test_each_members_itinerary_gives_their_car_seat_and_interpreter(db, transfer, tmp_path):
    from pypdf import PdfReader

    from delegation_planner.reports.documents import build_itinerary
    from delegation_planner.services import directory, engagements, members, motorcade

    interp = directory.create_person(db, full_name="Phạm Minh Tuấn", side="staff", languages="Vietnamese, English")
    members.add_member(db, transfer["trip"], interp.id, role="interpreter")
    engagements.set_attendance(db, transfer["eng"], interp.id)
    motorcade.add_vehicle(db, transfer["eng"], plate="MA 1-GOV", driver="John Smith", phone="+84 912 345 678")
    motorcade.add_vehicle(db, transfer["eng"], plate="MA 2-GOV")
    path = build_itinerary(db, transfer["trip"], tmp_path / "i.pdf", lang="vi").path
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())
    # the head: car 1 rear right, with the host escort and the interpreter
    assert "Xe: 1 (MA 1-GOV, lái xe John Smith, +84 912 345 678), ghế sau bên phải" in text
    assert "Phiên dịch: Phạm Minh Tuấn" in text
    # the second member: the next car
    assert "Xe: 2 (MA 2-GOV), ghế sau bên phải" in text
