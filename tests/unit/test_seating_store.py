"""Seating plans stored with the engagement (services.seating, migration 0009): swap, pin, unpin,
regenerate and reset, each committed and read back; attendance changes; refusals leave the
database unchanged (checked by its rows, so that the test runs on PostgreSQL too)."""
from __future__ import annotations

from datetime import date, datetime

import pytest
import sqlalchemy as sa

from delegation_planner.domain import seating as rules
from delegation_planner.domain.errors import NotFoundError, ValidationError
from delegation_planner.domain.messages import render_problem
from delegation_planner.domain.models import ChangeCounter, SeatingPlanRecord, SeatingSeat
from delegation_planner.services import directory, engagements, members, seating, trips

NY = "America/New_York"
CHUNG = "Nguyễn Đức Chung"


@pytest.fixture
def visit(db):
    trip = trips.create_trip(db, title="Đoàn công tác Hà Nội – Boston", destination="Boston",
                             start_date=date(2017, 7, 12), end_date=date(2017, 7, 14))
    person = lambda name, side, **kw: directory.create_person(db, full_name=name, side=side, **kw).id  # noqa: E731
    ids = {
        "chung": person(CHUNG, "delegation", languages="Vietnamese"),
        "huy": person("Lê Quang Huy", "delegation"),
        "huong": person("Trần Thị Mai Hương", "delegation"),
        "nam": person("Nam Pham", "host"),
        "coburn": person("Christopher Coburn", "host"),
        "walsh": person("Marty Walsh", "host"),
    }
    members.add_member(db, trip.id, ids["chung"], role="head", precedence=1)
    members.add_member(db, trip.id, ids["huy"], role="member", precedence=2)
    members.add_member(db, trip.id, ids["huong"], role="member", precedence=3)
    eng = engagements.create_engagement(db, trip.id, title="Hội đàm với Văn phòng Thống đốc", timezone=NY,
                                        start=datetime(2017, 7, 12, 9), end=datetime(2017, 7, 12, 10)).engagement
    for key, role in [("chung", "lead"), ("huy", "attendee"), ("huong", "attendee"), ("nam", "lead"),
                      ("coburn", "attendee"), ("walsh", "attendee")]:
        engagements.set_attendance(db, eng.id, ids[key], role)
    return trip, eng, ids


def order(plan) -> list[tuple[int, str]]:
    return [(s.number, s.occupant.name if s.occupant else "") for s in plan.seats]


def number_of(plan, name: str) -> int:
    return next(s.number for s in plan.seats if s.occupant and s.occupant.name == name)


def state(db) -> tuple:
    """Every stored seating row and the change counter: equal before and after means nothing written."""
    with db.reading() as s:
        plans = s.execute(sa.select(SeatingPlanRecord.engagement_id, SeatingPlanRecord.layout,
                                    SeatingPlanRecord.version).order_by(SeatingPlanRecord.id)).all()
        seats = s.execute(sa.select(SeatingSeat.plan_id, SeatingSeat.number, SeatingSeat.person_id,
                                    SeatingSeat.pinned).order_by(SeatingSeat.id)).all()
        counter = s.execute(sa.select(ChangeCounter.value)).scalar()
    return tuple(plans), tuple(seats), counter


def test_nothing_is_stored_until_an_edit_and_the_proposal_is_shown(db, visit):
    _trip, eng, _ids = visit
    assert seating.stored_seating(db, eng.id) is None
    current = seating.current_seating(db, eng.id)
    assert not current.stored and current.version == 0
    assert order(current.plan) == order(seating.propose_seating(db, eng.id).plan)


def test_a_swap_is_stored_pinned_and_read_back(db, visit):
    _trip, eng, _ids = visit
    proposed = seating.propose_seating(db, eng.id).plan
    a, b = number_of(proposed, "Lê Quang Huy"), number_of(proposed, "Trần Thị Mai Hương")
    saved = seating.swap_seats(db, eng.id, a, b, expected_version=0)
    assert saved.stored and saved.version == 1
    back = seating.stored_seating(db, eng.id)
    assert back.stored and back.version == 1 and back.layout == "bilateral"
    assert number_of(back.plan, "Lê Quang Huy") == b and number_of(back.plan, "Trần Thị Mai Hương") == a
    assert back.plan.pinned == {a, b}
    assert order(back.plan) == order(saved.plan)
    # everyone else where the proposal put them
    assert [x for x in order(back.plan) if x[0] not in (a, b)] == [x for x in order(proposed) if x[0] not in (a, b)]
    # the proposal itself is unchanged: --propose ignores the stored plan
    assert order(seating.propose_seating(db, eng.id).plan) == order(proposed)


