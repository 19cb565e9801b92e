"""A note prints with the day its meeting was held (taken_at, in the venue's calendar), not the
day it was typed or imported: the 2017 trip's notes must not say today's date (issue 10)."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pypdf
import sqlalchemy as sa

from delegation_planner.domain.models import Engagement
from delegation_planner.reports import build_trip_report
from delegation_planner.sample import load_sample
from delegation_planner.services import notes


def test_trip_report_prints_the_meeting_day_of_a_note(db, tmp_path):
    trip_id = load_sample(db)
    with db.reading() as s:
        eng = s.execute(sa.select(Engagement).where(Engagement.trip_id == trip_id)
                        .order_by(Engagement.start_utc)).scalars().first()
    # 02:30 UTC on 13 July is still 12 July in Boston: the venue's calendar decides.
    notes.add_note(db, eng.id, "Ghi chép của Nguyễn Đức Chung về buổi làm việc", author="Lê Văn Bình",
                   taken_at=datetime(2017, 7, 13, 2, 30, tzinfo=timezone.utc))
    result = build_trip_report(db, trip_id, tmp_path / "report.pdf", lang="en")
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in pypdf.PdfReader(result.path).pages)
    at = text.index("Ghi chép của Nguyễn Đức Chung về buổi làm việc")
    stamp = text[max(0, at - 120):at]
    assert "Lê Văn Bình" in stamp and "12 Jul 2017" in stamp, stamp
    assert date.today().strftime("%d %b %Y") not in stamp
