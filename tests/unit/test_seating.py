"""Seating rules (domain.seating): the expected seats are worked out by hand from the rules in the
module's docstring, seat by seat, not read back from the code's output."""
from __future__ import annotations

import unicodedata

import pytest

from delegation_planner.domain.errors import ValidationError
from delegation_planner.domain.seating import (
    GUEST, HOST, MESSAGES, Participant, SeatingSettings, pin, propose, ranked, regenerate, swap, unpin,
)

P = Participant


def side(name: str, n: int, first_id: int, interpreters: int = 0, **kw) -> list[Participant]:
    # each side speaks its own language unless told (domain.interpreting: unknown languages warn of nothing)
    kw.setdefault("languages", ("vi",) if name_side(name) == HOST else ("en",))
    out = [P(first_id + i, f"{name}{i + 1}", name_side(name), precedence=i + 1, **kw) for i in range(n)]
    out += [P(first_id + 50 + i, f"{name}-interp{i + 1}", name_side(name), is_interpreter=True)
            for i in range(interpreters)]
    return out


def name_side(name: str) -> str:
    return HOST if name.startswith("H") else GUEST


def who(plan) -> dict[int, str]:
    """seat number -> occupant's name ("" when empty)."""
    return {s.number: (s.occupant.name if s.occupant else "") for s in plan.seats}


def at(plan, name: str):
    return next(s for s in plan.seats if s.occupant and s.occupant.name == name)


# ------------------------------------------------------------------------------ bilateral

def test_six_a_side_bilateral_with_an_interpreter_beside_each_head():
    people = side("H", 6, 1, interpreters=1) + side("G", 6, 100, interpreters=1)
    plan = propose(people, "bilateral")
    # the host row is the door side (bottom, y -1) and faces up: its right is +x. Head at 0, the
    # interpreter on the head's left (-1), then members right, left: +1, -2, +2, -3, +3
    host = {name: (at(plan, name).x, at(plan, name).y) for name in
            ["H1", "H-interp1", "H2", "H3", "H4", "H5", "H6"]}
    assert host == {"H1": (0, -1), "H-interp1": (-1, -1), "H2": (1, -1), "H3": (-2, -1), "H4": (2, -1),
                    "H5": (-3, -1), "H6": (3, -1)}
    # the guest row faces down (its right is -x): the same offsets mirrored
    guest = {name: at(plan, name).x for name in ["G1", "G-interp1", "G2", "G3", "G4", "G5", "G6"]}
    assert guest == {"G1": 0, "G-interp1": 1, "G2": -1, "G3": 2, "G4": -2, "G5": 3, "G6": -3}
    assert {at(plan, f"G{i}").y for i in range(1, 7)} == {1.0}
    assert at(plan, "H1").role == "principal" and at(plan, "G1").role == "principal"
    assert [at(plan, f"H{i}").rank for i in range(1, 7)] == [1, 2, 3, 4, 5, 6]
    assert len(plan.seats) == 14 and len({s.number for s in plan.seats}) == 14
    assert plan.warnings == ()  # an interpreter on each side


def test_bilateral_interpreters_behind_and_the_host_away_from_the_door():
    people = side("H", 3, 1, interpreters=2) + side("G", 3, 100, interpreters=1)
    plan = propose(people, "bilateral", SeatingSettings(interpreters="behind", host_near_door=False))
    # the host row is now the far row (y +1, facing down: its right is -x); no interpreter at the table
    assert (at(plan, "H1").x, at(plan, "H2").x, at(plan, "H3").x) == (0, -1, 1)
    assert at(plan, "H1").y == 1 and at(plan, "G1").y == -1
    assert (at(plan, "G2").x, at(plan, "G3").x) == (1, -1)
    # interpreters on chairs behind their head, the second behind the head's right-hand neighbour
    first, second = at(plan, "H-interp1"), at(plan, "H-interp2")
    assert (first.place, first.x) == ("behind", 0) and first.y > 1
    assert (second.place, second.x) == ("behind", -1)
    assert at(plan, "G-interp1").place == "behind" and at(plan, "G-interp1").y < -1


def test_bilateral_interpreter_on_the_right_hand():
    people = side("H", 3, 1, interpreters=1) + side("G", 2, 100, interpreters=1)
    plan = propose(people, "bilateral", SeatingSettings(interpreter_hand="right"))
    # host (near row, right = +x): head 0, interpreter +1, then right +2, left -1
    assert [at(plan, n).x for n in ("H1", "H-interp1", "H2", "H3")] == [0, 1, 2, -1]


