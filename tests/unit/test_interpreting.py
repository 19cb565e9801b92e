"""Interpreters and language gaps (domain.interpreting + the conflict rule): one interpreter
booked in two places at once is an "interpreter" clash; an engagement whose two principals share
no language and where no one interprets is warned of, in English and Vietnamese."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from delegation_planner.domain.interpreting import (
    Party, interpreting_need, is_interpreter, language_names, languages_of,
)
from delegation_planner.domain.rules import Slot, find_conflicts

UTC = timezone.utc


@pytest.mark.parametrize("text, codes", [
    ("Vietnamese, English", {"vi", "en"}),
    ("tiếng Việt; tiếng Anh", {"vi", "en"}),
    ("TIẾNG VIỆT / Tiếng Pháp", {"vi", "fr"}),
    ("EN/FR", {"en", "fr"}),
    ("Chinese (Mandarin)", {"chinese (mandarin)"}),  # not in the table: kept, folded
    ("Mandarin and Vietnamese", {"zh", "vi"}),
    ("tiếng Tày", {"tay"}),
    ("Tày, H'Mông", {"tay", "hmn"}),
    ("Chinese (Mandarin)", {"chinese (mandarin)"}),
    ("  ", set()),
    (None, set()),
])
def test_languages_are_read_in_english_and_vietnamese(text, codes):
    assert languages_of(text) == frozenset(codes)


def test_nfd_and_nfc_spellings_are_one_language():
    import unicodedata

    assert languages_of(unicodedata.normalize("NFD", "tiếng Việt")) == languages_of("tiếng Việt") == {"vi"}


def test_who_interprets():
    assert is_interpreter("interpreter", "staff", "")
    assert not is_interpreter("member", "staff", "Vietnamese, English")  # a member in another role
    assert is_interpreter(None, "staff", "Vietnamese, English")  # their side's interpreter, not a member
    assert not is_interpreter(None, "staff", "Vietnamese")
    assert not is_interpreter(None, "host", "Vietnamese, English")


def test_the_principals_languages_decide_not_anyones():
    chung = Party(1, True, languages_of("Vietnamese"), lead=True)
    huy = Party(2, True, languages_of("Vietnamese, English"))  # a member who speaks English
    baker = Party(10, False, languages_of("English"), lead=True)
    need = interpreting_need([huy, chung, baker])
    assert need.gap == (frozenset({"vi"}), frozenset({"en"})) and need.interpreter_ids == frozenset()
    # no lead marked: the first given (callers pass precedence order) is the principal
    assert interpreting_need([huy, baker]).gap is None
    # unknown languages: no warning (nothing to judge by)
    assert interpreting_need([Party(1, True, frozenset(), lead=True), baker]).gap is None
    tuan = Party(3, True, languages_of("Vietnamese, English"), interpreter=True)
    need = interpreting_need([chung, baker, tuan])
    assert need.interpreter_ids == {3} and need.gap is not None  # the gap stays; it is covered


def _slot(i, h1, h2, who, interpreters=frozenset(), gap=None, cancelled=False):
    return Slot(i, f"E{i}", datetime(2017, 7, 12, h1, tzinfo=UTC), datetime(2017, 7, 12, h2, tzinfo=UTC),
                "America/New_York", frozenset(who), None, cancelled, "", frozenset(interpreters), gap)


def test_one_interpreter_in_two_places_at_once_is_an_interpreter_clash():
    a = _slot(1, 13, 15, {1, 3}, {3})
    b = _slot(2, 14, 16, {2, 3}, {3})
    report = find_conflicts([a, b], person_names={3: "Phạm Minh Tuấn"})
    kinds = sorted((c.kind, c.engagement_id, c.person_id) for c in report.conflicts)
    assert kinds == [("interpreter", 1, 3), ("interpreter", 2, 3)]
    (first,) = report.for_engagement(1)
    assert first.describe("en") == "Phạm Minh Tuấn interprets here and is also booked at “E2” (12 Jul 10:00–12:00)"
    assert first.describe("vi").startswith("Phạm Minh Tuấn phiên dịch tại đây và cũng được xếp tại “E2”")
    # the same person attending both without interpreting at one of them: an ordinary attendee clash
    report = find_conflicts([_slot(1, 13, 15, {3}, {3}), _slot(2, 14, 16, {3})])
    assert {c.kind for c in report.conflicts} == {"attendee"}


def test_a_language_gap_with_no_interpreter_is_warned_of_in_both_languages():
    gap = (frozenset({"vi"}), frozenset({"en", "fr"}))
    report = find_conflicts([_slot(1, 13, 15, {1}, gap=gap), _slot(2, 16, 17, {1}, {4}, gap=gap),
                             _slot(3, 18, 19, {1}, gap=gap, cancelled=True)])
    (warning,) = report.conflicts  # covered by an interpreter (2) or cancelled (3): nothing
    assert (warning.kind, warning.engagement_id) == ("no_interpreter", 1)
    assert warning.describe("en") == "no interpreter: the two sides share no language (Vietnamese / English, French)"
    assert warning.describe("vi") == ("chưa có phiên dịch: hai bên không có ngôn ngữ chung "
                                      "(tiếng Việt / tiếng Anh, tiếng Pháp)")


def test_language_names_keep_unknown_languages_as_written_folded():
    assert language_names({"vi", "tay"}, "en") == "Tày, Vietnamese"
    assert language_names({"vi", "ewe"}, "vi") == "ewe, tiếng Việt"


# ------------------------------------------------------------- through the programme read

@pytest.fixture
def talks(db):
    """Cao Bằng receives Guangxi: our head speaks Vietnamese, their lead Chinese; two talks at once."""
    from datetime import date

    from delegation_planner.services import directory, engagements, members, trips

    trip = trips.create_trip(db, title="Hội đàm y tế biên giới", destination="Cao Bằng",
                             start_date=date(2026, 3, 10), end_date=date(2026, 3, 11), home_timezone="Asia/Ho_Chi_Minh")
    head = directory.create_person(db, full_name="Nông Tuấn Phong", side="delegation", languages="tiếng Việt, tiếng Tày")
    theirs = directory.create_person(db, full_name="杜振宗", side="host", languages="Chinese, Mandarin")
    interp = directory.create_person(db, full_name="Hoàng Thị Lan", side="staff", languages="tiếng Việt, tiếng Trung")
    members.add_member(db, trip.id, head.id, role="head")
    members.add_member(db, trip.id, interp.id, role="interpreter")

    def talk(title, h1, h2):
        e = engagements.create_engagement(db, trip.id, title=title, timezone="Asia/Ho_Chi_Minh",
                                          start=datetime(2026, 3, 10, h1), end=datetime(2026, 3, 10, h2))
        return getattr(e, "engagement", e).id
    a, b = talk("Hội đàm chính thức", 9, 11), talk("Họp tổ chuyên gia", 10, 12)
    engagements.set_attendance(db, a, head.id, role="lead")
    engagements.set_attendance(db, a, theirs.id, role="lead")
    return {"trip": trip.id, "a": a, "b": b, "interp": interp.id, "theirs": theirs.id}


def _kinds(db, trip_id):
    from delegation_planner.services import engagements

    return sorted((c.kind, c.engagement_id) for i in engagements.programme(db, trip_id).items for c in i.conflicts)


def test_the_programme_warns_of_talks_with_no_common_language_until_an_interpreter_attends(db, talks):
    from delegation_planner.services import engagements

    assert ("no_interpreter", talks["a"]) in _kinds(db, talks["trip"])
    (item,) = [i for i in engagements.programme(db, talks["trip"]).items if i.id == talks["a"]]
    (warning,) = [c for c in item.conflicts if c.kind == "no_interpreter"]
    assert warning.describe("vi") == ("chưa có phiên dịch: hai bên không có ngôn ngữ chung "
                                      "(tiếng Tày, tiếng Việt / tiếng Trung)")
    engagements.set_attendance(db, talks["a"], talks["interp"])
    assert ("no_interpreter", talks["a"]) not in _kinds(db, talks["trip"])
    # the same interpreter booked at the overlapping expert meeting too: an interpreter clash on both
    engagements.set_attendance(db, talks["b"], talks["interp"])
    kinds = _kinds(db, talks["trip"])
    assert ("interpreter", talks["a"]) in kinds and ("interpreter", talks["b"]) in kinds


def test_the_light_read_and_the_core_read_agree_on_languages_and_roles(db, talks):
    """services.engagements._attendees (the Core path, PostgreSQL) and reads.programme (SQLite) give the
    same attendee rows, languages and delegation roles included."""
    from delegation_planner.services import engagements

    engagements.set_attendance(db, talks["a"], talks["interp"])
    core = engagements.list_attendees(db, talks["a"])
    light = [i for i in engagements.programme(db, talks["trip"]).items if i.id == talks["a"]][0].attendees
    assert list(light) == core
    by_name = {a.full_name: a for a in core}
    assert str(by_name["Hoàng Thị Lan"].member_role) == "interpreter"
    assert by_name["杜振宗"].member_role is None and by_name["杜振宗"].languages == "Chinese, Mandarin"
