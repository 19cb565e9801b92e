"""Day cards for the head of delegation: one page per day, large type, who greets, three points, the request."""
from __future__ import annotations

import unicodedata

import pytest

pytest.importorskip("pypdf")

from delegation_planner.domain.errors import ValidationError  # noqa: E402
from delegation_planner.reports.documents import build_day_cards  # noqa: E402
from tests.unit.documents_helpers import one_meeting_trip, pdf_pages, programme_trip, squash, text_sizes  # noqa: E402


def test_one_page_per_day_with_times_greeters_points_and_request(db, tmp_path):
    ids = programme_trip(db)
    result = build_day_cards(db, ids["trip_id"], tmp_path / "cards.pdf", classification="For official use")
    pages = pdf_pages(result.path)
    assert result.pages == len(pages) == 2  # 12 and 13 July
    day1, day2 = pages
    assert "Wednesday 12 July 2017" in day1 and "Thursday 13 July 2017" in day2
    assert "09:00" in day1 and "Meeting with MGH board <b>" in day1
    # Host side in order of precedence: their lead first (entered second), addressed by title + name.
    assert day1.index("Dr. Jane Smith — President, MGH") < day1.index("Dr. Tom Jones — Chief of Surgery")
    flat = squash(day1)
    assert squash("Training of nurses <i>a<b") in flat and squash("A shared cancer registry") in flat
    assert "Fourthpoint" not in flat  # three points, not four
    assert squash("The request") in flat and squash("Sign the twinning MoU") in flat
    assert squash("Agree a training plan") not in flat  # the one request: the first objective
    assert "Drive to Cambridge" in day1 and "Free afternoon" in day1  # lines of the day
    assert "Visit to MIT lab" in day2 and "Visit to MIT lab" not in day1
    assert all("For official use" in p for p in pages)


def test_large_type(db, tmp_path):
    ids = programme_trip(db)
    result = build_day_cards(db, ids["trip_id"], tmp_path / "cards.pdf")
    runs = text_sizes(result.path, {1})
    title = [s for t, s, _y in runs if "Visit to MIT lab" in t]
    day = [s for t, s, _y in runs if "Thursday 13 July 2017" in t]
    request = [s for t, s, _y in runs if "See robotics research" in t]
    assert title and min(title) >= 16 and day and min(day) >= 20 and request and min(request) >= 13


def test_vietnamese_exact(db, tmp_path):
    trip_id = one_meeting_trip(db)
    result = build_day_cards(db, trip_id, tmp_path / "cards-vi.pdf", lang="vi")
    (page,) = pdf_pages(result.path)
    assert unicodedata.is_normalized("NFC", page)
    for text in ("Thứ Hai, ngày 10/03/2025", "Làm việc với Công ty Sao Việt", "Phía bạn đón tiếp",
                 "Lê Thị Hoa — Tổng Giám đốc", "Đề nghị chính", "Thống nhất kế hoạch đầu tư nhà máy."):
        assert squash(text) in squash(page), text


def test_hostile_10000_character_talking_point_still_one_page(db, tmp_path):
    ids = programme_trip(db, talking_points=("Điểm dài <b>&</b> về hợp tác " * 500)[:10_000])
    result = build_day_cards(db, ids["trip_id"], tmp_path / "cards.pdf")  # no LayoutError
    assert result.pages == 2
    assert "…" in pdf_pages(result.path)[0]  # cut on the card (whole in the briefing pack)


def test_a_crowded_day_stays_on_its_page(db, tmp_path):
    from datetime import date, datetime

    from delegation_planner.services import engagements

    ids = programme_trip(db)
    for hour in range(6, 22):
        engagements.create_engagement(db, ids["trip_id"], title=f"Meeting {hour} with a long title " * 2,
                                      kind="meeting", timezone="America/New_York",
                                      start=datetime(2017, 7, 13, hour, 0), end=datetime(2017, 7, 13, hour, 45),
                                      talking_points="One\nTwo\nThree", objectives="Ask for something")
    result = build_day_cards(db, ids["trip_id"], tmp_path / "cards.pdf")
    assert result.pages == 2


def test_bad_options_are_refused_before_writing(db, tmp_path):
    ids = programme_trip(db)
    for kwargs, field in (({"lang": "fr"}, "lang"), ({"paper": "a5"}, "paper")):
        with pytest.raises(ValidationError) as info:
            build_day_cards(db, ids["trip_id"], tmp_path / "x.pdf", **kwargs)
        assert info.value.field == field
    assert not (tmp_path / "x.pdf").exists()


def test_a_full_day_keeps_ten_point_type_by_printing_fewer_points(db, tmp_path):
    from datetime import date, datetime

    from delegation_planner.reports.documents import build_day_cards as build
    from delegation_planner.services import engagements, trips
    from tests.unit.documents_helpers import text_sizes as sizes

    t = trips.create_trip(db, title="Một ngày kín lịch", destination="Boston", start_date=date(2017, 7, 12),
                          end_date=date(2017, 7, 12), home_timezone="Asia/Ho_Chi_Minh")
    point = "Đề nghị hợp tác đào tạo nhân lực y tế chất lượng cao giữa hai thành phố trong năm năm tới"
    for i, hour in enumerate((7, 9, 11, 13, 15, 17)):
        engagements.create_engagement(
            db, t.id, title=f"Làm việc số {i + 1}", kind="meeting", timezone="America/New_York",
            start=datetime(2017, 7, 12, hour, 0), end=datetime(2017, 7, 12, hour + 1, 0),
            talking_points="\n".join(f"{point} ({i + 1}.{n})" for n in (1, 2, 3)),
            objectives=f"Yêu cầu chính của buổi {i + 1} về đào tạo và trao đổi chuyên gia y tế")
    result = build(db, t.id, tmp_path / "cards.pdf", lang="vi")
    (page,) = pdf_pages(result.path)
    flat = squash(page)
    assert all(squash(f"Yêu cầu chính của buổi {i}") in flat for i in range(1, 7))  # every request kept
    assert squash("(1.3)") not in flat and squash("(1.1)") in flat  # fewer points, the first kept
    assert "Nội dung chính" in page and "Ba nội dung chính" not in page  # not called "three" any more
    body = [s for text, s, _y in sizes(result.path, {0}) if "Đề nghị hợp tác" in text or "Yêu cầu chính" in text]
    assert body and min(body) >= 10
