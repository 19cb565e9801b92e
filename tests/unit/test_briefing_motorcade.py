"""The briefing pack's motorcade list (issue 13): by day, each transfer's cars in order with plate,
driver and who sits where (domain.motorcade's rule: seat 1 rear right the guest of honour, seat 2 rear
left the host escort, seat 3 beside the driver the interpreter); absent when the trip has no cars."""
from __future__ import annotations

import unicodedata
from datetime import date, datetime

import pytest

pytest.importorskip("pypdf")

from delegation_planner.reports import build_briefing_pack  # noqa: E402
from tests.unit.documents_helpers import nfd, pdf_pages, squash  # noqa: E402

NY = "America/New_York"
LONG = "Bà Tôn Nữ Thị Ngọc Diệp Hoàng Phương Uyển Nhi Công Tôn Nữ Khánh Linh Đoan Trang Minh Châu"


@pytest.fixture
def motorcade_trip(db):
    from delegation_planner.services import directory, engagements, members, motorcade, trips

    trip = trips.create_trip(db, title="Boston 2017", start_date=date(2017, 7, 12), end_date=date(2017, 7, 14))
    people = {}
    for key, name, side, langs in (("chung", "Nguyễn Đức Chung", "delegation", ""),
                                   ("huong", "Trần Thị Mai Hương", "delegation", ""),
                                   ("long", LONG, "delegation", ""),
                                   ("tuan", "Phạm Minh Tuấn", "staff", "Vietnamese, English"),
                                   ("nam", "Nam Pham", "host", "")):
        people[key] = directory.create_person(db, full_name=name, side=side, languages=langs).id
    members.add_member(db, trip.id, people["chung"], role="head")
    members.add_member(db, trip.id, people["huong"])
    members.add_member(db, trip.id, people["long"])
    members.add_member(db, trip.id, people["tuan"], role="interpreter")

    def transfer(title, day, hour, who):
        eng = engagements.create_engagement(db, trip.id, title=title, kind="travel", timezone=NY,
                                            start=datetime(2017, 7, day, hour, 30),
                                            end=datetime(2017, 7, day, hour, 50))
        eng_id = getattr(eng, "engagement", eng).id
        for key, role in who:
            engagements.set_attendance(db, eng_id, people[key], role=role)
        return eng_id

    first = transfer("Từ khách sạn đến Tòa nhà Quốc hội bang", 12, 8,
                     (("chung", "lead"), ("huong", "attendee"), ("tuan", "attendee"), ("nam", "lead")))
    motorcade.add_vehicle(db, first, plate="MA 1-GOV", driver="John Smith", phone="+1 617 555 0100")
    motorcade.add_vehicle(db, first, plate="MA 2-GOV", driver="Lê Văn Hùng")
    second = transfer("Drive to Cambridge", 13, 9, (("long", "lead"), ("chung", "attendee")))
    motorcade.add_vehicle(db, second, plate="MA 7-GOV", driver="Bob <b>& Sons</b>")
    # a meeting without cars stays out of the list
    engagements.create_engagement(db, trip.id, title="Meeting with MGH board", kind="meeting", timezone=NY,
                                  start=datetime(2017, 7, 12, 10, 0), end=datetime(2017, 7, 12, 11, 0))
    return {"trip": trip.id, "first": first, "second": second, **people}


def _section(pages, lang="en"):
    title = "Motorcade list" if lang == "en" else "Danh sách đoàn xe"
    start = [i for i, p in enumerate(pages) if p.lstrip().startswith(title) or f"\n{title}\n" in p]
    assert start, "no motorcade list"
    notes = "Notes" if lang == "en" else "Ghi chép"
    end = next((i for i in range(start[-1], len(pages)) if pages[i].lstrip().startswith(notes)), len(pages))
    return "\n".join(pages[start[-1]:end])


def test_the_pack_lists_each_days_transfers_cars_and_seats(db, motorcade_trip, tmp_path):
    pages = pdf_pages(build_briefing_pack(db, motorcade_trip["trip"], tmp_path / "en.pdf").path)
    text = squash(_section(pages))
    # by day, in time order; the meeting without cars is not in the list
    day1, day2 = text.index(squash("Wednesday 12 July 2017")), text.index(squash("Thursday 13 July 2017"))
    assert day1 < text.index(squash("08:30 · Từ khách sạn đến Tòa nhà Quốc hội bang")) < day2
    assert day2 < text.index(squash("09:30 · Drive to Cambridge"))
    assert squash("Meeting with MGH board") not in text
    # car 1: plate, driver, then the guest of honour rear right, the host escort rear left, the interpreter front
    car1 = text.index(squash("MA 1-GOV"))
    order = [text.index(squash(s)) for s in ("Driver: John Smith", "+1 617 555 0100",
                                             "1 · rear right: Nguyễn Đức Chung",
                                             "2 · rear left: Nam Pham", "3 · beside the driver: Phạm Minh Tuấn",
                                             "MA 2-GOV", "Driver: Lê Văn Hùng", "1 · rear right: Trần Thị Mai Hương")]
    assert car1 < order[0] and order == sorted(order)
    # user text printed literally, a long name whole (wrapped, not cut)
    assert squash("Driver: Bob <b>& Sons</b>") in text
    assert squash(f"1 · rear right: {LONG}") in text and squash("2 · rear left: Nguyễn Đức Chung") in text
    # in the contents
    assert "Motorcade list" in "\n".join(pages[:3])


