"""services.seating: the plan proposed from a real database (attendees, sides, the delegation's
precedence and roles); read-only."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from delegation_planner.domain.errors import NotFoundError, ValidationError
from delegation_planner.domain.seating import GUEST, HOST, SeatingSettings
from delegation_planner.services import directory, engagements, members, trips
from delegation_planner.services.seating import languages_of, participants, propose_seating
from tests.helpers import file_state

NY = "America/New_York"


@pytest.fixture
def visit(db):
    trip = trips.create_trip(db, title="Đoàn công tác Hà Nội – Boston", destination="Boston",
                             start_date=date(2017, 7, 12), end_date=date(2017, 7, 14))
    person = lambda name, side, **kw: directory.create_person(db, full_name=name, side=side, **kw).id  # noqa: E731
    ids = {
        "chung": person("Nguyễn Đức Chung", "delegation", languages="Vietnamese"),
        "huy": person("Lê Quang Huy", "delegation", languages="Vietnamese, English"),
        "huong": person("Trần Thị Mai Hương", "delegation"),
        "tuan": person("Phạm Minh Tuấn", "staff", languages="Vietnamese, English, French"),
        "nam": person("Nam Pham", "host", languages="English"),
        "coburn": person("Christopher Coburn", "host", title="President and CEO"),
        "lan": person("Lan Nguyen", "staff", languages="English; Vietnamese"),  # their interpreter
    }
    members.add_member(db, trip.id, ids["chung"], role="head", precedence=1)
    members.add_member(db, trip.id, ids["huy"], role="member", precedence=2)
    members.add_member(db, trip.id, ids["huong"], role="protocol_officer", precedence=3)
    members.add_member(db, trip.id, ids["tuan"], role="interpreter", precedence=4)
    eng = engagements.create_engagement(db, trip.id, title="Talks with the Governor's office", timezone=NY,
                                        start=datetime(2017, 7, 12, 9), end=datetime(2017, 7, 12, 10)).engagement
    for key, role in [("huong", "note_taker"), ("nam", "lead"), ("huy", "attendee"), ("lan", "attendee"),
                      ("chung", "lead"), ("coburn", "attendee"), ("tuan", "attendee")]:
        engagements.set_attendance(db, eng.id, ids[key], role)
    return trip, eng, ids


def name_at(plan, x, y):
    found = [s.occupant.name for s in plan.seats if s.x == x and s.y == y and s.occupant]
    assert len(found) == 1, (x, y, found)
    return found[0]


def test_our_delegation_abroad_are_the_guests_facing_the_door(db, visit):
    trip, eng, ids = visit
    proposal = propose_seating(db, eng.id)
    plan = proposal.plan
    assert proposal.layout == "bilateral" and proposal.host == "their" and proposal.title.startswith("Talks")
    # the hosts' row is on the door side (y -1, its right +x): Nam Pham (lead) at the centre, their
    # interpreter on his left, Coburn on his right
    assert [name_at(plan, x, -1) for x in (0, -1, 1)] == ["Nam Pham", "Lan Nguyen", "Christopher Coburn"]
    # the guests' row (y 1, its right -x): the chairman at the centre, the interpreter on his left (+1),
    # Huy (precedence 2) on his right, Hương (note taker, precedence 3) further left
    assert [name_at(plan, x, 1) for x in (0, 1, -1, 2)] == [
        "Nguyễn Đức Chung", "Phạm Minh Tuấn", "Lê Quang Huy", "Trần Thị Mai Hương"]
    by_name = {s.occupant.name: s.occupant for s in plan.seats}
    assert by_name["Nguyễn Đức Chung"].side == GUEST and by_name["Nam Pham"].side == HOST
    assert by_name["Lê Quang Huy"].precedence == 2 and by_name["Nam Pham"].precedence is None
    assert by_name["Phạm Minh Tuấn"].is_interpreter and by_name["Lan Nguyen"].is_interpreter
    assert by_name["Trần Thị Mai Hương"].is_assistant and by_name["Trần Thị Mai Hương"].role == "note_taker"
    assert plan.warnings == ()


def test_a_visit_received_here_makes_our_side_the_host(db, visit):
    trip, eng, ids = visit
    plan = propose_seating(db, eng.id, our_side="host").plan
    assert name_at(plan, 0, -1) == "Nguyễn Đức Chung" and name_at(plan, 0, 1) == "Nam Pham"
    trips.update_trip(db, trip.id, direction="inbound")  # a visit received here: our side hosts
    proposal = propose_seating(db, eng.id)
    assert proposal.host == "our" and name_at(proposal.plan, 0, -1) == "Nguyễn Đức Chung"
    assert propose_seating(db, eng.id, our_side="guest").host == "their"  # the override still wins


def test_the_engagement_kind_chooses_the_layout_and_a_signing_has_its_assistant(db, visit):
    trip, eng, ids = visit
    engagements.update_engagement(db, eng.id, kind="signing_ceremony")
    plan = propose_seating(db, eng.id).plan
    assert plan.layout == "signing"
    signers = {s.side: s.occupant.name for s in plan.seats if s.role == "signatory"}
    assert signers == {HOST: "Nam Pham", GUEST: "Nguyễn Đức Chung"}
    assert [s.occupant.name for s in plan.seats if s.role == "assistant"] == ["Trần Thị Mai Hương"]
    assert [s.occupant.name for s in plan.seats if s.role == "witness"] == ["Christopher Coburn", "Lê Quang Huy"]
    banquet = propose_seating(db, eng.id, "banquet", settings=SeatingSettings(seats_per_table=4)).plan
    assert banquet.tables == 2 and banquet.seat(1).occupant.name == "Nam Pham"
    assert banquet.seat(2).occupant.name == "Nguyễn Đức Chung"  # the guest of honour on the host's right


def test_a_common_language_or_its_lack_decides_the_interpreter_warning(db, visit):
    trip, eng, ids = visit
    engagements.remove_attendance(db, eng.id, ids["lan"])
    engagements.remove_attendance(db, eng.id, ids["tuan"])
    plan = propose_seating(db, eng.id).plan
    # Nam Pham speaks English, the chairman Vietnamese only
    assert [w.code for w in plan.warnings] == ["seating_no_host_interpreter", "seating_no_guest_interpreter"]
    directory.update_person(db, ids["nam"], languages="English, Vietnamese")
    assert propose_seating(db, eng.id).plan.warnings == ()


def test_car_from_the_database_and_too_many_refused(db, visit):
    trip, eng, ids = visit
    for key in ("huy", "huong", "coburn", "lan"):
        engagements.remove_attendance(db, eng.id, ids[key])
    plan = propose_seating(db, eng.id, "car").plan
    assert [s.occupant.name for s in plan.seats] == ["Nguyễn Đức Chung", "Nam Pham", "Phạm Minh Tuấn"]
    engagements.set_attendance(db, eng.id, ids["huy"], "attendee")
    with pytest.raises(ValidationError) as err:
        propose_seating(db, eng.id, "car")
    assert err.value.code == "seating_car_full"


def test_read_only_and_refusals_leave_the_database_unchanged(db, db_path, visit):
    trip, eng, ids = visit
    if not hasattr(db_path, "exists"):
        pytest.skip("a server database has no file to compare")
    db.dispose()
    before = file_state(db_path)
    from delegation_planner.storage import open_database

    again = open_database(db_path)
    try:
        propose_seating(again, eng.id, "banquet")
        with pytest.raises(ValidationError) as err:
            propose_seating(again, eng.id, "round")
        assert (err.value.field, err.value.code) == ("layout", "seating_unknown_layout")
        with pytest.raises(ValidationError):
            propose_seating(again, eng.id, pins={99: ids["chung"]})
        with pytest.raises(ValidationError) as err:
            propose_seating(again, eng.id, our_side="delegation")
        assert err.value.field == "our_side"
        with pytest.raises(NotFoundError):
            propose_seating(again, 9999)
        with pytest.raises(NotFoundError):
            propose_seating(again, "1; DROP TABLE engagement")
    finally:
        again.dispose()
    assert file_state(db_path) == before


def test_a_delegation_side_person_who_is_not_a_member_and_an_empty_engagement(db, visit):
    trip, eng, ids = visit
    guest = directory.create_person(db, full_name="Đỗ Văn Khách", side="delegation").id
    engagements.set_attendance(db, eng.id, guest, "attendee")
    _eng, _trip, we_host, people = participants(db, eng.id)
    extra = next(p for p in people if p.person_id == guest)
    assert (extra.side, extra.precedence, we_host) == (GUEST, None, False)
    empty = engagements.create_engagement(db, trip.id, title="Free time", timezone=NY,
                                          start=datetime(2017, 7, 13, 9), end=datetime(2017, 7, 13, 10)).engagement
    plan = propose_seating(db, empty.id).plan
    assert plan.seats == () and [w.code for w in plan.warnings] == ["seating_nobody"]


def test_languages_of():
    assert languages_of("Vietnamese, English / French;  ") == ("en", "fr", "vi")  # domain.interpreting's codes
    assert languages_of("tiếng Việt; tiếng Anh") == ("en", "vi")
    assert languages_of("") == ()
