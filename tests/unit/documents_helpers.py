"""Trips and PDF readers shared by the tests of the briefing pack, day cards and itineraries."""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pypdf

from delegation_planner.services import commitments, directory, engagements, members, trips

HN = "Asia/Ho_Chi_Minh"
NY = "America/New_York"
NOTE_1845 = ("Đoàn đã làm việc với lãnh đạo Công ty về kế hoạch đầu tư nhà máy tại Thái Nguyên, "
             "trao đổi về nhân lực, đất đai và thủ tục. ") * 20


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def text_sizes(path: Path, page_numbers=None) -> list[tuple[str, float, float]]:
    """(text, effective font size, y) of every text run on the pages (from the content stream's
    Tf operators and text matrices)."""
    reader = pypdf.PdfReader(str(path))
    runs: list[tuple[str, float, float]] = []
    for index, page in enumerate(reader.pages):
        if page_numbers is not None and index not in page_numbers:
            continue

        def visit(text, cm, tm, font_dict, font_size):
            if text.strip():
                scale = (tm[3] ** 2 + tm[2] ** 2) ** 0.5 * (cm[3] ** 2 + cm[2] ** 2) ** 0.5
                runs.append((text, round(font_size * scale, 2), tm[5] * cm[3] + cm[5]))

        page.extract_text(visitor_text=visit)
    return runs


def one_meeting_trip(db) -> int:
    """The Thái Nguyên pack of the issue: one day, one meeting, one head of delegation."""
    t = trips.create_trip(db, title="Đón tiếp đoàn doanh nghiệp tại Thái Nguyên", destination="Thái Nguyên",
                          start_date=date(2025, 3, 10), end_date=date(2025, 3, 10), home_timezone=HN)
    org = directory.create_organization(db, name="Công ty Cổ phần Công nghệ Sao Việt", kind="company",
                                        city="Thái Nguyên", address="Số 1 đường Hoàng Văn Thụ")
    head = directory.create_person(db, full_name=nfd("Nguyễn Văn Thắng"), title="Phó Chủ tịch UBND tỉnh",
                                   side="delegation")
    host = directory.create_person(db, full_name="Lê Thị Hoa", title="Tổng Giám đốc", side="host",
                                   organization_id=org.id)
    members.add_member(db, t.id, head.id, role="head")
    e = engagements.create_engagement(db, t.id, title="Làm việc với Công ty Sao Việt", kind="meeting",
                                      organization_id=org.id, location="Trụ sở UBND tỉnh", timezone=HN,
                                      start=datetime(2025, 3, 10, 9, 0), end=datetime(2025, 3, 10, 10, 30),
                                      objectives="Thống nhất kế hoạch đầu tư nhà máy.").engagement
    engagements.set_attendance(db, e.id, head.id, "lead")
    engagements.set_attendance(db, e.id, host.id, "attendee")
    return t.id


def programme_trip(db, *, talking_points: str | None = None) -> dict:
    """Two days in Boston: a meeting with a signing, travel, a meal, free time, a site visit; two
    members who attend different things; earlier trips with the same title and an open promise."""
    out: dict = {}
    mgh = directory.create_organization(db, name="Massachusetts General Hospital", kind="hospital", city="Boston",
                                        address="55 Fruit Street", phone="+1 617 726 2000")
    for year in (2014, 2015):
        earlier = trips.create_trip(db, title="Boston visit", start_date=date(year, 6, 1),
                                    end_date=date(year, 6, 3), home_timezone=HN)
        commitments.create_commitment(db, earlier.id, organization_id=mgh.id, kind="training", status="agreed",
                                      description=f"Train nurses from Cao Bằng (promised {year})",
                                      due_date=date(year + 1, 1, 1))
    trip = trips.create_trip(db, title="Boston <b>R&D</b> visit", destination="Boston", home_timezone=HN,
                             start_date=date(2017, 7, 12), end_date=date(2017, 7, 13))
    chung = directory.create_person(db, full_name="Nguyễn Đức Chung", title="Chủ tịch UBND TP Hà Nội",
                                    side="delegation")
    lan = directory.create_person(db, full_name="Trần Thị Lan", title="Giám đốc Sở Y tế", side="delegation")
    smith = directory.create_person(db, full_name="Dr. Jane Smith", title="President, MGH", side="host",
                                    organization_id=mgh.id)
    jones = directory.create_person(db, full_name="Dr. Tom Jones", title="Chief of Surgery", side="host",
                                    organization_id=mgh.id)
    members.add_member(db, trip.id, chung.id, role="head")
    members.add_member(db, trip.id, lan.id, role="member")
    points = talking_points if talking_points is not None else (
        "- Training of nurses <i>a<b\n- Twinning of hospitals & R&D\n- A shared cancer registry\n"
        "- Fourth point not on the card")

    def eng(title, kind, start, end, day=12, **kw):
        return engagements.create_engagement(db, trip.id, title=title, kind=kind, timezone=NY,
                                             start=datetime(2017, 7, day, *start), end=datetime(2017, 7, day, *end),
                                             **kw).engagement

    meet = eng("Meeting with MGH board <b>", "meeting", (9, 0), (10, 30), organization_id=mgh.id,
               objectives="Sign the twinning MoU\nAgree a training plan", talking_points=points,
               logistics="Car at 08:30 from the hotel.")
    drive = eng("Drive to Cambridge", "travel", (10, 45), (11, 15))
    lunch = eng("Lunch at the hotel", "working_meal", (12, 0), (13, 0))
    free = eng("Free afternoon", "free_time", (15, 0), (18, 0))
    visit = eng("Visit to MIT lab", "site_visit", (9, 0), (11, 0), day=13, objectives="See robotics research")
    engagements.set_attendance(db, meet.id, chung.id, "lead")
    engagements.set_attendance(db, meet.id, jones.id, "attendee")
    engagements.set_attendance(db, meet.id, smith.id, "lead")
    engagements.set_attendance(db, drive.id, chung.id, "attendee")
    engagements.set_attendance(db, visit.id, lan.id, "lead")
    commitments.create_commitment(db, trip.id, engagement_id=meet.id, organization_id=mgh.id, kind="mou",
                                  status="agreed", description="MoU on hospital twinning (Hà Nội – Boston)")
    out.update(trip_id=trip.id, chung=chung.id, lan=lan.id, smith=smith.id, meeting=meet.id, visit=visit.id,
               lunch=lunch.id, free=free.id, drive=drive.id)
    return out
