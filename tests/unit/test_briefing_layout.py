"""The briefing pack as a briefing book (issue 11): type size, flowing sections, no empty fields,
one-line travel/meals/free time, "(continued)", what is signed, earlier trips' dates, paragraphs."""
from __future__ import annotations

import shutil
import unicodedata
from datetime import date

import pytest

pypdf = pytest.importorskip("pypdf")

from delegation_planner.reports import build_briefing_pack, build_trip_report  # noqa: E402
from delegation_planner.reports.common import paragraphs  # noqa: E402
from delegation_planner.reports.styles import make_styles  # noqa: E402
from delegation_planner.services import engagements, notes, trips  # noqa: E402
from tests.unit.documents_helpers import (NOTE_1845, one_meeting_trip, pdf_pages, programme_trip,  # noqa: E402
                                          squash, text_sizes)

NONE_RECORDED = ("None recorded", "Chưa có thông tin", "No counterparts listed", "No organization is linked",
                 "No open commitments with this organization")


@pytest.fixture
def sample(tmp_path, _template):
    from delegation_planner.storage import open_database

    path = tmp_path / "sample.sqlite3"
    shutil.copy(_template, path)
    db = open_database(path)
    yield db
    db.dispose()


def _boston(db) -> int:
    return next(t.id for t in trips.list_trips(db) if "Massachusetts" in t.title)


def _notes_start(pages: list[str]) -> int:
    """Index of the first notes page (its heading "Notes" / "Ghi chép" at the top of the body)."""
    for index, page in enumerate(pages):
        body = page.split("\n")[1:4]
        if any(line.strip() in ("Notes", "Ghi chép") for line in body):
            return index
    raise AssertionError("no notes page")


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_sample_pack_has_no_empty_fields_and_flows(sample, tmp_path, lang):
    result = build_briefing_pack(sample, _boston(sample), tmp_path / "boston.pdf", lang=lang)
    pages = pdf_pages(result.path)
    text = "\n".join(pages)
    for phrase in NONE_RECORDED:
        assert phrase not in text
    # 20 pages before issue 11 (a page per section and per brief); 3 of them are the notes pages. The sample
    # has since gained the MoU signing's scenario (half a page) and four logistics contacts: 15-16 pages.
    assert result.pages <= 16
    assert len(pages) - _notes_start(pages) == 3
    assert "Hà Nội People's Committee" in text and unicodedata.is_normalized("NFC", text)


def test_one_meeting_pack_is_at_most_five_pages_before_the_notes(db, tmp_path):
    trip_id = one_meeting_trip(db)
    for lang in ("en", "vi"):
        result = build_briefing_pack(db, trip_id, tmp_path / f"tn-{lang}.pdf", lang=lang)
        pages = pdf_pages(result.path)
        assert _notes_start(pages) <= 5, (lang, result.pages)  # 6 before issue 11
        text = "\n".join(pages)
        assert "Nguyễn Văn Thắng" in text and "Lê Thị Hoa" in text  # typed in NFD, printed NFC
        assert not any(p in text for p in NONE_RECORDED)


def test_body_type_is_at_least_10_points(db, tmp_path):
    st = make_styles()
    assert min(st.body.fontSize, st.cell.fontSize, st.point.fontSize, st.muted.fontSize, st.label.fontSize) >= 10
    ids = programme_trip(db)
    result = build_briefing_pack(db, ids["trip_id"], tmp_path / "pack.pdf")
    runs = text_sizes(result.path)
    point = [size for text, size, _y in runs if "shared cancer registry" in text]
    assert point and min(point) >= 10
    body = [size for text, size, _y in runs if "Car at 08:30" in text]
    assert body and min(body) >= 10
    # Most of the printed characters are in body type (headers, footers, kind labels are smaller).
    total = sum(len(t) for t, _s, _y in runs)
    assert sum(len(t) for t, s, _y in runs if s >= 10) / total > 0.7