def test_the_vietnamese_pack_prints_names_exactly(db, motorcade_trip, tmp_path):
    from delegation_planner.services import directory

    directory.update_person(db, motorcade_trip["huong"], full_name=nfd("Trần Thị Mai Hương"))  # typed decomposed
    pages = pdf_pages(build_briefing_pack(db, motorcade_trip["trip"], tmp_path / "vi.pdf", lang="vi",
                                          paper="letter").path)
    section = _section(pages, "vi")
    assert unicodedata.is_normalized("NFC", section)
    text = squash(section)
    for expected in ("Danh sách đoàn xe", "Thứ Tư, ngày 12/07/2017", "Lái xe: John Smith",
                     "1 · ghế sau bên phải: Nguyễn Đức Chung", "2 · ghế sau bên trái: Nam Pham",
                     "3 · ghế cạnh lái xe: Phạm Minh Tuấn", "Lái xe: Lê Văn Hùng",
                     "1 · ghế sau bên phải: Trần Thị Mai Hương", "Xe và lái xe", "Vị trí ngồi"):
        assert squash(expected) in text, expected


def test_no_cars_no_section(db, motorcade_trip, tmp_path):
    from delegation_planner.services import motorcade

    for eng in (motorcade_trip["first"], motorcade_trip["second"]):
        for v in motorcade.list_vehicles(db, eng):
            motorcade.delete_vehicle(db, v.id)
    for lang in ("en", "vi"):
        text = "\n".join(pdf_pages(build_briefing_pack(db, motorcade_trip["trip"], tmp_path / f"{lang}.pdf",
                                                       lang=lang).path))
        assert "Motorcade list" not in text and "Danh sách đoàn xe" not in text
        assert squash("MA 1-GOV") not in squash(text)


def test_a_transfer_whose_people_do_not_fit_is_left_out(db, motorcade_trip, tmp_path):
    from delegation_planner.services import directory, engagements

    for i in range(3):
        extra = directory.create_person(db, full_name=f"Khách {i}", side="delegation")
        engagements.set_attendance(db, motorcade_trip["second"], extra.id)
    text = squash(_section(pdf_pages(build_briefing_pack(db, motorcade_trip["trip"], tmp_path / "x.pdf").path)))
    assert squash("MA 1-GOV") in text and squash("Drive to Cambridge") not in text


def test_the_list_flowables_give_phones_and_empty_cars(db, motorcade_trip, tmp_path):
    """The section as the services give it (services.motorcade.motorcade_list: phone, an empty car)."""
    from pypdf import PdfReader
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    from delegation_planner.reports.i18n import Labels
    from delegation_planner.reports.layout import _Counter
    from delegation_planner.reports.motorcade_list import motorcade_flowables
    from delegation_planner.reports.styles import make_styles
    from delegation_planner.services import motorcade

    motorcade.add_vehicle(db, motorcade_trip["second"], plate="MA 8-GOV")  # the second guest's car
    motorcade.add_vehicle(db, motorcade_trip["second"], plate="MA 9-GOV")  # nobody left for it
    rows = [motorcade.listed(t) for t in motorcade.motorcade_list(db, motorcade_trip["trip"])]
    width = A4[0] - 40 * mm
    story = motorcade_flowables(rows, Labels("en"), make_styles(), width, _Counter())
    path = tmp_path / "m.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm).build(story)
    text = squash(" ".join(p.extract_text() for p in PdfReader(str(path)).pages))
    assert squash("+1 617 555 0100") in text and text.index(squash("MA 9-GOV")) < text.index(squash("No passengers"))
    assert motorcade_flowables([], Labels("en"), make_styles(), width, _Counter()) == []


def test_a_long_motorcade_splits_between_cars_never_inside_one(db, tmp_path):
    """Thirteen cars of three: the table runs over pages, each car's plate, driver and seats on one page,
    the header repeated, and no heading left alone at the foot of a page."""
    from delegation_planner.services import directory, engagements, members, motorcade, trips

    trip = trips.create_trip(db, title="Đoàn lớn 2026", start_date=date(2026, 3, 9), end_date=date(2026, 3, 10))
    people = []
    for i in range(30):
        person = directory.create_person(db, full_name=f"Nguyễn Văn Thành Viên {i + 1:02d}", side="delegation")
        members.add_member(db, trip.id, person.id, role="head" if i == 0 else "member")
        people.append(person.id)
    people += [directory.create_person(db, full_name=f"Host Escort {i}", side="host").id for i in range(6)]
    for k in range(2):
        eng = engagements.create_engagement(db, trip.id, title=f"Di chuyển {k + 1}", kind="travel",
                                            timezone="Asia/Ho_Chi_Minh", start=datetime(2026, 3, 9, 8 + k, 0),
                                            end=datetime(2026, 3, 9, 8 + k, 30))
        eng_id = getattr(eng, "engagement", eng).id
        for pid in people:
            engagements.set_attendance(db, eng_id, pid)
        for c in range(13):
            motorcade.add_vehicle(db, eng_id, plate=f"30A-{k}{c:02d}", driver=f"Driver {k}-{c:02d}")
    pages = pdf_pages(build_briefing_pack(db, trip.id, tmp_path / "big.pdf", paper="letter").path)
    first = next(i for i, p in enumerate(pages) if "Motorcade list" in p and "Seat 1 is rear right" in p)
    section = pages[first:]
    assert squash("08:00 · Di chuyển 1") in squash(section[0])  # the list starts under its heading, no page left blank
    for k in range(2):
        for c in range(13):
            (page,) = [p for p in section if f"30A-{k}{c:02d}" in p]
            assert f"Driver {k}-{c:02d}" in page
            if c < 12:  # cars 1–12 carry three each (a guest, an escort or a guest, a guest): all on that page
                assert squash(page).count(squash("Nguyễn Văn Thành Viên")) >= 2
    spread = [p for p in section if "30A-0" in p]
    assert len(spread) >= 2 and all("Who sits where" in p for p in spread)  # the header on every page
