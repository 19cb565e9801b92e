"""The visit model in the printed documents (issue 11): labels that follow the visit's direction, a
commitment's reference, source document, their contact and completion date, each engagement's
scenario, the logistics contacts, and the places visited taken from where the engagements are held
(never from a time zone). Every PDF read back with pypdf."""
from __future__ import annotations

import unicodedata
from datetime import date, datetime

import pytest

pypdf = pytest.importorskip("pypdf")

from delegation_planner.reports import build_briefing_pack, build_trip_report  # noqa: E402
from delegation_planner.reports.documents import build_day_cards, build_itinerary  # noqa: E402
from delegation_planner.services import (commitments, directory, engagements, logistics, members,  # noqa: E402
                                         scenario, trips)
from tests.unit.documents_helpers import pdf_pages, squash  # noqa: E402
from datetime import date, datetime
from delegation_planner.services import commitments, directory, engagements, logistics, members, scenario, trips

HN = "Asia/Ho_Chi_Minh"


def inbound_trip(db) -> dict:
    t = trips.create_trip(db, title="Đón đoàn Công ty Sao Việt (TP. Hồ Chí Minh)", destination="Thái Nguyên",
                          start_date=date(2025, 3, 10), end_date=date(2025, 3, 11), home_timezone=HN,
                          direction="inbound")
    visitors = directory.create_organization(db, name="Công ty Cổ phần Công nghệ Sao Việt", kind="company",
                                             city="Ho Chi Minh City", address="12 Nguyễn Huệ, Quận 1")
    factory = directory.create_organization(db, name="Khu công nghiệp Yên Bình", kind="company", city="Phổ Yên",
                                            address="Xã Hồng Tiến")
    thang = directory.create_person(db, full_name="Nguyễn Văn Thắng", title="Phó Chủ tịch UBND tỉnh",
                                    side="delegation")
    lan = directory.create_person(db, full_name="Trần Thị Lan", title="Giám đốc Sở Kế hoạch và Đầu tư",
                                  side="delegation", phone="+84 208 3855 100")
    hoa = directory.create_person(db, full_name="Lê Thị Hoa", title="Tổng Giám đốc", side="host",
                                  organization_id=visitors.id)
    members.add_member(db, t.id, thang.id, role="head")
    members.add_member(db, t.id, lan.id, role="member")
    meet = engagements.create_engagement(
        db, t.id, title="Làm việc với Công ty Sao Việt", kind="signing_ceremony", organization_id=visitors.id,
        location="Trụ sở UBND tỉnh", timezone=HN, start=datetime(2025, 3, 10, 9, 0),
        end=datetime(2025, 3, 10, 10, 30), objectives="Ký biên bản ghi nhớ đầu tư nhà máy.",
        talking_points="Quỹ đất sạch\nNhân lực\nThủ tục một cửa").engagement
    visit = engagements.create_engagement(
        db, t.id, title="Khảo sát Khu công nghiệp Yên Bình", kind="site_visit", organization_id=factory.id,
        timezone=HN, start=datetime(2025, 3, 11, 8, 30), end=datetime(2025, 3, 11, 10, 0)).engagement
    for e in (meet, visit):
        engagements.set_attendance(db, e.id, thang.id, "lead")
        engagements.set_attendance(db, e.id, hoa.id, "attendee")
    engagements.set_attendance(db, meet.id, lan.id, "speaker")
    scenario.replace_steps(db, meet.id, [
        {"at_time": "08:45", "action": "Đón đoàn tại sảnh", "performer": "Trần Thị Lan", "responsible": "Văn phòng UBND"},
        {"at_time": "09:00", "action": "Phát biểu chào mừng", "performer": "Nguyễn Văn Thắng", "responsible": ""},
        {"at_time": "10:00", "action": "Ký biên bản ghi nhớ", "performer": "Hai bên", "responsible": "Sở Ngoại vụ"},
        {"at_time": "10:20", "action": "Chụp ảnh, trao quà lưu niệm", "performer": "", "responsible": "Sở Ngoại vụ"},
    ])
    logistics.add_contact(db, t.id, kind="hotel", name="Khách sạn Mường Thanh Thái Nguyên",
                          phone="+84 208 3858 888", address="Số 4 Hoàng Văn Thụ, TP Thái Nguyên")
    logistics.add_contact(db, t.id, kind="driver", name="Phạm Văn Tài", phone="+84 912 345 678",
                          notes="Xe 16 chỗ 20B-123.45")
    logistics.add_contact(db, t.id, kind="interpreter", name="Đỗ Minh Anh", phone="+84 913 111 222")
    logistics.add_contact(db, t.id, kind="emergency", name="Cấp cứu 115", phone="115")
    mou = commitments.create_commitment(
        db, t.id, engagement_id=meet.id, organization_id=visitors.id, kind="mou", made_by="joint",
        owner_id=lan.id, description="Biên bản ghi nhớ đầu tư nhà máy linh kiện điện tử", status="signed",
        signed_date=date(2025, 3, 10), due_date=date(2025, 9, 30),
        source_document="Biên bản ghi nhớ số 12/MoU-SV ngày 10/3/2025", their_contact_id=hoa.id)
    done = commitments.create_commitment(
        db, t.id, engagement_id=meet.id, organization_id=visitors.id, kind="information_sharing", made_by="our_side",
        owner_id=lan.id, description="Gửi danh mục quỹ đất sạch", status="done", due_date=date(2025, 4, 30),
        completed_date=date(2025, 4, 2))
    return {"trip_id": t.id, "meet": meet.id, "visit": visit.id, "mou": mou, "done": done, "hoa": hoa.id}