def test_mixed_sides_in_any_input_order_and_uneven_rows():
    people = side("H", 2, 1) + side("G", 5, 100)
    shuffled = [people[i] for i in (4, 0, 6, 2, 1, 5, 3)]
    plan = propose(shuffled, "bilateral")
    assert who(plan) == who(propose(people, "bilateral"))
    assert [s.occupant.name for s in plan.seats if s.side == HOST] == ["H1", "H2"]
    assert [at(plan, f"G{i}").x for i in range(1, 6)] == [0, -1, 1, -2, 2]
    # no common language known and no interpreter: both sides warned
    assert [w.code for w in plan.warnings] == ["seating_no_host_interpreter", "seating_no_guest_interpreter"]


def test_interpreter_warnings_per_side_and_a_common_language():
    people = side("H", 2, 1, interpreters=1) + side("G", 2, 100)
    assert [w.code for w in propose(people, "bilateral").warnings] == ["seating_no_guest_interpreter"]
    speaking = [P(1, "Chủ", HOST, languages=("Tiếng Việt", "English")), P(2, "Khách", GUEST, languages=("english",))]
    assert propose(speaking, "bilateral").warnings == ()
    apart = [P(1, "Chủ", HOST, languages=("Tiếng Việt",)), P(2, "Khách", GUEST, languages=("Français",))]
    assert len(propose(apart, "bilateral").warnings) == 2
    vi = [w for w in propose(people, "bilateral").warnings][0]
    assert vi.code in MESSAGES and MESSAGES[vi.code][1] == "phía khách không có phiên dịch"


# ------------------------------------------------------------------------------ precedence

def test_precedence_ties_role_then_stored_precedence_then_folded_name():
    people = [
        P(1, "Dương Văn Bình", HOST, precedence=2),
        P(2, "Đặng Thu Hà", HOST, precedence=2),
        P(3, "Đinh Công Sơn", HOST, precedence=2),
        P(4, "Trần Lan", HOST, precedence=1),
        P(5, "Võ Hùng", HOST, role="lead", precedence=9),
        P(6, "An Khoa", HOST),  # no stored precedence: after every stored one
        P(7, "Bùi Minh", HOST, role="note_taker", precedence=1),
        P(8, "Cao Nam", HOST, role="speaker"),
    ]
    # lead, speaker, then attendees by precedence 1, 2, 2, 2 (folded: "dang", "dinh", "duong" —
    # code points would put "Dương" before "Đặng"), then the attendee with none stored, then the note taker
    assert [p.person_id for p in ranked(people)] == [5, 8, 4, 2, 3, 1, 6, 7]


def test_the_same_name_in_nfd_and_nfc_is_one_order_and_stays_exact():
    nfd = unicodedata.normalize("NFD", "Nguyễn Đức Chung")
    people = [P(2, nfd, GUEST, precedence=1), P(1, "Nguyễn Đức Chung", HOST, precedence=1)]
    plan = propose(people, "bilateral")
    names = [s.occupant.name for s in plan.seats]
    assert names == ["Nguyễn Đức Chung", "Nguyễn Đức Chung"]
    assert all(unicodedata.is_normalized("NFC", n) for n in names)
    twins = [P(9, nfd, HOST, precedence=1), P(3, "Nguyễn Đức Chung", HOST, precedence=1)]
    assert [p.person_id for p in ranked(twins)] == [3, 9]  # same folded name: the id decides


# ------------------------------------------------------------------------------ banquet

def test_ten_seat_round_table_with_a_co_host():
    plan = propose(side("H", 5, 1) + side("G", 5, 100), "banquet")
    # place k is k tenths of the way round from the host towards the host's right.
    # host 0; guest of honour on the host's right (1), guest 2 on the host's left (9); co-host H2
    # opposite (5) with guest 3 on the co-host's right (6) and guest 4 on the left (4); then hosts
    # one further out from the host (2, 8) and from the co-host (7, 3) — no host left for 3: guest 5
    place = {s.occupant.name: s.index for s in plan.seats}
    assert place == {"H1": 0, "G1": 1, "G2": 9, "H2": 5, "G3": 6, "G4": 4, "H3": 2, "H4": 8, "H5": 7, "G5": 3}
    assert [s.number for s in plan.seats] == list(range(1, 11))
    assert plan.seat(1).occupant.name == "H1" and plan.seat(2).occupant.name == "G1"
    assert at(plan, "H1").angle == 90 and at(plan, "G1").angle == 126 and at(plan, "H2").angle == 270
    assert at(plan, "G1").x < 0 < at(plan, "G2").x  # the host's right is the left of the drawing (host faces down)
    assert plan.tables == 1
    # no interpreters and no language known; a guest in a place meant for a host is not warned
    # at a banquet (the alternation is an ideal the numbers may not allow)
    assert [w.code for w in plan.warnings] == ["seating_no_host_interpreter", "seating_no_guest_interpreter"]