def test_pin_unpin_regenerate_keep_the_pins_and_reset(db, visit):
    _trip, eng, ids = visit
    plan = seating.propose_seating(db, eng.id).plan
    walsh, coburn = number_of(plan, "Marty Walsh"), number_of(plan, "Christopher Coburn")
    v = seating.swap_seats(db, eng.id, walsh, coburn).version
    v = seating.unpin_seat(db, eng.id, coburn, expected_version=v).version
    stored = seating.stored_seating(db, eng.id).plan
    assert stored.pinned == {walsh} and number_of(stored, "Marty Walsh") == coburn  # unpinned, not moved yet
    # Regenerate: the pinned seat (Coburn in Walsh's place) kept, the unpinned seat laid out by the rules
    regenerated = seating.regenerate_seating(db, eng.id, expected_version=v)
    assert regenerated.version == v + 1
    back = seating.stored_seating(db, eng.id).plan
    assert number_of(back, "Christopher Coburn") == walsh and number_of(back, "Marty Walsh") == coburn
    assert back.pinned == {walsh}
    pinned = seating.pin_seat(db, eng.id, number_of(back, CHUNG)).plan
    assert pinned.pinned == {walsh, number_of(back, CHUNG)}
    assert seating.clear_seating(db, eng.id) is True
    assert seating.stored_seating(db, eng.id) is None
    assert seating.clear_seating(db, eng.id) is False
    assert order(seating.current_seating(db, eng.id).plan) == order(seating.propose_seating(db, eng.id).plan)


def test_a_pinned_person_who_leaves_is_dropped_with_the_domain_warning_and_a_newcomer_is_placed(db, visit):
    trip, eng, ids = visit
    plan = seating.propose_seating(db, eng.id).plan
    huy, huong = number_of(plan, "Lê Quang Huy"), number_of(plan, "Trần Thị Mai Hương")
    seating.swap_seats(db, eng.id, huy, huong)
    engagements.remove_attendance(db, eng.id, ids["huong"])
    newcomer = directory.create_person(db, full_name="Đỗ Thị Ánh", side="delegation").id  # NFC, accented
    members.add_member(db, trip.id, newcomer, role="member", precedence=4)
    engagements.set_attendance(db, eng.id, newcomer, "attendee")
    back = seating.stored_seating(db, eng.id)
    names = [n for _num, n in order(back.plan)]
    assert "Trần Thị Mai Hương" not in names and "Đỗ Thị Ánh" in names
    codes = [w.code for w in back.plan.warnings]
    assert "seating_pin_dropped" in codes
    dropped = next(w for w in back.plan.warnings if w.code == "seating_pin_dropped")
    assert dropped.params["name"] == "Trần Thị Mai Hương"
    assert "Trần Thị Mai Hương" in rules.render(dropped.code, dropped.params, "vi")
    # Huy's pin (in Hương's old place) is kept by place
    assert back.plan.seat_of(ids["huy"]).number in back.plan.pinned
    # the person deleted from the directory takes their seat rows with them (no dangling reference)
    directory.delete_person(db, ids["huy"])
    with db.reading() as s:
        assert s.execute(sa.select(sa.func.count()).select_from(SeatingSeat)
                         .where(SeatingSeat.person_id == ids["huy"])).scalar() == 0
    assert "Lê Quang Huy" not in [n for _num, n in order(seating.stored_seating(db, eng.id).plan)]


@pytest.mark.parametrize("call, field", [
    (lambda db, e: seating.swap_seats(db, e, 1, 99), "second"),
    (lambda db, e: seating.swap_seats(db, e, "1", 2), "first"),
    (lambda db, e: seating.swap_seats(db, e, True, 2), "first"),
    (lambda db, e: seating.pin_seat(db, e, 0), "seat"),
    (lambda db, e: seating.unpin_seat(db, e, -3), "seat"),
    (lambda db, e: seating.swap_seats(db, e, 1, 2, layout="sofa"), "layout"),
    (lambda db, e: seating.regenerate_seating(db, e, layout="car"), "participants"),
    (lambda db, e: seating.swap_seats(db, e, 1, 2, expected_version=7), "expected_version"),
    (lambda db, e: seating.pin_seat(db, e, 1, expected_version="1"), "expected_version"),
    (lambda db, e: seating.clear_seating(db, e, expected_version=3), "expected_version"),
])
def test_refused_edits_name_the_field_and_leave_the_database_unchanged(db, visit, call, field):
    _trip, eng, _ids = visit
    seating.swap_seats(db, eng.id, 2, 3)  # a stored plan (version 1) to be left alone
    before = state(db)
    with pytest.raises(ValidationError) as caught:
        call(db, eng.id)
    assert caught.value.field == field or (field == "participants" and caught.value.problems[0].code ==
                                           "seating_car_full")
    assert render_problem(caught.value.problems[0], "vi")  # said in Vietnamese too
    assert state(db) == before


def test_an_edit_of_a_plan_changed_elsewhere_is_refused(db, visit):
    _trip, eng, _ids = visit
    shown = seating.current_seating(db, eng.id)  # window A shows the proposal (version 0)
    seating.swap_seats(db, eng.id, 1, 2, expected_version=0)  # window B saves first
    before = state(db)
    with pytest.raises(ValidationError) as caught:
        seating.swap_seats(db, eng.id, 2, 3, expected_version=shown.version)
    assert caught.value.problems[0].code == "seating_plan_changed"
    assert "phiên bản 1" in render_problem(caught.value.problems[0], "vi")
    assert state(db) == before