def _text(result) -> str:
    return unicodedata.normalize("NFC", "\n".join(pdf_pages(result.path)))


def _brief(flat: str, section: str, title: str, next_title: str) -> str:
    """The squashed text of one brief: from its heading in the briefs section (not the contents)
    to the next brief's heading."""
    start = flat.index(squash(title), flat.rindex(squash(section)))
    return flat[start:flat.index(squash(next_title), start)]


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.fixture
def visit(db):
    return inbound_trip(db)


# ----------------------------------------------------------------------------- direction
def test_inbound_pack_and_report_speak_of_receiving_not_of_a_trip(db, visit, tmp_path):
    pack = _text(build_briefing_pack(db, visit["trip_id"], tmp_path / "p.pdf", lang="vi"))
    report = _text(build_trip_report(db, visit["trip_id"], tmp_path / "r.pdf", lang="vi"))
    cards = _text(build_day_cards(db, visit["trip_id"], tmp_path / "c.pdf", lang="vi"))
    itinerary = _text(build_itinerary(db, visit["trip_id"], tmp_path / "i.pdf", lang="vi"))
    assert "TÀI LIỆU CHUẨN BỊ ĐÓN TIẾP ĐOÀN" in pack and "Chương trình đón tiếp" in pack
    assert "Chủ trì đón tiếp: Nguyễn Văn Thắng" in _flat(pack)
    assert "Thành phần đón tiếp (phía ta)" in pack and "Thành phần đoàn khách" in pack
    assert "Kết quả đón tiếp đoàn: Đón đoàn Công ty Sao Việt" in _flat(report)
    assert "LÃNH ĐẠO CHỦ TRÌ ĐÓN TIẾP" in report and "Đoàn khách" in cards
    for text in (pack, report, cards, itinerary):  # the host's leader is not "Trưởng đoàn"
        assert "Trưởng đoàn" not in text and "TRƯỞNG ĐOÀN" not in text
        assert "chuyến công tác" not in text.casefold()
    en = _text(build_briefing_pack(db, visit["trip_id"], tmp_path / "e.pdf", lang="en"))
    assert "Programme for receiving the delegation" in en and "Received by: Nguyễn Văn Thắng" in _flat(en)
    assert "Head of delegation" not in en and "Host side" not in en
    en_report = _text(build_trip_report(db, visit["trip_id"], tmp_path / "er.pdf", lang="en"))
    assert "Our side" in en_report and "Their side" in en_report and "Head of delegation" not in en_report


def test_an_outbound_trip_and_an_old_one_keep_the_delegation_words(db, tmp_path):
    t = trips.create_trip(db, title="Đoàn công tác tại Boston", destination="Boston", start_date=date(2017, 7, 12),
                          end_date=date(2017, 7, 12), home_timezone=HN)  # no direction: outbound
    assert str(trips.get_trip(db, t.id).direction) == "outbound"
    head = directory.create_person(db, full_name="Nguyễn Đức Chung", side="delegation")
    members.add_member(db, t.id, head.id, role="head")
    pack = _text(build_briefing_pack(db, t.id, tmp_path / "p.pdf", lang="vi"))
    assert "TÀI LIỆU CHUẨN BỊ CHUYẾN CÔNG TÁC" in pack and "Trưởng đoàn: Nguyễn Đức Chung" in _flat(pack)
    assert "đón tiếp" not in pack.casefold()