def test_round_table_without_co_host_alternates_all_the_way_round():
    plan = propose(side("H", 5, 1) + side("G", 5, 100), "banquet", SeatingSettings(co_host=False))
    around = sorted(plan.seats, key=lambda s: s.index)
    assert [s.occupant.side for s in around] == [HOST, GUEST] * 5
    place = {s.occupant.name: s.index for s in plan.seats}
    assert place == {"H1": 0, "G1": 1, "G2": 9, "H2": 2, "H3": 8, "G3": 3, "G4": 7, "H4": 4, "H5": 6, "G5": 5}


def test_several_tables_numbered_the_highest_ranked_at_table_one():
    plan = propose(side("H", 7, 1) + side("G", 7, 100), "banquet", SeatingSettings(seats_per_table=10))
    # 14 people, 10 a table: two tables of 7. A 7-place table with its co-host opposite at place 3:
    # host 0, guests 1 and 6, co-host 3, guests 4 and 2 (co-host's right and left), host 5
    assert plan.tables == 2
    t1 = {s.occupant.name: s.index for s in plan.seats if s.table == 1}
    assert t1 == {"H1": 0, "G1": 1, "G2": 6, "H2": 3, "G3": 4, "G4": 2, "H3": 5}
    t2 = {s.occupant.name: s.index for s in plan.seats if s.table == 2}
    # the guests run out at table 2's place 2: a host takes it
    assert t2 == {"H4": 0, "G5": 1, "G6": 6, "H5": 3, "G7": 4, "H6": 2, "H7": 5}
    assert [s.number for s in plan.seats] == list(range(1, 15))
    tables = [f for f in plan.fixtures if f.kind == "round_table"]
    assert [f.label for f in tables] == ["1", "2"] and tables[0].x != tables[1].x


def test_banquet_interpreters_sit_behind_the_host_and_the_guest_of_honour():
    plan = propose(side("H", 3, 1, interpreters=1) + side("G", 3, 100, interpreters=1), "banquet")
    assert sum(1 for s in plan.seats if s.place == "table") == 6
    hi, gi = at(plan, "H-interp1"), at(plan, "G-interp1")
    assert hi.place == gi.place == "behind"
    assert hi.index == at(plan, "H1").index and gi.index == at(plan, "G1").index
    assert plan.warnings == ()


# ------------------------------------------------------------------------------ signing

def test_signing_two_signatories_six_witnesses_and_assistants():
    people = (side("H", 4, 1) + side("G", 4, 100)
              + [P(40, "H-aide", HOST, precedence=9, is_assistant=True),
                 P(41, "G-aide", GUEST, precedence=9, is_assistant=True)])
    plan = propose(people, "signing")
    signers = [s for s in plan.seats if s.role == "signatory"]
    assert [(s.occupant.name, s.x < 0) for s in signers] == [("H1", True), ("G1", False)]  # host on the left
    assert all(s.y == 0 and s.place == "table" for s in signers)
    witnesses = [s for s in plan.seats if s.role == "witness"]
    assert len(witnesses) == 6 and all(s.place == "standing" and s.y > 0 for s in witnesses)
    # behind their own signatory, the highest nearest the centre
    assert [at(plan, n).x for n in ("H2", "H3", "H4")] == pytest.approx([-0.6, -1.7, -2.8])
    assert [at(plan, n).x for n in ("G2", "G3", "G4")] == pytest.approx([0.6, 1.7, 2.8])
    ends = {s.occupant.name: s.x for s in plan.seats if s.role == "assistant"}
    assert ends["H-aide"] < at(plan, "H1").x and ends["G-aide"] > at(plan, "G1").x
    assert {f.kind for f in plan.fixtures} >= {"signing_table", "flag"}
    assert plan.warnings == ()


def test_signing_with_one_side_only_says_who_is_missing():
    plan = propose(side("H", 2, 1), "signing")
    assert [w.code for w in plan.warnings] == ["seating_no_guest_signatory"]


# ------------------------------------------------------------------------------ car