def test_travel_meals_and_free_time_are_programme_lines_not_briefs(db, tmp_path):
    ids = programme_trip(db)
    result = build_briefing_pack(db, ids["trip_id"], tmp_path / "pack.pdf")
    reader = pypdf.PdfReader(str(result.path))
    outline = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                outline.append(item.title)

    walk(reader.outline)
    briefs = [t for t in outline if t[:2] in ("1.", "2.", "3.")]
    assert briefs == ["1. Meeting with MGH board <b>", "2. Visit to MIT lab"]
    text = "\n".join(pdf_pages(result.path))
    for title in ("Drive to Cambridge", "Lunch at the hotel", "Free afternoon"):
        assert title in text  # in the programme


def test_signing_earlier_trips_and_overdue_as_of(db, tmp_path):
    ids = programme_trip(db)
    result = build_briefing_pack(db, ids["trip_id"], tmp_path / "pack.pdf")
    flat = squash("\n".join(pdf_pages(result.path)))
    assert squash("To be signed") in flat and squash("MoU on hospital twinning (Hà Nội – Boston)") in flat
    # Two earlier trips share the title "Boston visit": their dates tell them apart.
    assert squash("Boston visit (1–3 June 2014)") in flat and squash("Boston visit (1–3 June 2015)") in flat
    today = date.today()
    assert squash(f"overdue as of {today.day} {today.strftime('%b')} {today.year}") in flat
    assert squash("Boston <b>R&D</b> visit") in flat and squash("Training of nurses <i>a<b") in flat


def test_a_brief_over_a_page_repeats_its_name_continued(db, tmp_path):
    long_points = "\n".join(f"Point {i}: hợp tác y tế with Boston partners" for i in range(1, 120))
    ids = programme_trip(db, talking_points=long_points)
    result = build_briefing_pack(db, ids["trip_id"], tmp_path / "pack.pdf")
    pages = pdf_pages(result.path)
    continued = [i for i, p in enumerate(pages) if "1. Meeting with MGH board <b> (continued)" in p]
    assert continued, "no continued heading"
    for i in continued:  # at the top of the page's body, right under the running header
        assert "(continued)" in "\n".join(pages[i].split("\n")[:3])
    assert not any("2. Visit to MIT lab (continued)" in p for p in pages)  # a short brief is not continued
    vi = build_briefing_pack(db, ids["trip_id"], tmp_path / "pack-vi.pdf", lang="vi")
    assert any("(tiếp theo)" in p for p in pdf_pages(vi.path))


def test_hostile_10000_character_talking_point(db, tmp_path):
    point = ("Một điểm rất dài về hợp tác y tế <b>&</b> " * 400)[:10_000] + " điểm kết thúc"
    ids = programme_trip(db, talking_points=point)
    result = build_briefing_pack(db, ids["trip_id"], tmp_path / "pack.pdf")  # no LayoutError
    assert "điểmkếtthúc" in squash("\n".join(pdf_pages(result.path)))


def test_a_long_note_is_one_paragraph_unless_it_has_blank_lines(db, tmp_path):
    st = make_styles()
    assert len(NOTE_1845.strip()) >= 1845
    assert len(paragraphs(NOTE_1845, st.body)) == 1
    assert len(paragraphs(NOTE_1845 + "\nsecond line, same paragraph", st.body)) == 1
    assert len(paragraphs(NOTE_1845 + "\n\nA new paragraph.", st.body)) == 2
    # In the post-trip report the note is one paragraph: its lines evenly spaced, no paragraph gap.
    trip_id = one_meeting_trip(db)
    engagement_id = engagements.programme(db, trip_id).items[0].id
    notes.add_note(db, engagement_id, NOTE_1845.strip(), author="Lan")
    result = build_trip_report(db, trip_id, tmp_path / "report.pdf")
    page = next(i for i, p in enumerate(pdf_pages(result.path)) if "Đoàn đã làm việc" in p)
    ys = [y for text, size, y in text_sizes(result.path, {page}) if size == st.body.fontSize
          and any(w in text for w in ("Đoàn", "nhân lực", "Thái Nguyên", "đất đai", "thủ tục", "kế hoạch"))]
    gaps = sorted({round(a - b, 1) for a, b in zip(ys, ys[1:]) if a - b > 1})
    assert len(ys) > 10 and gaps and max(gaps) - min(gaps) < 0.6, gaps
    assert squash(NOTE_1845) in squash("\n".join(pdf_pages(result.path)))