def test_a_visit_on_the_home_clock_has_no_second_clock_column(db, visit, tmp_path):
    pack = pdf_pages(build_briefing_pack(db, visit["trip_id"], tmp_path / "p.pdf", lang="vi").path)
    programme = squash(next(p for p in pack[2:] if "Chương trình đón tiếp" in p))
    assert squash("Giờ địa phương") in programme and squash("Giờ Hà Nội") not in programme


# ----------------------------------------------------------------------------- commitments
def test_a_commitment_signed_at_an_engagement_is_in_its_brief_with_reference_and_source(db, visit, tmp_path):
    for lang, signed, section in (("vi", "Văn bản ký kết", "Nội dung các buổi làm việc"),
                                  ("en", "To be signed", "Engagement briefs")):
        pages = pdf_pages(build_briefing_pack(db, visit["trip_id"], tmp_path / f"p-{lang}.pdf", lang=lang).path)
        flat = squash("\n".join(pages))
        brief = _brief(flat, section, "1. Làm việc với Công ty Sao Việt", "2. Khảo sát")
        assert squash(signed) in brief
        assert squash(f"{visit['mou'].reference} ·") in brief  # "CK-2025-001 · MoU: …"
        assert squash("Biên bản ghi nhớ số 12/MoU-SV ngày 10/3/2025") in brief
        assert visit["done"].reference not in brief  # information sharing is not signed
    assert visit["mou"].reference.startswith("CK-2025-")


def test_post_trip_report_shows_reference_source_their_contact_and_completion(db, visit, tmp_path):
    text = _text(build_trip_report(db, visit["trip_id"], tmp_path / "r.pdf", lang="vi"))
    flat = squash(text)
    for c in (visit["mou"], visit["done"]):
        assert text.count(c.reference) >= 2  # in the engagement's outcomes and in the commitments table
    assert squash("Văn bản gốc: Biên bản ghi nhớ số 12/MoU-SV ngày 10/3/2025") in flat
    assert squash("Đầu mối phía bạn: Lê Thị Hoa") in flat
    assert squash("hoàn thành ngày 02/04/2025") in flat
    en = squash(_text(build_trip_report(db, visit["trip_id"], tmp_path / "e.pdf", lang="en")))
    assert squash("completed 2 Apr 2025") in en and squash("Their contact: Lê Thị Hoa") in en


# ----------------------------------------------------------------------------- scenario
def test_the_scenario_follows_its_brief_and_only_where_there_is_one(db, visit, tmp_path):
    pages = pdf_pages(build_briefing_pack(db, visit["trip_id"], tmp_path / "p.pdf", lang="vi").path)
    flat = squash("\n".join(pages))
    first = flat.index(squash("1. Làm việc với Công ty Sao Việt"), flat.rindex(squash("Nội dung các buổi làm việc")))
    second = flat.index(squash("2. Khảo sát Khu công nghiệp Yên Bình"), first)
    assert flat.count(squash("Kịch bản")) == 1
    at = flat.index(squash("Kịch bản"))
    assert first < at < second  # under the brief it belongs to
    steps = [squash(x) for x in ("08:45", "Đón đoàn tại sảnh", "09:00", "Phát biểu chào mừng", "10:00",
                                 "Ký biên bản ghi nhớ", "10:20", "Chụp ảnh, trao quà lưu niệm")]
    positions = [flat.index(s, at) for s in steps]
    assert positions == sorted(positions) and positions[-1] < second  # in time order, all in the brief
    assert squash("Người chịu trách nhiệm") in flat[at:second] and squash("Văn phòng UBND") in flat[at:second]


def test_scenario_text_is_data(db, visit, tmp_path):
    scenario.replace_steps(db, visit["visit"], [{"at_time": "8:30", "action": "Đón <b>khách</b> & R&D",
                                                 "performer": unicodedata.normalize("NFD", "Trần Thị Lan")}])
    text = _text(build_briefing_pack(db, visit["trip_id"], tmp_path / "p.pdf", lang="en"))
    assert "Đón <b>khách</b> & R&D" in text and "Trần Thị Lan" in text and "08:30" in text
    assert text.count("Scenario") == 2


