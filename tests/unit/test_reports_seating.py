"""The briefing pack draws the seating plan of a signing ceremony and a working meal (and of talks
at a real table), proposed from precedence with the same rule as the window's Seating plan…; a call
of two gets none; a working meal of two is drawn."""
from __future__ import annotations

from datetime import date, datetime

from pypdf import PdfReader

from delegation_planner.reports import build_briefing_pack
from delegation_planner.services import directory, engagements, members, report_data, trips


def _pages(path):
    return [p.extract_text() for p in PdfReader(str(path)).pages]


def test_signing_has_its_seating_plan_and_a_small_call_has_none(db, tmp_path):
    trip = trips.create_trip(db, title="Boston 2017", destination="Boston", start_date=date(2017, 7, 12),
                             end_date=date(2017, 7, 12), home_timezone="Asia/Ho_Chi_Minh")
    chung = directory.create_person(db, full_name="Nguyễn Đức Chung", side="delegation", languages="Vietnamese")
    huy = directory.create_person(db, full_name="Nguyễn Văn Huy", side="delegation")
    ceo = directory.create_person(db, full_name="Roman Jankowski", side="host", languages="English")
    members.add_member(db, trip.id, chung.id, role="head")
    members.add_member(db, trip.id, huy.id)

    def engagement(title, kind, h):
        e = engagements.create_engagement(db, trip.id, title=title, kind=kind, timezone="America/New_York",
                                          start=datetime(2017, 7, 12, h), end=datetime(2017, 7, 12, h + 1))
        return getattr(e, "engagement", e).id
    signing = engagement("Ký biên bản ghi nhớ với Partners HealthCare", "signing_ceremony", 15)
    call = engagement("Chào xã giao", "courtesy_call", 9)
    for eng in (signing, call):
        engagements.set_attendance(db, eng, chung.id, role="lead")
        engagements.set_attendance(db, eng, ceo.id, role="lead")
    engagements.set_attendance(db, signing, huy.id)
    data = report_data.gather(db, trip.id)
    assert set(data.seating) == {signing}  # the call of two: no plan
    assert [s.role for s in data.seating[signing].seats if s.occupant and s.occupant.name == "Nguyễn Đức Chung"] \
        == ["signatory"]
    pages = _pages(build_briefing_pack(db, trip.id, tmp_path / "p.pdf", lang="vi").path)
    with_plan = [t for t in pages if "Sơ đồ chỗ ngồi" in t]
    assert with_plan and "Nguyễn Đức Chung" in with_plan[0] and "Roman Jankowski" in with_plan[0]
    assert "người ký" in with_plan[0]


def test_a_working_meal_of_two_is_drawn_and_the_pack_builds(db, tmp_path):
    trip = trips.create_trip(db, title="Đưa đoàn", start_date=date(2017, 7, 12), end_date=date(2017, 7, 12))
    eng = engagements.create_engagement(db, trip.id, title="Tiệc tối", kind="working_meal", timezone="UTC",
                                        start=datetime(2017, 7, 12, 19), end=datetime(2017, 7, 12, 21))
    eng = getattr(eng, "engagement", eng).id
    host = directory.create_person(db, full_name="Host", side="host")
    guest = directory.create_person(db, full_name="Guest", side="delegation")
    for p in (host, guest):
        engagements.set_attendance(db, eng, p.id)
    assert set(report_data.gather(db, trip.id).seating) == {eng}  # a banquet of two is still drawn
    assert build_briefing_pack(db, trip.id, tmp_path / "p.pdf", lang="en").pages >= 1