def test_unknown_engagement_and_a_foreign_plan_are_refused(db, visit):
    trip, eng, ids = visit
    before = state(db)
    for bad in (10_000, 0, "1", None):
        with pytest.raises(NotFoundError):
            seating.swap_seats(db, bad, 1, 2)
        with pytest.raises(NotFoundError):
            seating.stored_seating(db, bad)
    other = engagements.create_engagement(db, trip.id, title="Chiêu đãi", timezone=NY, kind="working_meal",
                                          start=datetime(2017, 7, 12, 19), end=datetime(2017, 7, 12, 21)).engagement
    engagements.set_attendance(db, other.id, ids["nam"], "lead")
    before = state(db)
    foreign = seating.propose_seating(db, eng.id).plan  # a plan of another engagement's attendees
    with pytest.raises(ValidationError) as caught:
        seating.save_seating(db, other.id, foreign)
    assert caught.value.field.startswith("seats[")
    with pytest.raises(ValidationError):
        seating.save_seating(db, other.id, "not a plan")
    assert state(db) == before


def test_the_stored_layout_and_settings_are_kept(db, visit):
    _trip, eng, _ids = visit
    settings = rules.SeatingSettings(interpreters="behind", host_near_door=False, seats_per_table=4)
    plan = rules.propose(seating.participants(db, eng.id)[3], "banquet", settings)
    seating.save_seating(db, eng.id, rules.pin(plan, 1))
    back = seating.stored_seating(db, eng.id).plan
    assert back.layout == "banquet" and back.settings == settings and back.tables == 2 and back.pinned == {1}
    # the talks layout asked for: the proposal (nothing stored in that layout); the stored one by default
    assert not seating.current_seating(db, eng.id, "bilateral").stored
    assert seating.current_seating(db, eng.id).layout == "banquet"
    snap = seating.seating_snapshot(db, eng.id)
    assert snap["layout"] == "banquet" and snap["settings"]["seats_per_table"] == 4
    assert {s["pinned"] for s in snap["seats"]} == {True, False} and all(len(s["person"]) == 36 for s in snap["seats"])


def test_a_snapshot_restores_the_plan_and_bad_snapshots_are_refused(db, visit):
    _trip, eng, _ids = visit
    seating.swap_seats(db, eng.id, 1, 2)
    snap = seating.seating_snapshot(db, eng.id)
    expected = order(seating.stored_seating(db, eng.id).plan)
    seating.clear_seating(db, eng.id)
    seating.restore_seating(db, eng.id, snap)
    assert order(seating.stored_seating(db, eng.id).plan) == expected
    seating.restore_seating(db, eng.id, None)
    assert seating.stored_seating(db, eng.id) is None
    before = state(db)
    for bad, field in [({**snap, "layout": "sofa"}, "seating.layout"),
                       ({**snap, "settings": {"seats_per_table": 99}}, "seating.settings.seats_per_table"),
                       ({**snap, "settings": {"evil": 1}}, "seating.settings"),
                       ({**snap, "seats": [{"number": 1, "person": "x"}, {"number": 1, "person": "y"}]},
                        "seating.seats[1].number"),
                       ({**snap, "seats": [{"number": 1, "person": 5}]}, "seating.seats[0].person"),
                       ({**snap, "seats": [{"number": 1, "person": "x", "pinned": "yes"}]}, "seating.seats[0].pinned"),
                       ([1, 2], "seating")]:
        with pytest.raises(ValidationError) as caught:
            seating.restore_seating(db, eng.id, bad)
        assert caught.value.field == field
    assert state(db) == before


def test_deleting_the_engagement_deletes_its_plan_and_undo_brings_it_back(db, visit):
    _trip, eng, _ids = visit
    seating.swap_seats(db, eng.id, 1, 2)
    expected = order(seating.stored_seating(db, eng.id).plan)
    snap = engagements.engagement_snapshot(db, eng.id)
    engagements.delete_engagement(db, eng.id)
    assert state(db)[0] == () and state(db)[1] == ()  # CASCADE
    fields = dict(snap.fields)
    new_id = engagements.restore_engagement(db, snap.trip_id, fields, attendees=list(snap.attendees))
    back = seating.stored_seating(db, new_id)
    assert back is not None and order(back.plan) == expected and back.plan.pinned == {1, 2}


def test_a_name_typed_in_nfd_is_seated_and_read_back_exact(db, visit):
    import unicodedata

    _trip, eng, _ids = visit
    nfd = unicodedata.normalize("NFD", "Đỗ Thị Ngọc Ánh")
    pid = directory.create_person(db, full_name=nfd, side="host").id
    engagements.set_attendance(db, eng.id, pid, "attendee")
    plan = seating.propose_seating(db, eng.id).plan
    mine = plan.seat_of(pid).number
    seating.swap_seats(db, eng.id, mine, 1)
    back = seating.stored_seating(db, eng.id).plan
    assert back.seat(1).occupant.name == "Đỗ Thị Ngọc Ánh" == unicodedata.normalize("NFC", nfd)
    assert back.pinned == {1, mine}