# ----------------------------------------------------------------------------- logistics
def test_logistics_contacts_are_on_the_contact_sheet_and_drivers_in_the_itinerary(db, visit, tmp_path):
    pages = pdf_pages(build_briefing_pack(db, visit["trip_id"], tmp_path / "p.pdf", lang="vi").path)
    sheet = squash("\n".join(pages).split("Danh bạ liên hệ")[-1])
    assert squash("Đầu mối hậu cần") in sheet
    for text in ("Khách sạn Mường Thanh Thái Nguyên", "+84 208 3858 888", "Phạm Văn Tài", "Xe 16 chỗ 20B-123.45",
                 "Đỗ Minh Anh", "Cấp cứu 115", "Lái xe", "Phiên dịch", "Số điện thoại khẩn cấp"):
        assert squash(text) in sheet, text
    itinerary = squash(_text(build_itinerary(db, visit["trip_id"], tmp_path / "i.pdf", lang="en")))
    assert squash("Drivers and interpreters of the visit") in itinerary
    assert squash("Phạm Văn Tài") in itinerary and squash("Đỗ Minh Anh") in itinerary
    assert squash("Mường Thanh") not in itinerary  # the hotel is the contact sheet's


def test_no_logistics_contacts_no_empty_heading(db, visit, tmp_path):
    for contact in logistics.list_contacts(db, visit["trip_id"]):
        logistics.delete_contact(db, contact.id)
    text = _text(build_briefing_pack(db, visit["trip_id"], tmp_path / "p.pdf", lang="vi"))
    assert "Đầu mối hậu cần" not in text
    assert "Lái xe và phiên dịch" not in _text(build_itinerary(db, visit["trip_id"], tmp_path / "i.pdf", lang="vi"))


# ----------------------------------------------------------------------------- places
def test_places_visited_come_from_where_engagements_are_held(db, visit, tmp_path):
    report = pdf_pages(build_trip_report(db, visit["trip_id"], tmp_path / "r.pdf", lang="vi").path)
    summary = next(p for p in report[1:] if "Tóm tắt" in p)
    assert "Nơi đến Thái Nguyên, Phổ Yên" in _flat(summary)  # not the visitors' company seat
    assert "Hồ Chí Minh" not in _flat(summary).split("Nơi đến")[1].split("Chủ trì")[0]
    pack = _text(build_briefing_pack(db, visit["trip_id"], tmp_path / "p.pdf", lang="vi"))
    assert "09:00 Thái Nguyên" in _flat(pack)  # the brief's clock: where it is held
    places = pack.split("Các địa điểm làm việc")[-1]
    assert "Khu công nghiệp Yên Bình" in places and "Nguyễn Huệ" not in places


def test_a_domestic_trip_place_is_its_destination_not_the_time_zones_city(db, tmp_path):
    t = trips.create_trip(db, title="Công tác tại Cao Bằng", destination="Cao Bằng", start_date=date(2024, 5, 6),
                          end_date=date(2024, 5, 6), home_timezone=HN, direction="domestic")
    org = directory.create_organization(db, name="Sở Y tế tỉnh Cao Bằng")  # no city recorded
    engagements.create_engagement(db, t.id, title="Làm việc với Sở Y tế", kind="meeting", organization_id=org.id,
                                  timezone=HN, start=datetime(2024, 5, 6, 8, 0), end=datetime(2024, 5, 6, 9, 0))
    report = pdf_pages(build_trip_report(db, t.id, tmp_path / "r.pdf", lang="vi").path)
    summary = _flat(next(p for p in report[1:] if "Tóm tắt" in p))
    assert "Nơi đến Cao Bằng" in summary and "Hà Nội" not in summary
    pack = _flat(_text(build_briefing_pack(db, t.id, tmp_path / "p.pdf", lang="vi")))
    assert "08:00 Cao Bằng" in pack and "08:00 Hà Nội" not in pack
    assert "TÀI LIỆU CHUẨN BỊ CHUYẾN CÔNG TÁC" in pack  # a domestic working visit keeps the trip's words