def test_car_guest_of_honour_rear_right_host_rear_left_interpreter_beside_the_driver():
    people = [P(1, "Host", HOST, role="lead"), P(2, "Guest", GUEST, role="lead"),
              P(3, "Phiên dịch", GUEST, is_interpreter=True)]
    plan = propose(people, "car")
    assert who(plan) == {1: "Guest", 2: "Host", 3: "Phiên dịch"}
    assert (plan.seat(1).place, plan.seat(1).x > 0) == ("rear", True)  # rear right
    assert (plan.seat(2).place, plan.seat(2).x < 0) == ("rear", True)  # rear left
    driver = next(f for f in plan.fixtures if f.kind == "driver")
    assert plan.seat(3).place == "front" and plan.seat(3).y == driver.y and plan.seat(3).x == -driver.x
    assert plan.warnings == ()  # one interpreter in the car serves both sides


def test_car_escort_beside_the_driver_without_interpreter_and_empty_seats():
    plan = propose([P(1, "G1", GUEST, precedence=1, languages=("en",)), P(2, "G2", GUEST, precedence=2),
                    P(3, "Escort", HOST, languages=("vi",))], "car")
    assert who(plan) == {1: "G1", 2: "Escort", 3: "G2"}
    assert [w.code for w in plan.warnings] == ["seating_no_host_interpreter", "seating_no_guest_interpreter"]
    # nobody's languages known: nothing to judge by, no warning (the programme's rule too)
    plan = propose([P(1, "G1", GUEST, precedence=1), P(3, "Escort", HOST)], "car")
    assert plan.warnings == ()
    alone = propose([P(1, "G1", GUEST)], "car")
    assert who(alone) == {1: "G1", 2: "", 3: ""}


def test_too_many_for_a_car_is_refused():
    with pytest.raises(ValidationError) as err:
        propose(side("H", 2, 1) + side("G", 2, 100), "car")
    assert err.value.code == "seating_car_full" and err.value.field == "participants"
    assert "4 people" in str(err.value)


# ------------------------------------------------------------------------------ hand edits

def test_swap_pin_and_regenerate_keep_the_hand_edits():
    people = side("H", 4, 1) + side("G", 4, 100)
    plan = propose(people, "bilateral")
    h2, h3 = at(plan, "H2").number, at(plan, "H3").number
    swapped = swap(plan, h2, h3)
    assert swapped.seat(h2).occupant.name == "H3" and swapped.seat(h3).occupant.name == "H2"
    assert swapped.pinned == {h2, h3}
    assert propose(people, "bilateral") == plan  # the original is not changed (plans are values)
    g1 = at(swapped, "G4").number
    pinned = pin(swapped, g1)
    # a new guest who outranks everyone arrives: unpinned guests move down one seat each, the pins stay
    newcomer = P(999, "G0", GUEST, role="lead")
    again = regenerate(pinned, people + [newcomer])
    assert again.seat(h2).occupant.name == "H3" and again.seat(h3).occupant.name == "H2"
    assert again.seat(g1).occupant.name == "G4"
    guests = [s for s in again.seats if s.side == GUEST]
    # guest seats by rank: G0 takes the head's seat; G1, G2, G3 the free ones after it in rank order
    order = [s.occupant.name for s in sorted(guests, key=lambda s: s.rank) if s.number != g1]
    assert order == ["G0", "G1", "G2", "G3"]
    assert unpin(again, g1).pinned == again.pinned - {g1}


def test_a_guest_pinned_into_the_host_row_is_warned_and_nobody_is_left_out():
    people = side("H", 3, 1) + side("G", 3, 100)
    plan = propose(people, "bilateral", pins={2: 102})  # seat 2: the host head's right
    assert plan.seat(2).occupant.name == "G3"
    assert sorted(s.occupant.name for s in plan.seats) == sorted(p.name for p in people)
    codes = [w.code for w in plan.warnings]
    assert "seating_guest_in_host_seat" in codes and "seating_host_in_guest_seat" in codes


def test_regenerate_drops_the_pin_of_someone_who_left():
    people = side("H", 3, 1) + side("G", 3, 100)
    plan = pin(propose(people, "bilateral"), 3)
    gone = plan.seat(3).occupant
    again = regenerate(plan, [p for p in people if p != gone])
    assert again.pinned == frozenset()
    assert again.warnings[0].code == "seating_pin_dropped" and gone.name in again.warnings[0]


# ------------------------------------------------------------------------------ hostile input

@pytest.mark.parametrize("call, field, code", [
    (lambda: propose([], "round"), "layout", "seating_unknown_layout"),
    (lambda: propose([], None), "layout", "seating_unknown_layout"),
    (lambda: propose(side("H", 2, 1), "bilateral", pins={99: 1}), "pins[99]", "seating_no_such_seat"),
    (lambda: propose(side("H", 2, 1), "bilateral", pins={"1": 1}), "pins['1']", "seating_no_such_seat"),
    (lambda: propose(side("H", 2, 1), "bilateral", pins=[(1, 1), (1, 2)]), "pins[1]",
     "seating_seat_pinned_twice"),
    (lambda: propose(side("H", 2, 1), "bilateral", pins={1: 1, 2: 1}), "pins[2]", "seating_person_pinned_twice"),
    (lambda: propose(side("H", 2, 1), "bilateral", pins={1: 77}), "pins[1]", "seating_pin_not_attending"),
    (lambda: propose(side("H", 2, 1), "bilateral", pins=[1]), "pins[0]", "seating_bad_value"),
    (lambda: propose([P(1, "A", "delegation")]), "participants[0].side", "seating_bad_value"),
    (lambda: propose([P(1, "A", HOST), P(1, "B", GUEST)]), "participants[1].person_id",
     "seating_duplicate_person"),
    (lambda: propose([P(1, " \u200b ", HOST)]), "participants[0].name", "seating_bad_value"),
    (lambda: propose([P(True, "A", HOST)]), "participants[0].person_id", "seating_bad_value"),
    (lambda: propose([P(1, "A", HOST, role="chief")]), "participants[0].role", "seating_bad_value"),
    (lambda: propose([P(1, "A", HOST, precedence="1")]), "participants[0].precedence", "seating_bad_value"),
    (lambda: propose(["Nguyễn"]), "participants[0]", "seating_bad_value"),
    (lambda: propose([], "banquet", SeatingSettings(seats_per_table=0)), "settings.seats_per_table",
     "seating_bad_value"),
    (lambda: propose([], "banquet", SeatingSettings(seats_per_table=True)), "settings.seats_per_table",
     "seating_bad_value"),
    (lambda: propose([], "bilateral", SeatingSettings(interpreters="opposite")), "settings.interpreters",
     "seating_bad_value"),
    (lambda: swap(propose(side("H", 2, 1)), 1, 3), "second", "seating_no_such_seat"),
    (lambda: swap(propose(side("H", 2, 1)), "1", 2), "first", "seating_no_such_seat"),
    (lambda: pin(propose(side("H", 2, 1)), 0), "seat", "seating_no_such_seat"),
    (lambda: propose(side("H", 2, 1)).seat(5), "seat", "seating_no_such_seat"),
])
def test_bad_input_is_refused_by_field_and_code(call, field, code):
    with pytest.raises(ValidationError) as err:
        call()
    assert (err.value.field, err.value.code) == (field, code)
    assert code in MESSAGES and str(err.value).startswith(field)


def test_an_empty_engagement_is_an_empty_plan_with_a_warning():
    plan = propose([], "bilateral")
    assert plan.seats == () and [w.code for w in plan.warnings] == ["seating_nobody"]


def test_every_message_has_both_languages_with_the_same_placeholders():
    import string

    for code, (en, vi) in MESSAGES.items():
        names = [{n for _t, n, _s, _c in string.Formatter().parse(t) if n} for t in (en, vi)]
        assert en and vi and en != vi and names[0] == names[1], code


def test_domain_seating_imports_only_the_domain():
    import ast
    from pathlib import Path

    import delegation_planner.domain.seating as module

    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)} | {
        a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    ours = {m for m in imported if m and m.startswith("delegation_planner")}
    assert ours and all(m.startswith("delegation_planner.domain") for m in ours)
    assert not {m for m in imported if m and m.split(".")[0] in ("sqlalchemy", "sqlmodel", "PySide6")}


def test_a_pin_follows_its_place_when_numbers_move():
    people = side("H", 3, 1) + side("G", 3, 100)
    plan = propose(people, "bilateral")
    g2 = at(plan, "G2")  # guest row, on the guest head's right (x -1); seat 5 while the hosts are three
    assert g2.number == 5
    pinned = swap(plan, g2.number, at(plan, "G3").number)  # G3 now on the head's right, pinned
    fewer = regenerate(pinned, [p for p in people if p.name != "H3"])
    # the host row lost a seat: every guest seat's number is one less, the pinned places are kept
    moved = at(fewer, "G3")
    assert (moved.number, moved.x, moved.y) == (4, -1.0, 1.0)
    assert at(fewer, "G2").x == 1.0 and fewer.pinned == {4, 5}
    gone = regenerate(pin(plan, at(plan, "G3").number), [p for p in people if p.name != "G2"])
    # two guests left: the place of the third guest (x +1) is no longer at the table
    assert [w.code for w in gone.warnings][:1] == ["seating_pin_place_gone"] and gone.pinned == frozenset()
